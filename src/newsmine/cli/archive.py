"""The archive verbs: `ingest`, `reanalyze`, `search`, `person`, `lexicon`, `show`, and the archive
halves of `quotes` and `events` (which read files when given PATHs; see cli/quotes.py, cli/events.py).

Every query goes through `newsmine.store.queries`, the same functions the HTTP API and the pages use.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import datetime
from typing import Any

import click
from rich import box
from rich.console import Console
from rich.table import Table

from newsmine.cli import main
from newsmine.cli.inputs import input_format_option
from newsmine.cli.output import EXIT_INPUT, UNWRAPPED, bom_option, destination, fail
from newsmine.cli.warc_options import folder_options, warc_filter_options, warc_filters
from newsmine.errors import NewsmineError
from newsmine.render.quotes import speaker_shown
from newsmine.store import queries
from newsmine.store.db import Store, open_store

DATE = click.DateTime(formats=["%Y-%m-%d"])


def db_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--db", "db", default=None, metavar="PATH|URL",
                        help="The archive: an SQLite file or a postgresql:// URL "
                             "(default: $NEWSMINE_DB, else archive.sqlite in the user data folder).")(func)


def format_option(*choices: str) -> Callable[..., Any]:
    return click.option("--format", "fmt", type=click.Choice(list(choices)), default=choices[0], show_default=True,
                        help="table: readable columns; json: the same data the HTTP API returns"
                             + ("; jsonl: one result per line" if "jsonl" in choices else "")
                             + ("; csv: comma-separated for spreadsheets." if "csv" in choices else "."))


SEARCH_COLUMNS = ["id", "published", "outlet", "section", "title", "url", "snippet"]
QUOTE_COLUMNS = ["published", "speaker_text", "person_name", "person_id", "kind", "cue", "text", "article_id", "title",
                 "confidence", "sieve"]
EVENT_COLUMNS = ["date", "type", "modality", "participants", "place", "article_id", "title"]


def _rows_out(result: dict[str, Any], fmt: str, columns: list[str], bom: bool) -> bool:
    """Print a paged result as JSON, JSON Lines (one item a line) or CSV; False for a table."""
    if fmt == "json":
        _json(result)
    elif fmt == "jsonl":
        for item in result["items"]:
            click.echo(json.dumps(item, ensure_ascii=False, default=str))
    elif fmt == "csv":
        from newsmine.render.csv import rows_csv

        click.echo(rows_csv(result["items"], columns, bom=bom), nl=False)
    return fmt != "table"


def page_options(func: Callable[..., Any]) -> Callable[..., Any]:
    func = click.option("--offset", type=click.IntRange(0, queries.MAX_ID), default=0,
                        help="Skip this many results.")(func)
    return click.option("--limit", type=click.IntRange(1, queries.MAX_LIMIT), default=20, show_default=True,
                        help="At most this many results.")(func)


def _open(db: str | None, *, create: bool = False) -> Store:
    """The archive; only `ingest` (`create`) may create it, so a mistyped `--db` is an error."""
    try:
        return open_store(db, create=create)
    except NewsmineError as exc:
        fail(str(exc))
        sys.exit(1)


def _iso(value: datetime | None) -> str | None:
    return value.date().isoformat() if value else None


def _json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def _table(title: str, columns: list[str], rows: list[list[Any]], footer: str | None = None) -> None:
    """A table: boxed and fitted to a terminal; plain (no box lines) and unwrapped in a pipe or file."""
    tty = sys.stdout.isatty()
    console = Console(width=None if tty else UNWRAPPED)
    table = Table(title=title, show_lines=False, box=box.HEAVY_HEAD if tty else None)
    for c in columns:
        table.add_column(c, overflow="fold")
    for row in rows:
        table.add_row(*["" if v is None else str(v) for v in row])
    console.print(table)
    if footer:
        console.print(footer)


def _paged(result: dict[str, Any]) -> str:
    shown = len(result["items"])
    first = result["offset"] + 1 if shown else 0
    return f"{first}–{result['offset'] + shown} of {result['total']}"


# --- ingest, reanalyze ------------------------------------------------------------------------


def _progress_run(label: str, work: Callable[[Callable[[Any], None]], Any], *, total: int | None,
                  failures: list[str] | None = None, notes: list[str] | None = None,
                  before: Callable[[], None] | None = None) -> None:
    """Run `work(update)` under a progress bar on standard error, then print (after `before()`) the
    summary line and every note and failure; exit with the input-error status when something failed.
    Without a `total` known beforehand, the bar counts up to the tasks read so far."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    failures = failures or []
    console = Console(stderr=True)
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TextColumn("{task.fields[rate]:.1f} articles/s"), TimeElapsedColumn(),
                  TextColumn("new {task.fields[new]} · unchanged {task.fields[same]} · failed {task.fields[failed]}"),
                  console=console, transient=False) as progress:
        bar = progress.add_task(label, total=total, rate=0.0, new=0, same=0, failed=len(failures))

        def update(s: Any) -> None:
            progress.update(bar, completed=s.done - len(failures), rate=s.rate, total=total or s.total,
                            new=s.new, same=s.same, failed=len(s.failures))

        summary = work(update)
    if before:
        before()
    total = summary.total + len(failures) + len(notes or [])
    notes = [*(notes or []), *summary.skipped]
    skipped = f", {len(notes)} skipped" if notes else ""
    duplicates = f", {summary.duplicates} duplicates" if summary.duplicates else ""
    click.echo(f"{label}: {summary.new} new, {summary.same} unchanged{duplicates}{skipped}, "
               f"{len(summary.failures)} failed of {total} in {summary.seconds:.1f} s ({summary.rate:.1f} articles/s)")
    for message in [*notes, *summary.failures]:
        fail(message)
    if summary.failures:
        sys.exit(EXIT_INPUT)


@main.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@db_option
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes that read and analyse (one writer stores).")
@folder_options("*.md *.markdown *.txt *.html *.htm *.shtml *.html.gz *.jsonl *.ndjson")
@input_format_option
@click.option("--warc", is_flag=True,
              help="PATHs are web archives (.warc, .warc.gz; folders: the ones inside), streamed record by record: "
              "HTML responses become articles with the record's URL and date; the same URL or payload "
              "digest is analysed once (in the run and in the archive).")
@warc_filter_options
def ingest(paths: tuple[str, ...], db: str | None, jobs: int, globs: tuple[str, ...], excludes: tuple[str, ...],
           input_format: str, warc: bool, hosts: tuple[str, ...], languages: tuple[str, ...],
           scripts: tuple[str, ...], since: datetime | None, until: datetime | None) -> None:
    """Analyse and store articles: files, folders of them, JSON Lines of newsmine/1 documents, web archives."""
    from newsmine import work

    filters = warc_filters(hosts, languages, scripts, since, until)
    if not warc:
        if filters:
            raise click.UsageError("--host, --lang, --script, --since and --until filter WARC records: add --warc")
        from newsmine.collect import collect

        found = collect(paths, globs=globs, excludes=excludes)
        with _open(db, create=True) as store:
            _progress_run("ingest", lambda update: work.ingest(store, found.tasks, jobs=jobs,
                                                                input_format=input_format,
                                                                failures=found.failures, on_result=update),
                          total=len(found.tasks), failures=found.failures, notes=found.notes)
        return
    from newsmine.collect import warc_files, warc_tasks
    from newsmine.read.warc import WarcStats
    from newsmine.store.ingest import Seen

    files, failures = warc_files(paths)
    stats = WarcStats()
    with _open(db, create=True) as store:
        _progress_run("ingest", lambda update: work.ingest(store, warc_tasks(files, filters, stats), jobs=jobs,
                                                            failures=failures, seen=Seen(store), on_result=update),
                      total=None, failures=failures, before=lambda: click.echo(f"warc: {stats.describe()}"))


@main.command()
@db_option
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes that analyse (one writer stores).")
@click.option("--all", "everything", is_flag=True,
              help="Redo every article, also current ones and imported JSON documents.")
def reanalyze(db: str | None, jobs: int, everything: bool) -> None:
    """Re-run the analysis on stored articles analysed by another pipeline version."""
    from newsmine import work

    with _open(db) as store:
        _progress_run("reanalyze", lambda update: work.reanalyze(store, everything=everything, jobs=jobs,
                                                                  on_result=update), total=None)


# --- queries --------------------------------------------------------------------------------


@main.command()
@click.argument("query", required=False, default="")
@db_option
@click.option("--since", type=DATE, help="Published on or after this date (YYYY-MM-DD).")
@click.option("--until", type=DATE, help="Published on or before this date (YYYY-MM-DD).")
@click.option("--outlet", help="Only this outlet (the host name, e.g. bbc.com).")
@click.option("--person", help="Only articles naming this person (any rendering or original name).")
@click.option("--section", help="Only this section (e.g. World).")
@click.option("--substring", is_flag=True, help="Match QUERY as a plain substring instead of as words.")
@page_options
@format_option("table", "json", "jsonl", "csv")
@bom_option
def search(query: str, db: str | None, since: datetime | None, until: datetime | None, outlet: str | None,
           person: str | None, section: str | None, substring: bool, limit: int, offset: int, fmt: str,
           bom: bool) -> None:
    """Full-text search over segmented Chinese (and English): every word of QUERY must appear."""
    with _open(db) as store:
        result = queries.search(store, query, since=_iso(since), until=_iso(until), outlet=outlet, person=person,
                                section=section, substring=substring, limit=limit, offset=offset)
    if _rows_out(result, fmt, SEARCH_COLUMNS, bom):
        return
    _table(f"search {query!r}", ["id", "published", "outlet", "title", "snippet"],
           [[r["id"], r["published"], r["outlet"], r["title"], r["snippet"].replace("\n", " ")]
            for r in result["items"]], _paged(result))


@main.command()
@click.argument("name")
@db_option
@format_option("table", "json")
def person(name: str, db: str | None, fmt: str) -> None:
    """One person by any name in any script: renderings, roles, affiliations, quotes, articles."""
    with _open(db) as store:
        found = queries.find_people(store, name)
        detail = queries.person(store, found[0]["id"]) if len(found) == 1 else None
    if not found:
        fail(f"no person is known as {name!r}")
        sys.exit(1)
    if detail is None:
        if fmt == "json":
            return _json({"matches": found})
        _table(f"{len(found)} people match {name!r}; give the id", ["id", "name", "original", "articles"],
               [[p["id"], p["name"], p["original_name"], p["articles"]] for p in found])
        return
    if fmt == "json":
        return _json(detail)
    console = Console()
    console.print(f"[bold]{detail['name']}[/bold]  {detail['original_name'] or ''}  (person {detail['id']}, "
                  f"{detail['article_count']} articles)")
    _table("renderings", ["rendering", "articles", "per outlet"],
           [[r["name"], r["articles"], ", ".join(f"{o} {n}" for o, n in r["outlets"].items())]
            for r in detail["renderings"]])
    _table("roles", ["role", "first", "last", "articles"],
           [[r["role"], r["first_seen"], r["last_seen"], r["articles"]] for r in detail["roles"]])
    _table("affiliations", ["name", "original", "articles"],
           [[r["name"], r["original_name"], r["articles"]] for r in detail["affiliations"]])
    _table("quotes", ["published", "kind", "quote", "article"],
           [[q["published"], q["kind"], q["text"], q["article_id"]] for q in detail["quotes"][:10]])
    _table("named with", ["id", "name", "original", "articles"],
           [[p["id"], p["name"], p["original_name"], p["articles"]] for p in detail["named_with"]])


def archive_quotes(db: str | None, speaker: str | None, about: str | None, since: datetime | None,
                   until: datetime | None, min_confidence: float, limit: int, offset: int, fmt: str,
                   bom: bool = False) -> None:
    """Quotes in the archive, newest first, with speaker and article (`newsmine quotes` with no PATH)."""
    with _open(db) as store:
        result = queries.quotes(store, speaker=speaker, about=about, since=_iso(since), until=_iso(until),
                                min_confidence=min_confidence, limit=limit, offset=offset)
    if _rows_out(result, fmt, QUOTE_COLUMNS, bom):
        return
    _table("quotes", ["published", "speaker", "kind", "quote", "article"],
           [[q["published"], speaker_shown(q["person_name"] or q["entity_name"], q["speaker_text"], q["resolved_by"],
                                           q["confidence"]), q["kind"], q["text"], q["article_id"]]
            for q in result["items"]], _paged(result))


def archive_events(db: str | None, participant: str | None, since: datetime | None, until: datetime | None,
                   etype: str | None, limit: int, offset: int, fmt: str, bom: bool = False) -> None:
    """Events in the archive as a timeline, oldest first (`newsmine events` with no PATH)."""
    with _open(db) as store:
        result = queries.events(store, participant=participant, since=_iso(since), until=_iso(until), type=etype,
                                limit=limit, offset=offset)
    if _rows_out(result, fmt, EVENT_COLUMNS, bom):
        return
    _table("events", ["date", "type", "participants", "place", "article"],
           [[e["date"], e["type"], ", ".join(p["name"] for p in e["participants"]), e["place"], e["article_id"]]
            for e in result["items"]], _paged(result))


@main.command()
@db_option
@click.option("--type", "etype", type=click.Choice(["PER", "ORG", "LOC"]), help="Only names of this type.")
@click.option("--phonetic", is_flag=True,
              help="Only renderings by sound (transliterations), not translations or abbreviations.")
@format_option("table", "csv", "json")
@bom_option
@click.option("--output", "-o", type=click.Path(dir_okay=False), default=None,
              help="Write to FILE (all at once, at the end) instead of standard output.")
def lexicon(db: str | None, etype: str | None, phonetic: bool, fmt: str, bom: bool, output: str | None) -> None:
    """The bilingual name table from every gloss: original name, Chinese renderings, counts."""
    with _open(db) as store:
        rows = queries.lexicon(store, type=etype, phonetic=phonetic)
    if fmt == "table" and output is None:
        return _table("lexicon", ["original", "type", "renderings", "articles"],
                      [[r["original"], r["type"], "  ".join(f"{x['term']} ({x['articles']})" for x in r["renderings"]),
                        r["articles"]] for r in rows])
    with destination(output) as out:
        if fmt == "csv":
            out.write(("\ufeff" if bom else "") + queries.lexicon_csv(rows))
        else:
            out.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")


@main.command()
@click.argument("article_id", type=int, metavar="ARTICLE")
@db_option
@click.option("--format", "fmt", type=click.Choice(["report", "json"]), default="report", show_default=True,
              help="report: a readable page; json: the stored newsmine/1 document and its archive row.")
def show(article_id: int, db: str | None, fmt: str) -> None:
    """One stored article by its id."""
    from newsmine.render.report import render_report

    with _open(db) as store:
        row = queries.article(store, article_id)
    if row is None:
        fail(f"no article {article_id} in the archive")
        sys.exit(1)
    if fmt == "json":
        return _json(row)
    click.echo(render_report(row["doc"], color=sys.stdout.isatty()), nl=False)
