"""Where a command's output goes: standard output, or a file written whole or not at all."""

from __future__ import annotations

import os
import shutil
import signal
import stat
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
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

    The new file gets the mode (and, where allowed, the owner) of the file it replaces, else the
    umask's; a character device or FIFO (`/dev/stdout`) is written through; a symlink or any other
    special file is refused. SIGTERM and SIGHUP remove the temporary file; a failed write is one line.
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
    try:
        if _written_through(target):
            with _stoppable(), target.open("w", encoding="utf-8") as fh:
                yield fh
            return
        with _stoppable(), _replacing(target) as fh:
            yield fh
    except NothingWritten:
        sys.exit(EXIT_INPUT)
    except OSError as exc:
        fail(f"{output}: not written ({exc.strerror or exc})")
        sys.exit(1)


def _written_through(target: Path) -> bool:
    """True for a character device or FIFO (written in place); refuse symlinks and other special files."""
    kind = os.stat(target).st_mode if target.exists() else None
    if kind is not None and (stat.S_ISCHR(kind) or stat.S_ISFIFO(kind)):
        return True
    if target.is_symlink():
        raise click.BadParameter(f"{str(target)!r} is a symbolic link; give the file itself", param_hint="--output")
    if kind is not None and not stat.S_ISREG(kind):
        raise click.BadParameter(f"{str(target)!r} is not a regular file", param_hint="--output")
    return False


@contextmanager
def _replacing(target: Path) -> Iterator[IO[str]]:
    """A temporary file beside TARGET, renamed over it when the block ends without an exception."""
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        old = os.stat(target) if target.exists() else None
        os.fchmod(fd, stat.S_IMODE(old.st_mode) if old else 0o666 & ~_umask())
        if old is not None and hasattr(os, "fchown"):
            with suppress(OSError):
                os.fchown(fd, old.st_uid, old.st_gid)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            yield fh
        os.replace(tmp, target)
    except BaseException:
        with suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@contextmanager
def _stoppable() -> Iterator[None]:
    """SIGTERM and SIGHUP end the command through SystemExit, so that temporary files are removed."""
    signals = [s for s in (signal.SIGTERM, getattr(signal, "SIGHUP", None)) if s is not None]
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {s: signal.signal(s, _exit_on_signal) for s in signals}
    try:
        yield
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)


def _exit_on_signal(signum: int, frame: object) -> None:
    raise SystemExit(128 + signum)


def bom_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """`--bom`: start CSV with a byte-order mark, so that Excel reads it as UTF-8."""
    return click.option("--bom", is_flag=True, help="With --format csv: start with a UTF-8 byte-order mark "
                        "(for Excel).")(func)


def refuse_options(given: dict[str, object], reason: str) -> None:
    """A usage error naming the options (`{"--db": value}`) that were given but do not apply."""
    used = [name for name, value in given.items() if value not in (None, False, ())]
    if used:
        raise click.UsageError(f"{', '.join(used)} {reason}")
