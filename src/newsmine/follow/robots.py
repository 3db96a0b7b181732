"""robots.txt, per origin, read with Protego and obeyed: Disallow and Crawl-delay (RFC 9309).

Each origin's robots.txt is fetched before any other request to it, through the same polite
client (at most 500 KiB, as RFC 9309 allows a crawler to cut it), and kept in the archive for
24 hours (the longest RFC 9309 lets a crawler use a cached copy), so runs within a day reuse it. Following the RFC:
a `4xx` answer means no rules (everything may be fetched); a `5xx` answer or no answer at all
means the site is unreachable and nothing on it is fetched. Rules are matched for the user-agent
token `newsmine`, falling back to `*`. A Crawl-delay longer than the configured interval slows
that host down (`HostSlots.set_delay`).
"""

from __future__ import annotations

import threading

from protego import Protego

from newsmine.errors import NewsmineError
from newsmine.follow.canonical import host_key, origin_of
from newsmine.follow.fetch import AddressRefused, Fetcher, FetchFailed

AGENT_TOKEN = "newsmine"
MAX_ROBOTS_BYTES = 500 * 1024


class Disallowed(NewsmineError):
    """robots.txt forbids the address."""


class Robots:
    """The robots.txt rules of every origin met in a run, fetched on first use."""

    def __init__(self, fetcher: Fetcher, cached: dict[str, str] | None = None) -> None:
        self.fetcher = fetcher
        self.cached = dict(cached or {})
        self.fresh: dict[str, str] = {}
        """robots.txt texts fetched in this run, by origin, for the caller to keep."""
        self._rules: dict[str, Protego | str] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()

    def check(self, url: str) -> None:
        """Raise Disallowed unless robots.txt lets newsmine fetch URL; FetchFailed when the site's
        robots.txt cannot be had (AddressRefused for a private host): nothing there is fetched."""
        try:
            rules = self._rules_of(origin_of(url))
        except AddressRefused as exc:
            raise AddressRefused(url, exc.reason) from None
        if isinstance(rules, str):
            raise FetchFailed(f"{url}: not fetched, {rules}")
        if not rules.can_fetch(url, AGENT_TOKEN):
            raise Disallowed(f"{url}: disallowed by robots.txt")

    def _rules_of(self, origin: str) -> Protego | str:
        with self._guard:
            lock = self._locks.setdefault(origin, threading.Lock())
        with lock:
            if origin not in self._rules:
                self._rules[origin] = self._load(origin)
            return self._rules[origin]

    def _load(self, origin: str) -> Protego | str:
        if origin in self.cached:
            return self._parse(origin, self.cached[origin])
        try:
            page = self.fetcher.get(f"{origin}/robots.txt", max_bytes=MAX_ROBOTS_BYTES)
        except AddressRefused:
            raise
        except FetchFailed as exc:
            if exc.status and 400 <= exc.status < 500 and exc.status != 429:  # RFC 9309 2.3.1.3: no rules
                self.fresh[origin] = ""
                return Protego.parse("")
            return f"its robots.txt could not be read ({str(exc).split(': ', 1)[-1]})"
        self.fresh[origin] = page.body.decode("utf-8", errors="replace")
        return self._parse(origin, self.fresh[origin])

    def _parse(self, origin: str, text: str) -> Protego:
        rules = Protego.parse(text)
        delay = rules.crawl_delay(AGENT_TOKEN)
        if delay:
            self.fetcher.slots.set_delay(host_key(origin), float(delay))
            self.fetcher.slots.defer(host_key(origin), float(delay))  # the robots.txt request was the last one
        return rules
