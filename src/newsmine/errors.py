"""Errors, split by who has to act (after httpx).

    NewsmineError
    ├── InputError        the input is bad: the user fixes or skips that file
    │   ├── UnreadableInput   missing, a directory, binary, not UTF-8, empty
    │   └── NotAnArticle      readable text, but no article in it (no title)
    ├── SchemaError       a document does not match the newsmine/1 contract
    ├── BadQuery          a query parameter is out of bounds (too long, NUL, an id past 64 bits)
    └── PipelineError     an analysis component failed or broke its contract: a bug to report

Every error carries a one-line message; `InputError` also names its source, and the command line
prints `newsmine: PATH: problem`.
"""

from __future__ import annotations


class NewsmineError(Exception):
    """Root of every error newsmine raises on purpose."""


class InputError(NewsmineError):
    """An input cannot be read as an article; `source` names the file (or `-` for stdin)."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class UnreadableInput(InputError):
    """The bytes cannot be had or are not text: missing, a directory, binary, bad encoding, empty."""


class NotAnArticle(InputError):
    """The text was read, but holds no article (for example, no title)."""


class SchemaError(NewsmineError):
    """A document does not match the `newsmine/1` JSON contract; the message says where."""


class BadQuery(NewsmineError):
    """A query parameter the archive cannot take: over MAX_QUERY characters, a NUL, past 64 bits."""


class PipelineError(NewsmineError):
    """An analysis component failed or broke its contract; the message names the component."""

    def __init__(self, component: str, problem: str) -> None:
        super().__init__(f"component {component!r}: {problem}")
        self.component = component
