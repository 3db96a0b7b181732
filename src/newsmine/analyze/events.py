"""Event frames: who met, was arrested, died, won, launched … whom, where and when, and how sure.

A trigger word (`data/event_triggers.tsv`, matched on the text folded to simplified characters) opens a frame
of its type (`data/event_types.tsv`) in its clause, unless it names who does it (`调查记者`), modifies a longer
noun the tagger reads as one word (`调查报告书`) or, as `到`, completes another verb (`游到`); a departure word right
before an organisation is a resignation (`离开华为`). Participants are the entities mentioned in the clause, not the
agency or reporter of a wire story's dateline (`新华社北京3月10日电（记者…）`: its city is where the sentence is set); a
clause with no one before the trigger, only a companion after 与, a passive 被 with no one before it, or a
leading 他/她 takes the actor the clauses before it last named before their event word (`…表示，林志远将访问东京，并会见…`:
林志远, not the speaker; not a name after 受, 向 …, nor a 据… source), else the sentence's subject; a pronoun stands
for the last person who acted, also across a paragraph break; `双方`, `两人`, `两国` stand for the last two parties
of that kind, a 其 after 将/把 the person the story was about (`event_participants.py`). A place takes part only
when it is a country that acts, else it names where (`紐約股市…下跌`, `北京的学校…关闭`, `北极部长会议`); a country taking part
in a justice or politics happening is also where it happened (`遭中国删文`). The place is the location named after
`在`, `抵达` …, the destination right after a visit or arrival (`访问台湾`), or, for a type without an agent (a fire,
quake or election), the location named in its clause; else such a setting in the clause; else where the
sentence, or the article so far, is set: a city rather than its country, a country rather than a region wider
than one (`欧洲`: `region` in places.tsv, event_cues.tsv). The time is the clause's last time expression before the
trigger, else one earlier in the sentence, else the clause's first after it, else the paragraph's, else the last of
the paragraphs before (a story told on in an undated paragraph; `自2019年以来` dates only its own sentence); what is told
in the sentences before the first dated one (the headline, an undated lead) takes its first time and, when it names no
place finer than a country, the one that sentence is set in; the modality comes from cues before the trigger in its
clause (`将` planned, `可能` possible, `否认` denied, `没有` negated). A later mention of the same happening (same type, no
one else, no other place or time, or named as a thing: `调查工作`; the body's first telling of a headline's happening that
shares a participant with it) joins its frame as an `also` span rather than opening another (`event_frames.py`).
Everything is read in one pass over the sentences, mentions and times sliced by offset (linear in the text).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache
from typing import Iterator

from newsmine.analyze import event_frames
from newsmine.analyze import event_participants as who
from newsmine.analyze.event_arguments import sentence_arguments
from newsmine.analyze.event_words import Words
from newsmine.analyze.gazetteer import countries
from newsmine.analyze.pipeline import component
from newsmine.analyze.text import alternation
from newsmine.analyze.word_starts import WordStarts
from newsmine.data import table
from newsmine.model import Argument, Doc, Event, Mention, Modality, Span
from newsmine.names import fold

_COMPANION = re.compile(r"[与和同跟與]")  # 在与普京…会谈后: 在 opens a time frame here, not a place
_AGENT_NOUN = re.compile(r"者|商(?!人)|人(?!质|数)|员|记者|学者|团(?!聚)|队(?!伍)|罪")  # who does it (投资人, 调查记者, 访问团), the charge (贩毒罪); not 死亡人数
_NOMINAL = re.compile(r"的|机制|制度|范围|方面|过程|期间|结果|事件|行动|活动|工作")  # 审查的范围, 抗议活动: the happening named as a thing
_PHRASE_END = re.compile(r"[被遭对對向与與和把将將]")
_PASSIVE = re.compile(r"[被遭]")  # 被上海一家法院判处: the dropped subject is the one it happens to
_ANAPHOR = re.compile(r"(?:此次|这次|这一|这场|这起|这宗|这项|这种|上述|(?<![应活])该)$")  # 此次拘捕: the one just told
_DATELINE = re.compile(  # 新华社北京3月10日电（记者 张三）, （中央社記者王明台北10日電）: a wire story's opening
    r"[（(【]?[^。，；！？\n（(【]{2,40}?(?:\d{1,2}|[一二三四五六七八九十]{1,3})日[电讯]"
    r"(?:[）)】]|[（(][^）)。]{0,30}[）)]|(?=\s))")
_PLACE_WINDOW = 16
_DESTINATION_GAP = 2  # 访问了台湾, 到訪北京: the place right after a visit or arrival is where it happened
_MODALITY_RANK: tuple[Modality, ...] = ("asserted", "planned", "possible", "negated", "denied")
_MODAL_KINDS = ("planned", "possible", "negated", "denied", "none")
_MOVES = ("visit", "arrive", "depart")
_DOMESTIC = ("justice", "politics")  # a country that arrests, tries, bans or elects does so at home
_AMOUNT = r"\d[\d,.]* ?(?:[万亿元]|萬|億)"  # 提供200万美元: an amount says money is given


@dataclass(frozen=True)
class _Lexicon:
    triggers: dict[str, str]
    needs_place: frozenset[str]
    needs_aid: frozenset[str]
    needs_object: frozenset[str]
    supplied_re: re.Pattern[str]
    trigger_re: re.Pattern[str]
    plover: dict[str, str | None]
    domestic: frozenset[str]
    agentless: frozenset[str]
    roles: dict[str, frozenset[str]]
    cues: dict[str, str]
    modal: dict[str, str]
    modality_re: re.Pattern[str]
    place_re: re.Pattern[str]
    sites: tuple[str, ...]
    regions: frozenset[str]
    abbreviations: dict[str, str]


@cache
def lexicon() -> _Lexicon:
    """The event lexicons (triggers, types, cues, LOC abbreviations) read once, folded for matching."""
    types = table("event_types")
    triggers = {fold(row["trigger"]): row["type"] for row in table("event_triggers")}
    cues = {row["word"]: row["kind"] for row in table("event_cues")}
    folded = {fold(w): k for w, k in cues.items()}
    modal = {w: k for w, k in folded.items() if k in _MODAL_KINDS}
    place = [w for w, k in folded.items() if k == "place"]
    needs = {need: frozenset(fold(row["trigger"]) for row in table("event_triggers") if row["needs"] == need)
             for need in ("place", "aid", "object")}
    supplied = alternation([w for w, k in folded.items() if k == "supplied"])
    return _Lexicon(triggers, needs["place"], needs["aid"], needs["object"], re.compile(rf"{_AMOUNT}|{supplied}"),
                    re.compile(alternation(triggers)),
                    {row["type"]: row["plover"] or None for row in types},
                    frozenset(row["type"] for row in types if row["family"] in _DOMESTIC),
                    frozenset(row["type"] for row in types if "agent" not in row["roles"].split()),
                    {row["type"]: frozenset(row["roles"].split()) for row in types}, cues, modal,
                    re.compile(alternation(modal)), re.compile(alternation(place)),
                    tuple(w for w, k in folded.items() if k == "site"),
                    frozenset(w for w, k in folded.items() if k == "region")
                    | frozenset(fold(row["name"]) for row in table("places") if row["level"] == "region"),
                    {row["abbreviation"]: row["name"] for row in table("abbreviations") if row["type"] == "LOC"})


class _ByStart:
    """Items sorted by start offset, sliced by span in logarithmic time (no scan of the whole list)."""

    def __init__(self, items: list, start: list[int]) -> None:
        self.items, self.starts = items, start

    def within(self, span: Span) -> list:
        lo, hi = bisect_left(self.starts, span.start), bisect_left(self.starts, span.end)
        return self.items[lo:hi]

    def covers(self, span: Span) -> bool:
        """Whether the last item starting before the span's end overlaps it (names do not nest)."""
        i = bisect_left(self.starts, span.end) - 1
        return i >= 0 and self.items[i].span.end > span.start


def _place(doc: Doc, folded: str, clause: Span, trigger: Span, etype: str,
           mentions: list[Mention]) -> tuple[Mention, Span] | None:
    """Where the event happened, and the phrase naming it (`抵达俄罗斯远东的阿穆尔州`: 阿穆尔州)."""
    best = None
    for cue in lexicon().place_re.finditer(folded, clause.start, clause.end):
        if _COMPANION.match(doc.text, cue.end()):
            continue
        stop = trigger.start if cue.end() <= trigger.start else clause.end
        stop = min(stop, cue.end() + _PLACE_WINDOW)
        turns = (t.start() for t in _PHRASE_END.finditer(doc.text, cue.end(), stop)
                 if not any(m.span.start <= t.start() < m.span.end for m in mentions))
        stop = next(turns, stop)  # 在深圳被中国警方拘留: the phrase ends where the verb phrase begins
        for m in mentions:
            site = m.type == "LOC" or (m.type == "ORG" and m.span.start == cue.end()
                                       and fold(m.text).endswith(lexicon().sites))  # 在北京交通大学, 在纽约法院
            if site and cue.end() <= m.span.start and m.span.end <= stop:
                best = (m, Span(cue.end(), m.span.end))
    if best:
        return best
    if etype in _MOVES:
        after = next((m for m in mentions if m.span.start >= trigger.end), None)
        if after and after.type == "LOC" and after.span.start - trigger.end <= _DESTINATION_GAP:
            return after, after.span
    if etype in lexicon().agentless:  # a fire, quake or election: a location in its clause is where it happened
        site = min((m for m in mentions if m.type == "LOC"), key=_breadth, default=None)
        if site:
            return site, site.span
    return None


def _modality(folded: str, start: int, end: int) -> Modality:
    """The strongest cue before the trigger in its clause: a denial outranks a negation, a possibility, a plan."""
    lex = lexicon()
    found = [lex.modal[m.group()] for m in lex.modality_re.finditer(folded, start, end)]
    return max((k for k in found if k != "none"), key=_MODALITY_RANK.index, default="asserted")  # type: ignore[arg-type]


@dataclass
class _Context:
    """What the paragraph so far has named: its subject and last time (Chinese drops them); the article's last place
    and the last person who acted, whom a 他 or 她 stands for, also at the head of the next paragraph."""

    part: int = -1
    subject: str | None = None
    person: str | None = None
    place: str | None = None
    time: int | None = None
    carried: int | None = None  # the paragraphs before's last time: dates what this one tells before it names one


def find_events(doc: Doc) -> list[Event]:
    """Every event frame in the Doc, in text order."""
    lex = lexicon()
    folded = fold(doc.text)
    ordered = sorted((m for m in doc.mentions if m.entity), key=lambda m: m.span.start)
    mentions = _ByStart(ordered, [m.span.start for m in ordered])
    qualifiers = who.qualifiers(doc.text, ordered)
    words = Words(doc)
    found = WordStarts(folded, lex.triggers, lex.trigger_re)  # every trigger's place, found once for all clauses
    settings = who.settings(doc, ordered, words)
    dated = sorted(range(len(doc.times)), key=lambda i: doc.times[i].span.start)
    since = {i for i, t in enumerate(doc.times) if t.text.startswith("自")}  # dates its own sentence only
    times = _ByStart(dated, [doc.times[i].span.start for i in dated])
    parts = [p.span.start for p in doc.parts]
    events: list[Event] = []
    said: dict[str, Event] = {}
    borrowed: set[int] = set()  # ids of the frames dated by an earlier paragraph, not by their own
    named = {fold(name): e.id for e in doc.entities for name in (e.name, *e.aliases)}
    kinds = {e.id: e.type for e in doc.entities}
    names = {e.id: e.name for e in doc.entities}
    headline = next((p.span.end for p in doc.parts if p.part == "title"), 0)
    ctx = _Context()
    for sentence in doc.sentences:
        part = bisect_left(parts, sentence.span.start + 1) - 1
        if part != ctx.part:
            ctx = _Context(part, place=ctx.place, person=ctx.person,  # a story keeps its setting, protagonist and time
                           carried=ctx.time if ctx.time is not None else ctx.carried)
        opening = doc.parts[part].span.start if part >= 0 else 0
        dateline = _DATELINE.match(folded, sentence.span.start)
        reporter = dateline.end() if dateline else sentence.span.start  # 新华社莫斯科3月10日电: who reports, and where
        in_sentence = [m for m in mentions.within(sentence.span) if m.span.end <= sentence.span.end
                       and (m.type == "LOC" or m.span.start >= reporter)]
        in_sentence_times = [i for i in times.within(sentence.span) if i not in since]
        subject = who.subject(in_sentence, doc.text, sentence.span, ctx.person or ctx.subject, settings)
        sentence_place = _setting(in_sentence, qualifiers)
        earlier_time: int | None = None
        running: str | None = None  # the actor the clauses so far last named: a later clause without one shares it
        seen: dict[tuple[Span, str], Event] = {}  # the frame each clause already opened, by type
        arguments: list[Argument] | None = None  # read once, when the sentence opens a frame
        for clause in who.clauses(doc.text, sentence.span):
            in_clause = [m for m in mentions.within(clause) if m.span.end <= clause.end
                         and (m.type == "LOC" or m.span.start >= reporter)]
            person = next((x for x in (running, subject, ctx.person) if kinds.get(x or "") == "PER"), None)
            referent = person or running or subject or ctx.subject  # whom a 他 or 她 in this clause stands for
            clause_times = times.within(clause)
            for m in _triggers(found, clause, words):
                trigger = Span(m.start(), m.end())
                if mentions.covers(trigger):
                    continue  # the word is part of a name (an organisation called …协议…)
                etype = lex.triggers[m.group()]
                if etype == "none":
                    continue  # 受到, 以来: a word that holds a trigger word
                left = mentions.within(Span(trigger.end, trigger.end + 1))
                if etype == "depart" and any(x.type == "ORG" for x in left):
                    etype = "resign"  # 离开华为: leaving an organisation is quitting it
                if len(m.group()) == 1 and not words.whole(trigger) or words.modifies_noun(trigger):
                    continue  # 死板: one character opens a frame only as a word; 调查报告书: what a noun is about
                if len(m.group()) > 1 and _AGENT_NOUN.match(folded, trigger.end):
                    continue  # 投资人, 捐赠者, 供应商, 救援人员: who does it, not that it happened
                if m.group() in lex.needs_place and not any(
                        x.type == "LOC" for x in mentions.within(Span(trigger.end, trigger.end + 1))):
                    continue  # 到 opens a visit only in 到平壤
                if m.group() in lex.needs_place and words.completes_verb(trigger):
                    continue  # 游到, 移民到, 运到: 到 completes another verb
                if m.group() in lex.needs_aid and not lex.supplied_re.search(folded, trigger.end, clause.end):
                    continue  # 提供服务, 提供资料: only aid, arms or money given is a supply
                if m.group() in lex.needs_object and not words.object_after(trigger):
                    continue  # 进行审查, 这种审查: censorship named as a practice, not something censored
                if (clause, etype) in seen:
                    seen[clause, etype].also.append(trigger)  # 簽署…協議, 到…探親: one happening, two words for it
                    continue
                pronoun = who.pronoun_leads(doc.text, clause, trigger, in_clause)  # 他们对苹果公司…进行调查
                event = _frame(doc, folded, clause, trigger, etype, in_clause, qualifiers, settings,
                               referent if pronoun else running or subject or ctx.subject,
                               event_frames.own_time(doc, clause_times, trigger, earlier_time), pronoun)
                if person and person not in event.participants and who.object_pronoun(folded, clause, trigger):
                    event.participants.append(person)  # 将其解雇: the person just told about
                both = who.pair(folded, clause, trigger, mentions.within(Span(opening, trigger.start)), settings)
                event.participants = both + [p for p in event.participants if p not in both]  # 双方, 两人: the two named
                anaphoric = bool(_ANAPHOR.search(folded, max(0, trigger.start - 2), trigger.start)) or (
                    event.time is None and _NOMINAL.match(folded, trigger.end) is not None)
                if event_frames.said_before(event, said, doc, anaphoric, headline, borrowed):
                    seen[clause, etype] = said[etype]
                    continue
                seen[clause, etype] = event
                if event.place is None and etype in _MOVES:
                    event.place = _abbreviated(m.group(), named)
                    if event.place and etype == "visit" and event.place not in event.participants:
                        event.participants.append(event.place)  # 访华: China is visited
                fallback = sentence_place or ctx.place
                if event.place is None and etype in lex.domestic:
                    event.place = next((p for p in event.participants if kinds.get(p) == "LOC"
                                        and fold(names[p]) in countries()), None)  # 遭中国删文: in China
                if event.place is None and fallback not in event.participants:
                    event.place = fallback  # where the sentence or the paragraph is set, unless it acts here
                if event.time is None:
                    event.time = ctx.time
                if event.time is None and ctx.carried is not None:
                    event.time = ctx.carried
                    borrowed.add(id(event))
                if arguments is None:
                    arguments = sentence_arguments(folded, doc.text, sentence.span, in_sentence)
                event.arguments = [a for a in arguments if a.role in lex.roles[etype]]
                events.append(event)
            if clause_times:
                earlier_time = clause_times[-1]
            def verb(clause: Span = clause) -> int:  # where the clause's event word is: read only for an actor
                at = clause.start
                while (w := found.search(at, clause.end)) is not None and lex.triggers[w.group()] == "none":
                    at = w.end()
                return w.start() if w else clause.end
            running = who.clause_actor(in_clause, doc.text, folded, clause, verb, referent, settings) or running
        actor = who.subject([m for m in in_sentence if m.type != "LOC"], doc.text, sentence.span,
                            ctx.person or ctx.subject, settings)
        ctx.subject = actor or ctx.subject  # a place names where the next sentence is, not who acts in it
        ctx.person = actor if kinds.get(actor or "") == "PER" else ctx.person
        ctx.place = sentence_place or ctx.place
        ctx.time = in_sentence_times[-1] if in_sentence_times else ctx.time
    dated = event_frames.date_headline(doc, events, since)
    if dated is not None:
        in_dated = [m for m in mentions.within(dated) if m.span.end <= dated.end]
        _place_headline(events, dated, in_dated, qualifiers, names)
    return events


def _place_headline(events: list[Event], dated: Span, in_dated: list[Mention], qualifiers: set[int],
                    names: dict[str, str]) -> None:
    """Happenings told before the first dated sentence (the headline, an undated lead) that name no place finer
    than a country take the place finer than one where that sentence is set (`智利…山火` / `…上周二…在瓦尔帕莱索
    郊外…`): the sentence that says when the story happened also says where."""
    site = min((m for m in in_dated if m.type == "LOC" and id(m) not in qualifiers), key=_breadth, default=None)
    if site is None or _breadth(site) > 0:
        return
    for event in events:
        if event.trigger.start < dated.start and (
                event.place is None or _breadth_of(names[event.place]) > 0) and site.entity not in event.participants:
            event.place = site.entity


def _triggers(found: WordStarts, clause: Span, words: Words) -> Iterator[re.Match[str]]:
    """The trigger words of a clause, left to right; one that straddles two of the tagger's words (周|一审|查)
    is none, and the search goes on inside it (审查)."""
    at = clause.start
    while (m := found.search(at, clause.end)) is not None:
        if words.straddles(Span(m.start(), m.end())):
            at = m.start() + 1
            continue
        yield m
        at = m.end()


def _breadth(place: Mention) -> int:
    """How wide a place is: 0 finer than a country (a city, a province, a site), 1 a country, 2 a region wider than
    one (欧洲, 东北亚, 朝鲜半岛), which names where a story's issue lies rather than where anything happened."""
    return _breadth_of(place.text)


def _breadth_of(name: str) -> int:
    folded = fold(name)
    return 2 if folded in lexicon().regions else 1 if folded in countries() else 0


def _setting(mentions: list[Mention], qualifiers: set[int]) -> str | None:
    """Where a sentence is set: its first place finer than a country (拉斯维加斯 beside 美国), else its first country,
    else its first region."""
    place = min((m for m in mentions if m.type == "LOC" and id(m) not in qualifiers), key=_breadth, default=None)
    return place.entity if place else None


def _abbreviated(word: str, named: dict[str, str]) -> str | None:
    """The place a visit word names by its abbreviation (访华, 訪美, 赴港, 来台), when the article names it in full."""
    lex = lexicon()
    full = lex.abbreviations.get(word[-1]) if len(word) == 2 and word[0] in "访抵赴来" else None
    return named.get(fold(full)) if full else None


def _frame(doc: Doc, folded: str, clause: Span, trigger: Span, etype: str, in_clause: list[Mention],
           qualifiers: set[int], settings: set[int], subject: str | None, time: int | None,
           pronoun: bool = False) -> Event:
    """The frame a trigger opens: participants, place, time and modality read from its clause."""
    agentless = etype in lexicon().agentless
    found = _place(doc, folded, clause, trigger, etype, in_clause)
    place, phrase = found if found else (None, Span(0, 0))
    participants: list[str] = []
    setting: Mention | None = None
    agent_named = False
    for x in in_clause:
        in_phrase = phrase.start <= x.span.start and x.span.end <= phrase.end
        if x.type in ("LOC", "ORG") and in_phrase and etype != "visit" or x.type == "LOC" and id(x) in qualifiers:
            continue
        if x.type == "LOC" and (agentless or not in_phrase and id(x) in settings):
            if setting is None or _breadth(x) < _breadth(setting):
                setting = x  # 紐約股市…下跌, 北京的学校…关闭: where it happened, not who took part; 美国费城: the city
            continue
        if x.span.start < trigger.start and not in_phrase and not who.accompanies(doc.text, clause, x, in_clause):
            agent_named = True
        if x.entity not in participants:
            participants.append(x.entity)  # type: ignore[arg-type]
    passive = _PASSIVE.search(doc.text, clause.start, trigger.start)
    dropped = passive is not None and not any(
        x.type in ("PER", "ORG") and x.span.end <= passive.start() for x in in_clause)
    if subject and subject not in participants and not agentless and (
            _COMPANION.match(doc.text, clause.start) or not agent_named or dropped or pronoun):
        participants.insert(0, subject)  # 金正恩…抵达…，与普京…会面: 金正恩 met too
    if place is None and setting is not None and not agentless:
        place = setting
    if etype == "visit" and place is not None and place.entity not in participants:
        participants.append(place.entity)  # type: ignore[arg-type]  # 在德国出访: Germany is visited
    return Event(type=etype, plover=lexicon().plover.get(etype), trigger=trigger, span=clause,
                 participants=participants, place=place.entity if place else None, time=time,
                 modality=_modality(folded, clause.start, trigger.start))


@component("events", assigns=["events"], requires=["sentences", "times", "entities"])
def events(doc: Doc) -> None:
    """Fill `doc.events` from trigger words, with participants and places from `doc.mentions`."""
    doc.events = find_events(doc)
