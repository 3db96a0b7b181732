"""Companies written with their legal form inside a word the tagger made of a trade and the name
(analyze/legal_forms.py): 建筑分判商|宏达工程有限公司 names 宏达工程有限公司."""

from __future__ import annotations

import newsmine


def organisations(text: str) -> list[str]:
    doc = newsmine.analyze("标题\n\n" + text, date="2025-06-18")
    return [e.name for e in doc.entities if e.type == "ORG"]


def test_a_company_after_its_trade_is_named_without_the_trade() -> None:
    assert organisations("他是建築分判商宏達工程有限公司的東主。") == ["宏達工程有限公司"]
    assert organisations("供應商金輝實業有限公司昨日發出聲明。") == ["金輝實業有限公司"]


def test_a_company_with_its_short_form_in_brackets_keeps_it_as_an_alias() -> None:
    doc = newsmine.analyze("标题\n\n他是填料運輸分判商卡樂工程有限公司（卡樂）東主，卡樂其後承接多項工程。",
                           date="2025-06-18")
    company = next(e for e in doc.entities if e.name == "卡樂工程有限公司")
    assert company.aliases == ["卡樂"]
