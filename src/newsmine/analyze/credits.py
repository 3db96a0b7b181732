"""Bylines and credit lines: the article's own outlet and the staff it names, who work for it.

`红星新闻记者：王田`, `（中央社记者某某巴黎3日专电）` and `（德国之声中文网）` name the outlet; `责编：某某`,
`某某/某某（综合报导）`, `（编辑：某某）` and a line of names alone (`某某/某某/某某`) name its staff. A
credit that names an organisation gives its people that one; the others get the outlet, when the
article names exactly one (or, failing that, the one outlet its sources are said to speak to:
`某某对界面新闻表示`). A title written before the names in a credit (`记者 | 某某 某某`, `实习生某某`) is
each one's role.
"""

from __future__ import annotations

from collections.abc import Iterable

from newsmine import data
from newsmine.analyze.text import CLOSE_PARENS, OPEN_PARENS, ending_at, starting_at
from newsmine.model import Doc, Entity, Mention, Role, Span
from newsmine.names import fold

_LONGEST = 50  # a credit line is short; a longer paragraph is the article's prose
_REPORTER = ("记者", "特派员", "通讯员")
_PROSE = "，,。；;！!？?“”「」"  # a line with these is prose or a headline, not a credit
_LABEL = "：:／/|｜ \u3000（()）"
_BETWEEN = "：:／/|｜ \u3000、"  # between a credit's title and its names, and between the names
_SPOKEN_TO = "对向"  # 某某对|界面新闻|表示: the outlet a source speaks to
_INTERVIEW = ("采访", "专访", "确认", "证实", "记者")  # after the outlet a source speaks to, besides a speech verb


def _lines(folded: str) -> list[tuple[int, int]]:
    """The spans of the text's lines and of its parentheses, the two places a credit is written."""
    out, start = [], 0
    for end in [i for i, ch in enumerate(folded) if ch == "\n"] + [len(folded)]:
        out.append((start, end))
        start = end + 1
    opened = None
    for i, ch in enumerate(folded):
        if ch in OPEN_PARENS:
            opened = i
        elif ch in CLOSE_PARENS and opened is not None:
            out.append((opened + 1, i))
            opened = None
    return out


def _credit(folded: str, start: int, end: int, org_ends: set[int], people: Iterable[tuple[int, int]] = ()) -> bool:
    """Whether a short line or parenthesis is a credit: no sentence punctuation, and a credit word
    written as a label (责编：, 某某／台北报导), at its end (…综合报导) or after its outlet (中央社记者),
    or nothing but two names or more parted by slashes (某某/某某, a parenthesis after them)."""
    line = folded[start:end]
    if len(line) > _LONGEST or any(ch in line for ch in _PROSE):
        return False
    if _names_only(folded, start, end, people):
        return True
    for word in data.words("credit_words"):
        at = line.find(word)
        while at >= 0:
            after = start + at + len(word)
            if after == end or folded[after] in _LABEL or at == 0 or start + at in org_ends:
                return True
            at = line.find(word, at + 1)
    return False


def _names_only(folded: str, start: int, end: int, people: Iterable[tuple[int, int]]) -> bool:
    """Whether a line is two names or more parted by slashes and nothing else (a parenthesis may
    close it: 某某/某某/(法新社、路透社)); a part that is no name found may be a short name the
    tagger missed (某某/文山/某某), when two parts are names found."""
    opening = next((i for i in range(start, end) if folded[i] in OPEN_PARENS), end)
    spans = {(s, e) for s, e in people if start <= s and e <= opening}
    named, at = 0, start
    for cut in [i for i in range(start, opening) if folded[i] in "／/ \u3000"] + [opening]:
        part, left = folded[at:cut], at
        at = cut + 1
        if not part:
            continue
        if (left, cut) in spans:
            named += 1
        elif not (2 <= len(part) <= 3 and all("\u4e00" <= ch <= "\u9fff" for ch in part)):
            return False
    return named >= 2 and any(folded[i] in "／/" for i in range(start, opening))


def own_outlet(folded: str, organisations: Iterable[tuple[int, int, str]]) -> str | None:
    """The key of the article's own outlet among its organisations' `(start, end, key)`: one written
    before a reporter's title at the start of a credit (（中央社记者…）, 红星新闻记者：), alone in
    parentheses at a paragraph's start or end ((德国之声中文网)根据…), or as the interviewer's label at
    the start of two or more paragraphs of a Q&A (界面新闻：…); None unless exactly one is."""
    found: set[str] = set()
    labels: dict[str, int] = {}
    for s, e, key in organisations:
        alone = folded[s - 1 : s] in tuple(OPEN_PARENS) and folded[e : e + 1] in tuple(CLOSE_PARENS) and (
            s < 2 or folded[s - 2] == "\n" or folded[e + 1 : e + 2] in ("", "\n"))  # a paragraph's first or last words
        opening = s == 0 or folded[s - 1] in "\n" + OPEN_PARENS  # a credit's first words
        if alone or (opening and folded[e : e + 3].startswith(_REPORTER)):
            found.add(key)
        if (s == 0 or folded[s - 1] == "\n") and folded[e : e + 1] in ("：", ":"):
            labels[key] = labels.get(key, 0) + 1
    found |= {key for key, n in labels.items() if n >= 2}
    return next(iter(found)) if len(found) == 1 else None


def outlet_spoken_to(folded: str, organisations: Iterable[tuple[int, int, str]]) -> str | None:
    """The one organisation the article's sources speak to twice or more (某某对|界面新闻|说, 向|某报|证实,
    接受|某刊|记者采访): the outlet that wrote it, when no credit names one."""
    cues = _cues()
    told: dict[str, int] = {}
    for s, e, key in organisations:
        if folded[s - 1 : s] in tuple(_SPOKEN_TO) or folded[max(0, s - 2) : s] == "接受":
            if starting_at(folded, e, cues, 4) is not None:
                told[key] = told.get(key, 0) + 1
    found = [key for key, n in told.items() if n >= 2]
    return found[0] if len(found) == 1 else None


def _cues() -> frozenset[str]:
    return frozenset(row["cue"] for row in data.table("speech_verbs")) | frozenset(_INTERVIEW)


def credit_affiliations(doc: Doc, by_id: dict[str, Entity]) -> None:
    """Give each person a credit line names the organisation that line names, else the own outlet."""
    folded = fold(doc.text)
    organisations = [(m.span.start, m.span.end, m.entity) for m in doc.mentions if m.type == "ORG" and m.entity]
    outlet = own_outlet(folded, organisations) or outlet_spoken_to(folded, organisations)
    org_ends = {m.span.end for m in doc.mentions if m.type == "ORG"}
    spans = [(m.span.start, m.span.end) for m in doc.mentions if m.type == "PER"]
    titles = [p.span for p in doc.parts if p.part == "title"]
    for start, end in _lines(folded):
        if any(t.start <= start < t.end for t in titles) or not _credit(folded, start, end, org_ends, spans):
            continue
        inside = [m for m in doc.mentions if start <= m.span.start and m.span.end <= end and m.entity in by_id]
        people = [m for m in inside if m.type == "PER"]
        for person in people:
            org = _organisation_before(inside, person)
            affiliation = org.entity if org is not None else outlet
            entity = by_id[person.entity]  # type: ignore[index]
            _add(entity, affiliation)
            role = _title_before(folded, doc.text, start, person, people)
            if role is not None and all(fold(r.text) != fold(role.text) for r in entity.roles):
                entity.roles.append(role)


def _title_before(folded: str, text: str, start: int, person: Mention, people: list[Mention]) -> Role | None:
    """The title a credit writes before a person, across the other names listed with it and the
    labels' marks: 记者 | 某某 某某, 编辑｜某某、某某, 实习生某某."""
    ends = {m.span.end: m.span.start for m in people}
    at = person.span.start
    while at > start:
        if folded[at - 1] in _BETWEEN:
            at -= 1
        elif at in ends and ends[at] < person.span.start:
            at = ends[at]
        else:
            break
    title = ending_at(folded, at, data.words("titles"))
    return Role(text=text[at - len(title) : at], span=Span(at - len(title), at)) if title else None


def byline_roles(doc: Doc, by_id: dict[str, Entity]) -> None:
    """A byline part is `name（original）` then the role on the next line."""
    for part in doc.parts:
        if part.part != "byline":
            continue
        body = doc.text[part.span.start : part.span.end]
        if "\n" not in body:
            continue
        role_start = part.span.start + body.index("\n") + 1
        role_end = part.span.end
        people = [m for m in doc.mentions if part.span.start <= m.span.start < role_start and m.type == "PER"]
        orgs = [m for m in doc.mentions if role_start <= m.span.start < role_end and m.type == "ORG"]
        for person in people[:1]:
            entity = by_id[person.entity]  # type: ignore[index]
            if all(fold(r.text) != fold(doc.text[role_start:role_end]) for r in entity.roles):
                entity.roles.append(Role(text=doc.text[role_start:role_end], span=Span(role_start, role_end)))
            _add(entity, *(org.entity for org in orgs))


def _add(entity: Entity, *affiliations: str | None) -> None:
    for affiliation in affiliations:
        if affiliation and affiliation != entity.id and affiliation not in entity.affiliations:
            entity.affiliations.append(affiliation)


def _organisation_before(inside: list[Mention], person: Mention) -> Mention | None:
    """The last organisation named before the person in the same credit."""
    before = [m for m in inside if m.type == "ORG" and m.span.end <= person.span.start]
    return max(before, key=lambda m: m.span.start) if before else None
