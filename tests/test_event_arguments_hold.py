"""Arguments that hold on how Chinese news is written: results told with a figure, subjects joined by 、 和 及
that act together, the place a movement word names before what is done there.

Sentences written for these tests; the names layers are built by hand (tests/by_hand.py).
"""

from __future__ import annotations

from .test_events import analysed, frames

ANCHOR = "2026-03-12"  # a Thursday


def told(body: str, names: dict) -> list[tuple]:
    doc, ids = analysed(f"# 新闻\n\n{body}\n", names, ANCHOR)
    return frames(doc, ids)


def test_results_are_told_with_a_figure_or_as_achieved_not_income_named_as_a_thing() -> None:
    names = {"星河电子": ("ORG", [])}
    assert ("earnings", "营收") in [f[:2] for f in told("星河电子去年营收82亿元。", names)]
    assert ("earnings", "净利润") in [f[:2] for f in told("星河电子去年净利润增长两成。", names)]
    assert ("earnings", "盈利") in [f[:2] for f in told("星河电子去年首次实现年度盈利。", names)]
    generic = told("分析人士认为，星河电子的广告收入低迷，盈利模式仍待探索。", names)
    assert "earnings" not in [t for t, *_ in generic]
