"""Time values as a reader says them: `--09-13` → 九月十三日（年份不详） / 13 September (year unknown).

Only for reports and pages; the JSON keeps the ISO 8601 value. Values that are already readable
(`2025-09-13`, `2025-09`, `2025`) are kept as they are.
"""

from __future__ import annotations

import re

_YEARLESS = re.compile(r"^(?:--|XXXX-)(\d{2})(?:-(\d{2}))?$")
_WEEKDAY = re.compile(r"^XXXX-WXX-([1-7])$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})(?:-([1-7]))?$")
_DIGITS = "零一二三四五六七八九"
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]
_WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_WEEKDAYS_ZH = "一二三四五六日"
_UNKNOWN = {"zh-Hans": ("年份不详", "日期不详"), "zh-Hant": ("年份不詳", "日期不詳")}


def readable(value: str | None, lang: str = "en") -> str:
    """`value` for a reader of `lang` (`zh-Hans`, `zh-Hant`, else English); '' for None."""
    if not value:
        return ""
    chinese = lang in _UNKNOWN
    no_year, no_date = _UNKNOWN.get(lang, ("year unknown", "date unknown"))
    if m := _YEARLESS.match(value):
        month, day = int(m.group(1)), int(m.group(2)) if m.group(2) else None
        if chinese:
            said = f"{_number(month)}月" + (f"{_number(day)}日" if day else "")
            return f"{said}（{no_year}）"
        return (f"{day} " if day else "") + f"{_MONTHS[month - 1]} ({no_year})"
    if m := _WEEKDAY.match(value):
        n = int(m.group(1))
        return f"星期{_WEEKDAYS_ZH[n - 1]}（{no_date}）" if chinese else f"a {_WEEKDAYS_EN[n - 1]} ({no_date})"
    if m := _WEEK.match(value):
        year, week, day = m.group(1), int(m.group(2)), m.group(3)
        if chinese:
            week_word = "週" if lang == "zh-Hant" else "周"
            return f"{year}年第{week}{week_word}" + (f"星期{_WEEKDAYS_ZH[int(day) - 1]}" if day else "")
        return (f"{_WEEKDAYS_EN[int(day) - 1]} of " if day else "") + f"week {week} of {year}"
    return value


def _number(n: int) -> str:
    """1–31 in Chinese numerals: 九, 十三, 二十一."""
    tens, ones = divmod(n, 10)
    return ((_DIGITS[tens] if tens > 1 else "") + "十" if tens else "") + (_DIGITS[ones] if ones else "")
