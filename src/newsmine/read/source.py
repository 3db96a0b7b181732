"""Load an input's bytes (size-limited, gunzipped) and decode them as text, one clear error per failure."""

from __future__ import annotations

import gzip
import io
import sys
import zlib
from pathlib import Path

from newsmine.errors import UnreadableInput

STDIN = "-"
_SNIFF = 8192
MAX_PAGE_BYTES = 20 * 1024 * 1024
"""The largest input newsmine reads (20 MiB, after decompression): real articles are far smaller."""


def load_bytes(source: str) -> bytes:
    """The raw bytes of a path, or of standard input for `-`."""
    if source == STDIN:
        return sys.stdin.buffer.read()
    path = Path(source)
    if not path.exists():
        raise UnreadableInput(source, "no such file")
    if path.is_dir():
        raise UnreadableInput(source, "is a directory, not a file")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise UnreadableInput(source, f"cannot be read ({exc.strerror or exc})") from None


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
    """An input's bytes: refuse files over MAX_PAGE_BYTES and broken gzip; gzip is decompressed."""
    path = Path(source)
    if source != STDIN and path.is_file() and path.stat().st_size > MAX_PAGE_BYTES:
        raise UnreadableInput(source, f"is {_mib(path.stat().st_size)}, over the {_mib(MAX_PAGE_BYTES)} limit for a page")
    data = load_bytes(source)
    if source.lower().endswith(".gz") or data[:2] == b"\x1f\x8b":
        data = _gunzip(source, data)
    if len(data) > MAX_PAGE_BYTES:
        raise UnreadableInput(source, f"is over the {_mib(MAX_PAGE_BYTES)} limit for a page once decompressed")
    return data


def _gunzip(source: str, data: bytes) -> bytes:
    if data[:2] != b"\x1f\x8b":
        raise UnreadableInput(source, "is named .gz but is not gzip-compressed")
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as fh:
            out = fh.read(MAX_PAGE_BYTES + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise UnreadableInput(source, f"is a broken gzip file ({exc})") from None
    return out


def _mib(n: int) -> str:
    return f"{n / (1024 * 1024):.0f} MiB"
