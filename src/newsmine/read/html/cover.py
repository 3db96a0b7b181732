"""The article's lead (cover) image: the one the page declares (og:image, JSON-LD), found in the
page so that its own caption and credit come with it; else the declared address alone."""

from __future__ import annotations

import re

from newsmine.model import Block, Figure
from newsmine.read.html.content import Body, is_image_box
from newsmine.read.html.dom import IMAGES, Node
from newsmine.read.html.figures import file_key, image_names, read_figure

_CLIMB = 4
_MIN_STEM = 8
_SIZE_MARKS = re.compile(r"[_-]?\d{2,4}x\d{2,4}|~\d+x\d+|[_-][wh]\d{2,4}(?=[_.-]|$)|_v\d+_\d+_\d+|[_-]scaled|"
                         r"[_-](?:xlarge|large|medium|small|thumb(?:nail)?|original)(?=[_.-]|$)")  # how far up from the image to look for its <figure> or caption box


def add_cover(root: Node, body: Body, declared: list[str], base_url: str | None) -> None:
    """Put the declared lead image first in the body unless the body already shows it."""
    if not declared:
        return
    wanted = {file_key(u) for u in declared if u}
    wanted.discard("")
    wanted |= {stem for w in wanted if len(stem := rendition_stem(w)) >= _MIN_STEM}
    shown = {file_key(f.src) for f in body.figures}
    if not wanted or wanted & shown:
        return
    figure = _find(root, wanted, base_url) or Figure(src=declared[0])
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
        return read_figure(box, base_url)
    return None
