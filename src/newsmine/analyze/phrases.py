"""Speaker phrases in one paragraph: the words before a cue split into who speaks and to whom.

`他对普京` → 他, addressee 普京; `周二早些时候中国外交部发言人…` → the phrase past its time; `日本传媒分析`
→ the speaker without the act; and what kind of source a phrase is (a pronoun, an unnamed source,
a document, a nominal such as 该公司). `Phrases` reads a paragraph's `Marked` (`analyze/marks.py`:
marks and clauses) and is read by the cue frames (`analyze/cues.py`); it knows nothing of entities.
"""

from __future__ import annotations

import re

from newsmine.analyze.marks import DATE, PARENS, SUBJECT_MAX, Marked
from newsmine.model import Span

LATIN_TAIL = re.compile(r"(?<![A-Za-z.])[A-Z][A-Za-z.'’-]*(?:[ .][A-Za-z][A-Za-z.'’-]*)*$")
MANNER = re.compile(r"[\u4e00-\u9fff]{2,4}(?<![的目民在源据據])地")  # `高兴地`, `不好意思地`: how, not who (not 目的地)
HEARD = re.compile(r"[听聽](?![众眾证證力话話筒课課])")  # 听|网吧老板说; not 听众, 听证, 听力
ANONYMISED = re.compile(r"^(?:\w{0,6}的)?[\u4e00-\u9fff]{1,2}姓\w{1,4}$")  # 陳姓男子, 被害人的林姓婦人: named by surname only


class Phrases:
    """The speaker phrases of one paragraph, read over its marks (`Marked`): where a phrase starts
    and ends, whom it addresses, and what kind of source it names."""

    def __init__(self, marks: Marked) -> None:
        self.marks = marks
        self.lex = marks.lex

    def zero(self, region: Span) -> bool:
        """A speaker region with no subject of its own: empty after connectives, opening with an
        adverbial (`，称…`, `并表示`, `特别提到`, `周三表示`) or only an adverb of manner (`高兴地预告`):
        the subject is the sentence's."""
        a, b = self.marks.strip(region.start, region.end)
        a = self.drop_connectors(a, b)
        return a >= b or self._adverbial(a, b, ()) == a or self._manner_only(a, b, ())

    def subject(self, region: Span, protect: list[Span] = (), *, cite: bool = True) -> tuple[Span | None, Span | None]:
        """Split a speaker region into (speaker phrase, addressee): `他对普京` → (他, 普京).

        Leading connectives (但, 据, 对此) are dropped; the phrase ends at the first adverbial
        (还, 周三, 在…) outside parentheticals and the `protect`ed spans (mentions).
        """
        a, b = self.marks.strip(region.start, region.end)
        a = self.drop_connectors(a, b)
        marks = self.marks
        cited = [k + len(w) for w in self.lex.words("citing") for k in marks.occurrences(w, a, b) if not marks.shielded(k)]
        if cited and cite:  # `《金融时报》引述台湾官员称`: the one cited is the speaker
            a, b = self.marks.strip(max(cited), b)
        a = self._past_times(a, b)
        if a < b and (self._adverbial(a, b, protect) == a or self._manner_only(a, b, protect)):
            return None, None
        cut = self._adverbial(a + 1, b, protect)
        if self.marks.sub(a, cut) in self.lex.words("indefinite"):
            # `一名在这条路线上跑了十五年的司机`: the adverbial sits in a relative clause; the phrase runs to its head
            heads = [k for k in range(cut, b) if self.marks.char(k) == "的" and not self.marks.shielded(k)]
            if heads:
                cut = self._adverbial(heads[-1] + 1, b, protect)
        addressee = None
        markers = [k for k in range(cut, b) if not self.marks.shielded(k) and self.marks.char(k) in self.lex.words("addressee")]
        if markers:
            begin = end = markers[-1] + 1
            stops = tuple(self.lex.words("adverbial") - self.lex.words("addressee"))
            while end < b and not self.marks.at(end, stops):
                end += 1
            if end > begin:
                addressee = Span(*self.marks.strip(begin, end))
        s, e = self.marks.strip(a, cut)
        if e <= s:
            return None, addressee
        if e - s == 1 and self.pronoun(Span(s, e)) is None and self.marks.sub(s, e) not in self.lex.words("bench"):
            return None, None  # `是表示…`: one character that is no pronoun (or 官, the judge) is no speaker
        if len([k for k in range(s, e) if not self.marks.in_paren(k)]) > SUBJECT_MAX:
            return None, None
        act = next((w for w in self.lex.longest_first("act") if self.marks.sub(s, e).endswith(w) and e - s > len(w) + 1), None)
        if act is not None:  # `日本传媒分析指`, `援引分析人士观点称`: the speaker without the act
            e -= len(act)
        return Span(s, self._pronoun_end(s, e, protect)), addressee

    def _pronoun_end(self, s: int, e: int, protect: list[Span] | tuple[Span, ...]) -> int:
        """`他伸出头` → 他: a phrase led by a personal pronoun and a verb is the pronoun alone
        (`他的律师`, `他朋友`, `他们` and names stay whole)."""
        for n in (2, 1):
            if s + n < e and self.pronoun(Span(s, s + n)) in ("he", "she", "they") \
                    and self.marks.char(s + n) not in "的们們" and not any(p.start <= s < p.end for p in protect):
                rest = self.marks.sub(s + n, e)
                return e if rest in self.lex.anonymous else s + n  # `他朋友`, `她家属`: someone of theirs
        return e

    def _past_times(self, a: int, b: int) -> int:
        """Past a leading time phrase followed by a speaker (`周二早些时候中国外交部发言人…`); a time phrase
        with nothing after it stays (`周三表示`: the sentence's subject speaks)."""
        k = a
        while k < b:
            date = DATE.match(self.marks.sub(k, b))
            w = date.group() if date else self.marks.first_at(k, self.lex.longest_first("time_lead"))
            if w is None:
                break
            k = self.marks.strip(k + len(w), b)[0]
        return k if k > a and b - k >= 2 and self._adverbial(k, b, ()) != k else a

    def _manner_only(self, a: int, b: int, protect: list[Span] | tuple[Span, ...]) -> bool:
        """Whether `[a, b)` is only an adverb of manner (`高兴地`), not someone before one (`他|激动地`,
        a name the mentions protect)."""
        return MANNER.fullmatch(self.marks.sub(a, b)) is not None and not any(p.start == a for p in protect) \
            and self.pronoun(Span(a, a + 1)) is None and self.pronoun(Span(a, min(a + 2, b))) is None

    def _adverbial(self, k: int, b: int, protect: list[Span] | tuple[Span, ...]) -> int:
        """The first adverbial (还, 周三, 在…, a date, a manner adverb in 地 right at the end or right after a
        name) in `[k, b)` outside names and parentheticals, else b."""
        adverbials = self.lex.pattern("adverbial")
        not_adverbial = self.lex.pattern("not_adverbial")
        marks, norm, start = self.marks, self.marks.norm, self.marks.start
        blocked = [(m.start() + start, m.start() + start + len(w))
                   for m in re.finditer(f"(?=({not_adverbial.pattern}))", norm[: b - start]) if (w := m.group(1))]
        # `对美政策` is no adverbial, but in `对美联社说` a name starts inside the word and runs past it
        blocked = [(x, y) for x, y in blocked if not any(x < p.start < y < p.end for p in protect)]
        named = [p.end for p in protect if k <= p.end < b and MANNER.fullmatch(marks.sub(p.end, b))]
        if named:  # 肖冰|言之凿凿地|告诉: a name, then how it speaks
            b = min(named)
        while k < b:
            if (marks.shielded(k) or any(p.start < k < p.end for p in protect)
                    or any(x <= k < y for x, y in blocked)):
                k += 1
                continue
            if adverbials.match(norm, k - start) or DATE.match(norm, k - start, b - start) or (
                    b - k == 3 and norm[b - 1 - start] == "地"):  # 李先生|無奈地|說: a manner adverb before the cue
                return k
            k += 1
        return b

    def drop_connectors(self, a: int, b: int) -> int:
        """Past leading connectives and conjunctions (但, 据, 对此, 并…) from `a`, and the 听 of `听网吧老板说`
        (one heard the speaker say it)."""
        while a < b and (size := self.lex.longest_at("connector", self.marks.norm, a - self.marks.start, b - a)):
            a, _ = self.marks.strip(a + size, b)
        if b - a >= 3 and HEARD.match(self.marks.sub(a, b)):
            a, _ = self.marks.strip(a + 1, b)
        return a

    def unglossed(self, phrase: Span) -> Span:
        """The phrase less a closing parenthetical (`理查德•迪尔洛夫爵士（Richard Dearlove）` → its
        Chinese part), so the name outside the gloss is the one looked up."""
        b = phrase.end
        if self.marks.char(b - 1) in PARENS.values():
            k = b - 1
            while k > phrase.start and self.marks.char(k) not in PARENS:
                k -= 1
            b = k if k > phrase.start + 1 else b
        return Span(phrase.start, b)

    def name_in(self, phrase: Span) -> Span:
        """The name at the end of a speaker phrase: `美国国务院发言人马修·米勒（Matthew Miller）` → 马修·米勒."""
        a, b = phrase.start, phrase.end
        if self.marks.char(b - 1) in PARENS.values():
            k = b - 1
            while k > a and self.marks.char(k) not in PARENS:
                k -= 1
            if k > a:
                b = k
        latin = LATIN_TAIL.search(self.marks.sub(a, b))
        if latin is not None and latin.start() > 0:
            return Span(a + latin.start(), b)  # `考古学家J. Robert Hale`: the Latin-script name whole
        best = a
        text = self.marks.sub(a, b)
        first = self.lex.by_first("role")
        for role in ["的", *(w for ch in set(text) for w in first.get(ch, ()))]:  # the roles it can hold
            k = text.rfind(role)
            if k >= 0 and a + k + len(role) < b - 1:
                best = max(best, a + k + len(role))
        while best < b and self.marks.shielded(best):
            best += 1
        return Span(best, b) if b - best >= 2 else Span(a, b)

    def anonymous(self, phrase: Span) -> bool:
        """An unnamed source: a phrase ending in an anonymous-source word (专家, 一些分析人士, 外界), or an
        indefinite one (一名…司机) with no original-spelling gloss in it."""
        text = self.marks.sub(phrase.start, phrase.end)
        if text.endswith(self.lex.anonymous) or ANONYMISED.match(text):
            return True
        named = re.search(r"[（(][^）)]*[A-Za-z]", text)
        return not named and any(text.startswith(w) for w in self.lex.words("indefinite"))

    def nominal(self, phrase: Span) -> bool:
        """`该公司`, `該校`, `此机构`: a demonstrative and a short noun, referring back to an organisation."""
        text = self.marks.sub(phrase.start, phrase.end)
        return 2 <= len(text) <= 4 and any(text.startswith(w) and len(text) > len(w) for w in self.lex.words("nominal"))

    def document(self, phrase: Span) -> str | None:
        """`报告`, `这份声明`, `《通知》`, `报告中`: a document, which speaks for whoever issued it; the
        words before the document's noun, if so."""
        text = self.marks.sub(phrase.start, phrase.end).removesuffix("中").removesuffix("上").strip("《》〈〉 ")
        word = next((w for w in self.lex.longest_first("document") if text.endswith(w)), None)
        return None if word is None else text[: len(text) - len(word)]

    def refers_back(self, phrase: Span) -> bool:
        """A document named bare or with a demonstrative (`报告`, `这份报告`, `其最新报告`): one already
        spoken of, not a new one (`一份报告`, `法院文件`)."""
        rest = self.document(phrase) or ""
        for w in self.lex.longest_first("determiner"):
            rest = rest.replace(w, "")
        return not rest

    def plural(self, phrase: Span) -> bool:
        """A phrase that names several people: `一些分析人士`, `许多专家`."""
        text = self.marks.sub(phrase.start, phrase.end)
        return any(text.startswith(w) for w in self.lex.words("plural"))

    def pronoun(self, phrase: Span) -> str | None:
        """`he`, `she`, `they` or `it` when the phrase is a pronoun, else None."""
        text = self.marks.sub(phrase.start, phrase.end)
        for cls in ("pronoun_he", "pronoun_she", "pronoun_they", "pronoun_it"):
            if text in self.lex.words(cls):
                return cls.removeprefix("pronoun_")
        return None
