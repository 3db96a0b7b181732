"""Glossed medicines, products and works (`analyze/glosses.py`): a drug's Chinese name before its
international name in small letters (减肥药|司美格鲁肽（semaglutide）), read past the word saying it is a
drug that the tagger glues to it; a name after a word saying it names a medicine, a product, an app or a
work (抗病毒药物|帕罗韦德（Paxlovid）), which is a term of no type, not a person.
"""

from __future__ import annotations

import re

from newsmine import data
from newsmine.analyze.gloss_phrases import BREAK_TAGS, SUFFIX_MAX
from newsmine.analyze.text import ending_at
from newsmine.analyze.token_index import TokenIndex
from newsmine.names import is_han

_DRUG_MAX = 12  # the longest run of characters read back for a drug's name with the words before it
_SMALL_WORD = re.compile(r"[a-z]{5,}")


def is_drug_name(original: str) -> bool:
    """Whether a one-word original in small letters is a medicine's international name: it ends in one
    of the stems of data/inn_stems.tsv (semaglutide, osimertinib, remdesivir)."""
    word = original.strip()
    return bool(_SMALL_WORD.fullmatch(word)) and any(
        word.endswith(stem) and len(word) > len(stem) + 2 for stem in data.words("inn_stems"))


def drug_term_start(folded: str, words: TokenIndex, end: int, floor: int) -> int | None:
    """Where a drug's Chinese name ending at `end` begins: the Chinese words back to a break, after
    the last word saying what it is (药物, 降糖药, 疫苗: data/product_cues.tsv) inside them; None when
    fewer than two characters are left."""
    start, i = end, words.ending_at(end)
    while i is not None and i >= 0:
        tok = words.tokens[i]
        breaks = start < end and tok.tag in BREAK_TAGS | {"c", "v"}  # the name itself may be read as anything
        if tok.start < floor or end - tok.start > _DRUG_MAX or breaks or not all(is_han(c) for c in tok.word):
            break
        start, i = tok.start, i - 1
    cues = data.words("product_cues")
    for at in range(end - 2, start, -1):
        if ending_at(folded, at, cues, SUFFIX_MAX) is not None:
            return at
    return start if end - start >= 2 else None


def described_product(folded: str, start: int, floor: int) -> bool:
    """Whether a word saying the name is a medicine, a product or a work (data/product_cues.tsv) ends
    right before `start`."""
    return start - floor >= 1 and ending_at(folded, start, data.words("product_cues"), SUFFIX_MAX) is not None
