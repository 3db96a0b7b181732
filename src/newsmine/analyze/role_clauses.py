"""Roles given by a clause around a name rather than by a title beside it: an apposition (某某，前国务卿，;
某某是该校的教授, 某某也是…的总编辑; 免去某某的某局局长职务), a verb that gives or takes a post (某某将出任副首相), a
的-phrase before the name (曾在某台担任主持人的|记者某某) and a post held by the one named after 由
(财政部长一职由某某担任); the post an official biography gives after the name's sex, birth and
birthplace (某某，男，1965年3月生，山东烟台人，现任某公司董事长); the post a pronoun's clause gives (她是一名
博士); and the body or country written right before the name (在某所工作的|某某, 共和党籍的|某某,
某医院妇产科|某某, 来自乌干达的|某某, 代表某党参选的|某某); and the body written in parentheses after the name (某某（某大学）).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from typing import NamedTuple, Protocol

from newsmine import data
from newsmine.analyze import gazetteer, units
from newsmine.analyze.bodies import REACH, STOPS
from newsmine.analyze.mentions import JOINS
from newsmine.analyze.text import CLOSE_PARENS, OPEN_PARENS, ending_at, starting_at
from newsmine.model import Gloss, Mention, Role
from newsmine.names import fold

_APPOSITION = "，,是为系"  # before a clause that describes the name: 某某，前国务卿，/ 某某是…的教授 / 某某系…员工
_CLAUSE_STOPS = STOPS - {"、"}  # a 、 inside a 的-phrase (担任制片、不愿具名的) does not end it
_ADVERBS = "也亦还更就"  # between a name and the 是 of its apposition: 某某也是…的总编辑
_POST_WORDS = ("一职", "职务", "职位")  # between a post and 由: 财长一职由某某出任
_TAIL = re.compile(r"(?:[0-9一二三四五六七八九十百多余]+年|的时候|期间|之时|时)$")  # after a post taken: 曾任议员20年
_BEFORE_REN = "年月日曾现时后再又起并国"  # what 任 alone may follow as a verb of office (回国任; not 责任, 信任)
_AFTER_REN = "何务期性命职意凭教"  # what it may not precede (任何, 任务, 任期, 任命)
_AT_THE_TIME = frozenset({"时任"})  # a verb of office in a 的-phrase only: 时任某会主席的|某某 (not 某某在会上认识时任…)
_PARTY_MARKS = frozenset({"的", "籍", "籍的"})  # between a body and its member's name: 共和党籍的|某某
_BIOGRAPHY = 6  # clauses of a biography before its post: 某某，男，汉族，1965年3月生，山东烟台人，现任…
_NOT_PRONOUN = "们"  # 他们, 她们: a group, not the one named last
_NOT_PRONOUN_BEFORE = "其吉"  # 其他, 吉他: no pronoun
_PRONOUN = re.compile("[他她]")
_BARE_WORK = frozenset("当做干")  # verbs of work of one character (data/job_verbs.tsv)
_NOT_AFTER_BARE = "时地年天日然中场选面初今前即局成作出法好事情么些部净脆杯"  # 当时, 做法, 干部: other words
_BEFORE_COPULA = 4
_REPRESENTS = "代表"  # 代表某党参选的|某某: the body one stands or plays for
_REPRESENT_VERB = 4  # characters of the verb between that body and 的: 参选, 出战, 出席
_ASIDE = 6  # characters of an aside in parentheses after a name: 某某（化名）, 某某（左二）  # characters between a pronoun and its 是: 他最初是, 她当时还是


class Found(NamedTuple):
    """A role, the affiliations written with it, and where the words that name them begin."""

    role: Role | None
    affiliations: list[str]
    left: int


class RoleContext(Protocol):
    """What the clause readers need of the document's index (`roles._Context`)."""

    folded: str
    gloss_after_term: dict[int, Gloss]
    person_starts: set[int]
    person_ends: set[int]
    mention_at_start: dict[int, Mention]
    mention_at_end: dict[int, Mention]

    def role_before(self, start: int, floor: int = 0) -> Found | None: ...

    def roles_before(self, start: int) -> list[Found]: ...

    def mention_before(self, pos: int) -> tuple[Mention | None, int]: ...

    def organisation_before(self, pos: int, floor: int) -> tuple[list[str], int]: ...

    def organisation_chain(self, mention: Mention) -> tuple[list[str], int]: ...


def role_in_apposition(ctx: RoleContext, end: int) -> Found | None:
    """A short clause right after the name (or its gloss) that ends in a title: 某某，前国务卿，;
    某某是该校的教授。; 某某将出任副首相。; 免去某某的某局局长职务 (after 的, only a post named so)."""
    folded = ctx.folded
    title = starting_at(folded, end, data.words("titles"))  # 约翰•布朗|勋爵（Lord Browne），…
    gloss = ctx.gloss_after_term.get(end) or (ctx.gloss_after_term.get(end + len(title)) if title else None)
    if gloss is not None:
        end = gloss.span.end
    end = past_aside(folded, end)
    while end < len(folded) and folded[end] == " ":
        end += 1
    if end >= len(folded):
        return None
    if folded[end] in _ADVERBS and folded[end + 1 : end + 2] in tuple(_APPOSITION[2:]):
        end += 1  # 某某|也|是该台的总编辑
    posts_only = folded[end] == "的"  # 免去某某的|某委员会主任|职务: a post the person holds, nothing else
    tail = None
    if folded[end] not in _APPOSITION and not posts_only:
        verb = office_verb_after(ctx, end)
        if verb is None:
            return None
        end = verb - 1  # 某某(在2019年返回本国)出任|外长: the clause after the verb ends in the post
        tail = _TAIL
    stop = end + 1
    limit = min(len(folded), end + 1 + REACH)
    while stop < limit and folded[stop] not in STOPS:
        if stop in ctx.person_starts:
            return None
        stop += 1
    if stop == limit or stop == end + 1:
        return None
    post = next((len(w) for w in _POST_WORDS if folded[stop - len(w) : stop] == w), 0)  # …主席|职务
    if tail is not None and (held := tail.search(folded, end + 1, stop)) is not None:
        post = stop - held.start()  # 某某曾任众议员|20年, 某某任总统|的时候: how long or when, after the post
    return None if posts_only and not post else ctx.role_before(stop - post, floor=end + 1)


def past_aside(folded: str, end: int) -> int:
    """Past a short aside in parentheses right after a name that names no title (某某（化名）是…,
    某某（左）曾任…): where the clause about the name goes on; `end` itself when there is none."""
    if folded[end : end + 1] not in OPEN_PARENS:
        return end
    close = next((i for i in range(end + 1, min(len(folded), end + 1 + _ASIDE)) if folded[i] in CLOSE_PARENS), None)
    if close is None or ending_at(folded, close, data.words("titles")) is not None:
        return end
    return close + 1


def office_verb_after(ctx: RoleContext, end: int) -> int | None:
    """Where the clause after a name continues past a verb that gives or takes a post (某某将出任,
    某某在2016年返回本国出任, 某某辞去…职务); None when another person or the clause's end comes first."""
    folded, verbs = ctx.folded, data.words("office_verbs")
    at = end
    while at < min(len(folded), end + REACH):
        if at > end and at in ctx.person_starts and folded[at - 1] in JOINS:
            at = ctx.mention_at_start[at].span.end  # 甲及|乙|将担任: the post is both people's
            continue
        if folded[at] in STOPS or (at > end and at in ctx.person_starts):
            return None
        verb = starting_at(folded, at, verbs, 4)
        if verb is not None:
            return at + len(verb)
        # 任 alone, right after the name or a date: 某某任|韩国总统的时候, 某某2019年任|驻某国大使期间; 时任 only
        # so (某某认识时任某会主席的某某: that post is the one named after's)
        if folded[at] == "任" and (at == end or folded[at - 1] in _BEFORE_REN) and folded[at + 1 : at + 2] not in _AFTER_REN \
                and (folded[at - 1] != "时" or at - 1 == end or folded[at - 2] in "年月日"):
            return at + 1
        at += 1
    return None


def role_given_before(ctx: RoleContext, start: int) -> Found | None:
    """A post given by a verb in a 的-phrase before the name, in its clause: 曾在某台担任主持人的|记者
    某某; 担任制片、不愿具名的|某某; 时任某会主席的|某某; 在工厂当铸造工的|某某 (data/job_verbs.tsv) — the
    post ends right before 的 or 、."""
    folded, verbs = ctx.folded, data.words("office_verbs") | data.words("job_verbs") | _AT_THE_TIME
    pos = start
    while pos > max(0, start - 2 * REACH) and folded[pos - 1] not in _CLAUSE_STOPS:
        pos -= 1
        if pos in ctx.person_ends:
            return None
        verb_end = verb_at(folded, pos, verbs)
        if verb_end is None:
            continue
        after = stop = verb_end
        while stop < start and folded[stop] not in "的、":
            stop += 1
        post = next((len(w) for w in _POST_WORDS if folded[stop - len(w) : stop] == w), 0)  # 担任某职务|一职|的
        found = ctx.role_before(stop - post) if stop != after and "的" in folded[stop:start] else None
        # the post after the verb, or with it when the verb is the title's own modifier (时任|某会主席)
        if found is not None and found.role is not None and found.role.span.start >= pos:
            return found
        if folded[pos : verb_end] not in data.words("job_verbs"):
            return None  # a verb of work gives no post: it may be part of another word (乌|干|达)
    return None


def verb_at(folded: str, at: int, verbs: frozenset[str]) -> int | None:
    """Where one of `verbs` (of office or work) starting at `at` ends; a bare 当, 做 or 干 only before
    no word it makes with the next character (当时, 做法, 干部)."""
    verb = starting_at(folded, at, verbs, 4)
    if verb is None or (verb in _BARE_WORK and folded[at + 1 : at + 2] in _NOT_AFTER_BARE):
        return None
    return at + len(verb)


def role_held_by(ctx: RoleContext, left: int, end: int) -> Found | None:
    """A post named before 由 and the name, given by a verb after it: 财政部长(一职)由|某某|担任; a body
    named there is the one the person heads (内政部由|某某|出掌)."""
    folded = ctx.folded
    gloss = ctx.gloss_after_term.get(end)
    end = gloss.span.end if gloss is not None else end
    if folded[left - 1 : left] != "由" or office_verb_after(ctx, end) is None:
        return None
    at = left - 1
    at -= next((len(w) for w in _POST_WORDS if folded[at - len(w) : at] == w), 0)
    found = ctx.role_before(at)
    if found is not None:
        return found
    mention, _ = ctx.mention_before(at)
    if mention is None or mention.type != "ORG":
        return None
    return Found(None, ctx.organisation_chain(mention)[0], mention.span.start)


def role_in_biography(ctx: RoleContext, end: int) -> Found | None:
    """The post in an official biography that follows the name with its sex: 某某，男，1965年3月生，山东
    烟台人，现任某公司董事长。 The clauses before (birth, birthplace, ethnicity) give none; the first that
    opens with a verb of office (现任, 曾任) and ends in a title gives it, within the sentence."""
    folded = ctx.folded
    if folded[end : end + 1] not in ("，", ",") or folded[end + 1 : end + 2] not in ("男", "女") \
            or folded[end + 2 : end + 3] not in ("，", ","):
        return None
    verbs, at = data.words("office_verbs"), end + 3
    for _ in range(_BIOGRAPHY):
        stop = at
        while stop < len(folded) and folded[stop] not in STOPS:
            stop += 1
        verb = starting_at(folded, at, verbs, 4)
        if verb is not None:
            found = ctx.role_before(stop, floor=at + len(verb))
            if found is not None and found.role is not None and found.role.span.start >= at + len(verb):
                return found
        if stop >= len(folded) or folded[stop] not in "，,":
            return None
        at = stop + 1
    return None


def posts_of_pronouns(ctx: RoleContext, people: list[Mention]) -> list[tuple[str, Found]]:
    """他 or 她 and 是 and a clause ending in a title (她是一名博士, 他最初是网约车司机): the post of the
    person named last before the pronoun in its paragraph, or in the paragraph before when the
    pronoun opens its own. `people` are the persons' mentions in reading order."""
    folded = ctx.folded
    out: list[tuple[str, Found]] = []
    ends = [m.span.end for m in people]
    for at in pronouns(folded):
        copula = next((k for k in range(at + 1, min(len(folded), at + 2 + _BEFORE_COPULA))
                       if folded[k] == "是" or folded[k] in STOPS), None)
        if copula is None or folded[copula] != "是":
            continue
        stop = next((k for k in range(copula + 1, min(len(folded), copula + 1 + REACH)) if folded[k] in STOPS), None)
        if stop is None or any(copula < s < stop for s in ctx.person_starts):
            continue
        found = ctx.role_before(stop, floor=copula + 1)
        named = antecedent(folded, people, ends, at)
        if found is not None and found.role is not None and named is not None:
            out.append((named, found))
    return out


def pronouns(folded: str) -> Iterator[int]:
    """Where 他 or 她 stands for one person: not 他们, 她们, nor 其他 or 吉他."""
    for pronoun in _PRONOUN.finditer(folded):
        at = pronoun.start()
        if folded[at + 1 : at + 2] != _NOT_PRONOUN and (at == 0 or folded[at - 1] not in _NOT_PRONOUN_BEFORE):
            yield at


def antecedent(folded: str, people: list[Mention], ends: list[int], at: int) -> str | None:
    """The entity of the person a pronoun at `at` stands for: the one named last before it in its
    paragraph, or in the paragraph before when the pronoun opens its own. `ends` are where `people`
    (in reading order) end."""
    last = bisect_right(ends, at) - 1
    if last < 0:
        return None
    named = people[last]
    paragraph = folded.rfind("\n", 0, at)
    if folded[paragraph + 1 : at].strip() == "":  # the pronoun opens its paragraph: the one before
        paragraph = folded.rfind("\n", 0, max(0, paragraph - 1))
    return named.entity if paragraph < named.span.start and named.entity else None


def workplace_before(ctx: RoleContext, start: int) -> Found | None:
    """The body a 的-phrase before the name (and its title) says the person works at, in their
    clause: 在某所工作的|研究员某某, 入职某公司的|某某 (data/work_verbs.tsv)."""
    folded = ctx.folded
    sides = {row["verb"]: row["side"] for row in data.table("work_verbs")}
    pos = start
    while pos > max(0, start - 2 * REACH) and folded[pos - 1] not in _CLAUSE_STOPS:
        pos -= 1
        if pos in ctx.person_ends:
            return None
        body = ctx.mention_at_start.get(pos)
        if body is None or body.type != "ORG" or not body.entity or "的" not in folded[body.span.end : start]:
            continue
        verb_after = starting_at(folded, body.span.end, frozenset(sides), 3)
        verb_before = next((v for v, side in sides.items() if side == "before" and folded.endswith(v, 0, pos)), None)
        if (verb_after and sides[verb_after] == "after" and folded[pos - 1 : pos] in "在从于"
                and folded[body.span.end + len(verb_after)] == "的") or verb_before:
            return Found(None, [body.entity], pos)
    return None


def body_represented(ctx: RoleContext, start: int) -> Found | None:
    """The body or country a 的-phrase right before the name (and its title) says the person stands,
    plays or speaks for: 代表某党参选的|某某, 代表某国出战的|选手某某, 代表某公司出席的|某某."""
    folded = ctx.folded
    de = start - 1
    if folded[de : de + 1] != "的":
        return None
    for body_end in range(de, max(0, de - _REPRESENT_VERB - 1), -1):
        if folded[body_end - 1 : body_end] in STOPS:
            return None
        body = ctx.mention_at_end.get(body_end)
        if body is None or not body.entity or folded[body.span.start - len(_REPRESENTS) : body.span.start] != _REPRESENTS:
            continue
        if body.type == "ORG" or (body.type == "LOC" and fold(body.text) in gazetteer.countries()):
            return Found(None, [body.entity], body.span.start - len(_REPRESENTS))
        return None
    return None


def country_right_before(ctx: RoleContext, start: int, titled_after: bool) -> str | None:
    """The country written right before the name of one given an office's title: 英国|伊丽莎白女王,
    美国的|某某参议员 (the title after the name), 时任某会主席、来自乌干达的|某某 (来自: where the
    official comes from) — an official's state (CONVENTIONS), where a trade's would be a nationality."""
    de = ctx.folded[start - 1 : start] == "的"
    mention = ctx.mention_at_end.get(start - de)
    if mention is None or mention.type != "LOC" or fold(mention.text) not in gazetteer.countries():
        return None
    from_there = de and ctx.folded[mention.span.start - 2 : mention.span.start] == "来自"
    return mention.entity if titled_after or from_there else None


def organisations_right_before(ctx: RoleContext, start: int) -> list[str]:
    """An organisation written right before a name, with no title between (社民连|曾健成, 共和党的|
    约翰逊, 共和党籍的|某某), or before a unit of it that ends right there (某大学附属医院|妇产科|某某)."""
    mention = ctx.mention_at_end.get(start - len(ending_at(ctx.folded, start, _PARTY_MARKS, 2) or ""))
    if mention is not None:
        return [mention.entity] if mention.type == "ORG" and mention.entity else []
    if not units.unit_ending(ctx.folded, start):
        return []
    return ctx.organisation_before(start, max(0, start - REACH))[0]


def body_in_parentheses(ctx: RoleContext, end: int) -> Found | None:
    """The body a parenthesis right after the name (or its gloss, or the title after it) opens with and
    holds alone, or with a unit of it: 某某（某大学）, 某某教授（某大学某学院）, 某某参议员（某党） — the
    programme's and the commentator's way of naming where one works; not （左）, （化名）."""
    folded = ctx.folded
    gloss = ctx.gloss_after_term.get(end)
    if gloss is not None:
        end = gloss.span.end
    if folded[end : end + 1] not in OPEN_PARENS:
        return None
    close = next((i for i in range(end + 1, min(len(folded), end + 1 + REACH)) if folded[i] in CLOSE_PARENS), None)
    if close is None:
        return None
    organisations, left = ctx.organisation_before(close, end + 1)
    if left != end + 1 or any(end < s < close for s in ctx.person_starts):
        return None
    return Found(None, organisations, left)
