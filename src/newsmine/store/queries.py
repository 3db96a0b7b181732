"""The archive's queries, shared by the command line, the HTTP API and the web pages.

Every function takes an open Store and returns plain JSON-ready data; paged results are
`{"total", "limit", "offset", "items"}`.
"""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from typing import Any

from newsmine.errors import BadQuery
from newsmine.store.db import Store
from newsmine.names import name_key, original_key, to_simplified
from newsmine.store.words import fts5_query, query_phrases, tsquery_literal

MAX_LIMIT = 500
MAX_ID = 2**63 - 1
"""Ids and offsets are 64-bit signed integers in both backends."""
MAX_QUERY = 500
"""The longest name, word or phrase a query takes, in characters (a LIKE pattern and a tsquery word stay small)."""
TABLES = ("articles", "people", "person_names", "entities", "mentions", "glosses", "times", "quotes", "events", "topics")


def _page(limit: int, offset: int) -> tuple[int, int]:
    if int(offset) > MAX_ID:
        raise BadQuery(f"offset {offset} is past the largest ({MAX_ID})")
    return max(1, min(int(limit), MAX_LIMIT)), max(0, int(offset))


def check_text(**values: str | None) -> None:
    """Refuse a text parameter over MAX_QUERY characters or holding a NUL (`check_text(q=q, outlet=outlet)`)."""
    for name, value in values.items():
        if value is None:
            continue
        if len(value) > MAX_QUERY:
            raise BadQuery(f"{name} is {len(value)} characters long, over the limit of {MAX_QUERY}")
        if "\x00" in value:
            raise BadQuery(f"{name} holds a NUL character")


def _marks(values: list[Any]) -> str:
    return ", ".join("?" for _ in values) or "NULL"


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def counts(store: Store) -> dict[str, int]:
    """How many rows each readable table holds."""
    return {t: int(store.scalar(f"SELECT COUNT(*) AS n FROM {t}")) for t in TABLES}


# --- people ---------------------------------------------------------------------------------


def find_people(store: Store, name: str, *, limit: int = 20) -> list[dict[str, Any]]:
    """People known by `name` in any script: exact rendering or original name first, then any part."""
    check_text(name=name)
    name = name.strip()
    if not name:
        return []
    exact = store.query(
        """SELECT DISTINCT person_id FROM person_names
        WHERE (kind IN ('name', 'alias') AND key = ?) OR (kind = 'original' AND key = ?)""",
        (name_key(name), original_key(name)))
    ids = [int(r["person_id"]) for r in exact]
    if not ids:
        forms = sorted({name.casefold(), to_simplified(name).casefold()})
        where = " OR ".join("search_names LIKE ? ESCAPE '\\'" for _ in forms)
        ids = [int(r["id"]) for r in store.query(f"SELECT id FROM people WHERE {where}", [_like(f) for f in forms])]
    if not ids:
        return []
    rows = store.query(
        f"""SELECT p.id, p.name, p.original_name, COUNT(DISTINCT e.article_id) AS articles
        FROM people p JOIN entities e ON e.person_id = p.id WHERE p.id IN ({_marks(ids)})
        GROUP BY p.id, p.name, p.original_name ORDER BY articles DESC, p.id LIMIT ?""", [*ids, limit])
    return rows


def person_ids(store: Store, name: str | None) -> list[int] | None:
    """The ids of the people `name` refers to; None when no name was given."""
    if name is None or not name.strip():
        return None
    check_text(name=name)
    if name.strip().isascii() and name.strip().isdigit() and int(name) <= MAX_ID:
        return [int(name)]
    return [p["id"] for p in find_people(store, name, limit=MAX_LIMIT)]


def person(store: Store, person_id: int, *, limit: int = 50) -> dict[str, Any] | None:
    """One person: renderings with counts per outlet, original names, roles over time, affiliations,
    quotes, articles and the people most often named with them."""
    if not 0 <= person_id <= MAX_ID:
        return None
    head = store.one("SELECT id, name, original_name FROM people WHERE id = ?", (person_id,))
    if head is None:
        return None
    renderings: dict[str, dict[str, Any]] = {}
    for r in store.query(
            """SELECT e.name, a.outlet, COUNT(DISTINCT a.id) AS articles FROM entities e
            JOIN articles a ON a.id = e.article_id WHERE e.person_id = ?
            GROUP BY e.name, a.outlet ORDER BY e.name, a.outlet""", (person_id,)):
        entry = renderings.setdefault(r["name"], {"name": r["name"], "articles": 0, "outlets": {}})
        entry["articles"] += int(r["articles"])
        entry["outlets"][r["outlet"] or "unknown"] = int(r["articles"])
    head["renderings"] = sorted(renderings.values(), key=lambda x: (-x["articles"], x["name"]))
    head["original_names"] = [r["original_name"] for r in store.query(
        """SELECT original_name, COUNT(*) AS n FROM entities WHERE person_id = ? AND original_name IS NOT NULL
        GROUP BY original_name ORDER BY n DESC, original_name""", (person_id,))]
    head["roles"] = _fold(store.query(
        """SELECT r.text AS role, MIN(a.published) AS first_seen, MAX(a.published) AS last_seen,
        COUNT(DISTINCT a.id) AS articles FROM roles r JOIN entities e ON e.id = r.entity_id
        JOIN articles a ON a.id = e.article_id WHERE e.person_id = ?
        GROUP BY r.text""", (person_id,)), "role")
    head["roles"].sort(key=lambda r: (r["first_seen"] or "", r["role"]))
    head["affiliations"] = _fold(store.query(
        """SELECT x.name, x.original_name, x.type, COUNT(DISTINCT x.article_id) AS articles
        FROM affiliations f JOIN entities e ON e.id = f.entity_id JOIN entities x ON x.id = f.affiliation_id
        WHERE e.person_id = ? GROUP BY x.name, x.original_name, x.type""", (person_id,)), "name")
    head["affiliations"].sort(key=lambda r: (-r["articles"], r["name"]))
    head["quotes"] = quotes(store, person=[person_id], limit=limit)["items"]
    head["articles"] = store.query(
        """SELECT DISTINCT a.id, a.title, a.published, a.outlet FROM articles a
        JOIN entities e ON e.article_id = a.id WHERE e.person_id = ?
        ORDER BY a.published DESC, a.id DESC LIMIT ?""", (person_id, limit))
    head["article_count"] = int(store.scalar(
        "SELECT COUNT(DISTINCT article_id) AS n FROM entities WHERE person_id = ?", (person_id,)))
    head["named_with"] = store.query(
        """SELECT p.id, p.name, p.original_name, COUNT(DISTINCT o.article_id) AS articles
        FROM entities e JOIN entities o ON o.article_id = e.article_id AND o.person_id <> e.person_id
        JOIN people p ON p.id = o.person_id WHERE e.person_id = ?
        GROUP BY p.id, p.name, p.original_name ORDER BY articles DESC, p.id LIMIT 10""", (person_id,))
    return head


def _fold(rows: list[dict[str, Any]], key: str) -> list[dict[str, Any]]:
    """Merge rows whose `key` is the same text in simplified characters (俄羅斯總統 = 俄罗斯总统).

    The merged row keeps the most used form under `key`, every form under `forms`, summed
    `articles`, and the earliest `first_seen` / latest `last_seen` when present.
    """
    groups: dict[tuple, dict[str, Any]] = {}
    for row in sorted(rows, key=lambda r: (-int(r["articles"]), r[key])):
        ident = (to_simplified(row[key]), row.get("original_name"))
        merged = groups.get(ident)
        if merged is None:
            groups[ident] = {**row, "articles": int(row["articles"]), "forms": [row[key]]}
            continue
        merged["articles"] += int(row["articles"])
        merged["forms"].append(row[key])
        if "first_seen" in row:
            firsts = [x for x in (merged["first_seen"], row["first_seen"]) if x]
            lasts = [x for x in (merged["last_seen"], row["last_seen"]) if x]
            merged["first_seen"] = min(firsts) if firsts else None
            merged["last_seen"] = max(lasts) if lasts else None
    return list(groups.values())


# --- articles -------------------------------------------------------------------------------


def search(store: Store, q: str = "", *, since: str | None = None, until: str | None = None,
           outlet: str | None = None, person: str | None = None, section: str | None = None,
           substring: bool = False, limit: int = 20, offset: int = 0) -> dict[str, Any]:
    """Articles whose segmented text holds every word of `q` (each term a phrase), newest first.

    With `substring`, `q` is matched as a plain substring of the text instead.
    """
    check_text(q=q, since=since, until=until, outlet=outlet, person=person, section=section)
    limit, offset = _page(limit, offset)
    where, params = [], []
    phrases = query_phrases(q) if q.strip() and not substring else []
    if q.strip() and substring:
        where.append("a.text LIKE ? ESCAPE '\\'")
        params.append(_like(q.strip()))
    elif q.strip():
        if not phrases:
            return {"query": q, "total": 0, "limit": limit, "offset": offset, "items": []}
        if store.dialect == "postgresql":
            where.append("a.search_tsv @@ ?::tsquery")
            params.append(tsquery_literal(phrases))
        else:
            where.append("a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)")
            params.append(fts5_query(phrases))
    for column, value, op in (("published", since, ">="), ("published", until, "<="),
                              ("outlet", outlet, "="), ("section", section, "=")):
        if value:
            where.append(f"a.{column} {op} ?")
            params.append(value)
    ids = person_ids(store, person)
    if ids is not None:
        where.append(f"a.id IN (SELECT article_id FROM entities WHERE person_id IN ({_marks(ids)}))")
        params += ids
    clause = ("WHERE " + " AND ".join(where)) if where else ""
    total = int(store.scalar(f"SELECT COUNT(*) AS n FROM articles a {clause}", params))
    rows = store.query(
        f"""SELECT a.id, a.title, a.published, a.outlet, a.section, a.url, a.text FROM articles a {clause}
        ORDER BY a.published DESC NULLS LAST, a.id DESC LIMIT ? OFFSET ?""", [*params, limit, offset])
    needles = [" ".join(p) for p in phrases] if phrases else ([q.strip()] if q.strip() else [])
    for row in rows:
        row["snippet"], row["match"] = _snippet(row.pop("text"), needles, joined=not substring,
                                                skip=len(row["title"]))
    return {"query": q, "total": total, "limit": limit, "offset": offset, "items": rows}


def _snippet(text: str, needles: list[str], *, joined: bool, skip: int = 0,
             width: int = 40) -> tuple[str, list[int] | None]:
    """About `2*width` characters around the first match after the title (`skip` characters), else
    in the title, and the match's span inside the snippet."""
    folded = to_simplified(text).lower() if joined else text
    if len(folded) != len(text):
        folded = text.lower()
    for needle in needles:
        target = needle.replace(" ", "") if joined else needle
        at = folded.find(target, skip) if target else -1
        if at < 0 and target:
            at = folded.find(target)
        if at >= 0:
            start = max(0, at - width)
            return text[start:at + len(target) + width], [at - start, at - start + len(target)]
    body = text[skip:].lstrip() or text
    return body[: 2 * width], None


def article(store: Store, article_id: int) -> dict[str, Any] | None:
    """One stored article: its row (without search columns) and the whole newsmine/1 document,
    with each PER entity's archive person id."""
    if not 0 <= article_id <= MAX_ID:
        return None
    row = store.one(
        """SELECT id, hash, source, url, outlet, section, title, published, language, script, pipeline,
        ingested_at, doc FROM articles WHERE id = ?""", (article_id,))
    if row is None:
        return None
    row["doc"] = json.loads(row["doc"])
    row["people"] = {r["local_id"]: int(r["person_id"]) for r in store.query(
        "SELECT local_id, person_id FROM entities WHERE article_id = ? AND person_id IS NOT NULL", (article_id,))}
    return row


# --- quotes, events, lexicon ----------------------------------------------------------------


def quotes(store: Store, *, speaker: str | None = None, about: str | None = None, since: str | None = None,
           until: str | None = None, person: list[int] | None = None, min_confidence: float | None = None,
           limit: int = 20, offset: int = 0) -> dict[str, Any]:
    """Quotes, newest first: by a speaker (any name of a person, or the speaker as written), about a
    word or name (in the quote's text), in a date range, attributed with at least `min_confidence`."""
    check_text(speaker=speaker, about=about, since=since, until=until)
    limit, offset = _page(limit, offset)
    where, params = [], []
    ids = person if person is not None else person_ids(store, speaker)
    if ids is not None:
        cond = f"e.person_id IN ({_marks(ids)})"
        params += ids
        if speaker:
            cond = f"({cond} OR q.speaker_text = ?)"
            params.append(speaker)
        where.append(cond)
    if about:
        forms = sorted({about, to_simplified(about)})
        names = find_people(store, about)
        for p in names[:5]:
            forms += [r["form"] for r in store.query(
                "SELECT form FROM person_names WHERE person_id = ? AND kind = 'name'", (p["id"],))]
        forms = sorted(set(forms))
        where.append("(" + " OR ".join("q.text LIKE ? ESCAPE '\\'" for _ in forms) + ")")
        params += [_like(f) for f in forms]
    if since:
        where.append("a.published >= ?")
        params.append(since)
    if until:
        where.append("a.published <= ?")
        params.append(until)
    if min_confidence:
        where.append("q.confidence >= ?")
        params.append(min_confidence)
    clause = ("WHERE " + " AND ".join(where)) if where else ""
    base = f"""FROM quotes q JOIN articles a ON a.id = q.article_id
        LEFT JOIN entities e ON e.id = q.speaker_id LEFT JOIN people p ON p.id = e.person_id {clause}"""
    total = int(store.scalar(f"SELECT COUNT(*) AS n {base}", params))
    items = store.query(
        f"""SELECT q.id, q.article_id, a.title, a.published, a.outlet, q.text, q.kind, q.speaker_text, q.cue,
        q.span_start, q.span_end, q.confidence, q.sieve, q.resolved_by, e.name AS entity_name, e.person_id,
        p.name AS person_name, p.original_name AS person_original {base}
        ORDER BY a.published DESC NULLS LAST, q.article_id DESC, q.idx LIMIT ? OFFSET ?""",
        [*params, limit, offset])
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def events(store: Store, *, participant: str | None = None, since: str | None = None, until: str | None = None,
           type: str | None = None, limit: int = 50, offset: int = 0) -> dict[str, Any]:
    """Events as a timeline (oldest first by the event's date): who took part, where, in which article."""
    check_text(participant=participant, since=since, until=until, type=type)
    limit, offset = _page(limit, offset)
    where, params = [], []
    ids = person_ids(store, participant)
    if ids is not None:
        where.append(f"""ev.id IN (SELECT ep.event_id FROM event_participants ep
            JOIN entities x ON x.id = ep.entity_id WHERE x.person_id IN ({_marks(ids)}))""")
        params += ids
    for cond, value in (("ev.date >= ?", since), ("ev.date <= ?", until), ("ev.type = ?", type)):
        if value:
            where.append(cond)
            params.append(value)
    clause = ("WHERE " + " AND ".join(where)) if where else ""
    base = f"""FROM events ev JOIN articles a ON a.id = ev.article_id
        LEFT JOIN entities pl ON pl.id = ev.place_id {clause}"""
    total = int(store.scalar(f"SELECT COUNT(*) AS n {base}", params))
    items = store.query(
        f"""SELECT ev.id, ev.date, ev.type, ev.plover, ev.trigger_text AS trigger, ev.text, ev.modality,
        ev.article_id, a.title, a.outlet, pl.name AS place {base}
        ORDER BY ev.date NULLS LAST, ev.id LIMIT ? OFFSET ?""", [*params, limit, offset])
    if items:
        who: dict[int, list[dict[str, Any]]] = defaultdict(list)
        ev_ids = [i["id"] for i in items]
        for r in store.query(
                f"""SELECT ep.event_id, x.name, x.original_name, x.person_id FROM event_participants ep
                JOIN entities x ON x.id = ep.entity_id WHERE ep.event_id IN ({_marks(ev_ids)})
                ORDER BY ep.event_id, x.id""", ev_ids):
            who[r.pop("event_id")].append(r)
        for item in items:
            item["participants"] = who.get(item["id"], [])
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def lexicon(store: Store, *, type: str | None = None, q: str | None = None,
            phonetic: bool = False) -> list[dict[str, Any]]:
    """The bilingual name table from every gloss: original name, type, Chinese renderings with counts,
    articles and outlets; most frequent first. `phonetic`: only renderings by sound (transliterations,
    not translations or abbreviations), the question a translator asks."""
    check_text(type=type, q=q)
    where, params = [], []
    if type:
        where.append("g.type = ?")
        params.append(type)
    if phonetic:
        where.append("g.phonetic = 1")
    clause = ("WHERE " + " AND ".join(where)) if where else ""
    rows = store.query(
        f"""SELECT g.gloss, g.term, g.type, a.outlet, COUNT(*) AS uses, COUNT(DISTINCT a.id) AS articles
        FROM glosses g JOIN articles a ON a.id = g.article_id {clause}
        GROUP BY g.gloss, g.term, g.type, a.outlet""", params)
    table: dict[str, dict[str, Any]] = {}
    for r in rows:
        key = original_key(r["gloss"]) or r["gloss"]
        entry = table.setdefault(key, {"original": r["gloss"], "type": r["type"], "renderings": {},
                                       "articles": 0, "outlets": {}})
        rendering = entry["renderings"].setdefault(r["term"], 0)
        entry["renderings"][r["term"]] = rendering + int(r["articles"])
        entry["articles"] += int(r["articles"])
        entry["outlets"][r["outlet"] or "unknown"] = entry["outlets"].get(r["outlet"] or "unknown", 0) + int(r["articles"])
        entry["type"] = entry["type"] or r["type"]
    out = []
    for entry in table.values():
        entry["renderings"] = [{"term": t, "articles": n} for t, n in
                               sorted(entry["renderings"].items(), key=lambda kv: (-kv[1], kv[0]))]
        out.append(entry)
    if q:
        needle = to_simplified(q).casefold()
        out = [e for e in out if needle in e["original"].casefold()
               or any(needle in to_simplified(r["term"]).casefold() for r in e["renderings"])]
    return sorted(out, key=lambda e: (-e["articles"], e["original"]))


LEXICON_FIELDS = ["original", "type", "renderings", "articles", "outlets"]


def lexicon_csv(rows: list[dict[str, Any]]) -> str:
    """The lexicon as CSV: renderings as `普京 12; 普丁 3`, outlets as `bbc.com 9; cna.com.tw 3`."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(LEXICON_FIELDS)
    for r in rows:
        writer.writerow([r["original"], r["type"] or "", "; ".join(f"{x['term']} {x['articles']}" for x in r["renderings"]),
                         r["articles"], "; ".join(f"{o} {n}" for o, n in sorted(r["outlets"].items()))])
    return buf.getvalue()
