"""Language recognition beyond Chinese and English, and what the report says about non-Chinese articles."""

from __future__ import annotations

import pytest

import newsmine
from newsmine.read.language import detect
from newsmine.render.html import render_html
from newsmine.render.report import render_report


@pytest.mark.parametrize(("text", "language"), [
    ("The port authority said on Monday that the strike would end after the talks with the union.", "en"),
    ("Le ministre a annoncé lundi que la grève prendra fin après les discussions avec le syndicat.", "fr"),
    ("Der Minister sagte am Montag, dass der Streik nach den Gesprächen mit der Gewerkschaft endet.", "de"),
    ("Menteri mengatakan pada hari Senin bahwa pemogokan akan berakhir setelah perundingan dengan serikat.", "id"),
    ("港务局周一表示，罢工将在与工会谈判后结束。", "zh"),
    ("ACME-3000 XJ9 QRT ZZ-TOP 4711", None),
])
def test_latin_script_is_not_always_english(text: str, language: str | None):
    assert detect(text)[0] == language


ENGLISH = """# Dock strike ends in Taipei

The port authority said on Monday that the strike at the Port of Taipei would end after the talks.
"""


def test_report_and_html_say_that_an_english_article_is_barely_analysed():
    data = newsmine.analyze(ENGLISH).to_dict()
    assert data["article"]["language"] == "en" and data["quotes"] == [] and data["times"] == []
    report = render_report(data)
    assert "Analysis is Chinese-first" in report and "language: en" in report
    assert '<p class="note" lang="en">Analysis is Chinese-first' in render_html(data)


def test_a_chinese_article_carries_no_such_note():
    data = newsmine.analyze("# 台北港罢工结束\n\n港务局周一表示，罢工将在谈判后结束。\n").to_dict()
    assert "Chinese-first" not in render_report(data) and "Chinese-first" not in render_html(data)
