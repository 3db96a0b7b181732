"""A page's bytes from disk: size-limited, gzip-decompressed for `.gz`, one clear error per failure."""

from __future__ import annotations

import gzip
import io
import zlib

from newsmine.errors import UnreadableInput
from newsmine.read.source import MAX_INPUT_BYTES, load_bytes, mib

MAX_PAGE_BYTES = MAX_INPUT_BYTES
"""The largest page newsmine reads (20 MiB, after decompression): real article pages are far smaller."""


def load_page_bytes(source: str) -> bytes:
    """The page's bytes; refuse files over MAX_PAGE_BYTES and broken gzip."""
    data = load_bytes(source, MAX_PAGE_BYTES)
    if source.lower().endswith(".gz") or data[:2] == b"\x1f\x8b":
        data = _gunzip(source, data)
    if len(data) > MAX_PAGE_BYTES:
        raise UnreadableInput(source, f"is over the {mib(MAX_PAGE_BYTES)} limit for a page once decompressed")
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
