"""The `newsmine` command: one module per verb; domain errors become one line on stderr here only."""

from __future__ import annotations

import sys
from typing import Any

import click

from newsmine import __version__
from newsmine.errors import NewsmineError


class Verbs(click.Group):
    """The verbs; an error a verb did not report itself (a query out of bounds) is one line, status 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except NewsmineError as exc:
            click.echo(f"newsmine: {exc}", err=True)
            sys.exit(1)


@click.group(cls=Verbs, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="newsmine")
def main() -> None:
    """newsmine turns news articles into structured, cited knowledge."""


from newsmine.cli import analyze  # noqa: E402,F401  (registers the verb on `main`)
from newsmine.cli import events  # noqa: E402,F401
from newsmine.cli import quotes  # noqa: E402,F401  (registers the verb on `main`)
from newsmine.cli import names  # noqa: E402,F401
from newsmine.cli import convert  # noqa: E402,F401
from newsmine.cli import archive  # noqa: E402,F401  (ingest, reanalyze, search, person, quotes, events, lexicon, show)
from newsmine.cli import serve  # noqa: E402,F401  (the HTTP API and pages)
