"""Doc (as its schema dict) → a readable terminal page, drawn with rich."""

from __future__ import annotations

from typing import Any

from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.rule import Rule
from rich.table import Table
from rich.text import Text


def report(data: dict[str, Any]) -> RenderableType:
    """The report of one document: title, section, byline, lead, figures, contributors."""
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

    parts += people_and_organisations(data)

    if article["figures"]:
        parts += [Text(""), Rule("Figures", align="left", style="dim")]
        table = Table(show_header=True, header_style="bold", box=None, padding=(0, 1))
        for column in ("#", "image", "caption", "credit"):
            table.add_column(column)
        for i, fig in enumerate(article["figures"], 1):
            table.add_row(str(i), fig["src"], fig.get("caption") or Text("—", style="dim"),
                          fig.get("credit") or Text("—", style="dim"))
        parts.append(table)

    if article["contributors"]:
        parts += [Text(""), Text.assemble(("Additional reporting: ", "dim"), *_people(article["contributors"]))]
    paragraphs = sum(1 for b in article["blocks"] if b["type"] == "paragraph")
    parts += [Text(""), Text(f"{paragraphs} paragraphs, {len(data['text'])} characters, "
                             f"{len(data['sentences'])} sentences", style="dim")]
    return Group(*parts)


def people_and_organisations(data: dict[str, Any]) -> list[RenderableType]:
    """The "People and organisations" section: each named entity with its original, roles and affiliations."""
    entities = [e for e in data.get("entities", []) if e["type"] in ("PER", "ORG")]
    if not entities:
        return []
    names = {e["id"]: e["name"] for e in data.get("entities", [])}
    table = Table(show_header=True, header_style="bold", box=None, padding=(0, 1))
    for column in ("name", "original", "type", "roles", "affiliations", "mentions"):
        table.add_column(column, justify="right" if column == "mentions" else "left")
    order = {"PER": 0, "ORG": 1}
    for e in sorted(entities, key=lambda e: (order[e["type"]], -len(e["mentions"]))):
        original = e.get("original_name") or ""
        if original and e.get("transliterated"):
            original += " (音译)"
        table.add_row(Text(e["name"], style="bold"), original or Text("—", style="dim"), e["type"],
                      "; ".join(r["text"] for r in e.get("roles", [])),
                      "; ".join(names.get(a, a) for a in e.get("affiliations", [])), str(len(e["mentions"])))
    return [Text(""), Rule("People and organisations", align="left", style="dim"), table]


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
