"""`newsmine batch`: analyse many inputs in shards, on local processes or a Dask cluster, into
Parquet files with a manifest and/or the archive (see newsmine.batch)."""

from __future__ import annotations

import sys
from datetime import datetime
from typing import Any

import click

from newsmine.batch.run import ENGINES, Summary, run_batch
from newsmine.batch.plan import DEFAULT_SHARD_SIZE
from newsmine.cli import main
from newsmine.cli.inputs import input_format_option
from newsmine.cli.output import EXIT_INPUT, fail
from newsmine.cli.warc_options import folder_options, warc_filter_options, warc_filters


@main.command()
@click.argument("paths", nargs=-1, required=True, metavar="INPUT...")
@click.option("--out", "out", metavar="DIR", help="Write one Parquet file per shard and manifest.json into DIR.")
@click.option("--db", "db", metavar="PATH|URL",
              help="Also (or instead) store every article in this archive: an SQLite file or a postgresql:// URL.")
@click.option("--engine", type=click.Choice(ENGINES), default="local", show_default=True,
              help="local: worker processes on this machine; dask: tasks on a Dask distributed cluster.")
@click.option("--scheduler", metavar="ADDRESS",
              help="With --engine dask, the scheduler of an existing cluster (tcp://host:8786); "
              "without it a local cluster of -j workers is started.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes (local engine, or the local Dask cluster).")
@click.option("--shard-size", type=click.IntRange(min=1), default=DEFAULT_SHARD_SIZE, show_default=True,
              help="Article files per shard (a JSON Lines or WARC file is always one shard).")
@folder_options("as ingest, plus *.warc *.warc.gz")
@input_format_option
@warc_filter_options
def batch(paths: tuple[str, ...], out: str | None, db: str | None, engine: str, scheduler: str | None, jobs: int,
          shard_size: int, globs: tuple[str, ...], excludes: tuple[str, ...], input_format: str,
          hosts: tuple[str, ...], languages: tuple[str, ...], scripts: tuple[str, ...], since: datetime | None,
          until: datetime | None) -> None:
    """Analyse many inputs in shards, on local processes or a Dask cluster, into Parquet files or the archive."""
    if not out and not db:
        raise click.UsageError("give --out DIR, --db PATH|URL or both")
    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler needs --engine dask")
    summary = _with_progress(paths, out=out, db=db, engine=engine, scheduler=scheduler, jobs=jobs,
                             shard_size=shard_size, globs=globs, excludes=excludes, input_format=input_format,
                             warc=warc_filters(hosts, languages, scripts, since, until))
    before = f" ({summary.done_before} done before)" if summary.done_before else ""
    stored = f", {summary.stored} stored, {summary.unchanged} unchanged" if db else ""
    stored += f", {summary.duplicates} duplicate pages" if summary.duplicates else ""
    click.echo(f"batch: {summary.finished} of {summary.shards} shards finished{before}, "
               f"{len(summary.unfinished)} unfinished; {summary.articles} articles, {summary.rows} rows{stored}, "
               f"{len(summary.skipped)} skipped, {len(summary.failed)} failed in {summary.seconds:.1f} s "
               f"({summary.rate:.1f} articles/s)")
    for message in [*summary.skipped, *summary.failed, *summary.unfinished]:
        fail(message)
    if summary.unfinished:
        fail("unfinished shards: run the same command again to finish them")
        sys.exit(1)
    if summary.failed:
        sys.exit(EXIT_INPUT)


def _with_progress(paths: tuple[str, ...], **options: Any) -> Summary:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn("batch shards"), BarColumn(), MofNCompleteColumn(),
                  TextColumn("{task.fields[rate]:.1f} articles/s"), TimeElapsedColumn(),
                  console=Console(stderr=True), transient=True) as progress:
        bar = progress.add_task("batch", total=None, rate=0.0)

        def update(s: Summary) -> None:
            progress.update(bar, total=s.shards - s.done_before, completed=s.finished + len(s.unfinished), rate=s.rate)

        return run_batch(paths, on_shard=update, **options)
