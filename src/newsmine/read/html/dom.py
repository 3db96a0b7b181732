"""Small helpers over the parsed page (selectolax's Lexbor backend): text, attributes, hidden nodes."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

Node = LexborNode

IMAGES = "img, amp-img"
"""What shows a picture: `<img>` and AMP pages' `<amp-img>` (the same attributes)."""
IMAGE_TAGS = frozenset({"img", "amp-img"})

_SPACE = re.compile(r"[ \t\r\n\f\v\u00a0\u2000-\u200b\u3000\ufeff]+")


def parse(text: str) -> LexborHTMLParser:
    """Parse a page; Lexbor follows the HTML5 algorithm, so any input gives a tree."""
    return LexborHTMLParser(text)


def clean(text: str | None) -> str:
    """Whitespace folded to single spaces and trimmed; nothing else changed."""
    if not text:
        return ""
    return _SPACE.sub(" ", text).strip()


def text_of(node: Node | None) -> str:
    """The node's visible text, whitespace folded."""
    if node is None:
        return ""
    return clean(node.text(deep=True, separator="", strip=False))


def block_text(node: Node) -> str:
    """Text of a block with `<br>` kept as line breaks (each line folded)."""
    if node.css_first("br") is None:
        return text_of(node)
    parts: list[str] = []
    for child in node.traverse(include_text=True):
        if child.tag == "-text":
            parts.append(child.text_content or "")
        elif child.tag == "br":
            parts.append("\n")
    lines = [clean(line) for line in "".join(parts).split("\n")]
    return "\n".join(line for line in lines if line)


def attr(node: Node, name: str) -> str:
    """An attribute's value, '' when absent."""
    value = node.attributes.get(name)
    return value or ""


def class_id(node: Node) -> str:
    """The node's class and id, lower-cased, for pattern tests."""
    a = node.attributes
    return f"{a.get('class') or ''} {a.get('id') or ''}".lower()


def is_hidden(node: Node) -> bool:
    """Hidden from every reader: `hidden`, `aria-hidden=true`, `display:none` inline style."""
    a = node.attributes
    if "hidden" in a or (a.get("aria-hidden") or "").lower() == "true":
        return True
    style = (a.get("style") or "").replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


def descendant(node: Node, selector: str) -> Node | None:
    """The first element under `node` matching `selector` (Lexbor's own `css` also matches `node`)."""
    return next((n for n in node.css(selector) if n.mem_id != node.mem_id), None)


def link_density(node: Node, text: str | None = None) -> float:
    """Share of the node's text that sits inside links."""
    total = len(text if text is not None else text_of(node))
    if total == 0:
        return 0.0
    linked = sum(len(text_of(a)) for a in node.css("a"))
    return min(1.0, linked / total)


def header_zone(root: Node, limit: int = 1500) -> str:
    """Text around the headline (its container, or the container's parent when that is tiny):
    where pages print the byline and the date."""
    h1 = root.css_first("h1")
    if h1 is None:
        return ""
    zone = h1.parent
    text = text_of(zone) if zone is not None else ""
    if zone is not None and zone.parent is not None and len(text) - len(text_of(h1)) < 10:
        text = text_of(zone.parent)
    start = text.find(text_of(h1))
    return text[max(0, start) : max(0, start) + limit]
