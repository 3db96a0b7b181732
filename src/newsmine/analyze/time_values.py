"""The value of each time expression the pattern finds: its named groups read and resolved against
the anchor and what earlier expressions named (the year and month in view, the last day named).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from newsmine.analyze.time_calendar import (
    Context,
    Value,
    bare_day,
    choose_offset,
    clause_tense,
    last_day,
    month_day,
    month_part,
    nearest_weekday,
    nearest_weekend,
    quarter,
    read_number,
    year_month,
    year_part,
)
from newsmine.analyze.time_counts import count, first_months
from newsmine.analyze.time_eras import century, decade
from newsmine.analyze.time_holidays import holiday, lunar
from newsmine.analyze.time_patterns import PARTS, PDATE, WORDS, Word, bare_day_ok
from newsmine.analyze.time_quarters import lettered, written_quarter

_SEASONS = {"春": "春季", "夏": "夏季", "秋": "秋季", "冬": "冬季"}  # a season word's last character: its part of the year
_WEEK_BEHIND = 7  # days: a weekday told after a day this far behind the anchor is in that day's week
_PAST_STORY = 180  # days: a story whose last named day is this far behind the anchor is telling the past


def _fit_weekday(value: Value | None, weekday: int, m: re.Match[str], anchor: date | None) -> Value | None:
    """A date written without its year (`9月3日（星期二）`) or month (`周二（17日）`) beside its weekday:
    the occurrence nearest the anchor that falls on that weekday, when the nearest one does not."""
    if (value is None or anchor is None or not m["d"] or m["y"] or m["roc"] or m["py"]
            or m.groupdict().get("roc3") or m["m2"] or m["d2"] or not (value.lo or "")[:1].isdigit()):
        return value
    if len(value.lo or "") == 10 and date.fromisoformat(value.lo or "").isoweekday() == weekday:
        return value
    d, mo = read_number(m["d"]) or 0, read_number(m["m"] or m["pm"])
    index = anchor.year * 12 + anchor.month - 1
    months = [(y, mo) for y in (anchor.year - 1, anchor.year, anchor.year + 1)] if mo else [
        year_month(i) for i in (index - 1, index, index + 1)]
    fits = [date(y, x, d) for y, x in months if 1 <= x <= 12 and 1 <= d <= last_day(y, x)
            and date(y, x, d).isoweekday() == weekday and abs((date(y, x, d) - anchor).days) <= 366]
    if not fits:
        return value
    return Value(min(fits, key=lambda x: abs((x - anchor).days)).isoformat())


def _partial_shift(month_day_: str, n: int) -> Value:
    """A month and day with no year (`--06-13`) moved by `n` days, still without its year."""
    day = date(2000, int(month_day_[2:4]), int(month_day_[5:7])) + timedelta(days=n)  # 2000: 29 February is a day
    return Value(f"--{day.month:02d}-{day.day:02d}", partial=True)


def _story_today(ctx: Context, anchor: date | None) -> str | None:
    """The month and day (`--06-13`) a day word counts from with no anchor and no year known: the latest the text
    named, when named in an earlier paragraph (the story's present); none when named in the same one, where it is
    mostly set against today (`1月20日停工，今天复工`)."""
    return ctx.partial_today if anchor is None and ctx.day is None and not ctx.partial_here else None


def _relative(word: Word, m: re.Match[str], ctx: Context, anchor: date | None, tense: str | None) -> Value | None:
    """A lexicon word with what follows it: `去年12月28日`, `本月初`, `去年底`, `当天`, `第二天`."""
    kind, n = word.kind, word.value or 0
    part = m["wpart"]
    month, day = read_number(m["wm"]), read_number(m["wd"])
    if kind == "weekday":
        if ctx.day and ctx.day_dated and anchor and not ctx.quoted and (anchor - ctx.day).days > _WEEK_BEHIND:
            return nearest_weekday(n, ctx.day, None)  # `1月19日，周五…周六上午`: the story's week, not the anchor's
        return nearest_weekday(n, anchor, tense)
    if kind == "pair" and anchor is not None:  # `今明两天`
        first = anchor + timedelta(days=n)
        return Value(first.isoformat(), (first + timedelta(days=1)).isoformat())
    if kind == "years" and anchor is not None:  # `今明两年`
        return Value(f"{anchor.year + n:04d}", f"{anchor.year + n + 1:04d}")
    if kind == "weekend" and word.value is None:  # `周末` alone
        if ctx.day and ctx.day_dated and anchor and not ctx.quoted and (anchor - ctx.day).days > _WEEK_BEHIND:
            return nearest_weekend(ctx.day, None)  # the story's weekend, as for a weekday
        return nearest_weekend(anchor, tense or "past") if anchor else None  # news tells what was, unless marked
    if kind == "weekend" and anchor is not None:
        saturday = anchor + timedelta(weeks=n, days=6 - anchor.isoweekday())
        return Value(saturday.isoformat(), (saturday + timedelta(days=1)).isoformat())
    if kind == "sameyear":  # `同年`, `次年3月`, `这年年末`
        if ctx.last_year is None:
            return None
        year = ctx.last_year + n
        if month is None and part and ("year", part) in PARTS:
            return year_part(year, part)
        return month_day(year, month, day, anchor, tense) if month is not None else Value(f"{year:04d}")
    if kind == "samequarter":  # `季內`: the quarter last named, else the anchor's
        if ctx.last_quarter is not None:
            return quarter(*ctx.last_quarter)
        return quarter(anchor.year, (anchor.month - 1) // 3 + 1) if anchor else None
    if kind == "samemonth":
        if ctx.last_month is None:
            return None
        y, mo = year_month(ctx.last_month[0] * 12 + ctx.last_month[1] - 1 + n)
        if part and ("month", part) in PARTS:
            return month_part(y, mo, part)
        return month_day(y, mo, day, anchor, tense) if day is not None else Value(f"{y:04d}-{mo:02d}")
    if kind in ("same", "next") and ctx.day is None and anchor is None and ctx.partial_day:
        return _partial_shift(ctx.partial_day, n)  # `6月13日…当晚` with no year known
    if kind == "day" and (today := _story_today(ctx, anchor)):
        return _partial_shift(today, n)  # `6月12日晚…6月13日上午。⏎⏎…今天`
    if kind == "same":
        return Value(ctx.day.isoformat()) if ctx.day else Value(anchor.isoformat()) if anchor else None
    if kind == "next":  # `次日`: after the day last named, else after the anchor
        base = ctx.day or anchor
        return Value((base + timedelta(days=n)).isoformat()) if base else None
    if kind == "quarter" and n and ctx.last_quarter is not None:  # `第一季度…较上季`: beside the quarter named
        y, q = divmod(ctx.last_quarter[0] * 4 + ctx.last_quarter[1] - 1 + n, 4)
        return quarter(y, q + 1)
    if anchor is None:  # `今年3月` with no anchor is still March
        return month_day(None, month, day, None, tense) if kind == "year" and month is not None else None
    if kind == "day":
        return Value((anchor + timedelta(days=n)).isoformat())
    if kind == "week":
        year, week, _ = (anchor + timedelta(weeks=n)).isocalendar()
        return Value(f"{year:04d}-W{week:02d}")
    if kind == "quarter":
        y, q = divmod(anchor.year * 4 + (anchor.month - 1) // 3 + n, 4)
        return quarter(y, q + 1)
    if kind == "month":
        y, mo = year_month(anchor.year * 12 + anchor.month - 1 + n)
        if part and ("month", part) in PARTS:
            return month_part(y, mo, part)
        return month_day(y, mo, day, anchor, tense)
    year = anchor.year + n
    if kind == "year":
        if month is not None:
            if m["wmmpart"]:
                return month_part(year, month, m["wmmpart"])
            return month_day(year, month, day, anchor, tense)
        if part and ("year", part) in PARTS:
            return year_part(year, part)
        return Value(f"{year:04d}")
    if kind == "season":  # `今夏`: the season of the year, as `今年夏季`; `今冬` in January, the winter under way
        season = _SEASONS[(m["word"] or " ")[-1]]
        return year_part(year - (season == "冬季" and anchor.month <= 2), season)
    if kind == "early":
        end = min(anchor, date(year, 6, 30)) if n == 0 else date(year, 6, 30)
        return Value(f"{year:04d}-01-01", end.isoformat())
    if kind == "late":
        start = max(anchor, date(year, 7, 1)) if n == 0 else date(year, 7, 1)
        return Value(start.isoformat(), f"{year:04d}-12-31")
    return None


def _explicit(m: re.Match[str], text: str, ctx: Context, anchor: date | None, tense: str | None,
              written: bool = True, story: bool = True) -> Value | None:
    """A written date: year (Gregorian or ROC), month, day and their parts, each as far as given."""
    y = read_number(m["y"].lstrip("'‘’")) if m["y"] else None
    if y is not None and y < 100:  # `'98年`, `22年底`: the century that puts it at most a year past the anchor
        y = None if anchor is None else y + (2000 if y <= anchor.year % 100 + 1 else 1900)
    roc = read_number(m["roc"] or m.groupdict().get("roc3"))
    if m["py"]:  # Taiwan usage, `去(2022)年`, `今(112)年`: the year in parentheses, Gregorian or ROC
        y, roc = (int(m["py"]), None) if len(m["py"]) == 4 else (None, int(m["py"]))
    if roc:
        y = 1911 + roc
    mo, d = read_number(m["m"] or m["pm"]), read_number(m["d"])
    if y is None and mo is None:
        if d is None or not bare_day_ok(m, text):
            return None
        first = bare_day(d, ctx, anchor, tense)
        if not m["d2"] or first is None or not first.lo or not first.lo[:1].isdigit():
            return first
        second = month_day(int(first.lo[:4]), int(first.lo[5:7]), read_number(m["d2"]), anchor, tense)
        return Value(first.lo, second.lo) if second and second.lo and first.lo < second.lo else None  # `27、28日`
    if y is not None and mo is None:
        if d is not None:
            return None
        return year_part(y, m["ypart"]) if m["ypart"] else Value(f"{y:04d}")
    assert mo is not None
    if m["pm"] and y is None:  # Taiwan usage, `上(5)月`, `下(7)月1日`: a month counted from the anchor, its number given
        tense = {"上": "past", "下": "future"}.get(text[m.start("pm") - 2], tense)
        ctx = Context()
    year = y if y is not None else ctx.year
    if y is None and year is not None and ctx.month and ctx.month[0] == year and mo <= ctx.month[1] - 6:
        later = (year + 1) * 12 + mo  # `2019年12月底…1月3日`: a story goes on into the next year
        year += 1 if anchor is None or not written or later <= anchor.year * 12 + anchor.month else 0
    if m["m2"]:  # `3、4月`, `1至5月`
        year = year if year is not None or anchor is None else _months_year(mo, read_number(m["m2"]) or 0, anchor, tense)
        first = month_day(year, mo, None, anchor, tense)
        second = first and month_day(_year_of(first), read_number(m["m2"]) or 0, None, anchor, tense)
        return Value(first.lo, second.lo, first.partial) if first and second else None
    if m["d2"]:  # `3月5至7日`
        first = month_day(year, mo, d, anchor, tense)
        second = first and month_day(_year_of(first), mo, read_number(m["d2"]), anchor, tense)
        return Value(first.lo, second.lo, first.partial) if first and second and first.lo < second.lo else None
    if m["mpart"]:
        base = month_day(year, mo, None, anchor, tense)
        return base and month_part(_year_of(base), mo, m["mpart"])
    if year is None and d is not None and ctx.day and anchor and written and story and (anchor - ctx.day).days > _PAST_STORY:
        year = _in_story(ctx.day, mo, d, anchor)
    return month_day(year, mo, d, anchor, tense)


def _months_year(first: int, last: int, anchor: date, tense: str | None) -> int | None:
    """The year of a span of months written without one (`1-10月`, `3、4月`): the one whose span is nearest
    the anchor, as the tense allows (`1-10月` in November is this year's, not next)."""
    if not 1 <= first <= last <= 12:
        return None
    now = anchor.year * 12 + anchor.month - 1
    years = (anchor.year - 1, anchor.year, anchor.year + 1)
    offsets = []
    for y in years:
        lo, hi = y * 12 + first - 1, y * 12 + last - 1
        offsets.append(0 if lo <= now <= hi else lo - now if lo > now else hi - now)
    pick = choose_offset(offsets, tense)
    return None if pick is None else years[offsets.index(pick)]


def _in_story(day: date, mo: int, d: int, anchor: date) -> int | None:
    """The year of a month and day told after `day` in a story of the past (`2018年3月8日…11月7日…12月16号`):
    its first occurrence from that day on, when that is before the anchor."""
    if not 1 <= mo <= 12 or not 1 <= d <= 31:
        return None
    for year in (day.year, day.year + 1):
        if d <= last_day(year, mo) and day <= date(year, mo, d) <= anchor:
            return year
    return None


def _year_of(value: Value) -> int | None:
    """The year a value starts in, when it has one (not a partial `--06-13`)."""
    return int(value.lo[:4]) if value.lo and value.lo[0].isdigit() else None


def resolve(m: re.Match[str], text: str, ctx: Context, anchor: date | None, written: bool = True,
            story: bool = True) -> Value | None:
    """The value of expression `m` of `text`, read by the kind of expression its groups say it is. Unless
    `anchor` is the day the text was `written` (only a day it reaches), a past tense does not keep a
    date before it and a story may go on past it. Unless `story` (the anchor's year is only a stand-in),
    a day named far behind the anchor does not make the text a story of the past."""
    tense = clause_tense(text, m.start(), m.end())
    tense = None if tense == "past" and not written else tense
    if m["iy"]:  # `2023-09-13`, `2023/9/13`
        return month_day(int(m["iy"]), int(m["im"]), int(m["id"]), anchor, None)
    if m["yc"]:  # `2023-24年度`: the second year written by its last two digits
        first = read_number(m["yc"]) or 0
        return Value(f"{first:04d}", f"{first + 1:04d}") if (first + 1) % 100 == read_number(m["yd"]) else None
    if m.groupdict().get("rocsy"):  # `112學年度`: a Taiwan school year, from August of 1911 + 112 to July
        first = 1911 + int(m["rocsy"])
        return Value(f"{first:04d}", f"{first + 1:04d}")
    if m["ya"]:
        return Value(f"{read_number(m['ya']):04d}", f"{read_number(m['yb']):04d}")
    if m["ya2"]:  # `（2007-2010）`: years without 年 in parentheses, the second the later
        return Value(m["ya2"], m["yb2"]) if m["ya2"] < m["yb2"] else None
    if m["dec"]:
        return decade(m, anchor)
    if m["wcent"]:
        return century(m, anchor)
    if m["cnt"]:
        return count(m, text, ctx, anchor, tense)
    if m["rel"]:
        if anchor is None:
            return None
        offset = {"上": -1, "下": 1}.get(m["rel"], 0)
        weekday = "一二三四五六日".find(m["wdn"].replace("天", "日")) + 1
        return Value((anchor + timedelta(weeks=offset, days=weekday - anchor.isoweekday())).isoformat())
    if m["inc2"]:  # `出事前三天`, `事发三天后`
        n = read_number(m["icnt"] or m["icnt2"])
        if ctx.incident is None or n is None:
            return None
        return Value((ctx.incident + timedelta(days=-n if (m["ib"] or m["ib2"]) == "前" else n)).isoformat())
    if m["fn"] or m["fq"]:  # `今年前10个月`, `前三季度`: from January on
        return first_months(m, text, ctx, anchor)
    if m["hol"]:
        return holiday(m, text, ctx, anchor, tense)
    if m["lm"] or m["lm2"] or m["ld2"]:
        return lunar(m, ctx, anchor, tense)
    if m["fiscal"] or m["fiscal2"]:  # `2024财年`, `FY24`: the financial year named by the year it ends in
        year = read_number(m["fiscal"] or m["fiscal2"]) or 0
        return Value(f"{year + 2000 if year < 100 else year:04d}")
    if m["era"]:  # `公元755年`; `公元前221年` in ISO 8601's count, where 1 BC is year 0
        year = read_number(m["eray"])
        return None if not year else Value(f"-{year - 1:04d}" if m["era"].endswith("前") else f"{year:04d}")
    if m["q4"]:  # `2023年Q1`, `25年Q1`, `今年Q3`, `2024H1`; `Q3` alone in the year in view, else the nearest
        return lettered(m, ctx, anchor, tense)
    if m["q"] or m["q2"] or m["q3"]:
        return written_quarter(m, ctx, anchor, tense)
    if m["word"]:
        word = WORDS[m["word"]]
        value = _relative(word, m, ctx, anchor, tense)
        inner = PDATE.fullmatch(m["pdate"] or "")
        if not inner:
            return value
        given = _explicit(inner, m["pdate"], Context(), anchor, None)
        return (_fit_weekday(given, word.value or 0, inner, anchor) if word.kind == "weekday" else given) or value
    if m["tw"]:  # `今(3)日`, `昨（24日）`
        inner = PDATE.fullmatch(m["tpd"]) or PDATE.fullmatch(m["tpd"] + "日")
        return _explicit(inner, inner.string, Context(), anchor, None) if inner else None
    if m["solo"]:  # news shorthand: `支联会今举行大会`, `他昨表示`
        if today := _story_today(ctx, anchor):
            return _partial_shift(today, -(m["solo"] == "昨"))
        return Value((anchor - timedelta(days=m["solo"] == "昨")).isoformat()) if anchor else None
    if m["sypart"] or m["half"]:  # the year in view, else the anchor's, unless a past tense puts it a year back
        part = m["sypart"] or m["half"]
        year = ctx.year if ctx.year is not None else anchor.year if anchor else None
        if ctx.year is None and anchor and tense == "past" and part not in "内內":  # `年底，工厂停产了` in May: last year's
            year = _months_year(*PARTS[("year", part)], anchor, tense) or year
        if year is None:
            return None
        return Value(f"{year:04d}") if part in "内內" else year_part(year, part)
    if m["vac"]:  # `这个暑期`, `这个寒假`: in the year in view, else the anchor's
        year = ctx.year if ctx.year is not None else anchor.year if anchor else None
        return year_part(year, m["vac"]) if year is not None else None
    if m["by"] or m["by2"]:
        return Value(m["by"] or m["by2"])
    if m["smpart"] in ("内", "內"):  # `月內`: the month in view, else the anchor's
        if ctx.month is not None and ctx.month[0] is not None:
            return Value(f"{ctx.month[0]:04d}-{ctx.month[1]:02d}")
        return Value(f"{anchor.year:04d}-{anchor.month:02d}") if anchor else None
    if m["smpart"] or m["xun"]:
        part = m["smpart"] or m["xun"]
        if ctx.month is not None:
            year = ctx.month[0]
            if year is None and anchor is not None:  # the month in view, its year the nearest
                nearest = month_day(None, ctx.month[1], None, anchor, tense)
                year = int(nearest.lo[:4]) if nearest and nearest.lo else anchor.year
            return month_part(year, ctx.month[1], part)
        if anchor is None:
            return None
        back = tense == "past" and PARTS[("month", part)][0] > anchor.day  # `月底，他辞职了` on the 10th: last month's
        return month_part(*year_month(anchor.year * 12 + anchor.month - 1 - back), part)
    value = _explicit(m, text, ctx, anchor, tense, written, story)
    beside = WORDS[m["pword"]] if m["pword"] else None  # `9月3日（星期二）`
    if beside and beside.kind == "weekday" and (m["m"] or m["pm"] or ctx.month is None):
        return _fit_weekday(value, beside.value or 0, m, anchor)
    return value


def learn(ctx: Context, m: re.Match[str], value: Value, leading: bool) -> None:
    """Remember the year and month a written date names, and the last day named, for what follows.

    A year alone sets the year in view only when it opens its paragraph or a sentence of it (`2014年，…`,
    `…。2024年又…`); within a sentence (`自2012年主政`) it dates that sentence's happening, not the paragraph's."""
    lo = value.lo or ""
    hi = value.hi or lo
    if m["until"]:  # `自2020年以来`, `创2021年2月以来新低`: a span reaching today puts no year or month in view
        return
    named = (m["y"] or m["py"] or m["roc"] or m.groupdict().get("roc3") or m["yb"] or m["qy"] or m["qw"]
             or m["qy2"] or m["qw2"] or m["fy"] or m["fw"] or m["hy"] or m["hw"] or m["word"] and WORDS[m["word"]].kind == "year")
    if named and leading:
        if hi[:4].isdigit():
            ctx.year = int(hi[:4])
    month_day_word = m["wd"] and m["word"] and WORDS[m["word"]].kind == "month"  # `本月11日`, `上月28日`
    if (m["m"] or m["pm"] or m["wm"] or month_day_word) and not m["m2"] and hi.startswith("--"):
        ctx.month = (None, int(hi[2:4]))
    elif (m["m"] or m["pm"] or m["wm"] or month_day_word) and not m["m2"] and len(hi) >= 7 and hi[:4].isdigit():
        if named or m["word"] or m["d"] or ctx.year is not None:  # `2019年3月`, `去年3月`, `3月5日`, in view
            ctx.year = int(hi[:4])
            ctx.month = (ctx.year, int(hi[5:7]))
        else:  # `3月` alone: its year was only the nearest one, and holds for nothing after it
            ctx.month = (None, int(hi[5:7]))
    if hi[:4].isdigit() and value.hi is None and (m["y"] or m["m"] or m["d"] or m["iy"] or m["wm"] or m["wd"]):
        ctx.named = hi  # a date written out, not a word: `2019年4月…6个月后`
    if len(hi) == 10 and hi[:4].isdigit() and value.hi is None:
        day = date.fromisoformat(hi)
        dated = bool(m["y"] or m["iy"] or m["py"] or m["roc"] or m.groupdict().get("roc3"))
        ctx.day_dated = dated or ctx.day_dated and day == ctx.day  # `2024年1月19日，周五` stays dated
        ctx.day, ctx.day_here, ctx.partial_day = day, True, None
    elif re.fullmatch(r"--\d\d-\d\d", hi) and value.hi is None:  # a month and day, the year unknown
        ctx.day, ctx.partial_day = None, hi
        if m["m"] or m["pm"]:  # written out, not a day word counted from it
            ctx.partial_today, ctx.partial_here = max(hi, ctx.partial_today or hi), True
    word = WORDS[m["word"]] if m["word"] else None
    if m["q"] or m["q2"] or m["q3"] or m["q4"] or word and word.kind == "quarter" and not word.value:  # not `上季`
        if len(lo) == 7 and lo[:4].isdigit() and len(hi) == 7 and int(hi[5:]) == int(lo[5:]) + 2:
            ctx.last_quarter = (int(lo[:4]), int(hi[5:]) // 3)
    if hi[:4].isdigit() and lo[:4] == hi[:4]:
        ctx.last_year = int(hi[:4])
        if len(hi) >= 7 and hi[5:7].isdigit() and lo[:7] == hi[:7]:
            ctx.last_month = (ctx.last_year, int(hi[5:7]))
