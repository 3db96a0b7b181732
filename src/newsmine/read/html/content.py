"""Find a page's main content and turn it into body blocks, in reading order.

The main content is the deepest element that still holds most of the page's paragraph text
(paragraphs inside comment, related-links or sidebar containers do not count). Its subtree is
then walked once: paragraphs, headings, block quotes, lists and figures become Blocks;
link lists, share bars, hidden and furniture elements are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from newsmine.model import Block, Figure
from newsmine.read.html.credits import split_caption
from newsmine.read.html.dom import (
    IMAGE_TAGS,
    IMAGES,
    Node,
    block_text,
    class_id,
    descendant,
    is_hidden,
    link_density,
    text_of,
)
from newsmine.read.html.figures import PLACEHOLDER, image_names, read_figure

_NEGATIVE = re.compile(
    r"comment|share|sharing|social|related|recommend|sidebar|breadcrumb|promo|advert|^ads?$|^ad[-_]|[-_]ads?$|"
    r"ad-slot|newsletter|subscri|signup|popup|modal|cookie|consent|gdpr|banner|outbrain|taboola|most-?read|"
    r"trending|widget|pagination|pager|footer|^nav|[-_]nav|menu|toolbar|masthead|^tags?$|^tag-?(?:list|cloud|links)|"
    r"byline|author-?(?:info|bio|box)|disclaimer|copyright|print-only|skip-link|visually-hidden|sr-only|"
    r"paywall|teaser-list|read-?more|also-?read|further-?reading|more-?stories|livefyre|disqus|rating|"
    r"-law$|gprd|privacy|caption|credit|gallery|slideshow|carousel|lightbox|overlay|tooltip|hidden|offscreen")
_MAIN_HINT = re.compile(r"^(?:article|story|content|entry|post|main|text|body)(?:$|[-_](?:body|content|text|main|inner|wrapper|container|entry))|"
                        r"articlebody|article-?body|story-?body|entry-?content|post-?content|main-?content|正文")
_CAPTION_HINT = re.compile(r"caption|legend|credit|pic-?(?:info|text|desc)|img-?(?:info|text|desc)|photo-?text|"
                           r"subtitle|desc")
_CAPTION_WORDS = re.compile(r"图片来源|圖片來源|资料图|資料圖|摄影|攝影|图/|圖/|^图为|^圖為|新华社记者.{2,4}摄")
_INLINE = frozenset({"a", "span", "b", "strong", "i", "em", "font", "small", "sup", "sub", "u", "abbr", "time",
                     "mark", "cite", "q", "s", "code", "label", "big", "tt", "var", "kbd", "bdi", "bdo", "wbr",
                     "ins", "del", "-text", "br", "nobr", "dfn", "data"})
_SKIP = frozenset({"nav", "footer", "aside", "dialog", "script", "style", "noscript", "template", "svg", "form",
                   "button", "select", "textarea", "iframe", "object", "embed", "video", "audio", "canvas", "input",
                   "-comment", "head", "title", "meta", "link"})
_CONTAINERS = frozenset({"div", "section", "header", "table", "tbody", "tr", "td", "dl", "center", "font"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_IMAGE_BOX_CLASS = re.compile(r"(?:^|[\s_-])(?:image|img|photo|picture|figure|foto|bild)(?:$|[\s_-])")
_MIN_PARAGRAPH = 25
_MIN_LOOSE = 60  # text outside any <p> must be this long (or end a sentence) to count as a paragraph
_SENTENCE_END = tuple(".!?。！？…\"”」』")
_BODY_MARKS = ('[itemprop="articleBody"], [class*="article-body"], [class*="articleBody"], [class*="article__body"], '
               '[class*="story-body"], [class*="entry-content"], [class*="post-content"], [class*="article-content"], '
               '[class*="article_content"], [class*="story-content"], [class*="body-text"], [class*="artikel"]')
_PART_SHARE = 0.1
_MARKED_SHARE = 0.5  # a container marked as the article body wins when it holds this share of the text
_MIN_MAIN = 400  # below this much counted text, furniture classes are ignored and the search redone
_MAX_DEPTH = 150
_SHARE = 0.85
_NEAR = 6  # how many ancestors of a paragraph are checked for furniture classes


@dataclass
class Body:
    """Blocks and figures as they are collected."""

    blocks: list[Block] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    loose_figure: Figure | None = None  # an image-only paragraph whose caption may be the next paragraph

    def paragraph(self, text: str, node: Node | None = None) -> None:
        if not text:
            return
        if self.loose_figure is not None and node is not None and _caption_like(node, text):
            self.loose_figure.caption, credit = split_caption(text)
            self.loose_figure.credit = self.loose_figure.credit or credit
            self.loose_figure = None
            return
        self.loose_figure = None
        self.blocks.append(Block(type="paragraph", text=text))

    def figure(self, figure: Figure, loose: bool = False) -> None:
        if any(f.src == figure.src for f in self.figures):
            return
        self.blocks.append(Block(type="figure", figure=len(self.figures)))
        self.figures.append(figure)
        self.loose_figure = figure if loose and figure.caption is None else None


def _tiny_or_blank(img: Node) -> bool:
    """A lazy-loading placeholder (its real image is elsewhere, often in <noscript>)."""
    src = img.attributes.get("src") or ""
    lazy = img.attributes.get("data-src") or img.attributes.get("srcset")
    return not lazy and (src.startswith("data:") or bool(PLACEHOLDER.search(src)))


def _caption_like(node: Node, text: str) -> bool:
    """A short paragraph right after an image-only one that is centred or marked as a caption."""
    if units(text) > 240:
        return False
    style = (node.attributes.get("style") or "").replace(" ", "").lower()
    return ("text-align:center" in style or (node.attributes.get("align") or "").lower() == "center"
            or bool(_CAPTION_HINT.search(class_id(node))) or bool(_CAPTION_WORDS.search(text)))


def _negative(node: Node) -> bool:
    """A container the page marks as comments, links, share bars, ads or other furniture."""
    names = class_id(node).split()
    if not names or not any(_NEGATIVE.search(n) and "embed" not in n for n in names):
        return False  # an embedded post (tweet, Instagram) quoted by the story is article text
    return not any(_MAIN_HINT.search(n) for n in names)


def units(text: str) -> int:
    """Text weight: a CJK character counts as three Latin ones (it carries about a word)."""
    cjk = sum(1 for ch in text if "\u3400" <= ch <= "\u9fff")
    return len(text) + 2 * cjk


def find_main(root: Node) -> Node:
    """The deepest element holding at least `_SHARE` of the page's counted paragraph text."""
    body = root.css_first("body") or root
    candidates = [(p, w) for p in root.css("p, pre, td, div, li, blockquote") if (w := _weight(p))]
    mass, nodes, depths = _masses(candidates, skip_furniture=True)
    if not mass or max(mass.values()) < _MIN_MAIN:
        mass, nodes, depths = _masses(candidates, skip_furniture=False)
    if not mass:
        return body
    total = max(mass.values())
    marked = _marked_body(root, mass, total)
    if marked is not None:
        return marked
    best, best_depth = body, -1
    for key, value in mass.items():
        if value >= _SHARE * total and depths[key] > best_depth:
            best, best_depth = nodes[key], depths[key]
    return best


def _marked_body(root: Node, mass: dict[int, float], total: float) -> Node | None:
    """The container(s) the page marks as its article body, when they hold most of the text: one,
    or the nearest common ancestor of several (a body split by adverts or a paywall)."""
    marked = [n for n in root.css(_BODY_MARKS) if mass.get(n.mem_id, 0.0) >= _PART_SHARE * total]
    if not marked:
        return None
    paths = {n.mem_id: _path(n) for n in marked}
    outer = [n for n in marked if not any(o.mem_id in paths[n.mem_id][:-1] for o in marked if o is not n)]
    if sum(mass[n.mem_id] for n in outer) < _MARKED_SHARE * total:
        return None
    if len(outer) == 1:
        return outer[0]
    common = paths[outer[0].mem_id]
    for n in outer[1:]:
        other = paths[n.mem_id]
        k = 0
        while k < min(len(common), len(other)) and common[k] == other[k]:
            k += 1
        common = common[:k]
    node: Node | None = outer[0]
    while node is not None and node.mem_id != common[-1]:
        node = node.parent
    return node


def _path(node: Node) -> list[int]:
    ids = []
    while node is not None:
        ids.append(node.mem_id)
        node = node.parent
    return ids[::-1]


def _weight(p: Node) -> float:
    """A paragraph's text weight, less its linked text; 0 for short ones."""
    if p.tag in ("div", "td", "li"):
        text = p.text(deep=False, separator="", strip=True)
        linked = 0.0
    else:
        text = text_of(p)
        linked = link_density(p, text) if p.css_first("a") is not None else 0.0
    weight = units(text)
    if weight < _MIN_PARAGRAPH or (p.tag in ("li", "td") and weight < 80) or linked > 0.5:
        return 0.0
    return weight * (1.0 - linked)


def _masses(candidates: list[tuple[Node, float]], skip_furniture: bool
            ) -> tuple[dict[int, float], dict[int, Node], dict[int, int]]:
    """Paragraph weight summed into every ancestor (up to `<body>`), with each ancestor's depth."""
    mass: dict[int, float] = {}
    nodes: dict[int, Node] = {}
    depths: dict[int, int] = {}
    for p, weight in candidates:
        chain: list[Node] = []
        node = p.parent
        bad = False
        while node is not None and node.tag not in ("body", "html", "#document"):
            if len(chain) < _NEAR and (node.tag == "a" or (skip_furniture and _negative(node))):
                bad = True
                break
            chain.append(node)
            node = node.parent
        if bad:
            continue
        for i, anc in enumerate(chain):
            key = anc.mem_id
            mass[key] = mass.get(key, 0.0) + weight
            if key not in nodes:
                nodes[key] = anc
                depths[key] = len(chain) - i
    return mass, nodes, depths


def read_body(main: Node, base_url: str | None, title: str | None = None) -> Body:
    """Walk the main element's subtree into blocks."""
    body = Body()
    _walk(main, body, base_url, title, 0)
    return body


def _walk(node: Node, body: Body, base_url: str | None, title: str | None, depth: int) -> None:
    pending: list[str] = []

    def flush() -> None:
        text = "".join(pending)
        pending.clear()
        for line in text.split("\n"):
            line = " ".join(line.split())
            if units(line) >= _MIN_LOOSE or (units(line) >= 2 and line[-1] in _SENTENCE_END):
                body.paragraph(line)

    for child in node.iter(include_text=True):
        tag = child.tag
        if tag == "-text":
            pending.append(child.text_content or "")
            continue
        if tag in _SKIP or is_hidden(child):
            continue
        if tag == "br":
            pending.append("\n")
            continue
        if tag in _INLINE:
            if child.css_first(IMAGES) is not None and units(text_of(child)) < 20:
                flush()
                if (figure := read_figure(child, base_url)) is not None:
                    body.figure(figure)
            elif child.css_first("p, div, h2, h3, ul, figure") is not None and depth < _MAX_DEPTH:
                flush()
                _walk(child, body, base_url, title, depth + 1)
            else:
                pending.append(child.text(deep=True, separator="", strip=False) or "")
            continue
        flush()
        _block(child, tag, body, base_url, title, depth)
    flush()


def _block(child: Node, tag: str, body: Body, base_url: str | None, title: str | None, depth: int) -> None:
    if tag == "figcaption":
        return  # a caption outside its <figure> was read with the image before it
    if tag in ("figure", "picture") or tag in IMAGE_TAGS:
        if (figure := read_figure(child, base_url)) is not None:
            body.figure(figure)
        return
    if tag in ("div", "section") and is_image_box(child):
        if (figure := read_figure(child, base_url)) is not None:
            body.figure(figure)
        return
    if _negative(child) and child.css_first("figure") is None:
        if units(text_of(child)) < 2000:
            return
    if tag in _CONTAINERS and depth > 0:
        text = text_of(child)
        if (tag == "header" and units(text) < 1000) or (units(text) < 3000 and link_density(child, text) > 0.5):
            return
    if tag in _HEADINGS and descendant(child, "p, div, ul, table") is not None and depth < _MAX_DEPTH:
        _walk(child, body, base_url, title, depth + 1)  # an unclosed heading swallowed the text after it
        return
    if tag in _HEADINGS:
        text = text_of(child)
        if not text or (tag == "h1" and title and (text == title or not body.blocks)):
            return
        if link_density(child, text) < 0.6:
            body.blocks.append(Block(type="heading", text=text, level=max(2, int(tag[1]))))
        return
    if tag == "p":
        if child.css_first(IMAGES) is not None and units(text_of(child)) < 20:
            if (figure := read_figure(child, base_url)) is not None:
                body.figure(figure, loose=True)
            return
        if descendant(child, "p, div, ul, table, figure") is not None and depth < _MAX_DEPTH:
            _walk(child, body, base_url, title, depth + 1)
            return
        text = block_text(child)
        if text and not (link_density(child, text) > 0.6 and units(text) < 300):
            for line in text.split("\n"):
                body.paragraph(line, child)
        return
    if tag == "blockquote":
        paras = [t for p in child.css("p") if (t := text_of(p))] or [block_text(child)]
        text = "\n".join(t for t in paras if t)
        if text:
            body.blocks.append(Block(type="quote", text=text))
        return
    if tag in ("ul", "ol") and child.css_first(f"li {IMAGES}") is not None and depth < _MAX_DEPTH:
        text = text_of(child)
        if link_density(child, text) < 0.5:
            _walk(child, body, base_url, title, depth + 1)  # a gallery: one picture per item
        return
    if tag in ("ul", "ol"):
        items = [t for li in child.css("li") if li.parent is not None and li.parent.mem_id == child.mem_id
                 if (t := text_of(li))]
        text = " ".join(items)
        if items and link_density(child, text) < 0.5:
            body.blocks.append(Block(type="list", items=items))
        return
    if tag == "pre":
        body.paragraph(text_of(child))
        return
    if depth < _MAX_DEPTH:
        _walk(child, body, base_url, title, depth + 1)
    else:
        body.paragraph(text_of(child))


def is_image_box(node: Node) -> bool:
    """A container with exactly one image and only a little text (its caption and credit)."""
    imgs = node.css(IMAGES)
    if not imgs or len(imgs) > 3 or node.css_first("p p, h2, h3, ul, ol, blockquote") is not None:
        return False
    if len(imgs) > 1 and len({frozenset(image_names(i)) for i in imgs if not _tiny_or_blank(i)}) > 1:
        return False
    if units(text_of(node)) >= 600 or len(node.css("p")) > 2:
        return False
    if _IMAGE_BOX_CLASS.search(class_id(node)):
        return True  # the page names it an image box: its paragraph is a (long) caption
    # a long paragraph beside the image is article text, not a caption
    return not any(units(text_of(p)) > 150 and not _CAPTION_HINT.search(class_id(p)) and p.css_first(IMAGES) is None
                   for p in node.css("p"))
