"""The candidate-mentions layer: named steps placed by before/after, each switchable by name."""

from __future__ import annotations

import pytest

from newsmine.analyze import candidates
from newsmine.analyze.pipeline import analyze  # noqa: F401  (registers every step)
from newsmine.errors import PipelineError
from tests.helpers_names import analyse_text


def _names(text: str) -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in analyse_text(text).mentions}


def test_steps_run_in_the_order_before_and_after_place_them() -> None:
    names = [s.name for s in candidates.ordered()]
    assert names.index("gazetteer") < names.index("tagger") < names.index("glued_titles")
    assert names.index("glosses") < names.index("compounds") < names.index("aliases")


def test_a_step_placed_next_to_an_unknown_step_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(candidates, "REGISTRY", dict(candidates.REGISTRY))
    candidates.step("orphan", after="no_such_step")(lambda c: c.found)
    with pytest.raises(PipelineError, match="orphan"):
        candidates.ordered()


def test_switching_a_repair_off_shows_what_it_does() -> None:
    text = "民进党立委周二召开记者会，批评预算案。"
    assert ("民进党", "ORG") in _names(text)
    with candidates.disabled("glued_titles"):
        assert ("民进党", "ORG") not in _names(text)
    assert ("民进党", "ORG") in _names(text)


def test_switching_a_source_off_drops_its_names() -> None:
    text = "据美国之音报道，谈判周一恢复。"
    assert ("美国之音", "ORG") in _names(text)
    with candidates.disabled("gazetteer"):
        assert ("美国之音", "ORG") not in _names(text)


def test_an_unknown_step_name_is_a_clear_error() -> None:
    with pytest.raises(PipelineError, match="not a candidate step"):
        candidates.disable("no_such_step")


def test_a_country_glued_to_a_body_named_on_its_own_is_split_off() -> None:
    text = "南韩国家情报院院长朴志元周三抵达华盛顿，与美方官员会面。"
    names = _names(text)
    assert {("南韩", "LOC"), ("国家情报院", "ORG")} <= names
    with candidates.disabled("country_bodies"):
        assert ("南韩国家情报院", "ORG") in _names(text)


def test_a_country_glued_to_its_city_is_two_places() -> None:
    assert {("印度", "LOC"), ("新德里", "LOC")} <= _names("他周二抵达印度新德里，随后前往孟买。")


def test_a_body_whose_name_holds_its_country_stays_whole() -> None:
    names = _names("美国国务院周五发表声明，中国共产党的代表团将于下月访问。")
    assert {("美国国务院", "ORG"), ("中国共产党", "ORG")} <= names


def test_a_known_latin_name_glued_to_chinese_words_is_cut_off() -> None:
    text = "不过BBC科技新闻编辑马克·埃文斯报道说，谈判已经破裂。"
    assert ("BBC", "ORG") in _names(text)
    with candidates.disabled("latin_heads"):
        assert ("BBC", "ORG") not in _names(text)


def test_a_descriptor_before_an_organisation_is_not_its_name() -> None:
    text = "北京的独立智库天则经济研究所周三表示，美国智库布鲁金斯学会研究员李成也发表了看法。"
    names = _names(text)
    assert {("天则经济研究所", "ORG"), ("布鲁金斯学会", "ORG"), ("美国", "LOC")} <= names
    with candidates.disabled("descriptors"):
        assert ("布鲁金斯学会", "ORG") not in _names(text)


def test_a_quoted_name_after_a_descriptor_is_the_organisation() -> None:
    names = _names("美国人权组织“人道中国”主席周锋锁说，电讯公司「数码通」也收到投诉。")
    assert {("人道中国", "ORG"), ("数码通", "ORG")} <= names and ("美国人权组织", "ORG") not in names
    names = _names("苹果公司“暂不回应”此事，该组织“强烈谴责”暴行。")
    assert ("暂不回应", "ORG") not in names and ("强烈谴责", "ORG") not in names
