"""Event frames: who met, was arrested, died, won, launched … whom, where and when, and how sure.

A trigger word (`data/event_triggers.tsv`, matched on the text folded to simplified characters) opens a frame
of its type (`data/event_types.tsv`) in its clause, unless it names who does it (`调查记者`), modifies a longer
noun the tagger reads as one word (`调查报告书`) or a noun right after it (`举报热线`; not what a supply word gives, `提供津贴`), or, as `到`, completes another verb
(`游到`), or, as a biography's `生` or `任`, follows no date, or, as `举行`, holds a happening its clause names
(`举行会谈`), or what it tells did not happen as told: after a condition in its sentence (`如果…，政府将关闭…`), or, in its
clause, what is to be averted, a habit or what should happen (`避免`, `经常`, `应`: `event_uses.py`), or, as a crime,
what someone is suspected of (`涉嫌故意杀人`: the charge); a custody word after a sentence word in its clause is
the sentence's term (`判处…监禁18个月`; a fine stays one, `判处罚金`); a departure word right
before an organisation is a resignation (`离开华为`); a word's senses give the type its clause calls for (`发布…研究报告`
is a study published, `获得…奖` a win). Participants are the entities mentioned in the clause, not the
agency or reporter of a wire story's dateline (`新华社北京3月10日电（记者…）`: its city is where the sentence is set); a
clause with no one before the trigger, only a companion after 与, a passive 被 with no one before it, or a
leading 他/她 takes the actor the clauses before it last named before their event word (`…表示，林志远将访问东京，并会见…`:
林志远, not the speaker; not a name after 受, 向 …, nor one a clause asks, 请X帮忙, nor a 据… source), else the sentence's
subject (read from the names before each clause's event word: what is done to, 任X主任, is no subject), with those
named together with it as one subject (`陈立人和于璇…`); a pronoun stands
for the last person who acted, also across a paragraph break, and a 我 inside a quotation for its speaker (as the
quotes layer, when it ran, found it: `“…那份工作我干了半年，就辞职了。”他说`); `双方`, `两人`, `两国` stand for the last two parties
of that kind, a 其 after 将/把 the person the story was about (`event_participants.py`); a clause
opening with a bare word for a kind of body (`学校举办…`) names the body of that kind told before (`event-kind-word`,
`references.py`), and an enumeration carried on across commas in clauses without a verb, to a last member after 以及,
belongs to the frame before it (`投资了甲，乙国的乙，以及丙`: `event-list-tail`); both are `STEPS` a benchmark may
switch off. A place takes part only
when it is a country that acts, else it names where (`紐約股市…下跌`, `北京的学校…关闭`, `北极部长会议`); a country taking part
in a justice or politics happening is also where it happened (`遭中国删文`). The place is the location named after
`在`, `抵达` …, or right after `到`/`去`/`赴` before the trigger (`去医院做了检查`), the destination right after a visit or
arrival (`访问台湾`), or, for a type without an agent (a fire, quake or election), the location named in its clause;
else such a setting in the clause; else where the sentence is set, else the city a local body taking part is named for
(`北京市市场监管局`), else where the article so far is set: a city rather than its country, a country rather than a
region wider than one (`欧洲`: `region` in places.tsv, event_cues.tsv); not a place written before a smaller one (`安徽六安`) nor a
country naming people's nationality (`中国工人`). The time is the clause's last time expression before the
trigger, else one earlier in the sentence, else the clause's first after it, else the paragraph's, else the last of
the paragraphs before (a story told on in an undated paragraph; `自2019年以来` dates only its own sentence; a year
naming which one of a thing, `2019年获奖名单`, nothing); what is told in the sentences before the first dated one
(the headline, an undated lead) takes its first time and, when it names no place finer than a country, the one that
sentence is set in; the modality comes from cues before the trigger in its
clause (`将` planned, but not as 把 before a number, pronoun or name, `将12家企业列入…`; `可能` possible, `否认` denied,
`没有` negated). A later mention of the same happening (same type, no
one else, no other place or time, or named as a thing: `调查工作`; the body's first telling of a headline's happening that
shares a participant with it or where one names no person; a happening named as a time frame, `出事前`; a noun
for a happening, `槍擊案`, with no time of its own and no other person) joins its frame as an `also` span rather than
opening another (`event_frames.py`); a round's lead or follow-on investor (`由…领投`) joins the round its sentence told.
Everything is read in one pass over the sentences, mentions and times sliced by offset (linear in the text): `_Reader`
takes each sentence, then each clause, then each trigger word through its steps; whether a trigger word tells a
happening where it stands is in `event_uses.py`, the lexicons in `event_lexicon.py`, where a happening is placed in `event_places.py`, the frame a trigger opens and its time in
`event_frames.py`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Iterator

from newsmine.analyze import event_frames, event_rankers, references
from newsmine.analyze import event_participants as who
from newsmine.analyze import event_places as where
from newsmine.analyze.event_arguments import sentence_arguments
from newsmine.analyze.event_lexicon import lexicon
from newsmine.analyze.event_uses import Uses
from newsmine.analyze.event_words import Words
from newsmine.analyze.gazetteer import countries
from newsmine.analyze.pipeline import component
from newsmine.analyze.switches import Switches
from newsmine.analyze.word_starts import WordStarts
from newsmine.model import Argument, Doc, Event, Mention, Span
from newsmine.names import fold

STEPS = ("event-kind-word", "event-list-tail")  # participant rules a benchmark may switch off (`--skip-step`)
RULES = Switches("an event participant step", lambda: STEPS)
_PERIOD = re.compile(  # on folded text after a time: the period a company's results cover, not when anything happened
    r"的?(?:全年|年度|[第前]?[一二三四1-4１-４]季度|上半年|下半年|中期|业绩|财报|年报|季报|中报|营收|营业收入|纯利|净利|盈利|亏损)")
_LIST_END = re.compile(r"以及")  # the last member of an enumeration
_ROUND_INVESTORS = frozenset(("领投", "跟投", "参投"))  # 由…领投: who invested in a round just told
_NOMINAL = re.compile(r"的|机制|制度|范围|方面|过程|期间|结果|事件|行动|活动|工作")  # 审查的范围, 抗议活动: the happening named as a thing
_ANAPHOR = re.compile(r"(?:此次|这次|这一|这场|这起|这宗|这项|这种|上述|(?<![应活])该)$")  # 此次拘捕: the one just told
_DATELINE = re.compile(  # 新华社北京3月10日电（记者 张三）, （中央社記者王明台北10日電）: a wire story's opening
    r"[（(【]?[^。，；！？\n（(【]{2,40}?(?:\d{1,2}|[一二三四五六七八九十]{1,3})日[电讯]"
    r"(?:[）)】]|[（(][^）)。]{0,30}[）)]|(?=\s))")


class _ByStart:
    """Items sorted by start offset, sliced by span in logarithmic time (no scan of the whole list)."""

    def __init__(self, items: list, start: list[int]) -> None:
        self.items, self.starts = items, start

    def within(self, span: Span) -> list:
        """The items that start inside the span."""
        lo, hi = bisect_left(self.starts, span.start), bisect_left(self.starts, span.end)
        return self.items[lo:hi]

    def covers(self, span: Span) -> bool:
        """Whether the last item starting before the span's end overlaps it (names do not nest)."""
        i = bisect_left(self.starts, span.end) - 1
        return i >= 0 and self.items[i].span.end > span.start


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


@dataclass
class _Sentence:
    """What one sentence's clauses share: its mentions, subject and setting; the last time and actor its clauses
    named so far (a later clause without one shares it); the frame each clause opened, by type; its arguments."""

    span: Span
    opening: int  # where its paragraph starts
    reporter: int
    in_sentence: list[Mention]
    subject: str | None
    place: str | None
    earlier_time: int | None = None
    running: str | None = None
    seen: dict[tuple[Span, str], Event] = field(default_factory=dict)
    arguments: list[Argument] | None = None


def find_events(doc: Doc) -> list[Event]:
    """Every event frame in the Doc, in text order."""
    return _Reader(doc).read()


class _Reader:
    """One article read for events: what is found once for the whole text (mentions, times, trigger places, the
    tagger's words), then each sentence and clause in turn, with the context the sentences before left."""

    def __init__(self, doc: Doc) -> None:
        self.doc, self.lex, self.folded = doc, lexicon(), fold(doc.text)
        ordered = sorted((m for m in doc.mentions if m.entity), key=lambda m: m.span.start)
        self.mentions = _ByStart(ordered, [m.span.start for m in ordered])
        self.words = Words(doc)
        self.qualifiers = who.qualifiers(doc.text, ordered) | where.descriptions(doc.text, ordered)
        self.found = WordStarts(self.folded, self.lex.triggers, self.lex.trigger_re)  # every trigger's place, once
        self.settings = who.settings(doc, ordered, self.words)
        starts = {m.span.start for m in ordered}
        dated = sorted((i for i in range(len(doc.times))
                        if not event_frames.in_name(doc, i, self.folded, starts, self.words, self.found)
                        and not event_frames.compared(doc.text, doc.times[i])),
                       key=lambda i: doc.times[i].span.start)
        self.since = {i for i, t in enumerate(doc.times) if t.text.startswith("自")}  # dates its own sentence only
        self.since |= {i for i, t in enumerate(doc.times) if event_frames.put_off(doc.text, t)}  # 押后至4月9日
        self.periods = {i for i, t in enumerate(doc.times) if _PERIOD.match(self.folded, t.span.end)}  # 去年业绩
        self.since |= self.periods
        self.times = _ByStart(dated, [doc.times[i].span.start for i in dated])
        self.parts = [p.span.start for p in doc.parts]
        self.events: list[Event] = []
        self.said: dict[str, Event] = {}
        self.borrowed: set[int] = set()  # ids of the frames dated by an earlier paragraph, not by their own
        self.named = {fold(name): e.id for e in doc.entities for name in (e.name, *e.aliases)}
        self.kinds = {e.id: e.type for e in doc.entities}
        self.names = {e.id: e.name for e in doc.entities}
        self.headline = next((p.span.end for p in doc.parts if p.part == "title"), 0)
        self.joined: dict[str, list[str]] = {}  # who each actor was last named together with as one subject
        self.uses = Uses(self.folded, self.mentions, self.words, self.found, {t.span.end for t in doc.times})
        self.quotes = sorted(doc.quotes, key=lambda q: q.span.start)  # whose 我 a quotation speaks in

    def read(self) -> list[Event]:
        """The frames of every sentence, then the headline's and undated lead's time and place."""
        ctx = _Context()
        for sentence in self.doc.sentences:
            ctx = self._paragraph(sentence.span, ctx)
            self._sentence(sentence.span, ctx)
        dated = event_frames.date_headline(self.doc, self.events, self.since)
        if dated is not None:
            in_dated = [m for m in self.mentions.within(dated) if m.span.end <= dated.end]
            where.place_headline(self.events, dated, in_dated, self.qualifiers, self.names)
        return self.events

    def _paragraph(self, sentence: Span, ctx: _Context) -> _Context:
        """The context a sentence is read in: a new paragraph starts afresh but keeps the story's setting,
        protagonist and time."""
        part = bisect_left(self.parts, sentence.start + 1) - 1
        if part == ctx.part:
            return ctx
        return _Context(part, place=ctx.place, person=ctx.person,
                        carried=ctx.time if ctx.time is not None else ctx.carried)

    def _sentence(self, sentence: Span, ctx: _Context) -> None:
        """The frames a sentence opens, clause by clause; then what it leaves for the next (subject, person,
        place, time)."""
        dateline = _DATELINE.match(self.folded, sentence.start)
        reporter = dateline.end() if dateline else sentence.start  # 新华社莫斯科3月10日电: who reports, and where
        in_sentence = self._named(sentence, reporter)
        clauses = [(clause, self._verb(clause)) for clause in who.clauses(self.doc.text, sentence)]
        leading = [m for m in in_sentence if any(c.start <= m.span.start < verb for c, verb in clauses)]
        subject = who.subject(leading, self.doc.text, sentence, ctx.person or ctx.subject, self.settings)
        self._join(in_sentence, subject)
        opening = self.doc.parts[ctx.part].span.start if ctx.part >= 0 else 0
        setting = where.setting(in_sentence, self.qualifiers)
        state = _Sentence(sentence, opening, reporter, in_sentence, subject, setting)
        for k, (clause, verb) in enumerate(clauses):
            opened = len(self.events)
            self._clause(clause, verb, state, ctx)
            if len(self.events) > opened and RULES.on("event-list-tail"):
                self._list_tail(self.events[-1], [c for c, _ in clauses[k + 1:]], state.reporter)
        actor = who.subject([m for m in leading if m.type != "LOC"], self.doc.text, sentence,
                            ctx.person or ctx.subject, self.settings)
        in_sentence_times = [i for i in self.times.within(sentence) if i not in self.since]
        ctx.subject = actor or ctx.subject  # a place names where the next sentence is, not who acts in it
        ctx.person = actor if self.kinds.get(actor or "") == "PER" else ctx.person
        ctx.place = state.place or ctx.place
        ctx.time = in_sentence_times[-1] if in_sentence_times else ctx.time

    def _named(self, span: Span, reporter: int) -> list[Mention]:
        """The entity mentions inside a span, but for the agency or reporter of a dateline (its places count)."""
        return [m for m in self.mentions.within(span) if m.span.end <= span.end
                and (m.type == "LOC" or m.span.start >= reporter)]

    def _clause(self, clause: Span, verb: int, state: _Sentence, ctx: _Context) -> None:
        """The frames a clause's trigger words open, and the actor it names for the clauses after it (before its
        event word, at `verb`)."""
        in_clause = self._named(clause, state.reporter)
        person = next((x for x in (state.running, state.subject, ctx.person) if self.kinds.get(x or "") == "PER"),
                      None)
        referent = person or state.running or state.subject or ctx.subject  # whom a 他 or 她 here stands for
        clause_times = self.times.within(clause)
        for m in _triggers(self.found, clause, self.words):
            trigger = Span(m.start(), m.end())
            etype = self.uses.opens(m, trigger, clause, state.span)
            if etype is None:
                continue
            if etype == "arrest" and (clause, "sentence") in state.seen:
                etype = "sentence"  # 判處鄧志明監禁18個月: the sentence's term, no arrest
            if (clause, etype) in state.seen:
                state.seen[clause, etype].also.append(trigger)  # 簽署…協議, 到…探親: one happening, two words for it
                continue
            if m.group() in _ROUND_INVESTORS and self._joins_round(trigger, clause, state):
                continue
            speaker = who.quoted_speaker(self.doc.text, self.quotes, clause, trigger.start, in_clause)  # “…我就辞职了”
            pronoun = speaker is not None or who.pronoun_leads(self.doc.text, clause, trigger, in_clause)
            objects = who.objects(in_clause, trigger)  # 任中央财经领导小组…: what it is done to does not do it
            subject = speaker or referent if pronoun else next((x for x in (state.running, state.subject, ctx.subject)
                                                      if x and x not in objects), None)
            time = event_frames.own_time(self.doc, clause_times, trigger, state.earlier_time)
            event = event_frames.open_frame(self.doc, self.folded, clause, trigger, etype, in_clause, self.qualifiers,
                                            self.settings, subject, time, pronoun, self.joined.get(subject or ""),
                                            self.words.nouns)
            self._parties(event, clause, trigger, person, state.opening)
            self._kind_named(event, clause, trigger, in_clause)
            if self._told_before(event, clause, trigger):
                state.seen[clause, etype] = self.said[etype]
                continue
            state.seen[clause, etype] = event
            self._complete(event, m.group(), state, ctx)
            self.events.append(event)
        if clause_times:
            state.earlier_time = next((i for i in reversed(clause_times) if i not in self.periods), state.earlier_time)
        actor = who.clause_actor(in_clause, self.doc.text, self.folded, clause, verb, referent, self.settings) or (
            who.quoted_speaker(self.doc.text, self.quotes, clause, verb, in_clause))  # “这份工作我干了一年，就辞职了”
        self._join(in_clause, actor)
        state.running = actor or state.running

    def _joins_round(self, trigger: Span, clause: Span, state: _Sentence) -> bool:
        """Whether a lead or follow-on investor's word (`由启明资本领投`) tells the round its sentence named before
        (`完成2亿元B轮融资，由…领投`): it joins that frame, with those its clause names, rather than opening another."""
        rounds = [e for (_, etype), e in state.seen.items() if etype == "invest"]
        if not rounds:
            return False
        named = [m.entity for m in self._named(clause, state.reporter)
                 if m.entity and m.type in ("PER", "ORG") and m.span.start < trigger.start]
        rounds[-1].also.append(trigger)
        rounds[-1].participants += [x for x in dict.fromkeys(named) if x not in rounds[-1].participants]
        return True

    def _join(self, mentions: list[Mention], actor: str | None) -> None:
        """Remember whom the actor is named together with where these mentions name it (`陈立人和于璇…`)."""
        joined = who.partners(mentions, self.doc.text, actor)
        if actor and joined is not None:
            self.joined[actor] = joined

    def _parties(self, event: Event, clause: Span, trigger: Span, person: str | None, opening: int) -> None:
        """Who a clause names without naming them: a 其 after 将 or 把 (the person just told about) and a 双方 or
        两人 (the two the paragraph, from `opening`, named), who come first."""
        if person and person not in event.participants and who.object_pronoun(self.folded, clause, trigger):
            event.participants.append(person)  # 将其解雇: the person just told about
        both = who.pair(self.folded, clause, trigger, self.mentions.within(Span(opening, trigger.start)),
                        self.settings)
        event.participants = both + [p for p in event.participants if p not in both]  # 双方, 两人: the two named

    def _list_tail(self, event: Event, after: list[Span], reporter: int) -> None:
        """The names an enumeration carries on after the clause's last frame, across commas, up to a clause opening
        with 以及 (`投资了甲公司，乙国的乙公司，以及丙公司`): clauses with no verb of their own."""
        tail: list[str] = []
        for clause in after:
            if self.words.has_verb(clause) or self.doc.text[clause.start:clause.start + 1] in "“「\"":
                return
            tail += [m.entity for m in self._named(clause, reporter) if m.type in ("PER", "ORG")]  # type: ignore[misc]
            if _LIST_END.match(self.folded, clause.start):
                event.participants += [x for x in tail if x not in event.participants]
                return

    def _kind_named(self, event: Event, clause: Span, trigger: Span, in_clause: list[Mention]) -> None:
        """The organisation a clause names by its kind alone before the trigger (`学校周五举办了招聘会`: the school the
        article named), when the clause names no person or organisation before the trigger."""
        kind = references.kind_at(self.folded, clause.start)
        if kind is None or not RULES.on("event-kind-word") or not self.words.whole(
                Span(clause.start, clause.start + len(kind[1]))) or any(  # not 大学|生, 银行|业
                x.type in ("PER", "ORG") and x.span.start < trigger.start for x in in_clause):
            return
        body = references.last_of_kind(self.folded, self.mentions.within(Span(0, clause.start)), kind[0], clause.start)
        event.participants[:0] = [b for b in body if b not in event.participants]

    def _told_before(self, event: Event, clause: Span, trigger: Span) -> bool:
        """Whether the frame is a later mention of a happening already told, which joins that frame instead."""
        anaphoric = bool(_ANAPHOR.search(self.folded, max(0, trigger.start - 2), trigger.start)) or (
            event.time is None and _NOMINAL.match(self.folded, trigger.end) is not None) or (
            self._named_again(event, trigger))
        return event_frames.said_before(event, self.said, self.doc, anaphoric, self.headline, self.borrowed)

    def _named_again(self, event: Event, trigger: Span) -> bool:
        """Whether the trigger names the last happening of its type told, as the time frame of another (出事前, 被捕后)
        or as a noun with no time of its own (槍擊案, 峰会), and involves no person that one did not (the subject its
        clause shares with the sentence counts): `林海峰被捕前` after 王晓东's arrest is another arrest."""
        before = self.said.get(event.type)
        return before is not None and (
            self.uses.after(trigger) == "frame" or event.time is None and self.words.is_noun(trigger)) and all(
            p in before.participants for p in event.participants if self.kinds.get(p) == "PER")

    def _complete(self, event: Event, word: str, state: _Sentence, ctx: _Context) -> None:
        """What the clause left open, from the rest of the article: the place a visit word abbreviates (访华), the
        country a domestic happening is in, the sentence's or paragraph's setting and time; the type's arguments."""
        kinds, etype = self.kinds, event.type
        if event.place is None and etype in where.MOVES:
            event.place = where.abbreviated(word, self.named)
            if event.place and etype == "visit" and event.place not in event.participants:
                event.participants.append(event.place)  # 访华: China is visited
        fallback = state.place or ctx.place
        if event.place is None and etype in self.lex.domestic:
            event.place = next((p for p in event.participants if kinds.get(p) == "LOC"
                                and fold(self.names[p]) in countries()), None)  # 遭中国删文: in China
        if event.place is None and state.place is None:
            org = next((p for p in event.participants if kinds.get(p) == "ORG"), None)  # 北京市市场监管局…检查: in 北京
            event.place = where.named_for(self.names[org], self.named, kinds) if org else None
        if event.place is None and fallback not in event.participants:
            event.place = fallback  # where the sentence or the paragraph is set, unless it acts here
        if event.time is None:
            event.time = ctx.time
        if event.time is None and ctx.carried is not None:
            event.time = ctx.carried
            self.borrowed.add(id(event))
        if state.arguments is None:  # read once, when the sentence opens a frame
            state.arguments = sentence_arguments(self.folded, self.doc.text, state.span, state.in_sentence)
        event.arguments = [a for a in state.arguments if a.role in self.lex.roles[etype]]

    def _verb(self, clause: Span) -> int:
        """Where the clause's event word is: its first trigger word that is not `none` (the names before it may be
        who acts; those after it are what is done to)."""
        at = clause.start
        while (w := self.found.search(at, clause.end)) is not None and self.lex.triggers[w.group()] == "none":
            at = w.end()
        return w.start() if w else clause.end


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


@component("events", assigns=["events"], requires=["sentences", "times", "entities"])
def events(doc: Doc) -> None:
    """Fill `doc.events` from trigger words, with participants and places from `doc.mentions`; then the learned
    rankers (`event_rankers.py`, each switchable off) choose the place and time among those named near each trigger."""
    doc.events = find_events(doc)
    event_rankers.rerank(doc)
