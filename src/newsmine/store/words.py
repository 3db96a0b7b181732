"""Words for the index and keys for names: simplified-script, NFKC, segmented with jieba.

Both backends index the same tokens, so a search finds the same articles in SQLite and PostgreSQL:
a two-character word such as 卫星 is a token; a substring that is not a word is not.
"""

from __future__ import annotations

import logging
import re
import threading
import unicodedata
from functools import cache

_WORDLIKE = re.compile(r"\w", re.UNICODE)
_NAME_PUNCT = re.compile(r"[\s·・.\-‐‑–—'’,]+")
_lock = threading.Lock()


@cache
def _converter() -> object:
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional → simplified characters (OpenCC t2s); other scripts pass through."""
    return _converter().convert(text)  # type: ignore[attr-defined]


@cache
def _mainland() -> object:
    import opencc

    return opencc.OpenCC("tw2sp")


def to_mainland(text: str) -> str:
    """Taiwan → mainland forms (OpenCC tw2sp): characters, plus the phrases and names OpenCC's
    dictionary lists (歐巴馬 → 奥巴马); names it does not list (普丁) stay as written."""
    return _mainland().convert(text)  # type: ignore[attr-defined]


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


def name_key(name: str | None) -> str | None:
    """The key of a Chinese rendering: NFKC, mainland simplified forms (OpenCC tw2sp), without
    separators; 習近平 = 习近平 and 歐巴馬 = 奥巴马, but 普丁 ≠ 普京 (their glosses join those)."""
    if not name:
        return None
    key = _NAME_PUNCT.sub("", to_mainland(unicodedata.normalize("NFKC", name))).casefold()
    return key or None


def original_key(name: str | None) -> str | None:
    """The key of an original name: NFKC, case-folded, separators folded to one space."""
    if not name:
        return None
    key = _NAME_PUNCT.sub(" ", unicodedata.normalize("NFKC", name)).strip().casefold()
    return key or None
