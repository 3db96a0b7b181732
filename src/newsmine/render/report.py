"""Doc (as its schema dict) → a readable terminal page, drawn with rich.

The page answers the headline first (the meeting, what was discussed, who said what, the
timeline), then shows key topics, figures and contributors. It reads only the schema dict.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from newsmine.render import digest
from newsmine.render.dates import readable
from newsmine.render.quotes import quotes_table, speaker_groups

Section = Callable[[dict[str, Any]], list[RenderableType]]


def _header(data: dict[str, Any]) -> list[RenderableType]:
    article = data["article"]
    heading = Text(article["title"], style="bold")
    if article.get("section"):
        heading = Text.assemble((f"[{article['section']}] ", "dim"), heading)
    out: list[RenderableType] = [heading]
    meta = [x for x in (article.get("published"), article.get("url"), data.get("source")) if x]
    if meta:
        out.append(Text(" · ".join(meta), style="dim"))
    if article["authors"]:
        out.append(Text.assemble(("By ", "dim"), *_people(article["authors"])))
    if note := digest.coverage_note(data):
        out.append(Text(note, style="yellow"))
    if article.get("lead"):
        out += [Text(""), Padding(Text(article["lead"], style="italic"), (0, 2))]
    return out


def _meeting(data: dict[str, Any]) -> list[RenderableType]:
    meeting = digest.meeting(data)
    if meeting is None:
        return []
    out: list[RenderableType] = [_rule("The meeting")]
    rows = [("who", "、".join(meeting.participants) or "—"), ("where", meeting.place or "—"),
            ("when", f"{_when(data, meeting.when)} ({meeting.when_text})" if meeting.when else "—"),
            ("evidence", meeting.clause)]
    out.append(_pairs(rows))
    topics = digest.discussed(data)
    if topics:
        out.append(Text("What was discussed", style="bold"))
        table = Table(show_header=False, box=None, padding=(0, 1))
        table.add_column(style="bold")
        table.add_column()
        for label, evidence in topics:
            table.add_row(label, evidence[0] + (f"  (+{len(evidence) - 1})" if len(evidence) > 1 else ""))
        out.append(table)
    return out


def _timeline(data: dict[str, Any]) -> list[RenderableType]:
    events = digest.timeline(data)
    if not events:
        return []
    table = Table(show_header=True, header_style="bold", box=None, padding=(0, 1))
    for column in ("when", "what", "who", "where", "evidence"):
        table.add_column(column)
    for ev in events:
        what = ev.type if ev.modality == "asserted" else f"{ev.type} ({ev.modality})"
        table.add_row(_when(data, ev.when), what, "、".join(ev.participants), ev.place or "", ev.clause)
    return [_rule("Timeline"), table]


def _when(data: dict[str, Any], value: str | None) -> str:
    """A time value as the article's reader says it (九月十三日（年份不详）); the JSON keeps `--09-13`."""
    return readable(value, digest.lang_tag(data["article"]))


def _who_said_what(data: dict[str, Any]) -> list[RenderableType]:
    """Quotes grouped by speaker (nothing if none)."""
    groups = speaker_groups(data)
    if not groups:
        return []
    return [_rule("Who said what"), quotes_table(groups)]


def _topics(data: dict[str, Any]) -> list[RenderableType]:
    topics = digest.key_topics(data)
    if not topics:
        return []
    return [_rule("Key topics"), Text("  ".join(f"{label} ×{n}" for label, n in topics[:12]))]


def _figures(data: dict[str, Any]) -> list[RenderableType]:
    figures = data["article"]["figures"]
    if not figures:
        return []
    table = Table(show_header=True, header_style="bold", box=None, padding=(0, 1))
    for column in ("#", "image", "caption", "credit"):
        table.add_column(column)
    for i, fig in enumerate(figures, 1):
        table.add_row(str(i), fig["src"], fig.get("caption") or Text("—", style="dim"),
                      fig.get("credit") or Text("—", style="dim"))
    return [_rule("Figures"), table]


def _footer(data: dict[str, Any]) -> list[RenderableType]:
    article = data["article"]
    out: list[RenderableType] = []
    if article["contributors"]:
        out += [Text(""), Text.assemble(("Additional reporting: ", "dim"), *_people(article["contributors"]))]
    paragraphs = sum(1 for b in article["blocks"] if b["type"] == "paragraph")
    out += [Text(""), Text(f"{paragraphs} paragraphs, {len(data['text'])} characters, "
                           f"{len(data['sentences'])} sentences", style="dim")]
    return out


def _rule(title: str) -> RenderableType:
    return Group(Text(""), Rule(title, align="left", style="dim"))


def _pairs(rows: list[tuple[str, str]]) -> Table:
    table = Table(show_header=False, box=None, padding=(0, 1))
    table.add_column(style="dim")
    table.add_column()
    for key, value in rows:
        table.add_row(key, value)
    return table


def _people_and_organisations(data: dict[str, Any]) -> list[RenderableType]:
    """The "People and organisations" section: each named entity with its original, roles and affiliations."""
    people = digest.people(data)
    if not people:
        return []
    table = Table(show_header=True, header_style="bold", box=None, padding=(0, 1))
    for column in ("name", "original", "type", "roles", "affiliations", "mentions"):
        table.add_column(column, justify="right" if column == "mentions" else "left")
    for p in people:
        original = p.original_name or ""
        if original and p.transliterated:
            original += " (音译)"
        table.add_row(Text(p.name, style="bold"), original or Text("—", style="dim"), p.type,
                      "; ".join(p.roles), "; ".join(p.affiliations), str(p.mentions))
    return [_rule("People and organisations"), table]


SECTIONS: list[Section] = [_header, _meeting, _who_said_what, _people_and_organisations, _timeline, _topics,
                           _figures, _footer]


def report(data: dict[str, Any]) -> RenderableType:
    """The report of one document, section by section."""
    return Group(*[part for section in SECTIONS for part in section(data)])


def _people(people: list[dict[str, Any]]) -> list[Text | str]:
    out: list[Text | str] = []
    for i, p in enumerate(people):
        if i:
            out.append("; ")
        out.append(Text(p["name"], style="bold"))
        if p.get("original_name"):
            out.append(f" ({p['original_name']})")
        if p.get("role"):
            out.append(Text(f", {p['role']}", style="dim"))
    return out


def render_report(data: dict[str, Any], *, width: int | None = None, color: bool = False) -> str:
    """The report as text: plain for files and pipes, with colours for a terminal."""
    console = Console(width=width or 100, record=True, force_terminal=color, color_system="auto" if color else None)
    with console.capture() as capture:
        console.print(report(data))
    return capture.get()
