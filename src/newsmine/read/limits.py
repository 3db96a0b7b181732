"""How long an article newsmine analyses: a documented cap, so that no input runs for hours.

Real news articles hold a few thousand characters, long reads a few tens of thousands; the cap is
`MAX_ARTICLE_CHARS` characters of article text, changed with the `NEWSMINE_MAX_CHARS` environment
variable. Markdown is refused before parsing when it is `MARKUP_ALLOWANCE` times longer than that.
"""

from __future__ import annotations

import os

from newsmine.errors import InputError, UnreadableInput
from newsmine.model import Article

MAX_ARTICLE_CHARS = 100_000
MARKUP_ALLOWANCE = 4
ENV = "NEWSMINE_MAX_CHARS"


class TooLong(InputError):
    """The article (or its Markdown) is over the size newsmine analyses."""


def max_article_chars() -> int:
    """The cap in force: `NEWSMINE_MAX_CHARS` when set to a positive whole number, else MAX_ARTICLE_CHARS."""
    value = os.environ.get(ENV, "").strip()
    if not value:
        return MAX_ARTICLE_CHARS
    if not value.isascii() or not value.isdigit() or int(value) < 1:
        raise UnreadableInput(ENV, f"must be a positive whole number of characters, not {value!r}")
    return int(value)


def article_chars(article: Article) -> int:
    """Characters of article text: title, lead and every block."""
    return len(article.title) + len(article.lead or "") + sum(
        len(b.text) + sum(len(i) for i in b.items) for b in article.blocks)


def check_article(article: Article, source: str) -> Article:
    """ARTICLE, or TooLong when its text is over the cap."""
    n, cap = article_chars(article), max_article_chars()
    if n > cap:
        raise TooLong(source, f"holds {n:,} characters of text, over the limit of {cap:,} for one article ({ENV})")
    return article


def check_markup(text: str, source: str) -> None:
    """Refuse Markdown far longer than any article it could hold, before parsing it."""
    cap = max_article_chars() * MARKUP_ALLOWANCE
    if len(text) > cap:
        raise TooLong(source, f"is {len(text):,} characters long, over the limit of {cap:,} for one article's "
                              f"Markdown ({ENV} × {MARKUP_ALLOWANCE})")
