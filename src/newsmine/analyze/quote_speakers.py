"""The mention stage of quote attribution: a speaker phrase to its entity.

`SpeakerLinks` links a speaker mention that `analyze/statements.py` or `analyze/quote_subjects.py`
found to an entity, by the mention-stage sieves of `analyze/sieves.py` in their order: a name, an
anonymous source, a short form or surname, a pronoun's antecedent (asked of `Antecedents`), a role
or document nominal. It keeps the names quoted so far (`known`), which a later sentence's subject
is matched against, and reads the quotes made so far from the `Heard` record it is given.
"""

from __future__ import annotations

import re
from functools import cache

from newsmine import data
from newsmine.analyze.antecedents import Antecedents, Heard, Speaker
from newsmine.analyze.court_parties import CourtParties
from newsmine.analyze.cues import Paragraph
from newsmine.analyze.marks import Lexicon, lexicon
from newsmine.analyze.sieves import enabled
from newsmine.analyze.text import alternation
from newsmine.analyze.speakers import Resolver
from newsmine.model import Doc, Mention, Span
from newsmine.names import fold

_OTHER_BODIES = frozenset({"工会", "宣传机器"})  # kinds of body beside data/generic_bodies.tsv's
_THE_STATE = ("政府", "当局", "国家")  # kinds of body that speak for the place itself
_LOCAL = ("当地", "地方", "各地", "各级", "部分")  # unless a local one or several (`英国当地警方`)

@cache
def _kinds_of_body() -> tuple[str, ...]:
    """The kinds of body that, after a place's name, name none of its own (data/generic_bodies.tsv), less
    the state's own."""
    return tuple(data.marked("generic_bodies", "head") - set(_THE_STATE) | _OTHER_BODIES)


REPORTS = ("报道", "報道", "报导", "報導", "内文", "內文")  # a news report or its text: speaks for an outlet
DOCUMENT_REACH = 8  # how many quotes back a document or role nominal looks for who issued it
LATIN_GLOSS = re.compile(r"\s*[（(]\s*[A-Za-z]")  # an original spelling follows: the words before it are a name
PLACE_NOUNS = frozenset("国國省市县縣区區州岛島镇鎮村")  # `该国`, `该市`: a demonstrative and one of these is a place
PLACE_VOICES = frozenset("方官")  # `台湾官方`, `港方`: the place's government speaks for the place
CLAUSE_END = "，,。；;！？!?\n"
ISSUER_GAP = 6  # at most this many characters (a time, 在官网) between an issuer and its issuing verb
NEGATED = re.compile(r"[不没沒未的]")  # `某局没有公布…报告`: no issuer; `某校的学生发表`: not the body
JOINERS = frozenset("和与與及、跟同")  # joins two names: `甲和乙表示`, both speak
GLOSS_LEAD = re.compile(r"^\s*[（(][^（()）]*[）)]")  # a gloss right after a name: `某电视台（ETV）、…`
JOINT_TAIL = 2  # at most this many characters (都, 联合) after the last of several names joined so
NAMED_AS_REACH = 30  # how far before a speaker phrase `名为“…”` may start; a third of it, the noun after
AFTER_SOURCE = ("都", "皆", "均", "也", "亦", "则", "則", "还", "還", "又")  # `受访者都认为`: adverbs after a source


@cache
def titles() -> frozenset[str]:
    """Role words and titles, folded: a phrase ending in one names who speaks."""
    return frozenset(fold(w) for w in lexicon().words("role") | data.words("titles"))


@cache
def named_as() -> re.Pattern[str]:
    """`名为“某某”的`, `网名「某某」的`: a name given in quotation marks before what the person is
    (data/naming_words.tsv)."""
    return re.compile(rf"(?:{alternation(data.words('naming_words'))})\s*[“「『\"]([^”」』\"]{{1,24}})[”」』\"]\s*(?=的)")


class SpeakerLinks:
    """Speaker mentions to entities, for one Doc: `explicit` applies the mention-stage sieves."""

    def __init__(self, doc: Doc, lex: Lexicon, folded: str, resolver: Resolver, titles: frozenset[str],
                 heard: Heard, antecedents: Antecedents) -> None:
        self.doc, self.lex, self.folded, self.resolver = doc, lex, folded, resolver
        self.titles = titles  # 议长, 财长: who speaks
        self.longest_title = max(map(len, titles), default=0)
        self.heard = heard
        self.antecedents = antecedents
        self.known: set[str] = set()  # the names quoted so far (a sentence's subject without a names layer)
        self.longest_known = 0
        self.outlets = self._outlets()
        self.simplified: str | None = None  # the text in simplified characters, made when first asked for
        self.court = CourtParties(doc, lex, folded, resolver, antecedents)  # 官, 被告, 法院 in court reports

    def _outlets(self) -> set[str]:
        """The organisations written as outlets: a name in 《》 (`《纽约时报》`) or one that reports
        (`BBC报道`, `据共同社报导`), so that a later `报道说` speaks for the outlet, not for a body it quotes."""
        text = self.folded
        return {m.entity for m in self.resolver.mentions if m.type == "ORG" and m.entity is not None
                and (text[m.span.start - 1 : m.span.start] == "《" or text.startswith(REPORTS, m.span.end)
                     or text.startswith(REPORTS, m.span.end + 1) and text[m.span.end] == "》")}

    def by_surname(self, surname: str) -> str | None:
        """The most recent quoted person whose name starts with the surname (`蔡` for 蔡耀昌), else
        the one person of the article so named (an interview's `林：` for 林仲生, not yet quoted)."""
        if surname not in data.words("surnames"):
            return None
        for _, s in reversed(self.heard.history):
            if s.id is not None and not s.group and self.resolver.entities[s.id].name.startswith(surname):
                return s.id
        named = {e.id for e in self.resolver.entities.values() if e.type == "PER" and e.name.startswith(surname)}
        return next(iter(named)) if len(named) == 1 else None

    def person(self, phrase: Span | None) -> bool:
        """Whether the phrase's head mention is a person."""
        mention = self.resolver.mention_for(phrase) if phrase is not None else None
        return mention is not None and mention.type == "PER"

    def title(self, written: str) -> str | None:
        """The title a phrase ends in (`议长`, `新任財長`), in either script, as written."""
        folded = fold(written)
        found = next((folded[-n:] for n in range(min(self.longest_title, len(folded)), 0, -1)
                      if folded[-n:] in self.titles), None)
        return None if found is None else written[len(written) - len(found):]

    def plausible(self, para: Paragraph, phrase: Span) -> bool:
        """A speaker phrase that can name someone: a mention, pronoun, source word, role, a noun for
        people (亲历者, 家属), a known or Latin-script name, a short surname-led name (何女士, 小芬), or
        words glossed with an original spelling."""
        written = para.marks.sub(phrase.start, phrase.end)
        return (self.resolver.mention_for(phrase) is not None or para.phrases.pronoun(phrase) is not None
                or para.phrases.anonymous(phrase) or self.title(written) is not None
                or written[-1:] in self.lex.words("person_tail")
                or written in self.known or re.fullmatch(r"[A-Za-z][A-Za-z .·•'-]*", written) is not None
                or (len(written) <= 4 and written[0] in data.words("surnames"))
                or LATIN_GLOSS.match(self.doc.text, phrase.end) is not None)

    def explicit(self, para: Paragraph, phrase: Span, position: int, exclude: set[str]) -> Speaker:
        """A speaker phrase to its entity, by the mention-stage sieves in order (`analyze/sieves.py`)."""
        text = self.doc.text
        named_as = self._named_as(para, phrase)
        if named_as is not None:  # `名为“某某”的网友`: the name given, not the kind of user
            entity, _ = self.resolver.resolve(named_as, text[named_as.start : named_as.end])
            return Speaker(entity, text[named_as.start : named_as.end], named_as, how="name" if entity else "unresolved")
        pronoun = para.phrases.pronoun(phrase)
        written = text[phrase.start : phrase.end]
        if written in self.lex.words("bench") and enabled("nominal"):  # `官指`, `官：「…」`: the judge
            judge = self.court.judge()
            return Speaker(judge, written, phrase, how="nominal" if judge else "unresolved")
        if written in self.lex.words("accused") and enabled("nominal"):  # `被告供稱`: the accused named so
            accused = self.court.accused()
            return Speaker(accused, written, phrase, how="nominal" if accused else "unresolved")
        if pronoun is None and para.phrases.nominal(phrase) and written.endswith(self.lex.anonymous) \
                and enabled("unnamed") and self.resolver.by_role(written[-2:]) is None:
            return Speaker(None, written, phrase, how="unnamed")  # `该家属`, `这名专家`: the unnamed source before
        if pronoun is not None or para.phrases.nominal(phrase) or written in self.lex.words("company_self"):
            return self._pronoun(para, phrase, written, pronoun or "it", position, exclude)
        phrase = self.source_part(para, para.phrases.unglossed(phrase))
        body = self.court.body(text[phrase.start : phrase.end], position, exclude) if enabled("nominal") else None
        if body is not None:  # `法院审理认为`: the court named before
            return Speaker(body, text[phrase.start : phrase.end], phrase, group=True, how="nominal")
        head = self.resolver.mention_for(phrase)
        inner = self._indefinite_inside(para, phrase)
        source = para.phrases.anonymous(phrase) or inner is not None or self._household(para, phrase)
        source = source or head is not None and head.type == "LOC" and self._bodies_of_a_place(para, phrase, head)
        no_name = head is not None and fold(text[head.span.start : head.span.end]) in self.lex.anonymous  # `辯方`
        if source and (head is None or head.type != "PER" or no_name or self._possessed(para, phrase) or inner):
            written = text[phrase.start : phrase.end]
            return Speaker(None, written, phrase, group=para.phrases.plural(phrase) or len(written) <= 2, how="unnamed")
        if para.phrases.document(phrase) is not None and (head is None or head.type != "PER" or self._possessed(para, phrase)):
            return self._document(para, phrase, written, head)
        role = self.title(written)
        if role is not None and head is not None and head.type == "PER" and head.span.end < phrase.end \
                and para.marks.char(head.span.end) == "的" and enabled("unnamed"):
            return Speaker(None, written, phrase, how="unnamed")  # `某某的代理律师`: someone of the person, unnamed
        joint = self._first_of_joint(para, phrase)
        if joint is not None:  # `甲和乙在会后表示`: several named at once, the first named speaks
            phrase, head, written = joint.span, joint, text[joint.span.start : joint.span.end]
            role = None
        if role is not None and head is None and enabled("unnamed") and self._introduced(role, phrase.start):
            return Speaker(None, written, phrase, how="unnamed")  # `碰上一个出租车司机…，这位司机说`: that unnamed one
        if (head is None or head.type != "PER") and enabled("nominal") and role:
            holder = self.resolver.by_role(written)  # `捷克议长`: the one person named with that role
            if holder is not None:
                return Speaker(holder, written, phrase, how="nominal")
            if head is not None and head.span.end < phrase.end and enabled("unnamed"):
                return Speaker(None, written, phrase, how="unnamed")  # `IMF第一副总裁`: someone of the body, unnamed
        if phrase.end - phrase.start == 1 and enabled("alias") and (by := self.by_surname(written)) is not None:
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
        if entity is not None or mention is not None or self.plausible(para, name):
            self.known.update({name_text, name_text.rsplit("·", 1)[-1]})
            self.longest_known = max(self.longest_known, len(name_text))
        group = mention is not None and mention.type != "PER"
        if entity is not None:
            return Speaker(entity, name_text, name, group=group, how="name")
        if enabled("alias") and (entity := self.resolver.by_suffix(name_text)) is not None:
            return Speaker(entity, name_text, name, group=group, how="alias")
        if role is not None and mention is None and enabled("nominal"):
            found = self.resolver.by_role(role) or self._role_of_last(written, role, exclude)
            if found is not None:  # the one holding the role, else (a bare role) the last speaker
                return Speaker(found, written, phrase, how="nominal")
            if para.phrases.nominal(Span(phrase.start, phrase.end - len(role))) and enabled("unnamed"):
                return Speaker(None, written, phrase, how="unnamed")  # `该公司发言人`: someone of that body, unnamed
        return Speaker(None, name_text, name, group=group)

    def _named_as(self, para: Paragraph, phrase: Span) -> Span | None:
        """`名为“某某”的网民`, `网名「某某」的用户`: the name in quotation marks that a speaker phrase (or
        the words right before it) gives someone, when what follows it is a short noun; else None."""
        begin = max(para.start, phrase.start - NAMED_AS_REACH)
        found = None
        for m in named_as().finditer(self.doc.text, begin, phrase.end):
            if phrase.start - 1 <= m.end() and phrase.end - m.end() <= NAMED_AS_REACH // 3:
                found = m
        return Span(found.start(1), found.end(1)) if found is not None else None

    def source_part(self, para: Paragraph, phrase: Span) -> Span:
        """The anonymous source a speaker phrase holds, less what follows it: `受访者都` → 受访者,
        `某作家的友人最新介绍` → 某作家的友人 (someone of a named person, after 的); else the phrase."""
        text = para.marks.sub(phrase.start, phrase.end)
        if self.lex.anonymous_pattern.search(text) is None:
            return phrase
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

    def _first_of_joint(self, para: Paragraph, phrase: Span) -> Mention | None:
        """`甲和乙`, `某大学与某社联合`, `“甲店”和某区的“乙店”都`: a phrase naming two or more
        people or bodies of one kind joined by a conjunction; the first of them, which the phrase's
        head (the last) is not."""
        named = [m for m in self.resolver.mentions_in(phrase.start, phrase.end) if m.type in ("PER", "ORG")
                 and m.entity is not None and phrase.start <= m.span.start and m.span.end <= phrase.end]
        if len(named) < 2:
            return None
        first = named[0]
        later = next((m for m in named[1:] if m.type == first.type and m.entity != first.entity), None)
        if later is None:
            return None
        gap = GLOSS_LEAD.sub("", para.marks.sub(first.span.end, later.span.start)).lstrip("”」』\"'）) \t")
        tail = para.marks.sub(named[-1].span.end, phrase.end).lstrip("”」』\"'）) \t")
        if len(tail) > JOINT_TAIL or self.title(tail) is not None:
            return None  # `甲和乙的发言人`, `甲与乙两国官员`: someone of them, not they
        return first if gap[:1] in JOINERS or gap.startswith("以及") else None

    def _indefinite_inside(self, para: Paragraph, phrase: Span) -> int | None:
        """`该校一名教师`, `王明一位朋友`: someone unnamed of the body or person named before an
        indefinite word with no name after it; where that word starts, if so."""
        text = para.marks.sub(phrase.start, phrase.end)
        names = [m.span.end for m in self.resolver.mentions_in(phrase.start, phrase.end)]
        return next((phrase.start + k for w in self.lex.longest_first("indefinite") if w != "有" and (k := text.find(w)) > 0
                     and para.phrases.anonymous(Span(phrase.start + k, phrase.end))
                     and all(end <= phrase.start + k for end in names)), None)

    def _pronoun(self, para: Paragraph, phrase: Span, written: str, pronoun: str, position: int,
                 exclude: set[str]) -> Speaker:
        """他/她 by salience and the previous speaker; 他们 the last group; 它/该公司 the last organisation."""
        sieve = "pronoun" if pronoun in ("he", "she", "they") else "nominal"
        if not enabled(sieve):
            return Speaker(None, written, phrase, group=pronoun != "he" and pronoun != "she")
        if pronoun in ("he", "she"):
            found = self.antecedents.antecedent(position, exclude, para.start, pronoun)
            return Speaker(found, written, phrase, how=sieve if found else "unresolved")
        if pronoun == "they":
            last = self.heard.history[-1][1] if self.heard.history else None
            found = last.id if last is not None and last.group else None
        else:  # `该国`, `该市`: a place; `该公司`, `该网站`, `它`: an organisation
            kinds = ("LOC",) if written.rstrip("".join(AFTER_SOURCE))[-1:] in PLACE_NOUNS else ("ORG",)
            found = self._of_kind(para, phrase, position, exclude, kinds) \
                or self.resolver.person_before(position, exclude=exclude, skip=self.antecedents.in_quotation, kinds=kinds)
        return Speaker(found, written, phrase, group=True, how=sieve if found else "unresolved")

    def _of_kind(self, para: Paragraph, phrase: Span, position: int, exclude: set[str],
                 kinds: tuple[str, ...]) -> str | None:
        """`该使馆`, `该局`, `這家醫院`: the most recent body (or place, `kinds`) outside quotations whose
        name as written ends in the noun after the demonstrative (某国驻法使馆, 某市卫生局); None when
        the noun is one character (`该行`) or no such body was named."""
        written = fold(para.marks.sub(phrase.start, phrase.end)).rstrip("".join(AFTER_SOURCE))
        lead = next((w for w in self.lex.longest_first("nominal") + self.lex.longest_first("determiner")
                     if written.startswith(w)), "")
        noun = written[len(lead):]
        if len(noun) < 2:
            return None  # `该行`, `该校`: one character names no kind of body reliably
        found = self.resolver.mention_before(
            position, exclude=exclude, kinds=kinds,
            skip=lambda s: self.antecedents.in_quotation(s) or not fold(self.doc.text[s.start : s.end]).endswith(noun))
        return found.entity if found is not None else None

    def _introduced(self, role: str, position: int) -> bool:
        """Whether the text before introduced someone unnamed with this role (`一个出租车司机`)."""
        if self.simplified is None:
            self.simplified = fold(self.doc.text)
        lead = "|".join(map(re.escape, self.lex.words("indefinite") - {"有"}))
        found = re.search(rf"(?:{lead})[^，。,；;“”「」]{{0,8}}{re.escape(fold(role))}", self.simplified[:position])
        return found is not None

    def _possessed(self, para: Paragraph, phrase: Span) -> bool:
        """`杨恒均的友人`, `与小毛一同长大的家属`, `小毛家属`, `小毛奶奶`, `小毛家`: the source is someone of
        the person named, after 的 or as a source word (or 家, the family) right after the name."""
        last = max((m.span.end for m in self.resolver.mentions_in(phrase.start, phrase.end)), default=phrase.start)
        return any(para.marks.char(k) == "的" and not para.marks.shielded(k) for k in range(last, phrase.end)) \
            or last > phrase.start and para.marks.sub(last, phrase.end) in self.lex.anonymous \
            or self._household(para, phrase)

    def _bodies_of_a_place(self, para: Paragraph, phrase: Span, place: Mention) -> bool:
        """`法国各工会`, `法国交管部门`, `中国的宣传机器`: unnamed bodies of a place, not the place speaking —
        after the place's name, a few words ending in a kind of body (data/generic_bodies.tsv) and naming
        no one; the state's own (政府, 当局) speak for the place, and 总工会 is a body's name."""
        rest = fold(para.marks.sub(place.span.end, phrase.end)).removeprefix("的")
        if not 2 <= len(rest) <= 6 or rest.startswith("总") or self.resolver.mentions_in(place.span.end, phrase.end):
            return False
        if rest.startswith(_LOCAL) and rest.endswith((*_THE_STATE, "警方")):
            return True  # `英国当地警方`, `美国地方政府`: a local body, not the state
        return rest.endswith(_kinds_of_body())

    def _household(self, para: Paragraph, phrase: Span) -> bool:
        """`小刚家`: a person's name and 家, the family speaking, someone unnamed."""
        last = max((m.span.end for m in self.resolver.mentions_in(phrase.start, phrase.end) if m.type == "PER"),
                   default=phrase.start)
        return last > phrase.start and para.marks.sub(last, phrase.end) in self.lex.words("household")

    def _document(self, para: Paragraph, phrase: Span, written: str, head: Mention | None) -> Speaker:
        """`Ofcom裁决`: the body named in the phrase; `报告称`, `这份报告指出`: the organisation last quoted;
        otherwise an unnamed source (`法院文件显示`, `一份报告称`, `调查显示`)."""
        head = self._sender(para, phrase, head)
        lead = para.phrases.document(phrase) or ""
        end = phrase.start + para.marks.sub(phrase.start, phrase.end).find(lead) + len(lead)
        if lead and head is not None and head.type == "LOC" and self._bodies_of_a_place(para, Span(phrase.start, end), head):
            return Speaker(None, written, phrase, group=True, how="unnamed")  # `据法国交管部门统计`
        if head is not None and head.entity is not None and not (head.type == "PER" and self._possessed(para, phrase)):
            return Speaker(head.entity, written, phrase, group=True, how="document")
        judge = self.court.judge() if head is None and enabled("document") and self.court.judgment(written) else None
        if judge is not None:  # `判詞指`: the reasons the judge wrote
            return Speaker(judge, written, phrase, how="document")
        bare = written.strip("《》 ")
        hearsay = bare in REPORTS and para.marks.char(phrase.start - 1) in "据據"  # `据报道，…`: it is reported
        if hearsay or bare.endswith(tuple(self.lex.words("statute"))):  # `根据规定，…`, `根据《某条例》，…`
            return Speaker(None, written, phrase, group=True, how="unnamed")
        issuer = self._issuer(para, phrase) if enabled("document") else None
        if issuer is not None:  # `某委员会印发《某某通知》。…《通知》指出`: who issued it
            return Speaker(issuer, written, phrase, group=True, how="document")
        if enabled("document") and para.phrases.refers_back(phrase):
            recent = [s for _, s in reversed(self.heard.history[-DOCUMENT_REACH:]) if s.group and s.id is not None]
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

    def _sender(self, para: Paragraph, phrase: Span, head: Mention | None) -> Mention | None:
        """`某公司发给BBC的一份声明`, `某部致某国的照会`: the body that sent the document, not the one it was
        sent to — the mention before the one that 给, 致 or 向 introduces."""
        inside = [m for m in self.resolver.mentions_in(phrase.start, phrase.end) if m.type != "LOC"]
        if head is None or head not in inside or inside.index(head) == 0:
            return head
        before = inside[inside.index(head) - 1]
        between = para.marks.sub(before.span.end, head.span.start)
        return before if between.endswith(("给", "給", "致", "向")) and len(between) <= 4 else head

    def _issuer(self, para: Paragraph, phrase: Span) -> str | None:
        """The body that issued a document named bare (`《通知》`, `报告`): the nearest earlier clause
        introducing a document with the same noun, by a full title ending in it or an issuing verb
        before it, names the body just before that verb or title (`某委员会下发的《关于…的通知》`,
        `某局昨日发布一份报告`); a clause so introducing it with no body there (`百名学者发表声明`)
        leaves it unnamed."""
        text = self.doc.text
        rest = para.phrases.document(phrase)
        if rest is None or not para.phrases.refers_back(phrase):
            return None
        noun = para.marks.sub(phrase.start, phrase.end).removesuffix("中").removesuffix("上").strip("《》〈〉 ")[len(rest):]
        if noun in REPORTS:
            return None  # a news report speaks for its outlet (below)
        issue = "|".join(map(re.escape, self.lex.longest_first("issue")))
        for found in reversed(list(re.finditer(rf"《[^《》]+{re.escape(noun)}》|{re.escape(noun)}", text[: phrase.start]))):
            opened = max(text.rfind(c, 0, found.start()) for c in CLAUSE_END) + 1
            verb = list(re.finditer(issue, text[opened : found.start()]))
            if not verb and not (found.group().startswith("《") and len(found.group()) > len(noun) + 2):
                continue  # a mention of the document, not its introduction
            act = opened + verb[-1].start() if verb else found.start()
            named = [m for m in self.resolver.mentions_in(opened, act) if m.type == "ORG" and m.entity is not None
                     and opened <= m.span.start and m.span.end <= act]
            gap = text[named[-1].span.end : act] if named else ""
            return named[-1].entity if named and len(gap) <= ISSUER_GAP and not NEGATED.search(gap.removesuffix("的")) else None
        return None

    def _role_of_last(self, written: str, role: str, exclude: set[str]) -> str | None:
        """`作者`, `这位主播`: a bare role is the last person quoted, unless it is a judge's (`法官指出`
        after the accused spoke: a judge not named, never the accused); `该公司发言人` is someone of a body."""
        if len(written) - len(role) > 2 or any(fold(role).endswith(fold(w)) for w in self.lex.words("judge")):
            return None
        return self._last_person(exclude)

    def _last_person(self, exclude: set[str]) -> str | None:
        last = next((s for _, s in reversed(self.heard.history[-DOCUMENT_REACH:]) if not s.group and s.id is not None), None)
        return last.id if last is not None and last.id not in exclude else None

