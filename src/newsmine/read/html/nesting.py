"""Refuse a page whose elements nest deeper than any real page before it is parsed.

Lexbor's tree builder looks down the stack of open elements on every block start tag, so 64k unclosed
`<div>` cost seconds (quadratic in the depth); browsers themselves stop nesting at a few hundred
levels. One linear scan follows the start and end tags as the parser would: void elements, elements
closed by their next sibling (`p`, `li`, `td`…), raw text (`script`, `style`) and comments add no depth;
an end tag closes what is open down to its element; `/>` closes only inside `svg` and `math`.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from newsmine.errors import NotAnArticle

MAX_DEPTH = 1024
"""The deepest nesting a page may have (browsers stop nesting at 512)."""

_TOKEN = re.compile(r"<!--.*?(?:-->|\Z)|<(/?)([A-Za-z][^\s/>]*)((?:\"[^\"]*\"|'[^']*'|[^'\">])*)>?", re.S)
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr basefont bgsound frame "
                  "keygen image".split())
_SIBLING_CLOSED = frozenset("p li dt dd option optgroup tr td th thead tbody tfoot colgroup caption rb rp rt rtc "
                            "a nobr html head body".split())
_RAW = frozenset("script style textarea title xmp iframe noembed noframes plaintext".split())
_FOREIGN = frozenset(("svg", "math"))


def nesting_depth(text: str, limit: int = MAX_DEPTH) -> int:
    """How deep the page's elements nest, counted until LIMIT is passed (then LIMIT + 1)."""
    stack: list[str] = []
    open_count: Counter[str] = Counter()
    pos = deepest = 0
    while (m := _TOKEN.search(text, pos)) is not None:
        pos = m.end()
        if m.group(2) is None:
            continue
        tag = m.group(2).lower()
        if m.group(1):
            if open_count[tag]:
                while stack:
                    open_count[top := stack.pop()] -= 1
                    if top == tag:
                        break
            continue
        if tag in _RAW:
            end = _raw_end(tag).search(text, pos)
            pos = end.start() if end else len(text)
            continue
        foreign = tag in _FOREIGN or open_count["svg"] or open_count["math"]
        self_closed = foreign and (m.group(3) or "").rstrip().endswith("/")
        if tag in _VOID or tag in _SIBLING_CLOSED or self_closed:
            continue
        stack.append(tag)
        open_count[tag] += 1
        deepest = max(deepest, len(stack))
        if deepest > limit:
            break
    return deepest


@cache
def _raw_end(tag: str) -> re.Pattern[str]:
    return re.compile(rf"</{tag}\b", re.I)


def check_nesting(text: str, source: str) -> None:
    """NotAnArticle when the page nests deeper than MAX_DEPTH."""
    if nesting_depth(text) > MAX_DEPTH:
        raise NotAnArticle(source, f"nests its elements more than {MAX_DEPTH} deep; no real page does")
