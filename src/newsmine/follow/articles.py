"""A fetched page → an Article for the archive, with what its listing said filling the gaps.

The page is read as HTML by the ordinary reader (`newsmine.read.read_bytes`). Where the page
itself does not say, the article's address is the address it was fetched from, its date the
Google News `publication_date` (else the feed entry's date), and its language the `news:language`.
"""

from __future__ import annotations

from newsmine.model import Article
from newsmine.read import read_bytes

HTML_TYPES = ("text/html", "application/xhtml+xml", "")


def page_article(body: bytes, url: str, meta: dict[str, str]) -> Article:
    """Read a fetched page into an Article (raises InputError when it holds none)."""
    article = read_bytes(body, url, input_format="html")
    article.url = article.url or url
    article.published = article.published or meta.get("news_publication_date") or meta.get("feed_published")
    if not article.language and meta.get("news_language"):
        article.language = meta["news_language"]
    return article
