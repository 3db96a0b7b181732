"""Companies and platforms named where only an organisation stands: right before a word that only a
company or platform has (蔚来|CEO, 某某|旗下, 某某|股价, 某某|官方微博), right after 母公司 or 子公司,
between 据 and 统计 or 数据, and in quotation marks after a founding verb or a word for a shop (创办了
“某某”, 日料连锁店“某某”). The tagger reads many such names as common words in pieces
(拼|多多, 天眼|查, 蔚|来); a name is taken when it is not one common word of its own (官方|微博) nor
common words only (市场|研究), the words before it stop at a verb, preposition or mark, and no other
source read a name there (the tagger's 马云 in 马云|旗下 stays a person). Before
数据显示 a name is not taken: a statistic's source is as often no organisation as one. A step of
`analyze/candidates.py` (`org_contexts`); the words are `data/org_context_words.tsv`.
"""

from __future__ import annotations

import re
from functools import cache

from newsmine import data
from newsmine.analyze import gazetteer
from newsmine.analyze.common_words import made_of
from newsmine.analyze.kind_lists import NOT_IN_NAMES, member_words, placed_organisations
from newsmine.analyze.mentions import Candidate
from newsmine.analyze.tagger import Token
from newsmine.analyze.text import alternation, ending_at
from newsmine.analyze.token_index import TokenIndex

_LONGEST = 8
_NAME = re.compile(r"[\u4e00-\u9fffA-Za-z0-9·&]{2,8}")
# the tagger's classes of words a name does not hold, and one-character verbs that take an object
# (让|某某, 使|某某) rather than begin a name
_STOPS = frozenset({"p", "u", "c", "d", "r", "f", "w", "q", "m", "TIME", "vd", "ad", "xc", "LOC"})
_OBJECT_VERBS = frozenset("是有让使给令叫称说指问道要会将被把对向从由为兼任")
_PROPER = frozenset({"ORG", "nz", "PER", "j"})
_DETERMINERS = frozenset("某该这那此其各每家")  # 某, 该, 这家, 一家 … before a body: no name follows
_COMMON = frozenset({"n", "vn", "v", "a", "an", "ad", "s", "nw"})


@cache
def _pattern(mark: str) -> re.Pattern[str]:
    return re.compile(alternation(data.marked("org_context_words", mark)))


def org_contexts(folded: str, tokens: tuple[Token, ...], candidates: list[Candidate]) -> list[Candidate]:
    """`candidates` with the names written where only an organisation stands made organisations."""
    words = TokenIndex(tokens)
    spans: list[tuple[int, int]] = []
    titles = data.words("titles")
    for m in _pattern("after").finditer(folded):
        title = ending_at(folded, m.end(), titles)
        if title is not None and len(title) > len(m.group()):
            continue  # 行政|总裁: a longer title, not a name before 总裁
        if (k := words.ending_at(m.start())) is not None and (start := _back(folded, tokens, k)) is not None:
            spans.append((start, m.start()))
    for m in _pattern("before").finditer(folded):
        k = words.last_starting_at_or_before(m.end())
        if k >= 0 and tokens[k].start == m.end() and (end := _on(tokens, k)) is not None:
            spans.append((m.end(), end))
    for m in re.finditer("据", folded):
        src = next((m.end() + n for n in range(2, 7) if _pattern("source").match(folded, m.end() + n)), None)
        if src is not None and words.starting_in(m.end(), m.end() + 1) and words.ending_at(src) is not None:
            spans.append((m.end(), src))  # 据|某某|统计
    names = [(s, e) for s, e in spans if _could_name(folded, words, s, e)]
    # where another source found a name, its reading stands (the tagger's 阿里 in 推升|阿里|股价), but
    # not inside quotation marks, which set the name's bounds (创立了“中国|黄页”)
    free = [(s, e) for s, e in names if not any(c.start < e and s < c.end for c in candidates)]
    return placed_organisations(candidates, free + _quoted(folded))


_QUOTE = r"[“「]([^“”「」，。！？,!?\n]{2,12})[”」]"
_PROGRAMME_WORDS = ("项目", "计划", "工程", "行动", "活动", "系列", "小组", "工作组")


@cache
def _quoted_names() -> re.Pattern[str]:
    """A founding verb or a word for a shop and one or more quoted names after it (创办了“甲”和“乙”,
    日料连锁店“某某”)."""
    words = alternation(data.marked("org_context_words", "quoted"))
    return re.compile(rf"(?:{words})了?{_QUOTE}(?:(?:和|、|及|与){_QUOTE})*")


def _quoted(folded: str) -> list[tuple[int, int]]:
    """The quoted names after a founding verb or a shop's word, each standing alone."""
    out = []
    for m in _quoted_names().finditer(folded):
        for q in re.finditer(_QUOTE, m.group()):
            start, end = m.start() + q.start(1), m.start() + q.end(1)
            if not _named_further(folded, end + 1):
                out.append((start, end))
    return out


def _named_further(folded: str, pos: int) -> bool:
    """Whether the words after a closing quotation mark go on naming (“某某”研究中心, “某某”项目): the
    quoted words are then part of a longer name, not the name."""
    return folded.startswith(_PROGRAMME_WORDS, pos) or any(folded[pos : pos + n] in _name_endings() for n in range(1, 6))


@cache
def _name_endings() -> frozenset[str]:
    """The words that end an organisation's name or say its kind (研究中心, 公司), read once."""
    return data.words("org_suffixes") | data.marked("org_kinds", "kind")


@cache
def _context_words() -> frozenset[str]:
    """The words of `data/org_context_words.tsv`: none is part of the name they stand next to (抖音|旗下)."""
    return data.words("org_context_words")


def _back(folded: str, tokens: tuple[Token, ...], k: int) -> int | None:
    """Where a name ending with token `k` starts: back over words that may be part of a name to a stop;
    None when eight characters pass without one (the name's start is then not known) or when the stop
    is a determiner (某|股份行|总裁, 该|平台|客服: a body left unnamed)."""
    end, start, proper = tokens[k].end, None, False
    while k >= 0:
        tok = tokens[k]
        if proper and (tok.tag in _PROPER or (tok.tag in _COMMON and len(tok.word) >= 2)):
            return start  # 信用卡|某某银行|总裁, 英超|曼联|官网: what stands before a proper name is no part of it
        proper = proper or tok.tag in _PROPER
        if _stops(tok) or tok.word in member_words() or tok.word in _context_words() \
                or (start is not None and tok.tag == "v" and tokens[k + 1].tag in ("ORG", "nz")):  # 推升|阿里
            return None if tok.word[-1:] in _DETERMINERS else start
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


def _could_name(folded: str, words: TokenIndex, start: int, end: int) -> bool:
    """Whether `start`…`end` may be a company's name: two to eight characters, no particle or pronoun,
    no word for a kind or trade alone, no place nor region (亚太区), and not one common word (官方, 研究) nor
    common words of two characters or more only (市场|研究); a Latin word is a name unless it names an
    indicator."""
    word = folded[start:end]
    if not _NAME.fullmatch(word) or NOT_IN_NAMES & set(word) or made_of(word, member_words()) or word[-1] == "区" \
            or gazetteer.lookup(word) == "LOC" or word in data.words("titles"):
        return False
    if word.isascii():
        return word.upper() not in data.marked("org_context_words", "not") and not word.isdigit()
    inside = [t for t in words.starting_in(start, end) if t.end <= end]
    return not all(t.tag in _COMMON and len(t.word) >= 2 for t in inside)
