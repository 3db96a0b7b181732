"""The date relative expressions count from: the publication date, or a wire dateline's filing day;
for a text without one, the date it gives itself, or a stand-in date its own weekday–date pairs and
dated day words fix up to the year (`下周二（9月8日）`, `昨日（4月7日）`).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from newsmine.analyze.time_calendar import Context, bare_day, last_day, read_number
from newsmine.analyze.time_patterns import WORDS

# A day word and the date it is (`今日（3日）`, `昨天（9月6日）`, Taiwan `今（3）日`): it says which day today is.
_DAY_WORD = re.compile(r"(今日|今天|昨日|昨天|前天|明日|明天|今|昨) ?\( ?(?:(\d{1,2}) ?月 ?)?(\d{1,2}) ?日? ?\)")
# (it starts with a digit: the look-ahead fails at once elsewhere, where the optional parts would be tried)
_DATELINE = re.compile(r"(?=\d)(?<!\d)(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日(?:专|專|综合外|綜合外)?(?:电|電|讯|訊)")
_YEAR_MONTH = re.compile(r"(?<!\d)((?:19|20)\d\d) ?年 ?\d{1,2} ?月")


def written_on(norm: str, anchor: date) -> date:
    """The day the story was written, when it is in the week up to the publication date: the day a
    wire dateline says it was filed (`（中央社记者…巴黎3日专电）`, `新华社北京3月5日电`, `人民网北京3月5日讯`); or the day a day
    word with its date makes today (`今天（9月7日）`, `昨日（6日）`, `今（7）日`), also up to two days after
    the publication date; relative words count from it."""
    line = _DATELINE.search(norm, 0, 300)
    if line is not None:
        month = read_number(line[2])
        ctx = Context(month=(int(line[1]) if line[1] else None, month) if month else None)
        day = bare_day(int(line[3]), ctx, anchor, "past")
        written = date.fromisoformat(day.lo) if day and day.lo and len(day.lo) == 10 else None
        return written if written and 0 <= (anchor - written).days <= 7 else anchor
    today = _DAY_WORD.search(norm)
    if today is None:
        return anchor
    back = _offset(today[1])
    day = bare_day(int(today[3]), Context(month=(None, int(today[2])) if today[2] else None), anchor, None)
    written = date.fromisoformat(day.lo) - timedelta(days=back) if day and day.lo and len(day.lo) == 10 else None
    return written if written and -2 <= (anchor - written).days <= 7 else anchor


def _offset(word: str) -> int:
    """How many days from today a day word is (`昨日` → -1; `今` → 0)."""
    return -1 if word == "昨" else WORDS[word].value or 0 if word in WORDS else 0


def _dated_day_word(norm: str) -> re.Match[str] | None:
    """The first day word with its month and day: `昨日（4月7日）`."""
    return next((t for t in _DAY_WORD.finditer(norm) if t[2]), None)


def text_anchor(norm: str) -> date | None:
    """The date a text without a publication date gives itself: a dateline (`2020年4月8日电`), or a
    day word with its date (`昨日（4月7日）`) in the latest year the text dates a month in, when every
    weekday the text pairs with a date (`星期一(8月31日)`) falls on it that year: a text of today that
    names a month of history (`1982年8月`) is not dated by it."""
    try:
        line = _DATELINE.search(norm)
        if line and line[1] and line[2]:
            return date(int(line[1]), int(line[2]), int(line[3]))
        today = _dated_day_word(norm)
        years = [int(y) for y in _YEAR_MONTH.findall(norm)]
        if today and years and _pins_agree(_pins(norm), max(years)):
            return date(max(years), int(today[2]), int(today[3])) - timedelta(days=_offset(today[1]))
    except ValueError:
        return None
    return None


def _pins(norm: str) -> list[tuple[int, int, int, int]]:
    """Each weekday the text pairs with a month and day (`下周二（9月8日）`, `9月3日（星期二）`): the weekday
    (1 = Monday), month, day and the shift in days its 上/下 gives."""
    pins = []
    for p in _PINS.finditer(norm):
        w, m, d = (p["w"], p["m"], p["d"]) if p["w"] else (p["xw"], p["xm"], p["xd"])
        pins.append((_WEEKDAYS.index(w.replace("天", "日")) + 1, int(m), int(d), {"上": 7, "下": -7}.get(p["rel"] or "", 0)))
    return pins


def _pins_agree(pins: list[tuple[int, int, int, int]], year: int) -> bool:
    """Whether every weekday–date pair falls on its weekday in `year`."""
    return all(1 <= m <= 12 and 1 <= d <= last_day(year, m) and date(year, m, d).isoweekday() == w
               for w, m, d, _ in pins)


_TOLD = re.compile(r"(?<!\d)((?:19|20)\d\d) ?(?:年 ?(\d{1,2}) ?月(?: ?(\d{1,2}) ?[日号號])?|[-/.](\d{1,2})[-/.](\d{1,2})(?![\d.]))")


def latest_told(norm: str) -> date | None:
    """The latest day a text without a date of its own writes with its year and month (`2019年12月底`,
    `2020年1月20日`, `2020-01-20`; a month alone counts as its 15th): the time its story reaches, which
    the months and days it writes without a year are nearest to."""
    told = []
    for t in _TOLD.finditer(norm):
        month, day = int(t[2] or t[4]), int(t[3] or t[5] or 15)
        if 1 <= month <= 12 and 1 <= day <= last_day(int(t[1]), month):
            told.append(date(int(t[1]), month, day))
    return max(told, default=None)


_WEEKDAY = r"(?:星期|周|週|礼拜|禮拜)(?P<w>[一二三四五六日天])"
_MONTH_DAY = r"(?<!\d)(?P<m>\d{1,2}) ?月 ?(?P<d>\d{1,2}) ?日"
_PINS = re.compile(  # `下周二（9月8日）`, `9月3日（星期二）`: a weekday and its date
    rf"(?P<rel>[上下]?)(?:个|個)?{_WEEKDAY} ?\( ?{_MONTH_DAY} ?\)|{_MONTH_DAY.replace('P<', 'P<x')} ?\( ?"
    rf"{_WEEKDAY.replace('P<', 'P<x')} ?\)"
)
_MONTH_DATELINE = re.compile(rf"{_MONTH_DAY}(?:专|專|综合外|綜合外)?(?:电|電|讯|訊)")
_WEEKDAYS = "一二三四五六日"


def stand_in_anchors(norm: str) -> tuple[date, date, bool] | None:
    """Two stand-in anchors, in different years, for a text with no date of its own but the month and
    day it was written on (`昨日（4月7日）`, a dateline `3月5日电`) or its week (`下周二（9月8日）` puts
    it in the week before 8 September). Both years agree with every weekday the text gives a date:
    what comes out the same from both is known; what differs only in the year is known but for the
    year; the rest is not known. Without a weekday–date pair the two years have different weekdays.
    The flag says whether the day itself is known (not only its week, from a pair alone)."""
    pins = _pins(norm)
    day_word = _dated_day_word(norm)
    line = _MONTH_DATELINE.search(norm, 0, 300)
    if pins:
        years = [y for y in range(1950, 2050) if _pins_agree(pins, y)]
        years = years[-2:] if len(years) >= 2 else []
    else:
        years = [2001, 2002]
    if not years:
        return None
    if day_word:
        m, d, shift = int(day_word[2]), int(day_word[3]), -_offset(day_word[1])
    elif line:
        m, d, shift = int(line["m"]), int(line["d"]), 0
    elif pins:  # only the week is known: its Friday, so that the week's days fall in it past or future
        w, m, d, shift = pins[-1]
        shift += 5 - w
    else:
        return None
    if m == 2 and d == 29 and not pins:
        years = [2004, 2008]
    try:
        first, second = (date(y, m, d) + timedelta(days=shift) for y in years)
    except ValueError:
        return None
    return first, second, bool(day_word or line)


# What ends the word before `当天` when it is no event (`他当天`, `周五当天`)
_NOT_AN_EVENT = set("他她它们們我你您其这這那该該同日天年月晚夜周週午上下前后後")


def event_day(norm: str, start: int, dated: list[tuple[int, int, str]]) -> date | None:
    """The day of the event named right before a day word (`通报当天`, `签约当晚`): the last day written
    before that event's earlier mention in its sentence (`11月12日，教育局通报称…。…就在通报当天`), else None.
    `dated` holds the start, end and value of each expression found before `start`."""
    word_end = start - (norm[start - 1 : start] == "的")
    event = norm[word_end - 2 : word_end]
    if len(event) < 2 or not all("\u4e00" <= ch <= "\u9fff" for ch in event) or event[-1] in _NOT_AN_EVENT:
        return None
    mention = norm.rfind(event, 0, word_end - 2)
    if mention < 0:
        return None
    opening = max(norm.rfind(mark, 0, mention) for mark in "。！？!?\n；;") + 1
    days = [value for s, e, value in dated if opening <= s and e <= mention and re.fullmatch(r"\d{4}-\d\d-\d\d", value)]
    return date.fromisoformat(days[-1]) if days else None
