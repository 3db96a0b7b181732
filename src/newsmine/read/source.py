"""Load an input's bytes and decode them as text, with one clear error per way it can fail."""

from __future__ import annotations

import sys
from pathlib import Path

from newsmine.errors import UnreadableInput

STDIN = "-"
_SNIFF = 8192


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
