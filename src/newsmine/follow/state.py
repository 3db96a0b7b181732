"""What `follow` remembers between runs, in the archive itself (migration 4 in store/schema.py).

`follow_listings` holds each origin's robots.txt (reused for 24 hours) and each feed and sitemap
with the ETag and Last-Modified it last answered, so the next run asks conditionally and a `304`
costs one small request. `follow_pages` holds each page address fetched, with its validators; a
page fetched before (or any address the archive has an article from) is not requested again
unless its sitemap `lastmod` is later than the time it was fetched, and then conditionally. The article a
page became is the one whose `url` is the page's `final_url` (its fetch time, payload digest and
the listing's metadata are in `articles`). A page that could not be fetched is tried again in the
next rounds, up to MAX_TRIES rounds in a row; until then the feeds and sitemaps read in the round
are asked again without validators (`forget_validators`), so that a `304` does not hide it.
Every write happens in the caller's (single writer's) thread.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

from newsmine.store.db import Store

FETCHED, NOT_A_PAGE, FAILED = "fetched", "not a web page", "failed"
MAX_TRIES = 3
"""Rounds in a row a page may fail before it is given up (a 404 stays a 404)."""


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


def forget_validators(store: Store, urls: list[str]) -> None:
    """Ask these feeds and sitemaps unconditionally next time (pages they list were left for later)."""
    with store.transaction():
        for url in urls:
            store.execute("UPDATE follow_listings SET etag = NULL, last_modified = NULL WHERE url = ?", (url,))


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
    return store.one("SELECT url, etag, last_modified, fetched_at, status, failures FROM follow_pages WHERE url = ?",
                     (url,))


def save_page(store: Store, url: str, *, final_url: str, headers: dict[str, str], status: str) -> None:
    """Record a page fetched (handed to the archive, or not a web page) with its validators."""
    with store.transaction():
        store.execute("DELETE FROM follow_pages WHERE url = ?", (url,))
        store.execute("INSERT INTO follow_pages (url, final_url, etag, last_modified, fetched_at, status) "
                      "VALUES (?, ?, ?, ?, ?, ?)",
                      (url, final_url, headers.get("etag"), headers.get("last-modified"), now(), status))


def page_failed(store: Store, url: str) -> int:
    """Count one more failed round for a page; return how many in a row it has failed."""
    row = store.one("SELECT failures FROM follow_pages WHERE url = ? AND status = ?", (url, FAILED))
    tries = (row["failures"] if row else 0) + 1
    with store.transaction():
        store.execute("DELETE FROM follow_pages WHERE url = ?", (url,))
        store.execute("INSERT INTO follow_pages (url, final_url, fetched_at, status, failures) VALUES (?, ?, ?, ?, ?)",
                      (url, url, now(), FAILED, tries))
    return tries


def forget_pages(store: Store, urls: list[str]) -> None:
    """Forget these pages were fetched (a round stopped before they were stored)."""
    with store.transaction():
        for url in urls:
            store.execute("DELETE FROM follow_pages WHERE url = ?", (url,))


def stored(store: Store, url: str) -> bool:
    """True when the archive holds an article from this address (fetched by `follow` or ingested otherwise)."""
    return store.one("SELECT 1 AS x FROM articles WHERE url = ? LIMIT 1", (url,)) is not None


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
