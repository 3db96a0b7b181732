"""Posts a career summary lists in clauses without a subject (analyze/careers.py)."""

from __future__ import annotations

from newsmine.model import Doc
from tests.helpers_names import analyse_text, entity_named


def roles(doc: Doc, name: str) -> list[str]:
    return [r.text for r in entity_named(doc, name).roles]


def affiliations(doc: Doc, name: str) -> list[str]:
    by_id = {e.id: e.name for e in doc.entities}
    return [by_id[a] for a in entity_named(doc, name).affiliations]


def test_a_summary_gives_each_post_and_body_to_the_person_named_before() -> None:
    doc = analyse_text("周海涛生于江苏无锡。1988年获复旦大学博士学位，现任浙江大学数学系教授。"
                       "兼任中国统计学会副会长，浙江省数学会理事。2019年当选中国科学院院士。")
    assert {"教授", "副会长", "理事", "院士"} <= set(roles(doc, "周海涛"))
    assert {"浙江大学", "中国统计学会", "浙江省数学会", "中国科学院"} <= set(affiliations(doc, "周海涛"))
    assert "复旦大学" not in affiliations(doc, "周海涛")  # a degree is no post


def test_dated_clauses_with_a_bare_ren_and_a_list_of_posts() -> None:
    doc = analyse_text("2003年5月，周海涛回国工作。2005年3月起任华东银行副行长、党委委员，"
                       "2010年任上海期货交易所总经理。")
    assert {"副行长", "总经理"} <= set(roles(doc, "周海涛"))
    assert {"华东银行", "上海期货交易所"} <= set(affiliations(doc, "周海涛"))


def test_a_name_inside_a_post_is_not_the_subject() -> None:
    doc = analyse_text("林雪梅生于福建。现任厦门大学高等研究院李政道讲座教授。兼任中国物理学会理事。")
    assert "理事" in roles(doc, "林雪梅")
    assert "中国物理学会" in affiliations(doc, "林雪梅")


def test_one_clause_of_office_alone_gives_nobody_a_post() -> None:
    doc = analyse_text("王建国会见了刘志明。2011年接任公司董事长。")
    assert "董事长" not in roles(doc, "王建国")


def test_a_sentence_about_something_else_ends_the_summary() -> None:
    doc = analyse_text("王建国生于上海。公司去年盈利三亿元。2011年起任南方证券总经理，2015年任北方银行行长。")
    assert roles(doc, "王建国") == []
