"""`time_patterns.expressions`: the non-empty matches of the expression pattern, as its `finditer` gives them."""

import pytest

from newsmine.analyze.time_patterns import PATTERNS, expressions

TEXTS = [
    "自2019年12月底起，市政府每年农历正月初三举办灯会；去年3月至5月、今年上半年客流各增两成。",
    "记者昨(14)日获悉，该项目将于下周三开工，预计2025-2026年度完工，20世纪90年代初曾有类似规划。",
    "五一假期前一天，逾3万人出游；国庆节后第一个工作日，本月中旬至月底将发布第三季度数据。",
    "他说：“3年前我来过这里。”事发后两天，警方在凌晨2时许抵达；2023/24赛季于9月开始。",
    "民國112年10月、112年元旦，以及2022卡塔尔世界杯期间，前两个月的销量上升。",
    "中国队年中状态回升，年初步入正轨；上周五下午与本周一上午的会谈未果。",
    "",
    "一二三四五六七八九十年月日",
]


@pytest.mark.parametrize("roc", [False, True])
def test_the_matches_are_those_of_finditer_less_the_empty_ones(roc: bool) -> None:
    for text in TEXTS:
        want = [(m.span(), m.groupdict()) for m in PATTERNS[roc].finditer(text) if m.end() > m.start()]
        assert [(m.span(), m.groupdict()) for m in expressions(text, roc)] == want


def test_the_texts_hold_expressions_and_empty_places() -> None:
    # Not vacuous: the texts give many expressions, and places where the pattern matches nothing.
    assert sum(len(expressions(text)) for text in TEXTS) >= 20
    assert any(m.end() == m.start() for text in TEXTS for m in PATTERNS[False].finditer(text))
