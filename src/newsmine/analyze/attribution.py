"""Attribution: a found statement to its Quote, by the sieves of `analyze/sieves.py`.

A statement comes with the quote-stage sieve that found it (`analyze/statements.py`,
`analyze/quotes.py`); `Attribution` finds its speaker mention by that sieve — the cue's phrase, the
sentence's subject, the speaker it continues, the salient person (`analyze/quote_subjects.py`) —
and links the mention to an entity by the mention-stage sieves (`analyze/quote_speakers.py`). The
Quote records both sieves and their confidence; a heading's unnamed speaker waits in `pending` for
the first one named below it (the `section` sieve).
"""

from __future__ import annotations

from newsmine.analyze.antecedents import Heard, Speaker
from newsmine.analyze.cues import CITING, Paragraph
from newsmine.analyze.quote_speakers import SpeakerLinks
from newsmine.analyze.quote_subjects import Subjects
from newsmine.analyze.sieves import confidence, enabled
from newsmine.analyze.speakers import Resolver
from newsmine.analyze.statements import Statement
from newsmine.model import Doc, Quote, Span

SECTION_REACH = 2  # how many paragraphs below a heading its speaker may be named


class Attribution:
    """Statements to Quotes, in reading order, for one Doc; every Quote made is added to `heard`."""

    def __init__(self, doc: Doc, resolver: Resolver, heard: Heard, links: SpeakerLinks, subjects: Subjects) -> None:
        self.doc, self.resolver = doc, resolver
        self.heard = heard
        self.links = links
        self.subjects = subjects
        self.pending: list[tuple[Quote, int, bool]] = []  # heading statements waiting for a speaker, their
        # paragraph, and whether the speaker's words replace theirs (a quoted sub-head has no descriptor of its own)
        self.answers: set[int] = set()  # ids of the quotes that are unquoted Q&A answers

    def name_later(self, quotes: list[Quote], at: int, *, named: bool = False) -> None:
        """Heading statements of paragraph `at` with no speaker (or, `named`, a quoted sub-head's
        guess): the first speaker named in the paragraphs below speaks for them (`section`), by
        their words when `named`; they replace any still waiting."""
        self.pending = [(q, at, named) for q in quotes]

    def is_answer(self, quote: Quote) -> bool:
        """Whether the quote is an unquoted Q&A answer (`李洪元：我…`), which runs on below it."""
        return id(quote) in self.answers

    def quote(self, para: Paragraph, st: Statement, at: int) -> Quote | None:
        """The Quote of a statement in paragraph `at`, its speaker found by the statement's quote-stage
        sieve and linked by the mention stage; None when nobody is found to have said it."""
        text = self.doc.text
        if st.follows and self.heard.history:
            st.continues = self.heard.history[-1][0]
        if st.interviewee:
            found_voice = self.subjects.interviewee(st.span)
            return None if found_voice is None else self._made(st, at, para.marks.heading, found_voice)
        if st.salient:
            found = self.subjects.salient(para, st.span)
            if found is None:
                return None
            speaker, st.sieve = found
            return self._made(st, at, para.marks.heading, speaker)
        if st.continues is not None:
            c = st.continues
            speaker = next((s for q, s in reversed(self.heard.history) if q is c), Speaker(c.speaker, c.speaker_text))
            voice = self.subjects.new_voice(para, st.span, speaker)
            if voice is not None:  # another person introduced in the quotation's sentence speaks now
                st.continues, st.salient, st.sieve = None, True, "salience"
                return self._made(st, at, para.marks.heading, voice)
            return self._made(st, at, para.marks.heading, speaker, (c.addressee, c.addressee_text, c.addressee_span))
        addressee_id = addressee_text = None
        if st.addressee is not None:
            addressee_text = text[st.addressee.start : st.addressee.end]
            if para.phrases.pronoun(st.addressee) is None:
                addressee_id, _ = self.resolver.resolve(st.addressee, addressee_text)
        position = st.cue.start if st.cue is not None else st.span.start
        if st.zero:
            speaker = self.subjects.zero_subject(para, position, topic=True)
            if speaker.id is None and speaker.text is None:
                return None  # nobody in the sentence to say it
        elif st.subject is not None:
            speaker = self.links.explicit(para, st.subject, position, {addressee_id} - {None})
            if speaker.how == "unresolved" and speaker.span is not None and not self.links.plausible(para, speaker.span):
                subject = self.subjects.zero_subject(para, position)  # `只记得一遍一遍问`: no speaker phrase after all
                speaker = subject if subject.id is not None or subject.how == "unnamed" else speaker
                if speaker.how == "unresolved" and self._bare_verb(para, st) and not para.marks.heading:
                    return None  # `这种认为…`, `不管批评或赞同…`: a cue word used as a noun, nobody speaks
        else:
            return None
        return self._made(st, at, para.marks.heading, speaker, (addressee_id, addressee_text, st.addressee))

    def _bare_verb(self, para: Paragraph, st: Statement) -> bool:
        """A cue word before content, with no punctuation after it and a phrase before it that names
        no one, is no speech verb there: a noun or part of another phrase (这种认为…, 不管批评或赞同…)."""
        return (st.sieve == "cue-before" and st.cue is not None and st.subject is not None
                and para.phrases.document(st.subject) is None and para.marks.char(st.cue.end) not in "，,：:"
                and para.marks.sub(st.cue.start, st.cue.end) not in CITING)  # `據家屬轉述，…` cites a source

    def _made(self, st: Statement, at: int, heading: bool, speaker: Speaker,
              addressee: tuple[str | None, str | None, Span | None] = (None, None, None)) -> Quote:
        """The Quote of a statement and its speaker, with the sieves that decided it; remembered."""
        text = self.doc.text
        quote = Quote(st.span, text[st.span.start : st.span.end], st.kind if st.continues is None and not st.salient
                      else "direct", speaker.id, speaker.text, speaker.span, *addressee,
                      text[st.cue.start : st.cue.end] if st.cue else None, st.cue,
                      confidence=confidence(st.sieve, speaker.how), sieve=st.sieve, resolved_by=speaker.how)
        self._name_section(quote, at, heading)
        self.heard.add(quote, speaker)
        if st.answer:
            self.answers.add(id(quote))
        return quote

    def _name_section(self, quote: Quote, at: int, heading: bool) -> None:
        """`美媒：苹果让步` over `《纽约时报》指出…`: a heading's unnamed speaker is the first named
        speaker of the paragraphs right below it."""
        if quote.speaker is None or not enabled("section"):
            return
        for head, index, named in self.pending:
            if at - index <= SECTION_REACH and not heading:
                head.speaker, head.resolved_by = quote.speaker, "section"
                if named:
                    head.speaker_text, head.speaker_span = quote.speaker_text, quote.speaker_span
                head.confidence = confidence(head.sieve or "colon", "section")
        self.pending = []
