"""Companies and platforms named where only an organisation stands: right before a word that only a
company or platform has (美团|创始人, 某某|旗下, 某某|股价, 某某|官方微博), before a listing's code
in brackets (同程旅行（780）), right after 母公司 or 子公司, and between 据 and 统计 or 数据. The tagger reads many such names as common words in pieces
(拼|多多, 天眼|查, 蔚|来); a name is taken when it is not one common word of its own (官方|微博) nor
common words only (市场|研究), and the words before it stop at a verb, preposition or mark. Before
数据显示 a name is not taken: a statistic's source is as often no organisation as one. A step of
`analyze/candidates.py` (`org_contexts`); the words are `data/org_context_words.tsv`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from newsmine import data
from newsmine.analyze import gazetteer
from newsmine.analyze.common_words import made_of
from newsmine.analyze.kind_lists import member_words, placed_organisations
from newsmine.analyze.mentions import Candidate
from newsmine.analyze.tagger import Token
from newsmine.analyze.text import alternation, ending_at

_LONGEST = 8
# a listing's code in brackets after a company's name: Hong Kong's four digits or five from 0 (9988,
# 00700.HK), the mainland's six from 0, 3, 6 or 8 (600519.SH), SZ000001, a US ticker (BABA.N); not an
# index's level (恒指|（19786）)
_STOCK_CODE = re.compile(r"[（(](?:(?:\d{3,4}|0\d{4}|[0368]\d{5})(?:\.(?:HK|SH|SZ|SS))?|(?:SH|SZ)\d{6}"
                         r"|[A-Z]{1,5}\.(?:US|N|O|HK))[)）]")
_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z0-9·&]{2,8}")
_NOT_IN_NAMES = frozenset("的了这那些其各该本们是在和与及或着不未没")
# the tagger's classes of words a name does not hold, and one-character verbs that take an object
# (让|某某, 使|某某) rather than begin a name
_FUNCTION = frozenset({"p", "u", "c", "d", "r", "f", "w", "q", "m", "TIME", "vd", "ad", "xc"})
_STOPS = _FUNCTION | {"LOC"}
_OBJECT_VERBS = frozenset("是有让使给令叫称说指问道要会将被把对向从由为兼任")
_COMMON = frozenset({"n", "vn", "v", "a", "an", "ad", "s", "nw"})


@cache
def _pattern(mark: str) -> re.Pattern[str]:
    return re.compile(alternation(data.marked("org_context_words", mark)))


def org_contexts(folded: str, tokens: tuple[Token, ...], candidates: list[Candidate]) -> list[Candidate]:
    """`candidates` with the names written where only an organisation stands made organisations."""
    starts = [t.start for t in tokens]
    starts_set, ends = set(starts), {t.end: k for k, t in enumerate(tokens)}
    spans: list[tuple[int, int]] = []
    titles = data.words("titles")
    for m in _pattern("after").finditer(folded):
        title = ending_at(folded, m.end(), titles)
        if title is not None and len(title) > len(m.group()):
            continue  # 行政|总裁: a longer title, not a name before 总裁
        if m.start() in ends and (start := _back(folded, tokens, ends[m.start()])) is not None:
            spans.append((start, m.start()))
    for m in _pattern("before").finditer(folded):
        k = bisect_left(starts, m.end())
        if k < len(tokens) and tokens[k].start == m.end() and (end := _on(tokens, k)) is not None:
            spans.append((m.end(), end))
    listed = []
    for m in _STOCK_CODE.finditer(folded):
        if m.start() in ends and (start := _back(folded, tokens, ends[m.start()], listed=True)) is not None:
            listed.append((start, m.start()))  # 同程旅行（780）: a listed company, whatever words name it
    for m in re.finditer("据", folded):
        src = next((m.end() + n for n in range(2, 7) if _pattern("source").match(folded, m.end() + n)), None)
        if src is not None and m.end() in starts_set and src in ends:
            spans.append((m.end(), src))  # 据|某某|统计
    names = [(s, e) for s, e in spans if _could_name(folded, tokens, starts, s, e)]
    names += [(s, e) for s, e in listed if _could_name(folded, tokens, starts, s, e, common=True)]
    return placed_organisations(candidates, names)


@cache
def _context_words() -> frozenset[str]:
    """The words of `data/org_context_words.tsv`: none is part of the name they stand next to (抖音|旗下)."""
    return data.words("org_context_words")


def _back(folded: str, tokens: tuple[Token, ...], k: int, listed: bool = False) -> int | None:
    """Where a name ending with token `k` starts: back over words that may be part of a name to a stop;
    None when eight characters pass without one (the name's start is then not known). Before a
    listing's code (`listed`) the last word may be any but a function word (蓝山|旅行/v（1587）)."""
    end, start = tokens[k].end, None
    while k >= 0:
        tok = tokens[k]
        lenient = listed and start is None and tok.tag not in _FUNCTION
        if not lenient and (_stops(tok) or tok.word in member_words() or tok.word in _context_words()
                            or (start is not None and tok.tag == "v" and tokens[k + 1].tag in ("ORG", "nz"))):
            return start  # 推升|阿里: a verb before a name
        if folded[tok.start : tok.end].strip() != tok.word:
            return start
        if end - tok.start > _LONGEST:
            return None
        start = tok.start
        k -= 1
    return start


def _on(tokens: tuple[Token, ...], k: int) -> int | None:
    """Where a name starting with token `k` ends: on over words that may be part of a name to a stop."""
    begin, stop = tokens[k].start, None
    while k < len(tokens):
        tok = tokens[k]
        if _stops(tok) or tok.word in member_words() or tok.word in _context_words():
            return stop
        if tok.end - begin > _LONGEST:
            return None
        stop = tok.end
        k += 1
    return stop


def _stops(tok: Token) -> bool:
    """Whether a word cannot be part of a name: a function word, a time, a count, a place,
    a verb of two characters or more (宣布, 表示), a one-character verb that takes an object (让)."""
    return tok.tag in _STOPS or (tok.tag == "v" and (len(tok.word) > 1 or tok.word in _OBJECT_VERBS))


def _could_name(folded: str, tokens: tuple[Token, ...], starts: list[int], start: int, end: int,
                common: bool = False) -> bool:
    """Whether `start`…`end` may be a company's name: two to eight characters, no particle or pronoun,
    no word for a kind or trade alone, no place, and (unless `common`: a listing's code says it names a
    company) not one common word (官方, 研究) nor common words of two characters or more only (市场|
    研究); a Latin word is a name unless it names an indicator."""
    word = folded[start:end]
    if not _NAME.fullmatch(word) or _NOT_IN_NAMES & set(word) or made_of(word, member_words()) \
            or gazetteer.lookup(word) == "LOC" or word in data.words("titles"):
        return False
    if word.isascii():
        return word.upper() not in data.marked("org_context_words", "not") and not word.isdigit()
    k = bisect_left(starts, start)
    inside = [t for t in tokens[k:] if t.end <= end]
    if len(inside) == 1 and inside[0].tag == "PER":
        return False  # 马云|旗下: a person's, not a company (but 小鹿|茶|创始人 is one)
    return common or not all(t.tag in _COMMON and len(t.word) >= 2 for t in inside)
