"""What the word tagger says around an event trigger: whether it is a word of its own, the modifier of
a longer noun, a verb's complement, or whether a noun follows a place.

The event layer reads triggers and places from the text; these checks tell a happening (`他游到对岸`
is no visit, `调查报告书` no investigation) and a place that qualifies a noun (`美国记者`) by the tagger's
words (LAC's tags, `analyze/tagger.py`), read once per article. English text has no tagger words and
every check answers as if there were none.
"""

from __future__ import annotations

from operator import itemgetter

from newsmine.analyze.tagger import VERB_TAGS, Token
from newsmine.analyze.token_index import TokenIndex
from newsmine.model import Doc, Span

_COMPOUND_TAGS = frozenset({"n", "nz", "nw", "ORG"})
_NOUN_TAGS = frozenset({"n", "nz", "nw", "an", "PER", "ORG", "LOC"})
_EVENT_NOUN_TAGS = frozenset({"n", "nz", "nw"})
_COMMON_NOUN_TAGS = frozenset({"n", "nz", "nw", "vn"})
_OBJECT_TAGS = _NOUN_TAGS | {"vn", "s", "m", "r"}  # 审查|境外新闻, 审查|三家报社, 审查|他们


class Words:
    """The tagger's words of one document, indexed by offset."""

    def __init__(self, doc: Doc) -> None:
        self.index = TokenIndex.of(doc)
        self.tokens = self.index.tokens
        self.spans = set(map(itemgetter(0, 1), self.tokens))  # (start, end) of every word
        self.nouns = {t.start for t in self.tokens if t.tag in _NOUN_TAGS}
        self.after_verb = {b.start for a, b in zip(self.tokens, self.tokens[1:])
                           if a.tag in VERB_TAGS and a.end == b.start}

    def whole(self, span: Span) -> bool:
        """Whether the span is one word of its own (always, without tagger words)."""
        return not self.spans or (span.start, span.end) in self.spans

    def completes_verb(self, span: Span) -> bool:
        """Whether the span's word follows a verb directly (游到, 移民到, 运到)."""
        return span.start in self.after_verb

    def straddles(self, span: Span) -> bool:
        """Whether the span begins inside one word and ends inside another (周|一审|查)."""
        i = self.index.last_starting_at_or_before(span.start)
        if i < 0 or self.tokens[i].start == span.start:
            return False
        j = self.index.last_starting_at_or_before(span.end - 1)
        return j > i and self.tokens[j].end > span.end

    def object_after(self, span: Span) -> bool:
        """Whether what a verb acts on follows it (审查|境外新闻, 审查了|稿件), not a mark or 的 (always, without
        tagger words)."""
        i = self.index.first_starting_after(span.end - 1)
        if i < len(self.tokens) and self.tokens[i].word in ("了", "过", "過"):
            i += 1
        if not self.tokens:
            return True
        return i < len(self.tokens) and self.tokens[i].start >= span.end and self.tokens[i].tag in _OBJECT_TAGS

    def is_noun(self, span: Span) -> bool:
        """Whether the span is one word the tagger reads as a noun (槍擊案, 峰会, 疫情): a happening named as a thing
        (never, without tagger words)."""
        word = self._from(span.start)
        return word is not None and (word.start, word.end) == (span.start, span.end) and word.tag in _EVENT_NOUN_TAGS

    def common_noun_at(self, start: int) -> bool:
        """Whether a common noun, not a name, begins at `start` (2019年|名单, never without tagger words)."""
        word = self._from(start)
        return word is not None and word.start == start and word.tag in _COMMON_NOUN_TAGS and word.end - word.start > 1

    def noun_at(self, start: int) -> bool:
        """Whether a noun or name begins at `start` (美国|记者, 香港|消费者)."""
        return start in self.nouns

    def has_verb(self, span: Span) -> bool:
        """Whether a word the tagger reads as a verb starts inside the span (never, without tagger words)."""
        return any(t.tag in VERB_TAGS for t in self.index.starting_in(span.start, span.end))

    def modifies_noun(self, span: Span) -> bool:
        """Whether the span modifies a longer noun or name read as one word (审查制度, 调查报告书): not at its end,
        where the head of a Chinese compound is (交通事故, 慕尼黑协定), nor before 案 (谋杀案) or 人数 (死亡人数: a count
        of those it befell)."""
        word = self._from(span.start)
        return (word is not None and word.end > span.end and word.end - word.start > 2
                and word.tag in _COMPOUND_TAGS and not word.word.endswith(("案", "人数", "人數")))

    def _from(self, start: int) -> Token | None:
        """The word that starts at `start`, else the last one that starts before it (None before the first)."""
        i = self.index.last_starting_at_or_before(start)
        return self.tokens[i] if i >= 0 else None
