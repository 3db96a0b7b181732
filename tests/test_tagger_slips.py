"""Words the tagger reads as names that are not: a code of digits, a word holding a drawing symbol."""

from __future__ import annotations

from tests.helpers_names import analyse_text


def _mentions(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in analyse_text(text).mentions]


def test_a_word_holding_a_drawing_symbol_is_no_name() -> None:
    assert _mentions("│││环境保护局") == []



def test_a_code_of_digits_is_no_name() -> None:
    assert _mentions("招生专业代码：050401 艺术学，导师：周明远。") == [("周明远", "PER")]
