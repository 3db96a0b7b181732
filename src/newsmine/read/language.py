"""Guess an article's language and, for Chinese, its script (simplified or traditional)."""

from __future__ import annotations

from functools import cache

import opencc


def is_cjk(ch: str) -> bool:
    """A CJK unified ideograph (basic block or extension A) or a compatibility ideograph."""
    o = ord(ch)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF


@cache
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def detect(text: str) -> tuple[str | None, str | None]:
    """(language, script): `zh` with `simplified`/`traditional`, `en`-like Latin text as `en`."""
    cjk = [c for c in text if is_cjk(c)]
    letters = sum(1 for c in text if c.isalpha() and c.isascii())
    if not cjk and not letters:
        return None, None
    if len(cjk) < letters / 4:
        return "en", None
    chars = set(cjk)
    t2s, s2t = _converter("t2s"), _converter("s2t")
    traditional = sum(1 for c in chars if t2s.convert(c) != c)
    simplified = sum(1 for c in chars if s2t.convert(c) != c)
    return "zh", "traditional" if traditional > simplified else "simplified"
