"""Learned choices of where and when an event happened, among the places and times named near its trigger: linear
models trained on the dev gold files (`bench/train_events.py`; the models are `data/event_place_ranker.tsv` and
`data/event_time_ranker.tsv`, read by `analyze/linear.py`).

The rules (`event_places.py`, `event_frames.py`, `events.py`) read each clause once and decide; the models take their
choice as one feature among general ones — how far a candidate is from the trigger and on which side, whether a
clause or sentence boundary or a quotation lies between, the class of the character before it (a place cue, a
preposition, a conjunction), the event's family, and for a place its gazetteer class (a site, finer than a country, a
country, a region; wider or finer than the rules' place), how often the article names it and whether it takes part;
for a time how fine its value is (a day, a month, a year, a range …) against the rules' time. Candidates: the places
and sites (the time expressions) of the trigger's sentence and the one before it in its paragraph, the headline's
places, and the rules' choice. Whether an event has a place or a time at all stays the rules' decision (what they
leave empty stays empty); each model is trained on the events whose gold and rules both give one. Each ranker is
switched off with `disable` (`--skip-step event-place`, `event-time` in `bench/analysis.py`), which leaves the rules'
choice. Cost: each event looks at the mentions and times of two sentences and the headline, found by bisection.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass

from newsmine import data
from newsmine.analyze import linear
from newsmine.analyze.event_frames import compared, put_off
from newsmine.analyze.event_lexicon import lexicon
from newsmine.analyze.event_participants import CLAUSE_BREAK
from newsmine.analyze.event_places import breadth_of
from newsmine.analyze.switches import Switches
from newsmine.model import Doc, Event, Mention, Span, Time
from newsmine.names import fold

RANKERS = ("event-place", "event-time")
PLACE_MODEL = "event_place_ranker"
TIME_MODEL = "event_time_ranker"
_GRAINS = (("range", re.compile(r".*/")), ("partial", re.compile(r"--")), ("moment", re.compile(r".*T")),
           ("day", re.compile(r"\d{4}-\d\d-\d\d$")), ("week", re.compile(r"\d{4}-W")),
           ("month", re.compile(r"\d{4}-\d\d$")), ("year", re.compile(r"\d{4}$")))
_BEFORE = (  # the class of the character right before a name: which grammatical word governs it
    ("joined", re.compile(r"[与和同跟及、與]")), ("passive", re.compile(r"[被遭]")), ("where", re.compile(r"[在于於到赴至]")),
    ("governed", re.compile(r"[向对對把将將给給为為由]")), ("source", re.compile(r"据")),
    ("break", re.compile(r"[，；：,;:。！？\s“”「」《》（）()]")))
_DISTANCES = (2, 5, 10, 20, 40)


_switches = Switches("an event ranker", lambda: RANKERS)
disable = _switches.disable  # leave rankers out of every later run: the rules' arguments stand (for ablation)
disabled = _switches.disabled  # run without some rankers inside a `with` block


@dataclass
class Candidate:
    """What an argument may be (an entity id, the index of a time in `doc.times`) and the names of its features."""

    choice: str | int
    features: list[str]


class Article:
    """What every event of one Doc shares: its entity mentions and time expressions by offset, sentences, paragraphs,
    quotations, headline, and how often each entity is named."""

    def __init__(self, doc: Doc) -> None:
        self.doc, self.folded = doc, fold(doc.text)
        self.mentions = sorted((m for m in doc.mentions if m.entity), key=lambda m: m.span.start)
        self.starts = [m.span.start for m in self.mentions]
        self.sentences = [s.span for s in doc.sentences]
        self.sentence_starts = [s.start for s in self.sentences]
        self.parts = [p.span.start for p in doc.parts]
        self.quotes = sorted((q.span for q in doc.quotes), key=lambda s: s.start)
        self.quote_starts = [q.start for q in self.quotes]
        self.headline = next((p.span for p in doc.parts if p.part == "title"), Span(0, 0))
        self.named = Counter(m.entity for m in self.mentions)
        self.first = {m.entity: m.span.start for m in reversed(self.mentions)}
        self.kinds = {e.id: e.type for e in doc.entities}
        self.names = {e.id: e.name for e in doc.entities}
        self.families = {row["type"]: row["family"] for row in data.table("event_types")}
        self.times = sorted(range(len(doc.times)), key=lambda i: doc.times[i].span.start)
        self.time_starts = [doc.times[i].span.start for i in self.times]

    def window(self, trigger: Span) -> tuple[Span, Span]:
        """The trigger's sentence and the one before it in its paragraph (empty at a paragraph's start)."""
        i = max(0, bisect_right(self.sentence_starts, trigger.start) - 1)
        sentence = self.sentences[i] if self.sentences else Span(0, len(self.doc.text))
        part = self.parts[bisect_right(self.parts, sentence.start) - 1] if self.parts else 0
        before = self.sentences[i - 1] if i > 0 and self.sentences[i - 1].start >= part else Span(sentence.start,
                                                                                                  sentence.start)
        return sentence, before

    def within(self, span: Span) -> list[Mention]:
        """The mentions inside a span."""
        lo, hi = bisect_left(self.starts, span.start), bisect_left(self.starts, span.end)
        return [m for m in self.mentions[lo:hi] if m.span.end <= span.end]

    def times_within(self, span: Span) -> list[int]:
        """The indices (in `doc.times`) of the time expressions that start inside a span."""
        lo, hi = bisect_left(self.time_starts, span.start), bisect_left(self.time_starts, span.end)
        return self.times[lo:hi]

    def quoted(self, at: int) -> bool:
        """Whether offset `at` is inside a quotation."""
        k = bisect_right(self.quote_starts, at) - 1
        return k >= 0 and at < self.quotes[k].end

    def mention_features(self, m: Mention | Time, event: Event, sentence: Span) -> list[str]:
        """How a mention or time expression stands to an event's trigger: in its clause, sentence or the one before, on
        which side, how far, across how many clause breaks, inside or outside its quotation, after which class of
        character, before 的."""
        trigger, text = event.trigger, self.doc.text
        scope = ("clause" if event.span.start <= m.span.start and m.span.end <= event.span.end
                 else "sentence" if sentence.start <= m.span.start < sentence.end else "before")
        side = "before" if m.span.end <= trigger.start else "after" if m.span.start >= trigger.end else "inside"
        lo, hi = (m.span.end, trigger.start) if side == "before" else (trigger.end, m.span.start)
        gap = max(0, hi - lo)
        dist = linear.bucket(gap, _DISTANCES)
        breaks = min(3, len(CLAUSE_BREAK.findall(text, lo, hi))) if hi > lo else 0
        prev = text[m.span.start - 1:m.span.start]
        word = next((name for name, pattern in _BEFORE if prev and pattern.match(prev)), "other")
        nxt = "of" if text.startswith("的", m.span.end) else "other"
        quote = "quoted" if self.quoted(m.span.start) != self.quoted(trigger.start) else "same-quote"
        return [f"scope={scope}", f"side={side}", f"dist={dist}", f"breaks={breaks}", f"prev={word}",
                f"next={nxt}", quote, f"scope={scope}|side={side}", f"side={side}|dist={dist}",
                f"side={side}|prev={word}"]

    def side_of(self, entity: str, trigger: Span) -> str:
        """Whether an entity named beyond the window is first named before the trigger or only after it (a place
        the rules took from the sentence that dates a headline's happening)."""
        return "far-before" if self.first.get(entity, trigger.start) < trigger.start else "far-after"

    def breadth(self, entity: str) -> int:
        """How wide a place is (`event_places.breadth_of`: 0 finer than a country, 1 a country, 2 a region); a site
        (an organisation's premises) counts as finer than a country."""
        return breadth_of(self.names.get(entity, "")) if self.kinds.get(entity) == "LOC" else 0

    def entity_features(self, entity: str) -> list[str]:
        """What the entity is: its type, gazetteer class (a site, finer than a country, a country, a region), and how
        often the article names it."""
        kind = self.kinds.get(entity, "OTHER")
        out = [f"type={kind}", f"named={min(self.named[entity], 4)}"]
        if kind == "LOC":
            out.append(f"level={self.breadth(entity)}")
        if kind == "ORG" and fold(self.names.get(entity, "")).endswith(lexicon().sites):
            out.append("site")
        return out


def _nearest(mentions: list[Mention], trigger: Span) -> dict[str, Mention]:
    """Each entity's mention nearest the trigger."""
    out: dict[str, Mention] = {}
    for m in mentions:
        d = abs(m.span.start - trigger.start)
        if m.entity not in out or d < abs(out[m.entity].span.start - trigger.start):
            out[m.entity] = m  # type: ignore[index]
    return out


def place_candidates(art: Article, event: Event) -> list[Candidate]:
    """Where the event may have happened: each place or site named in the trigger's sentence or the one before, the
    headline's places, and the rules' place."""
    sentence, before = art.window(event.trigger)
    near = [m for m in art.within(before) + art.within(sentence) + art.within(art.headline)
            if m.type == "LOC" or m.type == "ORG" and fold(m.text).endswith(lexicon().sites)]
    chosen = _nearest(near, event.trigger)
    family = art.families.get(event.type, "other")
    out = []
    for entity in [*chosen, *([event.place] if event.place and event.place not in chosen else [])]:
        m = chosen.get(entity)
        where = (art.mention_features(m, event, sentence) if m and not art.headline.start <= m.span.start
                 < art.headline.end <= event.trigger.start else ["scope=headline", "side=headline"]) if m else [
            "scope=far", f"side={art.side_of(entity, event.trigger)}"]
        cue = bool(m) and any(c.end() == m.span.start for c in lexicon().place_re.finditer(  # type: ignore[union-attr]
            art.folded, max(0, m.span.start - 3), m.span.start))
        rule = "rule" if entity == event.place else "no-rule"
        ents = art.entity_features(entity)
        level = next((f for f in ents if f.startswith("level=")), "level=site")
        width = art.breadth(entity) - art.breadth(event.place)
        than_rule = "rule" if entity == event.place else "wider" if width > 0 else "finer" if width < 0 else "as-wide"
        feats = [*where, *ents, rule, f"than-rule={than_rule}", f"than-rule={than_rule}|{where[0]}",
                 f"cue={cue}", f"takes-part={entity in event.participants}",
                 f"{rule}|{where[0]}", f"{rule}|{level}", f"fam={family}|{level}", f"fam={family}|{where[0]}",
                 f"cue={cue}|{where[0]}", f"{level}|{where[0]}"]
        out.append(Candidate(entity, feats))
    return out


def _value(t: Time) -> str | None:
    """A time expression's value, a closed interval as `start/end` (as the gold writes it)."""
    return "/".join(t.range) if t.range and None not in t.range else t.value


def grain(t: Time) -> str:
    """How fine a time expression's value is: a moment, day, week, month, year, a range, a date without its year
    (`partial`), or `other` (a decade, a season, none)."""
    value = _value(t) or ""
    return next((name for name, pattern in _GRAINS if pattern.match(value)), "other")


def time_candidates(art: Article, event: Event) -> list[Candidate]:
    """When the event may have happened: each time expression of the trigger's sentence and the one before it in
    its paragraph (one per value, the nearest; not a date a thing is put off to nor one compared with), and the
    rules' time."""
    doc = art.doc
    sentence, before = art.window(event.trigger)
    near: dict[str | None, int] = {}
    for i in art.times_within(before) + art.times_within(sentence):
        if i != event.time and (put_off(doc.text, doc.times[i]) or compared(doc.text, doc.times[i])):
            continue  # 押後至4月9日, 较上月: when the next hearing is, what is compared with; not when it happened
        v = _value(doc.times[i])
        if v not in near or abs(doc.times[i].span.start - event.trigger.start) < abs(
                doc.times[near[v]].span.start - event.trigger.start):
            near[v] = i
    rule = _value(doc.times[event.time]) if event.time is not None else None
    if rule not in near and event.time is not None:
        near[rule] = event.time
    family = art.families.get(event.type, "other")
    rule_grain = grain(doc.times[event.time]) if event.time is not None else "none"
    out = []
    for v, i in near.items():
        t = doc.times[i]
        inside = sentence.start <= t.span.start < sentence.end or before.start <= t.span.start < before.end
        where = art.mention_features(t, event, sentence) if inside else ["scope=far", "side=far"]
        chosen = "rule" if v == rule else "no-rule"
        g = f"grain={grain(t)}"
        feats = [*where, g, chosen, f"{chosen}|{where[0]}", f"{chosen}|{where[1]}", f"{g}|{where[1]}",
                 f"{g}|rule-{rule_grain}", f"fam={family}|{g}", f"fam={family}|{where[0]}",
                 f"since={t.text.startswith('自')}", f"{chosen}|{g}"]
        out.append(Candidate(i, feats))
    return out


def choose_time(art: Article, event: Event) -> int | None:
    """The time the model ranks first (the rules' on a tie); none when the rules found none."""
    if event.time is None:
        return None
    cands = time_candidates(art, event)
    probs = linear.probabilities(TIME_MODEL, [c.features for c in cands])
    rule = _value(art.doc.times[event.time])
    best = max(range(len(cands)), key=lambda i: (probs[i], _value(art.doc.times[cands[i].choice]) == rule))  # type: ignore[index]
    return cands[best].choice  # type: ignore[return-value]


def choose_place(art: Article, event: Event) -> str | None:
    """The place the model ranks first (the rules' on a tie); none when the rules found none."""
    if event.place is None:
        return None
    cands = place_candidates(art, event)
    probs = linear.probabilities(PLACE_MODEL, [c.features for c in cands])
    best = max(range(len(cands)), key=lambda i: (probs[i], cands[i].choice == event.place))
    return cands[best].choice  # type: ignore[return-value]


def rerank(doc: Doc) -> None:
    """Let the rankers not switched off choose where and when each event of the Doc happened."""
    active = [r for r in RANKERS if _switches.on(r)]
    if not active or not doc.events:
        return
    art = Article(doc)
    for event in doc.events:
        place = choose_place(art, event) if "event-place" in active else event.place
        time = choose_time(art, event) if "event-time" in active else event.time
        event.place, event.time = place, time
