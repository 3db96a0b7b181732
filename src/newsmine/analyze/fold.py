"""Folding for lookup: width, variant characters and traditional → simplified, one character at a time.

The folded text has the same length as the original, so offsets found in it hold for `Doc.text`;
it is used for matching only, and everything shown keeps the article's own characters.
"""

from __future__ import annotations

from functools import cache

from newsmine.analyze.text import normalise


@cache
def _converter():  # type: ignore[no-untyped-def]
    import opencc

    return opencc.OpenCC("t2s")


@cache
def _simplified(ch: str) -> str:
    out = _converter().convert(ch)
    return out if len(out) == 1 else ch


def fold(text: str) -> str:
    """`text` normalised (NFKC, variants) and simplified, character by character; same length."""
    return "".join(_simplified(ch) if ord(ch) >= 0x3400 else ch for ch in normalise(text))
