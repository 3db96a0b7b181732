"""Sports teams in match reports: a club named by its city (罗马|主场), a national side (意大利vs法国),
a club the tagger took for a person (阿贾克斯) are organisations there, and `A vs B` is two teams.

Cue words come from `data/sports_cues.tsv`, clubs from `data/sports_clubs.tsv`.
"""

from __future__ import annotations

import re
from functools import cache

from newsmine import data
from newsmine.analyze.mentions import Candidate
from newsmine.analyze.text import alternation

_SENTENCE_END = re.compile(r"[。！？!?；;\n]")
_VERSUS = re.compile(r"\s*vs\.?\s*", re.IGNORECASE)
_TEAM_TAIL = "队"
_NOT_TEAM_AFTER = ("队长", "队员", "队友", "队医", "队史", "队伍")


@cache
def _cues() -> tuple[frozenset[str], dict[str, bool], dict[str, bool]]:
    """Words marking a match sentence; words after a team; words before a team (→ strong)."""
    sentence, before, after = set(), {}, {}
    for row in data.table("sports_cues"):
        strong = row["strong"] == "yes"
        if row["use"] == "sentence":
            sentence.add(row["word"].lower())
        elif row["use"] == "before":
            before[row["word"].lower()] = strong
        else:
            after[row["word"].lower()] = strong
    return frozenset(sentence), before, after


@cache
def city_clubs() -> dict[str, str]:
    """Names that mean a club only in a sentence about a match (罗马 → 罗马队)."""
    out = {}
    for source in ("sports_clubs", "sports_leagues"):
        for row in data.table(source):
            for city in data.split_aliases(row.get("city_names", "")):
                out[city] = row["name"]
    return out


@cache
def _sentence_cue() -> re.Pattern[str]:
    return re.compile(alternation(_cues()[0]))


def _match_sentences(folded: str) -> list[tuple[int, int]]:
    """The `[start, end)` of the sentences that talk about a match: a sentence with a cue word, or
    any sentence of a paragraph with two different cue words."""
    lower = folded.lower()
    cue = _sentence_cue()
    if cue.search(lower) is None:
        return []
    out: list[tuple[int, int]] = []
    for para in re.finditer(r"[^\n]+", lower):
        sentences, start = [], para.start()
        for m in [*_SENTENCE_END.finditer(lower, para.start(), para.end()), None]:
            end = m.end() if m else para.end()
            if end > start:
                sentences.append((start, end))
            start = end
        if len({m.group() for m in cue.finditer(lower, para.start(), para.end())}) >= 2:
            out += sentences
        else:
            out += [(s, e) for s, e in sentences if cue.search(lower, s, e)]
    return out


def _cue_after(lower: str, end: int) -> bool | None:
    """Whether a team cue follows `end`: True when only a team can stand there, False for a weak cue."""
    before = _cues()[1]
    found = None
    for n in range(4, 0, -1):
        word = lower[end : end + n]
        if word in before:
            found = before[word] or bool(found)
    return found


def _cue_before(lower: str, start: int) -> bool | None:
    after = _cues()[2]
    found = None
    for n in range(4, 0, -1):
        word = lower[max(0, start - n) : start]
        if len(word) == n and word in after:
            found = after[word] or bool(found)
    return found


def _cue_inside(lower: str, cand: Candidate) -> int:
    """Where a strong team cue starts inside a tagged name (阿森纳|客场作战), or 0."""
    before = _cues()[1]
    for k in range(cand.start + 2, cand.end - 1):
        if any(before.get(lower[k : k + n]) for n in (2, 3, 4) if k + n <= cand.end):
            return k - cand.start
    return 0


def _split_versus(folded: str, cand: Candidate) -> list[Candidate]:
    """`A vs B` tagged as one name is two teams."""
    word = folded[cand.start : cand.end]
    m = _VERSUS.search(word, 1)
    if m is None or m.end() >= len(word):
        return [cand]
    left = Candidate(cand.start, cand.start + m.start(), "ORG", cand.source)
    right = Candidate(cand.start + m.end(), cand.end, "ORG", cand.source)
    return [left, right]


def teams(folded: str, candidates: list[Candidate]) -> list[Candidate]:
    """`candidates` with the sports teams among them retyped as organisations (X队 kept whole)."""
    lower = folded.lower()
    matches = _match_sentences(folded)
    clubs = city_clubs()
    out: list[Candidate] = []
    teams_in: set[tuple[tuple[int, int], str]] = set()
    for cand in candidates:
        if "vs" in lower[cand.start : cand.end]:
            out += _split_versus(folded, cand)
            continue
        word = folded[cand.start : cand.end]
        context = next(((s, e) for s, e in matches if s <= cand.start and cand.end <= e), None)
        cut = _cue_inside(lower, cand) if context else 0
        if cut:
            out.append(Candidate(cand.start, cand.start + cut, "ORG", cand.source, None))  # 阿森纳|客场作战
            continue
        if cand.type == "ORG":
            out.append(cand)
            continue
        if folded.startswith(_TEAM_TAIL, cand.end) and len(word) >= 2 and \
                not any(folded.startswith(t, cand.end) for t in _NOT_TEAM_AFTER):
            out.append(Candidate(cand.start, cand.end + 1, "ORG", cand.source, None))  # 中国队, 萨格勒布队
            continue
        if context is None:
            out.append(cand)
            continue
        after, before = _cue_after(lower, cand.end), _cue_before(lower, cand.start)
        strong = bool(after) or bool(before)
        if word in clubs or strong or (cand.type == "LOC" and (after is not None or before is not None)):
            out.append(Candidate(cand.start, cand.end, "ORG", cand.source, clubs.get(word, word + _TEAM_TAIL)))
            teams_in.add((context, word))
        else:
            out.append(cand)
    # a side named as a team once in a match sentence is the team there each time (阿森纳 … 击败阿森纳)
    return [Candidate(c.start, c.end, "ORG", c.source, clubs.get(w, w + _TEAM_TAIL))
            if c.type != "ORG" and any(s <= c.start and c.end <= e and w == word for (s, e), word in teams_in)
            else c for c in out for w in [folded[c.start : c.end]]]
