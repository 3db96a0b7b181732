"""A document's text as highlighted pieces, part by part: quotes, with names and times inside them.

Reads only the `newsmine/1` dict (as displaCy reads its plain dict). One pass over marks sorted once,
so the work grows with the text and the number of marks, never with their product. The templates
escape every piece; nothing here writes markup.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from newsmine.render.dates import readable
from newsmine.render.quotes import speaker_shown

_HTML_DATE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}-\d{2})$")  # values HTML's datetime= accepts


@dataclass
class Piece:
    """Plain text (`kind` None), or a mark (`quote`, `ent`, `time`) around text or child pieces."""

    text: str = ""
    kind: str | None = None
    classes: str = ""
    title: str | None = None
    href: str | None = None
    datetime: str | None = None
    quote: int | None = None
    children: list[Piece] = field(default_factory=list)


@dataclass
class PartView:
    """One part of the text (`byline`, `lead`, `block`, `contributors`; `block_type` for blocks) as pieces."""

    part: str
    pieces: list[Piece]
    block_type: str | None = None
    figure: dict[str, Any] | None = None


@dataclass(frozen=True)
class _Mark:
    start: int
    end: int
    piece: Piece


def highlight(data: dict[str, Any], links: Mapping[str, str] | None = None, *, lang: str = "en") -> list[PartView]:
    """Every part but the title, highlighted; `links` maps entity ids to addresses (the archive's people),
    and times are titled readably for `lang` (`render/dates.py`).

    Quotes do not overlap one another; a name or time lies inside one quote or outside all of them
    (one that crosses a quote's edge, a part's edge or an earlier mark is left plain).
    """
    text, links = data["text"], links or {}
    quotes = _first_of_overlapping(sorted(_quote_marks(data), key=lambda m: m.start))
    inner = sorted([*_entity_marks(data, links), *_time_marks(data, lang)], key=lambda m: (m.start, -m.end))
    inner = _outside_or_inside(_first_of_overlapping(inner), quotes)
    blocks, figures = data["article"]["blocks"], data["article"]["figures"]
    views: list[PartView] = []
    qi = ii = 0
    for part in sorted(data["parts"], key=lambda p: p["span"][0]):
        start, end = part["span"]
        part_quotes, qi = _within(quotes, qi, start, end)
        part_inner, ii = _within(inner, ii, start, end)
        if part["part"] == "title":
            continue
        view = PartView(part["part"], _nest(text, start, end, part_quotes, part_inner))
        if part["part"] == "block":
            block = blocks[part["block"]]
            view.block_type = block["type"]
            view.figure = figures[block["figure"]] if block["type"] == "figure" else None
        views.append(view)
    return views


def _within(marks: list[_Mark], i: int, start: int, end: int) -> tuple[list[_Mark], int]:
    """The marks from index i that lie inside [start, end), and the index after the last one that starts there."""
    while i < len(marks) and marks[i].start < start:
        i += 1
    taken = []
    while i < len(marks) and marks[i].start < end:
        if marks[i].end <= end:
            taken.append(marks[i])
        i += 1
    return taken, i


def _first_of_overlapping(marks: list[_Mark]) -> list[_Mark]:
    """Sorted marks without those that overlap an earlier kept one."""
    kept: list[_Mark] = []
    for m in marks:
        if m.end > m.start and (not kept or m.start >= kept[-1].end):
            kept.append(m)
    return kept


def _outside_or_inside(inner: list[_Mark], quotes: list[_Mark]) -> list[_Mark]:
    """The inner marks that do not cross a quote's edge (both lists sorted and non-overlapping)."""
    kept, j = [], 0
    for m in inner:
        while j < len(quotes) and quotes[j].end <= m.start:
            j += 1
        q = quotes[j] if j < len(quotes) else None
        if q is None or m.end <= q.start or (q.start <= m.start and m.end <= q.end):
            kept.append(m)
    return kept


def _nest(text: str, start: int, end: int, quotes: list[_Mark], inner: list[_Mark]) -> list[Piece]:
    """Pieces for [start, end): plain runs, inner marks, and quotes holding the inner marks inside them."""
    pieces: list[Piece] = []
    pos, i = start, 0
    for q in [*quotes, _Mark(end, end, Piece())]:
        run, i = _run(text, pos, q.start, inner, i)
        pieces += run
        if q.end > q.start:
            q.piece.children, i = _run(text, q.start, q.end, inner, i)
            pieces.append(q.piece)
        pos = q.end
    return pieces


def _run(text: str, start: int, end: int, inner: list[_Mark], i: int) -> tuple[list[Piece], int]:
    pieces, pos = [], start
    while i < len(inner) and inner[i].end <= end:
        m = inner[i]
        if pos < m.start:
            pieces.append(Piece(text[pos : m.start]))
        m.piece.text = text[m.start : m.end]
        pieces.append(m.piece)
        pos, i = m.end, i + 1
    if pos < end:
        pieces.append(Piece(text[pos:end]))
    return pieces, i


def _quote_marks(data: dict[str, Any]) -> list[_Mark]:
    entities = {e["id"]: e for e in data["entities"]}
    marks = []
    for i, q in enumerate(data["quotes"]):
        speaker = entities.get(q.get("speaker") or "")
        who = speaker_shown((speaker or {}).get("name"), q.get("speaker_text"), q.get("resolved_by"), q.get("confidence"))
        marks.append(_Mark(*q["span"], Piece(kind="quote", classes="quote", title=f"{q['kind']} quote · {who}", quote=i)))
    return marks


def _entity_marks(data: dict[str, Any], links: Mapping[str, str]) -> list[_Mark]:
    entities = {e["id"]: e for e in data["entities"]}
    marks = []
    for m in data["mentions"]:
        entity = entities.get(m.get("entity") or "") or {}
        title = entity.get("name") or m["text"]
        if entity.get("original_name"):
            title += f" ({entity['original_name']})"
        roles = entity.get("roles") or []
        title += f" · {roles[0]['text']}" if roles else f" · {m['type']}"
        marks.append(_Mark(*m["span"], Piece(kind="ent", classes=f"ent ent-{m['type']}", title=title,
                                             href=links.get(m.get("entity") or ""))))
    return marks


def _time_marks(data: dict[str, Any], lang: str) -> list[_Mark]:
    marks = []
    for t in data["times"]:
        value = t.get("value")
        title = readable(value, lang) or "unresolved"
        html_value = value if value and _HTML_DATE.match(value) else None
        marks.append(_Mark(*t["span"], Piece(kind="time", classes="time", title=title, datetime=html_value)))
    return marks
