"""Statements found by their cue: a speech verb with its speaker phrase and content, in one paragraph.

`analyze/cues.py` finds every cue word and frame (`X表示：“…”`, `“…”X说`, `X认为，…`, `据调查，…`);
`CueStatements` decides which cues are statements (a plausible speaker, not a noun or a reason,
not the press asking), where each content ends when several cues share a sentence, and each
statement's kind (direct, indirect, or mixed when a quoted fragment sits in reported speech).
It asks the `SpeakerLinks` it is given (`analyze/quote_speakers.py`) whether a speaker phrase can
name someone. `analyze/quotes.py` adds colon, continuation and uncued statements and resolves the
speakers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsmine import data
from newsmine.analyze.cues import CITING, CONTENT_MIN, Cue, Paragraph
from newsmine.analyze.marks import CLAUSE_END, Lexicon
from newsmine.analyze.quote_speakers import SpeakerLinks
from newsmine.analyze.speakers import Resolver
from newsmine.model import Doc, Quote, Span

SHARE = re.compile(r"\d\s*[%％]|[一二三四五六七八九两兩]成|半数|半數|过半|過半|大多数|大多數|百分之")  # a share of people
DATELINE = ("讯", "訊", "电", "電")  # `本报讯`, `本社电`: a dateline, not the outlet speaking
POINT_SUBJECT_MAX = 6  # longest subject before a bare 指 (`鄭雁雄指…`)
_WILLING = frozenset({"愿意", "願意", "可以"})  # modals of will or leave, not of what someone ought to say
PLEA_VERBS = frozenset({"承认", "承認", "否认", "否認"})  # with a charge after them: a plea
PLEA_MAX = 24  # longest object of a plea (`一項「未經同意下拍攝私密部位」罪`)
PLEA = re.compile(r"^(?:全部|所有|全數|全数)?(?:控罪|犯行)$|^[一二三四五六七八九十两兩\d]+[项項条條宗][^，,；;。]*罪名?$")


@dataclass
class Statement:
    """A found statement before its speaker is resolved."""

    span: Span
    kind: str
    cue: Span | None
    subject: Span | None
    addressee: Span | None
    continues: Quote | None = None
    zero: bool = False
    follows: bool = False  # continues the statement before it in the same paragraph
    salient: bool = False  # an uncued quotation: the sentence's person, else the main voice
    sieve: str = "cue-before"  # the quote-stage sieve that found its speaker mention (`analyze/sieves.py`)
    answer: bool = False  # an unquoted interview answer (`李洪元：我…`), which runs on in the next paragraphs
    interviewee: bool = False  # an answer labelled only `答：` after a question: the interview's main voice


OBJECT_ONLY = re.compile(r"的\w{1,2}$")  # `憶述初來香港的日子：「…」`: a noun phrase, what the quotation is about


class CueStatements:
    """The cue-led statements of a Doc's paragraphs."""

    def __init__(self, doc: Doc, lex: Lexicon, folded: str, resolver: Resolver, links: SpeakerLinks) -> None:
        self.doc, self.lex, self.folded, self.resolver = doc, lex, folded, resolver
        self.links = links

    def find(self, para: Paragraph) -> list[Statement]:
        """The statements a cue of the paragraph introduces, and the quotations that continue them."""
        cues = sorted((c for c in para.frames.cues() + para.frames.cited() if self._accept(para, c)), key=lambda c: c.span.start)
        self._trim_contents(para, cues)
        contents = [c.content for c in cues]
        for i, cue in enumerate(cues):
            if cue.content is not None and cue.content in contents[:i]:
                cue.content = None  # `尚宝军告诉《卫报》指，…`: two cues of one speaker, one statement
        used: set[int] = set()
        found: list[Statement] = []
        for cue in cues:
            tail = para.frames.tail_quote(cue.content) if cue.content is not None else None
            if tail is not None and cue.content is not None:
                cue.content = Span(*para.marks.strip(cue.content.start, tail.start))
                lead = para.marks.sub(cue.content.start, tail.start).rstrip(" \t")
                if not cue.punct and cue.cls != "think" and lead.endswith(("：", ":")) \
                        and not any(ch in lead for ch in "，,；;") and OBJECT_ONLY.search(lead[:-1]):
                    cue.content = None  # `她憶述初來香港的日子：「…」`: what the quotation is about, not a statement
            for seg in (*cue.linked, *([tail] if tail else [])):
                if seg.start not in used:
                    used.add(seg.start)
                    found.append(Statement(seg.said(self.doc.text), "direct", cue.span, cue.subject, cue.addressee,
                                           zero=cue.subject is None, sieve=self._cue_sieve(cue)))
            if cue.content is not None:
                inside = [s for s in para.marks.segments if not s.term and cue.content.start <= s.start < cue.content.end]
                used.update(s.start for s in inside)
                kind = "mixed" if inside else "direct" if self._unmarked_direct(para, cue) else "indirect"
                found.append(Statement(cue.content, kind, cue.span, cue.subject, cue.addressee,
                                       zero=cue.subject is None, sieve=self._cue_sieve(cue)))
        for seg in para.marks.segments:
            if seg.term or seg.start in used:
                continue
            marker = para.frames.saying_before(seg)
            if marker is not None:
                used.add(seg.start)
                found.append(Statement(seg.said(self.doc.text), "direct", marker, None, None, zero=True,
                                       sieve="sentence-subject"))
        said = {st.span.end for st in found if st.kind == "direct"}
        for seg in para.marks.segments:
            run_on = seg.start not in used and not seg.term and any(
                end <= seg.start and not para.marks.sub(end, seg.start).strip("，,、”」』\"' \t")
                for end in said)  # `网友调侃，“…？”“…”`: a run of quotations right after a cued one
            if run_on or (seg.start not in used and para.marks.sentence_like(seg) and para.frames.stands_alone(seg)
                    and para.marks.sentence_start(seg.start) == seg.start
                    and any(st.span.start < seg.start for st in found)):
                used.add(seg.start)  # an uncued quotation opening a sentence after a statement continues it
                found.append(Statement(seg.said(self.doc.text), "direct", None, None, None, follows=True,
                                       sieve="continuation"))
                said.add(seg.said(self.doc.text).end)
        return found

    @staticmethod
    def _cue_sieve(cue: Cue) -> str:
        return "sentence-subject" if cue.subject is None else "cue-after" if cue.position == "after" else "cue-before"

    def _accept(self, para: Paragraph, cue: Cue) -> bool:
        """Find the cue's speaker phrase; refuse a cue with no speaker at all."""
        if cue.cls == "cited":  # `据调查，…`, `據家屬轉述，…`: the source cited speaks
            cue.subject = para.phrases.subject(cue.region, self.resolver.protected(cue.region), cite=False)[0]
            return cue.subject is not None
        agent = para.frames.passive_agent(cue.span.start) if cue.position == "before" else None
        if agent is not None and cue.content is not None:
            cue.subject = agent  # `被港府指控颠覆国家政权`: the agent accuses
            return True
        if self._plea(para, cue):
            return False  # `承認一項盜竊罪`, `否認犯行`: a plea in court, no statement
        before = para.marks.sub(cue.span.start - 1, cue.span.start)
        if para.frames.negated(cue) or before in ("被", "遭"):
            return False  # `被质疑并不存在`, `他被指…`: spoken of, not speaking
        if before in self.lex.words("noun_mark") or before == "的" and (cue.cls != "punct"
                                                                      or cue.word not in self.lex.words("document")):
            return False  # `五个质疑`, `那些人的建议，`, `…的揭露，`: the cue word is a noun there (`该报的报道，…` still cites)
        if before == "、" and len(cue.word) > 1:
            return False  # `目标、思路、要求，…`: a cue word listed with nouns is a noun (`…的、称…`: 称 stays a verb)
        if cue.position == "before":
            stacked = para.frames.cue_ending_at(cue.region.start, cue.span.start)
            if stacked is not None:  # `梁某强调承诺…`: two verbs in a row; the speaker stands before the first
                cue.region = Span(cue.region.start, stacked)
        lead = para.marks.sub(*para.marks.strip(cue.region.start, cue.span.start))
        if cue.cls == "punct" and any(lead.endswith(w) for w in self.lex.words("determiner") - {"最新"}):
            return False  # `这一要求，`, `上述声明：`: a demonstrative before the word makes it a noun
        if cue.cls == "punct" and self._at_request(para, cue.region):
            return False  # `应受访者要求，…`: at someone's request, the word is a noun
        if cue.cls == "view":  # `（但）在他看来，…`: the view of the one between 在 and 看来
            a, b = para.marks.strip(cue.region.start, cue.region.end)
            a = para.phrases.drop_connectors(a, b)
            if not cue.punct or para.marks.sub(a, a + 1) not in self.lex.words("view_open") or b - a < 2:
                return False
            cue.region = Span(a + 1, b)
        subject, addressee = para.phrases.subject(cue.region, self.resolver.protected(cue.region))
        if subject is None:
            subject = self._surname(para, cue.region)  # `蔡指…`, `何笑說…`: a quoted person by surname
        if subject is None:
            subject, addressee = self._relative_head(para, cue.region) or (None, addressee)
        reason = self._reason(para, cue.region)
        if subject is None or reason or not self.links.plausible(para, subject):
            named = self._name_at_end(para, cue.region)  # `因为…被称为英雄的前雇员斯诺登（Edward Snowden）表示`
            if named is not None:
                subject, addressee = named, None
            elif reason:
                return False  # `斯诺登因披露机密而…`, `由于他公开指责…`: a reason, not a statement
        written = para.marks.sub(subject.start, subject.end) if subject is not None else ""
        if written.endswith(tuple(self.lex.words("press"))) or self._self_named(written):
            return False  # `有記者質問…`, `记者在5日发现…`, `本刊查阅资料发现`: the press asking or the article's own finding
        if cue.word in self.lex.words("asking") and written.endswith(tuple(self.lex.words("examiner"))) \
                and para.marks.sub(cue.span.end, cue.span.end + 1) in ("：", ":"):
            return False  # `控方問：「…」`: a question put in court, no statement
        if written in self.lex.words("indefinite") and not cue.punct and self._modifies_a_noun(para, cue):
            return False  # `一名自称警察的男子打电话说`: 自称 is inside the speaker phrase of the cue after it
        if subject is not None and cue.position == "before" and any(
                w in para.marks.sub(subject.end, cue.span.start) for w in self.lex.words("modal") - _WILLING):
            return False  # `投资者应该质疑，…`, `政策制定者将需要承认，…`: what someone ought to say, not what they said
        cue.subject = subject
        cue.addressee = cue.addressee or addressee
        if cue.cls == "point" and not cue.punct and cue.position == "before" and subject is not None:
            # 指 with no punctuation after it is a cue after a short subject only (`他又指…`, `梁熙指…`)
            return len(subject) <= POINT_SUBJECT_MAX or para.phrases.pronoun(subject) is not None or self._named(subject)
        if subject is not None:
            return True
        if cue.position == "after" or not para.phrases.zero(cue.region):
            return False
        a, b = para.marks.strip(cue.region.start, cue.region.end)
        return para.phrases.drop_connectors(a, b) < b or para.marks.sentence_start(cue.span.start) < cue.region.start

    def _plea(self, para: Paragraph, cue: Cue) -> bool:
        """`承認一項「盜竊」罪`, `否認三項控罪`, `否認犯行`: 承认 or 否认 with a short object that is a
        count of charges or the charges themselves, in the first clause after the verb (not `否认指控`,
        `承认有罪`, which news quotes)."""
        if cue.content is None or para.marks.sub(cue.span.start, cue.span.end) not in PLEA_VERBS:
            return False
        said = re.split(r"[，,；;。]", para.marks.sub(cue.content.start, cue.content.end))[0]
        return len(said) <= PLEA_MAX and PLEA.search(said) is not None

    @staticmethod
    def _modifies_a_noun(para: Paragraph, cue: Cue) -> bool:
        """Whether the cue's clause goes on with 的 and then another cue: the first cue word is part of a
        relative clause before that cue's speaker (`一名自称警察的男子…说`)."""
        end = para.marks.clause_end(cue.span.end)
        nxt = para.frames.first_cue(cue.span.end, end)
        return nxt is not None and "的" in para.marks.sub(cue.span.end, nxt)

    def _self_named(self, written: str) -> bool:
        """`本刊查阅资料`, `本台`: a speaker phrase opened by the outlet's name for itself
        (`data/self_references.tsv`), not by a dateline (`本报讯（记者…）`, `本报北京5月3日电 `),
        which only precedes the real speaker."""
        word = next((w for w in data.longest_first("self_references") if written.startswith(w)), None)
        return word is not None and written[len(word) : len(word) + 1] not in DATELINE \
            and not any(ch in written for ch in "（( \t")

    def _at_request(self, para: Paragraph, region: Span) -> bool:
        """`应受访者要求`, `應家屬要求`: 应 opening the phrase before the cue, outside any name (not
        `应急管理部`), makes a prepositional phrase, at someone's request."""
        a, b = para.marks.strip(region.start, region.end)
        a = para.phrases.drop_connectors(a, b)
        return b - a >= 2 and para.marks.sub(a, a + 1) in ("应", "應") and not self.resolver.mentions_in(a, a + 1)

    def _named(self, phrase: Span) -> bool:
        """A speaker phrase that ends in the name of a person, an organisation or a country (a gloss
        may follow): `澳大利亚和荷兰`, `七大工业国组织（G7）`."""
        mention = self.resolver.mention_for(phrase)
        end = phrase.end
        while end > phrase.start and self.doc.text[end - 1] in "）)":
            end = self.doc.text.rfind("（" if self.doc.text[end - 1] == "）" else "(", phrase.start, end)
        return mention is not None and mention.span.end == end

    def _surname(self, para: Paragraph, region: Span) -> Span | None:
        """A one-character speaker phrase that is the surname of a person already quoted (`蔡指`)."""
        a, b = para.marks.strip(region.start, region.end)
        a = para.phrases.drop_connectors(a, b)
        k = a + 1
        while k < b and para.marks.sub(k, k + 1) in self.lex.words("adverbial"):
            k += 1  # `蔡又指`
        if b - a < 1 or k < b:
            return None
        return Span(a, a + 1) if self.links.by_surname(para.marks.sub(a, a + 1)) is not None else None

    def _relative_head(self, para: Paragraph, region: Span) -> tuple[Span | None, Span | None] | None:
        """`在曼德勒躲过子弹的28岁医生尹尹翁说`: a speaker phrase led by a relative clause that opens
        with an adverbial (在…的, 身在…的) is its head after the last 的, when a person is named there;
        the whole phrase, when the head is an unnamed source (`在场的警员`)."""
        protect = self.resolver.protected(region)
        marks = [k for k in range(region.start, region.end) if para.marks.char(k) == "的" and not para.marks.shielded(k)
                 and not any(p.start <= k < p.end for p in protect)]
        if not marks:
            return None
        head = Span(marks[-1] + 1, region.end)
        mention = self.resolver.mention_for(head)
        if (mention is None or mention.type != "PER") and para.phrases.anonymous(Span(*para.marks.strip(head.start, head.end))):
            # `在场的警员表示`, `曾与某某合作的导演指`: someone unnamed, the whole phrase their wording
            a, b = para.marks.strip(region.start, region.end)
            return Span(para.phrases.drop_connectors(a, b), b), None
        if mention is None or mention.type != "PER":
            return None
        found = para.phrases.subject(head, protect)
        return found if found[0] is not None else None

    def _name_at_end(self, para: Paragraph, region: Span) -> Span | None:
        """The person named right before the cue (a gloss may follow the name)."""
        a, b = para.marks.strip(region.start, region.end)
        while b > a and para.marks.in_paren(b - 1):
            b -= 1
        mention = next((m for m in reversed(self.resolver.mentions_in(a, b)) if m.span.end == b), None)
        return mention.span if mention is not None and mention.type == "PER" and mention.span.start >= a else None

    def _reason(self, para: Paragraph, region: Span) -> bool:
        a, b = para.marks.strip(region.start, region.end)
        written = para.marks.sub(para.phrases.drop_connectors(a, b), b).lstrip("—–-… ")  # `——因为…`
        causes = self.lex.words("cause")
        return any(written.startswith(w) for w in causes) or written[-1:] in causes

    def _trim_contents(self, para: Paragraph, cues: list[Cue]) -> None:
        """Reported content ends where the next statement in the sentence begins; a subjectless cue
        led by a modal inside it (`…，但必须承认…`), or a cue that is also a noun or verb of another
        kind (`他们的会面表明，…`), is part of that content, not a statement."""
        def within(c: Cue) -> bool:
            """Inside another cue's content, or (a cue word that is also a noun) in the clause that
            content opens: `表示不要相信某报的不实报道，…`."""
            return any(o.content is not None and (o.content.start <= c.region.start < o.content.end or c.cls == "punct"
                                                  and c.region.start < o.content.start <= c.span.start < o.content.end)
                       for o in cues)

        inside = [c for c in cues if (c.cls == "punct" and not self._cited(para, c)
                                      or c.subject is None and self._modal_led(para, c)) and within(c)]
        cues[:] = [c for c in cues if c not in inside]
        nested: set[int] = set()
        for i, cue in enumerate(cues):
            if cue.content is None or id(cue) in nested:
                continue
            for later in cues[i + 1 :]:
                begin = later.linked[0].start if later.position == "after" else later.region.start
                if cue.content.start <= begin < cue.content.end and cue.subject is not None \
                        and self._respondents(para, later.subject):
                    nested.add(id(later))  # `一项调查显示，44%的受访者表示…`: the survey's finding, one statement
                    continue
                if cue.content.start <= begin < cue.content.end:
                    a, b = para.marks.strip(cue.content.start, begin)
                    if b <= a and cue.cls != "punct" and (self._people(para, cue.subject) or cue.addressee is not None) \
                            and later.position == "before" and later.content is not None \
                            and later.content.end <= cue.content.end:
                        # `佩恩说，中国政府向澳洲表示，…`, `外交部告诉澳方，某某已承认…`: a person's report of
                        # speech, or what a body told someone, is the outer statement
                        nested.add(id(later))
                        continue
                    if b <= a and later.subject is None and later.position == "before" and cue.subject is not None \
                            and cue.cls != "punct":
                        nested.add(id(later))  # `ING在报告中写道，相信…`: the second verb is the speaker's own
                        continue
                    if b <= a or (cue.cls == "cited" or self._cited(para, cue)) and later.subject is not None \
                            and later.position == "before":
                        # `政府发声明指，X表示…`, `据某网报道，针对…，某公司表示…`: only a source for the statement inside it
                        cue.content = None
                        break
                    k = b
                    while k > a and not (para.marks.char(k - 1) in CLAUSE_END and not para.marks.shielded(k - 1)):
                        k -= 1
                    if k > a and para.marks.sub(k, b) in self.lex.words("connector"):
                        a, b = para.marks.strip(a, k)
                    if b - a < CONTENT_MIN and cue.cls == "ask":
                        cue.content = None  # `记者致电某银行询问此事，一名经理表示…`: the answer is the statement
                        break
                    if b - a < CONTENT_MIN and later.content is not None and later.position == "before":
                        # `警方提醒市民，指…`: what is left is whom the first cue addresses; one statement
                        cue.content = later.content
                        nested.add(id(later))
                        break
                    cue.content = Span(a, b)
                    break
        cues[:] = [c for c in cues if id(c) not in nested]

    def _people(self, para: Paragraph, phrase: Span | None) -> bool:
        """A person, people of an unnamed source (`分析人士`, `一名官员`) or a personal pronoun (他, 她们,
        never 它): who can report another's words."""
        return self.links.person(phrase) or phrase is not None and (
            para.phrases.anonymous(phrase) or para.phrases.pronoun(phrase) in ("he", "she", "they"))

    def _respondents(self, para: Paragraph, phrase: Span | None) -> bool:
        """`44%的受访者`, `只有一成`, `近半数接受调查的家长`: the people a survey asked, or a share of
        people, whose answers the one reporting them (the survey, a medium) tells."""
        written = para.marks.sub(phrase.start, phrase.end) if phrase is not None else ""
        return any(w in written for w in self.lex.words("respondent")) or SHARE.search(written) is not None

    def _unmarked_direct(self, para: Paragraph, cue: Cue) -> bool:
        """`他在发言中说：回顾事件，我…`: words after a colon, in the first person, without quotation marks;
        in a heading (`老顾客感慨：味道变了`) any words after the cue's colon."""
        if cue.content is None:
            return False
        marks = para.marks
        colon = marks.sub(cue.span.end, cue.content.start).strip() in ("：", ":")
        return colon and (marks.heading
                          or any(w in marks.sub(cue.content.start, cue.content.end) for w in self.lex.words("first_person")))

    def _cited(self, para: Paragraph, cue: Cue) -> bool:
        """`另据英国《卫报》报导，…`: a source cited by 据 opens a statement of its own."""
        return self.folded.startswith(CITING, para.marks.strip(cue.region.start, cue.region.end)[0])

    def _modal_led(self, para: Paragraph, cue: Cue) -> bool:
        a, b = para.marks.strip(cue.region.start, cue.region.end)
        rest = para.marks.sub(para.phrases.drop_connectors(a, b), b)
        return any(rest.startswith(w) for w in self.lex.words("modal"))
