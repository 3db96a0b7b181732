"""Where a command's output goes: standard output, or a file written whole or not at all."""

from __future__ import annotations

import os
import shutil
import stat
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import click

EXIT_INPUT = 2


class NothingWritten(Exception):
    """Raise inside `destination` when every input failed: `--output` is left untouched."""


def fail(message: str) -> None:
    """One line on standard error, prefixed with the program's name."""
    click.echo(f"newsmine: {message}", err=True)


UNWRAPPED = 100_000
"""The width tables get when they do not go to a terminal: one row a line, never folded."""


def table_width(out: IO[str]) -> int:
    """The terminal's width for a table on an interactive standard output, else UNWRAPPED."""
    return terminal_width(out) or UNWRAPPED


def terminal_width(out: IO[str]) -> int | None:
    """The terminal's width when writing to an interactive standard output, else None."""
    return shutil.get_terminal_size().columns if out is sys.stdout and out.isatty() else None


@contextmanager
def destination(output: str | None) -> Iterator[IO[str]]:
    """Standard output, or a temporary file beside OUTPUT that replaces it only on success.

    `NothingWritten` raised inside the block exits with status 2 and leaves OUTPUT as it was.
    """
    if output is None:
        try:
            yield sys.stdout
        except NothingWritten:
            sys.exit(EXIT_INPUT)
        return
    target = Path(output)
    if not target.parent.is_dir():
        raise click.BadParameter(f"folder {str(target.parent)!r} does not exist", param_hint="--output")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        os.fchmod(fd, _mode_for(target))  # mkstemp makes 0600; the output is an ordinary file
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            yield fh
        os.replace(tmp, target)
    except NothingWritten:
        os.unlink(tmp)
        sys.exit(EXIT_INPUT)
    except BaseException:
        os.unlink(tmp)
        raise


def _mode_for(target: Path) -> int:
    """The permissions of the file being replaced, else those the umask gives a new file."""
    if target.is_file():
        return stat.S_IMODE(target.stat().st_mode)
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def bom_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """`--bom`: start CSV with a byte-order mark, so that Excel reads it as UTF-8."""
    return click.option("--bom", is_flag=True, help="With --format csv: start with a UTF-8 byte-order mark "
                        "(for Excel).")(func)


def refuse_options(given: dict[str, object], reason: str) -> None:
    """A usage error naming the options (`{"--db": value}`) that were given but do not apply."""
    used = [name for name, value in given.items() if value not in (None, False, ())]
    if used:
        raise click.UsageError(f"{', '.join(used)} {reason}")
