"""Units of organisations written glued to their parent: 某大学|管理学院, 某研究院|国际市场研究所,
某医院|生殖医学研究中心. The parent is an organisation of its own (the one a unit's staff work for,
CONVENTIONS), so a mention read as the whole is cut to the parent.
"""

from __future__ import annotations

from functools import cache

from newsmine import data
from newsmine.analyze import gazetteer
from newsmine.analyze.mentions import Candidate
from newsmine.analyze.text import ending_at


@cache
def _words(mark: str) -> tuple[str, ...]:
    """The words of data/org_units.tsv with this mark, longest first (for `str.endswith`)."""
    return tuple(sorted(data.marked("org_units", mark), key=len, reverse=True))


def unit_ending(folded: str, end: int) -> bool:
    """Whether the text before `end` ends in a unit's word (学院, 系, 研究所, 妇产科 …), not in a common
    word that ends the same way (联系, 本科)."""
    units, words = data.marked("org_units", "unit"), data.marked("org_units", "word")
    return ending_at(folded, end, units) is not None and ending_at(folded, end, words) is None


def parent_and_unit(name: str) -> int | None:
    """Where the parent's name ends in an organisation's `name` that is a parent and a unit (the
    longest parent of four characters or more whose rest, two or more, ends in a unit word and does
    not begin with a place: 中国科学院|武汉国家生物安全实验室 is one body's name); None when it is not."""
    if not name.endswith(_words("unit")):
        return None
    for cut in range(len(name) - 2, 3, -1):
        rest = name[cut:]
        if name[:cut].endswith(_words("parent")) and not any(
                gazetteer.lookup(rest[:n]) == "LOC" for n in range(2, min(5, len(rest)))):
            return cut
    return None


def cut_units(folded: str, chosen: list[Candidate]) -> list[Candidate]:
    """`chosen` with each organisation that is a parent and its unit cut to the parent (the unit, an
    organisation of the parent, is seldom named as one of its own)."""
    out = []
    for cand in chosen:
        cut = parent_and_unit(folded[cand.start : cand.end]) if cand.type == "ORG" else None
        out.append(cand if cut is None else Candidate(cand.start, cand.start + cut, "ORG", cand.source, None))
    return out
