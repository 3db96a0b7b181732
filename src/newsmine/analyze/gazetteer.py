"""Gazetteers (countries and capitals, places, international bodies, government bodies, news
agencies, companies, sports clubs and leagues, parties, universities, think tanks, heads of state and government) from the data files, for lookup and for finding their
names in text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from newsmine import data
from newsmine.analyze.text import alternation
from newsmine.model import EntityType

_SOURCES: tuple[tuple[str, EntityType], ...] = (
    ("countries", "LOC"), ("places", "LOC"), ("international_bodies", "ORG"),
    ("government_bodies", "ORG"), ("news_agencies", "ORG"), ("companies", "ORG"),
    ("sports_clubs", "ORG"), ("sports_leagues", "ORG"), ("parties", "ORG"), ("universities", "ORG"),
    ("think_tanks", "ORG"),
    ("leaders", "PER"),
)


@dataclass(frozen=True)
class Known:
    """A gazetteer entry: its canonical Chinese name, type and English names."""

    name: str
    type: EntityType
    english: tuple[str, ...]


@cache
def _index() -> tuple[dict[str, Known], dict[str, Known]]:
    """Names of two or more characters → entry; single-character abbreviations (俄, 朝) → entry."""
    names: dict[str, Known] = {}
    short: dict[str, Known] = {}
    for source, kind in _SOURCES:
        for row in data.table(source):
            english = (row["english"], *data.split_aliases(row.get("english_aliases", "")))
            entry = Known(row["name"], kind, tuple(e for e in english if e))
            for alias in (row["name"], *data.split_aliases(row.get("aliases", ""))):
                target = short if len(alias) == 1 else names
                target.setdefault(alias, entry)
            if row.get("capital") and row.get("capital_english"):
                capital = Known(row["capital"], "LOC", (row["capital_english"],))
                names.setdefault(row["capital"], capital)
    for row in data.table("abbreviations"):
        entry = names.get(row["name"]) or Known(row["name"], row["type"], ())  # type: ignore[arg-type]
        short[row["abbreviation"]] = entry
    return names, short


@cache
def names_in(table: str) -> frozenset[str]:
    """Every name and Chinese alias of gazetteer `table` (a data file with `name` and `aliases` columns)."""
    return frozenset(name for row in data.table(table)
                     for name in (row["name"], *data.split_aliases(row.get("aliases", ""))))


def countries() -> frozenset[str]:
    """Every name and Chinese alias of a country or territory (朝鲜, 北韩, 台湾)."""
    return names_in("countries")


def known(folded: str) -> Known | None:
    """The gazetteer entry named `folded` (a folded name of two or more characters)."""
    return _index()[0].get(folded)


def abbreviation(char: str) -> Known | None:
    """The country a one-character abbreviation stands for (俄 → 俄罗斯), if any."""
    return _index()[1].get(char)


@cache
def abbreviated_also(char: str) -> tuple[str, ...]:
    """The other names a one-character abbreviation stands for when an article names them and not its
    full name (澳: 澳门 beside 澳大利亚)."""
    return next((tuple(data.split_aliases(row["also"])) for row in data.table("abbreviations")
                 if row["abbreviation"] == char), ())


def lookup(folded: str) -> EntityType | None:
    """The type of a gazetteer name, or None."""
    entry = known(folded)
    return entry.type if entry else None


def english_names(folded: str) -> tuple[str, ...]:
    """The English names of a gazetteer entry (empty when unknown)."""
    entry = known(folded) or (abbreviation(folded) if len(folded) == 1 else None)
    return entry.english if entry else ()


@cache
def _pattern() -> re.Pattern[str]:
    """Every gazetteer name, as one trie alternation (the longest name at a place wins)."""
    return re.compile(alternation(_index()[0]))


@lru_cache(maxsize=4)
def find(folded: str) -> tuple[tuple[int, int, Known], ...]:
    """Non-overlapping gazetteer names in `folded`, longest first at each position (kept for the
    last few texts: the tagger's mentions and the body repairs both read one document's)."""
    names = _index()[0]
    return tuple((m.start(), m.end(), names[m.group()]) for m in _pattern().finditer(folded))


_LATIN = "A-Za-zÀ-ÖØ-öø-ÿ0-9_"


@cache
def _english_pattern() -> tuple[re.Pattern[str], dict[str, Known]]:
    by_name: dict[str, Known] = {}
    for entry in list(_index()[0].values()):
        # the name itself and abbreviations (US, DPRK); adjectives (Russian) name no place
        for english in entry.english[:1] + tuple(e for e in entry.english[1:] if e.replace(".", "").isupper()):
            if len(english) >= 3 or english.isupper():
                by_name.setdefault(english, entry)
    # bounded by what is no Latin letter or digit: in Chinese prose a name touches Chinese characters (`，WTO的`)
    return re.compile(rf"(?<![{_LATIN}.])(?:{alternation(by_name)})(?![{_LATIN}])"), by_name


def find_english(text: str) -> list[tuple[int, int, Known]]:
    """Gazetteer entries named in English (Russia, the Kremlin, BBC), case as written."""
    pattern, by_name = _english_pattern()
    return [(m.start(), m.end(), by_name[m.group()]) for m in pattern.finditer(text)]
