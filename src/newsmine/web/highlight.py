"""Cut a stored document's text into segments for the article page: mentions, quotes and times.

Reads only the newsmine/1 dict (as displaCy reads its plain dict); the template escapes each piece.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from newsmine.render.quotes import speaker_shown


@dataclass
class Segment:
    """A run of text with the marks that cover all of it."""

    text: str
    classes: list[str] = field(default_factory=list)
    title: str | None = None
    href: str | None = None
    quote: int | None = None


def segments(doc: dict[str, Any], people: dict[str, int], *, skip_title: bool = True) -> list[Segment]:
    """The text as consecutive segments; `people` maps entity ids to archive person ids for links.

    With `skip_title`, the title part (shown as the page's heading) and the blank line after it are left out.
    """
    text = doc["text"]
    begin = 0
    if skip_title:
        title = next((p["span"] for p in doc.get("parts", []) if p["part"] == "title"), None)
        begin = title[1] if title else 0
        while begin < len(text) and text[begin] == "\n":
            begin += 1
    entities = {e["id"]: e for e in doc.get("entities", [])}
    marks: list[tuple[int, int, str, dict[str, Any]]] = []
    for i, q in enumerate(doc.get("quotes", [])):
        speaker = entities.get(q.get("speaker") or "")
        who = speaker_shown((speaker or {}).get("name"), q.get("speaker_text"), q.get("resolved_by"), q.get("confidence"))
        marks.append((*q["span"], "quote", {"title": f"{q['kind']} quote · {who}", "quote": i}))
    for t in doc.get("times", []):
        marks.append((*t["span"], "time", {"title": (t.get("value") or "?") + (" (partial)" if t.get("partial") else "")}))
    for m in doc.get("mentions", []):
        ent = entities.get(m.get("entity") or "") or {}
        bits = [ent.get("original_name") or ent.get("name") or m["text"]] + [r["text"] for r in ent.get("roles", [])[:1]]
        pid = people.get(m.get("entity") or "")
        marks.append((*m["span"], f"ent ent-{m['type']}",
                      {"title": " · ".join(bits), "href": f"/people/{pid}" if pid else None}))
    cuts = sorted({begin, len(text), *(s for s, _, _, _ in marks if s > begin), *(e for _, e, _, _ in marks if e > begin)})
    out: list[Segment] = []
    for start, end in zip(cuts, cuts[1:]):
        if start >= end:
            continue
        seg = Segment(text[start:end])
        titles: dict[str, str] = {}
        for s, e, cls, info in marks:
            if s <= start and end <= e:
                seg.classes.append(cls)
                titles.setdefault(cls.split()[0], info["title"])
                seg.href = seg.href or info.get("href")
                if cls == "quote":
                    seg.quote = info["quote"]
        seg.title = titles.get("ent") or titles.get("time") or titles.get("quote")
        out.append(seg)
    return out
