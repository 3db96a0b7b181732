"""One spelling per address, so that the same page reached by two links is fetched once.

A page is often linked as `HTTP://Example.com:80/a?utm_source=rss#top` in a feed and as
`http://example.com/a` in a sitemap. `canonical_url` lower-cases the scheme and host, drops the
default port, the fragment and the tracking parameters that feeds append (`utm_*`, `fbclid` …),
sorts the remaining query parameters, and writes percent-escapes in upper case. The path keeps its
case and its trailing slash: servers tell those apart.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from newsmine.urls import safe_url

TRACKING = re.compile(r"^(utm_[a-z]+|fbclid|gclid|dclid|mc_cid|mc_eid|ocid|at_medium|at_campaign|cmpid)$", re.I)
"""Query parameters that say where a reader came from, not which page they asked for."""
_DEFAULT_PORTS = {"http": 80, "https": 443}
_ESCAPE = re.compile(r"%[0-9a-fA-F]{2}")


def canonical_url(url: str, base: str | None = None) -> str | None:
    """The canonical form of an absolute http(s) address (resolved against BASE), else None."""
    url = safe_url(url.strip(), base)
    if not url:
        return None
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        return None
    host = parts.hostname.rstrip(".")
    host = f"[{host}]" if ":" in host else host
    netloc = host if port in (None, _DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not TRACKING.match(k)]
    path = _ESCAPE.sub(lambda m: m.group(0).upper(), parts.path or "/")
    return urlunsplit((scheme, netloc, path, urlencode(sorted(query)), ""))


def origin_of(url: str) -> str:
    """`scheme://host[:port]` of a canonical address: the unit robots.txt applies to (RFC 9309)."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def host_key(url: str) -> str:
    """`host[:port]` of a canonical address (the port only when not the default): the unit the rate
    limit applies to, so that the http and https addresses of one site share it."""
    return urlsplit(url).netloc
