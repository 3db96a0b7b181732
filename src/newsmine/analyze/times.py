"""Temporal expressions in Chinese text → ISO 8601 values, resolved against the anchor date.

Absolute dates (`2023年9月13日`, `九月十三日`, `民國112年`), bare months and days (`七月`, `十七日`),
relative words (`周三`, `昨天`, `上周`, `本月19日`, `3年前`, `当天`, from `data/time_words.tsv`),
vague parts (`月底`, `上旬`, `去年初`, `60年代初`, from `data/time_parts.tsv`), holidays (`春节`,
`data/holidays.tsv`), decades and ranges (`1975-1990年`, `3月至5月`, `自2019年以来`). A bare month, day
or weekday goes to the occurrence nearest the anchor, as the clause's tense allows; the year and
month a paragraph names hold for what follows. With no anchor a value stays partial (`--09-13`,
`--07`, `XXXX-WXX-3`): a year is never guessed. docs/schema.md gives the rules.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

import cn2an
from lunardate import LunarDate

from newsmine.analyze.fiscal import fiscal_years
from newsmine.analyze.pipeline import component
from newsmine.analyze.text import alternation, normalise
from newsmine.data import table
from newsmine.model import Doc, Span, Time

_S = r" ?"  # newsmine text often has a space between a number and its unit (`2019 年`)
_YEAR = r"(?<!\d)(?:\d{4}|[〇零一二三四五六七八九]{4})"
_NUM = r"(?<![\d.])(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
_COUNT = r"(?<![\d.])(?:\d{1,3}|[一二两兩三四五六七八九十百]{1,4})"
_TO = r"(?:至|到|~|-|—|–)"
_COUNTING = set("一二两兩三四五六七八九十几幾多首")
_GUARDS = {  # a one-character part must not begin a longer word: `年中，` but not `年中国`, `年初` not `初步`
    "中": r"(?![国國华華央共东東西南北美日韩韓欧歐港台澳资資外文方部心学學小大型医醫企铁鐵新俄英法德印意加越泰菲巴以伊非亚亞拉])",
    "初": r"(?![步次衷心稿级級中审審选選赛賽恋戀露见見版一二三四五六七八九十])",
}
_FUTURE = re.compile(r"将|將|即将|計劃|计划|预计|預計|预定|預定|拟|擬|准备|準備|打算|届时|屆時|有望")
_PAST = re.compile(r"了|已|曾")
_PAST_STORY = 180  # days: a story whose last named day is this far behind the anchor is telling the past
_CLAUSE_END = re.compile(r"[,，。；;!！?？:：\n]")


@dataclass(frozen=True)
class _Word:
    kind: str
    value: int | None


def _int(cell: str) -> int:
    return int(cell) if cell else 0


_WORDS = {row["word"]: _Word(row["kind"], int(row["value"]) if row["value"] else None)
          for row in table("time_words")}
_HOLIDAYS = {row["word"]: (row["calendar"], _int(row["month"]), _int(row["day"])) for row in table("holidays")}
_PARTS = {(row["of"], row["part"]): (int(row["from"]), int(row["to"])) for row in table("time_parts")}


def _parts(of: str) -> str:
    """An alternation of the parts of `of` (all of them when `of` is empty), guarded as `_GUARDS` says."""
    words = sorted({p for o, p in _PARTS if o == of or not of}, key=len, reverse=True)
    return "|".join(re.escape(w) + _GUARDS.get(w, "") for w in words)


_CHU, _ZHONG = _GUARDS["初"], _GUARDS["中"]
_DAYPART = alternation([w for w, x in _WORDS.items() if x.kind == "daypart"])
_RELATIVE = alternation([w for w, x in _WORDS.items() if x.kind != "daypart"])
_CENTURY = r"上世[纪紀]|上個世紀|上个世纪|(?:19|20|21|十九|二十|二十一)世[纪紀]"
_NEXT_DIGIT = r"(?:的" + _S + r"(?=[\d一二三四五六七八九十]))?"


def _date(year_extra: str = "") -> str:
    """A (partly) given date: year, month (or two: `3、4月`), day, and the vague parts of each."""
    return (
        rf"(?:(?:(?P<y>{_YEAR})|民[國国]{_S}(?P<roc>{_COUNT}){year_extra}|[今去明前]\((?P<py>\d{{2,4}})\))"
        rf"{_S}年{_NEXT_DIGIT}"
        rf"(?P<ypart>{_parts('year')})?{_S})?"
        rf"(?:(?:(?P<m>{_NUM})(?:{_S}(?:[、和]|{_TO}){_S}(?P<m2>{_NUM}))?|[本上下]\((?P<pm>{_NUM})\))"
        rf"{_S}月份?(?P<mpart>{_parts('month')})?{_S})?"
        rf"(?:(?P<d>{_NUM})(?:{_S}{_TO}{_S}(?P<d2>{_NUM}))?{_S}[日号號])?"
    )


_ANY_DATE = re.sub(r"\?P<\w+>", "?:", _date())


_STARTS = re.escape("".join(sorted(
    set("0123456789自民年月第首上中下本这這今昨前明去两兩百〇零一二三四五六七八九十")
    | {w[0] for w in _WORDS} | {w[0] for w in _HOLIDAYS}
)))
_SOLO_VERBS = "舉举起發发公宣開开召出抵率赴訪访表指稱称回再又將将會会在於于就向與与已亦"  # `今舉行`, `昨表示`
_ROC3 = r"|(?<!\d)(?P<roc3>1[0-4]\d)"
# A year written without 年 before the name of a recurring event (`2014高雄電影節`, `2022卡塔尔世界杯`):
# up to eight characters of its name, none a digit, a mark or a counting word right after the year.
_EVENT_AFTER_YEAR = (
    r"(?![年届屆的人名个個万萬亿億元票份多余餘家次项項件宗号號点點米%])[^\d\s，。、；：:（）()「」“”《》]{0,8}?"
    r"(?:[节節]|展|博[会會]|世界杯|世界盃|[奥奧]运|[奥奧]運|[亚亞]运|[亚亞]運|冬[奥奧]|大[选選]|[选選]举|[选選]舉"
    r"|峰[会會]|[论論]坛|[论論]壇|年[会會]|[赛賽]季|[锦錦]标[赛賽]|[锦錦]標[賽赛]|[马馬]拉松)"
)


def _compile(roc: bool) -> re.Pattern[str]:
    """The expression pattern; with `roc`, a bare three-digit year (`112年`) is a Republic of China year."""
    return re.compile(
        rf"(?=[{_STARTS}])"  # most places start nothing: fail there at once
        rf"(?P<since>自从|自)?"
        rf"(?:(?<![\d.])(?P<iy>(?:19|20)\d\d)(?P<sep>[-/.])(?P<im>\d{{1,2}})(?P=sep)(?P<id>\d{{1,2}})(?![\d.])"
        rf"|(?P<ya>{_YEAR})(?:{_S}年)?{_S}{_TO}{_S}(?P<yb>{_YEAR}){_S}年(?!代)"
        rf"|(?P<cent>{_CENTURY})?{_S}(?P<dec>(?<!\d)\d{{1,3}}0|[二三四五六七八九]十){_S}年代(?P<dpart>{_parts('decade')})?"
        rf"|(?P<cnt>{_COUNT})(?P<more>多)?{_S}(?P<unit>年|个月|個月|个星期|個星期|星期|周|週|天)(?P<more2>多)?之?前"
        rf"|(?P<rel>[上下本这這])(?:周|週|星期|礼拜|禮拜)(?P<wdn>[一二三四五六日天])(?![大名个個項项家位条條国國方])"
        rf"|(?:(?P<fy>{_YEAR}){_S}年|(?P<fw>今年|去年|明年|本年|上年|前年))"
        rf"前(?:(?P<fn>{_COUNT})(?:个|個)月|(?P<fq>[一二三两兩1-3])(?:个|個)?季度?)"
        rf"|(?:(?P<qy>{_YEAR}){_S}年|(?P<qw>今年|去年|明年|本年|上年|前年))?"
        rf"(?:第?(?P<q>[一二三四1-4首])季度|第(?P<q2>[一二三四1-4])季|(?P<q3>首)季)"
        rf"|(?:(?P<hy>{_YEAR}){_S}年|(?P<hw>今年|去年|明年))?(?P<hol>{alternation(_HOLIDAYS)})"
        rf"(?P<hoff>前一[天日]|[后後]一[天日])?(?:期间|期間)?"
        rf"|(?P<word>{_RELATIVE}){_NEXT_DIGIT}(?:(?P<wpart>{_parts('')})"
        rf"|(?:(?P<wm>{_NUM}){_S}月份?(?P<wmmpart>{_parts('month')})?)?(?:(?P<wd>{_NUM}){_S}[日号號])?)"
        rf"(?:\((?P<pdate>{_ANY_DATE})\))?"
        rf"|(?P<tw>[今昨前明同])\((?P<tpd>{_ANY_DATE}|{_NUM})\)(?:日|天)?"
        rf"|(?<![至如迄而从從自古当當即现現今昨])(?P<solo>[今昨])(?=[{_SOLO_VERBS}])"
        rf"|(?<![\d岁歲年日个個每多几幾一二三四五六七八九十周週半])年(?P<sypart>初{_CHU}|中{_ZHONG}|底|末|内|內)"
        rf"|(?<![年度])(?P<half>上半年|下半年)"
        rf"|(?<![\d岁歲年日个個每多几幾一二三四五六七八九十])月(?P<smpart>初{_CHU}|中{_ZHONG}|底|末)"
        rf"|(?P<xun>上旬|中旬|下旬)"
        rf"|(?<![\d.A-Za-z])(?P<by>(?:19|20)\d\d)(?={_EVENT_AFTER_YEAR})"
        rf"|{_date(_ROC3 if roc else '')})"
        rf"(?P<daypart>{_DAYPART})?"
        rf"(?:\((?P<pword>{_RELATIVE})\))?"
        rf"(?P<until>以来|以來)?"
    )


_PATTERNS = {False: _compile(False), True: _compile(True)}
_PDATE = re.compile(_date())
_BARE_DAY_BEFORE = set("第每为為期约約近逾隔等共仅僅只多过過前后後满滿留离離禁月")
_BARE_DAY_AFTER = re.compile(r"[内內间間多团團游遊]|左右|以上|之内|之內")
_NOT_A_TIME = re.compile(  # `上周围`, `本月刊`; `隔夜拆息` is a rate, `隔夜菜` food
    r"(?<=[周週])[围圍边邊年岁歲刊报報]|(?<=月)[刊饼餅]|(?<=隔夜)(?:[拆息利菜飯饭]|回[购購]|[资資]金|[A-Za-z])"
)


def _number(text: str | None) -> int | None:
    if not text:
        return None
    text = text.strip()
    if text.isdigit():
        return int(text)
    try:
        return int(cn2an.cn2an(text.replace("〇", "零"), "smart"))
    except ValueError:
        return None


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _months(index: int) -> tuple[int, int]:
    return index // 12, index % 12 + 1


@dataclass
class _Context:
    """What earlier expressions say: the year and month in view in the paragraph, the day, year and month
    last named in the article."""

    year: int | None = None
    month: tuple[int | None, int] | None = None
    day: date | None = None
    last_year: int | None = None  # the year last named in the article
    last_month: tuple[int, int] | None = None  # the year and month last named in the article
    day_here: bool = False  # whether `day` was named in this paragraph
    said_on: date | None = None  # the day named in this paragraph before its open quotation
    clause_year: tuple[int, int] | None = None  # where the last expression naming only a year ends, and the year


@dataclass
class _Value:
    """A resolved expression: an ISO value at the text's precision, or an interval `[lo, hi]`."""

    lo: str | None
    hi: str | None = None
    partial: bool = False

    def time(self, span: Span, text: str) -> Time:
        hi = self.hi or self.lo
        if self.lo is None or hi == self.lo:
            return Time(span=span, text=text, value=self.lo, partial=self.partial)
        common = next((n for n in (7, 4) if len(self.lo) > n and len(hi) > n and self.lo[:n] == hi[:n]), None)
        value = self.lo[:common] if common else f"{self.lo}/{hi}"
        return Time(span=span, text=text, value=value, partial=self.partial, range=[self.lo, hi])


def _tense(text: str, start: int, end: int) -> str | None:
    """`future` or `past` when the clause around [start, end) says so by a marker (将, 预计 …; 了, 已, 曾)."""
    before = text[max(0, start - 12) : start]
    cut = max((m.end() for m in _CLAUSE_END.finditer(before)), default=0)
    after = text[end : end + 20]
    stop = _CLAUSE_END.search(after)
    clause = before[cut:] + after[: stop.start() if stop else len(after)]
    future, past = bool(_FUTURE.search(clause)), bool(_PAST.search(clause))
    return "future" if future and not past else "past" if past and not future else None


def _choose(offsets: list[int], tense: str | None) -> int | None:
    """The candidate offset from the anchor the tense allows (past ≤ 0 ≤ future), else the nearest one,
    the future counting double: news mostly reports what happened, and names what is ahead when it is near."""
    if tense == "past":
        allowed = [o for o in offsets if o <= 0]
    elif tense == "future":
        allowed = [o for o in offsets if o >= 0]
    else:
        allowed = offsets
    return min(allowed, key=lambda o: (2 * o if o > 0 else -o, o > 0)) if allowed else None


def _month_day(y: int | None, m: int, d: int | None, anchor: date | None, tense: str | None) -> _Value | None:
    """A month (and day) with the year given, or the occurrence nearest the anchor (as the tense allows)."""
    if not 1 <= m <= 12 or d is not None and not 1 <= d <= 31:
        return None
    if y is None and anchor is None:
        return _Value(f"--{m:02d}" + (f"-{d:02d}" if d is not None else ""), partial=True)
    if y is None:
        assert anchor is not None
        years = (anchor.year - 1, anchor.year, anchor.year + 1)
        if d is None:
            offsets = [(year * 12 + m) - (anchor.year * 12 + anchor.month) for year in years]
        else:
            offsets = [(date(year, m, d) - anchor).days for year in years if d <= _last_day(year, m)]
            years = tuple(year for year in years if d <= _last_day(year, m))
        pick = _choose(offsets, tense)
        if pick is None:
            return None
        y = years[offsets.index(pick)]
    if d is not None and d > _last_day(y, m):
        return None
    return _Value(f"{y:04d}-{m:02d}" + (f"-{d:02d}" if d is not None else ""))


def _bare_day(d: int, ctx: _Context, anchor: date | None, tense: str | None) -> _Value | None:
    """A day of the month alone: in the month the paragraph named, else the occurrence nearest the anchor."""
    if not 1 <= d <= 31:
        return None
    if ctx.month is not None:
        return _month_day(ctx.month[0], ctx.month[1], d, anchor, tense)
    if anchor is None:
        return _Value(f"---{d:02d}", partial=True)
    index = anchor.year * 12 + anchor.month - 1
    days = []
    for i in (index - 1, index, index + 1):
        y, m = _months(i)
        if d <= _last_day(y, m):
            days.append(date(y, m, d))
    pick = _choose([(x - anchor).days for x in days], tense)
    return None if pick is None else _Value((anchor + timedelta(days=pick)).isoformat())


def _month_part(y: int | None, m: int, part: str) -> _Value:
    """`月初`, `上旬`, `月底` of a month: an interval of days (partial without a year)."""
    lo, hi = _PARTS[("month", part)]
    if y is None:
        return _Value(f"--{m:02d}-{lo:02d}", f"--{m:02d}-{hi:02d}", partial=True)
    return _Value(f"{y:04d}-{m:02d}-{lo:02d}", f"{y:04d}-{m:02d}-{min(hi, _last_day(y, m)):02d}")


def _year_part(y: int, part: str) -> _Value:
    """`年初`, `上半年`, `夏天` of a year: an interval of months."""
    lo, hi = _PARTS[("year", part)]
    return _Value(f"{y:04d}-{lo:02d}", f"{y:04d}-{hi:02d}")


def _quarter(y: int, q: int) -> _Value:
    return _Value(f"{y:04d}-{3 * q - 2:02d}", f"{y:04d}-{3 * q:02d}")


def _weekday(n: int, anchor: date | None, tense: str | None) -> _Value:
    """A bare weekday: the one the tense points at within a week of the anchor, else the nearest."""
    if anchor is None:
        return _Value(f"XXXX-WXX-{n}", partial=True)
    offsets = [k for k in range(-6, 7) if (anchor + timedelta(days=k)).isoweekday() == n]
    pick = _choose(offsets, tense)
    assert pick is not None
    return _Value((anchor + timedelta(days=pick)).isoformat())


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


def _holiday_in(word: str, year: int) -> date | None:
    """The Gregorian date of holiday `word` in `year` (lunar ones by the Chinese calendar)."""
    calendar_, month, day = _HOLIDAYS[word]
    try:
        if calendar_ == "easter":
            return _easter(year)
        if calendar_ == "lunar":
            return LunarDate(year, month, max(day, 1)).to_solar_date() - timedelta(days=1 if day == 0 else 0)
        return date(year, month, day)
    except ValueError:
        return None


def _holiday(m: re.Match[str], text: str, ctx: _Context, anchor: date | None, tense: str | None) -> _Value | None:
    """`春节`, `圣诞节`, `2018年复活节`, `农历新年前一天`: the holiday (or the day before or after it) in the
    year given, named just before it in its clause (`去年是春节前一天`) or in view, else the occurrence
    nearest the anchor."""
    value = _holiday_day(m, text, ctx, anchor, tense)
    shift = -1 if m["hoff"] and m["hoff"][0] == "前" else 1 if m["hoff"] else 0
    if shift and value and value.lo and len(value.lo) == 10 and value.lo[0].isdigit():
        return _Value((date.fromisoformat(value.lo) + timedelta(days=shift)).isoformat())
    return None if shift and value and value.partial else value


def _holiday_day(m: re.Match[str], text: str, ctx: _Context, anchor: date | None, tense: str | None) -> _Value | None:
    word = m["hol"]
    year = _number(m["hy"]) if m["hy"] else ctx.year
    if year is None and ctx.clause_year and not _CLAUSE_END.search(text, ctx.clause_year[0], m.start()):
        year = ctx.clause_year[1]
    if year is None and m["hw"] and anchor:
        year = anchor.year + (_WORDS[m["hw"]].value or 0)
    if year is not None:
        day = _holiday_in(word, year)
        return _Value(day.isoformat()) if day else None
    if anchor is None:
        calendar_, month, day = _HOLIDAYS[word]
        return _Value(f"--{month:02d}-{day:02d}", partial=True) if calendar_ == "solar" else None
    days = [d for d in (_holiday_in(word, y) for y in (anchor.year - 1, anchor.year, anchor.year + 1)) if d]
    pick = _choose([(d - anchor).days for d in days], tense)
    return None if pick is None else _Value((anchor + timedelta(days=pick)).isoformat())


def _decade(m: re.Match[str], anchor: date | None) -> _Value | None:
    """`1980年代`, `八十年代`, `上世纪60年代初` → an interval of years."""
    dec = _number(m["dec"])
    if dec is None:
        return None
    cent = m["cent"]
    if dec >= 100:
        base = dec
    elif cent and cent.startswith("上"):
        if anchor is None:
            return None
        base = ((anchor.year - 1) // 100 - 1) * 100 + dec
    elif cent:
        base = (_number(cent[: cent.index("世")]) or 0) * 100 - 100 + dec
    elif dec >= 30:
        base = 1900 + dec
    elif anchor is not None:
        base = 2000 + dec if 2000 + dec <= anchor.year else 1900 + dec
    else:
        return None
    lo, hi = _PARTS[("decade", m["dpart"])] if m["dpart"] else (0, 9)
    return _Value(f"{base + lo:04d}", f"{base + hi:04d}")


def _ago(m: re.Match[str], anchor: date | None) -> _Value | None:
    """`3年前`, `两个月前`, `两周前`, `10天前`; `两年多前` (more than two years) → the year before."""
    n = _number(m["cnt"])
    if anchor is None or not n:
        return None
    more = 1 if m["more"] or m["more2"] else 0
    unit = m["unit"]
    if unit == "年":
        return _Value(f"{anchor.year - n - more:04d}")
    if unit.endswith("月"):
        y, mo = _months(anchor.year * 12 + anchor.month - 1 - n - more)
        return _Value(f"{y:04d}-{mo:02d}")
    if unit == "天":
        return _Value((anchor - timedelta(days=n + more)).isoformat())
    year, week, _ = (anchor - timedelta(weeks=n + more)).isocalendar()
    return _Value(f"{year:04d}-W{week:02d}")


def _relative(word: _Word, m: re.Match[str], ctx: _Context, anchor: date | None, tense: str | None) -> _Value | None:
    """A lexicon word with what follows it: `去年12月28日`, `本月初`, `去年底`, `当天`, `第二天`."""
    kind, n = word.kind, word.value or 0
    part = m["wpart"]
    month, day = _number(m["wm"]), _number(m["wd"])
    if kind == "weekday":
        return _weekday(n, anchor, tense)
    if kind == "weekend" and anchor is not None:
        saturday = anchor + timedelta(weeks=n, days=6 - anchor.isoweekday())
        return _Value(saturday.isoformat(), (saturday + timedelta(days=1)).isoformat())
    if kind == "sameyear":
        return _Value(f"{ctx.last_year + n:04d}") if ctx.last_year else None
    if kind == "samemonth":
        if ctx.last_month is None:
            return None
        y, mo = _months(ctx.last_month[0] * 12 + ctx.last_month[1] - 1 + n)
        return _month_part(y, mo, part) if part and ("month", part) in _PARTS else _Value(f"{y:04d}-{mo:02d}")
    if kind == "same":
        return _Value(ctx.day.isoformat()) if ctx.day else _Value(anchor.isoformat()) if anchor else None
    if kind == "next":
        return _Value((ctx.day + timedelta(days=n)).isoformat()) if ctx.day else None
    if anchor is None:  # `今年3月` with no anchor is still March
        return _month_day(None, month, day, None, tense) if kind == "year" and month is not None else None
    if kind == "day":
        return _Value((anchor + timedelta(days=n)).isoformat())
    if kind == "week":
        year, week, _ = (anchor + timedelta(weeks=n)).isocalendar()
        return _Value(f"{year:04d}-W{week:02d}")
    if kind == "quarter":
        y, q = divmod(anchor.year * 4 + (anchor.month - 1) // 3 + n, 4)
        return _quarter(y, q + 1)
    if kind == "month":
        y, mo = _months(anchor.year * 12 + anchor.month - 1 + n)
        if part and ("month", part) in _PARTS:
            return _month_part(y, mo, part)
        return _month_day(y, mo, day, anchor, tense)
    year = anchor.year + n
    if kind == "year":
        if month is not None:
            if m["wmmpart"]:
                return _month_part(year, month, m["wmmpart"])
            return _month_day(year, month, day, anchor, tense)
        if part and ("year", part) in _PARTS:
            return _year_part(year, part)
        return _Value(f"{year:04d}")
    if kind == "early":
        end = min(anchor, date(year, 6, 30)) if n == 0 else date(year, 6, 30)
        return _Value(f"{year:04d}-01-01", end.isoformat())
    if kind == "late":
        start = max(anchor, date(year, 7, 1)) if n == 0 else date(year, 7, 1)
        return _Value(start.isoformat(), f"{year:04d}-12-31")
    return None


def _explicit(m: re.Match[str], text: str, ctx: _Context, anchor: date | None, tense: str | None) -> _Value | None:
    """A written date: year (Gregorian or ROC), month, day and their parts, each as far as given."""
    y = _number(m["y"])
    roc = _number(m["roc"] or m.groupdict().get("roc3"))
    if m["py"]:  # Taiwan usage, `去(2022)年`, `今(112)年`: the year in parentheses, Gregorian or ROC
        y, roc = (int(m["py"]), None) if len(m["py"]) == 4 else (None, int(m["py"]))
    if roc:
        y = 1911 + roc
    mo, d = _number(m["m"] or m["pm"]), _number(m["d"])
    if y is None and mo is None:
        if d is None or not _bare_day_ok(m, text):
            return None
        return _bare_day(d, ctx, anchor, tense)
    if y is not None and mo is None:
        if d is not None:
            return None
        return _year_part(y, m["ypart"]) if m["ypart"] else _Value(f"{y:04d}")
    assert mo is not None
    year = y if y is not None else ctx.year
    if m["m2"]:  # `3、4月`, `1至5月`
        first = _month_day(year, mo, None, anchor, tense)
        second = first and _month_day(_year_of(first), _number(m["m2"]) or 0, None, anchor, tense)
        return _Value(first.lo, second.lo, first.partial) if first and second else None
    if m["d2"]:  # `3月5至7日`
        first = _month_day(year, mo, d, anchor, tense)
        second = first and _month_day(_year_of(first), mo, _number(m["d2"]), anchor, tense)
        return _Value(first.lo, second.lo, first.partial) if first and second and first.lo < second.lo else None
    if m["mpart"]:
        base = _month_day(year, mo, None, anchor, tense)
        return base and _month_part(_year_of(base), mo, m["mpart"])
    if year is None and d is not None and ctx.day and anchor and (anchor - ctx.day).days > _PAST_STORY:
        year = _in_story(ctx.day, mo, d, anchor)
    return _month_day(year, mo, d, anchor, tense)


def _in_story(day: date, mo: int, d: int, anchor: date) -> int | None:
    """The year of a month and day told after `day` in a story of the past (`2018年3月8日…11月7日…12月16号`):
    its first occurrence after that day, when that is before the anchor."""
    if not 1 <= mo <= 12 or not 1 <= d <= 31:
        return None
    for year in (day.year, day.year + 1):
        if d <= _last_day(year, mo) and day < date(year, mo, d) <= anchor:
            return year
    return None


def _year_of(value: _Value) -> int | None:
    return int(value.lo[:4]) if value.lo and value.lo[0].isdigit() else None


def _bare_day_ok(m: re.Match[str], text: str) -> bool:
    """A day alone (`4日`, `十七日`), not a count of days (`为期5日`, `3日内`) or a part of a longer number."""
    start, end = m.start("d"), m.end("d")
    unit = text[end:end + 2].strip()[:1]
    if unit != "日" or start > 0 and text[start - 1] in _BARE_DAY_BEFORE:
        return False
    if not m["d"].isdigit() and "十" not in m["d"]:
        return False
    return not _BARE_DAY_AFTER.match(text, end + 1 + (text[end] == " "))


def _resolve(m: re.Match[str], text: str, ctx: _Context, anchor: date | None) -> _Value | None:
    tense = _tense(text, m.start(), m.end())
    if m["iy"]:  # `2023-09-13`, `2023/9/13`
        return _month_day(int(m["iy"]), int(m["im"]), int(m["id"]), anchor, None)
    if m["ya"]:
        return _Value(f"{_number(m['ya']):04d}", f"{_number(m['yb']):04d}")
    if m["dec"]:
        return _decade(m, anchor)
    if m["cnt"]:
        return _ago(m, anchor)
    if m["rel"]:
        if anchor is None:
            return None
        offset = {"上": -1, "下": 1}.get(m["rel"], 0)
        weekday = "一二三四五六日".find(m["wdn"].replace("天", "日")) + 1
        return _Value((anchor + timedelta(weeks=offset, days=weekday - anchor.isoweekday())).isoformat())
    if m["fn"] or m["fq"]:  # `今年前10个月`, `前三季度`: from January on
        year = _number(m["fy"]) if m["fy"] else anchor.year + (_WORDS[m["fw"]].value or 0) if anchor else None
        months = _number(m["fn"]) if m["fn"] else 3 * (_number(m["fq"]) or 0)
        return _Value(f"{year:04d}-01", f"{year:04d}-{months:02d}") if year and months and months <= 12 else None
    if m["hol"]:
        return _holiday(m, text, ctx, anchor, tense)
    if m["q"] or m["q2"] or m["q3"]:
        q = 1 if (m["q"] or m["q3"]) == "首" else _number(m["q"] or m["q2"]) or 0
        if m["qy"]:
            return _quarter(_number(m["qy"]) or 0, q)
        if anchor is None:
            return None
        offset = _WORDS[m["qw"]].value or 0 if m["qw"] else 0
        return _quarter(anchor.year + offset, q)
    if m["word"]:
        value = _relative(_WORDS[m["word"]], m, ctx, anchor, tense)
        inner = _PDATE.fullmatch(m["pdate"] or "")
        return _explicit(inner, m["pdate"], _Context(), anchor, None) or value if inner else value
    if m["tw"]:
        inner = _PDATE.fullmatch(m["tpd"]) or _PDATE.fullmatch(m["tpd"] + "日")
        return _explicit(inner, inner.string, _Context(), anchor, None) if inner else None
    if m["solo"]:  # news shorthand: `支联会今举行大会`, `他昨表示`
        return _Value((anchor - timedelta(days=m["solo"] == "昨")).isoformat()) if anchor else None
    if m["sypart"] or m["half"]:
        year = ctx.year if ctx.year is not None else anchor.year if anchor else None
        if year is None:
            return None
        part = m["sypart"] or m["half"]
        return _Value(f"{year:04d}") if part in "内內" else _year_part(year, part)
    if m["by"]:
        return _Value(m["by"])
    if m["smpart"] or m["xun"]:
        part = m["smpart"] or m["xun"]
        if ctx.month is not None:
            return _month_part(ctx.month[0], ctx.month[1], part)
        return _month_part(anchor.year, anchor.month, part) if anchor else None
    return _explicit(m, text, ctx, anchor, tense)


def _learn(ctx: _Context, m: re.Match[str], value: _Value, leading: bool) -> None:
    """Remember the year and month a written date names, and the last day named, for what follows.

    A year alone sets the year in view only when it opens its paragraph (`2014年，…`); within a
    sentence (`自2012年主政`) it dates that sentence's happening, not the paragraph's."""
    lo = value.lo or ""
    hi = value.hi or lo
    if m["since"] and m["until"]:
        return
    named = (m["y"] or m["py"] or m["roc"] or m.groupdict().get("roc3") or m["yb"] or m["qy"]
             or m["word"] and _WORDS[m["word"]].kind == "year")
    if named and leading:
        if hi[:4].isdigit():
            ctx.year = int(hi[:4])
    if (m["m"] or m["pm"] or m["wm"]) and not m["m2"] and hi.startswith("--"):
        ctx.month = (None, int(hi[2:4]))
    elif (m["m"] or m["pm"] or m["wm"]) and not m["m2"] and len(hi) >= 7:
        ctx.year = int(hi[:4])
        ctx.month = (ctx.year, int(hi[5:7]))
    if len(hi) == 10 and hi[:4].isdigit() and value.hi is None:
        ctx.day, ctx.day_here = date.fromisoformat(hi), True
    if hi[:4].isdigit() and lo[:4] == hi[:4]:
        ctx.last_year = int(hi[:4])
        if len(hi) >= 7 and hi[5:7].isdigit() and lo[:7] == hi[:7]:
            ctx.last_month = (ctx.last_year, int(hi[5:7]))


_QUOTE_OPEN, _QUOTE_CLOSE = "“「『", "”」』"
_YEAR_HEADING = re.compile(rf"{_YEAR}{_S}年")
_CONNECTOR = re.compile(rf"{_S}(?:起|开始|開始)?{_S}(?:{_TO}|一直到){_S}")


def _widen(value: str, like: str, end: bool) -> str:
    """`value` written to the precision of `like` (`2020-03` → `2020-03-31` as an end beside a day)."""
    while len(value) < len(like) and value[:4].isdigit():
        y = int(value[:4])
        if len(value) == 4:
            value += "-12" if end else "-01"
        else:
            value += f"-{_last_day(y, int(value[5:7])):02d}" if end else "-01"
    return value


def _join_ranges(times: list[Time], norm: str) -> list[Time]:
    """`3月5日至7日`, `3月至5月`, `2022年12月至2023年1月`: two expressions joined by 至/到/- become one range;
    a year word and the months right after it (`今年3、4月`) one expression."""
    out: list[Time] = []
    for t in times:
        prev = out[-1] if out else None
        if (prev is not None and prev.value and t.value and len(prev.value) == 4 and not prev.range
                and t.value.startswith(prev.value) and not norm[prev.span.end:t.span.start].strip()):
            t.span = Span(prev.span.start, t.span.end)  # `今年3、4月`, `明年1-3月`: the year and its months are one
            out[-1] = t
            continue
        if (prev is not None and prev.value and t.value and prev.partial == t.partial
                and "/" not in prev.value + t.value and not prev.text.startswith(("自", "自从"))
                and _CONNECTOR.fullmatch(norm, prev.span.end, t.span.start)):
            lo = prev.range[0] if prev.range else prev.value
            hi = t.range[1] if t.range else t.value
            if not lo.startswith("X") and not hi.startswith("X") and "W" not in lo + hi:
                lo, hi = _widen(lo, hi, False), _widen(hi, lo, True)
                merged = _Value(lo, hi, prev.partial).time(Span(prev.span.start, t.span.end), "")
                if lo <= hi or prev.partial:
                    out[-1] = merged
                    continue
        out.append(t)
    return out


_TODAY = re.compile(r"(今日|今天|昨日|昨天|前天|明日|明天) ?\((\d{1,2})月(\d{1,2})日\)")
_DATELINE = re.compile(r"(?<!\d)(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日(?:专|專)?(?:电|電)")
_YEAR_MONTH = re.compile(r"(?<!\d)((?:19|20)\d\d) ?年 ?\d{1,2} ?月")


def _written_on(norm: str, anchor: date) -> date:
    """The day a wire dateline says the story was filed (`（中央社记者…巴黎3日专电）`, `新华社北京3月5日电`),
    when it is in the week up to the publication date; relative words count from it."""
    line = _DATELINE.search(norm, 0, 300)
    if line is None:
        return anchor
    month = _number(line[2])
    ctx = _Context(month=(int(line[1]) if line[1] else None, month) if month else None)
    day = _bare_day(int(line[3]), ctx, anchor, "past")
    filed = date.fromisoformat(day.lo) if day and day.lo and len(day.lo) == 10 else None
    return filed if filed and 0 <= (anchor - filed).days <= 7 else anchor


def _text_anchor(norm: str) -> date | None:
    """The date a text without a publication date gives itself: a dateline (`2020年4月8日电`), or a
    day word with its date (`昨日（4月7日）`) in the latest year the text dates a month in."""
    try:
        line = _DATELINE.search(norm)
        if line and line[1] and line[2]:
            return date(int(line[1]), int(line[2]), int(line[3]))
        today = _TODAY.search(norm)
        years = [int(y) for y in _YEAR_MONTH.findall(norm)]
        if today and years:
            return date(max(years), int(today[2]), int(today[3])) - timedelta(days=_WORDS[today[1]].value or 0)
    except ValueError:
        return None
    return None


def _spans(m: re.Match[str], norm: str) -> list[tuple[int, int]]:
    """Where the expression is: `自…以来` whole; `周三（9月13日）`, `昨（24日）`, `3月5日（周二）` as the word
    and the date apart."""
    start = m.start() if m["since"] and m["until"] else m.start() + len(m["since"] or "")
    end = m.end() if m["until"] else m.end() - len(m["until"] or "")
    after = norm[m.end("tpd") + 1 : m.end("tpd") + 2] if m["tpd"] else ""
    inner = "pdate" if m["pdate"] else "tpd" if m["tpd"] and after not in "日天晚晨早午夜" else None  # 昨(14)晚 whole
    if inner:
        spans = [(start, m.start(inner) - 1), (m.start(inner), m.end(inner))]
    elif m["pword"]:  # `3月5日（周二）`
        spans = [(start, m.start("pword") - 1), (m.start("pword"), m.end("pword"))]
    else:
        spans = [(start, end)]
    trimmed = []
    for a, b in spans:
        while b > a and norm[b - 1] in " 的":
            b -= 1
        while a < b and norm[a] == " ":
            a += 1
        trimmed.append((a, b))
    return trimmed


def find_times(text: str, anchor: date | None, *, roc: bool = False) -> list[Time]:
    """Every temporal expression in `text`, in order, resolved against `anchor` (or partial).

    With `roc` (traditional-script text), a bare three-digit year such as `112年` is read as a
    Republic of China year (1911 + 112); `民國112年` always is.
    """
    norm = normalise(text)
    anchor = _written_on(norm, anchor) if anchor else _text_anchor(norm)
    times: list[Time] = []
    ctx = _Context()
    line_start = scanned = quoted = 0  # every character is looked at once: linear in the text
    weekdays: dict[int, _Value] = {}  # 周三（9月13日） tells what a later bare 周三 means
    for m in _PATTERNS[roc].finditer(norm):
        if m.end() == m.start():
            continue
        newline = norm.rfind("\n", scanned, m.start())
        if newline >= 0:  # a new paragraph; a year standing alone as a heading still holds
            heading = _YEAR_HEADING.fullmatch(norm[line_start:newline].strip())
            ctx = _Context(year=ctx.year if heading else None, day=ctx.day,
                           last_year=ctx.last_year, last_month=ctx.last_month)
            line_start = scanned = max(scanned, newline + 1)
            quoted = 0
        for ch in norm[scanned : m.start()]:
            if ch in _QUOTE_OPEN and not quoted:
                quoted, ctx.said_on = 1, ctx.day if ctx.day and ctx.day_here else None
            elif ch in _QUOTE_CLOSE:
                quoted = 0
        scanned = max(scanned, m.start())
        before = norm[m.start() - 1] if m.start() else ""
        if _NOT_A_TIME.match(norm, m.end()) or before == "每" or m[0][0] == "次" and before in _COUNTING:
            continue  # `上周围`; `每周三` is a habit, not a date; `一次月` is a count
        word = _WORDS.get(m["word"] or "")
        speaker_day = quoted and word and word.kind == "day" and ctx.said_on  # “昨天…” counts from when it was said
        value = _resolve(m, norm, ctx, ctx.said_on if speaker_day else anchor)
        if word and word.kind == "weekday":
            if m["pdate"] and value:
                weekdays[word.value or 0] = value
            elif word.value in weekdays:
                value = weekdays[word.value or 0]
        if value is None:
            if not (m["word"] or m["rel"] or m["hol"] or m["solo"]):
                continue
            value = _Value(None, partial=True)  # a relative word with no anchor: found, not resolved
        for start, end in _spans(m, norm):
            t = value.time(Span(start, end), text[start:end])
            if m["since"] and m["until"]:
                t.range = [t.value, anchor.isoformat() if anchor else None]  # type: ignore[list-item]
            times.append(t)
        _learn(ctx, m, value, leading=m.start() - line_start < 3 and not norm[line_start : m.start()].strip())
        lone_year = value.lo and len(value.lo) == 4 and value.hi is None and value.lo.isdigit()
        ctx.clause_year = (m.end(), int(value.lo or 0)) if lone_year else None
    joined = _join_ranges(times, norm)
    fiscal_years(joined, norm)
    for t in joined:
        t.text = text[t.span.start : t.span.end]
    return joined


@component("times", assigns=["times"])
def times(doc: Doc) -> None:
    """Fill `doc.times`, resolving against `doc.anchor` (the `--date` option or the publication date)."""
    anchor = date.fromisoformat(doc.anchor) if doc.anchor else None
    doc.times = find_times(doc.text, anchor, roc=doc.article.script == "traditional")
