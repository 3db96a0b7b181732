"""Names written in Latin script inside Chinese prose (在Facebook上, 网站Snopes.com, 军火商Almaz-Antey,
研究机构 Consumer Search Group 的报告), which the tagger leaves untagged. A step of
`analyze/candidates.py`.

A run of Latin words is a name when it stands between Chinese words (not inside a parenthesis,
where it is a gloss's original, nor in a sentence of English), its words are capitalised but for
the small words of names (of, and, de), and it is not an all-capital abbreviation the gazetteers do
not know (GDP, CEO name no one); a title of office opening it (CEO Tim Cook, Secretary of State
Marco Rubio) is left out. Its type: the gazetteers' when they know it, else an organisation
or place when an English word or a Chinese word before it says so (调研公司 Global Market Insights),
a person for two or three plain capitalised words (Hannah Beech, Stéphane Bancel) or for one after an
age (22岁的Kobe), an organisation otherwise.
"""

from __future__ import annotations

import re
from functools import cache

from newsmine import data
from newsmine.analyze import gazetteer
from newsmine.analyze.mentions import Candidate
from newsmine.model import EntityType
from newsmine.names import is_han

_L = "A-Za-zÀ-ÖØ-öø-ÿ"  # Latin letters, accented ones of French, German or Spanish names among them
_RUN = re.compile(rf"[{_L}0-9][{_L}0-9.&'’\-]*(?: [{_L}0-9][{_L}0-9.&'’\-]*){{0,5}}")
_WORD = re.compile(rf"[0-9]*[A-ZÀ-ÖØ-Þ][{_L}0-9]*(?:[.&'’\-][{_L}0-9]+)*")
_PLAIN = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+")
_OPENERS = "“「『‘\"《<：:，,、；;。！？!?"
_CLOSERS = "”」』’\"》>，,、；;。！？!?：:"
_AGE = re.compile(r"[0-9一二三四五六七八九十]+岁的?$")


def latin_mentions(folded: str, candidates: list[Candidate]) -> list[Candidate]:
    """`candidates` and the Latin-script names between Chinese words that no candidate covers."""
    english = {(s, e): k for s, e, k in gazetteer.find_english(folded)}
    out = list(candidates)
    for m in _RUN.finditer(folded):
        start, end = m.start(), m.end()
        words = m.group().split(" ")
        while words and not _WORD.fullmatch(words[-1]):
            end -= len(words.pop()) + 1  # a name ends on a capitalised word
        titled = _title_words(words)
        if titled:  # CEO Tim Cook, Secretary of State Marco Rubio: the title is no part of the name
            start += len(" ".join(words[:titled])) + 1
            words = words[titled:]
        aged = _aged(folded, start)
        if not words or not (_between_chinese(folded, m.start(), end) or aged and folded[end : end + 1] in "(（"):
            continue  # 22岁的Kobe(射手): a parenthesis after a person's name says what they do
        digits = re.search(r"(?<=[a-z])[0-9]+$", words[-1]) if is_han(folded[end : end + 1]) else None
        if digits is not None:  # a date glued to the name: Ofcom|2月初
            words[-1] = words[-1][: digits.start()]
            end -= len(digits.group())
        if not _name_words(words):
            continue
        inside = [c for c in out if c.start < end and start < c.end]
        known = english.get((start, end))
        within = all(start <= c.start and c.end <= end for c in inside)
        if inside and not ((_described(folded, start) or known is not None) and within):
            continue  # another source named it; the tagger's pieces of a described or known body give way to it
        out = [c for c in out if c not in inside]
        if known is None and re.fullmatch(r"[A-Z0-9&.\-]+", folded[start:end]):
            continue  # an abbreviation no list knows
        if len(words) == 1 and words[0].lower() in data.words("function_words_en"):
            continue
        kind = known.type if known is not None else _kind(words, _described(folded, start), aged)
        out.append(Candidate(start, end, kind, "tagger", known.name if known is not None else None))
    return out


def _title_words(words: list[str]) -> int:
    """How many words of a title of office open the run before a name of at least two words
    (CEO, Chief Executive, Secretary of State: data/title_words_en.tsv, with `of` and the office)."""
    titles, k = data.words("title_words_en"), 0
    while k < len(words) and (words[k] in titles or k > 0 and words[k] in ("of", "for") and k + 1 < len(words)):
        k += 2 if words[k] in ("of", "for") else 1
    return k if len(words) - k >= 2 else 0


def _between_chinese(folded: str, start: int, end: int) -> bool:
    """Whether the run stands in Chinese prose: a Chinese character or a Chinese sentence's mark on
    each side (a space aside), or the start or end of a line; a Chinese character on one side at
    least, or Chinese quotation marks around it (名为「Memo Blanquet」的网民)."""
    before = start - 1 if start >= 1 and folded[start - 1] == " " else start
    after = end + 1 if folded[end : end + 1] == " " else end
    left = folded[before - 1] if before >= 1 else "\n"
    right = folded[after] if after < len(folded) else "\n"
    return (is_han(left) or left in _OPENERS or left == "\n") and \
        (is_han(right) or right in _CLOSERS or right == "\n") and (
            is_han(left) or is_han(right) or (left in "“「『" and right in "”」』"))


def _name_words(words: list[str]) -> bool:
    """Capitalised words, the first and last among them, with only the small words of names between."""
    small = data.words("function_words_en")
    return bool(_WORD.fullmatch(words[0])) and all(_WORD.fullmatch(w) or w.lower() in small for w in words[1:-1])


def _described(folded: str, start: int) -> bool:
    """Whether a word saying what a body is stands right before (调研公司 Global Market Insights)."""
    before = folded[max(0, start - 7) : start].rstrip(" ")
    return before.endswith(_body_words())


@cache
def _body_words() -> tuple[str, ...]:
    """The generic words of bodies, for `str.endswith` (prepared once, read per mention)."""
    return tuple(data.words("org_cues") | data.words("org_suffixes"))


def _aged(folded: str, start: int) -> bool:
    """Whether an age stands right before (22岁的Kobe): only a person has one."""
    return _AGE.search(folded, max(0, start - 6), start) is not None


def _kind(words: list[str], described: bool, aged: bool = False) -> EntityType:
    names = set(words)
    if described or names & data.words("org_words_en"):
        return "ORG"
    if names & data.words("place_words_en"):
        return "LOC"
    if aged and len(words) <= 3 and all(_PLAIN.fullmatch(w) for w in words):
        return "PER"
    return "PER" if 2 <= len(words) <= 3 and all(_PLAIN.fullmatch(w) for w in words) else "ORG"
