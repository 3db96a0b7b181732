"""Entity mentions in forms every outlet writes: a country before a body that names itself without
it, names glued to the next word or cut, ordinary words the tagger takes for names."""

from __future__ import annotations

import pytest

from tests.helpers_names import analyse_text


def mentions(text: str) -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in analyse_text(text).mentions}


@pytest.mark.parametrize("text, parts", [
    ("中国外交部周四回应说，有关报道毫无根据。", {("中国", "LOC"), ("外交部", "ORG")}),
    ("美国共和党议员周二提出修正案。", {("美国", "LOC"), ("共和党", "ORG")}),
    ("英国工党在地方选举中失利。", {("英国", "LOC"), ("工党", "ORG")}),
])
def test_a_country_before_a_body_that_names_itself_is_a_place_of_its_own(text: str, parts: set) -> None:
    assert parts <= mentions(text)


@pytest.mark.parametrize("text, whole", [
    ("中国国民党主席周日访问厦门。", ("中国国民党", "ORG")),
    ("美国国务院发言人周一表示关切。", ("美国国务院", "ORG")),
])
def test_a_country_that_is_part_of_the_name_stays(text: str, whole: tuple[str, str]) -> None:
    assert whole in mentions(text)
