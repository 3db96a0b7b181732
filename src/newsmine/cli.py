"""The `newsmine` command. Domain errors become one line on stderr here, and only here."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import IO

import click

from newsmine import __version__
from newsmine.analyze.pipeline import analyze as run_pipeline
from newsmine.errors import InputError, NewsmineError
from newsmine.read import read_article
from newsmine.render.json import dumps
from newsmine.render.markdown import write_markdown
from newsmine.render.report import render_report

EXIT_INPUT = 2


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="newsmine")
def main() -> None:
    """newsmine turns news articles into structured, cited knowledge."""


@main.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--format", "fmt", type=click.Choice(["json", "markdown", "report"]), default="json",
              show_default=True, help="json: the newsmine/1 document (JSON Lines for several inputs); "
              "markdown: the article in the seed's dialect; report: a readable page.")
@click.option("--date", "anchor", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="Anchor date (YYYY-MM-DD) for relative times; default: the article's publication date.")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write to FILE (all at once, at the end) instead of standard output.")
def analyze(paths: tuple[str, ...], fmt: str, anchor: datetime | None, output: str | None) -> None:
    """Read and analyse articles: Markdown files, or `-` for standard input."""
    anchor_iso = anchor.date().isoformat() if anchor else None
    failures = 0
    with _destination(output) as out:
        color = output is None and out.isatty()
        for path in paths:
            try:
                article = read_article(path)
                doc = run_pipeline(article, source=path, anchor=anchor_iso)
            except NewsmineError as exc:
                failures += 1
                where = "" if isinstance(exc, InputError) else f"{path}: "
                click.echo(f"newsmine: {where}{exc}", err=True)
                continue
            if fmt == "json":
                out.write(dumps(doc.to_dict(), pretty=len(paths) == 1) + "\n")
            elif fmt == "markdown":
                out.write(write_markdown(article))
            else:
                out.write(render_report(doc.to_dict(), color=color, width=_width(out)))
        if failures == len(paths):
            raise _Abort()
    if failures:
        sys.exit(EXIT_INPUT)


class _Abort(Exception):
    """Every input failed: leave `--output` untouched and exit with the input-error status."""


def _width(out: IO[str]) -> int | None:
    return shutil.get_terminal_size().columns if out is sys.stdout and out.isatty() else None


@contextmanager
def _destination(output: str | None) -> Iterator[IO[str]]:
    """Standard output, or a temporary file beside OUTPUT that replaces it only on success."""
    if output is None:
        try:
            yield sys.stdout
        except _Abort:
            sys.exit(EXIT_INPUT)
        return
    target = Path(output)
    if not target.parent.is_dir():
        raise click.BadParameter(f"folder {str(target.parent)!r} does not exist", param_hint="--output")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            yield fh
        os.replace(tmp, target)
    except _Abort:
        os.unlink(tmp)
        sys.exit(EXIT_INPUT)
    except BaseException:
        os.unlink(tmp)
        raise
