"""Temporal expressions in Chinese text → ISO 8601 values, resolved against the anchor date.

Absolute dates (`2023年9月13日`, `九月十三日`), bare months (`七月`), relative words (`周三`, `昨天`,
`上周`, `本月19日`, `今年早些时候`, from `data/time_words.tsv`) and ranges (`自2019年以来`).
With no anchor a value stays partial (`--09-13`, `--07`, `XXXX-WXX-3`): a year is never guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

import cn2an

from newsmine.analyze.pipeline import component
from newsmine.analyze.text import alternation
from newsmine.data import table
from newsmine.model import Doc, Span, Time

_YEAR = r"(?:\d{4}|[〇零一二三四五六七八九]{4})"
_NUM = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
_OPEN, _CLOSE = "[（(]", "[）)]"


@dataclass(frozen=True)
class _Word:
    kind: str
    value: int | None


def _lexicon() -> dict[str, _Word]:
    return {row["word"]: _Word(row["kind"], int(row["value"]) if row["value"] else None)
            for row in table("time_words")}


_WORDS = _lexicon()
_DAYPART = alternation([w for w, x in _WORDS.items() if x.kind == "daypart"])
_RELATIVE = alternation([w for w, x in _WORDS.items() if x.kind != "daypart"])
_DATE = rf"(?:(?P<y>{_YEAR})年)?(?:(?P<m>{_NUM})月份?)?(?:(?P<d>{_NUM})[日号號])?"
_ANY_DATE = re.sub(r"\?P<\w+>", "?:", _DATE)
_PATTERN = re.compile(
    rf"(?P<since>自从|自)?"
    rf"(?:(?P<rel>[上下本这這])(?:周|週|星期|礼拜|禮拜)(?P<wdn>[一二三四五六日天])"
    rf"|(?P<word>{_RELATIVE})(?:(?P<wm>{_NUM})月份?)?(?:(?P<wd>{_NUM})[日号號])?(?:{_OPEN}(?P<pdate>{_ANY_DATE}){_CLOSE})?"
    rf"|{_DATE})"
    rf"(?P<daypart>{_DAYPART})?"
    rf"(?:{_OPEN}(?:{_RELATIVE}){_CLOSE})?"
    rf"(?P<until>以来|以來)?"
)
_PDATE = re.compile(_DATE)



def _number(text: str | None) -> int | None:
    if not text:
        return None
    return int(text) if text.isdigit() else int(cn2an.cn2an(text, "smart"))


def _ymd(y: int | None, m: int | None, d: int | None, anchor: date | None) -> tuple[str, bool] | None:
    """The ISO value of a (partly) given date, and whether it stayed partial."""
    if m is not None and not 1 <= m <= 12 or d is not None and not 1 <= d <= 31:
        return None
    if y is not None:
        parts = [f"{y:04d}"] + [f"{x:02d}" for x in (m, d) if x is not None]
        return ("-".join(parts), False) if not (d is not None and m is None) else None
    if m is None:
        return None
    if anchor is None:
        return (f"--{m:02d}" + (f"-{d:02d}" if d is not None else ""), True)
    if d is None:  # a bare month: the most recent such month on or before the anchor's
        return (f"{anchor.year if m <= anchor.month else anchor.year - 1:04d}-{m:02d}", False)
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append(date(year, m, d))
        except ValueError:
            continue
    if not candidates:
        return None
    best = min(candidates, key=lambda c: abs((c - anchor).days))
    return best.isoformat(), False


def _add_months(anchor: date, months: int) -> str:
    total = anchor.year * 12 + anchor.month - 1 + months
    return f"{total // 12:04d}-{total % 12 + 1:02d}"


def _relative(word: _Word, month: int | None, day: int | None,
              anchor: date | None) -> tuple[str | None, bool, list[str] | None]:
    """(value, partial, range) of a lexicon word, with the day of `本月19日`, the month and day of `去年12月28日`."""
    kind, n = word.kind, word.value or 0
    if kind == "year" and month is not None:
        resolved = _ymd(anchor.year + n if anchor else None, month, day, None)
        return (resolved[0], resolved[1], None) if resolved else (None, True, None)
    if kind == "weekday":
        if anchor is None:
            return f"XXXX-WXX-{n}", True, None
        return (anchor - timedelta(days=(anchor.isoweekday() - n) % 7)).isoformat(), False, None
    if anchor is None:
        return None, True, None
    if kind == "day":
        return (anchor + timedelta(days=n)).isoformat(), False, None
    if kind == "week":
        year, week, _ = (anchor + timedelta(weeks=n)).isocalendar()
        return f"{year:04d}-W{week:02d}", False, None
    if kind == "month":
        month = _add_months(anchor, n)
        if day is None:
            return month, False, None
        try:
            return date(int(month[:4]), int(month[5:]), day).isoformat(), False, None
        except ValueError:
            return None, True, None
    year = anchor.year + n
    if kind == "year":
        return f"{year:04d}", False, None
    if kind == "early":
        end = min(anchor, date(year, 6, 30)) if n == 0 else date(year, 6, 30)
        return f"{year:04d}", False, [f"{year:04d}-01-01", end.isoformat()]
    if kind == "late":
        start = max(anchor, date(year, 7, 1)) if n == 0 else date(year, 7, 1)
        return f"{year:04d}", False, [start.isoformat(), f"{year:04d}-12-31"]
    if kind == "recent":
        return None, False, [(anchor - timedelta(days=n)).isoformat(), anchor.isoformat()]
    return None, True, None


def find_times(text: str, anchor: date | None) -> list[Time]:
    """Every temporal expression in `text`, in order, resolved against `anchor` (or partial)."""
    times: list[Time] = []
    weekdays: dict[int, tuple[str, bool]] = {}  # 周三（9月13日） tells what a later bare 周三 means
    for m in _PATTERN.finditer(text):
        if m.group("rel"):
            offset = {"上": -1, "下": 1}.get(m.group("rel"), 0)
            weekday = "一二三四五六日".find(m.group("wdn").replace("天", "日")) + 1
            if anchor is None:
                value, partial, span_range = None, True, None
            else:
                day = anchor + timedelta(weeks=offset, days=weekday - anchor.isoweekday())
                value, partial, span_range = day.isoformat(), False, None
        elif m.group("word"):
            word = _WORDS[m.group("word")]
            value, partial, span_range = _relative(word, _number(m.group("wm")), _number(m.group("wd")), anchor)
            inner = _PDATE.fullmatch(m.group("pdate") or "")
            resolved = inner and _ymd(_number(inner["y"]), _number(inner["m"]), _number(inner["d"]), anchor)
            if resolved:
                value, partial = resolved
                if word.kind == "weekday":
                    weekdays[word.value or 0] = resolved
            elif word.kind == "weekday" and word.value in weekdays:
                value, partial = weekdays[word.value]
        elif m.group("y") or m.group("m"):
            resolved = _ymd(_number(m["y"]), _number(m["m"]), _number(m["d"]), anchor)
            if resolved is None:
                continue
            (value, partial), span_range = resolved, None
        else:
            continue
        start = m.start() if m.group("since") and m.group("until") else m.start() + len(m.group("since") or "")
        end = m.end() if m.group("until") else m.end() - len(m.group("until") or "")
        if m.group("since") and m.group("until"):
            span_range = [value, anchor.isoformat() if anchor else None]
        times.append(Time(span=Span(start, end), text=text[start:end], value=value, partial=partial, range=span_range))
    return times


@component("times", assigns=["times"])
def times(doc: Doc) -> None:
    """Fill `doc.times`, resolving against `doc.anchor` (the `--date` option or the publication date)."""
    anchor = date.fromisoformat(doc.anchor) if doc.anchor else None
    doc.times = find_times(doc.text, anchor)
