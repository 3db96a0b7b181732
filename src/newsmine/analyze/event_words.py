"""What the word tagger says around an event trigger: whether it is a word of its own, the modifier of
a longer noun, a verb's complement, or whether a noun follows a place.

The event layer reads triggers and places from the text; these checks tell a happening (`他游到对岸`
is no visit, `调查报告书` no investigation) and a place that qualifies a noun (`美国记者`) by the tagger's
words (LAC's tags, `analyze/tagger.py`), read once per article. English text has no tagger words and
every check answers as if there were none.
"""

from __future__ import annotations

from bisect import bisect_right

from newsmine.analyze.tagger import Token, tag
from newsmine.model import Doc, Span

_COMPOUND_TAGS = frozenset({"n", "nz", "nw", "ORG"})
_NOUN_TAGS = frozenset({"n", "nz", "nw", "an", "PER", "ORG", "LOC"})
_VERB_TAGS = frozenset({"v", "vd"})


class Words:
    """The tagger's words of one document, indexed by offset."""

    def __init__(self, doc: Doc) -> None:
        self.tokens: tuple[Token, ...] = tag(doc.text) if doc.article.language != "en" else ()
        self.starts = [t.start for t in self.tokens]
        self.spans = {(t.start, t.end) for t in self.tokens}
        self.nouns = {t.start for t in self.tokens if t.tag in _NOUN_TAGS}
        self.after_verb = {b.start for a, b in zip(self.tokens, self.tokens[1:])
                           if a.tag in _VERB_TAGS and a.end == b.start}

    def whole(self, span: Span) -> bool:
        """Whether the span is one word of its own (always, without tagger words)."""
        return not self.spans or (span.start, span.end) in self.spans

    def completes_verb(self, span: Span) -> bool:
        """Whether the span's word follows a verb directly (游到, 移民到, 运到)."""
        return span.start in self.after_verb

    def noun_at(self, start: int) -> bool:
        """Whether a noun or name begins at `start` (美国|记者, 香港|消费者)."""
        return start in self.nouns

    def modifies_noun(self, span: Span) -> bool:
        """Whether the span modifies a longer noun or name read as one word (审查制度, 调查报告书): not at its end,
        where the head of a Chinese compound is (交通事故, 慕尼黑协定), nor before 案 (谋杀案)."""
        i = bisect_right(self.starts, span.start) - 1
        word = self.tokens[i] if i >= 0 else None
        return (word is not None and word.end > span.end and word.end - word.start > 2
                and word.tag in _COMPOUND_TAGS and not word.word.endswith("案"))
