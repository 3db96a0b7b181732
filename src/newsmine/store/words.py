"""Words for the index: simplified-script, NFKC, segmented with jieba (name keys are `newsmine.names`).

Both backends index the same tokens, so a search finds the same articles in SQLite and PostgreSQL:
a two-character word such as 卫星 is a token; a substring that is not a word is not.
"""

from __future__ import annotations

import logging
import re
import threading
import unicodedata
from functools import cache

from newsmine.names import to_simplified

_WORDLIKE = re.compile(r"\w", re.UNICODE)
_lock = threading.Lock()


@cache
def _jieba() -> object:
    import jieba

    jieba.setLogLevel(logging.WARNING)
    with _lock:
        jieba.initialize()
    return jieba


def tokens(text: str) -> list[str]:
    """The searchable words of `text`: NFKC, simplified, segmented, lower-cased, punctuation dropped."""
    norm = to_simplified(unicodedata.normalize("NFKC", text))
    return [w.lower() for w in _jieba().lcut(norm) if _WORDLIKE.search(w)]  # type: ignore[attr-defined]


def words(text: str) -> str:
    """`tokens` joined by spaces: the form stored in `search_title`/`search_text`."""
    return " ".join(tokens(text))


def tsvector_literal(*texts: str) -> str:
    """A PostgreSQL tsvector literal with the exact tokens of `texts` and their positions.

    Lexemes are quoted so PostgreSQL's parser never re-splits them; texts are kept apart by a gap
    so a phrase never spans title and body.
    """
    positions: dict[str, list[int]] = {}
    pos = 1
    for text in texts:
        for tok in text.split():
            if pos > 16383:
                break
            slot = positions.setdefault(tok, [])
            if len(slot) < 256:
                slot.append(pos)
            pos += 1
        pos += 2
    return " ".join(f"{_quote_lexeme(t)}:{','.join(map(str, p))}" for t, p in positions.items())


def _quote_lexeme(tok: str) -> str:
    return "'" + tok.replace("\\", "\\\\").replace("'", "''") + "'"


def query_phrases(query: str) -> list[list[str]]:
    """A search query as phrases: each whitespace-separated term segmented into adjacent words."""
    return [t for t in (tokens(term) for term in query.split()) if t]


def fts5_query(phrases: list[list[str]]) -> str:
    """SQLite FTS5 MATCH syntax: every phrase required, words of a phrase adjacent."""
    return " ".join('"' + " ".join(p).replace('"', '""') + '"' for p in phrases)


def tsquery_literal(phrases: list[list[str]]) -> str:
    """PostgreSQL tsquery literal: phrases joined by &, words of a phrase by <->."""
    return " & ".join("(" + " <-> ".join(_quote_lexeme(w) for w in p) + ")" for p in phrases)
