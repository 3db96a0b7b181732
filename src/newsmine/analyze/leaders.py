"""The country a state's people belong to: a head of state or government the gazetteers know, the
holder of an office only one state has (国务卿), and whoever works for a state body the article
writes after its country (中国|外交部); and the chamber a legislator's title names (参议员 → 参议院)."""

from __future__ import annotations

from functools import cache

from newsmine import data
from newsmine.analyze import gazetteer
from newsmine.model import Doc, Entity
from newsmine.names import fold


@cache
def _leader_countries() -> dict[str, str]:
    return {row["name"]: row["country"] for row in data.table("leaders") if row["country"]}


def _canonical(name: str) -> str:
    """A name as the gazetteers write it (習近平, 普丁 → 习近平, 普京), else folded."""
    entry = gazetteer.known(fold(name))
    return entry.name if entry is not None else fold(name)


def _affiliate(entity: Entity, other: str) -> None:
    if other != entity.id and other not in entity.affiliations:
        entity.affiliations.append(other)


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
            if led is not None and led in ids:
                _affiliate(entity, ids[led])


@cache
def _national_titles() -> dict[str, str]:
    return {row["title"]: row["country"] for row in data.table("national_titles")}


def national_titles_countries(doc: Doc) -> None:
    """The holder of an office only one state has (data/national_titles.tsv: 国务卿 → 美国) belongs to
    that state when the article names it, however the article writes the country (美國, 老美 aside)."""
    ids: dict[str, str] = {}
    for entity in doc.entities:
        if entity.type == "LOC":
            for name in (entity.name, *entity.aliases):
                ids.setdefault(_canonical(name), entity.id)
    for entity in doc.entities:
        if entity.type != "PER":
            continue
        for role in entity.roles:
            country = next((c for t, c in _national_titles().items() if fold(role.text).endswith(t)), None)
            if country is not None and _canonical(country) in ids:
                _affiliate(entity, ids[_canonical(country)])


def state_bodies_countries(doc: Doc) -> None:
    """A person who works for a state body (data/government_bodies.tsv) that the article writes, once
    at least, right after a country (中国|外交部) belongs to that country too, wherever else the body is
    written alone (外交部发言人某某): CONVENTIONS gives an official of a state the country. A body
    written after two countries (中国外交部, 俄罗斯外交部) gives neither."""
    countries = gazetteer.countries()
    at_end = {m.span.end: m for m in doc.mentions}
    countries_of: dict[str, set[str]] = {}
    bodies = gazetteer.names_in("government_bodies")
    for mention in doc.mentions:
        before = at_end.get(mention.span.start)
        if mention.type == "ORG" and mention.entity and fold(mention.text) in bodies and \
                before is not None and before.type == "LOC" and before.entity and fold(before.text) in countries:
            countries_of.setdefault(mention.entity, set()).add(before.entity)
    for entity in doc.entities:
        if entity.type == "PER":
            for body in list(entity.affiliations):
                if len(countries_of.get(body, ())) == 1:
                    _affiliate(entity, next(iter(countries_of[body])))


@cache
def _chamber_members() -> dict[str, str]:
    return {row["title"]: row["chamber"] for row in data.table("chamber_members")}


def chambers_of_members(doc: Doc) -> None:
    """A legislator whose title names a chamber (data/chamber_members.tsv: 参议员 → 参议院) belongs to it
    when the article names that chamber anywhere (美国参议院, 參議院), and to one chamber only: a
    document that names two senates (美国参议院, 法国参议院) gives neither."""
    chambers: dict[str, set[str]] = {}
    for entity in doc.entities:
        if entity.type == "ORG":
            for name in (entity.name, *entity.aliases):
                chamber = next((c for c in set(_chamber_members().values()) if fold(name).endswith(c)), None)
                if chamber is not None:
                    chambers.setdefault(chamber, set()).add(entity.id)
    for entity in doc.entities:
        if entity.type != "PER":
            continue
        for role in entity.roles:
            chamber = next((c for t, c in _chamber_members().items() if fold(role.text).endswith(t)), None)
            if chamber is not None and len(chambers.get(chamber, ())) == 1:
                _affiliate(entity, next(iter(chambers[chamber])))
