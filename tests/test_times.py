"""Temporal expressions: absolute, relative, ranges; resolved against an anchor or left partial."""

from __future__ import annotations

from datetime import date

import pytest

from newsmine.analyze.pipeline import analyze
from newsmine.analyze.times import find_times
from newsmine.read import read_article, read_markdown

from .conftest import EXAMPLES

ANCHOR = date(2024, 3, 6)  # a Wednesday


def values(text: str, anchor: date | None = ANCHOR) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in find_times(text, anchor)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("峰会于2023年9月13日举行。", [("2023年9月13日", "2023-09-13")]),
        ("自1953年停战以来。", [("1953年", "1953")]),
        ("二〇二一年十一月五日签署。", [("二〇二一年十一月五日", "2021-11-05")]),
        ("2022年5月，双方会面。", [("2022年5月", "2022-05")]),
        ("部长在3月4日抵达。", [("3月4日", "2024-03-04")]),
        ("预计在3月20日公布。", [("3月20日", "2024-03-20")]),
        ("去年12月28日的会议。", [("去年12月28日", "2023-12-28")]),
        ("明年3月举行大选。", [("明年3月", "2025-03")]),
        ("七月，代表团访问平壤。", [("七月", "2023-07")]),
        ("二月的数据显示。", [("二月", "2024-02")]),
        ("周三上午发射了导弹。", [("周三上午", "2024-03-06")]),
        ("週一，部長抵達。", [("週一", "2024-03-04")]),
        ("星期五晚上举行了宴会。", [("星期五晚上", "2024-03-01")]),
        ("昨天和今天都下雨，明天放晴。", [("昨天", "2024-03-05"), ("今天", "2024-03-06"), ("明天", "2024-03-07")]),
        ("上周双方通话。", [("上周", "2024-W09")]),
        ("下周三将举行投票。", [("下周三", "2024-03-13")]),
        ("本月19日开幕。", [("本月19日", "2024-03-19")]),
        ("上个月的选举。", [("上个月", "2024-02")]),
        ("今年早些时候两次发射失败。", [("今年早些时候", "2024")]),
        ("他们自2019年以来首次会面。", [("自2019年以来", "2019")]),
    ],
)
def test_expressions_resolve_against_the_anchor(text, expected):
    assert values(text) == expected


def test_not_times():
    assert values("过去五年里增加了一倍，三个月后，第十届会议，约合人民币5亿元。") == []


def test_weekday_with_its_date_in_parentheses_is_one_expression():
    (t,) = find_times("金正恩周三（9月13日）抵达。", date(2023, 9, 14))
    assert (t.text, t.value, t.partial) == ("周三（9月13日）", "2023-09-13", False)


def test_without_an_anchor_values_stay_partial_and_no_year_is_invented():
    got = [(t.text, t.value, t.partial) for t in find_times("周三（9月13日），七月，昨天，周五，2019年。", None)]
    assert got == [
        ("周三（9月13日）", "--09-13", True),
        ("七月", "--07", True),
        ("昨天", None, True),
        ("周五", "XXXX-WXX-5", True),
        ("2019年", "2019", False),
    ]


def test_a_bare_weekday_takes_the_date_given_for_it_earlier():
    got = values("周三（9月13日）抵达。周三下午举行宴会。", None)
    assert got == [("周三（9月13日）", "--09-13"), ("周三下午", "--09-13")]


def test_vague_and_range_expressions_carry_a_range():
    early, since = find_times("今年早些时候失败；自2019年以来首次。", ANCHOR)
    assert early.range == ["2024-01-01", "2024-03-06"]
    assert since.range == ["2019", "2024-03-06"]


def test_invalid_dates_are_skipped():
    assert values("13月45日") == []


def test_seed_times_with_and_without_a_date(seed_path):
    article = read_article(str(seed_path))
    dated = {t.text: t.value for t in analyze(article, anchor="2023-09-14").times}
    assert dated["周三（9月13日）"] == "2023-09-13"
    assert dated["七月"] == "2023-07"
    assert dated["自2019年以来"] == "2019"
    assert dated["周三上午"] == "2023-09-13"
    undated = analyze(article).times
    assert {t.text: t.value for t in undated}["周三（9月13日）"] == "--09-13"
    assert not any(t.value and t.value.startswith("2023") for t in undated)


def test_traditional_example_times():
    article = read_article(str(next(p for p in EXAMPLES if "nickel" in p.name)))
    got = {t.text: t.value for t in analyze(article, anchor="2025-11-21").times}
    assert got["週四（11月20日）"] == "2025-11-20"
    assert got["2020年"] == "2020"
    assert got["明年"] == "2026"


def test_times_layer_spans_point_at_their_text():
    doc = analyze(read_markdown("# 标题\n\n周二（3月4日），部长抵达。\n"), anchor="2025-03-05")
    (t,) = doc.times
    assert doc.text[t.span.start : t.span.end] == t.text == "周二（3月4日）"
