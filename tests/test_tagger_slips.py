"""Words the tagger reads as names that are not: a word holding a drawing symbol."""

from __future__ import annotations

from tests.helpers_names import analyse_text


def _mentions(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.type) for m in analyse_text(text).mentions]


def test_a_word_holding_a_drawing_symbol_is_no_name() -> None:
    assert _mentions("│││环境保护局") == []

