"""Who a subjectless cue or an uncued quotation goes to: a sentence's or paragraph's subject.

The quote stage's `sentence-subject`, `continuation` and `salience` sieves (`analyze/sieves.py`)
need a speaker mention that no cue names: `普京……，称……` takes its sentence's subject, an uncued
quotation the person opening its sentence or the main voice. `Subjects` finds that mention in a
paragraph and hands it to `SpeakerLinks` (`analyze/quote_speakers.py`) to be linked to an entity;
subject position and pronoun antecedents are asked of `Antecedents` (`analyze/antecedents.py`).
"""

from __future__ import annotations

import re

from newsmine.analyze.antecedents import Antecedents, Heard, Speaker
from newsmine.analyze.cues import CITING, Paragraph
from newsmine.analyze.marks import Lexicon
from newsmine.analyze.quote_speakers import REPORTS, SpeakerLinks
from newsmine.analyze.sieves import enabled
from newsmine.analyze.speakers import Resolver
from newsmine.analyze.text import CLAUSE_END
from newsmine.model import Span

TURNS = frozenset("则則却卻而也亦")  # after a name: another voice, in contrast or in addition
# `“……”` alone, then `说这话的，是今年62岁的船工王建国。`: a feature naming the speaker of its opening quotation after it
REVEALED = re.compile(r"\s*(?:[说說]|讲|講)(?:出)?[这這](?:句|番|些)?(?:话|話)的(?:人)?[，,]?\s*(?:是|正是|就是|便是)")
REVEAL_REACH = 30  # how far after that opening the person it names may stand
SOURCE_LEAD_MAX = 10  # longest unnamed source opening a clause after an uncued quotation (`上述这名家属`)


class Subjects:
    """The subjects of a Doc's sentences and paragraphs, as speaker mentions linked by `links`."""

    def __init__(self, lex: Lexicon, folded: str, resolver: Resolver, heard: Heard, antecedents: Antecedents,
                 links: SpeakerLinks) -> None:
        self.lex, self.folded, self.resolver = lex, folded, resolver
        self.heard = heard
        self.antecedents = antecedents
        self.links = links

    def zero_subject(self, para: Paragraph, position: int, *, topic: bool = False) -> Speaker:
        """`普京…，称…`: the previous speaker of the sentence, else the nearest clause's leading phrase;
        with `topic`, else the person opening the paragraph's previous sentence."""
        start = para.marks.sentence_start(position)
        if self.heard.history:
            quote, speaker = self.heard.history[-1]
            cited = speaker.span is not None and self.folded.endswith(CITING, 0, speaker.span.start) \
                or quote.cue in REPORTS  # `共同社报道，安倍…期间，强调…`: the outlet reports, the clause's subject speaks
            if quote.cue_span is not None and start <= quote.cue_span.start < position and not cited:
                return speaker  # not `据路透社报道，…，称…`: the cited outlet is no subject of the sentence
        end = position
        while end > start:
            begin = para.marks.clause_start(end)
            found = self._clause_subject(para, begin, end, position)
            if found is not None:
                return found
            end = begin - 1
        if topic and start > para.start:  # `老陈把孙子抱了起来。笑着说：…`: a sentence with no subject keeps the last one's topic
            before = para.marks.sentence_start(start - 1)
            return self._person_opening(para, before, para.marks.clause_end(before), position) or Speaker()
        return Speaker()

    def _clause_subject(self, para: Paragraph, begin: int, end: int, position: int) -> Speaker | None:
        """The subject a clause opens with: a mention, a name already quoted, or a phrase ended by an adverbial."""
        a, b = para.marks.strip(begin, end)
        a = para.phrases.drop_connectors(a, b)
        cue = para.frames.first_cue(a, b) if end < position else None
        if cue == a:
            return None  # `…，讽刺世界卫生组织…，批评…`: a clause of the same subject's speech; look further back
        b = cue if cue is not None else b  # `澳大利亚和荷兰指俄罗斯…，并指…`: the subject ends at its cue
        if b <= a:
            return None
        region = Span(a, b)
        subject, _ = para.phrases.subject(region, self.resolver.protected(region), cite=False)
        cut = subject if subject is not None and subject.end < b else None
        last = self.resolver.mention_for(Span(b - 1, b))
        if cue is None and last is not None and last.type == "PER" and last.span.end == b and last.span.start > a \
                and (para.marks.char(last.span.start - 1) == "的"
                     or self.links.title(para.marks.sub(a, last.span.start)) is not None):
            return self.links.explicit(para, last.span, position, set())  # `看起来很害羞的某某，…说`, `某大学某系教授某某，…`
        roles = self.lex.words("role")
        first = next((m for m in self.resolver.mentions_in(a, b) if a <= m.span.start and m.span.end <= b
                      and (m.span.start == a or para.marks.sub(a, m.span.start) in roles
                           or m.type == "PER" and self.antecedents.opens_clause(m.span))), None)
        if first is not None:  # the clause's whole lead when it is a source (`广东受访者`), not a name in it
            source = region if cut is None and para.phrases.anonymous(self.links.source_part(para, region)) else first.span
            return self.links.explicit(para, cut or source, position, set())
        lead = para.marks.sub(a, b)
        name = self._known_prefix(lead)
        if name is not None:
            return self.links.explicit(para, Span(a, a + len(name)), position, set())
        if cut is not None and self.links.plausible(para, cut):
            return self.links.explicit(para, cut, position, set())
        source = next((w for w in self.lex.anonymous if lead.startswith(w) and len(lead) > len(w)), None)
        if source is not None:  # `哥哥知道弟弟热心，笑着说…`: a source word opening the clause is its subject
            return self.links.explicit(para, Span(a, a + len(source)), position, set())
        if any(lead.startswith(w) for w in self.lex.words("indefinite")):
            # `一些亲北京阵营议员欢迎…`: an unnamed group, up to its head noun
            heads = [k + len(w) for w in self.lex.words("role") | set(self.lex.anonymous) if (k := lead.find(w)) > 0]
            if heads:
                return self.links.explicit(para, Span(a, a + min(heads)), position, set())
        return None

    def salient(self, para: Paragraph, said: Span) -> tuple[Speaker, str] | None:
        """An uncued quotation's speaker and the quote-stage sieve that found it: a person opening a
        clause of its sentence before it (nearest first) or right after it, or one opening a clause of
        its paragraph (`salience`); else the last speaker, else the most recent person (`main-voice`,
        a guess); never one the quotation names (`“这证明了某某的眼光”`: people are spoken of by name,
        they seldom say their own)."""
        quoted = para.marks.sub(said.start, said.end)
        finders = [("salience", lambda: self._sentence_opener(para, said) or self._opener_after(para, said)),
                   ("salience", lambda: self.opener_before(para, para.start, para.marks.sentence_start(said.start)))]
        if enabled("cue-after"):
            finders.insert(0, ("cue-after", lambda: self._revealed_after(para, said)))
        if enabled("main-voice"):
            finders += [("main-voice", lambda: self._narrated_voice(said)), ("main-voice", self._last_speaker),
                        ("main-voice", lambda: self._recent_person(said))]
        for sieve, find in finders:
            found = find()
            if found is not None and not self._named_in(found, quoted):
                return found, sieve
        return None

    def _revealed_after(self, para: Paragraph, said: Span) -> Speaker | None:
        """A quotation ending its paragraph whose speaker the next paragraph names: `说这话的，是…王建国`."""
        rest = para.marks.sub(said.end, para.end).strip("”」』\"' \t\n")
        found = REVEALED.match(self.folded, para.end) if not rest else None
        if found is None:
            return None
        person = next((m for m in self.resolver.mentions_in(found.end(), found.end() + REVEAL_REACH)
                       if m.type == "PER" and m.entity is not None and m.span.start >= found.end()), None)
        if person is None or person.entity is None:
            return None
        return Speaker(person.entity, person.text, person.span, how="name")

    def interviewee(self, said: Span) -> Speaker | None:
        """Who answers under a bare `答：`: the person quoted most so far (the feature's main voice, not
        a neighbour quoted last before the interview), the later on a tie; else the person named last."""
        found = self._most_quoted() or self._recent_person(said)
        return found if found is not None and not self._named_in(found, self.folded[said.start : said.end]) else None

    def _most_quoted(self) -> Speaker | None:
        """The person quoted most so far, the one quoted later on a tie."""
        counts: dict[str, int] = {}
        last: dict[str, tuple[int, Speaker]] = {}
        for i, (_, speaker) in enumerate(self.heard.history):
            if speaker.id is not None and not speaker.group:
                counts[speaker.id] = counts.get(speaker.id, 0) + 1
                last[speaker.id] = (i, speaker)
        best = max(counts, key=lambda e: (counts[e], last[e][0]), default=None)
        return last[best][1] if best is not None else None

    def _last_speaker(self) -> Speaker | None:
        if self.heard.history and not self.heard.history[-1][1].group and self.heard.history[-1][1].id is not None:
            return self.heard.history[-1][1]
        return None

    def _narrated_voice(self, said: Span) -> Speaker | None:
        """A feature's voice the narration since the last quote turned back to: the last person quoted
        before whom the narration there names, outside quotations (`夜深了，阿明的女兒還在做功課。` then
        `「……」` is 阿明 again, not the social worker quoted last)."""
        if not self.heard.history:
            return None
        since = self.heard.history[-1][0].span.end
        voices = {s.id: s for _, s in self.heard.history if s.id is not None and not s.group}
        found = self.resolver.mention_before(said.start, exclude=set(), skip=lambda s: s.start < since
                                             or self.antecedents.in_quotation(s)) if voices else None
        if found is None or found.entity is None:
            return None
        if found.entity in voices:
            return voices[found.entity]
        if not self.antecedents.opens_clause(found.span) or self._pronoun_subject(found.span.start):
            return None  # `她常常想起当年带她入行的护士长陈国华`: spoken of, not introduced to speak
        return Speaker(found.entity, self.resolver.entities[found.entity].name, how="name")

    def _pronoun_subject(self, position: int) -> bool:
        """Whether 他 or 她 (not 他的) opens the clause before `position`: that clause's subject."""
        start = max(self.folded.rfind(c, 0, position) for c in CLAUSE_END | {"\n"}) + 1
        lead = self.folded[start:position].lstrip()
        return lead[:1] in ("他", "她") and lead[1:2] not in ("的", "们", "們")

    def _recent_person(self, said: Span) -> Speaker | None:
        person = self.resolver.person_before(said.start, exclude=set(), skip=self.antecedents.in_quotation)
        return None if person is None else Speaker(person, self.resolver.entities[person].name, how="name")

    def _named_in(self, speaker: Speaker, quoted: str) -> bool:
        """Whether a quotation names this speaker (by the entity's name or the words that named them)."""
        entity = self.resolver.entities.get(speaker.id) if speaker.id is not None else None
        names = {speaker.text or "", entity.name if entity is not None else ""}
        return any(len(n) >= 2 and n in quoted for n in names)

    def _opener_after(self, para: Paragraph, said: Span) -> Speaker | None:
        """The person or unnamed source opening the clause right after a quotation, in its sentence
        (`“……”，袁格兵觉得…`, `“……”，上述这名家属希望…`)."""
        closed = said.end > said.start and para.marks.char(said.end - 1) in "。."
        after = para.marks.sentence_end(said.end)
        k = said.end
        while k < after and (para.marks.shielded(k) or para.marks.char(k) in "，,。 \t」』”"):
            k += 1
        if k >= after:
            return None
        end = para.marks.clause_end(k)
        found = self._person_opening(para, k, end, said.start)
        if closed:  # the quotation closed its sentence: the next opens with its speaker (`“……。”某某在某地开店`)
            # unless it turns to another (`“……。”小杰则…`, `小杰却…`)
            turn = found is not None and found.span is not None and para.marks.char(found.span.end) in TURNS
            return None if found is None or turn else found
        return found or self._source_opening(para, k, end, said.start)

    def _sentence_opener(self, para: Paragraph, said: Span) -> Speaker | None:
        """The person opening a clause of a quotation's sentence before it, nearest clause first."""
        start = para.marks.sentence_start(said.start)
        end = said.start
        while end > start:
            begin = para.marks.clause_start(end)
            found = self._person_opening(para, begin, end, said.start)
            if found is not None:
                return found
            end = begin - 1
        return None

    def new_voice(self, para: Paragraph, said: Span, current: Speaker) -> Speaker | None:
        """A run of quotes keeps its speaker until another is introduced: a person other than the
        current speaker opening the quotation's own sentence (`市民刘先生拍下了他搜救的过程，“……”`)."""
        if not enabled("salience"):
            return None
        found = self._sentence_opener(para, said) or self._opener_after(para, said)
        if found is None:  # `但某实验室指控某公司“……”`: an organisation opening the sentence (or a person of it)
            start = para.marks.sentence_start(said.start)
            body = next((m for m in self.resolver.mentions_in(start, said.start) if m.span.start >= start), None)
            if body is not None and body.type == "ORG" and body.entity is not None and self.antecedents.opens_clause(body.span):
                end = min(para.marks.clause_end(body.span.end), said.start)
                person = next((m for m in self.resolver.mentions_in(body.span.end, end) if m.type == "PER"), None)
                found = self.links.explicit(para, person.span, said.start, set()) if person is not None else \
                    Speaker(body.entity, para.marks.sub(body.span.start, body.span.end), body.span, group=True, how="name")
        if found is not None and found.id is None and found.how == "unnamed" and found.text != current.text:
            return found  # `“……！”家属也冲他吼`: an unnamed voice after the quotation
        return found if found is not None and found.id is not None and found.id != current.id else None

    def opener_before(self, para: Paragraph, begin: int, end: int) -> Speaker | None:
        """The last person opening a clause of the paragraph between `begin` and `end`, outside quotations."""
        k = end
        while k > begin:
            start = max(para.marks.clause_start(k), begin)
            if not self.antecedents.in_quotation(Span(start, max(start + 1, min(k, start + 2)))):
                found = self._person_opening(para, start, k, end)
                if found is not None:
                    return found
            k = start - 1
        return None

    def _person_opening(self, para: Paragraph, begin: int, end: int, position: int) -> Speaker | None:
        """A clause that opens with a person (a PER mention or 他/她), as that person."""
        a, b = para.marks.strip(begin, end)
        a = para.phrases.drop_connectors(a, b)
        if b <= a:
            return None
        for n in (2, 1):
            if a + n <= b and para.phrases.pronoun(Span(a, a + n)) in ("he", "she"):
                return self.links.explicit(para, Span(a, a + n), position, set())
        sub = para.marks.sub
        first = next((m for m in self.resolver.mentions_in(a, b) if m.span.start >= a and m.span.end <= b
                      and m.type == "PER" and (m.span.start == a or self.antecedents.opens_clause(m.span)
                                               or self.links.title(sub(a, m.span.start)) == sub(a, m.span.start))),
                     None)  # `韦志坚`, `司机韦志坚`, `法国哲学家韦志坚`
        if first is not None:
            return self.links.explicit(para, first.span, position, set())
        return None

    def _source_opening(self, para: Paragraph, begin: int, end: int, position: int) -> Speaker | None:
        """A clause that opens with an unnamed source (`“……”，上述这名家属希望…`), as that source."""
        a, b = para.marks.strip(begin, end)
        a = para.phrases.drop_connectors(a, b)
        k = next((k for k in range(a + 2, min(b, a + SOURCE_LEAD_MAX + 1)) if para.phrases.anonymous(Span(a, k))
                  and para.marks.char(k) != "的" and not self.resolver.mentions_in(a, k)), None)
        return self.links.explicit(para, Span(a, k), position, set()) if k is not None else None

    def _known_prefix(self, lead: str) -> str | None:
        """The longest name quoted so far that `lead` starts with: its prefixes looked up, not every name."""
        known = self.links.known
        return next((lead[:n] for n in range(min(len(lead), self.links.longest_known), -1, -1) if lead[:n] in known), None)
