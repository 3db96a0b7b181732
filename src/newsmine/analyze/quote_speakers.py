"""The mention stage of quote attribution: a speaker phrase to its entity.

`analyze/quotes.py` finds statements and their speaker mentions; the methods here link a mention
to an entity by the mention-stage sieves of `analyze/sieves.py` (a name, an anonymous source, a short
form or surname, a pronoun's antecedent, a role or document nominal, a heading's section) and find
the subject of a sentence or paragraph that a subjectless cue or an uncued quotation goes to
(subject position and pronoun antecedents are `analyze/antecedents.py`'s). `SpeakerLinks` is mixed
into `QuoteFinder`, which holds the state it reads (the Doc, the resolver, the quotes made so far).
"""

from __future__ import annotations

import re

from newsmine import data
from newsmine.analyze.antecedents import Antecedents, Speaker
from newsmine.analyze.cues import CITING, Paragraph
from newsmine.analyze.sieves import enabled
from newsmine.model import Mention, Span
from newsmine.names import fold

REPORTS = ("报道", "報道", "报导", "報導", "内文", "內文")  # a news report or its text: speaks for an outlet
DOCUMENT_REACH = 8  # how many quotes back a document or role nominal looks for who issued it
SOURCE_LEAD_MAX = 10  # longest unnamed source opening a clause after an uncued quotation (`上述这名家属`)
LATIN_GLOSS = re.compile(r"\s*[（(]\s*[A-Za-z]")  # an original spelling follows: the words before it are a name
PLACE_NOUNS = frozenset("国國省市县縣区區州岛島镇鎮村")  # `该国`, `该市`: a demonstrative and one of these is a place
PLACE_VOICES = frozenset("方官")  # `台湾官方`, `港方`: the place's government speaks for the place
AFTER_SOURCE = ("都", "皆", "均", "也", "亦", "则", "則", "还", "還", "又")  # `受访者都认为`: adverbs after a source


class SpeakerLinks(Antecedents):
    """Speaker mentions to entities, for `QuoteFinder` (which sets every attribute below and those
    of `Antecedents`)."""

    longest_title: int
    known: set[str]
    longest_known: int
    outlets: set[str]
    simplified: str | None

    def _by_surname(self, surname: str) -> str | None:
        """The most recent quoted person whose name starts with the surname (`蔡` for 蔡耀昌)."""
        if surname not in data.words("surnames"):
            return None
        for _, s in reversed(self.history):
            if s.id is not None and not s.group and self.resolver.entities[s.id].name.startswith(surname):
                return s.id
        return None

    def _person(self, phrase: Span | None) -> bool:
        mention = self.resolver.mention_for(phrase) if phrase is not None else None
        return mention is not None and mention.type == "PER"

    def _title(self, written: str) -> str | None:
        """The title a phrase ends in (`议长`, `新任財長`), in either script, as written."""
        folded = fold(written)
        found = next((folded[-n:] for n in range(min(self.longest_title, len(folded)), 0, -1)
                      if folded[-n:] in self.titles), None)
        return None if found is None else written[len(written) - len(found):]

    def _plausible(self, para: Paragraph, phrase: Span) -> bool:
        """A speaker phrase that can name someone: a mention, pronoun, source word, role, a noun for
        people (亲历者, 家属), a known or Latin-script name, a short surname-led name (何女士, 小芬), or
        words glossed with an original spelling."""
        written = para.marks.sub(phrase.start, phrase.end)
        return (self.resolver.mention_for(phrase) is not None or para.phrases.pronoun(phrase) is not None
                or para.phrases.anonymous(phrase) or self._title(written) is not None
                or written[-1:] in self.lex.words("person_tail")
                or written in self.known or re.fullmatch(r"[A-Za-z][A-Za-z .·•'-]*", written) is not None
                or (len(written) <= 4 and written[0] in data.words("surnames"))
                or LATIN_GLOSS.match(self.doc.text, phrase.end) is not None)

    def _explicit(self, para: Paragraph, phrase: Span, position: int, exclude: set[str]) -> Speaker:
        """A speaker phrase to its entity, by the mention-stage sieves in order (`analyze/sieves.py`)."""
        text = self.doc.text
        pronoun = para.phrases.pronoun(phrase)
        written = text[phrase.start : phrase.end]
        if pronoun is not None or para.phrases.nominal(phrase):
            return self._pronoun(para, phrase, written, pronoun or "it", position, exclude)
        phrase = self._source_part(para, para.phrases.unglossed(phrase))
        head = self.resolver.mention_for(phrase)
        inner = self._indefinite_inside(para, phrase)
        if (para.phrases.anonymous(phrase) or inner is not None) and (head is None or head.type != "PER"
                                                             or self._possessed(para, phrase) or inner):
            written = text[phrase.start : phrase.end]
            return Speaker(None, written, phrase, group=para.phrases.plural(phrase) or len(written) <= 2, how="unnamed")
        if para.phrases.document(phrase) is not None and (head is None or head.type != "PER" or self._possessed(para, phrase)):
            return self._document(para, phrase, written, head)
        role = self._title(written)
        if role is not None and head is None and enabled("unnamed") and self._introduced(role, phrase.start):
            return Speaker(None, written, phrase, how="unnamed")  # `碰上一个出租车司机…，这位司机说`: that unnamed one
        if (head is None or head.type != "PER") and enabled("nominal") and role:
            holder = self.resolver.by_role(written)  # `捷克议长`: the one person named with that role
            if holder is not None:
                return Speaker(holder, written, phrase, how="nominal")
            if head is not None and head.span.end < phrase.end and enabled("unnamed"):
                return Speaker(None, written, phrase, how="unnamed")  # `IMF第一副总裁`: someone of the body, unnamed
        if phrase.end - phrase.start == 1 and enabled("alias") and (by := self._by_surname(written)) is not None:
            return Speaker(by, written, phrase, how="alias")  # `蔡` of 蔡耀昌, even where a mention runs on (`蔡指`)
        if head is not None and head.type == "LOC" and head.span.end < phrase.end and enabled("unnamed") \
                and written[-1:] in self.lex.words("person_tail") - PLACE_VOICES:
            return Speaker(None, written, phrase, how="unnamed")  # `厦门客`, `湖南领队`: someone from the place
        name = para.phrases.name_in(phrase)
        entity, mention = self.resolver.resolve(phrase, text[name.start : name.end])
        if mention is not None and not (name.start <= mention.span.start and mention.span.end <= name.end):
            if mention.type != "PER" and mention.span.end <= name.start and LATIN_GLOSS.match(text, name.end):
                entity, mention = None, None  # `驻东京的大使某某（Peter Horsand）`: a glossed name, not the place before it
            else:
                name = mention.span  # the names layer found the name; keep a longer written form around it
        name_text = text[name.start : name.end]
        if entity is not None or mention is not None or self._plausible(para, name):
            self.known.update({name_text, name_text.rsplit("·", 1)[-1]})
            self.longest_known = max(self.longest_known, len(name_text))
        group = mention is not None and mention.type != "PER"
        if entity is not None:
            return Speaker(entity, name_text, name, group=group, how="name")
        if enabled("alias") and (entity := self.resolver.by_suffix(name_text)) is not None:
            return Speaker(entity, name_text, name, group=group, how="alias")
        if role is not None and mention is None and enabled("nominal"):
            bare = len(written) - len(role) <= 2  # `作者`, `这位前主播`; not `该公司发言人`: someone of a body
            found = self.resolver.by_role(role) or (self._last_person(exclude) if bare else None)
            if found is not None:  # the one holding the role, else (a bare role) the last speaker
                return Speaker(found, written, phrase, how="nominal")
            if para.phrases.nominal(Span(phrase.start, phrase.end - len(role))) and enabled("unnamed"):
                return Speaker(None, written, phrase, how="unnamed")  # `该公司发言人`: someone of that body, unnamed
        return Speaker(None, name_text, name, group=group)

    def _source_part(self, para: Paragraph, phrase: Span) -> Span:
        """The anonymous source a speaker phrase holds, less what follows it: `受访者都` → 受访者,
        `某作家的友人最新介绍` → 某作家的友人 (someone of a named person, after 的); else the phrase."""
        text = para.marks.sub(phrase.start, phrase.end)
        mentions = self.resolver.mentions_in(phrase.start, phrase.end)
        for word in self.lex.anonymous:  # longest first
            k = text.rfind(word)
            end = k + len(word)
            if k <= 0 or end == len(text) or any(m.span.end > phrase.start + k for m in mentions
                                                  if m.span.start < phrase.start + end or m.type == "PER"):
                continue  # none there, nothing after it, or a name inside or after it (`专家王明`)
            if text[end:] in AFTER_SOURCE or text[k - 1] == "的":
                return Span(phrase.start, phrase.start + end)
        return phrase

    def _indefinite_inside(self, para: Paragraph, phrase: Span) -> int | None:
        """`该校一名教师`, `王明一位朋友`: someone unnamed of the body or person named before an
        indefinite word with no name after it; where that word starts, if so."""
        text = para.marks.sub(phrase.start, phrase.end)
        names = [m.span.end for m in self.resolver.mentions_in(phrase.start, phrase.end)]
        return next((phrase.start + k for w in self.lex.words("indefinite") - {"有"} if (k := text.find(w)) > 0
                     and para.phrases.anonymous(Span(phrase.start + k, phrase.end))
                     and all(end <= phrase.start + k for end in names)), None)

    def _pronoun(self, para: Paragraph, phrase: Span, written: str, pronoun: str, position: int,
                 exclude: set[str]) -> Speaker:
        """他/她 by salience and the previous speaker; 他们 the last group; 它/该公司 the last organisation."""
        sieve = "pronoun" if pronoun in ("he", "she", "they") else "nominal"
        if not enabled(sieve):
            return Speaker(None, written, phrase, group=pronoun != "he" and pronoun != "she")
        if pronoun in ("he", "she"):
            found = self._antecedent(position, exclude, para.start)
            return Speaker(found, written, phrase, how=sieve if found else "unresolved")
        if pronoun == "they":
            last = self.history[-1][1] if self.history else None
            found = last.id if last is not None and last.group else None
        else:  # `该国`, `该市`: a place; `该公司`, `该网站`, `它`: an organisation
            kinds = ("LOC",) if written.rstrip("".join(AFTER_SOURCE))[-1:] in PLACE_NOUNS else ("ORG",)
            found = self.resolver.person_before(position, exclude=exclude, skip=self._in_quotation, kinds=kinds)
        return Speaker(found, written, phrase, group=True, how=sieve if found else "unresolved")

    def _introduced(self, role: str, position: int) -> bool:
        """Whether the text before introduced someone unnamed with this role (`一个出租车司机`)."""
        if self.simplified is None:
            self.simplified = fold(self.doc.text)
        lead = "|".join(map(re.escape, self.lex.words("indefinite") - {"有"}))
        found = re.search(rf"(?:{lead})[^，。,；;“”「」]{{0,8}}{re.escape(fold(role))}", self.simplified[:position])
        return found is not None

    def _possessed(self, para: Paragraph, phrase: Span) -> bool:
        """`杨恒均的友人`, `与小毛一同长大的家属`, `小毛家属`: the source is someone of the person named,
        after 的 or as a source word right after the name."""
        last = max((m.span.end for m in self.resolver.mentions_in(phrase.start, phrase.end)), default=phrase.start)
        return any(para.marks.char(k) == "的" and not para.marks.shielded(k) for k in range(last, phrase.end)) \
            or last > phrase.start and para.marks.sub(last, phrase.end) in self.lex.anonymous

    def _document(self, para: Paragraph, phrase: Span, written: str, head: Mention | None) -> Speaker:
        """`Ofcom裁决`: the body named in the phrase; `报告称`, `这份报告指出`: the organisation last quoted;
        otherwise an unnamed source (`法院文件显示`, `一份报告称`, `调查显示`)."""
        if head is not None and head.entity is not None and not (head.type == "PER" and self._possessed(para, phrase)):
            return Speaker(head.entity, written, phrase, group=True, how="document")
        if enabled("document") and para.phrases.refers_back(phrase):
            recent = [s for _, s in reversed(self.history[-DOCUMENT_REACH:]) if s.group and s.id is not None]
            if written.strip("《》 ").removesuffix("中")[-2:] in REPORTS:  # `报道说`: the outlet last quoted
                named = next((m for m in reversed(self.resolver.mentions_in(0, phrase.start)) if m.entity in self.outlets), None)
                here = [Speaker(named.entity)] if named is not None and named.span.start >= para.start else []
                recent = here + [s for s in recent if s.id in self.outlets] + recent
                if not recent and named is not None:  # `《卫报》报导指，消息人士…。…报导还称`: the outlet last named
                    recent = [Speaker(named.entity)]
            body = next(iter(recent), None)
            if body is not None:
                return Speaker(body.id, written, phrase, group=True, how="document")
        return Speaker(None, written, phrase, group=True, how="unnamed")

    def _last_person(self, exclude: set[str]) -> str | None:
        last = next((s for _, s in reversed(self.history[-DOCUMENT_REACH:]) if not s.group and s.id is not None), None)
        return last.id if last is not None and last.id not in exclude else None

    def _zero_subject(self, para: Paragraph, position: int, *, topic: bool = False) -> Speaker:
        """`普京…，称…`: the previous speaker of the sentence, else the nearest clause's leading phrase;
        with `topic`, else the person opening the paragraph's previous sentence."""
        start = para.marks.sentence_start(position)
        if self.history:
            quote, speaker = self.history[-1]
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
                and (para.marks.char(last.span.start - 1) == "的" or self._title(para.marks.sub(a, last.span.start)) is not None):
            return self._explicit(para, last.span, position, set())  # `看起来很害羞的某某，…说`, `某大学某系教授某某，…`
        roles = self.lex.words("role")
        first = next((m for m in self.resolver.mentions_in(a, b) if a <= m.span.start and m.span.end <= b
                      and (m.span.start == a or para.marks.sub(a, m.span.start) in roles)), None)
        if first is not None:  # the clause's whole lead when it is a source (`广东受访者`), not a name in it
            source = region if cut is None and para.phrases.anonymous(self._source_part(para, region)) else first.span
            return self._explicit(para, cut or source, position, set())
        lead = para.marks.sub(a, b)
        name = self._known_prefix(lead)
        if name is not None:
            return self._explicit(para, Span(a, a + len(name)), position, set())
        if cut is not None and self._plausible(para, cut):
            return self._explicit(para, cut, position, set())
        source = next((w for w in self.lex.anonymous if lead.startswith(w) and len(lead) > len(w)), None)
        if source is not None:  # `哥哥知道弟弟热心，笑着说…`: a source word opening the clause is its subject
            return self._explicit(para, Span(a, a + len(source)), position, set())
        if any(lead.startswith(w) for w in self.lex.words("indefinite")):
            # `一些亲北京阵营议员欢迎…`: an unnamed group, up to its head noun
            heads = [k + len(w) for w in self.lex.words("role") | set(self.lex.anonymous) if (k := lead.find(w)) > 0]
            if heads:
                return self._explicit(para, Span(a, a + min(heads)), position, set())
        return None

    def _salient(self, para: Paragraph, said: Span) -> Speaker | None:
        """An uncued quotation's speaker: a person opening a clause of its sentence before it (nearest
        first) or right after it, else the last speaker, else the most recent person."""
        found = self._sentence_opener(para, said) or self._opener_after(para, said)
        if found is not None:
            return found
        found = self._opener_before(para, para.start, para.marks.sentence_start(said.start))
        if found is not None:
            return found
        if self.history and not self.history[-1][1].group and self.history[-1][1].id is not None:
            return self.history[-1][1]
        person = self.resolver.person_before(said.start, exclude=set(), skip=self._in_quotation)
        if person is None:
            return None
        return Speaker(person, self.resolver.entities[person].name, how="name")

    def _opener_after(self, para: Paragraph, said: Span) -> Speaker | None:
        """The person or unnamed source opening the clause right after a quotation, in its sentence
        (`“……”，袁格兵觉得…`, `“……”，上述这名家属希望…`)."""
        if said.end > said.start and para.marks.char(said.end - 1) in "。.":
            return None  # `“……。”小杰则…`: the quotation closed its sentence (not `“……！”家属吼`); the next is another's
        after = para.marks.sentence_end(said.end)
        k = said.end
        while k < after and (para.marks.shielded(k) or para.marks.char(k) in "，,。 \t」』”"):
            k += 1
        if k >= after:
            return None
        end = para.marks.clause_end(k)
        return self._person_opening(para, k, end, said.start) or self._source_opening(para, k, end, said.start)

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

    def _new_voice(self, para: Paragraph, said: Span, current: Speaker) -> Speaker | None:
        """A run of quotes keeps its speaker until another is introduced: a person other than the
        current speaker opening the quotation's own sentence (`市民刘先生拍下了他搜救的过程，“……”`)."""
        if not enabled("salience"):
            return None
        found = self._sentence_opener(para, said) or self._opener_after(para, said)
        if found is None:  # `但某实验室指控某公司“……”`: an organisation opening the sentence (or a person of it)
            start = para.marks.sentence_start(said.start)
            body = next((m for m in self.resolver.mentions_in(start, said.start) if m.span.start >= start), None)
            if body is not None and body.type == "ORG" and body.entity is not None and self._opens_clause(body.span):
                end = min(para.marks.clause_end(body.span.end), said.start)
                person = next((m for m in self.resolver.mentions_in(body.span.end, end) if m.type == "PER"), None)
                found = self._explicit(para, person.span, said.start, set()) if person is not None else \
                    Speaker(body.entity, para.marks.sub(body.span.start, body.span.end), body.span, group=True, how="name")
        if found is not None and found.id is None and found.how == "unnamed" and found.text != current.text:
            return found  # `“……！”家属也冲他吼`: an unnamed voice after the quotation
        return found if found is not None and found.id is not None and found.id != current.id else None

    def _opener_before(self, para: Paragraph, begin: int, end: int) -> Speaker | None:
        """The last person opening a clause of the paragraph between `begin` and `end`, outside quotations."""
        k = end
        while k > begin:
            start = max(para.marks.clause_start(k), begin)
            if not self._in_quotation(Span(start, max(start + 1, min(k, start + 2)))):
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
                return self._explicit(para, Span(a, a + n), position, set())
        first = next((m for m in self.resolver.mentions_in(a, b) if m.span.start >= a and m.span.end <= b
                      and m.type == "PER" and (m.span.start == a or self._opens_clause(m.span)
                                               or self._title(para.marks.sub(a, m.span.start)) == para.marks.sub(a, m.span.start))),
                     None)  # `韦志坚`, `司机韦志坚`, `法国哲学家韦志坚`
        if first is not None:
            return self._explicit(para, first.span, position, set())
        return None

    def _source_opening(self, para: Paragraph, begin: int, end: int, position: int) -> Speaker | None:
        """A clause that opens with an unnamed source (`“……”，上述这名家属希望…`), as that source."""
        a, b = para.marks.strip(begin, end)
        a = para.phrases.drop_connectors(a, b)
        k = next((k for k in range(a + 2, min(b, a + SOURCE_LEAD_MAX + 1)) if para.phrases.anonymous(Span(a, k))
                  and para.marks.char(k) != "的" and not self.resolver.mentions_in(a, k)), None)
        return self._explicit(para, Span(a, k), position, set()) if k is not None else None

    def _known_prefix(self, lead: str) -> str | None:
        """The longest name quoted so far that `lead` starts with: its prefixes looked up, not every name."""
        return next((lead[:n] for n in range(min(len(lead), self.longest_known), -1, -1) if lead[:n] in self.known), None)
