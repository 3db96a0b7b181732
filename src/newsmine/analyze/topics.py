"""What the article is about and what was discussed: topics from a two-level taxonomy, with evidence.

The taxonomy is `data/topic_taxonomy.tsv`: the top-level subjects of IPTC Media Topics (politics,
conflict, crime and justice, economy …) with subtopics and their keywords. Keywords are matched on
the folded text, so traditional articles use the same (simplified) keywords. A subtopic is
*discussed* at a meeting when it is named (outside a name or a role) in a sentence that speaks
of talks or of what a side wants (`讨论`, `会谈`, `交易`, `要求` …, in `data/event_cues.tsv`);
those topics point at the meeting event. The article's main subjects (one to three, main first)
are the top-level topics with the most weighted evidence: a sentence of the title or the lead counts
more than a passing mention further down, and one naming a topic only by a weak keyword (记者,
经济, 网络 … — words news about anything uses) counts half; then every subtopic named is listed,
most evidence first.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache

from newsmine.analyze.event_lexicon import lexicon as event_lexicon
from newsmine.analyze.pipeline import component
from newsmine.analyze.text import alternation
from newsmine.data import split_aliases, table
from newsmine.model import Doc, Span, Topic
from newsmine.names import fold

_MEETINGS = ("meet",)
MAX_SUBJECTS = 3
# Weights and thresholds chosen on the dev half of bench/gold (a broad plateau: F1 moves by less
# than 0.01 for title 1–3, lead 1–2, second share 0.3–0.5).
TITLE_WEIGHT = 2.0
LEAD_WEIGHT = 1.5
SECOND_SHARE = 0.4
SECOND_FLOOR = 2.0
WEAK_SHARE = 0.5


@dataclass(frozen=True)
class Taxonomy:
    """The taxonomy read for matching: topic id → label and → parent (subtopics only), keyword →
    subtopic, the weak keywords, and one pattern of every keyword."""

    labels: dict[str, str]
    parent: dict[str, str]
    keyword: dict[str, str]
    weak: frozenset[str]
    pattern: re.Pattern[str]


@cache
def taxonomy() -> Taxonomy:
    """The topic taxonomy: label and parent of every topic id, the subtopic of every keyword, and
    the weak keywords (common in news about anything: 记者, 经济, 网络 …)."""
    labels, parent, keyword, weak = {}, {}, {}, set()
    for row in table("topic_taxonomy"):
        labels[row["id"]] = row["label"]
        if row["parent"]:
            parent[row["id"]] = row["parent"]
        for word in split_aliases(row["keywords"]):
            keyword[word] = row["id"]
        for word in split_aliases(row["weak"]):
            keyword[word] = row["id"]
            weak.add(word)
    return Taxonomy(labels, parent, keyword, frozenset(weak), re.compile(alternation(keyword)))


@cache
def _discussion_re() -> re.Pattern[str]:
    words = [w for w, kind in event_lexicon().cues.items() if kind in ("discuss", "want")]
    return re.compile(alternation(words))


def find_topics(doc: Doc) -> list[Topic]:
    """Discussed topics (linked to the main meeting), the main subjects, then every subtopic named."""
    tax = taxonomy()
    folded = fold(doc.text)
    meeting = _main_meeting(doc)
    named = _named(doc) if meeting is not None else set()
    weight = _weights(doc)
    evidence: dict[str, list[Span]] = defaultdict(list)
    discussed: dict[str, list[Span]] = defaultdict(list)
    subjects = _Subjects()
    for sentence in doc.sentences:
        hits = list(tax.pattern.finditer(folded, sentence.span.start, sentence.span.end))
        for topic in sorted({tax.keyword[m.group()] for m in hits}):
            evidence[topic].append(sentence.span)
        subjects.add(tax, [m.group() for m in hits], weight.get(sentence.span, 1.0))
        if meeting is not None and _discussion_re().search(doc.text, sentence.span.start, sentence.span.end):
            for topic in sorted({tax.keyword[m.group()] for m in hits if named.isdisjoint(range(*m.span()))}):
                discussed[topic].append(sentence.span)
    topics = [Topic(label=tax.labels[t], evidence=spans, event=meeting) for t, spans in _ranked(discussed)]
    topics += [Topic(label=tax.labels[t], evidence=spans) for t, spans in subjects.main(tax, evidence)]
    topics += [Topic(label=tax.labels[t], evidence=spans) for t, spans in _ranked(evidence)]
    return topics


def _ranked(spans: dict[str, list[Span]]) -> list[tuple[str, list[Span]]]:
    """Topics by number of evidence sentences, then by first evidence."""
    return sorted(spans.items(), key=lambda kv: (-len(kv[1]), kv[1][0].start))


@dataclass
class _Subjects:
    """Running scores of the top-level topics: a sentence naming a topic adds its weight, or
    `WEAK_SHARE` of it when it names the topic only by weak keywords; `words` are the different
    keywords that named each topic."""

    score: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    words: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    def add(self, tax: Taxonomy, keywords: list[str], weight: float) -> None:
        """Count one sentence, of `weight`, that names `keywords`."""
        strong = {tax.parent[tax.keyword[w]] for w in keywords if w not in tax.weak}
        for word in keywords:
            self.words[tax.parent[tax.keyword[word]]].add(word)
        for subject in {tax.parent[tax.keyword[w]] for w in keywords}:
            self.score[subject] += weight * (1.0 if subject in strong else WEAK_SHARE)

    def main(self, tax: Taxonomy, evidence: dict[str, list[Span]]) -> list[tuple[str, list[Span]]]:
        """The top-level topics with the highest score (on a tie, the one named in more different
        words): the first, and up to two more scoring at least `SECOND_SHARE` of the first's and at
        least `SECOND_FLOOR`; each with the sentences naming it."""
        spans: dict[str, set[Span]] = defaultdict(set)
        for topic, found in evidence.items():
            spans[tax.parent[topic]].update(found)
        ranked = sorted(spans, key=lambda t: (-self.score[t], -len(self.words[t]), min(spans[t]).start))
        if not ranked:
            return []
        floor = max(SECOND_FLOOR, SECOND_SHARE * self.score[ranked[0]])
        chosen = ranked[:1] + [t for t in ranked[1:MAX_SUBJECTS] if self.score[t] >= floor]
        return [(t, sorted(spans[t])) for t in chosen]


def _weights(doc: Doc) -> dict[Span, float]:
    """How much a sentence says about the subject: the title and the lead (the first paragraph when
    the article has no separate lead) outweigh a passing mention further down; a byline or the
    contributors say nothing about it."""
    heads = {"title": TITLE_WEIGHT, "lead": LEAD_WEIGHT}
    parts = [(p.span, heads.get(p.part, 0.0 if p.part in ("byline", "contributors") else 1.0)) for p in doc.parts]
    if not any(p.part == "lead" for p in doc.parts):
        first = next((i for i, p in enumerate(doc.parts) if p.part == "block"), None)
        if first is not None:
            parts[first] = (parts[first][0], LEAD_WEIGHT)
    starts = [span.start for span, _ in parts]  # the parts are in text order, so a sentence's part is found by bisection
    out = {}
    for sentence in doc.sentences:
        i = bisect_right(starts, sentence.span.start) - 1
        out[sentence.span] = parts[i][1] if i >= 0 and sentence.span.start < parts[i][0].end else 1.0
    return out


def _named(doc: Doc) -> set[int]:
    """Offsets inside names and roles: a title (总理) names a participant, not a subject of the talks."""
    spans = [m.span for m in doc.mentions] + [r.span for e in doc.entities for r in e.roles]
    return {i for span in spans for i in range(span.start, span.end)}


def _main_meeting(doc: Doc) -> int | None:
    """The meeting the article is about: the one with most participants, then a place, then a time."""
    meetings = [i for i, e in enumerate(doc.events) if e.type in _MEETINGS]
    if not meetings:
        return None
    return max(meetings, key=lambda i: (len(doc.events[i].participants), doc.events[i].place is not None,
                                        doc.events[i].time is not None, -i))


@component("topics", assigns=["topics"], requires=["sentences", "events"])
def topics(doc: Doc) -> None:
    """Fill `doc.topics`: what the main meeting discussed, the main subjects, and every subtopic named."""
    doc.topics = find_topics(doc)
