"""`newsmine follow` against a real site served on 127.0.0.1 that records every request."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsmine.follow import AddressPolicy, Limits, Options, follow
from newsmine.follow.politeness import HostSlots
from newsmine.store.db import open_store

from .follow_site import ARTICLES, Handler, Site, news_sitemap, rss, serve, sitemap, sitemap_index

INTERVAL = 0.2
ROBOTS = "User-agent: *\nDisallow: /private/\n"


def options(site: Site, **limits: float) -> Options:
    """Fast but still polite settings that let exactly the test server through."""
    return Options(interval=INTERVAL, workers=4, policy=AddressPolicy(allowed=frozenset({("127.0.0.1", site.port)})),
                   limits=Limits(**{"timeout": 5.0, "backoff": 0.1, **limits}))


def build(site: Site, robots: str = ROBOTS) -> None:
    for path, html in ARTICLES.items():
        site.add(path, html)
    site.add("/robots.txt", robots, "text/plain")
    chinese = [p for p in ARTICLES if p.startswith(("/news/", "/private/"))]
    site.add("/feed.xml", rss(site.base, chinese), "application/rss+xml")
    site.add("/sitemap-index.xml", sitemap_index(site.base, ["/sitemaps/pages.xml", "/sitemaps/news.xml"]),
             "application/xml")
    site.add("/sitemaps/pages.xml", sitemap(site.base, ["/world/observatory-opens.html", "/news/rice-harvest.html"]),
             "application/xml")
    site.add("/sitemaps/news.xml", news_sitemap(site.base, ["/world/port-strike-ends.html"]), "application/xml")


@pytest.fixture
def site() -> Iterator[Site]:
    with serve(Site()) as served:
        build(served)
        yield served


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "archive.sqlite")


def gaps(site: Site) -> list[float]:
    times = sorted(h.at for h in site.hits)
    return [b - a for a, b in zip(times, times[1:])]


def test_a_second_run_fetches_nothing_unchanged_and_no_disallowed_path(site, db):
    sources = [f"{site.base}/feed.xml", f"{site.base}/sitemap-index.xml"]
    slots = HostSlots(INTERVAL)  # shared by both rounds, as `--every` shares it
    with open_store(db) as store:
        first = follow(sources, store, options(site), slots=slots)
        titles = sorted(r["title"] for r in store.query("SELECT title FROM articles"))
        urls = {r["url"] for r in store.query("SELECT url FROM articles")}
    assert first.failures == [] and first.new == 5
    assert "青屿港新渡轮航线下月开通" in titles and "Dockworkers in Marlow Bay end four-day strike" in titles
    assert f"{site.base}/news/harbour-ferry.html" in urls  # the feed's ?utm_source=rss is gone
    assert first.robots == [f"{site.base}/private/staff-rota.html: disallowed by robots.txt"]
    # rice-harvest is listed by the feed and a sitemap: fetched once
    assert site.paths().count("/news/rice-harvest.html") == 1
    before = len(site.hits)

    with open_store(db) as store:
        second = follow(sources, store, options(site), slots=slots)
        count = store.scalar("SELECT COUNT(*) AS n FROM articles")
    again = site.hits[before:]
    assert second.new == 0 and count == 5 and second.listings_unchanged == 2
    assert sorted(h.path for h in again) == ["/feed.xml", "/sitemap-index.xml"]
    assert all(h.conditional and h.status == 304 for h in again)
    assert not any(p.startswith("/private/") for p in site.paths())
    assert min(gaps(site)) >= INTERVAL


def test_google_news_tags_are_kept_with_the_page(site, db):
    with open_store(db) as store:
        follow([f"{site.base}/sitemaps/news.xml"], store, options(site))
        row = store.one("SELECT meta, article_id FROM follow_pages WHERE url LIKE '%port-strike%'")
    meta = json.loads(row["meta"])
    assert row["article_id"] is not None
    assert meta["news_publication_name"] == "Marlow Bay Courier"
    assert meta["news_keywords"] == "port, strike" and meta["news_language"] == "en"
