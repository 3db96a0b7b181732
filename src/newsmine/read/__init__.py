"""Readers: sources (Markdown files, standard input) → Article. Readers never analyse."""

from __future__ import annotations

from newsmine.model import Article
from newsmine.read.markdown import read_markdown
from newsmine.read.source import STDIN, load_text

__all__ = ["STDIN", "read_article", "read_markdown"]


def read_article(source: str) -> Article:
    """Read one source (a path, or `-` for standard input) into an Article."""
    return read_markdown(load_text(source), source)
