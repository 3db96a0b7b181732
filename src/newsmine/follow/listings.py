"""What a followed source lists: feeds (RSS, Atom) and sitemaps (urlset, sitemap index, Google News).

`read_listing` tells them apart by the bytes: an XML document whose root is `urlset` or
`sitemapindex` is a sitemap (gzip-compressed ones too), so is a text file of one http(s) address a
line (the sitemap protocol's text form), and anything feedparser recognises is a feed.
Each page comes as a `Link` with its canonical address, its `lastmod` and the metadata the
listing gives it: a feed entry's title and date, and a Google News sitemap's `news:` tags
(`news_title`, `news_publication_date`, `news_publication_name`, `news_language`, `news_keywords`).
"""

from __future__ import annotations

import gzip
import io
import re
import xml.etree.ElementTree as ET
import zlib
from dataclasses import dataclass, field
from typing import Literal

from newsmine.errors import NewsmineError
from newsmine.follow.canonical import canonical_url

_ROOT = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(urlset|sitemapindex|rss|feed|RDF|html)\b")


class NotAListing(NewsmineError):
    """A source's bytes are neither a feed nor a sitemap."""


@dataclass
class Link:
    """One address a listing names, with its last-modified date and what the listing says about it."""

    url: str
    lastmod: str | None = None
    meta: dict[str, str] = field(default_factory=dict)


@dataclass
class Listing:
    kind: Literal["feed", "sitemap", "sitemap index"]
    pages: list[Link] = field(default_factory=list)
    sitemaps: list[Link] = field(default_factory=list)


def read_listing(data: bytes, url: str, max_bytes: int) -> Listing:
    """The pages (and, for a sitemap index, the sitemaps) that the feed or sitemap at URL names."""
    if data[:2] == b"\x1f\x8b":
        data = _gunzip(data, url, max_bytes)
    head = _ROOT.search(data[:4096])
    if head and head.group(1) in (b"urlset", b"sitemapindex"):
        return _sitemap(data, url)
    if head and head.group(1) == b"html":
        raise NotAListing(f"{url}: a web page, not a feed or sitemap (give the address of its feed or sitemap)")
    if not head and (lines := _text_sitemap(data)):
        return Listing("sitemap", [Link(loc) for line in lines if (loc := canonical_url(line, url))])
    return _feed(data, url)


def _text_sitemap(data: bytes) -> list[str]:
    """The lines of a text sitemap (one absolute http(s) address a line, UTF-8), else []."""
    try:
        lines = [line.strip() for line in data.decode("utf-8-sig").splitlines() if line.strip()]
    except UnicodeDecodeError:
        return []
    return lines if lines and all(line.startswith(("http://", "https://")) for line in lines) else []


def _gunzip(data: bytes, url: str, max_bytes: int) -> bytes:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as fh:
            out = fh.read(max_bytes + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise NotAListing(f"{url}: a broken gzip file ({exc})") from None
    if len(out) > max_bytes:
        raise NotAListing(f"{url}: over the {max_bytes:,}-byte limit once decompressed")
    return out


def _local(tag: str) -> tuple[str, str]:
    """(namespace, local name) of an ElementTree tag."""
    if tag.startswith("{"):
        ns, _, name = tag[1:].partition("}")
        return ns, name
    return "", tag


def _text(el: ET.Element) -> str:
    return (el.text or "").strip()


def _sitemap(data: bytes, url: str) -> Listing:
    try:
        root = ET.fromstring(data)  # expat refuses entity expansion bombs; no external entity is fetched
    except ET.ParseError as exc:
        raise NotAListing(f"{url}: a sitemap that is not well-formed XML ({exc})") from None
    index = _local(root.tag)[1] == "sitemapindex"
    listing = Listing("sitemap index" if index else "sitemap")
    for item in root:
        if _local(item.tag)[1] not in ("url", "sitemap"):
            continue
        loc, lastmod, meta = None, None, {}
        for child in item:
            ns, name = _local(child.tag)
            if name == "loc":
                loc = canonical_url(_text(child), url)
            elif name == "lastmod":
                lastmod = _text(child) or None
            elif name == "news" and "sitemap-news" in ns:
                meta.update(_news(child))
        if loc:
            (listing.sitemaps if index else listing.pages).append(Link(loc, lastmod, meta))
    return listing


def _news(el: ET.Element) -> dict[str, str]:
    """The Google News tags of one `<news:news>`: title, publication date, keywords, publication name and language."""
    meta = {}
    for child in el.iter():
        name = _local(child.tag)[1]
        if name in ("title", "publication_date", "keywords", "name", "language") and _text(child):
            key = "publication_name" if name == "name" else name
            meta[f"news_{key}"] = _text(child)
    return meta


def _iso(stamp: tuple[int, ...]) -> str:
    return "%04d-%02d-%02dT%02d:%02d:%02dZ" % tuple(stamp[:6])


def _feed(data: bytes, url: str) -> Listing:
    import feedparser

    parsed = feedparser.parse(data, response_headers={"content-location": url})
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        why = f" ({str(problem).splitlines()[0][:200]})" if problem else ""
        raise NotAListing(f"{url}: neither a feed nor a sitemap{why}")
    listing = Listing("feed")
    for entry in parsed.entries:
        loc = canonical_url(entry.get("link") or "", url)
        if not loc:
            continue
        meta = {}
        if entry.get("title"):
            meta["feed_title"] = entry["title"]
        # dict.get: FeedParserDict.get maps one date onto the other with a DeprecationWarning
        updated = dict.get(entry, "updated_parsed")
        stamp = dict.get(entry, "published_parsed") or updated
        if stamp:
            meta["feed_published"] = _iso(stamp)
        lastmod = _iso(updated) if updated else None
        listing.pages.append(Link(loc, lastmod, meta))
    return listing
