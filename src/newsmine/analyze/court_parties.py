"""Who the parties of a court report are, for the mention stage of quote attribution.

Court reporting names its speakers by their part in the case: Hong Kong's `官` (the judge), `被告`,
`法院`, `检方`, `公诉机关`, a judgment (`判詞`). `CourtParties` links such a word to the one person or
body the article named in that part before (`analyze/quote_speakers.py` asks it; the sieve is
`nominal`, or `document` for a judgment), and to no one when none or several were named.
"""

from __future__ import annotations

from functools import cache

from newsmine import data
from newsmine.analyze.antecedents import Antecedents
from newsmine.analyze.marks import Lexicon
from newsmine.analyze.speakers import Resolver
from newsmine.model import Doc
from newsmine.names import fold


@cache
def _endings() -> dict[str, tuple[str, ...]]:
    """Each word a court report uses alone for a court or prosecution, and the endings of the names of
    the bodies it stands for (data/court_bodies.tsv)."""
    out: dict[str, tuple[str, ...]] = {}
    for row in data.table("court_bodies"):
        out[row["word"]] = (*out.get(row["word"], ()), row["ending"])
    return out


class CourtParties:
    """The judge, the accused and the court or prosecution of one Doc."""

    def __init__(self, doc: Doc, lex: Lexicon, folded: str, resolver: Resolver, antecedents: Antecedents) -> None:
        """`folded`: the Doc's text `normalise`d."""
        self.doc, self.lex, self.folded, self.resolver = doc, lex, folded, resolver
        self.antecedents = antecedents

    def judge(self) -> str | None:
        """The one person the article titles judge (裁判官, 法官, 审判长): whom Hong Kong court
        reporting's `官` and a judgment speak for; None when none or several are."""
        found: set[str] = set()
        for word in self.lex.words("judge"):
            found |= self.resolver.holders(word)
        return next(iter(found)) if len(found) == 1 else None

    def accused(self) -> str | None:
        """The one person the article names as the accused: right after 被告 or 被告人 (`被告何志恒`,
        `被告人孙某`), or so written (`陳姓被告`); None when none or several are."""
        words = tuple(self.lex.words("accused"))
        found = {m.entity for m in self.resolver.mentions if m.type == "PER" and m.entity is not None
                 and (self.folded.endswith(words, 0, m.span.start) or self.folded.endswith(words, 0, m.span.end))}
        return next(iter(found)) if len(found) == 1 else None

    def judgment(self, written: str) -> bool:
        """`判詞`, `這份判辭`, `判案書中`: a judge's written reasons."""
        bare = written.removesuffix("中").removesuffix("上").strip("《》 ")
        return any(bare.endswith(w) for w in self.lex.words("judgment"))

    def body(self, written: str, position: int, exclude: set[str]) -> str | None:
        """`法院审理认为`, `检方起诉指出`, `公诉机关指控`: the court or prosecution named last before, by
        the endings of such bodies' names (`data/court_bodies.tsv`); None when none was named."""
        endings = _endings().get(fold(written))
        if not endings:
            return None
        text = self.doc.text
        found = self.resolver.mention_before(position, exclude=exclude, kinds=("ORG",), skip=lambda s: self.antecedents.in_quotation(s)
                                             or not fold(text[s.start : s.end]).endswith(endings))
        return found.entity if found is not None else None
