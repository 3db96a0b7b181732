"""Cue verbs in one paragraph: the lexical layer of quotations.

`CueFrames` finds every speech cue (表示, 说, 補充道 …) outside quotations and decides its frame — a
quotation before it (`“…”他说`), a speaker before and content after (`X表示：“…”`, `X认为，…`), a
cited source (`据调查，…`) or a colon (`X：…`). It reads the paragraph's marks (`analyze/marks.py`)
and speaker phrases (`analyze/phrases.py`), both given to it; `Paragraph` holds the three for one
paragraph. Knows nothing of entities; `analyze/statements.py` and `analyze/quotes.py` turn what it
finds into Quote annotations and resolve speakers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from newsmine.analyze.marks import AFTER_CUE, CLAUSE_END, SENTENCE_END, SENTENCE_LIKE, SUBJECT_MAX, Lexicon, Marked, Segment
from newsmine.analyze.phrases import Phrases
from newsmine.model import Span


_ISSUING = ("发表", "發表", "发布", "發佈", "發布", "公布", "通过", "通過")  # verbs that issue a statement
_ACTED = re.compile(r"[\u4e00-\u9fff]{1,2}了")  # `签署了`, `举行了`: an act, not words said
_VIEWPOINT = re.compile(r"(?:但是?|而|不过|不過)?[，,]?\s*[从從就][^，,。]{1,10}?(?:上|来|來|角度|层面|層面|方面)")


@dataclass
class Cue:
    """A speech verb that introduces or follows a statement, with what was found around it."""

    span: Span
    word: str
    cls: str
    position: str  # "before" (cue, then content) or "after" (quote, then speaker and cue)
    region: Span  # the text where the speaker phrase is looked for
    subject: Span | None = None
    addressee: Span | None = None
    linked: tuple[Segment, ...] = ()
    content: Span | None = None
    punct: bool = False  # punctuation right after the cue (`表示，`, `指：`)


CONTENT_MIN = 4  # shortest reported content
EMBEDDING = frozenset("是为為属屬的因")  # right before a quotation, these make it part of the writer's clause
ACCORDING = ("按照", "依照", "按", "照", "依")  # `按X所说，…`: a source cited with a hearsay word only
CITING = ("另据", "另據", "根据", "根據", "据", "據")  # `据调查，…`, `据X报道`: a cited source (no subject), longest first
ATTRIBUTION_MAX = 60  # longest text between a quotation closing on a comma and its cue (`“…，”在…中，X表示`)
TOLD_MAX = 12  # longest addressee of a tell verb (`告诉英国广播公司中文部`)
PASSIVE_AGENT_MAX = 8  # longest agent between 被 and a cue (`被中国官方指控`)
OBJECT_MAX = 8  # longest object between a cue and the quotation said of it (`指控政府“…”`)
BARE_CONTENT_MIN = 8  # shorter content with no punctuation after its cue (`认为选举存在舞弊`) must look like a clause
# `回答得很干脆：“…”`, `回应巧妙，“…”`: how the words were said, between the cue and a quotation
MANNER_TAIL = re.compile(r"(?:得(?:很|十分|非常|颇|頗|相当|相當|更)?[\u4e00-\u9fff]{2}|巧妙|干脆|乾脆|坦白|直白|坦然|简短|簡短|委婉|幽默|肯定)"
                         r"(?=[，,：:]\s*[“「『\"])")
# `说了一句“…”`, `讲了几句：「…」`: how much was said, between the cue and the quotation of it
SAID_MEASURE = re.compile(r"了?(?:一|几|幾|两|兩)?(?:句话|句話|句|番话|番話|段话|段話)[：:，,]?\s*(?=[“「『\"])")
VERB_CLASSES = frozenset({"say", "think", "warn"})  # cue words only ever verbs
CUE_WORD_MAX = 4  # longest cue word looked for right before another (`强调` of `强调承诺`)


class CueFrames:
    """The speech cues of one paragraph and their frames, read over its marks and speaker phrases."""

    def __init__(self, marks: Marked, phrases: Phrases) -> None:
        self.marks = marks
        self.phrases = phrases
        self.lex = marks.lex

    def cues(self) -> list[Cue]:
        """Every speech cue outside quotations and parentheticals, with its speaker region and link."""
        out: list[Cue] = []
        i = self.marks.start
        while (found := self._next_cue(i, self.marks.end)) is not None:
            i, end = found
            word = self.marks.sub(i, end)
            cue = self._frame(Span(i, end), word, self.lex.cues[word])
            if cue is not None:
                out.append(cue)
            i = end
        return out

    def cited(self) -> list[Cue]:
        """`据调查，…`, `根据该《通知》内容，…`, `據小毛家屬轉述，…`, `按小杰所说，…`: a clause that only cites
        a source (据 and a phrase ending in a document or source noun, or 据/按/照 and one ending in a
        hearsay word, no cue of its own) opens reported content."""
        out: list[Cue] = []
        start, norm = self.marks.start, self.marks.norm
        opens = [start] * bool(norm) + [start + j + 1 for j, ch in enumerate(norm[:-1]) if ch in CLAUSE_END]
        for k in opens:  # a clause's first position: the paragraph's, or one after clause punctuation
            if self.marks.shielded(k):
                continue
            a = self.marks.skip(k, " \t")
            size = len(self.marks.first_at(a, CITING + ACCORDING) or "")
            if not size:
                continue
            c = self.marks.clause_end(a)
            source = Span(a + size, c)
            written = self.marks.sub(source.start, source.end).strip("《》〈〉 ")
            hearsay = next((w for w in self.lex.longest_first("hearsay") if written.endswith(w)), None)
            if hearsay is not None:  # `按小杰所说，…`, `照他的说法，…`: the one whose words they are
                source = Span(source.start, c - len(hearsay))
            elif self.marks.sub(a, a + size) in ACCORDING:
                continue
            bare = written in self.lex.words("document")  # `据报道，…`, `根据通报，…`: the cue word is the document
            if c >= self.marks.end or self.marks.char(c) not in "，," \
                    or not bare and self.first_cue(source.start, source.end) is not None \
                    or source.end - source.start < 1 or hearsay is None \
                    and not any(written.endswith(w) for w in self.lex.words("document") | self.lex.words("act")) \
                    and not written.endswith(self.lex.anonymous):  # `据两名消息来源，…`
                continue
            end = self.marks.statement_end(c + 1)
            if end - (c + 1) >= CONTENT_MIN:
                out.append(Cue(Span(a, a + size), self.marks.sub(a, a + size), "cited", "before", source,
                               content=Span(*self.marks.strip(c + 1, end)), punct=True))
        return out

    def first_cue(self, a: int, b: int) -> int | None:
        """Where the first speech cue between `a` and `b` starts, outside quotations and not-cue words."""
        found = self._next_cue(a, b)
        return found[0] if found is not None else None

    def cue_ending_at(self, a: int, b: int) -> int | None:
        """Where a free verb of saying or thinking starting at or after `a` and ending right at `b`
        starts (`强调` of `强调承诺`), else None; a cue word that is also a noun (声明, 报道) may be the
        speaker itself (`该项报道指`)."""
        return next((i for i in range(max(a, b - CUE_WORD_MAX), b) if self._free_cue(i) == b
                     and self.lex.cues[self.marks.sub(i, b)] in VERB_CLASSES), None)

    def _next_cue(self, a: int, b: int) -> tuple[int, int] | None:
        """(start, end) of the first free cue word starting between `a` and `b`: the cue regex searches
        for candidates, so positions where no cue word starts cost no look-up each."""
        pos = a - self.marks.start
        while (m := self.lex.cue_pattern.search(self.marks.norm, pos)) is not None and m.start() + self.marks.start < b:
            end = self._free_cue(m.start() + self.marks.start)
            if end is not None:
                return m.start() + self.marks.start, end
            pos = m.start() + 1
        return None

    def _free_cue(self, i: int) -> int | None:
        """Where the cue word starting at `i` ends, when one does outside quotations and not-cue words."""
        match = None if self.marks.shielded(i) else self._cue_at(i)
        # a not-cue word overlapping the cue blocks it, unless the cue is longer and holds it (`的话说` holds 话说)
        if match is None or any(x < match[1] and i < y and not (i <= x and y <= match[1] and y - x < match[1] - i)
                                for x, y in self._not_cue_ranges):
            return None
        return match[1]

    def _cue_at(self, i: int) -> tuple[int, int] | None:
        """The longest cue word starting at `i`, as (start, end)."""
        m = self.lex.cue_pattern.match(self.marks.norm, i - self.marks.start)
        return (i, i + len(m.group())) if m else None

    @cached_property
    def _not_cue_ranges(self) -> list[tuple[int, int]]:
        """Where the paragraph's not-cue words stand (found once per paragraph), the longest at each
        place: a shorter one starting there blocks a cue only where the longest does."""
        start, norm = self.marks.start, self.marks.norm
        before = self.lex.words("word_before_cue")  # 同学|说, 电话|说: 学说, 话说 are no words there
        return [(start + m.start(), start + m.end(1)) for m in self.lex.starts_pattern("not_cue").finditer(norm)
                if not any(norm.startswith(w, m.start() + 1 - len(w)) for w in before if m.start() + 1 >= len(w))]

    def _frame(self, span: Span, word: str, cls: str) -> Cue | None:
        """The cue's frame: a quotation before it (`“…”他说`) or a speaker before and content after."""
        if cls == "saying":
            return None
        told = self._told(span.end) if cls == "tell" else None
        after = self.marks.skip(told.end if told is not None else span.end, " \t")
        follows = after >= self.marks.end or self.marks.char(after) in AFTER_CUE
        prev = self._quote_before(span.start)
        if prev is not None and follows:
            return self._after(span, word, cls, prev, after, told)
        if cls == "tell" and told is None:
            return None
        return self._before(span, word, cls, told)

    def _after(self, span: Span, word: str, cls: str, prev: Segment, after: int, told: Span | None) -> Cue:
        """`“…”他对普京说。`, `“A”哈尔沃森说，“B”`: the quotation(s) around a speaker and cue."""
        region = Span(*self.marks.strip(max(prev.end, self.marks.clause_start(span.start)), span.start))
        cue = Cue(span, word, cls, "after", region, addressee=told, linked=(prev,))
        nxt = self.marks.skip(after, "，,：: \t")
        seg = self.marks.segment_at(nxt) if nxt < self.marks.end else None
        if seg is not None and not seg.term and self.stands_alone(seg):
            cue.linked = (prev, seg)
        elif nxt > after and nxt < self.marks.end and self.marks.statement_end(nxt) - nxt >= 4:
            cue.content = Span(nxt, self.marks.statement_end(nxt))  # `“…”路易莎说，家人们…`: reported content follows
        return cue

    def colon_frame(self, *, at_start: bool) -> tuple[Span, Span, Span] | None:
        """(speaker phrase, colon, statement) of `X：…` or `X：“…”`: the first colon outside quotations,
        after a short phrase (the paragraph's opening one when `at_start`), not a clock time."""
        limit = min(self.marks.end, self.marks.start + 60)
        k = min((i for colon in "：:" for i in self.marks.occurrences(colon, self.marks.start, limit)
                 if not self.marks.shielded(i)), default=None)
        if k is None or k + 1 >= self.marks.end or (self.marks.char(k - 1).isdigit() and self.marks.char(k + 1).isdigit()):
            return None
        a = self.marks.skip_back(k, " \t")  # `陳仲泓 ：`: a space before the colon
        while a > self.marks.start and not (self.marks.char(a - 1).isspace() or self.marks.char(a - 1) in "】]｜|"
                                      or self.marks.char(a - 1) in CLAUSE_END):
            a -= 1
        a, b = self.marks.strip(a, k)
        if not (1 if at_start else 2) <= b - a <= 12 or (at_start and self.marks.strip(self.marks.start, a) != (a, a)):
            return None
        if any(self._cue_at(i) for i in range(a, b)):
            return None  # `林姓婦人強調：「…」`: a cue's colon, not a speaker's
        j = self.marks.skip(k + 1, " \t")
        seg = self.marks.segment_at(j)
        content = seg.inner if seg is not None and not seg.term else Span(*self.marks.strip(j, self.marks.end))
        if content.end - content.start < 2:
            return None
        return Span(a, b), Span(k, k + 1), content

    def tail_quote(self, content: Span) -> Segment | None:
        """A whole quoted sentence the reported content introduces with a colon (`他表示对手不易应付：「…」`):
        a direct statement of its own. After a comma (`她说，先生病了，「家里欠债…。」`) the quotation
        stays part of one mixed statement, as bench/gold/CONVENTIONS.md annotates it."""
        inside = [s for s in self.marks.segments if content.start <= s.start < content.end and not s.term]
        if not inside:
            return None
        seg = inside[-1]
        a, b = self.marks.strip(content.start, seg.start)
        rest = self.marks.sub(seg.end, content.end).strip(" \t。.")
        inner = self.marks.sub(seg.inner.start, seg.inner.end)
        if b - a < 4 or rest or self.marks.sub(b, seg.start).strip() not in ("：", ":") \
                or not any(c in SENTENCE_LIKE for c in inner):
            return None
        return seg

    def _before(self, span: Span, word: str, cls: str, told: Span | None) -> Cue | None:
        """`X表示：“…”` (direct), `X认为，…` (reported content to the sentence end), or no statement."""
        cue = Cue(span, word, cls, "before", Span(self.marks.clause_start(span.start), span.start), addressee=told)
        j = told.end if told is not None else span.end
        manner = MANNER_TAIL.match(self.marks.norm, j - self.marks.start) if told is None else None
        if manner is not None:
            j += manner.end() - manner.start()
        measure = SAID_MEASURE.match(self.marks.norm, j - self.marks.start) if told is None and manner is None else None
        if measure is not None and (seg := self.marks.segment_at(j + measure.end() - measure.start())) is not None \
                and not self.embedded(seg):
            cue.linked = (seg,)
            return cue
        had_punct = cue.punct = j < self.marks.end and self.marks.char(j) in "，,：:"
        j = self.marks.skip(j, "，,：: \t")
        if j >= self.marks.end:
            return None
        seg = self.marks.segment_at(j)
        if seg is not None and not seg.term and self.stands_alone(seg):
            cue.linked = (seg,)
            return cue
        colon = had_punct and self.marks.char(self.marks.skip_back(j, " \t") - 1) in "：:"
        if not colon and any(span.start - len(w) >= self.marks.start and self.marks.sub(span.start - len(w), span.start) == w
                             for w in self.lex.words("pointing")):
            return None  # `听到儿子这样说，笑着摇头`: the words were said before; none follow
        if self._provoked(span):
            return None  # `留言激起网民批评，…`: the reaction provoked, a noun
        if not had_punct and self._cue_at(j) is not None:
            return None  # `透露称，…`, `表示说`: the second verb of the pair introduces the content
        if _VIEWPOINT.fullmatch(self.marks.sub(self.marks.clause_start(span.start), span.start).strip()):
            return None  # `从法律程序上说，…`: a point of view the writer takes, no one speaking
        if had_punct and self._published_then_acted(span, word, j):
            return None  # `发表联合声明，签署了…`: the statement was issued, then something else was done
        quoted = self._quoted_object(j) if cls == "punct" and not had_punct else None
        if quoted is not None:  # `指控政府“…”`: the words said of someone, in marks, are the statement
            cue.linked = (quoted,)
            return cue
        passive = self.passive_agent(span.start) is not None  # `被港府指控颠覆国家政权`: the agent's words
        if self.marks.char(j) in "、…—" or not had_punct and (cls == "punct" and not passive or self.marks.char(j) in CLAUSE_END
                                                         or self.lex.longest_at("no_content_start", self.marks.norm,
                                                                                j - self.marks.start, self.marks.end - j)):
            # `批评之后，…`: the cue word is a noun in a time clause
            return None
        # `公开信指出：A。B。`: words after a cue's colon run on to the paragraph's end
        end = self.marks.strip(j, self.marks.end)[1] if colon else self.marks.statement_end(j)
        if passive and not had_punct:  # `支联会被港府指控颠覆国家政权，今午开会…`: the rest is the subject's again
            end = min(end, self.marks.clause_end(j))
        inside = [s for s in self.marks.segments if j <= s.start < end and not s.term]
        if not had_punct and len(word) == 1 and any(self.marks.sub(s.start - 1, s.start) in self.lex.words("naming")
                                                     for s in inside):
            return None  # `称这次战役为“最后的冬天”`: naming, not speech
        if end - j < CONTENT_MIN or not had_punct and not inside and not passive and not self.marks.heading \
                and end - j < BARE_CONTENT_MIN and "的" in self.marks.sub(end - 4, end - 1):
            return None  # `表示忏悔的视频`, `夸赞这部电影的成功`: a short noun phrase is no reported clause
        cue.content = Span(j, end)
        return cue

    def _published_then_acted(self, span: Span, word: str, j: int) -> bool:
        """Whether a document noun is the object of a verb of issuing (发表…声明) and what follows the
        comma is another act of the same subject, a verb with 了 that is no cue (签署了, 举行了)."""
        clause = self.marks.sub(self.marks.clause_start(span.start), span.start)
        return (word in self.lex.words("document") and any(v in clause for v in _ISSUING)
                and self._cue_at(j) is None and _ACTED.match(self.marks.norm, j - self.marks.start) is not None)

    def _provoked(self, span: Span) -> bool:
        """`激起另一批网民批评`, `引起外界质疑`: a provoking verb and a short object (no 的) right before the
        cue in its clause; the cue word names the reaction."""
        a = self.marks.clause_start(span.start)
        before = self.marks.sub(a, span.start)
        for w in self.lex.words("provoke"):
            k = before.rfind(w)
            if k >= 0 and len(before) - k - len(w) <= OBJECT_MAX and "的" not in before[k + len(w):]:
                return True
        return False

    def _quoted_object(self, j: int) -> Segment | None:
        """`指控政府“把…当作自己的钱”`, `形容对方“毫无诚意”`: a short object right after the cue, then a
        quotation that is no term, in the same clause: what the speaker said of the object."""
        k = j
        while k < self.marks.end and k - j <= OBJECT_MAX and self.marks.segment_at(k) is None:
            if self.marks.shielded(k) or self.marks.char(k) in CLAUSE_END:
                return None
            k += 1
        seg = self.marks.segment_at(k) if k < self.marks.end else None
        if seg is None or k == j or seg.term or self.marks.char(k - 1) in self.lex.words("naming"):
            return None  # `形容为“上山下乡”`: naming, not speech
        after = self.marks.skip(seg.end, " \t")
        return seg if after >= self.marks.end or self.marks.char(after) in CLAUSE_END else None  # not `“A”、“B”`: a list

    def passive_agent(self, i: int) -> Span | None:
        """`被港府指控…`, `遭美方批评…`: the agent named between 被/遭 and the cue starting at `i`."""
        a = self.marks.clause_start(i)
        k = max(self.marks.sub(a, i).rfind("被"), self.marks.sub(a, i).rfind("遭"))
        if k < 0 or any(self.marks.sub(a + k, i).startswith(w) for w in self.lex.words("not_passive")):
            return None  # `被告律师指…`: 被告 is a noun
        s = self.marks.skip(a + k + 1, "到")  # `遭到外界批评`
        return Span(s, i) if 2 <= i - s <= PASSIVE_AGENT_MAX and not any(self.marks.shielded(x) for x in range(s, i)) else None

    def stands_alone(self, seg: Segment) -> bool:
        """A quotation that is a statement of its own, not the start of a noun phrase (`“蔡麦会”的安排`)."""
        k = self.marks.skip(seg.end, " \t")
        ends_sentence = seg.inner.end > seg.inner.start and self.marks.char(seg.inner.end - 1) in SENTENCE_LIKE
        return (ends_sentence or k >= self.marks.end or self.marks.char(k) in AFTER_CUE or self.marks.char(k) in "、…—"
                or self._cue_at(k) is not None)

    def embedded(self, seg: Segment) -> bool:
        """A quotation that is no sentence of its own (no 。？！ closing it) right after a copula, 为 or
        的 (`使命是“…”`, `表达为“…”`, `某人负责的“…”`, `因“…”`): a predicate or object in the writer's
        clause, not words someone says."""
        k = self.marks.skip_back(seg.start, " \t")
        closed = seg.inner.end > seg.inner.start and self.marks.char(seg.inner.end - 1) in SENTENCE_END
        return not closed and k > self.marks.start and self.marks.char(k - 1) in EMBEDDING

    def negated(self, cue: Cue) -> bool:
        """`没有证实`, `并未表示`: a negated cue reports nothing."""
        before = self.marks.sub(cue.region.start, cue.span.start).rstrip()
        return any(before.endswith(w) for w in self.lex.words("negation"))

    def _told(self, i: int) -> Span | None:
        """Whom a `tell` verb names right after it: `告诉记者` → 记者 (up to the clause's end, or up to
        a 自己 opening what was told: `告诉哥哥自己…`), or a pronoun before what was told (`告诉他不要熬夜`)."""
        marks = self.marks
        k = i
        while k < marks.end and not (not marks.shielded(k) and marks.char(k) in CLAUSE_END) and marks.segment_at(k) is None:
            k += 1
        reflexive = marks.sub(i, k).find("自己")  # `告诉哥哥自己在郑州救人`: what was told opens with 自己
        if 0 < reflexive and k - (i + reflexive) >= CONTENT_MIN:
            return Span(i, i + reflexive)
        if 0 < k - i <= TOLD_MAX:
            return Span(i, k)
        for n in (2, 1):
            if k - i > n + CONTENT_MIN and self.phrases.pronoun(Span(i, i + n)) is not None:
                return Span(i, i + n)
        return None

    def _quote_before(self, i: int) -> Segment | None:
        """The speech quotation just before a cue, with only a short speaker phrase between them."""
        for seg in reversed(self.marks.segments):
            if seg.end > i or seg.term:
                continue
            a, b = self.marks.strip(seg.end, i, " \t，,")
            between = [k for k in range(a, b) if not self.marks.in_paren(k)]
            if any(self.marks.char(k) in CLAUSE_END for k in between):
                # `“…，”在一场演讲中，布什曾这样表示。`: a quotation closing on a comma runs on to its attribution
                said = self.marks.sub(seg.inner.start, seg.inner.end).rstrip()
                if not said.endswith(("，", ",")) or len(between) > ATTRIBUTION_MAX \
                        or any(self.marks.char(k) in SENTENCE_END for k in between):
                    return None
            elif len(between) > SUBJECT_MAX:
                return None
            if self.phrases.drop_connectors(a, b) != a:
                return None  # `“…”，但她强调`: a new clause, not an attribution
            if self.marks.sub(self.marks.start, seg.start).rstrip().endswith(("：", ":")):
                return None  # `X表示：“…”她说，…`: that quotation has its cue already
            lead_a, lead_b = self.marks.strip(self.marks.clause_start(seg.start), seg.start, " \t")
            if lead_b > lead_a:
                return None  # `期望“可能过高了”他说`: a fragment inside a clause
            return seg
        return None

    def saying_before(self, seg: Segment) -> Span | None:
        """A proverb marker (谚语, 俗话) in the clause just before a quotation: `用俄罗斯谚语“…”`."""
        a = self.marks.clause_start(seg.start)
        text = self.marks.sub(a, seg.start)
        for word, cls in self.lex.cues.items():
            if cls == "saying":
                k = text.rfind(word)
                if k >= 0:
                    return Span(a + k, a + k + len(word))
        return None


class Paragraph:
    """One paragraph of `Doc.text` read for quotations: its marks and clauses (`marks`), its speaker
    phrases (`phrases`) and its cue frames (`frames`), each made once and passed to the next."""

    def __init__(self, text: str, span: Span, lex: Lexicon | None = None, *, heading: bool = False) -> None:
        self.marks = Marked(text, span, lex, heading=heading)
        self.phrases = Phrases(self.marks)
        self.frames = CueFrames(self.marks, self.phrases)
        self.start, self.end = span.start, span.end
