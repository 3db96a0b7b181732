"""Glossed terms of no type (`analyze/glosses.py`): a drug's Chinese name before its international name
in small letters (减肥药|司美格鲁肽（semaglutide）), read past the word saying it is a drug that the tagger
glues to it; a name after a word saying it names a medicine, a product, an app or a work (抗病毒药物|帕罗
韦德（Paxlovid）), which is not a person; a law or plan named in words (港区国安法（National Security Law）,
反海外腐败法), before the tagger's reading of a person; a plan named after a name (阿尔忒弥斯|计划); an
abbreviation of a list of words (环境、社会和治理（ESG））; a ship after a word saying it is one (航母|辽宁号); a
model named by a designation its original writes (东风-11A短程弹道导弹（DF-11A））.
"""

from __future__ import annotations

import re

from newsmine import data
from newsmine.analyze.gazetteer import countries, lookup
from newsmine.analyze.gloss_phrases import BREAK_TAGS, MAX_TERM, SUFFIX_MAX, expected_length, mentions_place
from newsmine.analyze.text import ending_at
from newsmine.analyze.token_index import TokenIndex
from newsmine.model import EntityType
from newsmine.names import Original, is_acronym, is_han

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


_Term = tuple[int, int, "EntityType | None"]
_VESSEL_MAX = 10  # the longest name of a ship read back from its 号


_DESIGNATION = re.compile(r"[A-Z][A-Za-z]*-([A-Z0-9]{1,5})")  # DF-11A, J-20, F-35, Iskander-M
_KIND_MAX = 8  # the longest run of words saying what a designated model is: 短程弹道导弹, 隐形战机


def designated_term(folded: str, words: TokenIndex, end: int, floor: int, original: str) -> _Term | None:
    """A weapon or other model named by a designation its original writes too, with the words saying
    what it is before the parenthesis (东风-11A短程弹道导弹（DF-11A）, 歼-20战斗机（J-20）): the name
    before the designation, the designation and those words; a term of no type."""
    code = _DESIGNATION.fullmatch(original.strip())
    if code is None:
        return None
    mark = "-" + code.group(1)
    at = folded.rfind(mark, max(floor, end - len(mark) - _KIND_MAX), end)
    if at <= floor or not all(is_han(c) for c in folded[at + len(mark) : end]):
        return None
    name = words.containing(at - 1)
    if name is None or name.start < floor or not (is_han(folded[at - 1]) or folded[at - 1].isascii()):
        return None
    start = name.start if all(is_han(c) or c.isalnum() or c == "-" for c in folded[name.start : at]) else at - 1
    return (start, end, None) if end - start >= 3 else None


def vessel_term(folded: str, end: int, floor: int) -> _Term | None:
    """A ship, spacecraft or train named in Chinese characters ending in 号 right after a word saying
    what it is (航母|列根号（USS Ronald Reagan）, 邮轮|钻石公主号): a term of no type, never a person."""
    if folded[end - 1 : end] != "号":
        return None
    for start in range(end - 2, max(floor, end - _VESSEL_MAX) - 1, -1):
        if not is_han(folded[start]):
            return None
        if ending_at(folded, start, data.words("vessel_words"), SUFFIX_MAX) is not None:
            return start, end, None
    return None
_LAW_BREAKS = frozenset({"w", "u", "p", "r", "m", "q", "TIME", "t", "c", "PER"})
_LAW_ENDINGS = ("法", "法案", "条例", "法令", "法例")  # (folded) what a law's Chinese name ends in


def has_term_head(original: Original) -> bool:
    """Whether an original of two words or more ends in a word that ends the names of laws, plans, events
    and terms (data/term_heads_en.tsv: Law, Plan, War, Index), in capitals or not (Artemis program)."""
    words = original.text.split()
    heads = data.words("term_heads_en")
    return len(words) >= 2 and (words[-1] in heads or words[-1].capitalize() in heads)


def law_or_plan(folded: str, words: TokenIndex, end: int, floor: int, original: Original) -> _Term | None:
    """A law, plan or programme named in words, before the tagger's reading of a person or a place:
    港区国安法（National Security Law）; its Chinese ends in a word saying what it is (法, 条例, 计划:
    data/term_kind_words.tsv) and its original in one (Law, Ordinance, Plan: data/term_heads_en.tsv), which
    tells it from a person called Law (罗冠聪（Nathan Law）)."""
    if original.transliterated or not has_term_head(original):
        return None
    if not any(folded.endswith(w, floor, end) for w in (*_LAW_ENDINGS, *data.words("term_kind_words"))):
        return None
    limit, start, i = expected_length(original.text) + 1, end, words.ending_at(end)
    while i is not None and (tok := words.tokens[i]).start >= floor and end - tok.start <= limit and \
            tok.tag not in _LAW_BREAKS and all(is_han(c) for c in tok.word) and not (
                tok.tag in ("v", "vd") and len(tok.word) >= 2) and tok.word not in data.words("term_lead_verbs"):
        start, i = tok.start, i - 1  # 反|海外|腐败法: a one-character verb or a place word inside the name
    unplaced = without_place(folded, start, end, original)
    if unplaced > start:
        return unplaced, end, None
    return named_term(words, (start, end, None), floor, original) if end - start >= 2 else None


def without_place(folded: str, start: int, end: int, original: Original) -> int:
    """Where a term of no type begins without the country or bloc before it that its original leaves
    out (欧盟|数字市场法 (Digital Markets Act), 美国|非农就业数据 (Nonfarm Payrolls)); `start` when there is none."""
    lead = next((n for n in (3, 2) if folded[start : start + n] in countries() or lookup(folded[start : start + n])),
                0)
    if lead and end - start - lead >= 3 and not mentions_place(folded[start : start + lead], original.text):
        return start + lead
    return start


def named_term(words: TokenIndex, found: _Term | None, floor: int, original: Original) -> _Term | None:
    """A term of no type with the name before it that its original begins with (阿尔忒弥斯|计划
    （Artemis program）, 马歇尔|计划（Marshall Plan）): a person's, place's or proper noun's word glued before
    it, when the original's first word is capitalised."""
    if found is None or not original.text[:1].isupper():
        return found
    i = words.ending_at(found[0])
    tok = words.tokens[i] if i is not None else None
    if tok is not None and tok.start >= floor and tok.tag in ("PER", "LOC", "nz", "ORG") and len(tok.word) >= 2 and \
            all(is_han(c) for c in tok.word) and found[1] - tok.start <= MAX_TERM:
        return tok.start, found[1], found[2]
    return found


_ITEM = r"[\u4e00-\u9fff]{1,4}"
_LISTED_ITEMS = re.compile(rf"(?:{_ITEM}[、,])+{_ITEM}(?:[和与與及、,]{_ITEM})$")


def listed_initials_start(folded: str, words: TokenIndex, end: int, floor: int, original: str) -> int | None:
    """Where a list of words begins whose initials an abbreviation takes one letter each: 环境、社会和
    治理（ESG）, 研究、开发与创新（RDI）; the nearest word start with as many items as the abbreviation has
    capitals; None when the words before the parenthesis are no such list."""
    capitals = sum(ch.isupper() for ch in original)
    if capitals < 3 or not is_acronym(original):
        return None
    for tok in reversed(words.starting_in(max(floor, end - 5 * capitals), end)):
        items = re.split(r"[、,和与與及]", folded[tok.start : end])
        if len(items) == capitals and _LISTED_ITEMS.fullmatch(folded, tok.start, end):
            return tok.start
        if len(items) > capitals:
            break
    return None
