"""`newsmine quotes`: who said what — in the given articles, or, with no PATH, in the archive."""

from __future__ import annotations

from datetime import datetime

import click

from newsmine.cli import main
from newsmine.cli.archive import DATE, archive_quotes, db_option, page_options
from newsmine.cli.inputs import Inputs, input_format_option
from newsmine.cli.output import NothingWritten, bom_option, destination, refuse_options, terminal_width
from newsmine.render.csv import rows_csv
from newsmine.render.json import dumps
from newsmine.render.quotes import render_quotes, select, speaker_groups

QUOTE_CSV = ["source", "title", "speaker", "original_name", "roles", "kind", "cue", "text", "addressee_text",
             "confidence", "sieve"]


@main.command()
@click.argument("paths", nargs=-1, metavar="[PATH...]")
@click.option("--speaker", metavar="NAME", default=None,
              help="Only this speaker's quotes; NAME may be any of their names (普京, Putin, 普京总统).")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Only quotes whose speaker was attributed with at least this confidence (0–1).")
@click.option("--about", help="Archive: quotes whose text holds this word or names this person.")
@click.option("--since", type=DATE, help="Archive: from articles published on or after this date.")
@click.option("--until", type=DATE, help="Archive: from articles published on or before this date.")
@db_option
@page_options
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl", "csv"]), default="table",
              show_default=True, help="table: readable; json: with PATHs, per article its speakers and their "
              "quotes (JSON Lines for several inputs); from the archive, the same data the HTTP API returns; "
              "jsonl: one article (with PATHs) or one quote (archive) a line; csv: one quote a row.")
@bom_option
@click.option("--output", "-o", type=click.Path(dir_okay=False), default=None,
              help="With PATHs: write to FILE (all at once, at the end) instead of standard output.")
@input_format_option
def quotes(paths: tuple[str, ...], speaker: str | None, min_confidence: float, about: str | None,
           since: datetime | None, until: datetime | None, db: str | None, limit: int, offset: int, fmt: str,
           bom: bool, output: str | None, input_format: str) -> None:
    """Quotes grouped by speaker, with each speaker's original name and role.

    With PATHs, the quotes of those articles; with none, the quotes stored in the archive.
    """
    if not paths:
        refuse_options({"--output": output}, "works with PATHs; archive results go to standard output")
        archive_quotes(db, speaker, about, since, until, min_confidence, limit, offset, fmt, bom)
        return
    refuse_options({"--about": about, "--since": since, "--until": until, "--db": db},
                   "query the archive: give no PATH")
    inputs = Inputs(paths, input_format=input_format)
    rows: list[dict[str, object]] = []
    with destination(output) as out:
        for doc in inputs.docs():
            path, data = doc.source, doc.to_dict()
            groups = select(speaker_groups(data), speaker, min_confidence)
            if fmt in ("json", "jsonl"):
                body = {"source": path, "title": data["article"]["title"],
                        "speakers": [{"speaker": g["speaker"], "names": g["names"], "quotes": g["quotes"]}
                                     for g in groups]}
                out.write(dumps(body, pretty=fmt == "json" and len(paths) == 1) + "\n")
            elif fmt == "csv":
                rows += [{**q, "source": path, "title": data["article"]["title"], "speaker": g["speaker"]["name"],
                          "original_name": g["speaker"]["original_name"], "roles": g["speaker"]["roles"]}
                         for g in groups for q in g["quotes"]]
            else:
                color = output is None and out.isatty()
                title = f"{data['article']['title']}  ({path})"
                empty = f"no quotes by {speaker}" if speaker else "no quotes"
                out.write(render_quotes(groups, title=title, width=terminal_width(out), color=color, empty=empty))
        if inputs.all_failed:
            raise NothingWritten()
        if fmt == "csv":
            out.write(rows_csv(rows, QUOTE_CSV, bom=bom))
    inputs.exit_if_any_failed()
