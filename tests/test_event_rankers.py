"""The learned place and time rankers: the shipped models load with their provenance, and on clear cases they
place and date each event as its own clause says, leave unplaced what the rules place nowhere, and can be switched
off."""

from __future__ import annotations

from importlib import resources

import pytest

from newsmine.analyze import event_rankers, linear
from newsmine.analyze.pipeline import Pipeline, make_doc
from newsmine.errors import PipelineError
from newsmine.model import Doc
from newsmine.read import read_markdown

from .by_hand import add_entities

ARTICLE = """\
# 中挪渔业会谈在青岛举行

**挪威渔业大臣索尔海姆本周访问中国。**

韩立新与索尔海姆6月3日在青岛会谈，讨论了北极渔业资源的共同管理。两人此前曾于2019年在奥斯陆见面。

挪威渔业部称，索尔海姆6月5日离开中国，前往日本。

今年春季，挪威峡湾多处养殖场暴发鱼类疾病。
"""

NAMES = {
    "韩立新": ("PER", []),
    "索尔海姆": ("PER", []),
    "中国": ("LOC", []),
    "挪威": ("LOC", []),
    "日本": ("LOC", []),
    "青岛": ("LOC", []),
    "奥斯陆": ("LOC", []),
    "挪威渔业部": ("ORG", []),
}


def analysed(*skip: str) -> tuple[Doc, dict[str, str]]:
    doc = make_doc(read_markdown(ARTICLE), anchor="2024-06-07")
    Pipeline(["sentences", "times"])(doc)
    ids = add_entities(doc, NAMES)
    with event_rankers.disabled(*skip):
        Pipeline(["events"], present=["sentences", "times", "mentions", "entities"])(doc)
    return doc, {v: k for k, v in ids.items()}


def places(doc: Doc, names: dict[str, str]) -> dict[tuple[str, str], str | None]:
    return {(e.type, doc.span_text(e.trigger)): names.get(e.place or "") for e in doc.events}


def times(doc: Doc) -> dict[tuple[str, str], str | None]:
    return {(e.type, doc.span_text(e.trigger)): doc.times[e.time].value if e.time is not None else None
            for e in doc.events}


@pytest.mark.parametrize("model", [event_rankers.PLACE_MODEL, event_rankers.TIME_MODEL])
def test_the_shipped_models_load_and_say_how_they_were_trained(model):
    head = resources.files("newsmine.data").joinpath(f"{model}.tsv").read_text("utf-8").splitlines()[0]
    assert head.startswith("# trained by bench/train_events.py on the ")
    assert "no test article read" in head
    weights = linear.weights(model)
    assert any(f.startswith("scope=") for f in weights) and any(f.startswith("rule") for f in weights)


def test_each_meeting_is_placed_where_its_own_clause_says():
    doc, names = analysed()
    got = places(doc, names)
    assert got[("meet", "会谈")] == "青岛"
    assert got[("meet", "见面")] == "奥斯陆"


def test_each_event_is_dated_by_the_time_its_own_clause_names():
    doc, _ = analysed()
    got = times(doc)
    assert got[("meet", "会谈")] == "2024-06-03"
    assert got[("meet", "见面")] == "2019"
    assert got[("depart", "离开")] == "2024-06-05"


def test_whether_an_event_has_a_place_stays_the_rules_decision():
    doc, names = analysed("event-place")
    (seen,) = [e for e in doc.events if doc.span_text(e.trigger) == "见面"]
    seen.place = None  # as if the rules had found no place for it
    event_rankers.rerank(doc)
    assert seen.place is None
    assert places(doc, names)[("meet", "会谈")] == "青岛"


def test_switched_off_the_rules_place_stands_and_unknown_names_are_refused():
    doc, names = analysed("event-place")
    assert places(doc, names)[("meet", "会谈")] == "青岛"
    with pytest.raises(PipelineError, match="not an event ranker"):
        event_rankers.disable("event-manner")


def test_candidates_are_the_places_of_the_sentence_and_the_one_before_in_its_paragraph():
    doc, names = analysed()
    art = event_rankers.Article(doc)
    (seen,) = [e for e in doc.events if doc.span_text(e.trigger) == "见面"]
    near = {names[c.choice] for c in event_rankers.place_candidates(art, seen)}
    assert {"青岛", "奥斯陆"} <= near
    assert "日本" not in near  # another paragraph's
