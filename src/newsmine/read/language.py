"""Guess an article's language and, for Chinese, its script (simplified or traditional)."""

from __future__ import annotations

import re
from functools import cache

import opencc

from newsmine.data import lines


def is_cjk(ch: str) -> bool:
    """A CJK unified ideograph (basic block or extension A) or a compatibility ideograph."""
    o = ord(ch)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF


@cache
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def detect(text: str) -> tuple[str | None, str | None]:
    """(language, script): `zh` with `simplified`/`traditional`; Latin-script text by its function words
    (`en`, `fr`, `de`, …), None when they name no language."""
    cjk = [c for c in text if is_cjk(c)]
    letters = sum(1 for c in text if c.isalpha() and (c.isascii() or "\u00c0" <= c <= "\u024f" or "\u1e00" <= c <= "\u1eff"))
    if not cjk and not letters:
        return None, None
    if len(cjk) < letters / 4:
        return latin_language(text), None
    chars = set(cjk)
    t2s, s2t = _converter("t2s"), _converter("s2t")
    traditional = sum(1 for c in chars if t2s.convert(c) != c)
    simplified = sum(1 for c in chars if s2t.convert(c) != c)
    return "zh", "traditional" if traditional > simplified else "simplified"


_WORD = re.compile(r"[^\W\d_]+")
MIN_SHARE = 0.2
"""The share of a text's words that must be one language's function words (about 0.4 in running prose)."""


@cache
def _function_words() -> dict[str, frozenset[str]]:
    return {lang: frozenset(words.split()) for lang, words in (line.split("\t") for line in lines("function_words"))}


def latin_language(text: str) -> str | None:
    """The language whose function words make up most of the text's words, if they make up a fifth."""
    tokens = [w.lower() for w in _WORD.findall(text[:20000])]
    if not tokens:
        return None
    counts = {lang: sum(1 for t in tokens if t in vocab) for lang, vocab in _function_words().items()}
    best = max(counts, key=lambda lang: counts[lang])
    return best if counts[best] >= MIN_SHARE * len(tokens) else None
