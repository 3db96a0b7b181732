"""What was discussed: topics of the article, and the subjects of its talks, each with evidence.

Topic words come from `data/topics.tsv`. A topic is *discussed* at a meeting when it is named in a
sentence that speaks of talks or of what a side wants (`讨论`, `会谈`, `交易`, `要求`, `渴望` …, in
`data/event_cues.tsv`); those topics point at the meeting event. Every topic named in the article is
also listed as a key topic (`event` null), most evidence first.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache

from newsmine.analyze.events import lexicon as event_lexicon
from newsmine.analyze.pipeline import component
from newsmine.analyze.text import alternation
from newsmine.data import table
from newsmine.model import Doc, Span, Topic

_MEETINGS = ("meet",)


@cache
def _topic_words() -> tuple[dict[str, str], re.Pattern[str]]:
    words = {row["keyword"]: row["label"] for row in table("topics")}
    return words, re.compile(alternation(words))


@cache
def _discussion_re() -> re.Pattern[str]:
    words = [w for w, kind in event_lexicon().cues.items() if kind in ("discuss", "want")]
    return re.compile(alternation(words))


def find_topics(doc: Doc) -> list[Topic]:
    """Discussed topics (linked to the main meeting) first, then the article's key topics."""
    words, pattern = _topic_words()
    evidence: dict[str, list[Span]] = defaultdict(list)
    discussed: dict[str, list[Span]] = defaultdict(list)
    for sentence in doc.sentences:
        labels = {words[m.group()] for m in pattern.finditer(doc.text, sentence.span.start, sentence.span.end)}
        talk = _discussion_re().search(doc.text, sentence.span.start, sentence.span.end) is not None
        for label in sorted(labels):
            evidence[label].append(sentence.span)
            if talk:
                discussed[label].append(sentence.span)

    topics: list[Topic] = []
    meeting = _main_meeting(doc)
    if meeting is not None:
        for label, spans in sorted(discussed.items(), key=lambda kv: (-len(kv[1]), kv[1][0].start)):
            topics.append(Topic(label=label, evidence=spans, event=meeting))
    for label, spans in sorted(evidence.items(), key=lambda kv: (-len(kv[1]), kv[1][0].start)):
        topics.append(Topic(label=label, evidence=spans))
    return topics


def _main_meeting(doc: Doc) -> int | None:
    """The meeting the article is about: the one with most participants, then a place, then a time."""
    meetings = [i for i, e in enumerate(doc.events) if e.type in _MEETINGS]
    if not meetings:
        return None
    return max(meetings, key=lambda i: (len(doc.events[i].participants), doc.events[i].place is not None,
                                        doc.events[i].time is not None, -i))


@component("topics", assigns=["topics"], requires=["sentences", "events"])
def topics(doc: Doc) -> None:
    """Fill `doc.topics`: what the main meeting discussed, and the article's key topics."""
    doc.topics = find_topics(doc)
