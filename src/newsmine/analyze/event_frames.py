"""An event frame's life: the frame a trigger opens from its clause (participants, place, modality); which time
expression dates it (the time a trigger's clause or sentence names, the headline's when the story it opens names one
later; a year that names a thing, `2019年获奖名单`, dates nothing); and a later mention that joins the frame of the
same happening (same type, the same people or fewer or more, no other place or time, or pointing back at it).
"""

from __future__ import annotations

import re

from newsmine.analyze import event_participants as who
from newsmine.analyze import event_places as where
from newsmine.analyze.event_lexicon import lexicon
from newsmine.analyze.event_words import Words
from newsmine.analyze.word_starts import WordStarts
from newsmine.model import Doc, Event, Mention, Modality, Span, Time
from newsmine.names import fold

_BREAK = re.compile(r"[\s，。；：、,.;:!?！？）)」”]|年")  # what may follow a bare year that dates something
_ORDINAL = re.compile(r"[首第前后初底末中上下]")  # 1986年首位获得…: an order in that year, no noun it names
_PASSIVE = re.compile(r"[被遭]")  # 被上海一家法院判处: the dropped subject is the one it happens to
_MODALITY_RANK: tuple[Modality, ...] = ("asserted", "planned", "possible", "negated", "denied")
_DISPOSAL = re.compile(r"[\d０-９两二三四五六七八九十其该此这他她]")  # 将12家企业列入, 将其开除: 将 as 把 before what is acted on, no plan
_PUT_OFF = re.compile(r"(?:押后|延|推迟|改期|顺延|延期)(?:至|到)$")  # on folded text: 押后至, 延至, 推迟到
_BASE = re.compile(r"(?:较|比|相比|相较|较之)$")  # on folded text: 较上月增加一倍
_NO_ONE = frozenset(("natural_disaster",))  # a storm, quake or flood: no one takes part in it
_DONE = re.compile(r"(?:成功|顺利|已经|已)$")  # 成功将卫星发射升空, 已将其开除: 将 as 把 after what says it is done, no plan


def open_frame(doc: Doc, folded: str, clause: Span, trigger: Span, etype: str, in_clause: list[Mention],
               qualifiers: set[int], settings: set[int], subject: str | None, time: int | None,
               pronoun: bool = False, joined: list[str] | None = None, nouns: set[int] | frozenset[int] = frozenset()
               ) -> Event:
    """The frame a trigger opens: participants, place, time and modality read from its clause; a subject carried from
    before brings those `joined` to it (`陈立人和于璇毕业后，…入学`: both enrolled); `nouns` are where the tagger's nouns
    start (a 将 before one is 把)."""
    agentless = etype in lexicon().agentless
    found = where.place(doc, folded, clause, trigger, etype, in_clause)
    place, phrase = found if found else (None, Span(0, 0))
    participants: list[str] = []
    setting: Mention | None = None
    agent_named = False
    for x in in_clause:
        in_phrase = phrase.start <= x.span.start and x.span.end <= phrase.end
        if x.type in ("LOC", "ORG") and in_phrase and etype != "visit" or x.type == "LOC" and id(x) in qualifiers:
            continue
        if x.type == "LOC" and (agentless or not in_phrase and id(x) in settings):
            if setting is None or where.breadth(x) < where.breadth(setting):
                setting = x  # 紐約股市…下跌, 北京的学校…关闭: where it happened, not who took part; 美国费城: the city
            continue
        if x.span.start < trigger.start and not in_phrase and not who.accompanies(doc.text, clause, x, in_clause) and (
                not who.targeted(doc.text, x)):
            agent_named = True
        if x.entity not in participants:
            participants.append(x.entity)  # type: ignore[arg-type]
    passive = _PASSIVE.search(doc.text, clause.start, trigger.start)
    dropped = passive is not None and not any(
        x.type in ("PER", "ORG") and x.span.end <= passive.start() for x in in_clause)
    if subject and subject not in participants and not agentless and (
            where.COMPANION.match(doc.text, clause.start) or not agent_named or dropped or pronoun):
        participants.insert(0, subject)  # 金正恩…抵达…，与普京…会面: 金正恩 met too
        participants[1:1] = [x for x in joined or () if x not in participants]
    if etype in _NO_ONE:
        participants = []  # 天文台改發八號風球: the observatory tells of the storm, it takes no part in it
    if place is None and setting is not None and not agentless:
        place = setting
    if etype == "visit" and place is not None and place.entity not in participants:
        participants.append(place.entity)  # type: ignore[arg-type]  # 在德国出访: Germany is visited
    return Event(type=etype, plover=lexicon().plover.get(etype), trigger=trigger, span=clause,
                 participants=participants, place=place.entity if place else None, time=time,
                 modality=modality(folded, clause.start, trigger.start, {x.span.start for x in in_clause} | nouns))


def modality(folded: str, start: int, end: int, name_starts: set[int] | frozenset[int] = frozenset()) -> Modality:
    """The strongest cue before the trigger in its clause: a denial outranks a negation, a possibility, a plan; a 将
    before a number, a pronoun or a name or noun (at `name_starts`: 将被告拘捕), or after 成功 or 已 (成功将卫星发射升空),
    is 把, what is done to them (将12家企业列入实体清单, 将远景电子列入), no plan."""
    lex = lexicon()
    found = [lex.modal[m.group()] for m in lex.modality_re.finditer(folded, start, end)
             if m.group() != "将" or not (_DISPOSAL.match(folded, m.end()) or m.end() in name_starts
                                           or _DONE.search(folded, max(start, m.start() - 2), m.start()))]
    return max((k for k in found if k != "none"), key=_MODALITY_RANK.index, default="asserted")  # type: ignore[arg-type]


def put_off(text: str, time: Time) -> bool:
    """Whether a time is the one a thing is put off to (押後至4月9日, 延至下月): when that is to be, no setting for
    what the sentences around it tell."""
    return _PUT_OFF.search(fold(text[max(0, time.span.start - 4):time.span.start])) is not None


def compared(text: str, time: Time) -> bool:
    """Whether a time is what something is compared with (较上月增加一倍, 比去年多): it dates nothing."""
    return _BASE.search(fold(text[max(0, time.span.start - 2):time.span.start])) is not None


def in_name(doc: Doc, i: int, folded: str, name_starts: set[int], words: Words, found: WordStarts) -> bool:
    """Whether time `i` is a year that names which one of a thing rather than when anything happened: a bare year
    before a name (`2021兰州马拉松`), a year before a common noun (`2019年获奖名单`, `2024年招租公示`); not before a
    name that acts (`2014年陈立人考入清华`, `2019年中国经济`, by the `name_starts` of mentions), nor before the
    happening it dates (`2020年总统选举`; but `2019年获奖名单` is a list's)."""
    t = doc.times[i]
    if not re.fullmatch(r"\d{4}", t.value or "") or t.span.end >= len(folded):
        return False
    if t.text.isdigit():
        return not _BREAK.match(folded, t.span.end)
    if t.span.end in name_starts or not words.common_noun_at(t.span.end) or _ORDINAL.match(folded, t.span.end):
        return False
    trigger = found.search(t.span.end, t.span.end + 8)
    return trigger is None or trigger.start() != t.span.end or words.modifies_noun(
        Span(trigger.start(), trigger.end())) or words.common_noun_at(trigger.end())


def own_time(doc: Doc, clause_times: list[int], trigger: Span, earlier: int | None) -> int | None:
    """The time that dates a trigger: its clause's last one before it (成蕾在2月5日被捕, 自2017年以来…消失), else the
    sentence's earlier one, else its clause's first one after it (访问是在1月27日); a list's next entry
    (…会面 11月19日：) comes last. A `自…以来` dates its sentence's happenings, not the paragraph's next ones."""
    before = [i for i in clause_times if doc.times[i].span.end <= trigger.start]
    after = [i for i in clause_times if doc.times[i].span.end > trigger.start]
    return before[-1] if before else earlier if earlier is not None else (after[0] if after else None)


def date_headline(doc: Doc, events: list[Event], since: set[int]) -> Span | None:
    """Happenings told in the sentences before the first that names a time (the headline, an undated lead)
    take that time: the first sentence that dates anything says when the story it opens happened
    (`…酿山火` / `…上周二…发生山火`); within that sentence the clause rules date a trigger. Returns that
    sentence, which also says where the story happened."""
    first = min(range(len(doc.times)), key=lambda i: doc.times[i].span.start, default=None)
    if first is None or first in since:
        return None
    start = doc.times[first].span.start
    dated = next((x.span for x in doc.sentences if x.span.start <= start < x.span.end), Span(start, start))
    for event in events:
        if event.trigger.start < dated.start and event.time is None:
            event.time = first
    return dated


def said_before(event: Event, said: dict[str, Event], doc: Doc, anaphoric: bool, headline: int,
                borrowed: set[int]) -> bool:
    """Whether the last frame of this type has the same people (or fewer, or more), no other place and no other
    time, or the mention points back at it (此次拘捕, 该调查), or it is the body's first telling of a headline's
    happening that shares someone with it or where one side names no person (then the headline's places, which stand
    for whom the body names, do not take part): the same happening, mentioned again.
    The mention joins that frame (its `also`); when it says where or when the frame did not (a headline's 会晤, the
    body's 在…会面), it becomes the frame's trigger. A time `borrowed` from an earlier paragraph (frames by id) is no
    time of the frame's own."""
    before = said.get(event.type)
    now = _value(doc, event.time)
    then = _value(doc, before.time) if before and id(before) not in borrowed else None
    ours, theirs = set(event.participants), set(before.participants) if before else set()
    told = before is not None and headline <= event.trigger.start and all(
        s.start < headline for s in (before.trigger, *before.also))  # the headline's, not yet told in the body
    loose = told and not (ours & theirs or ours <= theirs or theirs <= ours)  # 球队公布名单 / 足协公布了名单
    # 越南与新西兰领导人…会谈: a loose headline's places stand for whom the body names, and drop out
    places = {e.id for e in doc.entities if e.type == "LOC"} if loose else set()
    if before is None or not (anaphoric or ours <= theirs or theirs <= ours or told and (
            ours & theirs or not _people(doc, ours) or not _people(doc, theirs))) or (
            now is not None and then is not None and now != then) or (not told and
            event.place is not None and before.place is not None and event.place != before.place):
        said[event.type] = event
        return False
    if anaphoric:
        before.also.append(event.trigger)  # 此次会面带来的问题…: what else its clause names is about something else
    elif (now is not None and then is None) or (event.place is not None and before.place is None):
        event.also = [*before.also, before.trigger]
        event.participants += [p for p in before.participants if p not in event.participants and p not in places]
        event.place, event.arguments = event.place or before.place, before.arguments
        vars(before).update(vars(event))
        borrowed.discard(id(before))
    else:
        before.also.append(event.trigger)
        before.participants = [p for p in before.participants if p not in places] + [
            p for p in event.participants if p not in before.participants]
    return True


def _people(doc: Doc, ids: set[str]) -> set[str]:
    """The persons among entity ids."""
    return {e.id for e in doc.entities if e.id in ids and e.type == "PER"}


def _value(doc: Doc, time: int | None) -> str | None:
    """The value of the time at index `time` of `doc.times`, if any."""
    return doc.times[time].value if time is not None else None
