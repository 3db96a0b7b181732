"""`text.alternation`: a trie regex that finds what a longest-first list of the words finds, also
when a node has so many branches that they are split into look-ahead groups."""

import re

from newsmine.analyze.text import alternation

# More than sixteen first characters (so the root is grouped), and under 中 more than sixteen second
# characters (so an inner node is too); a few characters that are special inside a character class.
WORDS = [
    "选举", "选民", "议会", "议员", "总统", "总理", "外交", "外长", "贸易", "关税", "通胀", "利率",
    "股市", "债券", "地震", "洪水", "台风", "疫苗", "医院", "学校", "警方", "法院", "判决", "军队",
    "导弹", "停火", "谈判", "峰会", "制裁", "难民", "移民", "能源", "石油", "天然气", "电网", "芯片",
    "中国", "中国队", "中国人民", "中东", "中央", "中美", "中欧", "中非", "中日", "中俄", "中印",
    "中方", "中国政府", "中期", "中学", "中医", "中心", "中止", "中断", "中标", "中资", "中性",
    "C-919", "A^B", "x]y", "back\\slash", "G7", "G20", "-3℃", "^上", "]号", "\\转",
]
TEXT = (
    "中国政府与中欧议会在峰会上讨论关税、通胀与利率；中国队赢球后中美外长谈判停火。"
    "台风过后医院与学校复课，难民与移民安置；C-919 试飞，G20 与 G7 讨论能源、石油与天然气，"
    "A^B 与 x]y 与 back\\slash 只是记号，气温-3℃，^上 ]号 \\转。中资中标芯片项目，中断又中止。中学的中医课中性。"
)


def _longest_first() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in sorted(WORDS, key=len, reverse=True)))


def test_matches_are_those_of_a_longest_first_list() -> None:
    pattern = re.compile(alternation(WORDS))
    assert [m.span() for m in pattern.finditer(TEXT)] == [m.span() for m in _longest_first().finditer(TEXT)]
    assert "中国政府" in [m.group() for m in pattern.finditer(TEXT)]


def test_many_branches_are_grouped_behind_look_aheads() -> None:
    assert "(?=[" in alternation(WORDS)
    assert "(?=[" not in alternation(WORDS[:10])


def test_every_bound_of_a_search_agrees() -> None:
    pattern, plain = re.compile(alternation(WORDS)), _longest_first()
    for pos in range(0, len(TEXT), 3):
        for endpos in range(pos, len(TEXT) + 1, 5):
            got, want = pattern.search(TEXT, pos, endpos), plain.search(TEXT, pos, endpos)
            assert (got.span() if got else None) == (want.span() if want else None)
