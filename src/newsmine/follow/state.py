"""What `follow` remembers between runs, in the archive itself (migration 3 in store/schema.py).

`follow_listings` holds each origin's robots.txt (reused for 24 hours) and each feed and sitemap
with the ETag and Last-Modified it last answered, so the next run asks conditionally and a `304` costs one small request. `follow_pages` holds each
page address seen, the SHA-256 of its body, the article it became (if any), its validators and
the metadata its listing gave; a page seen before is not requested again unless its sitemap
`lastmod` is later than the time it was fetched, and then conditionally. Pages that failed are
not recorded, so the next run tries them again. Every write happens in the caller's (single
writer's) thread.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from typing import Any

from newsmine.store.db import Store

STORED, DUPLICATE, NOT_ARTICLE = "stored", "duplicate", "not an article"


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def listing_validators(store: Store, url: str) -> tuple[str | None, str | None]:
    """The ETag and Last-Modified a feed or sitemap last answered with."""
    row = store.one("SELECT etag, last_modified FROM follow_listings WHERE url = ?", (url,))
    return (row["etag"], row["last_modified"]) if row else (None, None)


def save_listing(store: Store, url: str, kind: str, headers: dict[str, str], status: str) -> None:
    """Record a feed or sitemap just read (or answered 304) with its new validators."""
    etag, modified = headers.get("etag"), headers.get("last-modified")
    with store.transaction():
        store.execute("DELETE FROM follow_listings WHERE url = ?", (url,))
        store.execute("INSERT INTO follow_listings (url, kind, etag, last_modified, checked_at, status) "
                      "VALUES (?, ?, ?, ?, ?, ?)", (url, kind, etag, modified, now(), status))


def cached_robots(store: Store, max_age: timedelta = timedelta(hours=24)) -> dict[str, str]:
    """robots.txt texts fetched less than MAX_AGE ago, by origin."""
    since = (datetime.now(timezone.utc) - max_age).isoformat(timespec="seconds")
    rows = store.query("SELECT url, body FROM follow_listings WHERE kind = 'robots' AND checked_at > ?", (since,))
    return {r["url"].removesuffix("/robots.txt"): r["body"] or "" for r in rows}


def save_robots(store: Store, texts: dict[str, str]) -> None:
    """Keep the robots.txt texts fetched in a run."""
    with store.transaction():
        for origin, text in texts.items():
            url = f"{origin}/robots.txt"
            store.execute("DELETE FROM follow_listings WHERE url = ?", (url,))
            store.execute("INSERT INTO follow_listings (url, kind, checked_at, status, body) "
                          "VALUES (?, 'robots', ?, 'read', ?)", (url, now(), text))


def seen_page(store: Store, url: str) -> dict[str, Any] | None:
    """The record of a page address fetched before, or None."""
    return store.one("SELECT url, etag, last_modified, fetched_at, body_hash, article_id FROM follow_pages "
                     "WHERE url = ?", (url,))


def hash_seen(store: Store, body_hash: str) -> bool:
    """True when a page with these very bytes was fetched before (under any address)."""
    return store.scalar("SELECT COUNT(*) AS n FROM follow_pages WHERE body_hash = ?", (body_hash,)) > 0


def save_page(store: Store, url: str, *, final_url: str, headers: dict[str, str], body_hash: str | None,
              article_id: int | None, status: str, meta: dict[str, str]) -> None:
    """Record a page fetched (stored as an article, a duplicate, or not an article)."""
    with store.transaction():
        store.execute("DELETE FROM follow_pages WHERE url = ?", (url,))
        store.execute(
            "INSERT INTO follow_pages (url, final_url, etag, last_modified, body_hash, article_id, fetched_at, "
            "status, meta) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (url, final_url, headers.get("etag"), headers.get("last-modified"), body_hash, article_id, now(), status,
             json.dumps(meta, ensure_ascii=False, sort_keys=True)))


def touch_page(store: Store, url: str) -> None:
    """A page answered 304: it is as it was; note when it was checked."""
    store.execute("UPDATE follow_pages SET fetched_at = ? WHERE url = ?", (now(), url))


def newer(lastmod: str | None, fetched_at: str | None) -> bool:
    """True when a listing's lastmod is later than the time the page was fetched."""
    if not lastmod or not fetched_at:
        return False
    try:
        when = datetime.fromisoformat(lastmod.replace("Z", "+00:00"))
        seen = datetime.fromisoformat(fetched_at)
    except ValueError:
        return False
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return when > seen
