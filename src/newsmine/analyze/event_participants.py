"""A sentence's clauses and who takes part in an event in one: the sentence's subject and the actor each
clause names for the next, companions after 与, places that qualify a person or name where rather than who,
and the two parties a 双方, 两人 or 两国 stands for.

Chinese news drops the subject a clause shares with the sentence or the paragraph and names pairs by a
word for both (`双方签署协议`, `两人在东京会面`); these helpers read that from the entity mentions, sorted by
offset, and the tagger's words (`event_words.Words`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from newsmine.analyze.event_words import Words
from newsmine.analyze.gazetteer import countries
from newsmine.model import Doc, Mention, Quote, Span
from newsmine.names import fold

CLAUSE_BREAK = re.compile(r"[，；：,;:]")  # the end of a clause
_ASIDE = 16  # the longest part of a bracketed aside on either side of its comma
_ASIDE_OPEN = re.compile(r"[（(][^（()）]*$")
_ASIDE_CLOSE = re.compile(r"[^（()）]*[）)]")

_TITLE_GAP = 8  # 俄罗斯总统普京, 越南总理阮文山: a country this close before a person qualifies the person
_WHERE = tuple("在于於到至赴")
_PRONOUN = re.compile(r"(?<![其吉利])[他她](?![人乡鄉国國])")  # 他借手机…打电话: the paragraph's subject acts
_OBJECT_PRONOUN = re.compile(r"[将把令使判]其")  # CBS即将其解雇, 判其入狱; not 向其东海岸 (its coast)
_FIRST_PERSON = re.compile(r"[我俺](?![们們国國市省县縣党黨军軍方校司院])")  # 我, not 我们 (a group) nor 我国 (a country)
_REPORTED = re.compile(r"据|根据")  # 据联合国称，…: who reports it is no actor of what it reports
_CAUSE = re.compile(r"因为|因為|由于|由於|因(?![此而])")  # 因谷歌滥用…，对其处以罚款: who a reason names acts in it only
_JOINED = re.compile(r"[、和及与與跟同]|以及")  # 湖北人社厅、江苏人社厅: two who act together, not one qualifying the other
_PIVOT = re.compile(r"(?:邀请|要求|委托|(?<![申])请|(?<![转出])让|派)$")  # 请X帮忙, 派X出席: X is asked, the asker acts on
_GOVERNED = re.compile(r"[受被遭对對向与與和跟同把将將给給为為]")  # 受刘翔影响, 向乍得总统: the name is no subject


def clauses(text: str, span: Span) -> list[Span]:
    """The clauses of a sentence: pieces between commas, semicolons and colons, but for a comma inside a short aside in
    brackets (`对中国环球电视网（CGTN，又称中国国际电视台）处以罚款`: an aside, not a clause of its own; a long bracketed
    note, `（注：…决定：免去…；免去…）`, keeps its clauses)."""
    out, start = [], span.start
    for m in CLAUSE_BREAK.finditer(text, span.start, span.end):
        if m.group() in "，," and _ASIDE_OPEN.search(text, max(start, m.start() - _ASIDE), m.start()) and (
                _ASIDE_CLOSE.match(text, m.end(), min(span.end, m.end() + _ASIDE))):
            continue
        if m.start() > start:
            out.append(Span(start, m.start()))
        start = m.end()
    if span.end > start:
        out.append(Span(start, span.end))
    return out


def qualifiers(text: str, mentions: list[Mention]) -> set[int]:
    """The ids of the places that are part of a title or description (越南总理|阮文山, 德国零件商|博尔茨); not a
    place a preposition or 把, 将 separates from the name (美国对|星辰科技实施制裁: the country acts on the company).

    One pass over the sorted mentions: each place looks only at the few that start within a title's length.
    """
    out: set[int] = set()
    for i, loc in enumerate(mentions):
        if loc.type != "LOC":
            continue
        for m in mentions[i + 1:]:
            gap = m.span.start - loc.span.end
            if gap > _TITLE_GAP:
                break
            if m.type in ("PER", "ORG") and gap >= 0:
                between = text[loc.span.end:m.span.start]
                if not CLAUSE_BREAK.search(between) and not _GOVERNED.search(between):
                    out.add(id(loc))
                break
    return out


def accompanies(text: str, clause: Span, x: Mention, in_clause: list[Mention]) -> bool:
    """Whether `x` is named after 与, 和 … (将与总统蔡英文会面): a companion, not the one who acts."""
    lo = max(clause.start, x.span.start - _TITLE_GAP - 1)
    k = max(text.rfind(c, lo, x.span.start) for c in "与和同跟與")
    return k >= 0 and not any(y.span.start <= k < y.span.end or y.type != "LOC" and k < y.span.start < x.span.start
                              for y in in_clause if y is not x)  # 与印度尼西亚外长玛丽娜: a country qualifies


def targeted(text: str, x: Mention) -> bool:
    """Whether `x` is named right after 对 or 向 (对国泰人寿核处罚锾, 向中国恒大颁布清盘令): whom it is done to, not who
    does it."""
    return text[x.span.start - 1:x.span.start] in ("对", "對", "向")


def _uncited(text: str, span: Span, mentions: list[Mention]) -> list[Mention]:
    """The mentions not in a clause that opens with 据 or 根据 (who reports what the sentence tells); the
    clause breaks are found in one scan, and each mention's clause by bisection."""
    last = max((x.span.start for x in mentions), default=span.start)
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(text, span.start, last)]
    out = []
    for x in mentions:
        i = bisect_right(breaks, x.span.start)
        at = breaks[i - 1] if i else span.start
        if not _reports(text[at:at + 2]):
            out.append(x)
    return out


@lru_cache(maxsize=4096)
def _reports(opening: str) -> bool:
    """Whether a clause whose first two characters are `opening` names who reports (据, 根據 …)."""
    return _REPORTED.match(fold(opening)) is not None


def subject(mentions: list[Mention], text: str, span: Span, before: str | None, settings: set[int]) -> str | None:
    """A sentence's (or clause's) subject: the paragraph's subject when a pronoun comes before any person or organisation
    (他…来到郑州，跟着中铁一局…), else its first person, else organisation, else a country that acts (a city or
    region names where, not who: 北极部长会议); of two organisations written together the second, which the first
    qualifies (多伦多大学公民实验室; not two joined by 、 和 及 与, who both act); not the source a `据…` clause names (据联合国称，…至少打死了30人)."""
    mentions = _uncited(text, span, mentions)
    heads = [x for x, y in zip(mentions, mentions[1:] + [None])
             if not (y and x.type == y.type == "ORG" and 0 <= y.span.start - x.span.end <= 1
                     and not _JOINED.fullmatch(text, x.span.end, y.span.start))]
    actors = [x for t in ("PER", "ORG") for x in heads if x.type == t and not (
        t == "ORG" and text[x.span.start - 1:x.span.start] == "在")]  # 在九龙城裁判法院应讯: where, not who
    pronoun = _PRONOUN.search(text, span.start, min([x.span.start for x in actors] + [span.end]))
    if pronoun and before:
        return before
    actors += [x for x in mentions if x.type == "LOC" and id(x) not in settings]
    return actors[0].entity if actors else None


def partners(mentions: list[Mention], text: str, actor: str | None) -> list[str] | None:
    """Who is named together with the actor as one subject (`湖北人社厅、江苏人社厅…`, `陈立人和于璇…`, `高美玲与台南市议员
    陈思远…`): the persons or organisations joined to its first mention by 、 和 及 与, each but for a title in between
    (a place that qualifies, a word for the office); None when the mentions do not name the actor."""
    at = next((i for i, m in enumerate(mentions) if m.entity == actor), None)
    if at is None:
        return None
    out: list[str] = []
    last = mentions[at]
    for m in mentions[at + 1:]:
        if m.type == "LOC":
            continue  # 台南市议员陈思远: a place in a title
        joined = _JOINED.match(text, last.span.end)
        if m.type not in ("PER", "ORG") or joined is None or m.span.start - joined.end() > _TITLE_GAP or (
                CLAUSE_BREAK.search(text, joined.end(), m.span.start)):
            break
        if m.entity not in out and m.entity != actor:
            out.append(m.entity)  # type: ignore[arg-type]
        last = m
    return out


def clause_actor(in_clause: list[Mention], text: str, folded: str, clause: Span, verb: int,
                 referent: str | None, places: set[int]) -> str | None:
    """Who a clause names as its actor, for the clauses after it that name none (`…表示，林志远将访问东京，并会见…`):
    its subject (`subject`, a pronoun standing for `referent`) when named before the clause's event word (at
    `verb`), after no preposition (`受刘翔影响`, `向乍得总统`) and not as whom the clause asks (`请周婉清帮忙`); none in a
    clause that says who reports (`据…称`) or a reason (`因谷歌…，对其处以罚款`)."""
    if _REPORTED.match(folded, clause.start) or _CAUSE.match(folded, clause.start):
        return None
    actor = subject(in_clause, text, clause, referent, places)
    if not actor:
        return None
    at = next((m.span.start for m in in_clause if m.entity == actor), clause.start)
    asked = _PIVOT.search(folded, max(clause.start, at - 2), at)  # 请周婉清帮忙: who is asked does what is asked only
    return actor if at < verb and not _GOVERNED.search(folded, clause.start, at) and not asked else None


def objects(in_clause: list[Mention], trigger: Span) -> set[str]:
    """The entities a clause names only after the trigger: what is done to them, not who does it."""
    before = {x.entity for x in in_clause if x.span.start < trigger.start}
    return {x.entity for x in in_clause if x.span.start >= trigger.end and x.entity not in before}  # type: ignore[misc]


def pronoun_leads(text: str, clause: Span, trigger: Span, in_clause: list[Mention]) -> bool:
    """Whether a 他, 她 or 他们 comes before the trigger and before any name in its clause: it is who acts
    (`…称，他们对苹果公司…进行了调查`)."""
    first = min([x.span.start for x in in_clause if x.type in ("PER", "ORG")] + [trigger.start])
    return _PRONOUN.search(text, clause.start, first) is not None


def object_pronoun(folded: str, clause: Span, trigger: Span) -> bool:
    """Whether a 其 after 将, 把, 令, 使 or 判 before the trigger stands for whom it is done to (`CBS即将其解雇`): the person
    the story was about."""
    return _OBJECT_PRONOUN.search(folded, clause.start, trigger.start) is not None


def settings(doc: Doc, mentions: list[Mention], words: Words) -> set[int]:
    """The ids of the places that cannot take part: all but countries, and a country after a place word (在挪威北部)
    or qualifying a noun (中国的学校, 美国记者, by the word the tagger reads after it): they name where, not who."""
    return {id(m) for m in mentions if m.type == "LOC" and (
        fold(m.text) not in countries() or doc.text.startswith("的", m.span.end)
        or doc.text[m.span.start - 1:m.span.start] in _WHERE or words.noun_at(m.span.end))}


_PAIR = re.compile(r"双方|两人|二人|两位|两国|两党|两家")  # on folded text: 双方…协商未果, 两人…会面, 两国签署
_PAIR_KINDS = {"两人": ("PER",), "二人": ("PER",), "两位": ("PER",), "两党": ("ORG",), "两家": ("ORG",), "两国": ("LOC",)}


def pair(folded: str, clause: Span, trigger: Span, earlier: list[Mention], places: set[int]) -> list[str]:
    """The two parties a word for both before the trigger in its clause stands for (`双方`, `两人`, `两国`): the
    last two of that kind the paragraph named before it, in the order named; none when it named fewer."""
    found = list(_PAIR.finditer(folded, clause.start, trigger.start))
    if not found:
        return []
    word, at = found[-1].group(), found[-1].start()
    kinds = _PAIR_KINDS.get(word, ("PER", "ORG", "LOC"))
    out: list[str] = []
    for x in reversed(earlier):
        if x.span.end > at or x.type not in kinds or x.entity in out:
            continue
        if x.type == "LOC" and (fold(x.text) not in countries() or word != "两国" and id(x) in places):
            continue  # 两国: two countries; 双方: sides that act, not where something is
        out.append(x.entity)  # type: ignore[arg-type]
        if len(out) == 2:
            return out[::-1]
    return []


def quoted_speaker(text: str, quotes: list[Quote], clause: Span, verb: int, in_clause: list[Mention]) -> str | None:
    """Who acts when a 我 (not 我们, a group, nor 我国) comes before the event word (at `verb`) and before any name in
    its clause, inside a quotation whose speaker the quotes layer found: that speaker (`“这份工作我干了半年，就辞职了”`).
    `quotes` are sorted by start; the one holding the 我 is the last that starts before it (statements do not nest)."""
    first = min([x.span.start for x in in_clause if x.type in ("PER", "ORG")] + [verb])
    me = _FIRST_PERSON.search(text, clause.start, first)
    if me is None:
        return None
    k = bisect_right(quotes, me.start(), key=lambda q: q.span.start)
    return quotes[k - 1].speaker if k and verb < quotes[k - 1].span.end else None
