"""`newsmine events`: the events of the given articles, or, with no PATH, the archive's timeline."""

from __future__ import annotations

from datetime import datetime

import click
from rich.console import Console
from rich.table import Table

from newsmine.cli import main
from newsmine.cli.archive import DATE, archive_events, db_option, page_options
from newsmine.cli.inputs import Inputs, input_format_option
from newsmine.cli.output import NothingWritten, bom_option, destination, refuse_options, table_width
from newsmine.render import digest
from newsmine.render.csv import rows_csv
from newsmine.render.dates import readable
from newsmine.render.json import dumps

EVENT_CSV = ["source", "when", "when_text", "type", "modality", "trigger", "participants", "place", "evidence"]


@main.command()
@click.argument("paths", nargs=-1, metavar="[PATH...]")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "jsonl", "csv"]), default="table",
              show_default=True, help="table: one row per event; json: with PATHs JSON Lines, one event per "
              "line; from the archive, the same data the HTTP API returns; jsonl: one event a line; "
              "csv: one event a row.")
@bom_option
@click.option("--sort", type=click.Choice(["text", "date"]), default=None,
              help="With PATHs: text (reading order, the default) or date (dated events first, earliest first).")
@click.option("--date", "anchor", type=DATE, default=None,
              help="With PATHs: anchor date (YYYY-MM-DD) for relative times; default: the publication date.")
@click.option("--output", "-o", type=click.Path(dir_okay=False), default=None,
              help="With PATHs: write to FILE (all at once, at the end) instead of standard output.")
@click.option("--participant", help="Archive: events this person took part in (any name, any script).")
@click.option("--since", type=DATE, help="Archive: events on or after this date.")
@click.option("--until", type=DATE, help="Archive: events on or before this date.")
@click.option("--type", "etype", help="Archive: only this event type (e.g. meet).")
@db_option
@page_options
@input_format_option
def events(paths: tuple[str, ...], fmt: str, bom: bool, sort: str | None, anchor: datetime | None,
           output: str | None, participant: str | None, since: datetime | None, until: datetime | None,
           etype: str | None, db: str | None, limit: int, offset: int, input_format: str) -> None:
    """Events: who met, visited, launched, warned … where and when.

    With PATHs, the events of those articles; with none, the archive's timeline, oldest first.
    """
    if not paths:
        refuse_options({"--sort": sort, "--date": anchor, "--output": output}, "work with PATHs")
        archive_events(db, participant, since, until, etype, limit, offset, fmt, bom)
        return
    refuse_options({"--participant": participant, "--since": since, "--until": until, "--type": etype, "--db": db},
                   "query the archive: give no PATH")
    inputs = Inputs(paths, input_format=input_format)
    rows: list[dict[str, object]] = []
    langs: dict[str | None, str] = {}  # each source's language, for the table's readable dates
    for doc in inputs.docs(anchor=anchor.date().isoformat() if anchor else None):
        data = doc.to_dict()
        langs[doc.source] = digest.lang_tag(data["article"])
        for ev in digest.events(data):
            rows.append({"source": doc.source, "when": ev.when, "when_text": ev.when_text, "type": ev.type,
                         "modality": ev.modality, "trigger": ev.trigger, "participants": ev.participants,
                         "place": ev.place, "evidence": ev.clause})
    if sort == "date":
        rows.sort(key=lambda r: (r["when"] is None, str(r["when"] or "")[:1] in "-X", str(r["when"] or "")))
    with destination(output) as out:
        if inputs.all_failed:
            raise NothingWritten()
        if fmt in ("json", "jsonl"):
            out.writelines(dumps(row) + "\n" for row in rows)
        elif fmt == "csv":
            out.write(rows_csv(rows, EVENT_CSV, bom=bom))
        else:
            out.write(_table(rows, langs, several=len(paths) > 1, width=table_width(out)))
    inputs.exit_if_any_failed()


def _table(rows: list[dict[str, object]], langs: dict[str | None, str], *, several: bool, width: int) -> str:
    """The rows as a table, dates said readably for each article's language (九月十三日（年份不详）)."""
    table = Table(show_header=True, header_style="bold", box=None, padding=(0, 1))
    columns = (["source"] if several else []) + ["when", "type", "who", "where", "evidence"]
    for column in columns:
        table.add_column(column)
    for r in rows:
        what = str(r["type"]) if r["modality"] == "asserted" else f"{r['type']} ({r['modality']})"
        cells = [str(r["source"])] if several else []
        cells += [readable(r["when"], langs[r["source"]]), what, "、".join(r["participants"]),  # type: ignore[arg-type]
                  str(r["place"] or ""), str(r["evidence"])]
        table.add_row(*cells)
    console = Console(width=width, record=True, color_system=None)
    with console.capture() as capture:
        console.print(table)
    return capture.get()
