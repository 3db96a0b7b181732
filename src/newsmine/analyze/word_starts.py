"""Where the words of a lexicon start in a text, found in one pass and then searched by offset.

A regex alternation of a large lexicon (`text.alternation`) tries every branch whose first character
matches at each place it searches; a text searched clause by clause pays that at every character.
`WordStarts` walks a character trie once over the text and keeps, for each place a word starts, where
the words starting there end; a search is then a look-up. It finds what `pattern.search(text, pos,
endpos)` finds (the leftmost place, the longest word there that ends by `endpos`) and returns that
very match, so callers read it as before.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from typing import Iterable

from newsmine.analyze.text import word_trie


_trie = cache(word_trie)  # built once per lexicon (a frozenset of its words)


class WordStarts:
    """The places of `text` where a word of `words` starts, with where each such word ends."""

    def __init__(self, text: str, words: Iterable[str], pattern: re.Pattern[str]) -> None:
        self.text, self.pattern = text, pattern
        root = _trie(frozenset(words))
        self.starts: list[int] = []
        self.ends: list[list[int]] = []  # ascending, one list per start
        size = len(text)
        for start, ch in enumerate(text):
            node = root.get(ch)
            if node is None:
                continue
            ends, at = [], start + 1
            while node is not None:
                if "" in node:
                    ends.append(at)
                if at >= size:
                    break
                node = node.get(text[at])
                at += 1
            if ends:
                self.starts.append(start)
                self.ends.append(ends)

    def search(self, pos: int, endpos: int) -> re.Match[str] | None:
        """`pattern.search(text, pos, endpos)`: the leftmost word from `pos` that ends by `endpos`, the longest there."""
        for i in range(bisect_left(self.starts, pos), len(self.starts)):
            start = self.starts[i]
            if start >= endpos:
                return None
            end = max((e for e in self.ends[i] if e <= endpos), default=None)
            if end is not None:
                return self.pattern.match(self.text, start, end)
        return None
