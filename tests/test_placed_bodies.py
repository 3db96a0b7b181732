"""A place written right before a body of its own: the place is its own mention, the body's entity is
named with the place (its fullest form) and keyed apart from another place's body of that name; a
company's branch named by a place joined to the company."""

from __future__ import annotations

from newsmine.analyze import candidates
from newsmine.analyze.pipeline import analyze  # noqa: F401  (registers every step)
from newsmine.model import Doc
from tests.helpers_names import analyse_text


def _entities(doc: Doc) -> dict[str, tuple[str, list[str]]]:
    return {e.name: (e.type, e.aliases) for e in doc.entities}


def _mentions(doc: Doc) -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in doc.mentions}


def test_two_states_ministries_of_one_name_are_two_bodies_named_with_their_state() -> None:
    doc = analyse_text("法国外交部周二召见中国大使，中国外交部随后宣布反制措施。")
    names = _entities(doc)
    assert names["法国外交部"][0] == "ORG" and names["中国外交部"][0] == "ORG"
    assert {("法国", "LOC"), ("中国", "LOC"), ("外交部", "ORG")} <= _mentions(doc)


def test_switched_off_the_ministries_are_named_without_their_state() -> None:
    text = "法国外交部周二召见中国大使，中国外交部随后宣布反制措施。"
    with candidates.disabled("placed_bodies"):
        names = _entities(analyse_text(text))
    assert "外交部" in names and "法国外交部" not in names


def test_the_body_written_again_alone_is_the_same_entity() -> None:
    doc = analyse_text("美国司法部周三起诉了三名男子。司法部在声明中说，调查仍在进行。")
    assert _entities(doc)["美国司法部"] == ("ORG", ["司法部"])
    body = [m.entity for m in doc.mentions if m.text == "司法部"]
    assert len(body) == 2 and len(set(body)) == 1


def test_a_foreign_institution_is_named_with_its_country() -> None:
    doc = analyse_text("一名来自法国战略研究基金会的学者在推特上发文。")
    assert _entities(doc)["法国战略研究基金会"][0] == "ORG"
    assert ("法国", "LOC") in _mentions(doc)


def test_a_body_the_gazetteers_know_whole_with_its_country_stays_one_mention() -> None:
    doc = analyse_text("美国国务院周五发表声明。国务院总理李强周六在北京会见外宾。")
    assert ("美国国务院", "ORG") in _mentions(doc)
    assert {"美国国务院", "国务院"} <= set(_entities(doc))  # China's State Council, not the US department


def test_a_chinese_institution_whose_name_begins_with_its_city_stays_one_mention() -> None:
    doc = analyse_text("北京交通大学的学生周五参加了比赛。")
    assert ("北京交通大学", "ORG") in _mentions(doc) and ("北京", "LOC") not in _mentions(doc)


def test_a_company_and_its_branch_named_by_a_place_are_one_mention() -> None:
    text = "养老机构泰康之家上海分公司人力资源总监毛佳杰告诉记者，招聘仍在进行。"
    assert ("泰康之家上海分公司", "ORG") in _mentions(analyse_text(text))
    with candidates.disabled("compounds"):
        assert ("泰康之家上海分公司", "ORG") not in _mentions(analyse_text(text))


def test_a_branch_named_alone_stays_as_written() -> None:
    assert ("上海分公司", "ORG") in _mentions(analyse_text("他此前一直在上海分公司工作。"))


def test_a_bare_body_after_two_states_bodies_of_that_name_is_neither() -> None:
    doc = analyse_text("瑞典外交部和芬兰外交部周一分别召见俄罗斯大使。外交部发言人表示，不会接受威胁。")
    ids = {e.name: e.id for e in doc.entities}
    bare = [m for m in doc.mentions if m.text == "外交部"][-1]
    assert len({ids["瑞典外交部"], ids["芬兰外交部"], bare.entity}) == 3
