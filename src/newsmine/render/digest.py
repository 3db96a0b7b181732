"""Views over a schema dict shared by the renderers: names of entities, the meeting, the timeline.

These only look things up and sort; every fact was computed by the analysers.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass
class EventView:
    """An event as a reader sees it: names instead of ids, the time's value and text."""

    index: int
    type: str
    trigger: str
    participants: list[str]
    place: str | None
    when: str | None
    when_text: str | None
    modality: str
    clause: str


@dataclass
class PersonView:
    """A person or organisation as the reports list it: roles as text, affiliations by name."""

    name: str
    original_name: str | None
    transliterated: bool
    type: str
    roles: list[str]
    affiliations: list[str]
    mentions: int


def span_text(data: dict[str, Any], span: list[int]) -> str:
    return data["text"][span[0] : span[1]]


def entity_label(data: dict[str, Any], entity_id: str | None) -> str | None:
    """`name (original)` of an entity id, or None."""
    for e in data["entities"]:
        if e["id"] == entity_id:
            return f"{e['name']} ({e['original_name']})" if e.get("original_name") else e["name"]
    return None


def events(data: dict[str, Any]) -> list[EventView]:
    """Every event with readable names, in text order."""
    out = []
    for i, e in enumerate(data["events"]):
        time = data["times"][e["time"]] if e.get("time") is not None else None
        out.append(EventView(
            index=i, type=e["type"], trigger=span_text(data, e["trigger"]),
            participants=[entity_label(data, p) or p for p in e["participants"]],
            place=entity_label(data, e.get("place")), when=time["value"] if time else None,
            when_text=time["text"] if time else None, modality=e["modality"],
            clause=span_text(data, e["span"]),
        ))
    return out


def people(data: dict[str, Any]) -> list[PersonView]:
    """People, then organisations, each most-mentioned first."""
    names = {e["id"]: e["name"] for e in data["entities"]}
    chosen = sorted((e for e in data["entities"] if e["type"] in ("PER", "ORG")),
                    key=lambda e: (e["type"] != "PER", -len(e["mentions"])))
    return [PersonView(name=e["name"], original_name=e.get("original_name"), transliterated=e.get("transliterated", False),
                       type=e["type"], roles=[r["text"] for r in e.get("roles", [])],
                       affiliations=[names.get(a, a) for a in e.get("affiliations", [])], mentions=len(e["mentions"]))
            for e in chosen]


def meeting(data: dict[str, Any]) -> EventView | None:
    """The meeting the article is about: the event its discussed topics point at."""
    linked = [t["event"] for t in data["topics"] if t.get("event") is not None]
    if not linked:
        return None
    return events(data)[linked[0]]


def discussed(data: dict[str, Any]) -> list[tuple[str, list[str]]]:
    """(topic, evidence sentences) of what the meeting discussed."""
    return [(t["label"], [span_text(data, s) for s in t["evidence"]])
            for t in data["topics"] if t.get("event") is not None]


def key_topics(data: dict[str, Any]) -> list[tuple[str, int]]:
    """(topic, number of sentences naming it) for the whole article."""
    return [(t["label"], len(t["evidence"])) for t in data["topics"] if t.get("event") is None]


def timeline(data: dict[str, Any]) -> list[EventView]:
    """Dated events, earliest first (partial dates after full ones), one per clause and type."""
    seen, out = set(), []
    for ev in events(data):
        if ev.when and (ev.clause, ev.type) not in seen:
            seen.add((ev.clause, ev.type))
            out.append(ev)
    return sorted(out, key=lambda ev: (ev.when[0] in "-X", ev.when, ev.index))  # type: ignore[index]


def coverage_note(data: dict[str, Any]) -> str | None:
    """What the analysis leaves out for an article that is not Chinese (None for a Chinese one)."""
    language = data["article"].get("language")
    if language == "zh":
        return None
    return (f"Analysis is Chinese-first: in this article (language: {language or 'not recognised'}) only places "
            "and organisations the gazetteers list are marked; people, quotes, times, events and topics "
            "are not analysed.")


def lang_tag(article: dict[str, Any]) -> str:
    """The article's BCP 47 tag: `zh-Hans`/`zh-Hant` for Chinese by script, else its language, else `und`."""
    if article.get("language") == "zh":
        return "zh-Hant" if article.get("script") == "traditional" else "zh-Hans"
    return article.get("language") or "und"
