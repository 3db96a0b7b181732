"""The inputs of a file verb: read (and analyse) each path in turn; a bad one is reported and skipped."""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence

from newsmine.analyze.pipeline import analyze
from newsmine.cli.output import EXIT_INPUT, fail
from newsmine.errors import InputError, NewsmineError
from newsmine.model import Article, Doc
from newsmine.read import read_article


class Inputs:
    """Iterate over the articles (`articles()`) or analysed Docs (`docs()`) of PATHS, counting failures.

    Each failure prints one `newsmine: PATH: problem` line; the others are still processed.
    """

    def __init__(self, paths: Sequence[str]) -> None:
        self.paths = paths
        self.failures = 0

    def articles(self) -> Iterator[tuple[str, Article]]:
        for path in self.paths:
            try:
                yield path, read_article(path)
            except NewsmineError as exc:
                self._failed(path, exc)

    def docs(self, *, anchor: str | None = None) -> Iterator[Doc]:
        for path, article in self.articles():
            try:
                yield analyze(article, source=path, anchor=anchor)
            except NewsmineError as exc:
                self._failed(path, exc)

    @property
    def all_failed(self) -> bool:
        return self.failures == len(self.paths)

    def exit_if_any_failed(self) -> None:
        """Exit with the input-error status when any input failed (after the output was written)."""
        if self.failures:
            sys.exit(EXIT_INPUT)

    def _failed(self, path: str, exc: NewsmineError) -> None:
        self.failures += 1
        fail(str(exc) if isinstance(exc, InputError) else f"{path}: {exc}")
