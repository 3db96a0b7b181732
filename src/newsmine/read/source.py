"""Load an input's bytes (size-limited, gunzipped) and decode them as text, one clear error per failure."""

from __future__ import annotations

import gzip
import io
import os
import stat
import sys
import zlib
from pathlib import Path
from typing import BinaryIO

from newsmine.errors import UnreadableInput

STDIN = "-"
_SNIFF = 8192
MAX_INPUT_BYTES = 20 * 1024 * 1024
"""The largest input newsmine reads (20 MiB): a file, standard input, a page after decompression."""


def load_bytes(source: str, limit: int = MAX_INPUT_BYTES) -> bytes:
    """The raw bytes of a regular file, or of standard input for `-`, at most LIMIT of them.

    Devices, FIFOs and sockets (and symlinks to them) are refused before anything is read from them.
    """
    if source == STDIN:
        return _bounded(source, sys.stdin.buffer, limit)
    with open_regular(source) as fh:
        size = os.fstat(fh.fileno()).st_size
        if size > limit:
            raise UnreadableInput(source, f"is {mib(size)}, over the {mib(limit)} limit for one input")
        try:
            return _bounded(source, fh, limit)
        except OSError as exc:
            raise UnreadableInput(source, f"cannot be read ({exc.strerror or exc})") from None


def open_regular(source: str) -> BinaryIO:
    """Open a regular file for reading (the caller closes it). Devices, FIFOs and sockets (and
    symlinks to them) are refused with UnreadableInput before anything is read from them."""
    path = Path(source)
    if not path.exists():
        raise UnreadableInput(source, "no such file")
    if path.is_dir():
        raise UnreadableInput(source, "is a directory, not a file")
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise UnreadableInput(source, f"cannot be read ({exc.strerror or exc})") from None
    fh = os.fdopen(fd, "rb")
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        fh.close()
        raise UnreadableInput(source, f"is {_KINDS.get(stat.S_IFMT(mode), 'a special file')}, not a regular file")
    return fh


_KINDS = {stat.S_IFCHR: "a character device", stat.S_IFBLK: "a block device", stat.S_IFIFO: "a FIFO (named pipe)",
          stat.S_IFSOCK: "a socket"}


def _bounded(source: str, fh: BinaryIO, limit: int) -> bytes:
    data = fh.read(limit + 1)
    if len(data) > limit:
        raise UnreadableInput(source, f"is over the {mib(limit)} limit for one input")
    return data


def mib(n: int) -> str:
    """A byte count in MiB, for messages."""
    return f"{n / (1024 * 1024):.0f} MiB"


def decode_text(source: str, data: bytes) -> str:
    """Decode UTF-8 text (a BOM is dropped); refuse binary, undecodable and empty input."""
    if b"\x00" in data[:_SNIFF]:
        raise UnreadableInput(source, "is a binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UnreadableInput(
            source, f"is not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None
    if not text.strip():
        raise UnreadableInput(source, "is empty")
    return text


def load_text(source: str) -> str:
    """`load_bytes` then `decode_text`."""
    return decode_text(source, load_bytes(source))


def load_input(source: str) -> bytes:
    """An input's bytes, at most MAX_INPUT_BYTES of them after decompression; gzip is decompressed."""
    data = load_bytes(source)
    if source.lower().endswith(".gz") or data[:2] == b"\x1f\x8b":
        data = _gunzip(source, data)
    return data


def _gunzip(source: str, data: bytes) -> bytes:
    if data[:2] != b"\x1f\x8b":
        raise UnreadableInput(source, "is named .gz but is not gzip-compressed")
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as fh:
            out = fh.read(MAX_INPUT_BYTES + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise UnreadableInput(source, f"is a broken gzip file ({exc})") from None
    if len(out) > MAX_INPUT_BYTES:
        raise UnreadableInput(source, f"is over the {mib(MAX_INPUT_BYTES)} limit for one input once decompressed")
    return out
