"""Decode a web page's bytes: the declared charset is checked against the bytes, never trusted.

Order of evidence: a byte-order mark; valid UTF-8 with non-ASCII bytes (a legacy charset almost
never decodes as UTF-8 by accident, while pages that declare GB2312 and are stored as UTF-8 are
common); the charset the page declares (`<meta charset>`, `http-equiv`, an XML declaration), read
with its superset (GB2312/GBK → GB18030, Big5 → Big5-HKSCS, Latin-1/ASCII → Windows-1252); then
GB18030 and Big5, the commoner of the two by character frequency when both decode; and when no
charset decodes every byte, the one with the fewest undecodable bytes.
"""

from __future__ import annotations

import codecs
import re
from functools import cache

from newsmine.data import lines
from newsmine.errors import UnreadableInput

_SNIFF = 4096
_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)|<[?\w][^>]*\sencoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)
_SUPERSETS = {
    "gb2312": "gb18030", "gbk": "gb18030", "gb18030": "gb18030", "x-gbk": "gb18030",
    "big5": "big5hkscs", "big5hkscs": "big5hkscs", "big5-hkscs": "big5hkscs", "cp950": "big5hkscs",
    "latin-1": "cp1252", "iso8859-1": "cp1252", "ascii": "cp1252", "us-ascii": "cp1252",
}
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first bytes, as a Python codec name, or None."""
    m = _DECLARED.search(data[:_SNIFF])
    if not m:
        return None
    return codec_of((m.group(1) or m.group(2)).decode("ascii"))


def codec_of(charset: str) -> str | None:
    """A charset name (`GB2312`, `utf8`, `ISO-8859-1`) as the Python codec that reads it, widened to
    its superset; None for a name Python does not know."""
    name = charset.strip().strip("\"'").lower()
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    return _SUPERSETS.get(codec, _SUPERSETS.get(name, codec))


def decode_page(source: str, data: bytes, *, charset: str | None = None) -> tuple[str, str]:
    """(text, codec used). Raise UnreadableInput for empty or binary input.

    `charset` is the one an HTTP `Content-Type` header declared. It is tried before the page's own
    declaration (as browsers do), except that a Latin-1 header beside a page that declares another
    charset yields to the page: Latin-1 is many servers' default, and it decodes any bytes at all.
    """
    if not data.strip():
        raise UnreadableInput(source, "is empty")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace"), codec
    if b"\x00" in data[:_SNIFF]:
        raise UnreadableInput(source, "is a binary file, not a web page")
    if data.isascii():
        return data.decode("ascii"), "ascii"
    if (text := _strict(data, "utf-8")) is not None:
        return text, "utf-8"
    declared = declared_charset(data)
    header = codec_of(charset) if charset else None
    order = [header, declared] if not (header == "cp1252" and declared) else [declared, header]
    for codec in dict.fromkeys(c for c in order if c and c != "utf-8"):
        if (text := _strict(data, codec)) is not None:
            return text, codec
    decoded = {c: t for c in ("gb18030", "big5hkscs") if (t := _strict(data, c)) is not None}
    if decoded:
        codec = max(decoded, key=lambda c: _commonness(decoded[c]))
        return decoded[codec], codec
    lossy = {c: data.decode(c, errors="replace")
             for c in dict.fromkeys([header or declared or "utf-8", "utf-8", "gb18030", "big5hkscs"])}
    codec = min(lossy, key=lambda c: (lossy[c].count("\ufffd"), -_commonness(lossy[c])))
    return lossy[codec], codec


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


@cache
def _common_hanzi() -> frozenset[str]:
    return frozenset(c for line in lines("common_hanzi") for c in line.split("\t") if c)


def _commonness(text: str) -> int:
    common = _common_hanzi()
    return sum(1 for ch in text[:200_000] if ch in common)
