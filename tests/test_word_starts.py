"""WordStarts finds what the lexicon's regex alternation finds, clause by clause."""

import re

from newsmine.analyze.text import alternation
from newsmine.analyze.word_starts import WordStarts

WORDS = ["会见", "会", "会谈", "审查", "调查", "逮捕", "到", "访华"]
TEXT = "外长周三抵京访华，与王部长会谈；警方随后对该公司展开调查，并逮捕两人。审查委员会到场"


def _search(pattern: re.Pattern[str], pos: int, endpos: int) -> tuple[int, int] | None:
    m = pattern.search(TEXT, pos, endpos)
    return m.span() if m else None


def test_search_agrees_with_the_alternation_at_every_bound() -> None:
    pattern = re.compile(alternation(WORDS))
    found = WordStarts(TEXT, WORDS, pattern)
    for pos in range(len(TEXT) + 1):
        for endpos in range(pos, len(TEXT) + 1):
            m = found.search(pos, endpos)
            assert (m.span() if m else None) == _search(pattern, pos, endpos)


def test_the_longest_word_that_fits_before_the_bound_wins() -> None:
    pattern = re.compile(alternation(WORDS))
    found = WordStarts(TEXT, WORDS, pattern)
    start = TEXT.index("会谈")
    assert found.search(start, len(TEXT)).group() == "会谈"  # type: ignore[union-attr]
    assert found.search(start, start + 1).group() == "会"  # type: ignore[union-attr]
    assert found.search(TEXT.index("两人"), TEXT.index("审查")) is None
