"""Quotation marks, parentheticals and clause boundaries in one paragraph, and the quotation lexicons.

The structural layer under `analyze/cues.py`: works on `normalise`d text (same length as the
original, so offsets hold) and knows nothing of cues or speakers beyond the lexicons it loads.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache, cached_property

from newsmine.analyze.text import (CLAUSE_END, CLOSE_PARENS, OPEN_PARENS, SENTENCE_END, alternation, normalise,
                                   normalised)
from newsmine.data import table, words
from newsmine.model import Span

OPENERS = {"“": "”", "「": "」", "『": "』"}
NESTED_OPENERS = {"‘": "’"}
CLOSERS = {close: open_ for open_, close in OPENERS.items()}
PARENS = dict(zip(OPEN_PARENS, CLOSE_PARENS))
_PAREN_MARK = re.compile("[" + OPEN_PARENS + CLOSE_PARENS + "]")
_QUOTE_MARK = re.compile("[" + "".join({**OPENERS, **NESTED_OPENERS, **CLOSERS}) + "".join(NESTED_OPENERS.values()) + "]")
AFTER_CUE = frozenset("。，,：:！!？?；;") | frozenset(OPENERS)
SENTENCE_LIKE = frozenset("。！？!?…；;")
QUOTE_CLOSING_END = frozenset("。！？!?")  # a quotation whose words end so closes a sentence
CLAUSE_MIN = 3  # shortest quotation read as a clause of its own when it closes its sentence after a comma
_LIST_JOINS = frozenset("、和与與及")  # what lists a name beside a title of a work
TERM_MAX = 10  # longest quoted text that can be a bare term (scare quote)
SUBJECT_MAX = 40  # longest speaker phrase, not counting parentheticals
DATE = re.compile(r"\d{1,4}年|\d{1,2}月|\d{1,2}日")
_BOUNDARY = re.compile(f"[{re.escape(''.join(sorted(CLAUSE_END)))}】\\]\\s]")  # what can end a clause or a sentence


@dataclass(frozen=True)
class Lexicon:
    """Cue verbs, anonymous-source words and syntactic markers, from the TSV files in `data/`."""

    cues: dict[str, str]
    anonymous: tuple[str, ...]
    markers: dict[str, frozenset[str]]
    ordered: dict[str, tuple[str, ...]]
    max_cue: int

    def words(self, cls: str) -> frozenset[str]:
        return self.markers.get(cls, frozenset())

    def longest_first(self, cls: str) -> tuple[str, ...]:
        """The words of `cls`, longest first (for prefix matching)."""
        return self.ordered.get(cls, ())

    def longest_at(self, cls: str, text: str, pos: int, most: int) -> int:
        """The length of the longest word of `cls` starting at `pos` of `text` and at most `most`
        characters long; 0 when none does."""
        words = self.words(cls)
        return next((n for n in _sizes(words) if n <= most and text[pos : pos + n] in words), 0)

    @cached_property
    def cue_pattern(self) -> re.Pattern[str]:
        """One regex matching the longest cue word where it starts."""
        return _alternation(tuple(sorted(self.cues, key=len, reverse=True)))

    @cached_property
    def anonymous_pattern(self) -> re.Pattern[str]:
        """One regex matching any anonymous-source word (to rule out at once a phrase that holds none)."""
        return _alternation(self.anonymous)

    def pattern(self, cls: str) -> re.Pattern[str]:
        """One regex matching any word of `cls` where it starts, longest first (one scan, not a loop
        over the words at every position)."""
        return _alternation(self.longest_first(cls))

    def by_first(self, cls: str) -> dict[str, tuple[str, ...]]:
        """The words of `cls` by their first character: a short text can hold only those of its characters."""
        return _by_first(self.words(cls))

    def starts_pattern(self, cls: str) -> re.Pattern[str]:
        """One regex finding, at every place where a word of `cls` starts, the longest word there
        (group 1, inside a look-ahead, so words that overlap are all found)."""
        return _starts(self.longest_first(cls))


@cache
def _by_first(words: frozenset[str]) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for word in sorted(words):
        out.setdefault(word[:1], []).append(word)
    return {first: tuple(group) for first, group in out.items()}


@cache
def _starts(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(f"(?=({_alternation(words).pattern}))")


@cache
def _sizes(words: frozenset[str]) -> tuple[int, ...]:
    return tuple(sorted({len(w) for w in words}, reverse=True))


@cache
def _alternation(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(alternation(words) if words else r"(?!)")


@cache
def lexicon() -> Lexicon:
    """The quotation lexicons, loaded once."""
    # Text is matched after `normalise` (爲 → 为, full width → half), so the words are folded the same way.
    cues = {normalise(row["cue"]): row["class"] for row in table("speech_verbs")}
    anonymous = tuple(sorted({normalise(w) for w in words("anonymous_sources")}, key=len, reverse=True))
    markers: dict[str, set[str]] = {}
    for row in table("quote_markers"):
        markers.setdefault(row["class"], set()).add(normalise(row["word"]))
    ordered = {k: tuple(sorted(v, key=len, reverse=True)) for k, v in markers.items()}
    return Lexicon(cues, anonymous, {k: frozenset(v) for k, v in markers.items()}, ordered, max(map(len, cues)))


@dataclass
class Segment:
    """A top-level quotation: from its opening mark to just after its closing mark (or the paragraph end)."""

    start: int
    end: int
    closed: bool
    term: bool = False

    @property
    def inner(self) -> Span:
        return Span(self.start + 1, self.end - 1 if self.closed else self.end)

    def said(self, text: str) -> Span:
        """The quoted words: the inner span less a trailing comma (`“…，”他说`)."""
        inner = self.inner
        end = inner.end
        while end > inner.start and text[end - 1] in "，,":
            end -= 1
        return Span(inner.start, end)


class Marked:
    """One paragraph of `Doc.text`, with its quotation segments and parentheticals mapped."""

    def __init__(self, text: str, span: Span, lex: Lexicon | None = None, *, heading: bool = False) -> None:
        self.lex = lex or lexicon()
        self.heading = heading  # a title or sub-head: terse, its parts set apart by spaces
        self.norm = normalised(text)[span.start : span.end]
        self.start, self.end = span.start, span.end
        self.segments = self._segments()
        self._opening: dict[int, Segment] = {}  # segments by first position: a look-up, not a scan
        for seg in self.segments:
            self._opening.setdefault(seg.start, seg)
        self._shield = self._shielded()

    # --- structure ---------------------------------------------------------------------------

    def char(self, i: int) -> str:
        return self.norm[i - self.start]

    def sub(self, a: int, b: int) -> str:
        return self.norm[a - self.start : b - self.start]

    def at(self, i: int, word: str | tuple[str, ...]) -> bool:
        """`word` (or one of a tuple of words) is written at position `i` (no slice made, unlike comparing `sub`)."""
        return self.norm.startswith(word, i - self.start)

    def first_at(self, i: int, words: tuple[str, ...]) -> str | None:
        """The first of `words` written at position `i`, if any: one `startswith` of them all rules
        out most places at once."""
        if not self.norm.startswith(words, i - self.start):
            return None
        return next(w for w in words if self.norm.startswith(w, i - self.start))

    def occurrences(self, word: str, a: int, b: int) -> list[int]:
        """The positions in `[a, b)` where `word` starts (it may run past `b`), found by `str.find`."""
        out = []
        k = self.norm.find(word, a - self.start)
        while 0 <= k < b - self.start:
            out.append(k + self.start)
            k = self.norm.find(word, k + 1)
        return out

    def _segments(self) -> list[Segment]:
        out: list[Segment] = []
        stack: list[tuple[str, int]] = []
        for m in _QUOTE_MARK.finditer(self.norm):  # only quotation marks open or close a segment
            ch, i = m.group(), self.start + m.start()
            if stack and (ch == stack[-1][0] or (ch in CLOSERS and CLOSERS[ch] not in {o for o, _ in stack}
                                                and ch != stack[-1][0])):
                # the expected closer, or another kind whose opener is not open (`『國之大者」`: a typo)
                closer, opened = stack.pop()
                if not stack:
                    out.append(Segment(opened, i + 1, True))
            elif ch in OPENERS or (stack and ch in NESTED_OPENERS):
                stack.append(((OPENERS | NESTED_OPENERS)[ch], i))
        if stack:
            out.append(Segment(stack[0][1], self.end, False))
        for seg in out:
            seg.term = self._is_term(seg)
        for _ in range(2):  # `“脱钩”和“去风险”`, `「一國兩制」、「港人治港」`: terms listed together
            for a, b in zip(out, out[1:]):
                joint = self.sub(a.end, b.start)
                if (self.short(a) and self.short(b) and joint in self.lex.words("term_joint")
                        and (joint == "、" or a.term != b.term)):
                    a.term = b.term = True
        return out

    def short(self, seg: Segment) -> bool:
        """Short enough, and clause-free, to be a bare term in quotation marks."""
        inner = self.sub(seg.inner.start, seg.inner.end)
        return seg.closed and len(inner) <= TERM_MAX and not any(c in CLAUSE_END or c in SENTENCE_LIKE for c in inner)

    def named_before(self, seg: Segment) -> bool:
        """A quotation right after a naming word (`题为“…”`, `所谓“…”`): a title or term, never speech."""
        before = self.sub(max(self.start, seg.start - 4), seg.start)
        return any(before.endswith(w) for w in self.lex.words("term"))

    def _listed_with_a_title(self, seg: Segment) -> bool:
        """`《巴黎协定》、“某框架”`, `“某计划”和《某条例》`: a name listed with a title of a work is one too,
        however long."""
        before = self.sub(max(self.start, seg.start - 2), seg.start)
        after = self.sub(seg.end, min(self.end, seg.end + 2))
        return before[-2:-1] == "》" and before[-1:] in _LIST_JOINS or after[:1] in _LIST_JOINS and after[1:2] == "《"

    def _is_term(self, seg: Segment) -> bool:
        """A scare quote or name in quotation marks: short, no clause inside, and marked as a term."""
        if seg.closed and self._listed_with_a_title(seg) and not any(
                c in CLAUSE_END or c in SENTENCE_LIKE for c in self.sub(seg.inner.start, seg.inner.end)):
            return True
        if not self.short(seg):
            return False
        if self.named_before(seg):
            return True
        if seg.end >= self.end:
            return False
        nxt = self.char(seg.end)
        return nxt in PARENS or not (nxt in CLAUSE_END or nxt in AFTER_CUE or nxt in "、…—" or nxt.isspace()
                                     or nxt in self.lex.words("after_fragment"))

    def _shielded(self) -> list[bool]:
        """True where a character is inside a quotation segment or a parenthetical."""
        shield = [False] * len(self.norm)
        for seg in self.segments:
            shield[seg.start - self.start : seg.end - self.start] = [True] * (seg.end - seg.start)
        depth = 0
        marks = [m.start() for m in _PAREN_MARK.finditer(self.norm)]  # only where the depth can change
        for k, nxt in zip(marks, marks[1:] + [len(self.norm)]):
            if shield[k] and depth == 0:
                continue
            if self.norm[k] in PARENS:
                depth += 1
            if depth:
                shield[k] = True
            if self.norm[k] in PARENS.values() and depth:
                depth -= 1
            if depth:  # everything up to the next bracket is inside this parenthetical
                shield[k + 1 : nxt] = [True] * (nxt - k - 1)
        return shield

    def shielded(self, i: int) -> bool:
        return self._shield[i - self.start]

    def in_paren(self, i: int) -> bool:
        return self._shield[i - self.start] and not any(s.start <= i < s.end for s in self.segments)

    def segment_at(self, i: int) -> Segment | None:
        return self._opening.get(i)

    def clause_start(self, i: int) -> int:
        """Where the clause holding position `i` begins: after clause punctuation or a quotation."""
        marks = self._boundaries[0]
        k = bisect_left(marks, i)
        last = marks[k - 1] if k else self.start - 1
        for seg in self.segments:  # a quotation (not a term) closed before `i`; terms can change, so looked at here
            if last < seg.end - 1 < i and not seg.term:
                last = seg.end - 1
        return last + 1

    def clause_end(self, i: int) -> int:
        """Where the clause holding position `i` ends: at clause punctuation or a quotation."""
        ends = self._boundaries[1]
        k = bisect_left(ends, i)
        return ends[k] if k < len(ends) else max(i, self.end)

    @cached_property
    def _boundaries(self) -> tuple[list[int], list[int], list[int], list[int]]:
        """The places, outside quotations and parentheticals, that `clause_start`, `clause_end`,
        `sentence_start` and `sentence_end` look for, each in order, found once from the few
        characters that can be one: they then look up instead of walking character by character.
        A clause starts after clause punctuation, a bracket closing a tag (`【特金會】北韓承諾…`) or a
        gap between Chinese characters; it ends at clause punctuation or where a quotation opens; a
        sentence ends at its mark, or in a heading at a gap between its parts."""
        clause_marks, clause_ends, sentence_marks, sentence_ends = [], [], [], []
        for m in _BOUNDARY.finditer(self.norm):
            j, ch = m.start() + self.start, m.group()
            if self.shielded(j):
                continue
            gap = self._gap(j)
            if ch in CLAUSE_END or ch in "】]" or gap:
                clause_marks.append(j)
            if ch in CLAUSE_END:
                clause_ends.append(j)
            if ch in SENTENCE_END:
                sentence_marks.append(j)
            if ch in SENTENCE_END or self.heading and gap:
                sentence_ends.append(j)
        clause_ends = sorted(set(clause_ends).union(seg.start for seg in self.segments))
        return clause_marks, clause_ends, sentence_marks, sentence_ends

    def _gap(self, j: int) -> bool:
        """A space between two Chinese characters: a break (an inline heading), never inside a phrase."""
        return (self.char(j).isspace() and self.start < j < self.end - 1
                and not self.char(j - 1).isascii() and not self.char(j + 1).isascii())

    def sentence_start(self, i: int) -> int:
        marks = self._boundaries[2]
        k = bisect_left(marks, i)
        return marks[k - 1] + 1 if k else self.start

    def sentence_end(self, i: int) -> int:
        """The offset of the sentence-ending mark after `i` (outside quotations), or the paragraph end;
        in a heading, a space between two of its parts ends one too (`…新低 做市商称符合预期`)."""
        ends = self._boundaries[3]
        k = bisect_left(ends, i)
        return ends[k] if k < len(ends) else self.end

    def statement_end(self, i: int) -> int:
        """Where reported content from `i` ends: the sentence end, or earlier, just after a closed
        quotation that ends a sentence of its own (`他说，…，「……。」採訪時…`): the words after it are
        the article's again."""
        end = self.sentence_end(i)
        for seg in self.segments:
            if i <= seg.start and seg.end <= end and seg.closed and not seg.term \
                    and seg.inner.end > seg.inner.start and self.char(seg.inner.end - 1) in QUOTE_CLOSING_END:
                k = self.skip(seg.end, " \t")
                return end if k >= self.end or self.char(k) in SENTENCE_END else seg.end
        return end

    def strip(self, a: int, b: int, chars: str = " \t，,；;：:。") -> tuple[int, int]:
        while a < b and self.char(a) in chars:
            a += 1
        while b > a and self.char(b - 1) in chars:
            b -= 1
        return a, b

    def skip(self, i: int, chars: str) -> int:
        """Forward from `i` past the `chars` there."""
        while i < self.end and self.char(i) in chars:
            i += 1
        return i

    def skip_back(self, i: int, chars: str) -> int:
        """Back from `i` past the `chars` before it (the mirror of `skip`)."""
        while i > self.start and self.char(i - 1) in chars:
            i -= 1
        return i

    def sentence_like(self, seg: Segment) -> bool:
        inner = self.sub(seg.inner.start, seg.inner.end)
        return not seg.term and (any(c in SENTENCE_LIKE for c in inner) or len(inner) >= 8 or self._clause_alone(seg))

    def _clause_alone(self, seg: Segment) -> bool:
        """`…，“买新的不值当”。`: a short quotation that is a clause of its own closing its sentence,
        after a comma or opening it: words said, not a term inside narration."""
        if seg.inner.end - seg.inner.start < CLAUSE_MIN or not seg.closed:
            return False
        k = self.skip(seg.end, " \t")
        if k < self.end and self.char(k) not in "。！？!?":
            return False
        j = self.skip_back(seg.start, " \t")
        return j == self.start or self.char(j - 1) in "，,。！？!?"
