"""`newsmine analyze`: read, analyse and print articles."""

from __future__ import annotations

from datetime import datetime

import click

from newsmine.cli import main
from newsmine.cli.inputs import Inputs, input_format_option
from newsmine.cli.output import NothingWritten, destination, terminal_width
from newsmine.render.html import render_html
from newsmine.render.json import dumps
from newsmine.render.markdown import write_markdown
from newsmine.render.report import render_report


@main.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl", "markdown", "report", "html"]), default="json",
              show_default=True, help="json: the newsmine/1 document (JSON Lines for several inputs); "
              "jsonl: one document a line, however many inputs; "
              "markdown: the article as BBC-style Markdown (docs/markdown.md); report: a readable terminal page; "
              "html: the report and the highlighted article as one standalone page (one input).")
@click.option("--date", "anchor", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="Anchor date (YYYY-MM-DD) for relative times; default: the article's publication date.")
@click.option("--output", "-o", type=click.Path(dir_okay=False), default=None,
              help="Write to FILE (all at once, at the end) instead of standard output.")
@input_format_option
def analyze(paths: tuple[str, ...], fmt: str, anchor: datetime | None, output: str | None, input_format: str) -> None:
    """Read and analyse articles: web pages, Markdown or plain text (told apart by content), or `-` for stdin."""
    if fmt == "html" and len(paths) > 1:
        raise click.UsageError("--format html writes one page: give one input")
    inputs = Inputs(paths, input_format=input_format)
    with destination(output) as out:
        for doc in inputs.docs(anchor=anchor.date().isoformat() if anchor else None):
            if fmt in ("json", "jsonl"):
                out.write(dumps(doc.to_dict(), pretty=fmt == "json" and len(paths) == 1) + "\n")
            elif fmt == "markdown":
                out.write(write_markdown(doc.article))
            elif fmt == "html":
                out.write(render_html(doc.to_dict()))
            else:
                color = output is None and out.isatty()
                out.write(render_report(doc.to_dict(), color=color, width=terminal_width(out)))
        if inputs.all_failed:
            raise NothingWritten()
    inputs.exit_if_any_failed()
