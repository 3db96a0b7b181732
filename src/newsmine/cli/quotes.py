"""`newsmine quotes`: who said what in each article, grouped by speaker."""

from __future__ import annotations

import sys

import click

from newsmine.analyze.pipeline import analyze as run_pipeline
from newsmine.cli import main
from newsmine.cli.output import EXIT_INPUT, NothingWritten, destination, fail, terminal_width
from newsmine.errors import InputError, NewsmineError
from newsmine.read import read_article
from newsmine.render.json import dumps
from newsmine.render.quotes import render_quotes, select, speaker_groups


@main.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--speaker", metavar="NAME", default=None,
              help="Only this speaker's quotes; NAME may be any of their names (普京, Putin, 普京总统).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="table: a readable page per article; json: speakers and their quotes "
              "(JSON Lines for several inputs).")
@click.option("--output", "-o", type=click.Path(dir_okay=False), default=None,
              help="Write to FILE (all at once, at the end) instead of standard output.")
def quotes(paths: tuple[str, ...], speaker: str | None, fmt: str, output: str | None) -> None:
    """List the quotes in articles, grouped by speaker, with each speaker's original name and role."""
    failures = 0
    with destination(output) as out:
        for path in paths:
            try:
                data = run_pipeline(read_article(path), source=path).to_dict()
            except NewsmineError as exc:
                failures += 1
                fail(str(exc) if isinstance(exc, InputError) else f"{path}: {exc}")
                continue
            groups = select(speaker_groups(data), speaker)
            if fmt == "json":
                body = {"source": path, "title": data["article"]["title"],
                        "speakers": [{"speaker": g["speaker"], "names": g["names"], "quotes": g["quotes"]}
                                     for g in groups]}
                out.write(dumps(body, pretty=len(paths) == 1) + "\n")
            else:
                color = output is None and out.isatty()
                title = f"{data['article']['title']}  ({path})"
                empty = f"no quotes by {speaker}" if speaker else "no quotes"
                out.write(render_quotes(groups, title=title, width=terminal_width(out), color=color, empty=empty))
        if failures == len(paths):
            raise NothingWritten()
    if failures:
        sys.exit(EXIT_INPUT)
