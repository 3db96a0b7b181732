"""A body written in parentheses right after a name, or after the title that follows it: 某某（某大学）,
某某教授（某大学某学院）, 某某参议员（某党）."""

from __future__ import annotations

from newsmine.model import Doc
from tests.helpers_names import analyse_text, entity_named


def affiliations(doc: Doc, name: str) -> list[str]:
    by_id = {e.id: e.name for e in doc.entities}
    return [by_id[a] for a in entity_named(doc, name).affiliations]


def test_a_university_in_parentheses_after_a_name() -> None:
    doc = analyse_text("论坛上，陈晓东（浙江大学）和周海涛（中山大学）分别作了报告。")
    assert affiliations(doc, "陈晓东") == ["浙江大学"]
    assert affiliations(doc, "周海涛") == ["中山大学"]


def test_a_unit_in_parentheses_after_a_name_and_its_title() -> None:
    doc = analyse_text("刘志明教授（南京农业大学经济管理学院）指出，粮价仍将平稳。")
    assert [r.text for r in entity_named(doc, "刘志明").roles] == ["教授"]
    assert affiliations(doc, "刘志明") == ["南京农业大学"]


def test_a_party_in_parentheses_after_a_legislator() -> None:
    doc = analyse_text("众议员马克·威尔逊（共和党）周二批评了这项预算案。")
    assert "共和党" in affiliations(doc, "马克·威尔逊")


def test_no_body_from_other_words_in_parentheses() -> None:
    doc = analyse_text("王建国（左）在浙江大学与李华握手。张某（化名）说，他在中山大学读书。")
    assert affiliations(doc, "王建国") == []
    assert affiliations(doc, "张某") == []
