"""A head of state or government the gazetteers know belongs to the country (or body) they lead."""

from __future__ import annotations

from functools import cache

from newsmine import data
from newsmine.analyze import gazetteer
from newsmine.model import Doc
from newsmine.names import fold


@cache
def _leader_countries() -> dict[str, str]:
    return {row["name"]: row["country"] for row in data.table("leaders") if row["country"]}


def _canonical(name: str) -> str:
    """A name as the gazetteers write it (習近平, 普丁 → 习近平, 普京), else folded."""
    entry = gazetteer.known(fold(name))
    return entry.name if entry is not None else fold(name)


def leaders_countries(doc: Doc) -> None:
    """A head of state or government the gazetteers know belongs to the country (or body) they lead,
    when the article names it (the `country` column of data/leaders.tsv): 普京 → 俄罗斯 however the article titles him."""
    ids: dict[str, str] = {}
    for entity in doc.entities:
        for name in (entity.name, *entity.aliases):
            ids.setdefault(_canonical(name), entity.id)
    for entity in doc.entities:
        if entity.type == "PER":
            led = next((_leader_countries()[c] for n in (entity.name, *entity.aliases)
                        if (c := _canonical(n)) in _leader_countries()), None)
            if led is not None and led in ids and ids[led] != entity.id and ids[led] not in entity.affiliations:
                entity.affiliations.append(ids[led])
