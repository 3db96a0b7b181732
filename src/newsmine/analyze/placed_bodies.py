"""A place written right before a body of its own, each a mention (美国|司法部, 法国|战略研究基金会,
加州|伯克利大学): the place stays a mention of its own, and the body's fullest name is the place and the
body together (CONVENTIONS: an entity's name is its fullest form). The body's `named_from` points
back at the place, so that the entity is named 美国司法部 and keyed apart from another state's 司法部
(中国外交部 and 法国外交部 in one article are two bodies).
"""

from __future__ import annotations

from newsmine import data
from newsmine.analyze import gazetteer
from newsmine.analyze.mentions import Candidate
from newsmine.names import parts

_GLUED = "国市省州县区"  # a rest beginning so is no name of its own: 新加坡|国立大学, 宁波|市商务局
_HOME_STATES = frozenset({"中国", "台湾", "香港", "澳门"})  # their institutions' names begin with the place


def _own_name(rest: str, heads: tuple[str, ...]) -> bool:
    """Whether `rest` is a name of its own ending in one of `heads`: two characters or more before
    the head (国务|院, not 大学 alone), not glued to an administrative word (市|商务局)."""
    head = next((h for h in heads if rest.endswith(h)), None)
    return head is not None and len(rest) - len(head) >= 2 and rest[0] not in _GLUED


def _state_body(rest: str) -> bool:
    """Whether `rest`, written after a place, names a state's or a place's own body: a government
    body the gazetteers know, an armed force (陆军), or a name ending in a state body's word
    (司法部, 总统经济顾问委员会, 人民军)."""
    return rest in gazetteer.names_in("government_bodies") or rest in data.words("armed_forces") or \
        _own_name(rest, data.longest_first("state_body_heads"))


def _body_after(place: str, rest: str) -> bool:
    """Whether `rest` is a body of the place written before it: a state body, or an institution
    (university, hospital, society, foundation …) after a place that is not China, Taiwan, Hong Kong
    or Macao, whose own institutions' names begin with the place (北京|交通大学 is one name)."""
    if gazetteer.known(rest) is not None and gazetteer.lookup(rest) != "ORG":
        return False
    if _state_body(rest):
        # a body the gazetteers list (外交部) is a state's: 北京|外交部 is China's
        return rest not in gazetteer.names_in("government_bodies") or place in gazetteer.countries()
    return place not in _HOME_STATES and _own_name(rest, data.longest_first("institution_heads"))


def _place(folded: str, start: int, end: int) -> bool:
    """Whether `[start, end)` is a place the gazetteers know (two characters or more), not the post of
    a mission (驻|法国)."""
    return end - start >= 2 and gazetteer.lookup(folded[start:end]) == "LOC" and folded[start - 1 : start] != "驻"


def _key(folded: str, start: int, end: int) -> str:
    """The key of the whole name: the gazetteers' name for it, else its parts joined."""
    whole = folded[start:end]
    known = gazetteer.known(whole)
    return known.name if known is not None else "".join(parts(whole))


def placed_bodies(folded: str, chosen: list[Candidate]) -> list[Candidate]:
    """`chosen` (sorted, non-overlapping) with each body written right after its place named from the
    place (美国|司法部 → 美国司法部). The mentions stay as they are: a body the tagger or the
    gazetteers read whole with its country (美国国务院) is one mention, as other annotations have it."""
    out: list[Candidate] = []
    for cand in sorted(chosen, key=lambda c: c.start):
        prev = out[-1] if out else None
        if prev is not None and prev.type == "LOC" and prev.end == cand.start and cand.type == "ORG" \
                and cand.named_from is None and _place(folded, prev.start, prev.end) \
                and _body_after(folded[prev.start : prev.end], folded[cand.start : cand.end]):
            cand = Candidate(cand.start, cand.end, "ORG", cand.source, _key(folded, prev.start, cand.end), prev.start)
        out.append(cand)
    return out
