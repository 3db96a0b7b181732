"""Two parties named by their short forms before a shared 两党 (民主、共和两党, 共和民主兩黨, 國、民兩黨):
each short form is a mention of the party named in full in the article whose name it begins. A step
of `analyze/candidates.py` (`party_pairs`).
"""

from __future__ import annotations

import re

from newsmine.analyze import gazetteer
from newsmine.analyze.mentions import Candidate

_BOTH = re.compile(r"[两兩][党黨]")
_SEPARATORS = "、和与與及跟"
_PARTY_END = ("党", "黨")


def _party(short: str, parties: dict[str, Candidate]) -> Candidate | None:
    """The one party of the article whose name begins with `short` (民主 → 民主党), if just one."""
    found = {name: c for name, c in parties.items() if name.startswith(short) and len(name) > len(short)}
    return next(iter(found.values())) if len(found) == 1 else None


def party_pairs(folded: str, candidates: list[Candidate]) -> list[Candidate]:
    """`candidates` with the two short forms before each 两党 made mentions of their parties."""
    parties = {folded[c.start : c.end]: c for c in candidates
               if c.type == "ORG" and folded.endswith(_PARTY_END, c.start, c.end)}
    out = list(candidates)
    for m in _BOTH.finditer(folded) if len(parties) >= 2 else ():
        pair = _pair_before(folded, m.start(), parties)
        for start, end, party in pair or ():
            out = [c for c in out if c.end <= start or c.start >= end]
            out.append(Candidate(start, end, "ORG", "alias", _key(folded[party.start : party.end], party)))
    return out


def _key(name: str, party: Candidate) -> str:
    """The key the party's own mention is grouped by, so that its short form joins it."""
    known = gazetteer.known(name)
    return party.key or (known.name if known else name)


def _pair_before(folded: str, end: int, parties: dict[str, Candidate]) -> list[tuple[int, int, Candidate]] | None:
    """The two short forms written right before `end`, with or without a separator between them, each
    beginning the name of a different party of the article; the longest reading first."""
    for second in (2, 1):
        b = end - second
        first = _party(folded[b:end], parties)
        if first is None:
            continue
        seps = (0, 1) if folded[b - 1 : b] and folded[b - 1] in _SEPARATORS else (0,)
        for size, sep in ((size, sep) for size in (2, 1) for sep in seps):  # 共和|民主, 民主|、|共和
            a = b - sep - size
            other = _party(folded[a : b - sep], parties) if a >= 0 else None
            if other is not None and other is not first:
                return [(a, b - sep, other), (b, end, first)]
    return None
