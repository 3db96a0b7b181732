"""Words for the index: simplified-script, NFKC, segmented with jieba (name keys are `newsmine.names`).

Both backends index the same tokens, so a search finds the same articles in SQLite and PostgreSQL:
a two-character word such as 卫星 is a token; a substring that is not a word is not. A query is
segmented into the same words from an on-disk copy of jieba's dictionary (`segmenter`).
"""

from __future__ import annotations

import logging
import re
import sqlite3
import threading
import unicodedata
from functools import cache

from newsmine.names import to_simplified
from newsmine.store import segmenter

_WORDLIKE = re.compile(r"\w", re.UNICODE)
_lock = threading.Lock()


@cache
def _jieba() -> object:
    import jieba

    jieba.setLogLevel(logging.WARNING)
    with _lock:
        jieba.initialize()
    return jieba


def tokens(text: str, *, short: bool = False) -> list[str]:
    """The searchable words of `text`: NFKC, simplified, segmented, lower-cased, punctuation dropped.

    With `short` (a query), the words come from the on-disk dictionary copy when it exists
    (`newsmine.store.segmenter`), the same words without loading jieba.
    """
    norm = to_simplified(unicodedata.normalize("NFKC", text))
    cut = _cut_short(norm) if short else _jieba().lcut(norm)  # type: ignore[attr-defined]
    return [w.lower() for w in cut if _WORDLIKE.search(w)]


def _cut_short(text: str) -> list[str]:
    seg = segmenter.installed()
    cut = seg.cut(text) if seg is not None else None
    if cut is not None:
        return cut
    jieba = _jieba()
    path = segmenter.cache_file()
    if seg is None and path is not None:
        try:
            segmenter.write_from_jieba(jieba.dt, path)  # type: ignore[attr-defined]
        except (OSError, sqlite3.Error) as exc:
            logging.getLogger(__name__).info("jieba's dictionary copy not written to %s: %s", path, exc)
        segmenter.installed.cache_clear()
    return jieba.lcut(text)  # type: ignore[attr-defined,no-any-return]


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
    return [t for t in (tokens(term, short=True) for term in query.split()) if t]


def fts5_query(phrases: list[list[str]]) -> str:
    """SQLite FTS5 MATCH syntax: every phrase required, words of a phrase adjacent."""
    return " ".join('"' + " ".join(p).replace('"', '""') + '"' for p in phrases)


def tsquery_literal(phrases: list[list[str]]) -> str:
    """PostgreSQL tsquery literal: phrases joined by &, words of a phrase by <->."""
    return " & ".join("(" + " <-> ".join(_quote_lexeme(w) for w in p) + ")" for p in phrases)
