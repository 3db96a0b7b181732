"""The fetch client: one GET with every limit newsmine promises a site and itself.

- **Politeness**: each request (each redirect hop too) waits for its host's turn in the shared
  `HostSlots`; a `429` or `503` is retried after its `Retry-After` (seconds or an HTTP date), or
  after an exponential back-off when it gives none; a wait longer than `Limits.max_wait` is a
  failure rather than a stalled run.
- **Addresses**: the transport checks and pins every host (`guard.py`); redirects are followed
  here, one hop at a time, so each hop is checked, rate-limited and (with `permit`) held to robots.txt.
- **Size and time**: a page over `max_bytes` (by Content-Length or by counting the decoded
  body, so a gzip bomb stops too) or taking longer than `timeout` seconds in all is refused.
- **Conditional requests**: ETag and Last-Modified are sent back, and a `304` returns no body.
"""

from __future__ import annotations

import email.utils
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone

import httpx

from newsmine.errors import NewsmineError
from newsmine.follow.addresses import AddressPolicy, RefusedAddress
from newsmine.follow.canonical import canonical_url, host_key
from newsmine.follow.guard import GuardedTransport
from newsmine.follow.politeness import HostSlots

RETRY_STATUSES = frozenset({429, 502, 503, 504})
REDIRECTS = frozenset({301, 302, 303, 307, 308})


def user_agent(contact: str | None = None) -> str:
    """`newsmine/VERSION (+contact)`: names the program and its version to every site it visits."""
    import newsmine

    extra = f"; +{contact}" if contact else ""
    return f"newsmine/{newsmine.__version__} (news archiver{extra})"


@dataclass(frozen=True)
class Limits:
    """What one page may cost: bytes, seconds, retries and the longest wait a site may ask for."""

    max_bytes: int = 5 * 1024 * 1024
    timeout: float = 30.0
    retries: int = 3
    backoff: float = 2.0
    max_wait: float = 300.0
    max_redirects: int = 5


class FetchFailed(NewsmineError):
    """A page could not be had: the message names the address and why; `status` is the HTTP status if any."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class AddressRefused(FetchFailed):
    """The address is not public (or does not resolve); `reason` says so without the URL."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"{url}: {reason}")
        self.reason = reason


@dataclass
class Page:
    """A response: the final address, 200 with the body, or 304 (unchanged) without one."""

    url: str
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";", 1)[0].strip().lower()

    @property
    def charset(self) -> str | None:
        """The charset the Content-Type header declares (the reader checks it against the bytes)."""
        for param in self.headers.get("content-type", "").split(";")[1:]:
            name, _, value = param.partition("=")
            if name.strip().lower() == "charset" and value.strip(' "\''):
                return value.strip(' "\'')
        return None


def retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds a `Retry-After` header asks for (a number or an HTTP date); None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - (now or datetime.now(timezone.utc))).total_seconds())


class Fetcher:
    """GET pages politely; share one Fetcher (and its HostSlots) between all worker threads."""

    def __init__(self, slots: HostSlots, policy: AddressPolicy, limits: Limits, agent: str, *,
                 verify: ssl.SSLContext | bool = True) -> None:
        """`verify`: the certificates https hosts are checked against (the system's by default)."""
        self.slots, self.limits = slots, limits
        self.client = httpx.Client(transport=GuardedTransport(policy, verify), headers={"User-Agent": agent},
                                   timeout=httpx.Timeout(limits.timeout), follow_redirects=False,
                                   trust_env=False)  # a proxy from the environment would bypass the address checks

    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None,
            permit: Callable[[str], None] | None = None, max_bytes: int | None = None) -> Page:
        """Fetch URL following redirects; `permit(url)` may raise to refuse a hop (robots.txt)."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        for _ in range(self.limits.max_redirects + 1):
            if permit:
                permit(url)
            page = self._with_retries(url, headers, max_bytes or self.limits.max_bytes)
            location = page.headers.get("location") if page.status in REDIRECTS else None
            if not location:
                if page.status not in (200, 304):
                    raise FetchFailed(f"{url}: HTTP {page.status}", page.status)
                return page
            target = canonical_url(location, url)
            if not target:
                raise FetchFailed(f"{url}: redirects to an address that is not http(s): {location[:200]}")
            url = target
        raise FetchFailed(f"{url}: more than {self.limits.max_redirects} redirects")

    def _with_retries(self, url: str, headers: dict[str, str], max_bytes: int) -> Page:
        host = host_key(url)
        for attempt in range(self.limits.retries + 1):
            last = attempt == self.limits.retries
            try:
                with self.slots.turn(host):
                    page = self._once(url, headers, max_bytes)
            except httpx.TimeoutException:
                raise FetchFailed(f"{url}: no answer within {self.limits.timeout:g} s") from None
            except (httpx.ConnectError, httpx.RemoteProtocolError, httpx.ReadError) as exc:
                if last:
                    raise FetchFailed(f"{url}: cannot connect ({exc or type(exc).__name__})") from None
                self.slots.defer(host, self.limits.backoff * 2 ** attempt)
                continue
            except RefusedAddress as exc:
                raise AddressRefused(url, str(exc)) from None
            except httpx.HTTPError as exc:
                raise FetchFailed(f"{url}: {exc or type(exc).__name__}") from None
            if page.status not in RETRY_STATUSES:
                if page.status >= 400:
                    raise FetchFailed(f"{url}: HTTP {page.status}", page.status)
                return page
            wait = retry_after(page.headers.get("retry-after"))
            wait = self.limits.backoff * 2 ** attempt if wait is None else wait
            if wait > self.limits.max_wait:
                raise FetchFailed(f"{url}: HTTP {page.status}, asked to wait {wait:.0f} s "
                                  f"(over the {self.limits.max_wait:g} s limit)", page.status)
            if last:
                break
            self.slots.defer(host, wait)
        raise FetchFailed(f"{url}: HTTP {page.status} after {self.limits.retries + 1} tries", page.status)

    def _once(self, url: str, headers: dict[str, str], max_bytes: int) -> Page:
        deadline = time.monotonic() + self.limits.timeout
        with self.client.stream("GET", url, headers=headers) as resp:
            page = Page(url, resp.status_code, headers={k.lower(): v for k, v in resp.headers.items()})
            if resp.status_code != 200:
                return page
            length = resp.headers.get("content-length", "")
            if length.isdigit() and int(length) > max_bytes:
                raise FetchFailed(f"{url}: {int(length):,} bytes, over the {max_bytes:,}-byte limit for one page")
            chunks, size = [], 0
            for chunk in resp.iter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise FetchFailed(f"{url}: over the {max_bytes:,}-byte limit for one page")
                if time.monotonic() > deadline:
                    raise FetchFailed(f"{url}: took longer than {self.limits.timeout:g} s")
                chunks.append(chunk)
            page.body = b"".join(chunks)
        return page

    def close(self) -> None:
        self.client.close()
