"""Financial years that do not end in December.

A company reporting `截至2023年2月28日止六個月` (the six months to 28 February) has a financial year
ending in August; in that article `上半年`, `下半年度`, `上年度` and `上年同期` are halves and years of
that financial year, not of the calendar one. Any reader of a results report counts them so.
"""

from __future__ import annotations

import re

from newsmine.model import Span, Time

# How many months a reported period runs (the words after `截至…止`).
_LENGTH = re.compile(
    r" ?止? ?的?(?P<w>六個月|六个月|6個月|6个月|半年|中期|上半年|九個月|九个月|9個月|9个月"
    r"|十二個月|十二个月|12個月|12个月|全年|年度|財政年度|财政年度|財年|财年)"
)
_MONTHS = {"六": 6, "6": 6, "半": 6, "中": 6, "上": 6, "九": 9, "9": 9}
_FIRST_HALF = re.compile(r"(?:本|今)?(?:財政|财政)?(?:上半年度?|中期)")
_SECOND_HALF = re.compile(r"(?:本|今)?(?:財政|财政)?下半年度?")
_LAST_YEAR = re.compile(r"(?:上|去)(?:一)?(?:個|个)?(?:財政年度|财政年度|年度|財年|财年)")
_SAME_PERIOD = re.compile(r"(?:上|去)年同期")


def _month(index: int) -> str:
    """A month counted from year 0 (`_index`) as `YYYY-MM`."""
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _index(value: str) -> int:
    """The month a `YYYY-MM…` value starts in, counted from year 0, so that months add and subtract."""
    return int(value[:4]) * 12 + int(value[5:7]) - 1


def _period(times: list[Time], norm: str) -> tuple[str, str, int] | None:
    """The first reported period the text states (`截至2023年2月28日止六個月`): its first and last
    month (or day), and the last month of the financial year it belongs to, when that is not December."""
    for t in times:
        end = (t.range[1] if t.range else t.value) or ""
        after_cut_off = norm[max(0, t.span.start - 3) : t.span.start].strip().endswith("截至")
        if not after_cut_off or len(end) < 7 or not end[:4].isdigit():
            continue
        length = _LENGTH.match(norm, t.span.end)
        if length is None:
            continue
        months = _MONTHS.get(length["w"][0], 12)
        last = _index(end)
        last_month = (last + 12 - months) % 12  # the financial year's last month (0 = January)
        if last_month == 11:
            return None
        first = _month(last - months + 1)
        return (first + "-01" if len(end) == 10 else first), end, last + (last_month - last % 12) % 12
    return None


def _compact(lo: str, hi: str) -> str:
    """The value of an interval as the times layer writes it: the common month or year, else `lo/hi`."""
    common = next((n for n in (7, 4) if lo[:n] == hi[:n]), None)
    return lo[:common] if common else f"{lo}/{hi}"


def fiscal_years(times: list[Time], norm: str) -> None:
    """Re-value the halves and years of a financial year that the article's results period shows
    not to end in December; a following `度` or `同期` joins the expression."""
    period = _period(times, norm)
    if period is None:
        return
    lo, hi, year_end = period
    year_start = year_end - 11
    for t in times:
        stop = t.span.end
        while stop < len(norm) and stop - t.span.end < 2 and norm[stop] in "度同期":
            stop += 1
        words = norm[t.span.start : stop].replace(" ", "")
        if _FIRST_HALF.fullmatch(words):
            first, last = _month(year_start), _month(year_start + 5)
        elif _SECOND_HALF.fullmatch(words):
            first, last = _month(year_start + 6), _month(year_end)
        elif _LAST_YEAR.fullmatch(words):
            first, last = _month(year_start - 12), _month(year_end - 12)
        elif _SAME_PERIOD.fullmatch(words):
            first, last = _back_a_year(lo), _back_a_year(hi)
        else:
            continue
        t.span, t.value, t.range = Span(t.span.start, stop), _compact(first, last), [first, last]


def _back_a_year(value: str) -> str:
    """The same month or day a year earlier (29 February → 28 February)."""
    year = int(value[:4]) - 1
    return f"{year:04d}-02-28" if value[5:] == "02-29" else f"{year:04d}{value[4:]}"
