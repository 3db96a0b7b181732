"""The dates of holidays and of the Chinese calendar: fixed holidays, lunar ones (`春节`, `中秋节`),
Easter, solar terms (`清明节`, `冬至`), and lunar dates written out (`农历八月十五`, `正月初一`, `年初三`),
in the year given or in view, else the occurrence nearest the anchor.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from lunardate import LunarDate

from newsmine.analyze.text import CLAUSE_BREAK
from newsmine.analyze.time_calendar import Context, Value, choose_offset, read_number, written_year
from newsmine.analyze.time_patterns import HOLIDAY_PERIODS, HOLIDAYS


def _easter(year: int) -> date:
    """Easter Sunday of the Gregorian `year` (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    lx = (32 + 2 * e + 2 * i - h - k) % 7
    mx = (a + 11 * h + 19 * lx) // 433
    month = (h + lx - 7 * mx + 90) // 25
    return date(year, month, (h + lx - 7 * mx + 33 * month + 19) % 32)


def _lunar_date(year: int, month: int, day: int) -> date | None:
    """The Gregorian date of `day` of lunar `month` in lunar `year` (the Chinese calendar), or None."""
    try:
        return LunarDate(year, month, day).to_solar_date()
    except ValueError:
        return None


# The solar terms holidays fall on (清明 in April, 冬至 in December): the constant of the usual formula
# day = int(Y × 0.2422 + C) − int(Y / 4), Y the year in its century, for the 20th and the 21st century;
# the formula's known exceptions a day early.
_TERMS = {4: (5.59, 4.81), 12: (22.60, 21.94)}
_TERM_EARLY = {(1918, 12), (2021, 12)}


def _solar_term(year: int, month: int) -> date | None:
    """The day of the solar term in `month` of `year` (1901–2099)."""
    if month not in _TERMS or not 1901 <= year <= 2099:
        return None
    y = year % 100 if year > 2000 else year - 1900
    c = _TERMS[month][year > 2000]
    return date(year, month, int(y * 0.2422 + c) - int(y / 4) - ((year, month) in _TERM_EARLY))


def _holiday_in(word: str, year: int) -> date | None:
    """The Gregorian date of holiday `word` in `year` (lunar ones by the Chinese calendar)."""
    calendar_, month, day = HOLIDAYS[word]
    try:
        if calendar_ == "term":
            return _solar_term(year, month)
        if calendar_ == "easter":
            return _easter(year)
        if calendar_.startswith("weekday"):  # `母亲节`: the second Sunday of May
            first = date(year, month, 1)
            return first + timedelta(days=(int(calendar_[7:]) - first.isoweekday()) % 7 + 7 * (day - 1))
        if calendar_ == "lunar":
            return LunarDate(year, month, max(day, 1)).to_solar_date() - timedelta(days=1 if day == 0 else 0)
        return date(year, month, day)
    except ValueError:
        return None


def holiday(m: re.Match[str], text: str, ctx: Context, anchor: date | None, tense: str | None) -> Value | None:
    """`春节`, `圣诞节`, `2018年复活节`, `农历新年前一天`: the holiday (or the day before or after it) in the
    year given, named just before it in its clause (`去年是春节前一天`) or in view, else the occurrence
    nearest the anchor; in a mainland text, `五一假期`, `端午期间` are the days off around it, when the
    State Council's arrangement for that year is known (`data/holiday_periods.tsv`)."""
    value = _holiday_day(m, text, ctx, anchor, tense)
    if m["hper"] and ctx.mainland and value and value.lo and len(value.lo) == 10 and not m["hoff"]:
        return _days_off(value.lo) or value
    shift = -1 if m["hoff"] and m["hoff"][0] == "前" else 1 if m["hoff"] else 0
    if shift and value and value.lo and len(value.lo) == 10 and value.lo[0].isdigit():
        return Value((date.fromisoformat(value.lo) + timedelta(days=shift)).isoformat())
    return None if shift and value and value.partial else value


def _days_off(day: str) -> Value | None:
    """The mainland's days off around public holiday `day` (`五一假期` 2023 → 29 April to 3 May), when known."""
    for first, last in HOLIDAY_PERIODS:
        if first <= day <= last:
            return Value(first, last if last != first else None)
    return None


def _holiday_day(m: re.Match[str], text: str, ctx: Context, anchor: date | None, tense: str | None) -> Value | None:
    """A holiday's day in the year written before it or a word gives (`明年春节`), else the year in view or the year its
    clause named, else its occurrence nearest the anchor as the tense allows; with no anchor, a solar
    holiday's month and day alone (`--12-25`)."""
    word = m["hol"]
    year = read_number(m["hy"]) if m["hy"] else written_year(None, m["hw"], anchor) if m["hw"] else ctx.year
    if year is None and ctx.clause_year and not CLAUSE_BREAK.search(text, ctx.clause_year[0], m.start()):
        year = ctx.clause_year[1]
    if year is not None:
        day = _holiday_in(word, year)
        return Value(day.isoformat()) if day else None
    if anchor is None:
        calendar_, month, day = HOLIDAYS[word]
        return Value(f"--{month:02d}-{day:02d}", partial=True) if calendar_ == "solar" else None
    days = [d for d in (_holiday_in(word, y) for y in (anchor.year - 1, anchor.year, anchor.year + 1)) if d]
    pick = choose_offset([(d - anchor).days for d in days], tense)
    return None if pick is None else Value((anchor + timedelta(days=pick)).isoformat())


_LUNAR_MONTHS = {"正": 1, "冬": 11, "腊": 12, "臘": 12}


def lunar(m: re.Match[str], ctx: Context, anchor: date | None, tense: str | None) -> Value | None:
    """A date of the Chinese calendar (`农历八月十五`, `正月初一`, `腊月二十三`, `五月初五`, `年初三`), or a lunar month
    as an interval of days, in the lunar year given, in view, or nearest the anchor."""
    month = 1 if m["ld2"] else _LUNAR_MONTHS.get(m["lm"] or m["lm2"]) or read_number(m["lm"] or m["lm2"])
    written = (m["ld2"] or m["ld"] or "").lstrip("初").rstrip("日号號")
    day = read_number(written) if written else None
    if not month or not 1 <= month <= 12 or day is not None and not 1 <= day <= 30:
        return None
    year = written_year(m["ly"], m["lw"], anchor) if m["ly"] or m["lw"] and anchor else ctx.year

    def occurrence(y: int) -> tuple[date, date] | None:
        """The lunar day in year `y`, or the whole lunar month when no day is given."""
        first = _lunar_date(y, month, day or 1)
        if day is not None or first is None:
            return (first, first) if first else None
        following = _lunar_date(y + month // 12, month % 12 + 1, 1)
        return (first, following - timedelta(days=1)) if following else None

    if year is None:
        if anchor is None:
            return None
        found = [o for o in (occurrence(y) for y in (anchor.year - 1, anchor.year, anchor.year + 1)) if o]
        pick = choose_offset([(lo - anchor).days for lo, _ in found], tense)
        span = None if pick is None else next(o for o in found if (o[0] - anchor).days == pick)
    else:
        span = occurrence(year)
    if span is None:
        return None
    lo, hi = span
    return Value(lo.isoformat(), hi.isoformat() if hi != lo else None)
