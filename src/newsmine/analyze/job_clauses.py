"""Occupations and posts a clause's verb gives the person it is about, where no title stands beside
the name: 他在三星做过安装工，在工厂做过铸造工，现在在一家店当厨师 (the clauses that follow without a
subject are the same person's); 她曾担任香港09教练; 作为一名厨师，王某…; 身为队长的他.
"""

from __future__ import annotations

import re

from newsmine import data
from newsmine.analyze.bodies import STOPS
from newsmine.analyze.role_clauses import Found, RoleContext, antecedent, pronouns, role_given_before, verb_at
from newsmine.analyze.text import CLAUSE_END
from newsmine.model import Mention

_GAP = 12  # characters between a verb and the title it gives: 做过|电视屏幕|安装工
_TAIL = re.compile(r"(?:的?工作|一职|职务|职位)?(?:[0-9一二三四五六七八九十百多余几]+年|多年|至今|期间)?$")
_AS = ("作为", "身为")  # a clause that opens so and ends in a title describes the subject after it
_CAME_FROM = "出身的"  # after the trade a person came from: 记者出身的某某


def _clause_role(ctx: RoleContext, start: int, stop: int, verbs: frozenset[str]) -> Found | None:
    """The title a verb in the clause from `start` to `stop` gives: the clause ends in it (or in it and
    工作, 一职, a span of years), a few characters after the verb; no one else is named in between."""
    folded = ctx.folded
    end = stop - len(_TAIL.search(folded, start, stop).group())  # type: ignore[union-attr]
    for at in range(start, end):
        if at in ctx.person_starts and at > start:
            return None
        verb_end = verb_at(folded, at, verbs)
        if verb_end is None:
            continue
        found = ctx.role_before(end, floor=verb_end)
        if found is not None and found.role is not None and verb_end <= found.role.span.start <= verb_end + _GAP:
            return found
    return None


def _clause_stop(folded: str, at: int) -> int:
    """Where the clause going on at `at` ends (at a comma, a colon or a sentence's end)."""
    while at < len(folded) and folded[at] not in CLAUSE_END:
        at += 1
    return at


def _following(ctx: RoleContext, stop: int, verbs: frozenset[str]) -> list[Found]:
    """The posts of the clauses without a subject that follow in the same sentence, each opened by
    nothing but a place or a time before its verb (，在工厂做过铸造工，现在在一家店当厨师)."""
    folded, out = ctx.folded, []
    while stop < len(folded) and folded[stop] in "，,；;":
        start, stop = stop + 1, _clause_stop(folded, stop + 1)
        if any(start <= s < stop for s in ctx.person_starts) or next(pronouns(folded[start:stop]), None) is not None:
            break
        found = _clause_role(ctx, start, stop, verbs)
        if found is None:
            break
        out.append(found)
    return out


def _opening_as(ctx: RoleContext, start: int) -> Found | None:
    """作为|一名厨师，|王某: a clause that opens with 作为 or 身为 and ends in a title, right before the
    subject's name or pronoun at `start`."""
    folded = ctx.folded
    if folded[start - 1 : start] in "，,":
        begin = start - 1
        while begin > 0 and folded[begin - 1] not in CLAUSE_END:
            begin -= 1
        verb = next((v for v in _AS if folded.startswith(v, begin)), None)
        if verb is None:
            return None
        found = ctx.role_before(start - 1, floor=begin + len(verb))
        return found if found is not None and found.role is not None and found.role.span.start >= begin + len(verb) else None
    return None


def _trained_as(ctx: RoleContext, start: int) -> Found | None:
    """律师出身的|王某: the trade a person came from, before 出身的 right before the name or pronoun."""
    if ctx.folded[start - len(_CAME_FROM) : start] != _CAME_FROM:
        return None
    found = ctx.role_before(start - len(_CAME_FROM))
    return found if found is not None and found.role is not None else None


def job_roles(ctx: RoleContext, people: list[Mention]) -> list[tuple[str, Found]]:
    """The posts clauses give with a verb of work after a name (王某在工厂做过铸造工) or a verb of work
    or office after 他 or 她 (她当过记者, 他曾担任教练), with those of the subject-less clauses that
    follow; those of a clause opening with 作为 right before a name or a pronoun, and of a 的-phrase
    with a verb of office before a pronoun (身为队长的他), and the trade before 出身的. `people` are the
    persons' mentions in reading order."""
    folded = ctx.folded
    work, office = data.words("job_verbs"), data.words("office_verbs")
    ends = [m.span.end for m in people]
    subjects = [(m.span.start, m.span.end, m.entity, False) for m in people if m.entity]
    subjects += [(at, at + 1, named, True) for at in pronouns(folded)
                 if (named := antecedent(folded, people, ends, at)) is not None]
    out: list[tuple[str, Found]] = []
    for start, end, entity, pronoun in sorted(subjects, key=lambda s: s[0]):
        verbs = work | office if pronoun else work  # a name's verbs of office: role_clauses.role_in_apposition
        before = [_opening_as(ctx, start), _trained_as(ctx, start)]
        if pronoun and folded[start - 1 : start] == "的":
            before.append(role_given_before(ctx, start))  # 身为队长的|他
        out += [(entity, f) for f in before if f is not None]
        stop = _clause_stop(folded, end)
        found = _clause_role(ctx, end, stop, verbs)
        if found is not None:
            out += [(entity, f) for f in [found, *_following(ctx, stop, verbs)]]
    return out


def listed_after(ctx: RoleContext, found: list[Found]) -> list[Found]:
    """The titles listed with 、 after each title of `found` that a clause after the name or a
    的-phrase gave (某某，某大学教授、某学会会长，; 现职校队导师、足球评述员的某某): each piece up to
    the next mark ends in a title, and names no one. The titles only: a body in a later piece is as
    often a field or a place as the person's own (on dev, taking them added wrong affiliations)."""
    folded, out = ctx.folded, []
    for first in found:
        at = first.role.span.end if first.role is not None else -1
        while 0 <= at < len(folded) and folded[at] == "、":
            stop = at + 1
            while stop < len(folded) and folded[stop] not in STOPS and not (
                    folded[stop] == "的" and stop + 1 in ctx.person_starts):  # …、足球评述员|的|某某
                stop += 1
            if any(at < s < stop for s in ctx.person_starts):
                break
            listed = ctx.role_before(stop, floor=at + 1)
            if listed is None or listed.role is None or listed.role.span.start <= at:
                break
            out.append(listed._replace(affiliations=[]))
            at = stop
    return out