"""The options `ingest --warc` and `batch` share: which web-archive records become articles, and which
files of a folder are read."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from newsmine.read.warc import WarcFilters

DAY = click.DateTime(formats=["%Y-%m-%d"])
FILTER_NAMES = ("hosts", "languages", "scripts", "since", "until")


def folder_options(default_globs: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """`--glob` and `--exclude`: the files of a folder to read (`default_globs` says what is taken without them)."""
    def wrap(command: Callable[..., Any]) -> Callable[..., Any]:
        command = click.option("--exclude", "excludes", multiple=True, metavar="PATTERN",
                               help="In folders, leave out files matching PATTERN (repeatable).")(command)
        return click.option("--glob", "globs", multiple=True, metavar="PATTERN",
                            help=f"In folders, take only files matching PATTERN (repeatable; default: {default_globs}).")(command)
    return wrap


def warc_filter_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """`--host`, `--lang`, `--script`, `--since`, `--until`: filters on web-archive records, applied
    before a record is analysed."""
    for option in reversed((
        click.option("--host", "hosts", multiple=True, metavar="GLOB",
                     help="WARC records: only pages of hosts matching GLOB (repeatable; `bbc.com` takes its subdomains)."),
        click.option("--lang", "languages", multiple=True, metavar="CODE",
                     help="WARC records: only pages whose text is in this language (zh, en, fr …; repeatable)."),
        click.option("--script", "scripts", multiple=True, type=click.Choice(["simplified", "traditional"]),
                     help="WARC records: only Chinese pages in this script (repeatable)."),
        click.option("--since", type=DAY, help="WARC records: only those fetched on or after this day (WARC-Date, UTC)."),
        click.option("--until", type=DAY, help="WARC records: only those fetched on or before this day (WARC-Date, UTC)."),
    )):
        command = option(command)
    return command


def warc_filters(hosts: tuple[str, ...], languages: tuple[str, ...], scripts: tuple[str, ...],
                 since: datetime | None, until: datetime | None) -> WarcFilters | None:
    """The filters the options ask for, or None when none is given."""
    if not (hosts or languages or scripts or since or until):
        return None
    from newsmine.read.warc import WarcFilters

    return WarcFilters(hosts=hosts, languages=tuple(c.lower() for c in languages), scripts=scripts,
                       since=since.date() if since else None, until=until.date() if until else None)
