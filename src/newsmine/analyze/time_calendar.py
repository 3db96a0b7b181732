"""Calendar arithmetic for time expressions: reading numbers, month lengths, the occurrence of a
month, day or weekday nearest an anchor (as the clause's tense allows), vague parts as intervals.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

import cn2an

from newsmine.analyze.text import CLAUSE_BREAK
from newsmine.analyze.time_patterns import PARTS, WORDS
from newsmine.model import Span, Time

_TENSE_REACH = 300  # days: a future marker does not send a day of the month further ahead than this
# (`将` before an object or meaning "nearly" is no future: `将其命名`, `将近`, `将军`)
_FUTURE = re.compile(r"[将將](?![其之他她它该該此这這近军軍领領士])|即将|計劃|计划|预计|預計|预定|預定|拟|擬|准备|準備|打算|届时|屆時|有望")
_TOPIC = re.compile(r" ?[，,]")  # a comma right after an expression: it sets the time of what follows
# Past markers: `了` (not `为了`, `除了`, `受不了`, `了解`), `已`, `曾`, and the verbs of a report (`周四表示`)
_PAST = re.compile(r"(?<![为為除不])了(?!解)|已|曾|表示|宣布|宣佈|指出|透露|证实|證實|发表|發表|公布|公佈")


def written_year(number: str | None, word: str | None, anchor: date | None) -> int | None:
    """The year written as a number (`2023年Q1`), else the one a year word gives counted from the anchor (`今年Q3`,
    `明年春节`), else None."""
    if number:
        return read_number(number)
    return anchor.year + (WORDS[word].value or 0) if word and anchor else None


def read_number(text: str | None) -> int | None:
    """A number written in digits or Chinese numerals (`17`, `十七`, `廿三`, `二〇二三`; `元` of `元月` is 1),
    else None."""
    if not text:
        return None
    text = text.strip()
    if text == "元":
        return 1
    if text.isdigit():
        return int(text)
    try:
        return int(cn2an.cn2an(text.replace("〇", "零").replace("廿", "二十").replace("卅", "三十"), "smart"))
    except (ValueError, KeyError, IndexError):  # cn2an's errors for a malformed numeral (`十十二`)
        return None


def last_day(year: int, month: int) -> int:
    """How many days `month` of `year` has."""
    return calendar.monthrange(year, month)[1]


def year_month(index: int) -> tuple[int, int]:
    """The year and month (1–12) of a month counted from year 0 (`year * 12 + month - 1`)."""
    return index // 12, index % 12 + 1


@dataclass
class Context:
    """What earlier expressions say: the year and month in view in the paragraph, the day, year and month
    last named in the article."""

    year: int | None = None
    month: tuple[int | None, int] | None = None
    day: date | None = None
    last_year: int | None = None  # the year last named in the article
    last_month: tuple[int, int] | None = None  # the year and month last named in the article
    last_quarter: tuple[int, int] | None = None  # the year and quarter last named in the article
    partial_day: str | None = None  # the month and day last named when its year is unknown (`--06-13`)
    partial_today: str | None = None  # the latest month and day named so far when no year is known: the story's today
    partial_here: bool = False  # whether a month and day without a year was named in this paragraph
    day_here: bool = False  # whether `day` was named in this paragraph
    day_dated: bool = False  # whether `day` was written with its year (`2024年1月19日`), not counted from the anchor
    said_on: date | None = None  # the day named in this paragraph before its open quotation
    clause_year: tuple[int, int] | None = None  # where the last expression naming only a year ends, and the year
    incident: date | None = None  # the day of the incident (`事发当天（9月28日）`) `事发次日` counts from
    mainland: bool = True  # whether the text is in simplified script (the mainland's holiday arrangements hold)
    quoted: bool = False  # whether the expression is in quoted speech
    named: str | None = None  # the last date, month or year named in this paragraph (`6个月后` counts from it)

    def next_paragraph(self, keep_year: bool) -> Context:
        """The context a new paragraph opens with: what the article named so far holds (the day, year, month and
        quarter last named, the incident's day, the script); the year in view only when `keep_year` (a year
        standing alone as a heading); what the paragraph alone said starts afresh."""
        return Context(year=self.year if keep_year else None, day=self.day, day_dated=self.day_dated,
                       partial_day=self.partial_day, partial_today=self.partial_today,
                       incident=self.incident, mainland=self.mainland, last_year=self.last_year,
                       last_month=self.last_month, last_quarter=self.last_quarter)


@dataclass
class Value:
    """A resolved expression: an ISO value at the text's precision, or an interval `[lo, hi]`."""

    lo: str | None
    hi: str | None = None
    partial: bool = False

    def time(self, span: Span, text: str) -> Time:
        """The Time at `span`: an interval's value is the month or year its ends share, else `lo/hi`."""
        hi = self.hi or self.lo
        if self.lo is None or hi == self.lo:
            return Time(span=span, text=text, value=self.lo, partial=self.partial)
        common = next((n for n in (7, 4) if len(self.lo) > n and len(hi) > n and self.lo[:n] == hi[:n]), None)
        value = self.lo[:common] if common else f"{self.lo}/{hi}"
        return Time(span=span, text=text, value=value, partial=self.partial, range=[self.lo, hi])


def clause_tense(text: str, start: int, end: int) -> str | None:
    """`future` or `past` when the clause around [start, end) says so by a marker (将, 预计 …; 了, 已, 曾). An
    expression that stands before a comma at the head of its sentence (`十月，公司将…`) sets the time of the clause
    after it."""
    before = text[max(0, start - 12) : start]
    cut = max((m.end() for m in CLAUSE_BREAK.finditer(before)), default=0)
    after = text[end : end + 20]
    opener = before[cut - 1] if cut else "" if start <= 12 else None  # what the clause follows; "" the text's start
    if _TOPIC.match(after) and not before[cut:].strip() and opener is not None and opener not in ("，", ","):
        after = after.lstrip()[1:]
    stop = CLAUSE_BREAK.search(after)
    clause = before[cut:] + after[: stop.start() if stop else len(after)]
    future, past = bool(_FUTURE.search(clause)), bool(_PAST.search(clause))
    return "future" if future and not past else "past" if past and not future else None


def choose_offset(offsets: list[int], tense: str | None, reach: int = _TENSE_REACH) -> int | None:
    """The candidate offset from the anchor the tense allows (past ≤ 0 ≤ future), else the nearest one,
    the future counting double: news mostly reports what happened, and names what is ahead when it is near."""
    if tense == "past":
        allowed = [o for o in offsets if o <= 0]
    elif tense == "future":
        allowed = [o for o in offsets if o >= 0]
    else:
        allowed = offsets
    if tense == "future" and allowed and min(allowed) > reach:  # `将` also marks an object (`将…称为`)
        allowed = offsets
    return min(allowed, key=lambda o: (2 * o if o > 0 else -o, o > 0)) if allowed else None


def month_day(y: int | None, m: int, d: int | None, anchor: date | None, tense: str | None) -> Value | None:
    """A month (and day) with the year given, or the occurrence nearest the anchor (as the tense allows)."""
    if not 1 <= m <= 12 or d is not None and not 1 <= d <= last_day(2000, m):  # 2000: 29 February is a day
        return None
    if y is None and anchor is None:
        return Value(f"--{m:02d}" + (f"-{d:02d}" if d is not None else ""), partial=True)
    if y is None:
        assert anchor is not None
        years = (anchor.year - 1, anchor.year, anchor.year + 1)
        if d is None:
            offsets = [(year * 12 + m) - (anchor.year * 12 + anchor.month) for year in years]
        else:
            offsets = [(date(year, m, d) - anchor).days for year in years if d <= last_day(year, m)]
            years = tuple(year for year in years if d <= last_day(year, m))
        pick = choose_offset(offsets, tense, _TENSE_REACH if d is not None else _TENSE_REACH // 30)  # months
        if pick is None:
            return None
        y = years[offsets.index(pick)]
    if d is not None and d > last_day(y, m):
        return None
    return Value(f"{y:04d}-{m:02d}" + (f"-{d:02d}" if d is not None else ""))


def bare_day(d: int, ctx: Context, anchor: date | None, tense: str | None) -> Value | None:
    """A day of the month alone: in the month the paragraph named, else the occurrence nearest the anchor."""
    if not 1 <= d <= 31:
        return None
    if ctx.month is not None:
        return month_day(ctx.month[0], ctx.month[1], d, anchor, tense)
    if anchor is None:
        return Value(f"---{d:02d}", partial=True)
    index = anchor.year * 12 + anchor.month - 1
    days = []
    for i in (index - 1, index, index + 1):
        y, m = year_month(i)
        if d <= last_day(y, m):
            days.append(date(y, m, d))
    pick = choose_offset([(x - anchor).days for x in days], tense)
    return None if pick is None else Value((anchor + timedelta(days=pick)).isoformat())


def month_part(y: int | None, m: int, part: str) -> Value:
    """`月初`, `上旬`, `月底` of a month: an interval of days (partial without a year)."""
    lo, hi = PARTS[("month", part)]
    if y is None:
        return Value(f"--{m:02d}-{lo:02d}", f"--{m:02d}-{min(hi, last_day(2000, m)):02d}", partial=True)
    return Value(f"{y:04d}-{m:02d}-{lo:02d}", f"{y:04d}-{m:02d}-{min(hi, last_day(y, m)):02d}")


def year_part(y: int, part: str) -> Value:
    """`年初`, `上半年`, `夏天` of a year: an interval of months (`冬天` runs into the next year)."""
    lo, hi = PARTS[("year", part)]
    return Value(f"{y:04d}-{lo:02d}", f"{y + (hi - 1) // 12:04d}-{(hi - 1) % 12 + 1:02d}")


def quarter(y: int, q: int) -> Value:
    """Quarter `q` of year `y`: an interval of months."""
    return Value(f"{y:04d}-{3 * q - 2:02d}", f"{y:04d}-{3 * q:02d}")


def nearest_weekday(n: int, anchor: date | None, tense: str | None) -> Value:
    """A bare weekday: the one the tense points at within a week of the anchor, else the nearest."""
    if anchor is None:
        return Value(f"XXXX-WXX-{n}", partial=True)
    offsets = [k for k in range(-6, 7) if (anchor + timedelta(days=k)).isoweekday() == n]
    pick = choose_offset(offsets, tense)
    assert pick is not None
    return Value((anchor + timedelta(days=pick)).isoformat())


def nearest_weekend(anchor: date, tense: str | None) -> Value:
    """A bare `周末`: the Saturday and Sunday before or after the anchor (the one it falls in), as the tense allows."""
    saturdays = [anchor + timedelta(days=6 - anchor.isoweekday() + 7 * k) for k in (-1, 0, 1)]
    pick = choose_offset([(s - anchor).days for s in saturdays], tense)
    saturday = anchor + timedelta(days=pick or 0)
    return Value(saturday.isoformat(), (saturday + timedelta(days=1)).isoformat())
