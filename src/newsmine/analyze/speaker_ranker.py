"""How far each quote's speaker can be trusted, learned: the sieves' choice weighed against the people
and organisations named around the quotation (switched off as sieve `ranker` of `analyze/sieves.py`).

For every Quote the sieves made, `Ranker.group` offers candidates: the sieves' choice (its entity,
or its unnamed or unresolved text) first, then each entity with a mention in the quote's paragraph or
the one before it, the previous quote's speaker and the article's most quoted entity, and last a
fixed `elsewhere` candidate ("someone not offered here"), so that a lone choice still gets a
probability below one. Each candidate is described by general features — which sieves chose it,
its entity type, where its nearest mention stands (inside, before or after the quotation, in its
sentence, the sentence before, the paragraph, the paragraph before) and how far, whether a speech
verb of the cue lexicon or a colon follows it, whether it opens its clause, whether it is inside
another quotation, whether it holds a role, whether it spoke the previous quote and how many quotes
it has — never the article's words. `linear.probabilities` scores them with the model
`data/speaker_ranker.tsv` (written by `bench/train_speakers.py` from the dev gold files).

`rate_speakers` gives each Quote the model's probability for the sieves' choice as its `confidence`; it
changes no speaker. (Letting it replace the sieves' speaker where another candidate was clearly more
likely gained nothing on dev half b: of b's wrong speakers only two in five had the right one among
the candidates, and no margin made overrides that held; bench/README.md has the figures.) Features
are read from the sieves' choices only: the same features at training and at use.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field

from newsmine.analyze import linear
from newsmine.analyze.antecedents import Holders
from newsmine.analyze.marks import CLOSERS, OPENERS, lexicon
from newsmine.analyze.text import CLAUSE_END, normalised
from newsmine.model import Doc, Quote, Span

MODEL = "speaker_ranker"
CUE_REACH = 6  # characters between a mention and the speech verb that makes it a speaker (`某某昨日表示`)
JOINED = frozenset({"type=PER", "type=ORG", "type=LOC", "previous", "most-quoted", "cue", "clause-first",
                    "within-chosen", "in-other-quote"})  # another candidate's features also read with the choice's link
LEAD_MAX = 8  # characters before a mention in its clause for it to count as near the clause's start


@dataclass
class Candidate:
    """A possible speaker of one quote: an entity (or, for the sieves' choice, none: an unnamed or
    unresolved speaker), the mention that shows it, and its feature names."""

    entity: str | None
    text: str | None
    span: Span | None
    features: list[str] = field(default_factory=list)


class Ranker:
    """Candidates and features for the quotes of one Doc, from its mentions, parts and sentences."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.folded = normalised(doc.text)
        self.lex = lexicon()
        self.mentions = sorted((m for m in doc.mentions if m.entity is not None), key=lambda m: (m.span.start, m.span.end))
        self.starts = [m.span.start for m in self.mentions]
        self.parts = [p.span for p in doc.parts]
        self.part_starts = [p.start for p in self.parts]
        self.sentence_starts = [s.span.start for s in doc.sentences]
        self.entities = {e.id: e for e in doc.entities}
        self.said = Holders()
        for q in doc.quotes:
            self.said.add(q.span)
        self.quoted = Counter(q.speaker for q in doc.quotes if q.speaker is not None)
        self.most = self.quoted.most_common(1)[0][0] if self.quoted else None
        self.named = Counter(m.entity for m in self.mentions)
        self._next_to: dict[tuple[int, int], tuple[str | None, bool, int, bool]] = {}

    def _part(self, position: int) -> int:
        return max(bisect_right(self.part_starts, position) - 1, 0)

    def _sentence(self, position: int) -> int:
        return bisect_right(self.sentence_starts, position) - 1

    def group(self, index: int) -> list[Candidate]:
        """The candidates for the speaker of `doc.quotes[index]`: the sieves' choice first, `elsewhere` last."""
        quote = self.doc.quotes[index]
        previous = self.doc.quotes[index - 1] if index > 0 else None
        q_sieve, m_sieve = f"q={quote.sieve}", f"m={quote.resolved_by}"
        chosen = Candidate(quote.speaker, quote.speaker_text, quote.speaker_span,
                           ["chosen", f"chosen|{q_sieve}", f"chosen|{m_sieve}", f"chosen|{q_sieve}|{m_sieve}",
                            f"chosen|kind={quote.kind}"])
        if quote.speaker is None:
            chosen.features += ["type=none", f"type=none|{m_sieve}"]
            if quote.speaker_span is not None:
                chosen.features += self._where(quote, quote.speaker_span, q_sieve)
        out = [chosen]
        nearest: dict[str, Span] = {}
        first, last = self._part(quote.span.start), self._part(max(quote.span.end - 1, quote.span.start))
        lo, hi = self.parts[max(first - 1, 0)].start, self.parts[last].end
        for k in range(bisect_right(self.starts, lo - 1), bisect_right(self.starts, hi - 1)):
            m = self.mentions[k]
            if m.span.end > hi or m.entity is None:
                continue
            best = nearest.get(m.entity)
            if best is None or self._distance(quote, m.span) < self._distance(quote, best):
                nearest[m.entity] = m.span
        if quote.speaker is not None and quote.speaker_span is not None:
            nearest[quote.speaker] = quote.speaker_span  # the sieves' own mention of their choice
        extra = [e for e in (quote.speaker, previous.speaker if previous else None, self.most)
                 if e is not None and e not in nearest and (e == quote.speaker or e in self.entities)]
        order = sorted(nearest, key=lambda e: (self._distance(quote, nearest[e]), nearest[e].start))
        for rank, entity in enumerate(order + list(dict.fromkeys(extra))):
            span = nearest.get(entity)
            if entity == quote.speaker:
                cand = chosen
            else:
                cand = Candidate(entity, self.doc.text[span.start : span.end] if span else self.entities[entity].name,
                                 span, ["other", f"other|{q_sieve}", f"other|{m_sieve}"])
                out.append(cand)
            cand.features += self._entity(entity, quote, previous, q_sieve)
            if span is None:
                cand.features += ["rel=far", f"rel=far|{q_sieve}"]
            else:
                cand.features += self._where(quote, span, q_sieve)
                cand.features += [f"rank={min(rank, 3)}", f"rank={min(rank, 3)}|{q_sieve}"]
                if cand is not chosen and quote.speaker_span is not None \
                        and quote.speaker_span.start <= span.start and span.end <= quote.speaker_span.end:
                    cand.features.append("within-chosen")  # `央视的评论`: a name inside the sieves' phrase
            if cand is not chosen:  # how far another candidate may be trusted depends on how the choice was linked
                cand.features += [f"other|{m_sieve}|{f}" for f in cand.features if f in JOINED or f.startswith("rel=")
                                  and "|" not in f]
        out.append(Candidate(None, None, None, ["elsewhere", f"elsewhere|{q_sieve}", f"elsewhere|{m_sieve}",
                                                 f"elsewhere|n={linear.bucket(len(out), (1, 2, 4))}"]))
        return out

    def _distance(self, quote: Quote, span: Span) -> int:
        """Characters between a mention and the quotation; one inside it counts as far."""
        if span.end <= quote.span.start:
            return quote.span.start - span.end
        if span.start >= quote.span.end:
            return span.start - quote.span.end
        return 10_000

    def _entity(self, entity: str, quote: Quote, previous: Quote | None, q_sieve: str) -> list[str]:
        """What is known of a candidate entity wherever it is named: type, role, quotes, mentions."""
        ent = self.entities.get(entity)
        kind = ent.type if ent is not None else "none"
        own = self.quoted[entity] - (entity == quote.speaker)
        out = [f"type={kind}", f"type={kind}|{q_sieve}", f"quotes={linear.bucket(own, (0, 1, 3))}",
               f"mentions={linear.bucket(self.named[entity], (1, 2, 5))}"]
        if ent is not None and ent.roles:
            out.append("role")
        if previous is not None and previous.speaker == entity:
            near = self._part(previous.span.start) >= self._part(quote.span.start) - 1
            out += ["previous", f"previous|{q_sieve}", f"previous|near={near}"]
        if entity == self.most:
            out.append("most-quoted")
        return out

    def _where(self, quote: Quote, span: Span, q_sieve: str) -> list[str]:
        """Where a mention stands against the quotation, and what stands next to it."""
        qs, qe = quote.span.start, quote.span.end
        if qs <= span.start and span.end <= qe:
            rel, gap = "inside", 0
        else:
            after = span.start >= qe
            gap = span.start - qe if after else max(qs - span.end, 0)
            s_first, s_last, s_m = self._sentence(qs), self._sentence(max(qe - 1, qs)), self._sentence(span.start)
            p_first, p_last, p_m = self._part(qs), self._part(max(qe - 1, qs)), self._part(span.start)
            side = "after" if after else "before"
            if s_first <= s_m <= s_last or (after and s_m == s_last + 1 and gap <= 2):
                rel = f"sentence-{side}"
            elif s_m == s_first - 1:
                rel = "sentence-previous"
            elif p_first <= p_m <= p_last:
                rel = f"paragraph-{side}"
            elif p_m == p_first - 1:
                rel = "paragraph-previous"
            else:
                rel = f"far-{side}"
        dist = linear.bucket(gap, (2, 8, 30, 100))
        out = [f"rel={rel}", f"rel={rel}|{q_sieve}", f"dist={dist}", f"rel={rel}|dist={dist}"]
        cue, colon, lead, held = self._around(span)
        if cue is not None:
            out += ["cue", f"cue={cue}", f"cue|rel={rel}"]
        if colon:
            out += ["colon", f"colon|rel={rel}"]
        if lead == 0:
            out += ["clause-first", f"clause-first|rel={rel}"]
        elif lead <= LEAD_MAX:
            out.append("clause-early")
        if rel != "inside" and held:
            out.append("in-other-quote")
        return out

    def _around(self, span: Span) -> tuple[str | None, bool, int, bool]:
        """What stands next to a mention whichever quote it is weighed for — a speech verb's class
        after it, a colon after it, how far into its clause it starts, whether a quotation holds it —
        kept, since the mentions of a paragraph are candidates for each of its quotes."""
        key = (span.start, span.end)
        found = self._next_to.get(key)
        if found is None:
            found = (self._cue_after(span.end), self.folded[span.end : span.end + 1] in (":", "："),
                     self._lead(span.start), self.said.holds(span))
            self._next_to[key] = found
        return found

    def _cue_after(self, end: int) -> str | None:
        """The class of a speech verb (`data/speech_verbs.tsv`) starting within CUE_REACH after `end`."""
        text = self.folded
        for k in range(end, min(end + CUE_REACH, len(text))):
            if text[k] in CLAUSE_END or text[k] in OPENERS:
                return None
            n = next((n for n in range(self.lex.max_cue, 0, -1) if text[k : k + n] in self.lex.cues), 0)
            if n:
                return self.lex.cues[text[k : k + n]]
        return None

    def _lead(self, start: int) -> int:
        """How many characters (spaces and quotation marks aside) stand before `start` in its clause."""
        text, k, n = self.folded, start, 0
        floor = self.parts[self._part(start)].start
        while k > floor and text[k - 1] not in CLAUSE_END and n <= LEAD_MAX:
            k -= 1
            n += not (text[k].isspace() or text[k] in OPENERS or text[k] in CLOSERS)
        return n


def rate_speakers(doc: Doc) -> None:
    """Give every quote of the Doc the model's probability for its speaker as its confidence."""
    if not doc.quotes:
        return
    ranker = Ranker(doc)
    for index, quote in enumerate(doc.quotes):
        group = ranker.group(index)
        quote.confidence = round(linear.probabilities(MODEL, [c.features for c in group])[0], 2)
