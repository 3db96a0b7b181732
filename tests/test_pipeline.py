"""The component registry: order checked before a run, failures named, return values refused."""

from __future__ import annotations

import pytest

from newsmine.analyze.pipeline import REGISTRY, Pipeline, analyze, component
from newsmine.analyze.text import canonical_text, normalise, split_sentences
from newsmine.errors import PipelineError
from newsmine.model import Span
from newsmine.read import read_markdown

ARTICLE = read_markdown("# 标题\n\n  * 甲（Jia） \n  * 记者 \n\n**导语。**\n\n第一句。第二句！“第三句？”他说。\n\n**乙（Yi）在北京补充报道。**\n")


@pytest.fixture
def temporary_components():
    before = dict(REGISTRY)
    yield
    REGISTRY.clear()
    REGISTRY.update(before)


def test_a_component_that_needs_a_missing_layer_is_refused_before_running(temporary_components):
    @component("needs_entities", assigns=["quotes"], requires=["entities"])
    def needs_entities(doc):
        pass

    with pytest.raises(PipelineError, match="'needs_entities': requires entities"):
        Pipeline(["sentences", "needs_entities"])


def test_unknown_and_duplicate_components_are_refused():
    with pytest.raises(PipelineError, match="is not registered"):
        Pipeline(["no_such_component"])
    with pytest.raises(PipelineError, match="appears twice"):
        Pipeline(["sentences", "sentences"])


def test_a_failing_component_is_named(temporary_components):
    @component("explodes", assigns=["topics"])
    def explodes(doc):
        raise KeyError("boom")

    with pytest.raises(PipelineError, match="'explodes': failed: KeyError"):
        analyze(ARTICLE, pipeline=Pipeline(["explodes"]))


def test_a_component_returning_a_value_is_refused(temporary_components):
    @component("returns", assigns=["topics"])
    def returns(doc):
        return doc

    with pytest.raises(PipelineError, match="returned a value"):
        analyze(ARTICLE, pipeline=Pipeline(["returns"]))


def test_canonical_text_holds_title_byline_lead_body_and_contributors():
    text, parts = canonical_text(ARTICLE)
    assert [p.part for p in parts] == ["title", "byline", "lead", "block", "contributors"]
    assert [text[p.span.start : p.span.end] for p in parts] == [
        "标题", "甲（Jia）\n记者", "导语。", "第一句。第二句！“第三句？”他说。", "乙（Yi）在北京补充报道。"]


def test_sentences_end_at_chinese_punctuation_and_closing_quotes():
    text = "第一句。第二句！“第三句？”他说。Mr. Lee left. Then"
    got = [text[s.span.start : s.span.end] for s in split_sentences(text, Span(0, len(text)))]
    assert got == ["第一句。", "第二句！", "“第三句？”", "他说。", "Mr.", "Lee left.", "Then"]


def test_anchor_date_comes_from_the_option_or_the_article():
    assert analyze(ARTICLE).anchor is None
    assert analyze(ARTICLE, anchor="2024-05-06").anchor == "2024-05-06"


def test_normalise_folds_width_and_variants_but_keeps_length():
    raw = "峨山政策硏究院（ＡＳＡＮ）"
    assert normalise(raw) == "峨山政策研究院(ASAN)"
    assert len(normalise(raw)) == len(raw)
