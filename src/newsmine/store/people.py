"""People across articles: one `people` row per real-world referent.

A PER entity joins a person through the original name of its gloss (普京 and 普丁 both glossed
Vladimir Putin) and through the exact rendering after simplified/traditional conversion (習近平 =
习近平). Names are never matched by similarity. A rendering seen with an original name never joins a
person known under a different original name; two people that turn out to share an original name
are merged.

`person_names` keeps, per person, every written form (kind `name`, `original` or `alias`), its
join key and how many entities use it, so a lookup costs the same at 100 or 100,000 articles.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from newsmine.store.db import Store
from newsmine.names import name_key, original_key, to_simplified


def assign(store: Store, entity_id: int, name: str, original: str | None, aliases: Iterable[str] = ()) -> int:
    """Attach entity `entity_id` to its person (found, merged or created) and return the person id."""
    nk, ok = name_key(name), original_key(original)
    person: int | None = None
    if ok:
        found = sorted({*_owners(store, "original", ok), *(_unglossed(store, nk) if nk else [])})
        if found:
            person = found[0]
            for other in found[1:]:
                merge(store, other, into=person)
    elif nk:
        found = _owners(store, "name", nk)
        if len(found) == 1:
            person = found[0]
        elif found:
            loose = _unglossed(store, nk)
            person = loose[0] if loose else None
    if person is None:
        person = store.insert("INSERT INTO people (name, original_name) VALUES (?, ?)", (name, original))
    store.execute("UPDATE entities SET person_id = ? WHERE id = ?", (person, entity_id))
    for kind, form, key in _forms(name, original, aliases):
        _count(store, person, kind, key, form, +1)
    return person


def _forms(name: str, original: str | None, aliases: Iterable[str]) -> list[tuple[str, str, str]]:
    out = [("name", name, name_key(name) or name)]
    if original:
        out.append(("original", original, original_key(original) or original))
    out += [("alias", a, name_key(a) or a) for a in dict.fromkeys(aliases) if a and a != name]
    return out


def _owners(store: Store, kind: str, key: str) -> list[int]:
    rows = store.query("SELECT DISTINCT person_id FROM person_names WHERE kind = ? AND key = ?", (kind, key))
    return sorted(int(r["person_id"]) for r in rows)


def _unglossed(store: Store, nk: str) -> list[int]:
    """People known under rendering `nk` who have no original name at all."""
    rows = store.query("""SELECT DISTINCT n.person_id FROM person_names n WHERE n.kind = 'name' AND n.key = ?
        AND NOT EXISTS (SELECT 1 FROM person_names o WHERE o.person_id = n.person_id AND o.kind = 'original')""",
                       (nk,))
    return sorted(int(r["person_id"]) for r in rows)


def _count(store: Store, person: int, kind: str, key: str, form: str, delta: int) -> None:
    """Add `delta` uses of a form to a person (one upsert; removals never create a row)."""
    if delta < 0:
        store.execute("UPDATE person_names SET uses = uses + ? WHERE person_id = ? AND kind = ? AND form = ?",
                      (delta, person, kind, form))
        return
    store.execute("""INSERT INTO person_names (person_id, kind, key, form, uses) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (person_id, kind, form) DO UPDATE SET uses = person_names.uses + excluded.uses""",
                  (person, kind, key, form, delta))


def merge(store: Store, person: int, *, into: int) -> None:
    """Move every entity and name of `person` to `into` and drop `person`."""
    for r in store.query("SELECT kind, key, form, uses FROM person_names WHERE person_id = ?", (person,)):
        _count(store, into, r["kind"], r["key"], r["form"], int(r["uses"]))
    store.execute("UPDATE entities SET person_id = ? WHERE person_id = ?", (into, person))
    store.execute("DELETE FROM people WHERE id = ?", (person,))


def release(store: Store, article_id: int) -> set[int]:
    """Take the names of article `article_id`'s entities off their people (before it is deleted)."""
    touched: set[int] = set()
    for e in store.query("""SELECT person_id, name, original_name, aliases FROM entities
            WHERE article_id = ? AND person_id IS NOT NULL""", (article_id,)):
        pid = int(e["person_id"])
        touched.add(pid)
        for kind, form, key in _forms(e["name"], e["original_name"], json.loads(e["aliases"] or "[]")):
            _count(store, pid, kind, key, form, -1)
    store.execute(f"DELETE FROM person_names WHERE uses <= 0 AND person_id IN ({', '.join('?' * len(touched)) or 'NULL'})",
                  sorted(touched))
    return touched


def refresh(store: Store, people: Iterable[int]) -> None:
    """Recompute display names and the name index of `people`; drop those left without names."""
    for pid in sorted(set(people)):
        rows = store.query("SELECT kind, form, uses FROM person_names WHERE person_id = ?", (pid,))
        names = {r["form"]: int(r["uses"]) for r in rows if r["kind"] == "name"}
        if not names:
            store.execute("DELETE FROM people WHERE id = ?", (pid,))
            continue
        originals = {r["form"]: int(r["uses"]) for r in rows if r["kind"] == "original"}
        every = {r["form"] for r in rows}
        every |= {to_simplified(n) for n in every}
        name = min(names, key=lambda n: (-names[n], n))
        original = min(originals, key=lambda n: (-originals[n], n)) if originals else None
        search = "\n".join(sorted({n.casefold() for n in every}))
        store.execute("UPDATE people SET name = ?, original_name = ?, search_names = ? WHERE id = ?",
                      (name, original, search, pid))
