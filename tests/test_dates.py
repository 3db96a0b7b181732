"""Partial time values said readably in reports and pages, in the article's script or in English."""

from __future__ import annotations

import pytest

import newsmine
from newsmine.render.dates import readable
from newsmine.render.report import render_report


@pytest.mark.parametrize(("value", "lang", "said"), [
    ("--09-13", "zh-Hans", "九月十三日（年份不详）"),
    ("--12-21", "zh-Hant", "十二月二十一日（年份不詳）"),
    ("--07", "zh-Hans", "七月（年份不详）"),
    ("--09-13", "en", "13 September (year unknown)"),
    ("XXXX-WXX-2", "zh-Hans", "星期二（日期不详）"),
    ("XXXX-WXX-7", "en", "a Sunday (date unknown)"),
    ("2025-W19", "zh-Hans", "2025年第19周"),
    ("2025-W19", "zh-Hant", "2025年第19週"),
    ("2025-05-12", "zh-Hans", "2025-05-12"),
    (None, "en", ""),
])
def test_partial_values_are_said_readably(value, lang, said):
    assert readable(value, lang) == said


def test_report_says_a_yearless_date_readably_while_the_json_keeps_iso():
    doc = newsmine.analyze("# 外长会晤\n\n两国外长9月13日在河内举行会谈，讨论了贸易问题。\n")
    data = doc.to_dict()
    assert "--09-13" in [t["value"] for t in data["times"]]
    assert "九月十三日（年份不详）" in render_report(data, width=160)
