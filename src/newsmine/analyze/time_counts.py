"""Spans counted from a date: `3年前`, `两个月前`, `一个多月前`, `6个月后`, `三天后` (from the anchor or the date
the paragraph named), and the first months of a year (`今年前10个月`, `前三季度`).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from newsmine.analyze.time_calendar import Context, Value, read_number, written_year, year_month

_UNITS = {"年": "year", "天": "day", "周": "week", "週": "week", "期": "week"}  # by the unit's last character
_SUMMED = re.compile(r"(?:累计|累計) ?$")  # `累计前5月`: the first months of the year, summed
_CLAUSE_OPENERS = set("，,。；;：:、\n（(「“ 在于於并並而")


def count(m: re.Match[str], text: str, ctx: Context, anchor: date | None, tense: str | None) -> Value | None:
    """`3年前`, `两个月前`, `两周前`, `10天前`, `半年前` count back from the anchor; `两年多前` (more than two
    years) is the year before. `6个月后`, `三天后` count on from the date last named in the paragraph
    (`2019年4月…6个月后`), or from the anchor when the clause speaks of the future (`两周后将投票`), when
    they open a clause: after a verb they count from its happening (`运营13年后`, `掌权10年后`)."""
    unit = _UNITS.get(m["unit"][-1], "month")
    n = read_number(m["cnt"]) if m["cnt"] != "半" else 6 if unit == "year" else None
    if m["cnt"] == "半":
        unit = "month"
    if not n:
        return None
    more = bool(m["more"] or m["more2"] or "多" in m["unit"])
    if more and not m["after"] and anchor is not None and (unit == "month" or unit == "year" and n % 10 == 0):
        return _more_than(n, unit, anchor)
    n += 1 if more else 0
    if not m["after"]:
        base = anchor.isoformat() if anchor else None
        n = -n
    elif m.start() and text[m.start() - 1] not in _CLAUSE_OPENERS:
        return None
    else:  # from the date named in the paragraph; in speech or of the future, from the anchor; else the day last named
        base = ctx.named or (anchor.isoformat() if anchor and (tense == "future" or ctx.quoted) else None)
        base = base or (ctx.day.isoformat() if ctx.day and unit in ("day", "week") else None)
    if base is None or len(base) < {"year": 4, "month": 7}.get(unit, 10):
        return None
    if unit == "year":
        return Value(f"{int(base[:4]) + n:04d}")
    if unit == "month":
        y, mo = year_month(int(base[:4]) * 12 + int(base[5:7]) - 1 + n)
        return Value(f"{y:04d}-{mo:02d}")
    day = date.fromisoformat(base[:10])
    if unit == "day":
        return Value((day + timedelta(days=n)).isoformat())
    year, week, _ = (day + timedelta(weeks=n)).isocalendar()
    return Value(f"{year:04d}-W{week:02d}")


def _more_than(n: int, unit: str, anchor: date) -> Value:
    """`一个多月前` (one to two months back), `20多年前` (21 to 29 years back): an interval."""
    if unit == "year":
        return Value(f"{anchor.year - n - 9:04d}", f"{anchor.year - n - 1:04d}")
    index = anchor.year * 12 + anchor.month - 1
    (y1, m1), (y2, m2) = year_month(index - n - 1), year_month(index - n)
    return Value(f"{y1:04d}-{m1:02d}", f"{y2:04d}-{m2:02d}")


def first_months(m: re.Match[str], text: str, ctx: Context, anchor: date | None) -> Value | None:
    """`今年前10个月`, `2023年前三季度`; without a year, opening a clause (`前5个月，出口增长`), in the year
    in view, else the year whose first months have passed by the anchor (in January, last year's)."""
    months = read_number(m["fn"]) if m["fn"] else 3 * (read_number(m["fq"]) or 0)
    if not months or months > 12:
        return None
    if m["fy"] or m["fw"]:
        year = written_year(m["fy"], m["fw"], anchor)
    elif months < 3 or m.start() and text[m.start() - 1] not in _CLAUSE_OPENERS and not _SUMMED.search(text, max(0, m.start() - 3), m.start()):
        return None  # `前两个月` may be two months before; `任期的前三个月` counts from the term; but `累计前5月`
    else:
        year = ctx.year if ctx.year is not None else anchor.year - (months >= anchor.month) if anchor else None
    return Value(f"{year:04d}-01", f"{year:04d}-{months:02d}") if year else None
