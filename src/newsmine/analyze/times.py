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

import re
from dataclasses import replace
from datetime import date, timedelta

from newsmine.analyze.fiscal import fiscal_years
from newsmine.analyze.pipeline import component
from newsmine.analyze.text import normalised
from newsmine.analyze.time_anchors import event_day, latest_told, stand_in_anchors, text_anchor, written_on
from newsmine.analyze.time_calendar import Context, Value, last_day, read_number
from newsmine.analyze.time_patterns import CONNECTOR, NOT_A_TIME, SCHEDULE, WORDS, YEAR_HEADING, expressions
from newsmine.analyze.time_values import learn, resolve
from newsmine.model import Doc, Span, Time

_COUNTING = set("一二两兩三四五六七八九十几幾多首")
_HABIT = ("每", "每个", "每個", "每逢", "逢", "黑色", "每年", "每年的", "每月", "每月的")  # habits (`每周三`,
# `逢星期六`, `每年6月至8月`), a name (`黑色星期五`)
_AGE = re.compile(r" ?(?:\d{1,3}|[一二三四五六七八九十]{1,3})(?:周)? ?[岁歲]")  # `今年30岁`: an age, not a time
_IDIOM_BEFORE = ("时至", "時至")  # `时至今日`: "to this day"
# A day word whose first character ends the word before it: `昆明天气`, `说明年轻人`, `如今年轻人`, `地上一周`
_WORD_BEFORE = {"明": set("昆光黎文聪聰说說表声聲证證发發清透鲜鮮英开開简簡严嚴分申阐闡标標查注指失神精辨照阳陽"),
                "今": set("如古当當现現"), "前": set("目"), "后": set("然"), "後": set("然"),  # `目前日产量`, `然后天亮`
                "去": set("过過失"),  # `过去年均`, `失去年轻`
                "上": set("地世身路网網线線桌手马馬晚早")}  # `地上一周`, `马上周末`, `晚上周末`
_LAST_YEAR = 2200  # a year written after this is a count of years (`5000年前`); forecasts reach 2100
_COMPARED = re.compile(r" ?(?:同期|同比)")  # `去年同期`: a base of comparison, not the year the paragraph tells of
_WEEKEND = ("周末", "週末")
_QUOTE_OPEN, _QUOTE_CLOSE = "“「『", "”」』"
_WRITTEN = set("0123456789〇零一二三四五六七八九十廿卅")
_SENTENCE_BREAK = re.compile(r"[。！？!?\n]")
_SENTENCE_END = re.compile(r"[。！？!?][”」』]? ?$")  # what ends a sentence, right before an expression
_MARKS = re.compile(f"[{_QUOTE_OPEN}{_QUOTE_CLOSE}《》]")  # the characters that open or close a quote or a title


def _widen(value: str, like: str, end: bool) -> str:
    """`value` written to the precision of `like` (`2020-03` → `2020-03-31` as an end beside a day)."""
    while len(value) < len(like) and value[:4].isdigit():
        y = int(value[:4])
        if len(value) == 4:
            value += "-12" if end else "-01"
        else:
            value += f"-{last_day(y, int(value[5:7])):02d}" if end else "-01"
    return value


def _in_year_before(lo: str, hi: str) -> str:
    """A range's start written without its year, moved to the year before its end (`12月中旬至明年1月`)."""
    while lo[:4].isdigit() and lo[5:] != "02-29" and f"{int(lo[:4]) + 1:04d}{lo[4:]}" <= hi:
        lo = f"{int(lo[:4]) + 1:04d}{lo[4:]}"
    return lo


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
                and CONNECTOR.fullmatch(norm, prev.span.end, t.span.start)):
            lo = prev.range[0] if prev.range else prev.value
            hi = t.range[1] if t.range else t.value
            if not lo.startswith("X") and not hi.startswith("X") and "W" not in lo + hi:
                lo, hi = _widen(lo, hi, False), _widen(hi, lo, True)
                lo = lo if "年" in prev.text else _in_year_before(lo, hi)
                merged = Value(lo, hi, prev.partial).time(Span(prev.span.start, t.span.end), "")
                if lo <= hi or prev.partial:
                    out[-1] = merged
                    continue
        out.append(t)
    return out


def _opens_sentence(norm: str, line_start: int, start: int) -> bool:
    """Whether an expression at `start` opens its paragraph or a sentence of it (`…裁员。2024年，…`):
    a year written there sets the scene for what the paragraph tells after it."""
    return not norm[line_start:start].strip() or bool(_SENTENCE_END.search(norm, max(line_start, start - 3), start))


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
    Republic of China year (1911 + 112); `民國112年` always is. A text with no anchor and no date of
    its own is read against two stand-in anchors (`time_anchors.stand_in_anchors`): a value both
    give is kept, one they give but for the year stays partial (`--09-03`), the rest as without them.
    A text with no anchor but dates written with their year (`2019年12月底`) has its months, days and
    holidays written without one read as the nearest to the latest such date, or to a later one the
    text has named before them (a story told in order); its relative words stay unresolved.
    """
    norm = normalised(text)
    anchor = written_on(norm, anchor) if anchor else text_anchor(norm)
    stand_ins = None if anchor else stand_in_anchors(norm)
    found = expressions(norm, roc)  # scanned once, read per anchor
    if stand_ins is None:
        told = None if anchor else latest_told(norm)
        return _find(text, norm, found, anchor, told=told, roc=roc)
    first, second_anchor, day_known = stand_ins
    bare = {t.span: t for t in _find(text, norm, found, None, roc=roc)}
    second = {t.span: t for t in _find(text, norm, found, second_anchor, day_known, roc=roc, stand_in=True)}
    out = []
    for t in _find(text, norm, found, first, day_known, roc=roc, stand_in=True):
        other = second.get(t.span)
        if other and (other.value, other.range) == (t.value, t.range):
            out.append(t)
        elif other and t.value and _but_the_year(t.value) == _but_the_year(other.value or "") != "":
            range_ = [_but_the_year(x) for x in t.range] if t.range else None
            out.append(Time(span=t.span, text=t.text, value=_but_the_year(t.value), partial=True,
                            range=range_ if range_ and all(range_) else None))
        elif t.span in bare:
            out.append(bare[t.span])
    return out


def _but_the_year(value: str) -> str:
    """`2043-09-03` → `--09-03`, `2043-09` → `--09`, an interval each end; "" when nothing is left (a
    year, a week)."""
    ends = value.split("/")
    if not all(len(e) in (7, 10) and e[:4].isdigit() and "W" not in e for e in ends):
        return ""
    return "/".join("-" + e[4:] for e in ends)


_THAT_IS = re.compile(  # `，也就是峰会举行的`, `，即`: what follows restates; not 即将, 即使, 即便, 即刻, 即时, 即日
    r"[，,] ?(?:也就是说?|亦即|即(?![将將使便刻时時日]))[^，,。；;！？]{0,16}$")


def _restates(t: Time, norm: str, start: int) -> bool:
    """Whether a day word at `start` restates the full date `t` right before it (`4月25日，也就是开幕的前一天`)."""
    return bool(t.value and len(t.value) == 10 and t.value[0].isdigit() and not t.range
                and _THAT_IS.search(norm, t.span.end, start))


_REPORTED = re.compile(r"[，,]?[^。！？\n]{0,12}?(?:表示|说|說|称|稱|指出|透露|强调|強調|介绍|介紹)[，,：:]")


def _reported_on(t: Time, norm: str, start: int) -> date | None:
    """The day `t` names when it dates a statement whose reported words hold the expression at `start`, in the same
    sentence (`6月10日，他表示，公司昨天…`): relative days in it count from that day."""
    if not t.value or len(t.value) != 10 or not t.value[0].isdigit() or t.range or t.text[:1] not in _WRITTEN:
        return None  # a date written out, not a day word counted from the anchor
    said = _REPORTED.match(norm, t.span.end, start)
    return date.fromisoformat(t.value) if said and not _SENTENCE_BREAK.search(norm, t.span.end, start) else None


def _day_in_brackets(t: Time, m: re.Match[str], norm: str) -> date | None:
    """The day a day alone in brackets (`m`) names right after the date `t` of a weekday or day word
    (`下周三（13日）`, `昨日（5日）`): the day of that weekday, within a week of `t`, whose date it is. The
    writer's date settles which week `上周四` means, whatever month the paragraph had in view."""
    if not m["d"] or m["m"] or m["y"] or not t.value or len(t.value) != 10 or not t.value[0].isdigit():
        return None
    if norm[t.span.end : m.start()].strip() != "(":
        return None
    day, said = read_number(m["d"]), date.fromisoformat(t.value)
    return next((said + timedelta(days=k) for k in (0, -7, 7) if (said + timedelta(days=k)).day == day), None)


def _weekday_of(t: Time, between: str) -> int | None:
    """The weekday of the date `t` when only `between` (spaces, a comma) separates it from what follows."""
    if between.strip(" ,，") or not t.value or len(t.value) != 10 or not t.value[0].isdigit():
        return None
    return date.fromisoformat(t.value).isoweekday()


def _not_a_date(m: re.Match[str], norm: str, titled: bool) -> bool:
    """Whether a match is no date: `上周围`, `本月刊`; habits (`每周三`, `逢星期五`, `每年6月`) and weekly schedules
    (`星期一至五`); an age (`今年30岁`), `时至今日`; a count (`一次月`); a day word whose first character ends the word before it
    (`昆明天气`); a day word in the name of a work or paper (`《周日邮报》`, `《今日美国》`); a year past
    `_LAST_YEAR`; a show's season (`《某节目》第二季`)."""
    before = norm[max(0, m.start() - 3) : m.start()]
    if NOT_A_TIME.match(norm, m.end()) or before.endswith(_HABIT) or m[0][0] == "次" and before[-1:] in _COUNTING:
        return True
    if m["word"] in ("今年", "今日") and (_AGE.match(norm, m.end()) or before.endswith(_IDIOM_BEFORE)):
        return True
    if m["word"] and before[-1:] in _WORD_BEFORE.get(m["word"][0], ()) or m["word"] in _WEEKEND and before.endswith("南方"):
        return True  # `昆明天气`, the paper `南方周末`
    if not m["rel"] and SCHEDULE.match(norm, m.end()):
        return True
    if m["y"] and m["y"].isdigit() and int(m["y"]) > _LAST_YEAR or m["q2"] and before.endswith("》"):
        return True  # `始于5000年前`: a count of years; `《某节目》第二季`: a season of a show
    return bool(titled and (m["word"] or m["rel"] or m["solo"] or m["tw"] or m["wcent"] or m["q2"]))


def _seen_from(m: re.Match[str], norm: str, ctx: Context, times: list[Time], first_day: date | None) -> Context:
    """What expression `m` reads from: for `事发次日`, `出事三天前` the incident's day (pinned by
    `事发当天（9月28日）`, else the first day the article names); for months right after a year word
    (`今年1-2月`), that year; else what came before."""
    if m["inc"] and not m["pdate"] or m["inc2"]:
        incident = ctx.incident or first_day
        return replace(ctx, day=incident, incident=incident)
    prev = times[-1] if times else None
    if (m["m"] and not m["y"] and prev and prev.value and len(prev.value) == 4 and prev.value.isdigit()
            and not norm[prev.span.end : m.start()].strip()):
        return replace(ctx, year=int(prev.value))
    return ctx


def _marks(norm: str, start: int, end: int, quoted: int, titled: int, ctx: Context) -> tuple[int, int]:
    """Whether, after the quotation and title marks between `start` and `end`, an expression is in quoted speech
    and in the title of a work; an opening quotation mark keeps the day the paragraph named as `ctx.said_on`."""
    for mark in _MARKS.finditer(norm, start, end):
        ch = mark.group()
        if ch in _QUOTE_OPEN and not quoted:
            quoted, ctx.said_on = 1, ctx.day if ctx.day and ctx.day_here else None
        elif ch in _QUOTE_CLOSE:
            quoted = 0
        elif ch in "《》":
            titled = ch == "《"
    return quoted, titled


def _find(text: str, norm: str, found: list[re.Match[str]], anchor: date | None,
          day_known: bool = True, told: date | None = None, roc: bool = False, stand_in: bool = False) -> list[Time]:
    """The expressions `found` in `norm` resolved against `anchor`, their text taken from `text`; unless
    `day_known`, words that count in days from it (`昨天`, `今`, `次日`) are left unresolved. Without an
    anchor, dates written without a year go to the occurrence nearest `told`, or nearest the latest
    date named so far when that is later. A `roc` (traditional-script) text keeps no mainland holiday
    arrangements. A `stand_in` anchor's year is made up: how far a named day lies behind it says nothing."""
    times: list[Time] = []
    ctx = Context(mainland=not roc)
    line_start = scanned = quoted = titled = 0  # every character is looked at once: linear in the text
    weekdays: dict[int, Value] = {}  # 周三（9月13日） tells what a later bare 周三 means
    first_day: date | None = None  # the first day the article names: the incident's, unless one is pinned
    skipped = -1  # where the last expression that is no date ends
    reached = told or date.min  # the latest date named so far, in a text without an anchor
    year_written = False  # whether the year in view was written out
    for m in found:
        newline = norm.rfind("\n", scanned, m.start())
        if newline >= 0:  # a new paragraph; a year standing alone as a heading still holds
            ctx = ctx.next_paragraph(bool(YEAR_HEADING.fullmatch(norm[line_start:newline].strip())))
            line_start = scanned = max(scanned, newline + 1)
            quoted = titled = 0
        quoted, titled = _marks(norm, scanned, m.start(), quoted, titled, ctx)
        scanned = max(scanned, m.start())
        if _not_a_date(m, norm, titled) or skipped >= 0 and CONNECTOR.fullmatch(norm, skipped, m.start()):
            skipped = m.end()  # and the end of its range (`每年6月至8月`)
            continue
        word = WORDS.get(m["word"] or "")
        if word and word.kind == "same" and times and not norm[times[-1].span.end : m.start()].strip(" 的"):
            continue  # `12月16日这天`: the date names the day
        restated = word and word.kind in ("same", "next") and times and _restates(times[-1], norm, m.start())
        said_on = ctx.said_on if quoted and word and word.kind == "day" else None  # “昨天…” counts from when it was said
        if not quoted and word and word.kind == "day" and times:
            said_on = _reported_on(times[-1], norm, m.start())  # `6月10日，他表示，公司昨天已提交文件`: 6-09
        by_day = m["solo"] or m["tw"] or word and word.kind in ("day", "same", "next", "pair")
        ctx.quoted = bool(quoted)
        if told and (m["m"] or m["d"] or m["hol"] and not m["hw"] or m["lm"] or m["lm2"] or m["wcent"] or m["cent"]):
            seen = ctx if year_written else replace(ctx, year=None, month=ctx.month and (None, ctx.month[1]))
            value = resolve(m, norm, seen, max(told, reached), written=False)
        else:
            seen = _seen_from(m, norm, ctx, times, first_day)
            value = resolve(m, norm, seen, said_on if said_on else anchor if day_known or not by_day else None,
                            story=not stand_in)
        bracketed = _day_in_brackets(times[-1], m, norm) if times else None
        if bracketed:  # `下周三（13日）`: the day the weekday is, which the day in brackets settles
            value = Value(bracketed.isoformat())
            times[-1].value = value.lo
        elif restated:  # `4月25日，也就是峰会举行的前一天`: the day just named
            value = Value(times[-1].value)
        elif word and word.kind == "same" and not m["inc"] and not m["pdate"]:
            day = event_day(norm, m.start(), [(t.span.start, t.span.end, t.value or "") for t in times])
            value = Value(day.isoformat()) if day else value  # `通报当天`: the day the notice was dated
        if word and word.kind == "weekday":
            if m["pdate"] and value:
                weekdays[word.value or 0] = value
            elif word.value in weekdays:
                value = weekdays[word.value or 0]
            elif times and _weekday_of(times[-1], norm[times[-1].span.end : m.start()]) == word.value:
                value = Value(times[-1].value, partial=times[-1].partial)  # `4月25日周日`: the date's weekday
        if value is None:
            if not (m["word"] or m["rel"] or m["hol"] or m["solo"] or m["lm"] or m["lm2"] or m["ld2"] or m["wcent"] or m["inc2"]):
                continue
            value = Value(None, partial=True)  # a relative word with no anchor: found, not resolved
        for start, end in _spans(m, norm):
            t = value.time(Span(start, end), text[start:end])
            if m["since"] and m["until"] and value.hi is None:  # `自6、7月份以来` keeps the months it names
                t.range = [value.lo or t.value, anchor.isoformat() if anchor else None]  # type: ignore[list-item]
            times.append(t)
        if m["inc"] and m["pdate"] and value.lo and len(value.lo) == 10 and value.lo[0].isdigit():
            ctx.incident = date.fromisoformat(value.lo)  # `事发当天（9月28日）`: what `事发次日` counts from
        year_before = ctx.year
        leading = _opens_sentence(norm, line_start, m.start()) and not _COMPARED.match(norm, m.end())
        learn(ctx, m, value, leading=leading)
        first_day = first_day or ctx.day
        if ctx.year != year_before:  # a year in view the text wrote, or one only inferred (`1月20日`)
            year_written = bool(m["y"] or m["py"] or m["roc"] or m["iy"] or m["word"] and not m["wm"])
        if told and value.lo and len(value.lo) >= 7 and value.lo[:4].isdigit() and "W" not in value.lo:
            reached = max(reached, date.fromisoformat(value.lo[:10] if len(value.lo) == 10 else value.lo[:7] + "-01"))
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
