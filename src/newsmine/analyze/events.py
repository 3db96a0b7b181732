"""Event frames: who met, was arrested, died, won, launched … whom, where and when, and how sure.

A trigger word (`data/event_triggers.tsv`, matched on the text folded to simplified characters) opens a frame
of its type (`data/event_types.tsv`) in its clause, unless it names who does it (`调查记者`), modifies a longer
noun the tagger reads as one word (`调查报告书`) or a noun right after it (`举报热线`), or, as `到`, completes another verb
(`游到`), or, as a biography's `生` or `任`, follows no date, or, as `举行`, holds a happening its clause names
(`举行会谈`), or what it tells did not happen as told: after a condition in its sentence (`如果…，政府将关闭…`), or, in its
clause, what is to be averted, a habit or what should happen (`避免`, `经常`, `应`: `_unreal`); a departure word right
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
of that kind, a 其 after 将/把 the person the story was about (`event_participants.py`). A place takes part only
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
clause (`将` planned, `可能` possible, `否认` denied, `没有` negated). A later mention of the same happening (same type, no
one else, no other place or time, or named as a thing: `调查工作`; the body's first telling of a headline's happening that
shares a participant with it or where one names no person; a happening named as a time frame, `出事前`; a noun
for a happening, `槍擊案`, with no time of its own and no other person) joins its frame as an `also` span rather than
opening another (`event_frames.py`).
Everything is read in one pass over the sentences, mentions and times sliced by offset (linear in the text): `_Reader`
takes each sentence, then each clause, then each trigger word through its steps; the lexicons are in
`event_lexicon.py`, where a happening is placed in `event_places.py`, the frame a trigger opens and its time in
`event_frames.py`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Iterator

from newsmine.analyze import event_frames
from newsmine.analyze import event_participants as who
from newsmine.analyze import event_places as where
from newsmine.analyze.event_arguments import sentence_arguments
from newsmine.analyze.event_lexicon import ACHIEVED, lexicon
from newsmine.analyze.event_words import Words
from newsmine.analyze.gazetteer import countries
from newsmine.analyze.pipeline import component
from newsmine.analyze.word_starts import WordStarts
from newsmine.model import Argument, Doc, Event, Mention, Span
from newsmine.names import fold

_AGENT_NOUN = re.compile(r"者|商(?!人)|人(?!质|数)|员|记者|学者|团(?!聚)|队(?!伍)|罪")  # who does it (投资人, 调查记者, 访问团), the charge (贩毒罪); not 死亡人数
_NOMINAL = re.compile(r"的|机制|制度|范围|方面|过程|期间|结果|事件|行动|活动|工作")  # 审查的范围, 抗议活动: the happening named as a thing
_CONSEQUENCE = re.compile(r"就会|就會|就要|就是|就得|便会|便會|那么|那麼|[就便则則会會要]")  # 如果…，就会…: what follows a condition
_PLACE_NAME = 6  # the longest place name an organisation's name begins with (拉斯维加斯, 北京市)
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
                        if not event_frames.in_name(doc, i, self.folded, starts, self.words, self.found)),
                       key=lambda i: doc.times[i].span.start)
        self.since = {i for i, t in enumerate(doc.times) if t.text.startswith("自")}  # dates its own sentence only
        self.times = _ByStart(dated, [doc.times[i].span.start for i in dated])
        self.time_ends = {t.span.end for t in doc.times}
        self.parts = [p.span.start for p in doc.parts]
        self.events: list[Event] = []
        self.said: dict[str, Event] = {}
        self.borrowed: set[int] = set()  # ids of the frames dated by an earlier paragraph, not by their own
        self.named = {fold(name): e.id for e in doc.entities for name in (e.name, *e.aliases)}
        self.kinds = {e.id: e.type for e in doc.entities}
        self.names = {e.id: e.name for e in doc.entities}
        self.headline = next((p.span.end for p in doc.parts if p.part == "title"), 0)
        self.joined: dict[str, list[str]] = {}  # who each actor was last named together with as one subject
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
        for clause, verb in clauses:
            self._clause(clause, verb, state, ctx)
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
            etype = self._type(m, trigger, clause, state.span)
            if etype is None:
                continue
            if (clause, etype) in state.seen:
                state.seen[clause, etype].also.append(trigger)  # 簽署…協議, 到…探親: one happening, two words for it
                continue
            speaker = who.quoted_speaker(self.doc.text, self.quotes, clause, trigger.start, in_clause)  # “…我就辞职了”
            pronoun = speaker is not None or who.pronoun_leads(self.doc.text, clause, trigger, in_clause)
            objects = who.objects(in_clause, trigger)  # 任中央财经领导小组…: what it is done to does not do it
            subject = speaker or referent if pronoun else next((x for x in (state.running, state.subject, ctx.subject)
                                                      if x and x not in objects), None)
            time = event_frames.own_time(self.doc, clause_times, trigger, state.earlier_time)
            event = event_frames.open_frame(self.doc, self.folded, clause, trigger, etype, in_clause, self.qualifiers,
                                            self.settings, subject, time, pronoun, self.joined.get(subject or ""))
            self._parties(event, clause, trigger, person, state.opening)
            if self._told_before(event, clause, trigger):
                state.seen[clause, etype] = self.said[etype]
                continue
            state.seen[clause, etype] = event
            self._complete(event, m.group(), state, ctx)
            self.events.append(event)
        if clause_times:
            state.earlier_time = clause_times[-1]
        actor = who.clause_actor(in_clause, self.doc.text, self.folded, clause, verb, referent, self.settings) or (
            who.quoted_speaker(self.doc.text, self.quotes, clause, verb, in_clause))  # “这份工作我干了一年，就辞职了”
        self._join(in_clause, actor)
        state.running = actor or state.running

    def _join(self, mentions: list[Mention], actor: str | None) -> None:
        """Remember whom the actor is named together with where these mentions name it (`陈立人和于璇…`)."""
        joined = who.partners(mentions, self.doc.text, actor)
        if actor and joined is not None:
            self.joined[actor] = joined

    def _type(self, m: re.Match[str], trigger: Span, clause: Span, sentence: Span) -> str | None:
        """The event type a trigger word opens here, or None when it names no happening in this use."""
        lex, word = self.lex, m.group()
        if self.mentions.covers(trigger):
            return None  # the word is part of a name (an organisation called …协议…)
        senses = lex.senses.get(word, ())  # 发布…研究报告 is a study published, 在医院检查 a medical check
        etype = next((t for t, about in senses if about.search(self.folded, clause.start, clause.end)), lex.triggers[word])
        if etype == "none":
            return None  # 受到, 以来: a word that holds a trigger word
        after = self.mentions.within(Span(trigger.end, trigger.end + 1))
        if etype == "depart" and any(x.type == "ORG" for x in after):
            etype = "resign"  # 离开华为: leaving an organisation is quitting it
        return None if self._no_happening(word, trigger, clause, sentence, after) else etype

    def _no_happening(self, word: str, trigger: Span, clause: Span, sentence: Span, after: list[Mention]) -> bool:
        """Whether this use of a trigger word tells no happening: not a word of its own, who does it, a modifier,
        without what its `needs` column asks for, or what did not happen as told; `after` is the mentions starting
        right after it."""
        lex = self.lex
        if len(word) == 1 and not self.words.whole(trigger) or self.words.modifies_noun(trigger):
            return True  # 死板: one character opens a frame only as a word; 调查报告书: what a noun is about
        if len(word) > 1 and _AGENT_NOUN.match(self.folded, trigger.end):
            return True  # 投资人, 捐赠者, 供应商, 救援人员: who does it, not that it happened
        if word in lex.needs_place and not any(x.type == "LOC" for x in after):
            return True  # 到 opens a visit only in 到平壤
        if word in lex.needs_place and self.words.completes_verb(trigger):
            return True  # 游到, 移民到, 运到: 到 completes another verb
        if word in lex.needs_time and trigger.start not in self.time_ends:
            return True  # 1961年5月生, 2000年7月任: a biography's dated entry, not 生活 or 任何
        joined = trigger.end + self.folded.startswith("了", trigger.end)  # 进入了谷歌
        if word in lex.needs_organisation and not any(
                x.type == "ORG" for x in self.mentions.within(Span(joined, joined + 1))):
            return True  # 进入谷歌 is joining it, 进入校园 is not
        if word in lex.needs_alone and self._names_another(trigger, clause):
            return True  # 举行会谈: the talks are the happening, 举行 only says they took place
        if word in lex.needs_aid and not lex.supplied_re.search(self.folded, trigger.end, clause.end):
            return True  # 提供服务, 提供资料: only aid, arms or money given is a supply
        if word in lex.needs_figure and not lex.figure_re.search(self.folded, trigger.end, clause.end) and not (
                ACHIEVED.search(self.folded, clause.start, trigger.start)):
            return True  # 广告收入低迷, 盈利模式: income named as a thing; 营收75亿元, 实现盈利 report results
        if word in lex.needs_object and not self.words.object_after(trigger):
            return True  # 进行审查, 这种审查: censorship named as a practice, not something censored
        if self._unreal(sentence, clause, trigger):
            return True  # 如果…禁止, 容易受伤, 应下台: a condition, a habit, what should happen
        if self._after(trigger) == "head":
            return True  # 举报热线, 离职赔偿: a thing the happening qualifies, no happening told
        return False

    def _names_another(self, trigger: Span, clause: Span) -> bool:
        """Whether the clause names another trigger word after this one (举行|会谈, 举办|比赛)."""
        at = trigger.end
        while (w := self.found.search(at, clause.end)) is not None:
            if self.lex.triggers[w.group()] != "none" or w.group() in self.lex.senses:
                return True
            at = w.end()
        return False

    def _unreal(self, sentence: Span, clause: Span, trigger: Span) -> bool:
        """Whether a cue before the trigger says what it tells did not happen as told: in its clause, a habit or general
        truth (经常, 容易), what should happen or is called for (应, 必须, 呼吁), what is to be averted (避免); from
        anywhere before it in the sentence, a condition whose consequence the trigger's clause tells (如果…，政府将关闭…;
        not 如果拿春节举例，票房收入达到…, a way of framing what is told): a single character only as a word of its own,
        none inside a name."""
        consequence = any(len(c.group()) > 1 or self.words.whole(Span(c.start(), c.end()))  # 会, not 会议
                          for c in _CONSEQUENCE.finditer(self.folded, clause.start, trigger.start)) or (
            event_frames.modality(self.folded, clause.start, trigger.start) in ("planned", "possible"))
        for cue in self.lex.unreal_re.finditer(self.folded, sentence.start, trigger.start):
            span, kind = Span(cue.start(), cue.end()), self.lex.unreal[cue.group()]
            earlier = span.start < clause.start
            if kind == "none" or self.mentions.covers(span) or earlier and (kind != "hypothetical" or not consequence):
                continue
            if cue.group() == "应" and "邀" in self.folded[cue.end():clause.end]:
                continue  # 应台湾邀请到访: at the invitation of, not ought to
            if len(cue.group()) > 1 or self.words.whole(span):
                return True
        return False

    def _after(self, trigger: Span) -> str | None:
        """`head` when a noun right after the trigger makes it a modifier (举报热线), `frame` when a word right after it
        makes the happening a time frame for something else (出事前, 疫情后); a single character only as a word."""
        m = self.lex.after_re.match(self.folded, trigger.end)
        if m is None or len(m.group()) == 1 and not self.words.whole(Span(m.start(), m.end())):
            return None
        return self.lex.after[m.group()]

    def _parties(self, event: Event, clause: Span, trigger: Span, person: str | None, opening: int) -> None:
        """Who a clause names without naming them: a 其 after 将 or 把 (the person just told about) and a 双方 or
        两人 (the two the paragraph, from `opening`, named), who come first."""
        if person and person not in event.participants and who.object_pronoun(self.folded, clause, trigger):
            event.participants.append(person)  # 将其解雇: the person just told about
        both = who.pair(self.folded, clause, trigger, self.mentions.within(Span(opening, trigger.start)),
                        self.settings)
        event.participants = both + [p for p in event.participants if p not in both]  # 双方, 两人: the two named

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
            self._after(trigger) == "frame" or event.time is None and self.words.is_noun(trigger)) and all(
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
            event.place = self._jurisdiction(event.participants)  # 北京市市场监管局…检查: in 北京, not the story's setting
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

    def _jurisdiction(self, participants: list[str]) -> str | None:
        """The city or region finer than a country the first organisation taking part is named for (`北京市市场监管局`,
        `拉斯维加斯警方`, `杭州海博翻译社`: a local body acts where its name says), when the article names that place; a
        country in the name (`加蓬军方`) says no more than a country that acts does."""
        org = next((p for p in participants if self.kinds.get(p) == "ORG"), None)
        name = fold(self.names[org]) if org else ""
        return next((self.named[name[:n]] for n in range(min(len(name) - 1, _PLACE_NAME), 1, -1)
                     if self.kinds.get(self.named.get(name[:n], "")) == "LOC" and where.breadth_of(name[:n]) == 0),
                    None)

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
    """Fill `doc.events` from trigger words, with participants and places from `doc.mentions`."""
    doc.events = find_events(doc)
