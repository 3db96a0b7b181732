"""Web page (HTML bytes) → Article: a publisher profile when one matches, else the generic reader.

    decode (encoding.py) → parse (Lexbor) → metadata (JSON-LD, OpenGraph, <meta>)
        → sites.find_profile(...)  or  generic: title, main content, blocks, byline, lead

The generic reader works for any news page in any language; `read/sites/` holds the publishers
whose markup needs more (BBC News 中文 first).
"""

from __future__ import annotations

import re
from functools import cache

from newsmine.data import lines
from newsmine.errors import NotAnArticle
from newsmine.model import Article, Block
from newsmine.read import language
from newsmine.read.encoding import decode_page
from newsmine.read.html.bylines import dom_authors, looks_like_name, people_not_outlet
from newsmine.read.html.content import Body, find_main, read_body
from newsmine.read.html.cues import CONTRIBUTOR_CUES
from newsmine.read.html.cover import add_cover
from newsmine.read.html.dates import to_iso
from newsmine.read.html.dom import Node, clean, descendant, header_zone, parse, text_of
from newsmine.read.html.metadata import Metadata, read_metadata
from newsmine.read.html.nesting import check_nesting
from newsmine.read.html.notes import fill_from_notes
from newsmine.read.markdown import contributors_from_line, person_from_text
from newsmine.urls import safe_url

__all__ = ["Page", "read_html", "read_html_text"]

_TAG = re.compile(r"<\s*(html|head|body|div|p|meta|title|article|span|a|h1|table|br)\b", re.I)
_SITE_SEPARATORS = re.compile(r"\s+[-|–—_:]\s+|_|｜|\s*\|\s*")
_LEAD_CLASS = re.compile(r"lead|intro|standfirst|summary|dek|teaser|abstract|subtitle|kicker-text|description")
_MAX_TITLE = 200
_RULE = re.compile(r"^[-—_*=~·]{3,}$")
_CLOSING_BLOCKS = 12  # how many blocks at the end of the body are checked for closing boilerplate
_CJK_SITE_SUFFIX = re.compile(r"\s*[-–—]\s*[^-–—\s]{1,10}(?:网|網|报|報|新闻|新聞|日报|日報|社|台)$")
_NEVER_TEXT = ["script", "style", "template", "svg", "math", "iframe", "object", "embed", "select", "textarea"]


class Page:
    """A parsed page with its declared metadata: what profiles and the generic reader share."""

    def __init__(self, text: str, source: str) -> None:
        self.source = source
        self.tree = parse(text)
        self.root: Node = self.tree.root if self.tree.root is not None else self.tree.body
        self.meta: Metadata = read_metadata(self.root)
        # the page's JSON data islands by element id (`__NEXT_DATA__`…), kept for publisher profiles
        self.data: dict[str, str] = {
            node.attributes.get("id") or "": node.text(deep=True)
            for node in self.root.css('script[type="application/json"][id]')
        }
        self.tree.strip_tags(_NEVER_TEXT)  # after the metadata: JSON-LD lives in <script>


def read_html(data: bytes, source: str = "-", *, charset: str | None = None) -> Article:
    """Decode a page's bytes (charset checked against the bytes; `charset` is the one an HTTP header
    declared) and read it into an Article."""
    text, _codec = decode_page(source, data, charset=charset)
    return read_html_text(text, source)


def read_html_text(text: str, source: str = "-") -> Article:
    """Read decoded page text into an Article; raise NotAnArticle when there is none."""
    if not _TAG.search(text[:65536]):
        raise NotAnArticle(source, "is not a web page (no HTML markup found)")
    check_nesting(text, source)
    page = Page(text, source)
    from newsmine.read.sites import find_profile

    profile = find_profile(page)
    article = profile.read(page) if profile is not None else None
    if article is None:
        article = read_generic(page)
    return finish(article, page)


def read_generic(page: Page) -> Article:
    """The publisher-independent reader."""
    meta = page.meta
    title = choose_title(page)
    main = find_main(page.root)
    body = read_body(main, meta.url, title)
    title = title or _title_from_body(body)
    if not title:
        raise NotAnArticle(page.source, "has no title (no <h1>, <title> or og:title) and no text")
    lead = _take_lead(main, body)
    add_cover(page.root, body, meta.images, meta.url, main, title)
    fill_from_notes(body.figures, meta.image_notes)
    article = Article(title=title, url=meta.url, published=meta.published, section=meta.section,
                      lead=lead, blocks=body.blocks, figures=body.figures)
    declared = [n for n in meta.authors if looks_like_name(n)]
    if declared and meta.authors_are_publisher:
        # The outlet declared as author gives way to a person the page names (byline, wire dateline).
        names = people_not_outlet(dom_authors(page.root, main), [*declared, meta.site_name or ""]) or declared
    else:
        names = declared or dom_authors(page.root, main)
    article.authors = [person_from_text(n) for n in names]
    if not article.published:
        article.published = _visible_date(page.root)
    if not any(b.type == "paragraph" for b in article.blocks) and meta.body:
        article.blocks += [Block(type="paragraph", text=t) for t in _declared_paragraphs(meta.body)]
    drop_closing_boilerplate(article)
    while article.blocks and article.blocks[-1].type == "heading":
        article.blocks.pop()  # a heading with nothing under it heads page furniture (comments, links)
    take_contributor_line(article)
    return article


def _declared_paragraphs(body: str) -> list[str]:
    """The JSON-LD `articleBody`, split into paragraphs (for pages that render their text with script)."""
    return [clean(p) for p in re.split(r"\n\s*\n|\n", body) if clean(p)]


@cache
def _boilerplate() -> list[re.Pattern[str]]:
    return [re.compile(line, re.I) for line in lines("closing_boilerplate")]


def drop_closing_boilerplate(article: Article) -> None:
    """Remove editor credits, reprint notices and share prompts from the end of the body."""
    for i in range(len(article.blocks) - 1, max(-1, len(article.blocks) - _CLOSING_BLOCKS), -1):
        block = article.blocks[i]
        if block.type != "paragraph":
            continue
        if len(block.text) < 150 and any(p.search(block.text[:60]) for p in _boilerplate()):
            del article.blocks[i]
        elif _RULE.match(block.text) and all(len(b.text) < 150 for b in article.blocks[i:]):
            del article.blocks[i:]  # a horizontal rule, then the outlet's promotions


def _title_from_body(body: Body) -> str | None:
    """Best effort for a page that names no title: its first heading, else its first sentence."""
    for block in body.blocks:
        if block.type == "heading" and block.text:
            return block.text
    first = next((b.text for b in body.blocks if b.type == "paragraph" and b.text), None)
    if not first:
        return None
    sentence = re.split(r"(?<=[。！？.!?])\s*", first, maxsplit=1)[0]
    return sentence if len(sentence) <= _MAX_TITLE else sentence[:_MAX_TITLE]


def finish(article: Article, page: Page) -> Article:
    """Language, script, only http(s) or relative addresses, and a last check that there is something to read."""
    if not article.title:
        raise NotAnArticle(page.source, "has no title (no <h1>, <title> or og:title)")
    article.url = safe_url(article.url)
    for figure in article.figures:
        figure.src = safe_url(figure.src) or ""
    sample = "\n".join([article.title, article.lead or ""] + [b.text or " ".join(b.items) for b in article.blocks[:60]])
    article.language, article.script = language.detect(sample)
    declared = (page.meta.language or "").split("-")[0].split("_")[0].lower()
    if article.language in ("en", None) and declared and declared != "zh" and declared.isalpha():
        article.language = declared
    return article


def choose_title(page: Page) -> str | None:
    """The on-page `<h1>` that agrees with the declared title, else the declared title, else `<title>`."""
    declared = page.meta.title
    head_title = text_of(page.root.css_first("title"))
    known = [t for t in (declared, head_title) if t]
    h1s = [t for h in page.root.css("h1")[:6] if (t := _heading_text(h))]
    for h in h1s:
        if any(h in k or (k in h and len(h) <= 1.5 * len(k)) for k in known):
            return h
    if declared:
        return strip_site_name(declared, page.meta.site_name)
    if len(h1s) == 1 and len(h1s[0]) <= _MAX_TITLE:
        return h1s[0]
    if head_title:
        return strip_site_name(head_title, page.meta.site_name)
    return h1s[0][:_MAX_TITLE] if h1s else None


def _heading_text(h: Node) -> str:
    """A heading's text; only its own text when an unclosed heading swallowed the blocks after it."""
    if descendant(h, "p, div, ul, table") is not None:
        return clean(h.text(deep=False))
    return text_of(h)


def strip_site_name(title: str, site: str | None) -> str:
    """`Headline - Site` / `标题_新浪网` / `标题-新华网` → the headline (the longest part)."""
    title = _CJK_SITE_SUFFIX.sub("", title)
    parts = [p.strip() for p in _SITE_SEPARATORS.split(title) if p.strip()]
    if site:
        parts = [p for p in parts if p != site] or parts
    return max(parts, key=len) if parts else title


def take_contributor_line(article: Article) -> None:
    """Move a closing `X在首尔补充报道。` / `Additional reporting by X` paragraph to the contributor line."""
    for i in range(len(article.blocks) - 1, max(-1, len(article.blocks) - 3), -1):
        block = article.blocks[i]
        if block.type == "paragraph" and len(block.text) < 200 and CONTRIBUTOR_CUES.search(block.text):
            article.contributor_line = block.text
            article.contributors = contributors_from_line(block.text)
            del article.blocks[i]
            return


def body_text(article: Article) -> str:
    """The body as plain text: lead, headings, paragraphs, quotes and list items, blank-line separated."""
    parts = [article.lead] if article.lead else []
    for block in article.blocks:
        if block.type == "list":
            parts.append("\n".join(block.items))
        elif block.type != "figure" and block.text:
            parts.append(block.text)
    return "\n\n".join(parts)


def _take_lead(main: Node, body: Body) -> str | None:
    first = next((b for b in body.blocks if b.type != "figure"), None)
    if first is None or first.type != "paragraph":
        return None
    for p in main.css("p")[:3]:
        if clean(p.text()) != first.text:
            continue
        bold = [c for c in p.iter() if c.tag in ("b", "strong")]
        if (len(bold) == 1 and text_of(bold[0]) == first.text) or _LEAD_CLASS.search(p.attributes.get("class") or ""):
            body.blocks.remove(first)
            return first.text
    return None


def _visible_date(root: Node) -> str | None:
    """The date a page shows: a `<time>`, the text round the headline, else the first time stamp
    (`2019-12-10 07:57`) in a short element named for a time, date or info line (`h-time`, `info`),
    as pages with no headline tag or two headers (desktop and mobile) print it."""
    for node in root.css("time")[:5]:
        got = to_iso(node.attributes.get("datetime")) or to_iso(text_of(node))
        if got:
            return got
    return to_iso(header_zone(root)) or next(
        (got for node in root.css(_STAMPED)[:40] if len(text := text_of(node)) <= _STAMP_TEXT
         and _STAMP.search(text) and (got := to_iso(text))), None)


_STAMPED = ", ".join(f"[{attr}*={word} i]" for attr in ("class", "id") for word in ("time", "date", "info"))
_STAMP = re.compile(r"\d{4}\s*(?:-|/|\.|年)\s*\d{1,2}\s*(?:-|/|\.|月)\s*\d{1,2}\s*日?\s*\d{1,2}:\d{2}")  # a date and a clock time
_STAMP_TEXT = 80  # an info line (time, source, font size), not a list of related stories
