"""Who a clause is about, for quote attribution: whether a mention stands in subject position,
which person a pronoun (他/她) refers back to, and what lies inside a quotation.

`Speaker` is a speaker mention with the entity it was linked to; `Holders` keeps spans to ask
which holds another; `Heard` records the quotes made so far, with their speakers and spans, in
reading order. `Antecedents` answers from the Doc's mentions, the quotations' spans and that record,
all given to it; `SpeakerLinks` and `Subjects` ask it.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import cache, cached_property

from newsmine.analyze.marks import CLAUSE_END, CLOSERS, OPENERS, Lexicon
from newsmine.analyze.speakers import Resolver
from newsmine.analyze.tagger import VERB_TAGS
from newsmine.analyze.token_index import TokenIndex
from newsmine.model import Doc, Quote, Span
from newsmine.names import fold


PRESS_LEAD_MAX = 6  # longest press phrase before its asking verb (`本报记者`, `有记者再`)
POSTED_MAX = 4  # longest place after 驻 in a title before a name (`驻联合国大使`)


@dataclass
class Speaker:
    """A speaker mention and the entity a mention-stage sieve linked it to."""

    id: str | None = None
    text: str | None = None
    span: Span | None = None
    group: bool = False  # anonymous, plural or an organisation: what a later 他们 refers to
    how: str = "unresolved"  # the mention-stage sieve that linked it to `id`


class Holders:
    """Spans kept by start, to ask whether one holds a given span: only those starting within the
    longest span's length before it can, so a question looks at a few neighbours, not at every span."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.longest = 0

    def add(self, span: Span) -> None:
        """Keep `span`, in order of its start."""
        k = bisect_right(self.starts, span.start)
        self.starts.insert(k, span.start)
        self.ends.insert(k, span.end)
        self.longest = max(self.longest, span.end - span.start)

    def holds(self, span: Span) -> bool:
        """Whether a kept span covers `span` (starts at or before it and ends at or after it)."""
        j = bisect_right(self.starts, span.start) - 1
        while j >= 0 and self.starts[j] >= span.end - self.longest:
            if self.ends[j] >= span.end:
                return True
            j -= 1
        return False


@cache
def _lead_words(titles: frozenset[str], sources: tuple[str, ...], connectors: tuple[str, ...]) -> tuple[str, ...]:
    """What may stand before a subject's name in its clause, folded, longest first: titles and roles
    (`法国哲学家`), source words (`武汉市民`), connectives (`但`)."""
    return tuple(sorted(titles | {fold(w) for w in sources + connectors}, key=len, reverse=True))


class Heard:
    """The quotes made so far with their speakers (pronouns, continuations, 他们 look back over
    them), and their spans (what was said is no antecedent)."""

    def __init__(self) -> None:
        self.history: list[tuple[Quote, Speaker]] = []
        self.said = Holders()

    def add(self, quote: Quote, speaker: Speaker) -> None:
        """Remember a quote just made and who said it."""
        self.history.append((quote, speaker))
        self.said.add(quote.span)


class Antecedents:
    """Subject position and pronoun antecedents in one Doc."""

    def __init__(self, doc: Doc, lex: Lexicon, folded: str, resolver: Resolver, titles: frozenset[str],
                 heard: Heard, quoted: Holders) -> None:
        """`folded`: the Doc's text `normalise`d; `titles`: the role words, folded; `quoted`: the
        spans inside the quotations (no terms)."""
        self.doc, self.lex, self.folded, self.resolver, self.titles = doc, lex, folded, resolver, titles
        self.heard = heard
        self.quoted = quoted
        self.tokens: TokenIndex | None = None  # the tagger's words of the text, when first asked for

    def antecedent(self, position: int, exclude: set[str], start: int, pronoun: str = "") -> str | None:
        """他/她: the later of the previous speaker and the most recent person opening a clause (a
        subject) outside quotations; else the most recent person mentioned outside quotations. `start`:
        where the pronoun's paragraph begins; `pronoun`: `he` or `she`, which passes over anyone written
        as the other sex (`林小姐` for 他)."""
        exclude = exclude | {e for e, sex in self.sexes.items() if pronoun in ("he", "she") and sex != pronoun}
        found = self.resolver.mention_before(position, exclude=exclude, skip=lambda s: self.in_quotation(s)
                                             or not (self.opens_clause(s) or self.asked_by_press(s)))
        subject_end = found.span.end if found is not None else -1
        if self.heard.history:
            _, last = self.heard.history[-1]
            unnamed_here = last.how == "unnamed" and last.span is not None and last.span.start >= start
            if not last.group and last.id not in exclude and last.span is not None \
                    and subject_end < last.span.end <= position and (last.id is not None or unnamed_here):
                return last.id  # an unnamed speaker earlier in the paragraph (一位官员…。他说) leaves 他 unresolved
        if found is not None:
            return found.entity
        return self.resolver.person_before(position, exclude=exclude, skip=self.in_quotation)

    def asked_by_press(self, span: Span) -> bool:
        """`记者问陈伯会否搬走，他…`, `記者追問到黃先生…`: the person the press puts a question to, right
        after the asking verb, whom the 他 of the answer refers to though no subject."""
        text, k = self.folded, span.start
        k -= text[k - 1 : k] in ("到", "及")
        word = next((w for w in self.lex.longest_first("asking") if text.startswith(w, k - len(w))), None)
        if word is None:
            return False
        a = k - len(word)
        lead = text[max(text.rfind(c, 0, a) for c in CLAUSE_END | {"\n"}) + 1 : a].strip()
        return len(lead) <= PRESS_LEAD_MAX and any(lead.endswith(w) for w in self.lex.words("press"))

    @cached_property
    def sexes(self) -> dict[str, str]:
        """`he` or `she` for each person named only as a man or a woman after a surname (`马先生`,
        `林小姐`, `陈姓女子`): a fuller name says nothing of sex, and its short forms may be linked wrongly."""
        found: dict[str, str] = {}
        for e in self.doc.entities:
            written = fold(e.name)
            for sex, cls in (("he", "man"), ("she", "woman")):
                if e.type == "PER" and any(written.endswith(w) and len(written) - len(w) in (1, 2)
                                           for w in self.lex.words(cls)):  # a surname, or one and 姓, before
                    found[e.id] = sex
        return found

    def opens_clause(self, span: Span) -> bool:
        """A mention in subject position: nothing but names, titles, source words, glosses and
        connectives between the clause start and it (`捷克议长维斯特奇尔`, `但王毅`, `法国哲学家某某`), else
        what the tagger says (`_no_verb_before`); not an object (`批评维斯特奇尔`)."""
        text, k = self.folded, span.start
        j = k
        while j > 0 and k - j < 24 and text[j - 1] not in CLAUSE_END \
                and not (text[j - 1] in CLOSERS and self.heard.said.holds(Span(j - 2, j - 1))):
            j -= 1  # a statement's closing mark ends a clause (`“……”他说`); a quoted term does not (`“亲北京派”议员某某`)
        covered = [False] * (k - j)
        for m in self.resolver.mentions_in(j, k):
            for i in range(max(m.span.start, j), min(m.span.end, k)):
                covered[i - j] = True
        words = _lead_words(self.titles, self.lex.anonymous, self.lex.longest_first("connector"))
        simplified = fold(text[j:k])
        i = j
        while i < k:
            if covered[i - j] or text[i].isspace() or text[i] in OPENERS or text[i] in CLOSERS:
                i += 1  # a name may stand in quotation marks: `「小雨」`, a pen name
                continue
            if text[i] in "（(" and (close := text.find("）" if text[i] == "（" else ")", i, k)) > 0:
                i = close + 1  # a gloss: `某公司（NTC）副总监`
                continue
            w = next((w for w in words if simplified.startswith(w, i - j) and i + len(w) <= k), None)
            if w is None and simplified[i - j] == "驻":  # `某国驻法大使`: 驻, the place posted to, a title
                w = next((simplified[i - j : n - j] for n in range(i + 2, min(k, i + 1 + POSTED_MAX) + 1)
                          if any(simplified.startswith(t, n - j) and n + len(t) <= k for t in self.titles)), None)
            if w is None:
                return self._no_verb_before(j, k)
            i += len(w)
        return True

    def _no_verb_before(self, j: int, k: int) -> bool:
        """Whether the tagger finds no preposition between a clause's start and a name at `k`, and no
        verb after its last 的 (a relative clause): `38岁太太某某`, `读小学的大女儿某某`, not `会见了某某`
        nor `与…的某某`."""
        if self.tokens is None:
            self.tokens = TokenIndex.of(self.doc)
        words = self.tokens.starting_in(j, k)
        last_de = max((n for n, t in enumerate(words) if t.word == "的"), default=-1)
        return (bool(words) and words[-1].end == k and all(t.tag != "p" for t in words)
                and all(t.tag not in VERB_TAGS for t in words[last_de + 1 :]))

    def in_quotation(self, span: Span) -> bool:
        """Inside a quotation or inside what someone was reported to say: no pronoun's antecedent. A
        name that fills its quotation marks (`「小雨」`, a pen name or pseudonym) is a name, not a quotation."""
        text = self.folded
        if span.start > 0 and OPENERS.get(text[span.start - 1]) == text[span.end : span.end + 1]:
            return False
        return self.quoted.holds(span) or self.heard.said.holds(span)
