"""The inputs of a file verb: read (and analyse) each path in turn; a bad one is reported and skipped."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import click

from newsmine.cli.output import EXIT_INPUT, fail
from newsmine.errors import InputError, NewsmineError
from newsmine.model import Article, Doc
from newsmine.read import INPUT_FORMATS, read_article


def input_format_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """`--input-format auto|markdown|html|text`: what the inputs are, when their bytes should not decide."""
    return click.option("--input-format", "input_format", type=click.Choice(INPUT_FORMATS), default="auto",
                        show_default=True,
                        help="auto: HTML when the bytes are a web page, Markdown when the text has a `#` "
                        "heading or front matter, else plain text (first line = title); or force one.")(func)


class Inputs:
    """Iterate over the articles (`articles()`) or analysed Docs (`docs()`) of PATHS, counting failures.

    Each failure prints one `newsmine: PATH: problem` line; the others are still processed.
    """

    def __init__(self, paths: Sequence[str], *, input_format: str = "auto") -> None:
        self.paths = paths
        self.input_format = input_format
        self.failures = 0

    def articles(self) -> Iterator[tuple[str, Article]]:
        for path in self.paths:
            try:
                yield path, read_article(path, input_format=self.input_format)
            except NewsmineError as exc:
                self._failed(path, exc)

    def docs(self, *, anchor: str | None = None) -> Iterator[Doc]:
        from newsmine.analyze.pipeline import analyze  # not at import: the archive verbs need only the option

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
