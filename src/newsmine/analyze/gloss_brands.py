"""Bodies known by a brand or after their trade (`analyze/glosses.py`): a company, product or paper the
tagger reads as an ordinary noun (社交平台|脸书（Facebook）, 世界|报（Le Monde）), told from an ordinary
noun and its translation (日记（Diary））; a body after a word saying what kind of body it is, inside a term
read for an abbreviation (跨国药企|默沙东（MSD）); a bare ticker before the share price (特斯拉（TSLA）股价),
which is none; the members of a list of glossed bodies (标普（S&P）、穆迪（Moody's））.
"""

from __future__ import annotations

import dataclasses
import re

from newsmine import data
from newsmine.analyze.gazetteer import english_names, lookup
from newsmine.analyze.gloss_originals import english_kind
from newsmine.analyze.gloss_phrases import BREAK_TAGS, SUFFIX_MAX
from newsmine.analyze.tagger import Token
from newsmine.analyze.text import ending_at
from newsmine.analyze.token_index import TokenIndex
from newsmine.model import EntityType, Gloss
from newsmine.names import Original, is_han

_Term = tuple[int, int, "EntityType | None"]


def after_trade(folded: str, start: int, end: int) -> int | None:
    """Where a body's name begins after a word saying what kind of body it is, inside a term read for an
    abbreviation: a trade (药企, 电商: data/gloss_descriptors.tsv), or a generic word (公司, 平台:
    data/org_cues.tsv) before a name written in sounds; None when there is none."""
    chars, kinds = data.words("transliteration"), data.words("gloss_descriptors")
    for at in range(end - 2, start, -1):
        cue = ending_at(folded, at, kinds | data.words("org_cues"), SUFFIX_MAX)
        if cue is not None and at - len(cue) >= start and (cue in kinds or all(c in chars for c in folded[at:end])):
            return at
    return None


_BRAND_TAGS = frozenset({"n", "vn", "nt", "j"})
_BRAND = re.compile(r"(?:the |[a-z]{1,2})?[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,2}")


def brand_term(folded: str, words: TokenIndex, i: int, floor: int, original: Original) -> _Term | None:
    """A company, product or paper known by a Chinese word the tagger reads as an ordinary noun:
    社交平台|脸书（Facebook）, 世界|报（Le Monde）: one noun of two or more characters (or a noun and
    the one-character word that ends a body's name) where a name may begin, the original one to
    three capitalised words, and a word before it saying what the body is, or a body's ending, or
    the gazetteers, to tell it from an ordinary noun and its translation (日记（Diary））."""
    tok = words.tokens[i]
    if not _BRAND.fullmatch(original.text) or english_kind(original.text) is not None:
        return None
    start = tok.start
    if len(tok.word) == 1 and tok.word in data.words("org_suffixes") and i > 0 and len(words.tokens[i - 1].word) >= 2:
        start = words.tokens[i - 1].start
        tok = words.tokens[i - 1]
    term = folded[start : words.tokens[i].end]
    cues = data.words("org_cues") | data.words("gloss_descriptors")
    cue = max((at + len(c) for c in cues if (at := term.find(c)) >= 0 and at + len(c) <= len(term) - 3), default=0)
    if cue:  # a word saying what the body is, glued to its name: 监管机构|通信管理局（Ofcom）, 设备商|爱立信
        start, term = start + cue, term[cue:]
    j = words.ending_at(start)
    before = words.tokens[j] if j is not None else None
    if not cue and before is not None and not _opens_name(before):
        return None  # the name may begin further left: 日本经济|新闻（Nikkei）
    described = bool(cue) or (before is not None and _describes(before.word))
    tagged = tok.tag in _BRAND_TAGS or (described and tok.tag not in BREAK_TAGS)  # 平台|爱彼迎/v（Airbnb）
    if not tagged or len(term) < 2 or start < floor or not all(is_han(c) for c in term) \
            or term in data.words("titles") or term in data.words("not_entities") or term in data.words("org_cues"):
        return None
    body = ending_at(term, len(term), data.words("org_suffixes"), SUFFIX_MAX) is not None and len(term) >= 3
    if not (described or body or lookup(term)):
        return None  # an ordinary noun and its translation: 日记（Diary）, 妻子（Mary Smith）
    return start, words.tokens[i].end, lookup(term) or ("ORG" if described or body else None)


def _opens_name(before: Token) -> bool:
    """Whether a name may begin right after `before`: a break, a verb, a place, or a word saying
    what the name is (社交平台|脸书)."""
    return before.tag in BREAK_TAGS | {"v", "vd", "c", "LOC"} or not is_han(before.word[-1]) or _describes(before.word)


def _describes(word: str) -> bool:
    return any(word.endswith(cue) for cue in data.words("org_cues"))


_SHARE_WORDS = ("股价", "股票", "股份", "市值", "盘中", "盘后", "盘前", "收涨", "收跌", "收盘", "上涨", "下跌", "大涨", "大跌",
                "涨", "跌")


def is_bare_ticker(folded: str, term: str, after: int, original: str) -> bool:
    """Whether a company's abbreviation in capitals is its stock ticker, not its name (特斯拉（TSLA）股价,
    英伟达（NVDA）收涨): the gazetteers know the company by an English name that the letters neither spell
    nor abbreviate, and its share price is what the clause goes on to give, within a few characters."""
    names = english_names(term) if lookup(term) == "ORG" else ()
    if not names or not original.isalpha() or not original.isupper() or not 2 <= len(original) <= 5:
        return False
    initials = {"".join(w[0] for w in n.split()).upper() for n in names} | {n.upper() for n in names}
    following = re.split(r"[,.;:!?。，；：！？]", folded[after : after + 6], maxsplit=1)[0]  # 英伟达（NVDA）周三收涨
    return original not in initials and any(w in following for w in _SHARE_WORDS)


def listed_bodies(folded: str, found: list[Gloss]) -> list[Gloss]:
    """The glossed members of a list of bodies (标普（S&P）、穆迪（Moody's）和惠誉（Fitch）): a one-word
    original read as a person, right after a body's gloss and a list's separator, is a body too — a
    person's original has two words or more."""
    out = list(found)
    for k in range(1, len(out)):
        before, gloss = out[k - 1], out[k]
        joined = folded[before.span.end : gloss.span.start] in ("、", ",", "和", "与", "及", "以及")
        if joined and before.type == "ORG" and gloss.type == "PER" and " " not in gloss.gloss:
            out[k] = dataclasses.replace(gloss, type="ORG")
    return out
