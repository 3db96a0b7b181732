"""Follow outlets: fetch what their feeds and sitemaps list, politely, and store the new articles.

    canonical.py   one spelling per address (dedupe by URL)
    addresses.py   public addresses only, after DNS (AddressPolicy)
    guard.py       the httpx transport that checks and pins every host it connects to
    politeness.py  the per-host rate limit shared by all workers (HostSlots)
    fetch.py       one GET: redirects, retries, Retry-After, size and time limits, conditional requests
    robots.py      robots.txt per origin (Protego): Disallow and Crawl-delay
    listings.py    feeds (feedparser) and sitemaps, sitemap indexes, Google News sitemaps
    state.py       what was fetched, kept in the archive between runs
    articles.py    a fetched page → Article, with the listing's metadata
    run.py         one round: sources → listings → pages → the archive (`follow`)
"""

from __future__ import annotations

from newsmine.follow.addresses import AddressPolicy
from newsmine.follow.fetch import Limits
from newsmine.follow.run import Options, Summary, follow

__all__ = ["AddressPolicy", "Limits", "Options", "Summary", "follow"]
