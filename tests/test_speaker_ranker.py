"""The speaker ranker (`analyze/speaker_ranker.py`) on an article written for newsmine (invented
people and events): the candidates it offers, the confidence it gives (it changes no speaker), and the
shipped model file."""

from __future__ import annotations

import re
from importlib import resources

from newsmine.analyze import linear, speaker_ranker
from newsmine.analyze.pipeline import analyze
from newsmine.analyze.sieves import confidence, switched_off
from newsmine.analyze.speaker_ranker import MODEL, Ranker, rate_speakers
from newsmine.model import Doc
from newsmine.read import read_markdown

HARBOUR = """# 港口扩建方案引发争议 渔民担心生计

东滨市港务局局长邵启明周二在听证会上表示，扩建工程将在明年春天动工，预计三年完工。

“我们会为受影响的渔民提供转产培训。”邵启明说。

渔民代表何振海则认为，补偿标准过低，“一条船就是一家人的饭碗”。

一位不愿具名的环保人士指出，新航道将穿过一片红树林保护区。

会后，市议员罗佩雯告诉记者，议会下月将就方案进行表决。
"""


def doc_of(markdown: str) -> Doc:
    return analyze(read_markdown(markdown))


def test_clear_speakers_are_kept_and_named_ones_are_trusted_more_than_an_anonymous_source():
    doc = doc_of(HARBOUR)
    names = {e.id: e.name for e in doc.entities}
    said = [(names.get(q.speaker), q.speaker_text, q.resolved_by) for q in doc.quotes]
    assert ("邵启明", "东滨市港务局局长邵启明", "name") in said or ("邵启明", "邵启明", "name") in said
    assert ("何振海", "何振海", "name") in said or ("何振海", "渔民代表何振海", "name") in said
    assert (None, "一位不愿具名的环保人士", "unnamed") in said
    assert not any(q.resolved_by == "ranker" for q in doc.quotes)
    assert all(0 < q.confidence <= 1 for q in doc.quotes)
    cued = next(q for q in doc.quotes if q.text.startswith("我们会为"))
    anonymous = next(q for q in doc.quotes if q.resolved_by == "unnamed")
    assert cued.confidence > 0.8 and cued.confidence > anonymous.confidence


def test_the_group_offers_the_sieves_choice_first_the_people_around_and_elsewhere_last():
    with switched_off({"ranker"}):
        doc = doc_of(HARBOUR)
    ranker = Ranker(doc)
    index = next(i for i, q in enumerate(doc.quotes) if q.text.startswith("我们会为"))
    group = ranker.group(index)
    names = {e.id: e.name for e in doc.entities}
    assert names[group[0].entity] == "邵启明" and "chosen" in group[0].features
    assert "rel=sentence-after" in group[0].features and "cue" in group[0].features
    assert "elsewhere" in group[-1].features and group[-1].entity is None
    offered = {names.get(c.entity) for c in group[1:-1]}
    assert {"东滨市港务局"} <= offered or {"东滨市"} <= offered  # named in the paragraph before
    assert "罗佩雯" not in offered  # named three paragraphs later
    for c in group:  # feature names describe positions and sieves, never the article's words
        assert all(re.fullmatch(r"[a-z=|0-9A-Z_\-.]+", f) for f in c.features), c.features


def test_the_confidence_is_the_models_probability_for_the_sieves_choice_and_no_speaker_changes(monkeypatch):
    with switched_off({"ranker"}):
        doc = doc_of(HARBOUR)
    before = [(q.speaker, q.speaker_text, q.speaker_span, q.resolved_by) for q in doc.quotes]
    index = next(i for i, q in enumerate(doc.quotes) if q.speaker_text and "何振海" in q.speaker_text)
    doubted = Ranker(doc).group(index)[0].features

    def doubt(name, candidates):  # a model sure of another candidate for that one quote
        first = list(candidates[0])
        rest = 0.1 / (len(candidates) - 1) if first == doubted else 0.0
        return [0.1 if first == doubted else 1.0] + [0.9 if k == 1 and first == doubted else rest
                                                     for k in range(1, len(candidates))]

    monkeypatch.setattr(speaker_ranker.linear, "probabilities", doubt)
    rate_speakers(doc)
    assert [(q.speaker, q.speaker_text, q.speaker_span, q.resolved_by) for q in doc.quotes] == before
    assert doc.quotes[index].confidence == 0.1
    assert all(q.confidence == 1.0 for i, q in enumerate(doc.quotes) if i != index)


def test_with_the_ranker_off_confidence_is_the_sieves_product():
    with switched_off({"ranker"}):
        doc = doc_of(HARBOUR)
    assert all(q.confidence == confidence(q.sieve, q.resolved_by) for q in doc.quotes)


def test_the_shipped_model_loads_and_says_how_it_was_trained():
    first = resources.files("newsmine.data").joinpath(f"{MODEL}.tsv").read_text("utf-8").splitlines()[0]
    assert first.startswith("# trained by bench/train_speakers.py on the 106 dev articles")
    assert "no test article read" in first
    weights = linear.weights(MODEL)
    assert "chosen" in weights and "elsewhere" in weights
    assert all(re.fullmatch(r"[a-z=|0-9A-Z_\-.]+", f) for f in weights)
