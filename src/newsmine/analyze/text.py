"""Text helpers for analysis: the canonical Doc.text, normalisation for matching, sentence split."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from newsmine.model import Article, Part, Sentence, Span
from newsmine.names import normalise  # noqa: F401  (analysis imports it from here)

_DOCUMENT = 200  # texts longer than this are whole documents, normalised once and remembered
_normalised_document = lru_cache(maxsize=4)(normalise)


def normalised(text: str) -> str:
    """`normalise(text)`, a whole document's remembered for the last few: the times, the quotes
    and each paragraph's quotation marks read the same document's (a paragraph is a slice of it:
    `normalise` maps character by character)."""
    return _normalised_document(text) if len(text) > _DOCUMENT else normalise(text)


PART_SEPARATOR = "\n\n"
SENTENCE_END = frozenset("。！？!?\n")
CLAUSE_END = SENTENCE_END | frozenset("，,；;：:")  # what ends a clause: a sentence end, a comma, a semicolon, a colon
CLAUSE_BREAK = re.compile(f"[{re.escape(''.join(sorted(CLAUSE_END)))}]")  # the same characters, for searching text
OPEN_PARENS, CLOSE_PARENS = "（(", "）)"  # full-width and ASCII, in matching order

_SENTENCE = re.compile(r".*?(?:[。！？!?]+[”’」』）)\"']*|\.(?=\s)|\n|$)", re.S)


def canonical_text(article: Article) -> tuple[str, list[Part]]:
    """One plain text in reading order (title, byline, lead, blocks, contributor line) and its parts.

    Parts are joined by a blank line; a figure contributes its caption, lists one item per line.
    """
    pieces: list[tuple[str, str, int | None]] = [("title", article.title, None)]
    for person in article.authors:
        name = f"{person.name}（{person.original_name}）" if person.original_name else person.name
        pieces.append(("byline", "\n".join(x for x in (name, person.role) if x), None))
    if article.lead:
        pieces.append(("lead", article.lead, None))
    for i, block in enumerate(article.blocks):
        if block.type == "figure":
            figure = article.figures[block.figure] if block.figure is not None else None
            body = figure.caption if figure and figure.caption else ""
        elif block.type == "list":
            body = "\n".join(block.items)
        else:
            body = block.text
        pieces.append(("block", body, i))
    if article.contributor_line:
        pieces.append(("contributors", article.contributor_line, None))

    text, parts = "", []
    for kind, body, block in pieces:
        if not body:
            continue
        if text:
            text += PART_SEPARATOR
        parts.append(Part(part=kind, span=Span(len(text), len(text) + len(body)), block=block))  # type: ignore[arg-type]
        text += body
    return text, parts


def ending_at(folded: str, end: int, words: frozenset[str], longest: int = 8) -> str | None:
    """The longest of `words` (of at most `longest` characters) ending at `end`."""
    for n in range(min(longest, end), 0, -1):
        if folded[end - n : end] in words:
            return folded[end - n : end]
    return None


def starting_at(folded: str, start: int, words: frozenset[str], longest: int = 8) -> str | None:
    """The longest of `words` (of at most `longest` characters) starting at `start`."""
    for n in range(longest, 0, -1):
        if folded[start : start + n] in words:
            return folded[start : start + n]
    return None


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of `words` in which the longest word at a place wins, written as a trie
    (`中国(?:队|人民)?` for 中国, 中国队, 中国人民): the engine follows one path of characters
    instead of trying a thousand words in turn at every place. Words matching at one place are
    prefixes of each other, and a longer one is always tried first, as in a longest-first list.

    A node with many branches (a lexicon starts with hundreds of different characters) is split
    into a few groups, each behind a look-ahead of its first characters: the engine tries the
    branches of a node one by one, so a group it can skip saves trying each of its branches. The
    branches stay in the same order, so the match is the same; only ones that cannot match are
    skipped (4–5× faster on the topic keywords)."""
    return _trie(word_trie(words))


def word_trie(words: Iterable[str]) -> dict[str, Any]:
    """A character trie of `words`: a dict per character; the key "" marks a node where a word ends."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return trie


_GROUPS, _GROUP_MAX = 4, 16  # a node with more branches than _GROUP_MAX is split into _GROUPS look-ahead groups


def _trie(node: dict[str, Any]) -> str:
    chars = sorted(ch for ch in node if ch)
    if not chars:
        return ""
    body = _branches(node, chars)
    return f"(?:{body})?" if "" in node else body


def _branches(node: dict[str, Any], chars: list[str]) -> str:
    """The branches of `node` that start with `chars` (in order), grouped when there are many."""
    if len(chars) > _GROUP_MAX:
        size = -(-len(chars) // _GROUPS)
        groups = [chars[i : i + size] for i in range(0, len(chars), size)]
        return "(?:" + "|".join(f"(?=[{''.join(map(re.escape, g))}]){_branches(node, g)}" for g in groups) + ")"
    branches = [re.escape(ch) + _trie(node[ch]) for ch in chars]
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


def split_sentences(text: str, span: Span) -> list[Sentence]:
    """Sentences of `text[span]`: ends at 。！？ (with closing quotes), `. ` and line breaks."""
    sentences = []
    chunk = text[span.start : span.end]
    for m in _SENTENCE.finditer(chunk):
        start, end = m.start(), m.end()
        while start < end and chunk[start].isspace():
            start += 1
        while end > start and chunk[end - 1].isspace():
            end -= 1
        if end > start:
            sentences.append(Sentence(Span(span.start + start, span.start + end)))
    return sentences
