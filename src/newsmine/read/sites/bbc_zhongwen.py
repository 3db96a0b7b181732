"""BBC News 中文 (bbc.com/zhongwen, simplified and traditional): the seed's publisher.

Both layouts keep the page's accessibility labels, which the seed's Markdown keeps too: a figure's
credit follows `图像来源，` and its caption `图像加注文字，` (traditional `圖像來源，`/`圖像加註文字，`).

- V2023 (pages published before 2024): `<main>` with `h1#content`; the byline is an unlabelled
  `<ul role="list">` of name, role, name, role…; the date a `<time>`; the lead a `<p><b>…</b></p>`.
- V2024 (current): the byline sits in a labelled region (`aria-labelledby="article-byline"`), each
  item prefixed by a hidden label (`作者，` name, `职务，` role, `报道自` place); `<time datetime>`.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from newsmine.model import Article, Block, Figure, Person
from newsmine.read.html.content import units
from newsmine.read.html.cues import CONTRIBUTOR_CUES
from newsmine.read.html.dates import to_iso
from newsmine.read.html.dom import Node, is_hidden, link_density, text_of
from newsmine.read.html.figures import read_figure
from newsmine.read.markdown import contributors_from_line, person_from_text
from newsmine.read.sites.base import Profile, Version
from newsmine.urls import path_of

if TYPE_CHECKING:
    from newsmine.read.html import Page

_SLUG = re.compile(r"/zhongwen/(?:simp|trad)/([a-z_-]+?)-\d+/?$")
_SITE_SUFFIX = re.compile(r"\s*[-–|]\s*BBC(?: News)? ?中文(?:网|網)?\s*$")
_NAME_LABELS = ("作者，", "作者,", "Author,", "Author, ")
_ROLE_LABELS = ("职务，", "職務，", "职位，", "職位，", "Role,", "Role, ")
_PLACE_LABELS = ("报道自", "報導自", "报道地点，", "報道地點，", "Reporting from")
_BLOCKS = "h2, h3, p, figure, blockquote, ul, ol"


class BBCZhongwen(Profile):
    """BBC News 中文."""

    NAME = "BBC News 中文"

    @classmethod
    def matches(cls, page: Page) -> bool:
        site = page.meta.site_name or ""
        url = page.meta.url or ""
        return ("BBC" in site and "中文" in site) or "bbc.com/zhongwen/" in url or "bbc.co.uk/zhongwen/" in url

    class _Common(Version):
        """What both layouts share: title, section, date, body walk, figures, contributor line."""

        def main(self) -> Node:
            return self.root.css_first("main") or self.root.css_first("body") or self.root

        def title(self) -> str | None:
            h1 = self.main().css_first("h1")
            if h1 is not None and text_of(h1):
                return text_of(h1)
            return _SITE_SUFFIX.sub("", self.meta.title or "") or None

        def section(self) -> str | None:
            m = _SLUG.search(path_of(self.meta.url or ""))
            if m:
                return " ".join(w.capitalize() for w in re.split(r"[-_]", m.group(1)))
            return self.meta.section

        def published(self) -> str | None:
            for node in self.main().css("time"):
                got = to_iso(node.attributes.get("datetime")) or to_iso(text_of(node))
                if got:
                    return got
            return self.meta.published

        def byline_node(self) -> Node | None:
            return None

        def byline_items(self) -> list[str]:
            node = self.byline_node()
            if node is None:
                return []
            return [t for li in node.css("li") if (t := text_of(li)) and not to_iso(t)]

        def authors(self) -> list[Person]:
            people: list[Person] = []
            for item in self.byline_items():
                if item.startswith(_PLACE_LABELS):
                    continue
                role = _strip(item, _ROLE_LABELS)
                name = _strip(item, _NAME_LABELS)
                glossed = "（" in item or "(" in item
                if role is not None and people:
                    people[-1].role = role
                elif name is not None or glossed or not people or people[-1].role is not None:
                    people.append(person_from_text(name if name is not None else item))
                else:
                    people[-1].role = item
            return people

        def _walk(self) -> tuple[list[Block], list[Figure], str | None, str | None]:
            blocks: list[Block] = []
            figures: list[Figure] = []
            lead = closing = None
            byline = self.byline_node()
            taken: set[int] = set()
            for node in self.main().css(_BLOCKS):
                if _inside(node, taken) or _skipped(node, byline):
                    continue
                taken.add(node.mem_id)
                tag = node.tag
                if tag == "figure":
                    if node.css_first("iframe, [data-e2e='media-player']") is None:
                        figure = read_figure(node, None)
                        if figure is not None:
                            figure.src = file_name(figure.src, node)
                            blocks.append(Block(type="figure", figure=len(figures)))
                            figures.append(figure)
                elif tag in ("h2", "h3"):
                    if text := text_of(node):
                        blocks.append(Block(type="heading", text=text, level=int(tag[1])))
                elif tag == "blockquote":
                    paras = [t for p in node.css("p") if (t := text_of(p))] or [text_of(node)]
                    blocks.append(Block(type="quote", text="\n".join(paras)))
                elif tag in ("ul", "ol"):
                    items = [t for li in node.css("li") if (t := text_of(li))]
                    if items and link_density(node) < 0.5:
                        blocks.append(Block(type="list", items=items))
                else:
                    text = text_of(node)
                    if not text:
                        continue
                    if _all_bold(node, text) and lead is None and not any(b.type == "paragraph" for b in blocks):
                        lead = text
                    else:
                        blocks.append(Block(type="paragraph", text=text))
            last = next((b for b in reversed(blocks) if b.type == "paragraph"), None)
            if last is not None and CONTRIBUTOR_CUES.search(last.text) and units(last.text) < 300:
                closing = last.text
                blocks.remove(last)
            return blocks, figures, lead, closing

        def body(self) -> tuple[list[Block], list[Figure]]:
            blocks, figures, self._lead, self._closing = self._walk()
            return blocks, figures

        def lead(self) -> str | None:
            return getattr(self, "_lead", None)

        def contributor_line(self) -> str | None:
            return getattr(self, "_closing", None)

        def read(self) -> Article | None:
            article = super().read()
            if article is not None and article.contributor_line:
                article.contributors = contributors_from_line(article.contributor_line)
            return article

    class V2023(_Common):
        """The 2023 layout: an unlabelled `<ul role="list">` byline right under the headline."""

        VALID_UNTIL = date(2024, 1, 1)

        def byline_node(self) -> Node | None:
            main = self.main()
            first_p = main.css_first("p")
            for ul in main.css("ul")[:3]:
                if ul.css_first("a") is None and _before(ul, first_p):
                    return ul
            return None

    class V2024(_Common):
        """The current layout: a labelled byline region (`作者，` name, `职务，` role, `报道自` place)."""

        VALID_UNTIL = None

        def byline_node(self) -> Node | None:
            labelled = self.main().css_first('[aria-labelledby="article-byline"], [data-e2e="byline"]')
            return labelled if labelled is not None else BBCZhongwen.V2023.byline_node(self)

    VERSIONS = [V2023, V2024]


def file_name(src: str, figure: Node) -> str:
    """The image's file: the last path segment of its URL (a `.webp` twin of a `.jpg` gives the `.jpg`)."""
    img = figure.css_first("noscript img") or figure.css_first("img")
    raw = (img.attributes.get("src") if img is not None else None) or src
    name = path_of(raw).rsplit("/", 1)[-1] or raw
    return re.sub(r"(\.(?:jpe?g|png|gif))\.webp$", r"\1", name, flags=re.I)


def _strip(text: str, labels: tuple[str, ...]) -> str | None:
    for label in labels:
        if text.startswith(label):
            return text[len(label) :].strip()
    return None


def _all_bold(node: Node, text: str) -> bool:
    bold = [c for c in node.iter() if c.tag in ("b", "strong")]
    return len(bold) == 1 and text_of(bold[0]) == text


def _inside(node: Node, taken: set[int]) -> bool:
    p = node.parent
    while p is not None:
        if p.mem_id in taken:
            return True
        p = p.parent
    return False


def _skipped(node: Node, byline: Node | None) -> bool:
    """Adverts, hidden regions, the byline, and anything in a <section> that is not the story."""
    p: Node | None = node
    while p is not None and p.tag != "main":
        if is_hidden(p) or (byline is not None and p.mem_id == byline.mem_id):
            return True
        if p.tag in ("aside", "nav", "header", "footer") or (p.attributes.get("data-e2e") or "") == "advertisement":
            return True
        if p.tag == "section" and (p.attributes.get("role") or "") == "region":
            return True
        p = p.parent
    return False


def _before(node: Node, other: Node | None) -> bool:
    if other is None:
        return True
    return _position(node) < _position(other)


def _position(node: Node) -> list[int]:
    path: list[int] = []
    while node.parent is not None:
        parent = node.parent
        index = 0
        sibling = node.prev
        while sibling is not None:
            index += 1
            sibling = sibling.prev
        path.append(index)
        node = parent
    return list(reversed(path))
