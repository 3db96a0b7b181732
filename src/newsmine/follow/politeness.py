"""The per-host rate limit: one request at a time per host, and a pause after each.

A host is `host[:port]` as the address writes it (`canonical.host_key`), so a site's http and
https addresses share one limit.

`HostSlots.turn(host)` is held for a whole request; the next request to the same host may
start only `interval` seconds after the previous one *finished* (the larger of the configured
interval and the site's robots.txt `Crawl-delay`), and never before a `Retry-After` the site sent.
Counting from the end rather than the start keeps the pace below one request per interval even
when a page is slow. Every worker thread shares one HostSlots, so the limit holds however many
workers there are; different hosts proceed in parallel.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

DEFAULT_INTERVAL = 5.0
"""Seconds between two requests to one host unless the user or the site's robots.txt says more."""


class Stopped(Exception):
    """The run is being stopped (Ctrl-C): no new request starts."""


class HostSlots:
    """Shared by all workers: who may send to a host next, and when."""

    def __init__(self, interval: float = DEFAULT_INTERVAL, stop: threading.Event | None = None) -> None:
        self.interval = interval
        self.stop = stop or threading.Event()
        self._guard = threading.Lock()
        self._locks: dict[str, threading.Lock] = {}
        self._next: dict[str, float] = {}
        self._delays: dict[str, float] = {}

    def set_delay(self, host: str, seconds: float) -> None:
        """The site's own Crawl-delay; the interval used is the larger of it and the configured one
        (and of the Crawl-delays of the host's http and https robots.txt)."""
        with self._guard:
            self._delays[host] = max(seconds, self._delays.get(host, 0.0))

    def interval_of(self, host: str) -> float:
        return max(self.interval, self._delays.get(host, 0.0))

    def defer(self, host: str, seconds: float) -> None:
        """No request to HOST before `seconds` from now (a Retry-After, a back-off)."""
        with self._guard:
            self._next[host] = max(self._next.get(host, 0.0), time.monotonic() + seconds)

    @contextmanager
    def turn(self, host: str) -> Iterator[None]:
        """Wait for HOST's turn, hold it for one request, and set when the next may start."""
        with self._guard:
            lock = self._locks.setdefault(host, threading.Lock())
        with lock:
            while (wait := self._next.get(host, 0.0) - time.monotonic()) > 0:
                if self.stop.wait(wait):
                    raise Stopped
            if self.stop.is_set():
                raise Stopped
            try:
                yield
            finally:
                self.defer(host, self.interval_of(host))
