"""People the tagger glued to a neighbouring word or cut short: a character or a speech verb glued
to a name found elsewhere (桂敏海|因, 刘颖|说：), a name glued to a known place (薛小山|华盛顿), a Chinese
name cut short (曾健|成), a name glued to a time word (林芷|今天); written Cantonese taken for a
name (佢哋) is no one. Steps of `analyze/candidates.py`, moved out of `analyze/repairs.py`.
"""

from __future__ import annotations

import re
from functools import cache

from newsmine import data
from newsmine.analyze import gazetteer
from newsmine.analyze.mentions import Candidate
from newsmine.analyze.tagger import Token


def unglued_people(folded: str, candidates: list[Candidate]) -> list[Candidate]:
    """The tagger's person cut back to a name found elsewhere in the text (by a gloss or a gazetteer,
    or by the tagger at three characters or more, or given as a pseudonym: 小刚（化名）) when it glued
    one character to it: 桂敏海|因, 提|普京, 蓬佩奥|秘, 小刚|家; a speech or reaction verb glued to a name
    is cut off (刘颖|说：, 杜斯|笑说, see `_before_glued_cue`); a Chinese name glued to a known place
    is two mentions (薛小山|华盛顿); written Cantonese (佢哋嘅) is no one."""
    colloquial = data.words("cantonese_function_chars")
    known = {folded[c.start : c.end] for c in candidates
             if c.type == "PER" and c.end - c.start >= (2 if c.source in ("gloss", "gazetteer") else 3)}
    known |= {folded[c.start : c.end] for c in candidates  # 小花（化名）: a name the article gives as one
              if c.type == "PER" and _PSEUDONYM.match(folded, c.end)}
    glued: dict[str, int] = {}  # a name glued to a cue once is glued wherever the form is written
    for cand in candidates:
        name = folded[cand.start : cand.end]
        if cand.type != "PER" or cand.source != "tagger":
            continue
        kept = _before_glued_cue(folded, cand.end, name)
        if kept is not None:
            glued.setdefault(name, kept)
            if name[kept] in _speech_cues()[1]:  # 杜斯|笑说 once: 杜斯|笑 (到脸红) elsewhere is the reaction alone
                glued.setdefault(name[: kept + 1], kept)
    out = []
    for cand in candidates:
        name = folded[cand.start : cand.end]
        if cand.type != "PER" or cand.source != "tagger":
            out.append(cand)
            continue
        cut = next((i for i, ch in enumerate(name) if ch in colloquial), None)
        if cut is not None:
            if cut >= 2:
                out.append(Candidate(cand.start, cand.start + cut, "PER", cand.source, cand.key))  # 陈仲泓|嘅
            continue
        kept = glued.get(name)
        if kept is not None:
            out.append(Candidate(cand.start, cand.start + kept, "PER", cand.source, cand.key))  # 刘颖|说：
            continue
        place = _place_after(name)
        if place is not None:  # 记者薛小山|华盛顿报道: a dateline's place glued to the reporter
            cut = cand.end - place[0]
            out += [Candidate(cand.start, cut, "PER", cand.source, cand.key),
                    Candidate(cut, cand.end, "LOC", cand.source, place[1].name)]
            continue
        inner = _known_inside(name, known)
        if inner is not None:
            start = cand.start + name.index(inner)
            cand = Candidate(start, start + len(inner), "PER", cand.source, cand.key)
        out.append(cand)
    return out


def _before_glued_cue(folded: str, end: int, name: str) -> int | None:
    """How much of a tagger's person is the name when a speech or reaction verb is glued to its end
    (刘颖|说：, 梁达智|表示，, 赖母|叹，, 杜斯|笑说, 杜斯|笑|说): the verb is a cue of the lexicon, or
    a word before the cue that follows (笑 of 笑说); the rest is a name. A given name may end in such
    a character (王一笑, 李问), so the cut needs evidence: the rest written alone elsewhere in the
    article, or a plausible name (surname and one or two characters, or a transliteration) with the
    statement opening right after the verb (a colon, comma or quotation mark)."""
    cues, lead = _speech_cues()
    for size in (2, 1):
        rest, tail = name[:-size], name[-size:]
        if len(rest) < 2:
            continue
        elsewhere = folded.count(rest) > folded.count(name)
        if tail in cues:
            opens = folded[end : end + 1] in _AFTER_CUE
            if elsewhere or (opens and _plausible_name(rest)):
                return len(rest)
        elif elsewhere and tail in lead and folded[end : end + 1] in cue_characters():
            return len(rest)  # 杜斯|笑|说: a reaction before the cue
    return None


def _plausible_name(word: str) -> bool:
    """A Chinese name (a surname and one or two characters) or a transliterated one."""
    if word[0] in data.words("surnames") and len(word) <= 3:
        return True
    return all(ch in data.words("transliteration") for ch in word)


@cache
def _speech_cues() -> tuple[frozenset[str], frozenset[str]]:
    """The speech verbs that may be glued to a name (one or two characters; 叹 and 问 too, which the
    evidence of `_before_glued_cue` keeps apart from a given name), and the first characters of
    two-character cues that end in a one-character cue (笑 of 笑说, 续 of 续指)."""
    short = frozenset(row["cue"] for row in data.table("speech_verbs")
                      if len(row["cue"]) <= 2 and row["class"] not in ("saying", "view"))
    lead = frozenset(cue[0] for cue in short if len(cue) == 2 and cue[1] in cue_characters())
    return short, lead


_PSEUDONYM = re.compile(r"[（(]化名")
_AFTER_CUE = frozenset("：:，,“「\"")  # what follows a cue that opens a statement (某某说：“…)

_GIVEN_TAGS = frozenset({"v", "vd", "vn", "d", "n", "a", "ad", "an", "nz"})


def cut_names(folded: str, tokens: tuple[Token, ...], candidates: list[Candidate]) -> list[Candidate]:
    """A Chinese name the tagger cut short, the rest of the given name read as another word: 曾健|成,
    许|遵发 — made whole when the article writes the three characters at least twice (a name is
    repeated; a word that happens to follow a name is not), the two characters never without the
    third (赵婷 is whole when 赵婷|是 is written once more), and the rest is no title or cue; or when
    the third character stands alone in a list of names (王建国、马大|为、周其林)."""
    surnames, titles = data.words("surnames"), data.words("titles")
    after = {t.start: t for t in tokens}
    out = []
    for cand in candidates:
        name = folded[cand.start : cand.end]
        rest = after.get(cand.end)
        if cand.type == "PER" and cand.source == "tagger" and len(name) <= 2 and name[0] in surnames \
                and rest is not None and len(name) + len(rest.word) == 3 and rest.word not in titles \
                and not any(ch in cue_characters() for ch in rest.word):
            whole = folded.count(name + rest.word)
            if rest.tag in _GIVEN_TAGS and whole >= 2 and (len(name) == 1 or whole == folded.count(name)) \
                    or len(name) == 2 and _listed(folded, cand.start, rest):
                cand = Candidate(cand.start, rest.end, "PER", cand.source, cand.key)
        out.append(cand)
    return out


_LIST_ENDS = frozenset("等们的家氏")  # 张三|等、: a word after a name, not the name's last character


def _listed(folded: str, start: int, rest: Token) -> bool:
    """Whether the one character after a two-character name stands alone before the 、 of a list of
    names (王建国、马大|为、周其林): a word of its own never does, so it ends the name."""
    after = folded[rest.end : rest.end + 1]
    return len(rest.word) == 1 and rest.word not in _LIST_ENDS and rest.tag != "w" and (
        after == "、" or folded[start - 1 : start] == "、" and after in "，。；")


def timed_people(folded: str, candidates: list[Candidate]) -> list[Candidate]:
    """The tagger's person glued to the first character of a time word after it (林芷|今|天召开) or
    to the last of one before it (上|周|微软), cut back to the name when the article writes the name
    without that character elsewhere (a given name may end in 今 or 明: the evidence keeps 王晓明
    whole); a name the gazetteers know takes its type (微软, a company)."""
    after, before = _time_words()
    out = []
    for cand in candidates:
        name = folded[cand.start : cand.end]
        start, end = cand.start, cand.end
        if cand.type == "PER" and cand.source == "tagger" and len(name) >= 3:
            if folded.startswith(after.get(name[-1], ()), end):
                end -= 1  # 林芷今|天
            elif folded.endswith(before.get(name[0], ()), 0, start):
                start += 1  # 上|周微软
        rest = folded[start:end]
        if (start, end) != (cand.start, cand.end) and folded.count(rest) > folded.count(name):
            known = gazetteer.known(rest)
            cand = Candidate(start, end, known.type if known else "PER", cand.source, known.name if known else cand.key)
        out.append(cand)
    return out


@cache
def _time_words() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """The time words of two characters or more (今天, 上周), for the glue `timed_people` looks for:
    the rest of each after its first character, keyed by that character (今 → 天), and what comes
    before its last character, keyed by that one (周 → 上), as tuples for one startswith/endswith."""
    after: dict[str, list[str]] = {}
    before: dict[str, list[str]] = {}
    for word in sorted(w for w in data.words("time_words") if len(w) >= 2):
        after.setdefault(word[0], []).append(word[1:])
        before.setdefault(word[-1], []).append(word[:-1])
    return ({c: tuple(v) for c, v in after.items()}, {c: tuple(v) for c, v in before.items()})


@cache
def cue_characters() -> frozenset[str]:
    """The one-character cue verbs that may be glued to a name (说, 称, 指; not 问 or 喊, which end names)."""
    return frozenset(row["cue"] for row in data.table("speech_verbs")
                     if len(row["cue"]) == 1 and row["class"] != "punct")


def _place_after(name: str) -> tuple[int, gazetteer.Known] | None:
    """A known place (its length and entry) that ends a Chinese name of two or three characters glued
    before it (薛小山|华盛顿)."""
    for n in range(min(5, len(name) - 2), 1, -1):
        head, known = name[:-n], gazetteer.known(name[-n:])
        if len(head) in (2, 3) and head[0] in data.words("surnames") and known is not None and known.type == "LOC":
            return n, known
    return None


def _known_inside(name: str, known: set[str]) -> str | None:
    """Another known name that begins or ends `name`, leaving one character over, or that begins it
    and is three characters or more, leaving a word after it that does not sound out more of a
    foreign name (帕多克|行凶; but 麦坚力韦斯 is whole)."""
    for part in (name[:-1], name[1:]):
        if len(part) >= 2 and part in known:
            return part
    chars = data.words("transliteration")
    return next((name[:n] for n in range(len(name) - 2, 2, -1) if name[:n] in known and len(name) - n <= 4
                 and not all(ch in chars for ch in name[n:])), None)  # 麦坚力|韦斯 goes on
