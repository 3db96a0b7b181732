"""The other forms an organisation's name is written in later (analyze/name_forms.py)."""

from __future__ import annotations

from newsmine.analyze.name_forms import other_forms


def forms(name: str) -> list[str]:
    return [form for form, _ in other_forms(name, "ORG", None)]


def test_a_company_is_named_without_its_place_and_legal_form() -> None:
    assert "白鹭湾酒店管理" in forms("厦门白鹭湾酒店管理有限公司")


def test_an_association_without_place_and_generic_word_is_no_name() -> None:
    assert "养老服务" not in forms("上海市养老服务协会")
    assert "老年体育" not in forms("广州市老年体育协会")


def test_a_chamber_is_named_without_yi() -> None:
    assert "参院" in forms("参议院")
    assert "参院" in forms("美国参议院")  # without its country too
    assert "美国当局" in forms("美国政府")


def test_a_times_is_abbreviated_to_its_first_character_and_shi() -> None:
    assert "环时" in forms("环球时报")
    assert "海时" in forms("海峡时报")
