"""Members of a list of names: in a run written with the enumeration comma (马士基、地中海航运、达飞等
公司), a member the other sources missed is a name of the type the others share, when at least two
members are names of that one type and none is of another. Read by the `compounds` step of
`analyze/candidates.py`.
"""

from __future__ import annotations

import re

from newsmine import data
from newsmine.analyze import gazetteer
from newsmine.analyze.mentions import Candidate

_ITEM = re.compile(r"[\u4e00-\u9fff]{2,8}|[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?")  # Chinese or Latin, not both
_NOT_IN_NAMES = frozenset("这那种些的了")
_MEMBER = r"[^、，,。；;：:！!？?\n“”「」《》()（）]{2,8}"  # no mark of a clause, a quotation or a gloss
_RUN = re.compile(rf"{_MEMBER}(?:、{_MEMBER}){{2,}}")
_AFTER = ("等等", "等", "和", "及", "与")


def list_members(folded: str, candidates: list[Candidate]) -> list[Candidate]:
    """`candidates` and the members of enumerations that share the type of the named members."""
    by_span = {(c.start, c.end): c for c in candidates}
    out = list(candidates)
    for run in _RUN.finditer(folded):
        items, pos = [], run.start()
        for part in run.group().split("、"):
            items.append((pos, pos + len(part)))
            pos += len(part) + 1
        items[0] = _trim_first(items[0], candidates)
        items[-1] = _trim_last(folded, items[-1])
        types = [by_span[i].type if i in by_span else None for i in items]
        named = {t for t in types if t is not None}
        if len(named) != 1 or types.count(next(iter(named))) < 2 or named == {"PER"}:
            continue
        kind = next(iter(named))
        for n, ((start, end), t) in enumerate(zip(items, types)):
            word = folded[start:end]
            free = not any(c.start < end and start < c.end for c in candidates)
            if t is None and n > 0 and free and _could_name(word):
                out.append(Candidate(start, end, kind, "tagger"))
    return out


def _could_name(word: str) -> bool:
    """Whether a list member could be a name: Chinese or Latin words, no pronoun or particle, no title
    and nothing the gazetteers or the lists of non-names know."""
    return bool(_ITEM.fullmatch(word)) and not _NOT_IN_NAMES & set(word) and word not in data.words("not_entities") \
        and word not in data.words("titles") and gazetteer.known(word) is None


def _trim_first(item: tuple[int, int], candidates: list[Candidate]) -> tuple[int, int]:
    """The first member begins where a name ends it (包括|耐克): the candidate that ends the item (an
    unnamed first member is left alone: where it begins is not known)."""
    start, end = item
    ending = [c for c in candidates if c.end == end and start <= c.start]
    return (min(c.start for c in ending), end) if ending else item


def _trim_last(folded: str, item: tuple[int, int]) -> tuple[int, int]:
    """The last member ends before 等 or a conjunction's second member (范思哲|等等)."""
    start, end = item
    text = folded[start:end]
    for word in _AFTER:
        at = text.find(word, 1)
        if at > 0:
            return start, start + at
    return item
