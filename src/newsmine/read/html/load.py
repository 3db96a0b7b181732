"""A page's bytes from disk: size-limited, gzip-decompressed for `.gz`, one clear error per failure."""

from __future__ import annotations

import gzip
import io
import zlib
from pathlib import Path

from newsmine.errors import UnreadableInput
from newsmine.read.source import load_bytes

MAX_PAGE_BYTES = 20 * 1024 * 1024
"""The largest page newsmine reads (20 MiB, after decompression): real article pages are far smaller."""


def load_page_bytes(source: str) -> bytes:
    """The page's bytes; refuse files over MAX_PAGE_BYTES and broken gzip."""
    path = Path(source)
    if path.is_file() and path.stat().st_size > MAX_PAGE_BYTES:
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
