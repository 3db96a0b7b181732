"""Addresses: a street, house or village written inside the places that hold it
(上海市|徐汇区|漕溪北路88号) is one place; a run of regions (河南省|洛阳市, 纽约|布鲁克林) stays
separate. A city's numbered rail line (地铁2号线, 七号线) is a place too.
"""

from __future__ import annotations

import re

from newsmine import data
from newsmine.analyze import gazetteer
from newsmine.analyze.mentions import Candidate

_LINE = re.compile(r"(?:地铁|轻轨|轨道交通)?[0-9一二三四五六七八九十]{1,3}号线")
_NUMBER = re.compile(r"[0-9０-９一二三四五六七八九十百零〇]+号(?![线])")


def _is_region(word: str) -> bool:
    """A country, a known city, or a named administrative division (…省, …市, …区)."""
    return gazetteer.known(word) is not None or any(word.endswith(s) for s in data.words("admin_suffixes"))


def _numbered(folded: str, cand: Candidate) -> Candidate:
    """A place followed by its street number (海湾花园|8号) takes it."""
    m = _NUMBER.match(folded, cand.end)
    if cand.type != "LOC" or m is None:
        return cand
    return Candidate(cand.start, m.end(), "LOC", cand.source, None)


def join_addresses(folded: str, chosen: list[Candidate]) -> list[Candidate]:
    """Runs of touching places that end in a street, a house number, a village or an estate, as one; a
    site keeps its own name apart from the city before it (香港|铜锣湾书店)."""
    chosen = [_numbered(folded, c) for c in sorted(chosen, key=lambda c: c.start)]
    out: list[Candidate] = []
    i = 0
    while i < len(chosen):
        j = i
        while j + 1 < len(chosen) and chosen[j + 1].start == chosen[j].end and chosen[j].type == "LOC" \
                and chosen[j + 1].type == "LOC" and _is_region(folded[chosen[j].start : chosen[j].end]):
            j += 1
        last = folded[chosen[j].start : chosen[j].end]
        spots = data.words("address_suffixes")
        if j > i and not _is_region(last) and any(last.endswith(s) for s in spots):
            out.append(Candidate(chosen[i].start, chosen[j].end, "LOC", chosen[j].source, None))
            i = j + 1
            continue
        out.append(chosen[i])
        i += 1
    return out


def transit_lines(folded: str, chosen: list[Candidate]) -> list[Candidate]:
    """`chosen` and the numbered rail lines no mention covers (地铁十号线, 七号线)."""
    out = list(chosen)
    for m in _LINE.finditer(folded):
        if not any(c.start < m.end() and m.start() < c.end for c in chosen):
            out.append(Candidate(m.start(), m.end(), "LOC", "tagger"))
    return sorted(out, key=lambda c: c.start)
