"""Readers: sources (web pages, Markdown files, standard input) → Article. Readers never analyse.

`.html`, `.htm` and gzip-compressed `.html.gz`/`.htm.gz` are read as web pages; anything else
(and standard input) as Markdown.
"""

from __future__ import annotations

from newsmine.model import Article
from newsmine.read.limits import check_article
from newsmine.read.markdown import read_markdown
from newsmine.read.source import STDIN, load_text

__all__ = ["STDIN", "HTML_SUFFIXES", "is_html_path", "read_article", "read_markdown"]

HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz", ".xhtml")


def is_html_path(source: str) -> bool:
    """True when the path names a web page by its extension."""
    return source != STDIN and source.lower().endswith(HTML_SUFFIXES)


def read_article(source: str) -> Article:
    """Read one source (a path, or `-` for standard input) into an Article no longer than the cap."""
    if is_html_path(source):
        from newsmine.read.html import read_html
        from newsmine.read.html.load import load_page_bytes

        return check_article(read_html(load_page_bytes(source), source), source)
    return check_article(read_markdown(load_text(source), source), source)
