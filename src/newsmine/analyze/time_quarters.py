"""Quarters and halves of a year: `第一季度`, `一季度末`, `首季`, `2023年Q1`, `25年Q1`, `Q3` alone, `2024H1`, in the year
written, in view, or (for a quarter alone) the occurrence nearest the anchor's quarter as the tense allows.
"""

from __future__ import annotations

import re
from datetime import date

from newsmine.analyze.time_calendar import Context, Value, choose_offset, quarter, read_number, written_year, year_part


def written_quarter(m: re.Match[str], ctx: Context, anchor: date | None, tense: str | None) -> Value | None:
    """`第一季度`, `2023年第二季`, `今年一季度末`, `首季`, `一、二季度`: in the year written, else in view, else the
    nearest."""
    q = 1 if (m["q"] or m["q3"]) == "首" else read_number(m["q"] or m["q2"]) or 0
    if m["qy"] or m["qw"]:
        year = written_year(m["qy"], m["qw"], anchor)
    else:  # the year in view, else the quarter's occurrence nearest the anchor
        year = ctx.year if ctx.year is not None else nearest_quarter(q, anchor, tense)
    if year is None:
        return None
    first = read_number(m["qa"]) if m["qa"] else None
    if first is not None and m["q"] and not m["qpart"]:  # `一、二季度`, `三至四季度`: from the first to the last
        return Value(quarter(year, first).lo, quarter(year, q).hi) if first < q else None
    return _quarter_part(year, q, m["qpart"])


def nearest_quarter(q: int, anchor: date | None, tense: str | None) -> int | None:
    """The year of quarter `q` whose occurrence is nearest the anchor's quarter, as the tense allows."""
    if anchor is None:
        return None
    now = anchor.year * 4 + (anchor.month - 1) // 3
    years = (anchor.year - 1, anchor.year, anchor.year + 1)
    offsets = [y * 4 + q - 1 - now for y in years]
    pick = choose_offset(offsets, tense)
    return None if pick is None else years[offsets.index(pick)]


def lettered(m: re.Match[str], ctx: Context, anchor: date | None, tense: str | None) -> Value | None:
    """A quarter or half written with a letter (`2023年Q1`, `25年Q1`, `今年Q3`, `2024H1`, `Q3` alone)."""
    n, half = int(m["q4"]), m["qh"] in "Hh"
    if m["qy2"] or m["qw2"]:
        year = written_year(m["qy2"], m["qw2"], anchor)
        year = year + 2000 if year is not None and year < 100 else year
    elif half:  # `H1` alone is too often something else (`H1N1`)
        return None
    else:
        year = ctx.year if ctx.year is not None else nearest_quarter(n, anchor, tense)
    if year is None:
        return None
    return year_part(year, "上半年" if n == 1 else "下半年") if half else quarter(year, n)


def _quarter_part(year: int, q: int, part: str | None) -> Value:
    """Quarter `q` of `year`, or its first or last month (`一季度初`, `第一季度末`)."""
    if not part:
        return quarter(year, q)
    return Value(f"{year:04d}-{3 * q - (0 if part[0] in '末底' else 2):02d}")
