"""Doc (as its schema dict) → a readable terminal page, drawn with rich."""

from __future__ import annotations

from typing import Any

from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from newsmine.render.quotes import quotes_table, speaker_groups


def report(data: dict[str, Any]) -> RenderableType:
    """The report of one document: title, section, byline, lead, figures, who said what, contributors."""
    article = data["article"]
    parts: list[RenderableType] = []
    heading = Text(article["title"], style="bold")
    if article.get("section"):
        heading = Text.assemble((f"[{article['section']}] ", "dim"), heading)
    parts.append(heading)
    meta = [x for x in (article.get("published"), article.get("url"), data.get("source")) if x]
    if meta:
        parts.append(Text(" · ".join(meta), style="dim"))
    if article["authors"]:
        parts.append(Text.assemble(("By ", "dim"), *_people(article["authors"])))
    if article.get("lead"):
        parts += [Text(""), Padding(Text(article["lead"], style="italic"), (0, 2))]

    if article["figures"]:
        parts += [Text(""), Rule("Figures", align="left", style="dim")]
        table = Table(show_header=True, header_style="bold", box=None, padding=(0, 1))
        for column in ("#", "image", "caption", "credit"):
            table.add_column(column)
        for i, fig in enumerate(article["figures"], 1):
            table.add_row(str(i), fig["src"], fig.get("caption") or Text("—", style="dim"),
                          fig.get("credit") or Text("—", style="dim"))
        parts.append(table)

    parts += who_said_what(data)

    if article["contributors"]:
        parts += [Text(""), Text.assemble(("Additional reporting: ", "dim"), *_people(article["contributors"]))]
    paragraphs = sum(1 for b in article["blocks"] if b["type"] == "paragraph")
    parts += [Text(""), Text(f"{paragraphs} paragraphs, {len(data['text'])} characters, "
                             f"{len(data['sentences'])} sentences", style="dim")]
    return Group(*parts)


def who_said_what(data: dict[str, Any]) -> list[RenderableType]:
    """The "Who said what" section: the document's quotes grouped by speaker (nothing if none)."""
    groups = speaker_groups(data)
    if not groups:
        return []
    return [Text(""), Rule("Who said what", align="left", style="dim"), quotes_table(groups)]


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
