"""Words the tagger takes for names that name no one (a step of `analyze/candidates.py` reads them
through `repairs.country_kinds`): a nationality (澳籍), a word for a kind of body or place after
words of size or kind (大城市, 科技公司, 执政党) and the one-character abbreviations of a
continent and a state (欧美) whose full names the article never writes, a place's abbreviation
with a noun (韩媒, 日企, 美股; 韩军 is the forces, as 美军); a people (日本|人) and a place
with a count (北京|一家) are the place.
"""

from __future__ import annotations

import re
from functools import cache

from newsmine import data
from newsmine.analyze import gazetteer
from newsmine.analyze.mentions import Candidate

_COUNT = re.compile(r"一(?:家|个|份|名|位|种|批|项|间|所|座)?$")


def without_common_words(folded: str, candidates: list[Candidate]) -> list[Candidate]:
    """`candidates` less the tagger's places and bodies that name no one, and the meetings it reads
    as persons (蔡麦会); a place glued to a count (北京|一家) is the place."""
    out = []
    for cand in _without_meetings(folded, _without_abbreviation_runs(folded, candidates)):
        name = folded[cand.start : cand.end]
        if cand.source == "tagger" and len(name) == 2 and gazetteer.abbreviation(name[0]) is not None:
            if name[1] in data.words("abbreviation_nouns"):
                continue  # 韩媒, 日企, 美股: a common word, whatever the tagger made of it
            if name[1] in "军軍" and cand.type == "PER":
                cand = Candidate(cand.start, cand.end, "ORG", cand.source, cand.key)  # 韩军, as 美军: the forces
        if cand.source != "tagger" or cand.type == "PER":
            out.append(cand)
            continue
        if name.endswith("籍") and len(name) <= 4 or _generic_body(name):
            continue
        place = _people(name)
        if place is not None:  # 日本|人: the place the people are named after
            out.append(Candidate(cand.start, cand.end - 1, "LOC", cand.source, place))
            continue
        count = _COUNT.search(name) if "一" in name else None
        if count is not None:
            place = gazetteer.known(name[: count.start()])
            if place is not None and place.type == "LOC":
                out.append(Candidate(cand.start, cand.start + count.start(), "LOC", cand.source, place.name))
            continue  # 从一份, 北京一家: no name
        out.append(cand)
    return out


def _without_meetings(folded: str, candidates: list[Candidate]) -> list[Candidate]:
    """Less the tagger's persons that are a meeting named by the first characters of its two sides and
    会 (习拜会, 蔡麦会, 特金会): each character begins the name of another person named before it."""
    def shaped(c: Candidate) -> bool:  # 蔡麦|会 as the tagger cuts it, or 蔡麦会 whole
        name = folded[c.start : c.start + 3]
        return c.type == "PER" and c.end - c.start in (2, 3) and name[2:] == "会" and name[0] != name[1]

    named = [(c.start, folded[c.start]) for c in candidates  # a person the tagger took for a body counts (麦卡锡/ORG)
             if c.type in ("PER", "ORG") and c.end - c.start >= 2 and not shaped(c)]

    def meeting(c: Candidate) -> bool:  # both sides named before it
        return shaped(c) and {folded[c.start], folded[c.start + 1]} <= {first for at, first in named if at < c.start}

    return [c for c in candidates if not meeting(c)]


def made_of(text: str, words: frozenset[str]) -> bool:
    """Whether `text` is a run of `words` (互联网公司 = 互联网 + 公司)."""
    return not text or any(text.startswith(w) and made_of(text[len(w) :], words) for w in words)


def _people(name: str) -> str | None:
    """The place a people is named after, when the gazetteers know it (日本人 → 日本)."""
    place = gazetteer.known(name[:-1]) if len(name) >= 3 and name.endswith("人") else None
    return place.name if place is not None and place.type == "LOC" else None


def _generic_body(name: str) -> bool:
    """Whether `name` is a word for a kind of body or place, after words of size or kind (大|城市,
    科技|公司, 地方|政府), and no name the gazetteers know."""
    kinds = _kinds()
    return gazetteer.known(name) is None and any(
        name.endswith(head) and made_of(name[: len(name) - len(head)], kinds)
        for head in data.marked("generic_bodies", "head"))


@cache
def _kinds() -> frozenset[str]:
    """The words of size or kind before a generic body's head (prepared once, read per candidate)."""
    return data.marked("generic_bodies", "modifier") | data.words("generic_kinds")


def _without_abbreviation_runs(folded: str, candidates: list[Candidate]) -> list[Candidate]:
    """`candidates` less the one-character places of a run with a continent (欧|美, 欧|美|日|韩) whose
    full names the article does not write: regions named in passing (the West), not places it is
    about. A pair of states (俄|朝, 中|美) names the two, and so does a list of them (港|澳|台):
    dropping those cost MSRA, whose annotators mark each."""
    singles = sorted((c for c in candidates if c.end - c.start == 1 and c.type == "LOC" and c.source == "tagger"),
                     key=lambda c: c.start)
    runs: list[list[Candidate]] = []
    for cand in singles:
        if runs and runs[-1][-1].end == cand.start:
            runs[-1].append(cand)
        else:
            runs.append([cand])
    dropped = set()
    for run in runs:
        fulls = [gazetteer.abbreviation(folded[c.start]) for c in run]
        if len(run) >= 2 and any(f is not None and f.name in _regions() for f in fulls):
            dropped |= {id(c) for c, f in zip(run, fulls) if f is None or f.name not in folded}
    return [c for c in candidates if id(c) not in dropped]


@cache
def _regions() -> frozenset[str]:
    """The places wider than a country (欧洲, 亚洲): the gazetteer's `region` level."""
    return frozenset(row["name"] for row in data.table("places") if row.get("level") == "region")
