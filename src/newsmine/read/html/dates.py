"""Publication dates as pages write them → ISO `YYYY-MM-DD`."""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from newsmine.data import lines

_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
_SLASH = re.compile(r"(?<!\d)(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?!\d)")
_CJK = re.compile(r"(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_DMY = re.compile(r"(?<!\d)(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)")
_WORD_MDY = re.compile(r"\b([^\W\d_]{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
_WORD_DMY = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\.?\s+([^\W\d_]{3,10})\.?,?\s+(\d{4})\b")
_EPOCH_MS = re.compile(r"^1\d{12}$")  # milliseconds since 1970, 2001-09 to 2286
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:\d{4}|\d{6})?$")  # 20230414, 202304142052 (a `livetime` meta), 20230414205200


def to_iso(text: str | None) -> str | None:
    """The first plausible calendar date in `text`, as `YYYY-MM-DD`, or None."""
    if not text:
        return None
    text = text.strip()
    if (m := _COMPACT.match(text)) and (got := _make(m.groups(), "ymd")):
        return got
    if _EPOCH_MS.match(text):
        from datetime import datetime, timezone

        return datetime.fromtimestamp(int(text[:10]), tz=timezone.utc).date().isoformat()
    for pattern, order in ((_ISO, "ymd"), (_CJK, "ymd"), (_SLASH, "ymd"), (_DMY, "dmy")):
        m = pattern.search(text)
        if m:
            got = _make(m.groups(), order)
            if got:
                return got
    m = _WORD_MDY.search(text)
    if m and (month := _month(m.group(1))):
        return _make((m.group(3), str(month), m.group(2)), "ymd")
    m = _WORD_DMY.search(text)
    if m and (month := _month(m.group(2))):
        return _make((m.group(3), str(month), m.group(1)), "ymd")
    return None


@cache
def _months() -> dict[str, int]:
    table: dict[str, int] = {}
    for line in lines("month_names"):
        number, *names = line.split("\t")
        table.update((n, int(number)) for n in names)
    return table


def _month(word: str) -> int | None:
    return _months().get(word.lower())


def _make(groups: tuple[str, ...], order: str) -> str | None:
    y, mo, d = (groups[0], groups[1], groups[2]) if order == "ymd" else (groups[2], groups[1], groups[0])
    try:
        value = date(int(y), int(mo), int(d))
    except ValueError:
        return None
    return value.isoformat() if 1990 <= value.year <= 2100 else None
