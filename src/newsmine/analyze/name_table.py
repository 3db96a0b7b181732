"""The bilingual name table of several analysed documents: one row per named entity across them."""

from __future__ import annotations

from typing import Any

from newsmine.names import referent_keys

TYPE_ORDER = {"PER": 0, "ORG": 1, "LOC": 2}


def name_table(docs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows `{name, original_name, type, transliterated, aliases, roles, affiliations, articles}`.

    Entities of different documents are the same row when they are of one type and the same referent
    (`newsmine.names.referent_keys` meet: a written form or the original spelling in common); rows
    are ordered people, organisations, places, then by how many articles name them.
    """
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    for index, doc in enumerate(docs):
        names = {e["id"]: e["name"] for e in doc.get("entities", [])}
        for entity in doc.get("entities", []):
            forms = sorted(referent_keys(entity["name"], entity.get("original_name"), entity["aliases"]))
            row = next((rows[(entity["type"], f)] for f in forms if (entity["type"], f) in rows), None)
            if row is None:
                row = {"name": entity["name"], "original_name": None, "type": entity["type"],
                       "transliterated": False, "aliases": [], "roles": [], "affiliations": [], "articles": set()}
            elif len(entity["name"]) > len(row["name"]):
                row["aliases"].append(row["name"])
                row["name"] = entity["name"]
            for form in forms:
                rows.setdefault((entity["type"], form), row)
            row["original_name"] = row["original_name"] or entity.get("original_name")
            row["transliterated"] = row["transliterated"] or entity.get("transliterated", False)
            _extend(row["aliases"], [a for a in entity["aliases"] if a != row["name"]])
            _extend(row["roles"], [r["text"] for r in entity.get("roles", [])])
            _extend(row["affiliations"], [names[a] for a in entity.get("affiliations", []) if a in names])
            row["articles"].add(index)
    unique = {id(r): r for r in rows.values()}.values()
    out = [{**r, "aliases": [a for a in r["aliases"] if a != r["name"]], "articles": len(r["articles"])}
           for r in unique]
    return sorted(out, key=lambda r: (TYPE_ORDER[r["type"]], -r["articles"], r["name"]))


def _extend(target: list[str], items: list[str]) -> None:
    for item in items:
        if item not in target:
            target.append(item)
