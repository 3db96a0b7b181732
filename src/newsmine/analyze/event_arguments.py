"""Type-specific event arguments: the amount of a deal or fine, the casualties of a disaster, the court
of a trial, the term of a sentence, the head count of a layoff or strike, the magnitude of a quake.

Each is a pattern over the folded text of the trigger's sentence (numbers, Chinese numerals and the
units news writes them with), kept only for types whose roles in `data/event_types.tsv` name it.
"""

from __future__ import annotations

import re

from newsmine.model import Argument, Mention, Span

_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[一二两三四五六七八九十百千万亿几数]+"  # the folded text: ASCII digits
_ABOUT = r"(?:约|近|逾|超过|至少|多达|高达)?"
_PATTERNS: dict[str, re.Pattern[str]] = {
    "amount": re.compile(
        rf"{_ABOUT}(?:{_NUMBER})(?:多|余)?(?:万|亿|千|百万|千万)?"
        r"(?:美元|元|人民币|港元|港币|欧元|英镑|日元|韩元|新台币|台币|卢布|美金)"),
    "casualties": re.compile(
        rf"{_ABOUT}(?:{_NUMBER})(?:多|余)?(?:人|名[^\s,。]{{0,4}}?)(?:死亡|遇难|丧生|罹难|身亡|受伤|伤亡|失踪|被困)"),
    "count": re.compile(rf"{_ABOUT}(?:{_NUMBER})(?:多|余)?(?:万|千)?(?:人|名|例|位)"),
    "term": re.compile(rf"(?:有期徒刑|监禁|入狱|徒刑|拘役)(?:{_NUMBER})(?:年|个月)(?:半)?|(?:{_NUMBER})(?:年|个月)(?:有期徒刑|监禁|徒刑)"
                       r"|无期徒刑|死刑"),
    "magnitude": re.compile(rf"(?:{_NUMBER})级"),
}
_COURTS = ("法院", "法庭")


def sentence_arguments(folded: str, text: str, sentence: Span, mentions: list[Mention]) -> list[Argument]:
    """The first match of each role's pattern in the sentence, and its first court; an event keeps its type's roles."""
    out: list[Argument] = []
    for role, pattern in _PATTERNS.items():
        m = pattern.search(folded, sentence.start, sentence.end)
        if m:
            out.append(Argument(role, text[m.start():m.end()], Span(m.start(), m.end())))
    court = next((x for x in mentions if x.type == "ORG" and folded[x.span.start:x.span.end].endswith(_COURTS)), None)
    if court:
        out.append(Argument("court", court.text, court.span))
    return sorted(out, key=lambda a: a.span.start)
