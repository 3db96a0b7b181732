"""A title of office written in English before a Latin-script name (CEO Tim Cook, Secretary of State
Marco Rubio) is no part of the name; the person keeps the title as a role where the roles layer
knows it. Every sentence is written for newsmine (invented events)."""

from __future__ import annotations

from tests.helpers_names import analyse_text


def people(text: str) -> dict[str, list[str]]:
    doc = analyse_text(text)
    return {e.name: [r.text for r in e.roles] for e in doc.entities if e.type == "PER"}


def test_an_english_title_before_a_latin_name_is_cut_off_and_kept_as_a_role() -> None:
    found = people("北岸科技公司CEO Laura Bennett周三在新加坡表示，新工厂将于明年投产。")
    assert found == {"Laura Bennett": ["CEO"]}


def test_a_title_of_several_words_is_not_read_into_the_name() -> None:
    found = people("Secretary of State Daniel Hartley周二抵达雅加达。President Maria Okafor随后发表讲话。")
    assert set(found) == {"Daniel Hartley", "Maria Okafor"}


def test_a_latin_name_with_a_middle_initial_stays_whole() -> None:
    assert set(people("投资人Peter H. Lindqvist表示，基金规模将扩大一倍。")) == {"Peter H. Lindqvist"}
