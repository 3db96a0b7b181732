"""Quarters counted from the quarter a report names, and years written by their last two digits."""

from __future__ import annotations

from datetime import date

import pytest

from newsmine.analyze.times import find_times

ANCHOR = date(2024, 5, 14)


def intervals(text: str, anchor: date | None = ANCHOR) -> list[tuple[str, str | None]]:
    """Each expression with its value, an interval written `START/END` as the gold files write it."""
    return [(t.text, "/".join(t.range) if t.range else t.value) for t in find_times(text, anchor)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a named quarter, `上季`/`次季` count from it, not from the anchor's quarter
        ("星河电子第一季度营收增长8%，较上季回升，并预期次季维持增长。",
         [("第一季度", "2024-01/2024-03"), ("上季", "2023-10/2023-12"), ("次季", "2024-04/2024-06")]),
        ("去年第四季度，港口吞吐量比上一季度增加一成。",
         [("去年第四季度", "2023-10/2023-12"), ("上一季度", "2023-07/2023-09")]),
        # a relative quarter is not itself the quarter named: both count from the first quarter
        ("第一季度的销量比上季度少，下季度有望反弹。",
         [("第一季度", "2024-01/2024-03"), ("上季度", "2023-10/2023-12"), ("下季度", "2024-04/2024-06")]),
        # with no quarter named, from the anchor's
        ("上季度出口下降，本季有望回升。", [("上季度", "2024-01/2024-03"), ("本季", "2024-04/2024-06")]),
    ],
)
def test_quarter_words_count_from_the_quarter_named(text: str, expected: list[tuple[str, str]]) -> None:
    assert intervals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("'98年金融风暴之后，这家茶楼换了老板。", [("'98年", "1998")]),
        ("‘97年回归前夕，他移居温哥华。", [("‘97年", "1997")]),
        ("陈立伟22年底回到台中，23年3月开了第一家店。", [("22年底", "2022-11/2022-12"), ("23年3月", "2023-03")]),
        ("明年的计划是25年初完成装修。", [("明年", "2025"), ("25年初", "2025-01/2025-03")]),
    ],
)
def test_two_digit_years(text: str, expected: list[tuple[str, str]]) -> None:
    assert intervals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("他在这家工厂工作了22年，近20年底薪从未调整。", []),
        ("服刑12年后，他于上月出狱。", ["上月"]),
        ("这份合约为期10年3个月。", []),
    ],
)
def test_counts_of_years_are_not_years(text: str, expected: list[str]) -> None:
    assert [t.text for t in find_times(text, ANCHOR)] == expected


def test_two_digit_year_needs_an_anchor() -> None:
    assert [t.text for t in find_times("陈立伟22年底回到台中。", None)] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("林思远是南华大学2016级学生，当年他考入化学系。", [("2016", "2016"), ("当年", "2016")]),
        ("校友會邀請2009級畢業生返校。", [("2009", "2009")]),
        ("登上山顶要爬2000级台阶。", []),
    ],
)
def test_a_class_by_its_year(text: str, expected: list[tuple[str, str]]) -> None:
    assert intervals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the day of the notice, dated in the sentence that first names it, not the incident's day named since
        ("10月9日，区卫健委通报称，9月30日晚，一名患者在急诊室跌倒。就在通报当天，医院向家属道歉。",
         [("10月9日", "2023-10-09"), ("9月30日晚", "2023-09-30"), ("当天", "2023-10-09")]),
        ("3月5日，两家公司在深圳签约。4月1日工厂投产。签约当晚，双方举行了酒会。",
         [("3月5日", "2024-03-05"), ("4月1日", "2024-04-01"), ("当晚", "2024-03-05")]),
        # no event before the day word: the day last named
        ("9月28日午饭后，他当天就去了医院。", [("9月28日", "2023-09-28"), ("当天", "2023-09-28")]),
    ],
)
def test_the_day_of_an_event_named_before(text: str, expected: list[tuple[str, str]]) -> None:
    assert intervals(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("周嘉禾2009考入浙江大学，2013毕业后来到杭州创业。", [("2009", "2009"), ("2013", "2013")]),
        ("1987出生的林婉清是家中长女。", [("1987", "1987")]),
        ("全市共2011人考入重点高中。", []),
    ],
)
def test_a_year_without_its_character_before_a_step_of_a_life(text: str, expected: list[tuple[str, str]]) -> None:
    assert intervals(text) == expected
