"""The tagger's words of a text, looked up by character offset: the word covering a position, the
word ending at one, the words starting in a stretch. The event words (`event_words.py`), the glosses'
left edges (`gloss_phrases.py`) and subject position (`antecedents.py`) all ask these questions.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import cached_property

from newsmine.analyze.tagger import Token, tag
from newsmine.model import Doc


class TokenIndex:
    """Tokens in text order (as the tagger gives them), with their offsets indexed when first asked for."""

    def __init__(self, tokens: tuple[Token, ...]) -> None:
        self.tokens = tokens

    @classmethod
    def of(cls, doc: Doc) -> TokenIndex:
        """The tagger's words of a document's text; none for English, which the tagger does not read."""
        return cls(tag(doc.text) if doc.article.language != "en" else ())

    @cached_property
    def starts(self) -> list[int]:
        """Each token's start offset, in order."""
        return [t.start for t in self.tokens]

    @cached_property
    def _ends(self) -> list[int]:
        return [t.end for t in self.tokens]

    @cached_property
    def _by_end(self) -> dict[int, int]:
        return {t.end: i for i, t in enumerate(self.tokens)}

    def ending_at(self, end: int) -> int | None:
        """The index of the token that ends at `end`, if one does."""
        return self._by_end.get(end)

    def containing(self, pos: int) -> Token | None:
        """The token that covers position `pos`, if any."""
        i = bisect_right(self._ends, pos)
        if i < len(self.tokens) and self.tokens[i].start <= pos < self.tokens[i].end:
            return self.tokens[i]
        return None

    def first_starting_after(self, pos: int) -> int:
        """The index of the first token starting after `pos` (the number of tokens if none does)."""
        return bisect_right(self.starts, pos)

    def last_starting_at_or_before(self, pos: int) -> int:
        """The index of the last token starting at or before `pos` (-1 if none does)."""
        return bisect_right(self.starts, pos) - 1

    def starting_in(self, start: int, end: int) -> tuple[Token, ...]:
        """The tokens that start in `[start, end)`."""
        return self.tokens[bisect_left(self.starts, start) : bisect_left(self.starts, end)]
