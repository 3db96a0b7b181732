"""The `newsmine` command: one module per verb; domain errors become one line on stderr here only.

Verb modules are imported when their verb runs (`LazyGroup`), so `newsmine --help` and
`newsmine --version` load neither the analysis nor the archive.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any

import click
from click.utils import make_default_short_help

from newsmine.errors import NewsmineError

VERBS: dict[str, tuple[str, str]] = {
    "analyze": ("analyze", "Read and analyse articles: web pages, Markdown or plain text (told apart by content), "
                           "or `-` for stdin."),
    "batch": ("batch", "Analyse many inputs in shards, on local processes or a Dask cluster, into Parquet files or "
                       "the archive."),
    "convert": ("convert", "Read web pages, Markdown or plain text (told apart by content) into articles, without "
                           "analysing them."),
    "events": ("events", "Events: who met, visited, launched, warned … where and when."),
    "follow": ("follow", "Fetch new articles from feeds and sitemaps, politely, and store them in the archive."),
    "ingest": ("archive", "Analyse and store articles: files, folders of them, JSON Lines of newsmine/1 documents, "
                          "web archives."),
    "lexicon": ("archive", "The bilingual name table from every gloss: original name, Chinese renderings, counts."),
    "names": ("names", "List the people, organisations and places of the articles with their original names."),
    "person": ("archive", "One person by any name in any script: renderings, roles, affiliations, quotes, articles."),
    "quotes": ("quotes", "Quotes grouped by speaker, with each speaker's original name and role."),
    "reanalyze": ("archive", "Re-run the analysis on stored articles analysed by another pipeline version."),
    "search": ("archive", "Full-text search over segmented Chinese (and English): every word of QUERY must appear."),
    "serve": ("serve", "Serve the archive: JSON API under /api (its reference at /docs) and the web pages."),
    "show": ("archive", "One stored article by its id."),
}
"""Each verb: the `newsmine.cli` module that defines it, and the first line of its help (tests keep them equal)."""


class LazyGroup(click.Group):
    """A group whose verbs are imported on first use; `--help` lists them from VERBS.

    An error a verb did not report itself (a query out of bounds) is one line, status 1.
    """

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except NewsmineError as exc:
            click.echo(f"newsmine: {exc}", err=True)
            sys.exit(1)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(VERBS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in self.commands and name in VERBS:
            importlib.import_module(f"newsmine.cli.{VERBS[name][0]}")
        return self.commands.get(name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        names = self.list_commands(ctx)
        limit = formatter.width - 6 - max(map(len, names))
        with formatter.section("Commands"):
            formatter.write_dl([(name, make_default_short_help(VERBS[name][1], limit)) for name in names])


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(None, "--version", package_name="newsmine", prog_name="newsmine")
def main() -> None:
    """newsmine turns news articles into structured, cited knowledge."""
