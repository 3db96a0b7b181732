"""Decades and centuries (`1980年代`, `上世纪六、七十年代`, `60年代初`, `本世纪初`) as intervals of years."""

from __future__ import annotations

import re
from datetime import date

from newsmine.analyze.time_calendar import Value, read_number
from newsmine.analyze.time_patterns import PARTS


def decade(m: re.Match[str], anchor: date | None) -> Value | None:
    """`1980年代`, `八十年代`, `上世纪60年代初`, `六、七十年代` → an interval of years."""
    lo, hi = PARTS[("decade", m["dpart"])] if m["dpart"] else (0, 9)
    if m["rocd"]:  # `民國70年代`: the Republic of China's years 70 to 79, 1981 to 1990
        dec = read_number(m["dec"])
        if dec is None or dec >= 100 or m["cent"] or m["deca"]:
            return None
        return Value(f"{1911 + dec + lo:04d}", f"{1911 + dec + hi:04d}")
    last = _decade_start(read_number(m["dec"]), m["cent"], anchor)
    if last is None:
        return None
    if m["deca"] or m["deca2"]:  # `六、七十年代`, `60至70年代`, `七八十年代`: from the first decade to the end of the second
        first = read_number(m["deca"] or m["deca2"]) or 0
        if m["deca2"] and first * 10 + 10 != last % 100:  # `七八十年代`, not `三八十年代`
            return None
        first = _decade_start(first * 10 if first < 10 else first, m["cent"], anchor)
        return Value(f"{first:04d}", f"{last + 9:04d}") if first is not None and first < last else None
    return Value(f"{last + lo:04d}", f"{last + hi:04d}")


def _decade_start(dec: int | None, cent: str | None, anchor: date | None) -> int | None:
    """The first year of decade `dec` (`80`, `1980`) of the century `cent` names, else the likeliest one."""
    if dec is None:
        return None
    if dec >= 100:
        return dec
    if cent and cent.startswith("上"):  # the century before the anchor's
        return ((anchor.year - 1) // 100 - 1) * 100 + dec if anchor is not None else None
    if cent:
        return (read_number(cent[: cent.index("世")]) or 0) * 100 - 100 + dec
    if dec >= 30:  # `八十年代`: news names the 1930s to 1990s without their century
        return 1900 + dec
    if anchor is not None:  # `20年代`: the latest such decade that has begun
        return 2000 + dec if 2000 + dec <= anchor.year else 1900 + dec
    return None


_CENTURY_PARTS = {"初": (0, 9), "初期": (0, 9), "中": (40, 69), "中叶": (40, 69), "中葉": (40, 69), "中期": (40, 69),
                  "末": (90, 99), "末期": (90, 99), "上半叶": (0, 49), "上半葉": (0, 49), "前半叶": (0, 49), "前半葉": (0, 49),
                  "下半叶": (50, 99), "下半葉": (50, 99), "后半叶": (50, 99), "後半葉": (50, 99)}


def century(m: re.Match[str], anchor: date | None) -> Value | None:
    """`二十世纪`, `本世纪初`, `上世纪末` → an interval of years (a century from its year 00, as news counts it)."""
    cent = m["wcent"]
    if cent.startswith(("本", "上")):
        if anchor is None:
            return None
        base = anchor.year // 100 * 100 - (100 if cent.startswith("上") else 0)
    else:
        base = ((read_number(cent[: cent.index("世")]) or 0) - 1) * 100
    lo, hi = _CENTURY_PARTS.get(m["cpart"] or "", (0, 99))
    return Value(f"{base + lo:04d}", f"{base + hi:04d}")
