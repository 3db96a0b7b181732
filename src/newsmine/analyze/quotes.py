"""Who said what: direct, indirect and mixed quotations with their cue, speaker and addressee.

Paragraph by paragraph (`analyze/cues.py` reads quotation marks, speaker phrases and cue frames;
`analyze/statements.py` decides the cue-led statements), `QuoteFinder` finds the statements and
names the quote-stage sieve of each (`analyze/sieves.py`: a cue before or after it, a colon, the
sentence's subject, a continuation, a Q&A answer or a monologue running on, salience); the sieves switched off
are dropped. `analyze/attribution.py` then, in reading order, finds each statement's speaker
mention and links it to an entity (a name, an anonymous source kept with a null speaker, a short
form, a pronoun's antecedent, a role or document nominal, a heading's section), or leaves it
unresolved with the mention's text. Each Quote records both sieves and its confidence.
"""

from __future__ import annotations

import re

from newsmine.analyze.antecedents import Antecedents, Heard, Holders
from newsmine.analyze.attribution import Attribution
from newsmine.analyze.cues import Paragraph
from newsmine.analyze.marks import Segment, lexicon
from newsmine.analyze.pipeline import component
from newsmine.analyze.quote_speakers import SpeakerLinks, titles
from newsmine.analyze.quote_subjects import Subjects
from newsmine.analyze.statements import CueStatements, Statement
from newsmine.analyze.sieves import enabled
from newsmine.analyze.speaker_ranker import rate_speakers
from newsmine.analyze.speakers import Resolver
from newsmine.analyze.text import normalised
from newsmine.model import Doc, Quote, Span
from newsmine.names import fold

TEXT_BLOCKS = ("paragraph", "quote", "list")
LATIN_NAME = re.compile(r"[A-Z][a-z'’-]+(?: [A-Z]\.)?(?: [A-Z][A-Za-z'’-]+){1,2}")  # `Vincent Mortier`, `John F. Kennedy`
LEAD_IN = re.compile(r"以下(?:是|为|為)(.{2,30}?)的?(\w{2})(?:内容|內容|全文)?(?:如下)?[：:]$")
SUB_HEAD_MAX = 40  # longest paragraph read as a sub-head


@component("quotes", assigns=["quotes"], requires=["sentences", "entities"])
def quotes(doc: Doc) -> None:
    """Fill `doc.quotes` with every attributed statement, in reading order; the speaker ranker
    (`analyze/speaker_ranker.py`) then rates how far each speaker can be trusted."""
    doc.quotes = QuoteFinder(doc).run()
    if enabled("ranker"):
        rate_speakers(doc)


class QuoteFinder:
    """One pass over a Doc: statements paragraph by paragraph, speakers in reading order.

    Each part is made once here and handed to those that use it: the paragraphs (`Paragraph`), the
    record of the quotes made so far (`Heard`), subject position and antecedents (`Antecedents`),
    the mention stage (`SpeakerLinks`), sentence subjects (`Subjects`), cue-led statements
    (`CueStatements`) and the attribution of statements to speakers (`Attribution`). What it keeps
    itself is the paragraphs' order and the interview state of the pass (questions, askers).
    """

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.lex = lexicon()
        self.resolver = Resolver(doc, self.lex.words("role"))
        self.titles = titles()  # 议长, 财长: who speaks
        self.paragraphs: list[tuple[int, Paragraph]] = []
        self.at = -1  # the index of the paragraph being read
        self.headings: set[int] = set()  # the title and sub-heads: only `某部长：…` is a statement there
        for index, part in enumerate(doc.parts):
            block = doc.article.blocks[part.block].type if part.part == "block" and part.block is not None else None
            if part.part == "title" or block == "heading":
                self.headings.add(index)
            if part.part in ("lead", "title") or block in TEXT_BLOCKS or block == "heading":
                self.paragraphs.append((index, Paragraph(doc.text, part.span, self.lex,
                                                         heading=index in self.headings)))
        self._repeated_terms()
        quoted = Holders()
        for _, p in self.paragraphs:
            for s in p.marks.segments:
                if not s.term:
                    quoted.add(s.inner)
        heard = Heard()
        folded = normalised(doc.text)
        antecedents = Antecedents(doc, self.lex, folded, self.resolver, self.titles, heard, quoted)
        self.links = SpeakerLinks(doc, self.lex, folded, self.resolver, self.titles, heard, antecedents)
        self.subjects = Subjects(self.lex, folded, self.resolver, heard, antecedents, self.links)
        self.statements = CueStatements(doc, self.lex, folded, self.resolver, self.links)
        self.attribution = Attribution(doc, self.resolver, heard, self.links, self.subjects)
        self.asked = -2  # the last paragraph that opened with a question after a colon (`记者：…？`)
        self.askers: set[str] = set()  # who asks the questions of a Q&A (`界面新闻：…？`), as written
        self.lead: tuple[int, Paragraph, Span, Span] | None = None  # `以下是李楠的讲述：` and where
        self.opened: tuple[int, Paragraph, Span] | None = None  # a paragraph ending in a colon (`他至今记忆犹新：`)

    def _repeated_terms(self) -> None:
        """A short quoted phrase the article quotes more than once (`「一國兩制」`, `“蔡麦会”`) is a term."""
        counts: dict[str, int] = {}
        short = [(p, s) for _, p in self.paragraphs for s in p.marks.segments if p.marks.short(s)]
        for p, s in short:
            key = p.marks.sub(s.inner.start, s.inner.end)
            counts[key] = counts.get(key, 0) + 1
        for p, s in short:
            if counts[p.marks.sub(s.inner.start, s.inner.end)] > 1:
                s.term = True

    def run(self) -> list[Quote]:
        """Every attributed statement of the Doc, in reading order."""
        out: list[Quote] = []
        previous: tuple[int, list[Quote]] | None = None
        for index, para in self.paragraphs:
            self.at = index
            if index in self.headings:  # `某部长：…`, else a cue (`警方指…`): never continued or salient
                found = self._colon(para, heading=True)
                found += [st for st in self.statements.find(para) if st.cue is not None
                          and not any(f.span.start < st.span.end and st.span.start < f.span.end for f in found)]
                heads = [q for st in found if enabled(st.sieve) and (q := self.attribution.quote(para, st, index))]
                self.attribution.name_later([q for q in heads if q.speaker is None and q.sieve == "colon"], index)
                out += heads
                continue
            found = self.statements.find(para)
            colon = self._colon(para, heading=False) or self._labelled_answer(para)
            if not colon and self.asked == index:
                found = []  # an interviewer's question (`记者：…？`, `界面新闻：说说…吧`): nobody's statement
            if colon:  # `李洪元：……主管就直接和我说…`: an interview answer; the speech inside it is nested
                found = [f for f in found if not colon[0].span.start <= f.span.start < colon[0].span.end] + colon
            elif (answer := self._answer_goes_on(para, index, previous)) is not None:
                found = [answer]  # a Q&A answer's next paragraph: the speech inside it is nested too
            elif (told := self._told_below(para, index)) is not None:
                out.append(told)
                previous = (index, [told])
                continue
            if not found and previous is not None and previous[0] == index - 1 and previous[1]:
                found = self._continuations(para, previous[1][-1])
            found += self._uncued(para, found)
            found = [st for st in found if enabled(st.sieve)]
            quotes = [q for st in sorted(found, key=lambda s: s.span.start) if (q := self._quote(para, st, index))]
            if colon and quotes and quotes[-1].speaker is None and self._sub_head(para):
                self.attribution.name_later(quotes[-1:], index)  # `美媒：习近平或访平壤` written as a paragraph
            elif len(quotes) == 1 and quotes[0].cue is None and self._quoted_sub_head(para):
                self.attribution.name_later(quotes, index, named=True)  # `“……”` alone as a sub-head: the section's voice
            self.lead = self._lead_in(para, index)
            self.opened = self._colon_end(para, index)
            if not quotes and self._question(para):
                self.asked = index  # `…會否貶值？` alone: an interview's question without a label
            out += quotes
            previous = (index, quotes)
        return out

    # --- detection ---------------------------------------------------------------------------

    def _continuations(self, para: Paragraph, last: Quote) -> list[Statement]:
        """Uncued quotations in a paragraph right after a quoted speaker continue that speaker."""
        segs: list[Segment] = [s for s in para.marks.segments if para.marks.sentence_like(s) and para.frames.stands_alone(s)
                               and not para.marks.named_before(s)  # not `“…加班后离世”事件`: a name
                               and not self._asked(para, s)]
        out = []
        for s in segs:
            other = self.subjects.opener_before(para, para.start, s.start)
            if other is not None and other.id is not None and other.id != last.speaker:
                # `小杰是后端开发，他原先部门的同事…，“……”`: a person the paragraph opens with speaks
                out.append(Statement(s.said(self.doc.text), "direct", None, None, None, salient=True, sieve="salience"))
            else:
                out.append(Statement(s.said(self.doc.text), "direct", None, None, None, continues=last,
                                     sieve="continuation"))
        return out

    def _only_a_name(self, para: Paragraph, content: Span) -> bool:
        """Whether what follows a colon is a person's name and nothing else (Latin or Chinese)."""
        a, b = para.marks.strip(content.start, content.end)
        written = para.marks.sub(a, b).rstrip("。. ")
        person = self.resolver.mention_for(Span(a, b))
        return LATIN_NAME.fullmatch(written) is not None or person is not None and person.type == "PER" \
            and person.span.start == a and person.span.end >= a + len(written)

    def _colon(self, para: Paragraph, *, heading: bool) -> list[Statement]:
        """`捷克议长：屈辱后还是战争`, `李洪元：我…` (an interview's answer), `某某：“……”`: a speaker
        (a name, or a phrase ending in a role) and a colon open the heading or the paragraph."""
        found = para.frames.colon_frame(at_start=not heading)
        if found is None:
            return []
        speaker, colon, content = found
        written = para.marks.sub(speaker.start, speaker.end)
        question = para.marks.sub(content.start, content.end).rstrip().endswith(("?", "？"))
        if (question or written in self.askers) and not heading:
            self.asked = self.at  # `界面新闻：谈谈你被抓的过程吧。`: the outlet's turn, a question without its mark
        if any(written.endswith(w) for w in self.lex.words("interviewer")) or written in self.askers:
            return []  # `记者：`, `作者：`, or the outlet asking the questions: no speaker
        if self._only_a_name(para, content):
            return []  # `某基金首席投资官：John Smith`, `主持人：李明`: a name tag, not words said
        head = self.resolver.mention_for(speaker)
        roles = self.titles | {""}
        outlet = written.startswith("《") and written.endswith("》")  # `《华邮》：…`
        named = head is not None and head.type in ("PER", "ORG") \
            and fold(para.marks.sub(speaker.start, head.span.start)) in roles \
            and fold(para.marks.sub(head.span.end, speaker.end)) in roles
        if heading and head is not None and head.type == "PER" and head.span.end == speaker.end:
            named = True  # `“人脸识别第一案”郭兵：…`: a headline's descriptor before the person
        # a sub-head in the body (`首次来港的厦门客：…`) speaks for the person the section below names
        person = not heading and self._sub_head(para) and written[-1:] in self.lex.words("person_tail")
        if len(written) == 1 and not heading and self.links.by_surname(written) is not None:
            named = True  # `林：…` in an interview: the surname of the one person so named
        bench = written in self.lex.words("bench")  # `官：「…」`: the judge, in a Hong Kong court report
        if not (named or self.links.title(written) or para.phrases.anonymous(speaker) or outlet or person or bench):
            return []
        if question and (head is not None and head.type == "ORG" or outlet and not heading):
            self.askers.add(written)
            return []  # an outlet's question in an interview; its later turns are questions too
        quoted = para.marks.segment_at(content.start - 1) is not None
        answer = not heading and not quoted and self.asked == self.at - 1  # right after a question
        return [Statement(content, "direct", colon, speaker, None, sieve="colon", answer=answer)]

    def _quote(self, para: Paragraph, st: Statement, index: int) -> Quote | None:
        """A statement's Quote; an uncued quotation opening the paragraph right after one that ends in a
        colon (`谈起那场洪水，他至今记忆犹新：` then `“……”`) is said by that sentence's subject."""
        if st.salient and self.opened is not None and self.opened[0] == index - 1 and enabled("sentence-subject") \
                and st.span.start - para.marks.strip(para.start, para.end, " \t")[0] <= 1:
            _, lead, colon = self.opened
            quote = self.attribution.quote(lead, Statement(st.span, "direct", colon, None, None, zero=True,
                                                           sieve="sentence-subject"), index)
            if quote is not None:
                return quote
        return self.attribution.quote(para, st, index)

    @staticmethod
    def _colon_end(para: Paragraph, index: int) -> tuple[int, Paragraph, Span] | None:
        """The paragraph and its colon when it ends in one outside quotations."""
        b = para.marks.strip(para.start, para.end, " \t")[1]
        return (index, para, Span(b - 1, b)) if b > para.start and para.marks.char(b - 1) in "：:" \
            and not para.marks.shielded(b - 1) else None

    def _labelled_answer(self, para: Paragraph) -> list[Statement]:
        """`問：…？` then `答：…`: an answer labelled only so, right after a question, is the one
        interviewed speaking (the person quoted most, else the person named last: `main-voice`)."""
        a, b = para.marks.strip(para.start, para.end, " \t")
        label = next((w for w in self.lex.longest_first("answer_label") if para.marks.sub(a, a + len(w)) == w
                      and para.marks.char(a + len(w)) in "：:"), None)
        if label is None or self.asked != self.at - 1 or not enabled("main-voice"):
            return []
        start, end = para.marks.strip(a + len(label) + 1, b, " \t")
        if end - start < 2:
            return []
        return [Statement(Span(start, end), "direct", Span(a + len(label), a + len(label) + 1), None, None,
                          sieve="main-voice", answer=True, interviewee=True)]

    def _answer_goes_on(self, para: Paragraph, index: int,
                        previous: tuple[int, list[Quote]] | None) -> Statement | None:
        """In a Q&A interview, an unquoted answer `李洪元：…` right after a question (`记者：…？`,
        `界面新闻：…？`) runs on through the next paragraphs until the next `X：` or a paragraph
        opening with a quotation."""
        if previous is None or previous[0] != index - 1 or not previous[1]:
            return None
        last = previous[1][-1]
        if not self.attribution.is_answer(last) or para.frames.colon_frame(at_start=True) is not None \
                or self._question(para):
            return None
        if any(s.start == para.start for s in para.marks.segments) or self._editor_note(para):
            return None
        return Statement(Span(*para.marks.strip(para.start, para.end, " \t")), "direct", None, None, None,
                         continues=last, sieve="continuation", answer=True)

    def _editor_note(self, para: Paragraph) -> bool:
        """`应受访者要求，文中人物为化名`, `感谢某先生接受采访`: an unquoted paragraph that speaks of the
        article itself or of its interviewee in the third person is the writer's note, not the answer going on."""
        written = para.marks.sub(para.start, para.end)
        return any(w in written for w in self.lex.words("editor_note"))

    def _lead_in(self, para: Paragraph, index: int) -> tuple[int, Paragraph, Span, Span] | None:
        """`以下是在韩打工人李楠对本网的讲述：` ending a paragraph: the speaker phrase and the colon."""
        a, b = para.marks.strip(para.start, para.end, " \t")
        found = LEAD_IN.search(para.marks.sub(a, b))
        if found is None or found.group(2) not in self.lex.words("monologue"):
            return None
        return index, para, Span(a + found.start(1), a + found.end(1)), Span(b - 1, b)

    def _told_below(self, para: Paragraph, index: int) -> Quote | None:
        """The first paragraph after a monologue's lead-in: its speaker's words, unquoted, which run on
        through the paragraphs below as an interview answer does."""
        if self.lead is None or self.lead[0] != index - 1 or not enabled("cue-before") \
                or para.frames.colon_frame(at_start=True) is not None:
            return None
        _, lead, phrase, colon = self.lead
        st = Statement(Span(*para.marks.strip(para.start, para.end, " \t")), "direct", colon, phrase, None,
                       sieve="cue-before", answer=True)
        return self.attribution.quote(lead, st, index)

    def _uncued(self, para: Paragraph, found: list[Statement]) -> list[Statement]:
        """Quotations no cue claimed (`他伸出头喊，“…”`, a feature's run of quotes): said by someone."""
        taken = [st.span for st in found]
        out = []
        for seg in para.marks.segments:
            inner = seg.inner
            if seg.term or not para.marks.sentence_like(seg) or not para.frames.stands_alone(seg) \
                    or para.marks.named_before(seg) or para.frames.embedded(seg):
                continue
            if any(t.start < inner.end and inner.start < t.end for t in taken) or self._asked(para, seg):
                continue
            out.append(Statement(seg.said(self.doc.text), "direct", None, None, None, salient=True, sieve="salience"))
        return out

    def _asked(self, para: Paragraph, seg: Segment) -> bool:
        """`記者問：「你會否道歉？」`: a quotation after the press asking, with a colon, is the question."""
        colon = seg.start - 1
        while colon > para.start and para.marks.char(colon) in " \t":
            colon -= 1
        if para.marks.char(colon) not in "：:":
            return False
        lead = para.marks.sub(para.marks.clause_start(colon), colon).strip()
        word = next((w for w in self.lex.longest_first("asking") if lead.endswith(w)), "")
        asker = lead[: len(lead) - len(word)]
        return asker.endswith(tuple(self.lex.words("press"))) or word != "" and (
            asker == "" or asker.endswith(tuple(self.lex.words("examiner"))))  # `控方問：「…」`: a question in court

    @staticmethod
    def _question(para: Paragraph) -> bool:
        """An unquoted paragraph ending in a question mark: in a Q&A, the interviewer's turn."""
        a, b = para.marks.strip(para.start, para.end, " \t")
        return b > a and para.marks.char(b - 1) in "？?" and not any(s.start == a for s in para.marks.segments)

    @classmethod
    def _quoted_sub_head(cls, para: Paragraph) -> bool:
        """A sub-head that is one quotation and nothing else (`“要勇敢”`): words of whoever the section
        below quotes first, not of the speaker before it."""
        a, b = para.marks.strip(para.start, para.end, " \t")
        return cls._sub_head(para) and any(s.start == a and s.end == b and not s.term for s in para.marks.segments)

    @staticmethod
    def _sub_head(para: Paragraph) -> bool:
        """A one-line paragraph that is a sub-head: short, with no sentence end."""
        a, b = para.marks.strip(para.start, para.end, " \t")
        return b - a <= SUB_HEAD_MAX and not any(para.marks.char(k) in "。！？!?" for k in range(a, b))
