"""Speaker labels of interview transcripts name people."""

from __future__ import annotations

from newsmine.model import Doc
from tests.helpers_names import analyse_text


def _mentions(doc: Doc) -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in doc.mentions}


def test_speaker_label_is_a_person() -> None:
    doc = analyse_text("主持人：请您谈谈明年的市场走势。\n钱塘：我认为房价整体会保持平稳。")
    found = _mentions(doc)
    assert ("钱塘", "PER") in found
    assert not any(text == "主持人" for text, _ in found)


def test_place_before_a_colon_is_not_a_speaker() -> None:
    doc = analyse_text("北京：今年第一场雪比往年来得早一些。")
    assert ("北京", "LOC") in _mentions(doc)
