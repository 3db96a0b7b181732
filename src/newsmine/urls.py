"""Which addresses newsmine keeps and writes out: `http`/`https` and relative ones, nothing else.

A page may carry `javascript:`, `data:` or `vbscript:` links, or addresses that do not parse
(`http://[/a.jpg`); readers drop them, and every renderer checks again before writing an address.
Browsers ignore tabs and newlines inside a URL and leading control characters, so those are
removed before the scheme is looked at.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

SAFE_SCHEMES = ("http", "https")
_IGNORED = re.compile(r"[\t\n\r]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def safe_url(url: str | None, base: str | None = None) -> str | None:
    """URL resolved against BASE (when given and safe), or None unless it is http(s) or relative and parses."""
    if not url:
        return None
    url = _IGNORED.sub("", url).strip("\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e\x0f\x10\x11\x12\x13"
                                       "\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f ")
    if not url or _CONTROL.search(url):
        return None
    try:
        base = safe_url(base) if base else None
        if base and urlsplit(base).scheme:
            url = urljoin(base, url)
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        return None
    if parts.scheme == "":
        return url
    if parts.scheme.lower() in SAFE_SCHEMES and parts.netloc:
        return url
    return None


def host_of(url: str | None) -> str | None:
    """The host of an http(s) address, lower-cased; None when there is none or it does not parse."""
    url = safe_url(url)
    try:
        return urlsplit(url).hostname if url else None
    except ValueError:
        return None


def path_of(url: str) -> str:
    """The path of an address, or the whole string when it does not parse as one."""
    try:
        return urlsplit(url).path
    except ValueError:
        return url
