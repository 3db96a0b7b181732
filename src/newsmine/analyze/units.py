"""Units of organisations written glued to their parent: 某大学|管理学院, 某研究院|国际市场研究所,
某医院|生殖医学研究中心. The parent is an organisation of its own (the one a unit's staff work for,
CONVENTIONS), so a mention read as the whole is cut to the parent; a hospital or school written after
its parent and 附属 (某大学|附属|某某医院) is a body of its own beside the parent.
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
        name = folded[cand.start : cand.end]
        at = _affiliated(name) if cand.type == "ORG" else None
        if at is not None:  # 某大学|附属|某某医院: two bodies
            out += [Candidate(cand.start, cand.start + at, "ORG", cand.source, None),
                    Candidate(cand.start + at + len(_AFFILIATED), cand.end, "ORG", cand.source, None)]
            continue
        cut = parent_and_unit(name) if cand.type == "ORG" else None
        out.append(cand if cut is None else Candidate(cand.start, cand.start + cut, "ORG", cand.source, None))
    return out


_AFFILIATED = "附属"
_AFFILIATED_BODIES = ("医院", "中学", "小学", "学校", "幼儿园")


def _affiliated(name: str) -> int | None:
    """Where 附属 stands in a parent's name followed by a hospital's or school's own name (某大学|附属|
    华山医院: the hospital is named apart); None for a numbered one (某大学第一附属医院 is one name)."""
    at = name.find(_AFFILIATED, 4)
    rest = name[at + len(_AFFILIATED) :] if at >= 0 else ""
    if len(rest) < 3 or rest.startswith("第") or not rest.endswith(_AFFILIATED_BODIES):
        return None
    return at if name[:at].endswith(_words("parent")) else None
