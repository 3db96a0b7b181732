"""Who said what, from a document's schema dict: quotes grouped by speaker, and a speaker filter.

Reads only the `newsmine/1` dict (quotes and entities); computes no facts, only groups and selects.
"""

from __future__ import annotations

import re
from typing import Any

from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from newsmine.names import name_key

SHORT = 2
UNCERTAIN = 0.5  # a speaker attributed with less confidence than this is shown as uncertain


def uncertain(confidence: float | None) -> bool:
    return confidence is not None and confidence < UNCERTAIN


def speaker_shown(name: str | None, written: str | None, resolved_by: str | None,
                  confidence: float | None = None) -> str:
    """How a quote's speaker is shown: as written when it was written as a name (普丁), else the
    resolved entity's name (never a bare pronoun or nominal), marked when uncertain; an unnamed source
    as written; an unresolved mention as unresolved. Quotes stored before `resolved_by` existed show
    the speaker as written (`newsmine reanalyze` brings them up to date)."""
    if name:
        shown = written if written and resolved_by in ("name", None) else name
        return f"{shown} (uncertain)" if uncertain(confidence) else shown
    if not written:
        return "unknown speaker"
    if resolved_by == "unnamed":
        return f"{written} (unnamed source)"
    return f"unresolved: {written}"


def speaker_groups(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The document's quotes grouped by speaker (entity, else the speaker as written), first speaker first.

    Each group: `speaker` (`id`, `name`, `original_name`, `type`, `roles`, `aliases`), `names` (every
    name the speaker goes by here, for matching) and `quotes` (the quote dicts, in reading order).
    """
    entities = {e["id"]: e for e in data.get("entities", [])}
    groups: dict[tuple[str, str], dict[str, Any]] = {}
    for quote in data.get("quotes", []):
        entity = entities.get(quote["speaker"]) if quote["speaker"] else None
        if entity is not None:
            key = ("entity", entity["id"])
            speaker = {"id": entity["id"], "name": entity["name"], "original_name": entity.get("original_name"),
                       "type": entity["type"], "roles": _unique(r["text"] for r in entity.get("roles", [])),
                       "aliases": list(entity.get("aliases", []))}
        else:
            written = quote["speaker_text"] or ""
            # Unresolved one- or two-character speakers (他, 她们, 专家) are kept apart per statement:
            # the same pronoun or generic word in two places is usually not the same speaker.
            key = ("text", written if len(written) > SHORT else f"{written}@{quote['speaker_span']}")
            speaker = {"id": None, "name": written or None, "original_name": None, "type": None,
                       "roles": [], "aliases": [], "unnamed": quote.get("resolved_by") == "unnamed"}
        group = groups.setdefault(key, {"speaker": speaker, "names": [], "quotes": []})
        group["quotes"].append(quote)
        for name in (speaker["name"], speaker["original_name"], *speaker["aliases"], quote["speaker_text"]):
            if name and name not in group["names"]:
                group["names"].append(name)
    return list(groups.values())


def matches(group: dict[str, Any], name: str) -> bool:
    """Does NAME name this speaker? Any of their names, a title form (普京总统), a short form
    (阿基门科 for 瓦列里·阿基门科) or part of the original spelling (Putin)."""
    wanted = name_key(name) or ""
    if not wanted:
        return False
    for known in group["names"]:
        key = name_key(known) or ""
        if not key:
            continue
        if key == wanted or (len(key) >= 2 and wanted.startswith(key) and not key.isascii()):
            return True
        if "·" in known and len(wanted) >= 2 and key.endswith(wanted):
            return True
        if known.isascii() and name.isascii():
            words = set(re.findall(r"\w+", known.casefold()))
            if set(re.findall(r"\w+", name.casefold())) <= words:
                return True
    return False


def select(groups: list[dict[str, Any]], name: str | None, min_confidence: float = 0.0) -> list[dict[str, Any]]:
    """The groups whose speaker NAME names (all of them when NAME is None), keeping only the quotes
    attributed with at least `min_confidence`."""
    chosen = groups if name is None else [g for g in groups if matches(g, name)]
    if min_confidence <= 0:
        return chosen
    kept = [{**g, "quotes": [q for q in g["quotes"] if (q.get("confidence") or 0) >= min_confidence]} for g in chosen]
    return [g for g in kept if g["quotes"]]


def speaker_label(speaker: dict[str, Any]) -> Text:
    """`普京 (Vladimir Putin), 俄罗斯总统` — the name, original spelling and role; `(unnamed)` if none."""
    label = Text(speaker["name"] or "(unnamed)", style="bold")
    if speaker["original_name"]:
        label.append(f" ({speaker['original_name']})")
    if speaker["roles"]:
        label.append(f", {'; '.join(speaker['roles'])}", style="dim")
    if speaker["id"] is None and speaker["name"]:
        label.append("  unnamed source" if speaker.get("unnamed") else "  unresolved", style="dim italic")
    return label


def quotes_table(groups: list[dict[str, Any]]) -> RenderableType:
    """One block per speaker: the label, then each quote with its kind, cue and addressee."""
    parts: list[RenderableType] = []
    for group in groups:
        parts.append(speaker_label(group["speaker"]))
        table = Table(show_header=False, box=None, padding=(0, 1), expand=False)
        table.add_column("kind", style="dim", no_wrap=True)
        table.add_column("cue", style="cyan", no_wrap=True)
        table.add_column("quote", overflow="fold")
        for q in group["quotes"]:
            said = Text(q["text"])
            if q.get("addressee_text"):
                said.append(f"  → {q['addressee_text']}", style="dim")
            if uncertain(q.get("confidence")):
                said.append(f"  (speaker uncertain, {q['confidence']:.2f})", style="yellow")
            table.add_row(q["kind"], q["cue"] or "—", said)
        parts += [table, Text("")]
    return Group(*parts)


def render_quotes(groups: list[dict[str, Any]], *, title: str | None = None, width: int | None = None,
                  color: bool = False, empty: str = "no quotes") -> str:
    """The quotes of one document, grouped by speaker, as text (coloured for a terminal)."""
    console = Console(width=width or 100, record=True, force_terminal=color, color_system="auto" if color else None)
    with console.capture() as capture:
        if title:
            console.print(Text(title, style="bold underline"))
        console.print(quotes_table(groups) if groups else Text(empty, style="dim"))
    return capture.get()


def _unique(items: Any) -> list[str]:
    out: list[str] = []
    for item in items:
        if item not in out:
            out.append(item)
    return out
