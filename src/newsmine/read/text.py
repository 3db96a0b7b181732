"""Plain text → Article: the first non-blank line is the title, blank lines separate paragraphs."""

from __future__ import annotations

import re

from newsmine.errors import NotAnArticle
from newsmine.model import Article, Block
from newsmine.read import language
from newsmine.read.markdown import join_lines

_BLANK = re.compile(r"\n[ \t\u3000]*\n")


def read_text(text: str, source: str = "-", *, title: str | None = None) -> Article:
    """Read plain text; with `title` (from front matter) every line is body text.

    A text with no blank lines at all has one paragraph per line (how many sites' copy-paste looks).
    """
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n").strip()
    if title is None:
        first, _, text = text.partition("\n")
        title = first.strip()
    if not title:
        raise NotAnArticle(source, "has no title (the first line of a text is its title)")
    chunks = _BLANK.split(text) if _BLANK.search(text) else text.split("\n")
    paragraphs = [join_lines(c.strip()) for c in chunks if c.strip()]
    if not paragraphs:
        raise NotAnArticle(source, "has a title line but no text (plain text: the first line is the title)")
    article = Article(title=title, blocks=[Block(type="paragraph", text=p) for p in paragraphs])
    article.language, article.script = language.detect("\n".join([title, *paragraphs]))
    return article
