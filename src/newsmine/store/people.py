"""People across articles: one `people` row per real-world referent.

A PER entity joins a person through the original name of its gloss (普京 and 普丁 both glossed
Vladimir Putin) and through the exact rendering after simplified/traditional conversion (習近平 =
习近平). Names are never matched by similarity. A rendering seen with an original name never joins a
person known under a different original name; two people that turn out to share an original name
are merged.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable

from newsmine.store.db import Store
from newsmine.store.words import name_key, original_key, to_simplified


def assign(store: Store, entity_id: int, name: str, original: str | None) -> int:
    """Attach entity `entity_id` to its person (found, merged or created) and return the person id."""
    nk, ok = name_key(name), original_key(original)
    person: int | None = None
    if ok:
        same_original = _ids(store, "SELECT DISTINCT person_id FROM entities "
                                    "WHERE original_key = ? AND person_id IS NOT NULL", (ok,))
        unglossed = _unglossed_with_rendering(store, nk) if nk else []
        found = sorted({*same_original, *unglossed})
        if found:
            person = found[0]
            for other in found[1:]:
                merge(store, other, into=person)
    elif nk:
        found = _ids(store, "SELECT DISTINCT person_id FROM entities "
                            "WHERE name_key = ? AND person_id IS NOT NULL", (nk,))
        if len(found) == 1:
            person = found[0]
        elif found:
            loose = _unglossed_with_rendering(store, nk)
            person = loose[0] if loose else None
    if person is None:
        person = store.insert("INSERT INTO people (name, original_name) VALUES (?, ?)", (name, original))
    store.execute("UPDATE entities SET person_id = ? WHERE id = ?", (person, entity_id))
    return person


def _ids(store: Store, sql: str, params: tuple) -> list[int]:
    return sorted(int(r["person_id"]) for r in store.query(sql, params))


def _unglossed_with_rendering(store: Store, nk: str) -> list[int]:
    """People known under rendering `nk` who have no original name at all."""
    return _ids(store, """SELECT DISTINCT e.person_id FROM entities e WHERE e.name_key = ?
        AND e.person_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM entities o
        WHERE o.person_id = e.person_id AND o.original_key IS NOT NULL)""", (nk,))


def merge(store: Store, person: int, *, into: int) -> None:
    """Move every entity of `person` to `into` and drop `person`."""
    store.execute("UPDATE entities SET person_id = ? WHERE person_id = ?", (into, person))
    store.execute("DELETE FROM people WHERE id = ?", (person,))


def refresh(store: Store, people: Iterable[int]) -> None:
    """Recompute display names and the name index of `people`; drop those left without entities."""
    for pid in sorted(set(people)):
        rows = store.query("""SELECT name, original_name, aliases, COUNT(*) AS n FROM entities
            WHERE person_id = ? GROUP BY name, original_name, aliases""", (pid,))
        if not rows:
            store.execute("DELETE FROM people WHERE id = ?", (pid,))
            continue
        names: Counter[str] = Counter()
        originals: Counter[str] = Counter()
        every: set[str] = set()
        for r in rows:
            names[r["name"]] += int(r["n"])
            if r["original_name"]:
                originals[r["original_name"]] += int(r["n"])
            every.update(json.loads(r["aliases"] or "[]"))
        every |= set(names) | set(originals)
        every |= {to_simplified(n) for n in every}
        name = min(names, key=lambda n: (-names[n], n))
        original = min(originals, key=lambda n: (-originals[n], n)) if originals else None
        search = "\n".join(sorted(n.casefold() for n in every))
        store.execute("UPDATE people SET name = ?, original_name = ?, search_names = ? WHERE id = ?",
                      (name, original, search, pid))
