"""A page's declared metadata: JSON-LD (schema.org), OpenGraph and `<meta>` tags.

Declared metadata is what the publisher says about the article; the DOM reader (content.py)
checks it against what the page shows, and falls back on it when the page shows nothing.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

from newsmine.read.html.credits import clean_credit
from newsmine.read.html.dates import to_iso
from newsmine.read.html.dom import Node, clean
from newsmine.read.html.figures import file_key
from newsmine.urls import safe_url

_ARTICLE_TYPES = {"newsarticle", "article", "reportagenewsarticle", "blogposting", "analysisnewsarticle",
                  "opinionnewsarticle", "backgroundnewsarticle", "webpage", "reviewnewsarticle",
                  "livebloggposting", "liveblogposting", "socialmediaposting", "report", "scholarlyarticle"}
_AUTHOR_META = ("author", "byl", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author",
                "article:author_name", "citation_author", "twitter:creator:name", "cxenseparse:author")
_DATE_META = ("article:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate",
              "publish-date", "publish_date", "date", "dc.date", "dc.date.issued", "dcterms.created",
              "parsely-pub-date", "sailthru.date", "article.published", "og:published_time", "published_time",
              "cxenseparse:recs:publishtime", "citation_publication_date", "weibo:article:create_at",
              "livetime", "publishtime", "publish_time", "pubtime", "releasedate", "release_date",
              "og:release_date", "createdate", "creation_date", "created")
_SECTION_META = ("article:section", "og:article:section", "section", "parsely-section", "cxenseparse:section")


@dataclass
class Metadata:
    """What the page declares about its article; every field may be missing."""

    title: str | None = None
    site_name: str | None = None
    url: str | None = None
    authors: list[str] = field(default_factory=list)
    authors_are_publisher: bool = False  # `authors` are organisations (the outlet): no person is declared
    published: str | None = None
    section: str | None = None
    description: str | None = None
    body: str | None = None
    language: str | None = None
    images: list[str] = field(default_factory=list)
    image_notes: dict[str, ImageNote] = field(default_factory=dict)


@dataclass
class ImageNote:
    """What the page declares about one image (JSON-LD or microdata `ImageObject`), by file name."""

    caption: str | None = None
    credit: str | None = None


def read_metadata(root: Node) -> Metadata:
    """Gather JSON-LD first (most specific), then OpenGraph and `<meta>` names."""
    meta = Metadata()
    metas: dict[str, str] = {}
    listed: dict[str, list[str]] = {}
    for node in root.css("meta"):
        a = node.attributes
        key = (a.get("property") or a.get("name") or a.get("itemprop") or "").strip().lower()
        content = a.get("content")
        if key and content:
            metas.setdefault(key, content.strip())
            listed.setdefault(key, []).append(content.strip())
    declared = _json_ld_data(root)
    for obj in _json_ld_articles(declared):
        _from_json_ld(meta, obj)
    meta.image_notes = _image_notes(declared, root)
    meta.title = meta.title or metas.get("og:title") or metas.get("twitter:title") or metas.get("title")
    meta.site_name = metas.get("og:site_name") or metas.get("application-name")
    canonical = root.css_first('link[rel="canonical"]')
    meta.url = choose_url([safe_url(u) for u in (canonical.attributes.get("href") if canonical else None, meta.url,
                                                 metas.get("og:url"))])
    if not meta.authors and len(listed.get("citation_author", [])) > 0:
        meta.authors = [clean(v) for v in listed["citation_author"] if clean(v)]
    if not meta.authors:
        for key in _AUTHOR_META:
            value = metas.get(key)
            if value and not value.startswith("http") and not value.startswith("@"):
                meta.authors = split_names(value)
                break
    if meta.site_name and [a.casefold() for a in meta.authors] == [meta.site_name.strip().casefold()]:
        meta.authors_are_publisher = True
    if not meta.published:
        meta.published = next((d for k in _DATE_META if (d := to_iso(metas.get(k)))), None)
    meta.section = meta.section or next((metas[k] for k in _SECTION_META if metas.get(k)), None)
    meta.description = meta.description or metas.get("og:description") or metas.get("description")
    for key in ("og:image", "og:image:url", "twitter:image", "twitter:image:src"):
        if metas.get(key):
            meta.images.append(metas[key])
    meta.images = [src for url in meta.images if (src := safe_url(url, meta.url))]
    html = root.css_first("html")
    meta.language = (html.attributes.get("lang") if html else None) or metas.get("og:locale")
    meta.title = clean(meta.title) or None
    return meta


def choose_url(candidates: list[str | None]) -> str | None:
    """The article's address: the first candidate (canonical link, JSON-LD, og:url) that is a full
    http(s) address with a path, relative ones resolved against the first absolute one."""
    given = [c.strip() for c in candidates if c and c.strip()]
    base = next((c for c in given if urlsplit(c).scheme in ("http", "https") and urlsplit(c).netloc), None)
    resolved = [urljoin(base, c) if base else c for c in given]
    full = [u for u in resolved if urlsplit(u).scheme in ("http", "https") and urlsplit(u).netloc]
    return next((u for u in full if urlsplit(u).path.strip("/")), full[0] if full else None)


def split_names(value: str) -> list[str]:
    """`A, B and C` / `A；B` → names, dropping empties and obvious non-names."""
    parts = re.split(r"\s*(?:,|;|，|、|；|&|\||\s(?:and|und|et|y|e|og|och|en|i|ve|dan|và|und von)\s)\s*", value)
    return [p for p in (clean(x) for x in parts) if p and len(p) < 80 and not p.startswith("http") and "@" not in p]


def _json_ld_data(root: Node) -> list[Any]:
    """Every JSON-LD block of the page, parsed (blocks that are not JSON are left out)."""
    out = []
    for script in root.css('script[type="application/ld+json"]'):
        try:
            out.append(json.loads(script.text(deep=True) or "null", strict=False))
        except ValueError:
            continue
    return out


def _json_ld_articles(declared: list[Any]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for data in declared:
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                if "@graph" in item:
                    stack.append(item["@graph"])
                types = item.get("@type")
                types = types if isinstance(types, list) else [types]
                if any(isinstance(t, str) and t.lower() in _ARTICLE_TYPES for t in types):
                    found.append(item)
    # A NewsArticle beats a generic WebPage.
    found.sort(key=lambda o: str(o.get("@type")).lower() == "webpage")
    return found


def _from_json_ld(meta: Metadata, obj: dict[str, Any]) -> None:
    meta.title = meta.title or _string(obj.get("headline")) or None
    if not meta.url:
        meta.url = _string(obj.get("url")) or _string(_id(obj.get("mainEntityOfPage"))) or None
    if not meta.authors:
        people, organisations = _people(obj.get("author"))
        meta.authors = people or organisations
        meta.authors_are_publisher = not people and bool(organisations)
    meta.published = meta.published or to_iso(_string(obj.get("datePublished")) or _string(obj.get("dateCreated")))
    section = obj.get("articleSection")
    meta.section = meta.section or (_string(section[0]) if isinstance(section, list) and section else _string(section)) or None
    meta.description = meta.description or _string(obj.get("description")) or None
    meta.images += _image_urls(obj.get("image"))
    body = _string(obj.get("articleBody"))
    if body and (meta.body is None or len(body) > len(meta.body)):
        meta.body = body


def _image_urls(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    urls = []
    for item in items:
        if isinstance(item, str):
            urls.append(item)
        elif isinstance(item, dict) and isinstance(item.get("url") or item.get("contentUrl"), str):
            urls.append(item.get("url") or item.get("contentUrl"))
    return urls


def _people(value: Any) -> tuple[list[str], list[str]]:
    """The declared authors that are people, and those that are organisations."""
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    organisations: list[str] = []
    for item in items:
        if isinstance(item, dict):
            name = _string(item.get("name"))
            if not name:
                continue
            if str(item.get("@type", "Person")).lower() in ("person", "['person']"):
                names += split_names(name)
            else:
                organisations.append(name)
        elif isinstance(item, str) and item and not item.startswith("http"):
            names += split_names(item)
    return list(dict.fromkeys(names)), list(dict.fromkeys(organisations))


def _id(value: Any) -> Any:
    return value.get("@id") or value.get("url") if isinstance(value, dict) else value


def _string(value: Any) -> str:
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, dict):
        return _string(value.get("name") or value.get("@value") or "")
    return ""


def _image_notes(declared: list[Any], root: Node) -> dict[str, ImageNote]:
    """Caption and credit of every `ImageObject` the page declares (JSON-LD anywhere in the data,
    `associatedMedia` and galleries included, or microdata), keyed by the image's file name."""
    notes: dict[str, ImageNote] = {}
    stack: list[Any] = list(declared)
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            stack.extend(v for v in item.values() if isinstance(v, (list, dict)))
            types = item.get("@type")
            if "ImageObject" in (types if isinstance(types, list) else [types]):
                _note(notes, [item.get("url"), item.get("contentUrl")], item.get("caption"), item.get("description"),
                      [item.get("creditText"), item.get("copyrightHolder"), item.get("author"), item.get("copyrightNotice")])
    for node in root.css('[itemtype*="ImageObject"]'):
        props = {(m.attributes.get("itemprop") or "").lower(): m.attributes.get("content") or ""
                 for m in node.css("meta[itemprop]")}
        _note(notes, [props.get("url"), props.get("contenturl")], props.get("caption"), props.get("description"),
              [props.get("author"), props.get("copyrightholder")])
    return notes


def _note(notes: dict[str, ImageNote], urls: list[Any], caption: Any, description: Any, credits: list[Any]) -> None:
    text = _string(caption) or _string(description) or None
    credit = next((c for value in credits if (c := _credit_name(value))), None)
    if not (text or credit):
        return
    for url in urls:
        if isinstance(url, str) and (key := file_key(url)) and key not in notes:
            notes[key] = ImageNote(caption=text, credit=credit)


def _credit_name(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(n for v in value if (n := _credit_name(v)))
    return clean_credit(_string(value))
