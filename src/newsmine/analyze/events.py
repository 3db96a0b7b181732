"""Event frames: who met, visited, launched, warned, supplied … whom, where and when, and how sure.

A trigger word (`data/event_triggers.tsv`) opens a frame in its clause. Participants are the
entities mentioned in the clause (the sentence's subject joins a clause that has none before the
trigger: `金正恩…抵达阿穆尔州，与普京…会面`); the place is the location named after `在`, `抵达`,
`访问` …; the time is the clause's time expression, else one earlier in the sentence (a range such
as `自2019年以来` dates nothing); the modality comes from cues in the clause (`预计` expected,
`可能` possible, `否认` denied). A sentence's subject is its first person, else organisation, else place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from newsmine.analyze.pipeline import component
from newsmine.analyze.text import alternation
from newsmine.data import table
from newsmine.model import Doc, Event, Mention, Span

_CLAUSE_BREAK = re.compile(r"[，；：,;:]")
_COMPANION = re.compile(r"[与和同跟與]")  # 在与普京…会谈后: 在 opens a time frame here, not a place
_PLACE_WINDOW = 16
_TITLE_GAP = 8  # 俄罗斯总统普京, 越南总理阮文山: a country this close before a person qualifies the person


@dataclass(frozen=True)
class _Lexicon:
    triggers: dict[str, tuple[str, str | None]]
    trigger_re: re.Pattern[str]
    cues: dict[str, str]
    modality_re: re.Pattern[str]
    place_re: re.Pattern[str]


@cache
def lexicon() -> _Lexicon:
    triggers = {row["trigger"]: (row["type"], row["plover"] or None) for row in table("event_triggers")}
    cues = {row["word"]: row["kind"] for row in table("event_cues")}
    modal = [w for w, k in cues.items() if k in ("expected", "possible", "denied")]
    place = [w for w, k in cues.items() if k == "place"]
    return _Lexicon(triggers, re.compile(alternation(triggers)), cues,
                    re.compile(alternation(modal)), re.compile(alternation(place)))


def clauses(text: str, span: Span) -> list[Span]:
    """The clauses of a sentence: pieces between commas, semicolons and colons."""
    out, start = [], span.start
    for m in _CLAUSE_BREAK.finditer(text, span.start, span.end):
        if m.start() > start:
            out.append(Span(start, m.start()))
        start = m.end()
    if span.end > start:
        out.append(Span(start, span.end))
    return out


def _within(mentions: list[Mention], span: Span) -> list[Mention]:
    return [m for m in mentions if span.start <= m.span.start and m.span.end <= span.end and m.entity]


def _qualifies_person(doc: Doc, loc: Mention, mentions: list[Mention]) -> bool:
    """A country or city that is part of a person's title (越南总理|阮文山), not a participant."""
    for m in mentions:
        gap = m.span.start - loc.span.end
        if m.type == "PER" and 0 <= gap <= _TITLE_GAP:
            return not _CLAUSE_BREAK.search(doc.text, loc.span.end, m.span.start) and "与" not in doc.text[loc.span.end:m.span.start]
    return False


def _place(doc: Doc, clause: Span, trigger: Span, mentions: list[Mention]) -> tuple[Mention, Span] | None:
    """The location named right after a place cue (`在`, `抵达`, …) in the clause, and its phrase.

    In `抵达俄罗斯远东的阿穆尔州` the place is 阿穆尔州 and the phrase, 俄罗斯 included, is where it is.
    """
    best = None
    for cue in lexicon().place_re.finditer(doc.text, clause.start, clause.end):
        if _COMPANION.match(doc.text, cue.end()):
            continue
        stop = trigger.start if cue.end() <= trigger.start else clause.end
        stop = min(stop, cue.end() + _PLACE_WINDOW)
        for m in mentions:
            if m.type == "LOC" and cue.end() <= m.span.start and m.span.end <= stop:
                best = (m, Span(cue.end(), m.span.end))
    return best


def find_events(doc: Doc) -> list[Event]:
    """Every event frame in the Doc, in text order."""
    lex = lexicon()
    mentions = sorted((m for m in doc.mentions if m.entity), key=lambda m: m.span.start)
    events: list[Event] = []
    for sentence in doc.sentences:
        times = [i for i, t in enumerate(doc.times)
                 if sentence.span.start <= t.span.start < sentence.span.end and not t.text.startswith("自")]
        subject: str | None = None
        earlier_time: int | None = None
        for clause in clauses(doc.text, sentence.span):
            in_clause = _within(mentions, clause)
            for m in lex.trigger_re.finditer(doc.text, clause.start, clause.end):
                trigger = Span(m.start(), m.end())
                if any(x.span.start < trigger.end and trigger.start < x.span.end for x in in_clause):
                    continue  # the word is part of a name (an organisation called …协议…)
                etype, plover = lex.triggers[m.group()]
                if events and events[-1].span == clause and events[-1].type == etype:
                    continue  # 簽署…協議: one agreement, not two
                found = _place(doc, clause, trigger, in_clause)
                place, phrase = found if found else (None, Span(0, 0))
                participants: list[str] = []
                for x in in_clause:
                    in_phrase = phrase.start <= x.span.start and x.span.end <= phrase.end
                    if x.type == "LOC" and (in_phrase or _qualifies_person(doc, x, in_clause)):
                        continue
                    if x.entity not in participants:
                        participants.append(x.entity)  # type: ignore[arg-type]
                if subject and subject not in participants and (
                        _COMPANION.match(doc.text, clause.start)
                        or not any(x.span.start < trigger.start for x in in_clause)):
                    participants.insert(0, subject)  # 金正恩…抵达…，与普京…会面: 金正恩 met too
                clause_times = [i for i in times if clause.start <= doc.times[i].span.start < clause.end]
                time = clause_times[0] if clause_times else earlier_time
                events.append(Event(
                    type=etype, plover=plover, trigger=trigger, span=clause, participants=participants,
                    place=place.entity if place else None, time=time,
                    modality=_modality(doc.text, clause.start, clause.end),
                ))
            earlier_time = next((i for i in reversed(times) if doc.times[i].span.start < clause.end), earlier_time)
            if subject is None:
                actors = [x for t in ("PER", "ORG", "LOC") for x in in_clause if x.type == t]
                subject = actors[0].entity if actors else None
    return events


_MODALITY_RANK = ("asserted", "expected", "possible", "denied")


def _modality(text: str, start: int, end: int) -> str:
    """The strongest cue in the clause: a denial outranks a possibility, which outranks a plan."""
    found = [lexicon().cues[m.group()] for m in lexicon().modality_re.finditer(text, start, end)]
    return max(found, key=_MODALITY_RANK.index, default="asserted")


@component("events", assigns=["events"], requires=["sentences", "times", "entities"])
def events(doc: Doc) -> None:
    """Fill `doc.events` from trigger words, with participants and places from `doc.mentions`."""
    doc.events = find_events(doc)
