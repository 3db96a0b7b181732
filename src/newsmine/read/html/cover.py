"""The article's lead (cover) image: the one the page declares (og:image, JSON-LD), found in the
page so that its own caption and credit come with it; else the page's own lead image (a preloaded
rendition, or the figure under the headline); else the declared address alone."""

from __future__ import annotations

import re

from newsmine.model import Block, Figure
from newsmine.read.html.content import Body, is_image_box
from newsmine.read.html.dom import IMAGE_TAGS, IMAGES, Node, attr, class_id, text_of
from newsmine.read.html.figures import file_key, image_names, read_figure, srcset_urls
from newsmine.urls import safe_url

_BYLINE = re.compile(r"byline|author|avatar|profile|portrait")
_CLIMB = 4
_MIN_STEM = 8
_SIZE_MARKS = re.compile(r"[_-]?\d{2,4}x\d{2,4}|~\d+x\d+|[_-][wh]\d{2,4}(?=[_.-]|$)|_v\d+_\d+_\d+|[_-]scaled|"
                         r"[_-](?:xlarge|large|medium|small|thumb(?:nail)?|original)(?=[_.-]|$)")  # how far up from the image to look for its <figure> or caption box


def add_cover(root: Node, body: Body, declared: list[str], base_url: str | None, main: Node | None = None,
              title: str | None = None) -> None:
    """Put the declared lead image first in the body unless the body already shows it. When the page
    shows the declared picture under no known name (a social-media crop), the page's own lead image
    stands for it: the rendition the page preloads, else the figure between the headline and the text."""
    if not declared:
        return
    wanted = {file_key(u) for u in declared if u}
    wanted.discard("")
    wanted |= {stem for w in wanted if len(stem := rendition_stem(w)) >= _MIN_STEM}
    shown = {file_key(f.src) for f in body.figures}
    if not wanted or wanted & shown:
        return
    figure = (_find(root, wanted, base_url) or _preloaded(root, wanted, base_url)
              or (_header_figure(root, main, base_url, title) if main is not None else None) or Figure(src=declared[0]))
    if file_key(figure.src) in shown:
        return
    for block in body.blocks:
        if block.type == "figure" and block.figure is not None:
            block.figure += 1
    body.figures.insert(0, figure)
    body.blocks.insert(0, Block(type="figure", figure=0))


def rendition_stem(name: str) -> str:
    """A file name without its size markers (`1024x576_`, `-585x439`, `_w1200`, `-scaled`, extension):
    what two renditions of one picture share."""
    stem = name.rsplit(".", 1)[0] if "." in name[-6:] else name
    return _SIZE_MARKS.sub("", stem)


def _find(root: Node, wanted: set[str], base_url: str | None) -> Figure | None:
    for img in root.css(IMAGES):
        names = image_names(img)
        if not (names & wanted or {rendition_stem(n) for n in names} & wanted):
            continue
        return read_figure(_box(img), base_url)
    return None


def _box(img: Node) -> Node:
    """The image's `<figure>` or caption box, a few levels up at most."""
    box: Node = img
    node = img.parent
    for _ in range(_CLIMB):
        if node is None or node.tag in ("body", "main", "article"):
            break
        if node.tag == "figure" or is_image_box(node):
            box = node
            if node.tag == "figure":
                break
        node = node.parent
    return box


def _preloaded(root: Node, wanted: set[str], base_url: str | None) -> Figure | None:
    """The largest rendition of the declared picture that the page preloads (`<link rel=preload as=image>`)."""
    for link in root.css('link[rel="preload"][as="image"]'):
        urls = [u for u, _ in sorted(srcset_urls(attr(link, "imagesrcset")), key=lambda u: -u[1])] + [attr(link, "href")]
        for url in urls:
            if url and rendition_stem(file_key(url)) in wanted and (src := safe_url(url, base_url)):
                return Figure(src=src)
    return None


def _header_figure(root: Node, main: Node, base_url: str | None, title: str | None) -> Figure | None:
    """The first `<figure>` before the article text: inside the element holding both the headline
    (the `<h1>` with the title) and the text, where the picture may stand above the headline (or
    inside the text's parent when the headline opens the text); else the first after the first `<h1>`."""
    headline = next((h for h in root.css("h1") if title and text_of(h) == title), None)
    container = _common_ancestor(headline, main) if headline is not None else None
    if container is not None and container.mem_id == main.mem_id:
        container = main.parent  # the headline opens the text: the picture stands before both
    if container is not None and container.tag not in ("html", "body") and container.mem_id != main.mem_id:
        return _first_figure(container, main, base_url, need_h1=False)
    return _first_figure(root, main, base_url, need_h1=True)


def _first_figure(container: Node, main: Node, base_url: str | None, need_h1: bool) -> Figure | None:
    seen_h1 = not need_h1
    for node in container.traverse():
        if node.mem_id == main.mem_id:
            return None
        if node.tag == "h1":
            seen_h1 = True
        elif seen_h1 and node.tag in IMAGE_TAGS and not _in_byline(node, container):
            if (figure := read_figure(_box(node), base_url)) is not None:
                return figure
    return None


def _in_byline(node: Node, container: Node) -> bool:
    """A portrait of the author (the byline's picture), not the article's picture."""
    p: Node | None = node
    while p is not None and p.mem_id != container.mem_id:
        if _BYLINE.search(class_id(p)):
            return True
        p = p.parent
    return False


def _common_ancestor(a: Node, b: Node) -> Node | None:
    seen = set()
    node: Node | None = a
    while node is not None:
        seen.add(node.mem_id)
        node = node.parent
    node = b
    while node is not None and node.mem_id not in seen:
        node = node.parent
    return node
