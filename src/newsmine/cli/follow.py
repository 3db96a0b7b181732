"""`newsmine follow`: fetch what feeds and sitemaps list, politely, and store the new articles.

The work is `newsmine.follow.follow` (one round); this module parses options, shows progress on
standard error, prints the summary, and repeats the round with `--every`.
"""

from __future__ import annotations

import re
import sys
import time

import click
from rich.console import Console

from newsmine.cli import main
from newsmine.cli.archive import db_option
from newsmine.cli.output import EXIT_INPUT, fail
from newsmine.follow import AddressPolicy, Limits, Options, Summary, follow
from newsmine.follow.canonical import canonical_url
from newsmine.follow.politeness import DEFAULT_INTERVAL, HostSlots
from newsmine.follow.run import DEFAULT_WORKERS
from newsmine.store.db import open_store

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$")
_UNIT = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}
EXIT_INTERRUPTED = 130
LIMITS = Limits()


class Duration(click.ParamType):
    """`90s`, `30m`, `2h`, `1d` or plain seconds."""

    name = "DURATION"

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> float:
        if isinstance(value, (int, float)):
            return float(value)
        match = _DURATION.match(str(value))
        if not match or float(match.group(1)) <= 0:
            self.fail(f"{value!r} is not a duration such as 90s, 30m, 2h or 1d", param, ctx)
        return float(match.group(1)) * _UNIT[match.group(2)]


def summary_line(s: Summary) -> str:
    """One line: pages fetched and what became of them, what was unchanged, robots, failures, time."""
    fetched = [(s.new, "new"), (s.duplicates, "duplicate"), (len(s.not_articles), "not articles")]
    parts = [(s.listings_read, "feeds and sitemaps read"),
             (s.listings_unchanged + s.unchanged, "unchanged (304)"), (s.known, "known pages not requested"),
             (len(s.robots), "skipped by robots.txt"), (len(s.failures), "failed"),
             (s.deferred, "left for the next round (--max-pages)")]
    said = ", ".join(f"{n} {what}" for n, what in fetched if n)
    line = f"follow: {s.fetched} pages fetched" + (f" ({said})" if said else "")
    line += "".join(f"; {n} {what}" for n, what in parts if n)
    return line + f" in {s.seconds:.1f} s" + (" (interrupted)" if s.interrupted else "")


def _round(sources: list[str], db: str | None, options: Options, slots: HostSlots) -> Summary:
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    with open_store(db) as store, Progress(
            SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), console=console,
            transient=True, disable=not console.is_terminal) as progress:
        bar = progress.add_task("follow: starting")

        def update(s: Summary) -> None:
            progress.update(bar, description=(
                f"follow: {s.fetched} fetched · {s.new} new · {s.unchanged + s.listings_unchanged} unchanged · "
                f"{len(s.robots)} robots · {len(s.failures)} failed · {s.queued} queued"))

        summary = follow(sources, store, options, on_progress=update, slots=slots)
    click.echo(summary_line(summary))
    for message in [*summary.robots, *summary.not_articles, *summary.failures]:
        fail(message)
    return summary


@main.command("follow")
@click.argument("sources", nargs=-1, required=True, metavar="SOURCE...")
@db_option
@click.option("--once", is_flag=True, help="One round, then stop (the default).")
@click.option("--every", type=Duration(), default=None, metavar="DURATION",
              help="Start a round every DURATION (90s, 30m, 2h, 1d) until Ctrl-C.")
@click.option("--interval", type=click.FloatRange(min=0), default=DEFAULT_INTERVAL, show_default=True,
              metavar="SECONDS",
              help="Seconds between two requests to one host (robots.txt's Crawl-delay may ask more).")
@click.option("--workers", type=click.IntRange(1, 64), default=DEFAULT_WORKERS, show_default=True, metavar="N",
              help="Fetch threads (different hosts in parallel; one request at a time per host).")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=LIMITS.timeout, show_default=True,
              metavar="SECONDS", help="The longest one page may take.")
@click.option("--max-bytes", type=click.IntRange(min=1024), default=LIMITS.max_bytes, show_default=True, metavar="N",
              help="The largest page (after decompression).")
@click.option("--retries", type=click.IntRange(0, 10), default=LIMITS.retries, show_default=True, metavar="N",
              help="Tries after the first on 429, 502, 503, 504 and dropped connections.")
@click.option("--max-wait", type=click.FloatRange(min=0), default=LIMITS.max_wait, show_default=True,
              metavar="SECONDS", help="The longest Retry-After honoured; a site asking more is a failure.")
@click.option("--max-pages", type=click.IntRange(min=1), default=None, metavar="N",
              help="At most N pages a round; the rest wait for the next round.")
@click.option("--allow-private", is_flag=True,
              help="Also fetch private, loopback and link-local addresses (a local mirror).")
@click.option("--contact", default=None, metavar="URL|EMAIL",
              help="Added to the User-Agent so that sites can reach whoever runs newsmine.")
def follow_command(sources: tuple[str, ...], db: str | None, once: bool, every: float | None, interval: float,
                   workers: int, timeout: float, max_bytes: int, retries: int, max_wait: float,
                   max_pages: int | None, allow_private: bool, contact: str | None) -> None:
    """Fetch new articles from feeds and sitemaps, politely, and store them in the archive."""
    if once and every:
        raise click.UsageError("give --once or --every, not both")
    if contact is not None and not (contact.isascii() and contact.isprintable() and contact.strip()):
        raise click.UsageError("--contact must be printable ASCII (it goes into the User-Agent header)")
    bad = [s for s in sources if canonical_url(s) is None or "://" not in s]
    if bad:
        for source in bad:
            fail(f"{source}: not an http(s) address of a feed or sitemap")
        sys.exit(EXIT_INPUT)
    options = Options(interval=interval, workers=workers, max_pages=max_pages, contact=contact,
                      policy=AddressPolicy(allow_private=allow_private),
                      limits=Limits(max_bytes=max_bytes, timeout=timeout, retries=retries, max_wait=max_wait))
    slots = HostSlots(interval)
    while True:
        started = time.monotonic()
        summary = _round(list(sources), db, options, slots)
        if summary.interrupted:
            sys.exit(EXIT_INTERRUPTED)
        if not every:
            sys.exit(EXIT_INPUT if summary.failures else 0)
        try:
            time.sleep(max(0.0, started + every - time.monotonic()))
        except KeyboardInterrupt:
            sys.exit(EXIT_INTERRUPTED)
