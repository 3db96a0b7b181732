"""Store one analysed document: the article row and every annotation layer, in one transaction."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache
from typing import Any

from newsmine.store import people
from newsmine.store.db import Store
from newsmine.names import name_key, original_key
from newsmine.store.words import tsvector_literal, words
from newsmine.urls import host_of

IMPORTED = "imported"


@dataclass(frozen=True)
class Fetch:
    """How a fetched page came in (all None for a file): kept in `articles.fetched_at`,
    `payload_digest` and `meta`, and carried over when the article is reanalysed."""

    fetched: str | None = None
    digest: str | None = None
    meta: dict[str, Any] | None = None
WRITER_LOCK = 0x6E65_7773  # PostgreSQL advisory lock key held by whoever is storing an article


def content_hash(article: dict[str, Any]) -> str:
    """SHA-256 of the article's structure (canonical JSON): the same article gets the same hash."""
    data = json.dumps(article, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def outlet_of(url: str | None) -> str | None:
    """The outlet an article comes from: the registered domain of its address (news.bbc.co.uk →
    bbc.co.uk, by the Public Suffix List that the `tld` package ships), else its host without `www.`."""
    host = host_of(url)
    return _registered_domain(host) if host else None


@lru_cache(maxsize=4096)
def _registered_domain(host: str) -> str:
    """A host's registered domain (hosts repeat from article to article: the writer looks each up once)."""
    from tld import get_fld

    return get_fld(host, fix_protocol=True, fail_silently=True) or host.removeprefix("www.")


def has_hash(store: Store, digest: str) -> bool:
    return store.scalar("SELECT COUNT(*) AS n FROM articles WHERE hash = ?", (digest,)) > 0


def put_doc(store: Store, doc: dict[str, Any], *, pipeline: str, digest: str | None = None,
            replace: int | None = None, search: tuple[str, str] | None = None,
            fetch: Fetch | None = None) -> int | None:
    """Store `doc` (newsmine/1 dict); return its article id, or None if that content is already in.

    With `replace`, article `replace` is re-stored under the same id (used by reanalyze);
    `search` is the segmented title and text when the caller computed them already; `fetch` what
    is known of a fetched page's fetch (time, payload digest, the fetcher's metadata).
    """
    digest = digest or content_hash(doc["article"])
    with store.transaction():
        if store.dialect == "postgresql":  # one writer at a time, even across processes
            store.execute("SELECT pg_advisory_xact_lock(?)", (WRITER_LOCK,))
        touched: set[int] = set()
        if replace is not None:
            touched = people.release(store, replace)
            store.execute("DELETE FROM articles WHERE id = ?", (replace,))
        elif has_hash(store, digest):
            return None
        article_id = _insert_article(store, doc, digest, pipeline, replace, search, fetch or Fetch())
        touched |= _insert_layers(store, article_id, doc)
        people.refresh(store, touched)
    return article_id


def _insert_article(store: Store, doc: dict[str, Any], digest: str, pipeline: str,
                    replace: int | None, search: tuple[str, str] | None, fetch: Fetch) -> int:
    a = doc["article"]
    search_title, search_text = search or (words(a["title"]), words(doc["text"]))
    cols = {
        "hash": digest, "source": doc.get("source"), "url": a.get("url"), "outlet": outlet_of(a.get("url")),
        "section": a.get("section"), "title": a["title"], "published": a.get("published"),
        "language": a.get("language"), "script": a.get("script"), "lead": a.get("lead"),
        "text": doc["text"], "pipeline": pipeline,
        "ingested_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "search_title": search_title, "search_text": search_text,
        "doc": json.dumps(doc, ensure_ascii=False, separators=(",", ":")),
        "fetched_at": fetch.fetched, "payload_digest": fetch.digest,
        "meta": json.dumps(fetch.meta, ensure_ascii=False, default=str) if fetch.meta else None,
    }
    if replace is not None:
        cols = {"id": replace, **cols}
    marks = ["?"] * len(cols)
    if store.dialect == "postgresql":
        cols["search_tsv"] = tsvector_literal(cols["search_title"], cols["search_text"])
        marks.append("?::tsvector")
    sql = f"INSERT INTO articles ({', '.join(cols)}) VALUES ({', '.join(marks)})"
    return store.insert(sql, list(cols.values()))


def _insert_layers(store: Store, aid: int, doc: dict[str, Any]) -> set[int]:
    """Insert entities (with people), mentions, glosses, times, quotes, events and topics."""
    text = doc["text"]
    ents: dict[str, int] = {}
    touched: set[int] = set()
    for e in doc.get("entities", []):
        eid = store.insert(
            "INSERT INTO entities (article_id, local_id, type, name, original_name, transliterated, "
            "aliases, name_key, original_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (aid, e["id"], e["type"], e["name"], e.get("original_name"), int(bool(e.get("transliterated"))),
             json.dumps(e.get("aliases", []), ensure_ascii=False), name_key(e["name"]),
             original_key(e.get("original_name"))))
        ents[e["id"]] = eid
        for role in e.get("roles", []):
            store.execute("INSERT INTO roles (entity_id, text, span_start, span_end) VALUES (?, ?, ?, ?)",
                          (eid, role["text"], *role["span"]))
        if e["type"] == "PER":
            touched.add(people.assign(store, eid, e["name"], e.get("original_name"), e.get("aliases", [])))
    for e in doc.get("entities", []):
        for aff in dict.fromkeys(e.get("affiliations", [])):
            if aff in ents:
                store.execute("INSERT INTO affiliations (entity_id, affiliation_id) VALUES (?, ?)",
                              (ents[e["id"]], ents[aff]))
    store.executemany(
        "INSERT INTO mentions (article_id, entity_id, span_start, span_end, text, type, source) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(aid, ents.get(m.get("entity") or ""), *m["span"], m["text"], m["type"], m.get("source"))
         for m in doc.get("mentions", [])])
    store.executemany(
        "INSERT INTO glosses (article_id, span_start, span_end, term_start, term_end, term, gloss, type, "
        "transliterated, phonetic) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(aid, *g["span"], *g["term_span"], g["term"], g["gloss"], g.get("type"),
          int(bool(g.get("transliterated"))), None if "phonetic" not in g else int(g["phonetic"]))
         for g in doc.get("glosses", [])])
    times: list[int] = []
    for i, t in enumerate(doc.get("times", [])):
        rng = t.get("range") or [None, None]
        times.append(store.insert(
            "INSERT INTO times (article_id, idx, span_start, span_end, text, value, partial, range_from, "
            "range_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (aid, i, *t["span"], t["text"], t.get("value"), int(bool(t.get("partial"))), rng[0], rng[1])))
    for i, q in enumerate(doc.get("quotes", [])):
        sp, cue = q.get("speaker_span") or [None, None], q.get("cue_span") or [None, None]
        store.execute(
            "INSERT INTO quotes (article_id, idx, span_start, span_end, text, kind, speaker_id, speaker_text, "
            "speaker_start, speaker_end, addressee_id, cue, cue_start, cue_end, confidence, sieve, resolved_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (aid, i, *q["span"], q["text"], q["kind"], ents.get(q.get("speaker") or ""),
             q.get("speaker_text"), *sp, ents.get(q.get("addressee") or ""), q.get("cue"), *cue,
             q.get("confidence"), q.get("sieve"), q.get("resolved_by")))
    events: list[int] = []
    published = doc["article"].get("published")
    for i, ev in enumerate(doc.get("events", [])):
        t = ev.get("time")
        time_id = times[t] if t is not None and t < len(times) else None
        value = doc["times"][t].get("value") if time_id is not None else None
        date = value if value and not value.startswith("-") else published
        s, e = ev["span"]
        ts, te = ev["trigger"]
        eid = store.insert(
            "INSERT INTO events (article_id, idx, type, plover, trigger_start, trigger_end, trigger_text, "
            "span_start, span_end, text, place_id, time_id, date, modality) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (aid, i, ev["type"], ev.get("plover"), ts, te, text[ts:te], s, e, text[s:e],
             ents.get(ev.get("place") or ""), time_id, date, ev.get("modality", "asserted")))
        events.append(eid)
        store.executemany("INSERT INTO event_participants (event_id, entity_id) VALUES (?, ?)",
                          [(eid, ents[p]) for p in dict.fromkeys(ev.get("participants", [])) if p in ents])
    for i, tp in enumerate(doc.get("topics", [])):
        ev = tp.get("event")
        store.execute("INSERT INTO topics (article_id, idx, label, evidence, event_id) VALUES (?, ?, ?, ?, ?)",
                      (aid, i, tp["label"], json.dumps(tp.get("evidence", [])),
                       events[ev] if ev is not None and ev < len(events) else None))
    return touched
