"""`newsmine convert`: read pages, Markdown or text and write them as BBC-style Markdown or JSON Lines."""

from __future__ import annotations

import click

from newsmine.cli import main
from newsmine.cli.inputs import Inputs, input_format_option
from newsmine.cli.output import NothingWritten, destination
from newsmine.model import article_to_dict
from newsmine.read.html import body_text
from newsmine.render.json import dumps
from newsmine.render.markdown import write_markdown


@main.command()
@click.argument("pages", nargs=-1, required=True, metavar="PAGE...")
@click.option("--format", "fmt", type=click.Choice(["markdown", "json"]), default="markdown", show_default=True,
              help="markdown: the article as BBC-style Markdown, docs/markdown.md (several inputs are separated by a "
              "blank line); json: one JSON object per input and line, the Article's fields plus `path` and `text`.")
@click.option("--output", "-o", type=click.Path(dir_okay=False), default=None,
              help="Write to FILE (all at once, at the end) instead of standard output.")
@input_format_option
def convert(pages: tuple[str, ...], fmt: str, output: str | None, input_format: str) -> None:
    """Read web pages, Markdown or plain text (told apart by content) into articles, without analysing them."""
    inputs = Inputs(pages, input_format=input_format)
    written = 0
    with destination(output) as out:
        for path, article in inputs.articles():
            if fmt == "json":
                record = {"path": path, **article_to_dict(article), "text": body_text(article)}
                out.write(dumps(record) + "\n")
            else:
                out.write(("\n" if written else "") + write_markdown(article))
            written += 1
        if inputs.all_failed:
            raise NothingWritten()
    inputs.exit_if_any_failed()
