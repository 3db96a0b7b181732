"""Posts a career summary lists in clauses without a subject, after a sentence about the person:
某某生于山东。1993年获博士学位，现任某大学教授。兼任某学会副理事长，某协会理事。2017年当选某院院士。
Each clause that opens (after its date) with a verb of office and ends in a title gives that title
to the person the sentence right before the summary is about (the first person it names), and
so does a clause of the same sentence that is nothing but a body and its title (某协会理事).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import cache

from newsmine import data
from newsmine.analyze.bodies import STOPS
from newsmine.analyze.role_clauses import Found, RoleContext
from newsmine.analyze.text import SENTENCE_END, alternation, starting_at
from newsmine.model import Mention

_SENTENCE = re.compile(f"[^{re.escape(''.join(sorted(SENTENCE_END)))}]+")  # a sentence: a paragraph break ends one too
_CLAUSE_END = re.compile(r"[，,；;]")
_STOP = re.compile(f"[{re.escape(''.join(sorted(STOPS)))}]")
_DATE = re.compile(r"(?:[0-9０-９一二三四五六七八九十〇零]{1,4}年)?(?:[0-9０-９一二三四五六七八九十]{1,2}月)?"
                   r"(?:[0-9０-９一二三四五六七八九十]{1,3}日)?(?:起|开始|以来|至今)?[，,]?")
_DESCRIBING = ("成为", "作为", "身为")
_BARE_TAKE = re.compile(r"(?:起|再|又|后|先后|随后|曾)?任(?![何务期性命职意])")  # 2001年7月起任…: 任 opening a clause


def _sentences(folded: str) -> Iterator[tuple[int, int]]:
    """The sentences of the text as (start, end), a paragraph break ending one too."""
    return (m.span() for m in _SENTENCE.finditer(folded))


def _clause_end(folded: str, at: int, end: int) -> int:
    """Where the clause that begins at `at` ends, at the latest at `end`."""
    mark = _CLAUSE_END.search(folded, at, end)
    return mark.start() if mark is not None else end


def _office_verb(folded: str, at: int) -> int | None:
    """Where a verb of office opening a clause at `at` ends (现任, 兼任, 当选; 任 after a date), not
    one that describes rather than lists a post (成为, 作为, 身为)."""
    verb = starting_at(folded, at, data.words("office_verbs"), 4)
    if verb is not None:
        return None if verb in _DESCRIBING else at + len(verb)
    bare = _BARE_TAKE.match(folded, at)
    return bare.end() if bare is not None else None


@cache
def _any_office_verb() -> re.Pattern[str]:
    """Any verb of office or 任, wherever it stands: a sentence without one opens no clause of office."""
    return re.compile(f"{alternation(data.words('office_verbs'))}|任")


def _first_office_clause(folded: str, start: int, end: int) -> int | None:
    """Where the first clause of a sentence that opens (after its date) with a verb of office begins."""
    if _any_office_verb().search(folded, start, end) is None:
        return None
    at = start
    while at < end:
        lead = _DATE.match(folded, at, end)
        if _office_verb(folded, lead.end() if lead is not None else at) is not None:
            return at
        at = _clause_end(folded, at, end) + 1
    return None


def career_roles(ctx: RoleContext, mentions: list[Mention]) -> list[tuple[str, Found]]:
    """The posts of subject-less clauses of office, each with the entity id of the person they are
    the posts of; `mentions` are sorted by where they start. A summary lists two posts at least: one
    clause of office alone may have another subject than the sentence before."""
    folded = ctx.folded
    people = [m for m in mentions if m.type == "PER" and m.entity]
    starts = [m.span.start for m in people]
    out: list[tuple[str, Found]] = []
    subject: Mention | None = None
    run: list[Found] = []
    for start, end in _sentences(folded):
        named = people[bisect_left(starts, start) : bisect_left(starts, end)]
        first_post = _first_office_clause(folded, start, end)
        new_paragraph = start == 0 or folded[start - 1] == "\n"
        if new_paragraph or first_post is None or (named and named[0].span.start < first_post):
            if subject is not None and len(run) >= 2:
                out += [(subject.entity, found) for found in run]  # type: ignore[misc]
            subject, run = None, []
        if named and (first_post is None or named[0].span.start < first_post):
            subject = named[0]  # a name after the post (现任某研究院|杨振宁|讲座教授) is no subject
        elif subject is not None:
            run += _clauses(ctx, start, end)
    if subject is not None and len(run) >= 2:
        out += [(subject.entity, found) for found in run]  # type: ignore[misc]
    return out


def _clauses(ctx: RoleContext, start: int, end: int) -> list[Found]:
    """The posts of the clauses of one subject-less sentence: those opened by a verb of office, and
    after one of them those that are a body and its title only."""
    folded = ctx.folded
    out: list[Found] = []
    at, listing = start, False
    while at < end:
        stop = _clause_end(folded, at, end)
        lead = _DATE.match(folded, at, stop)
        opening = lead.end() if lead is not None else at
        verb_end = _office_verb(folded, opening)
        floor = verb_end if verb_end is not None else opening
        found = [f for f in ctx.roles_before(stop) if f.role is not None and f.role.span.start >= floor]
        if found and found[0].role.span.end == stop and (  # type: ignore[union-attr]
                verb_end is not None or (listing and min(f.left for f in found) == opening)):
            out += found
            listing = True
        elif verb_end is not None or _STOP.search(folded, at, stop) is not None:
            listing = False
        at = stop + 1
    return out
