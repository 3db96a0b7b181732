"""The quote-attribution sieves (after Muzny et al. 2017, *A Two-stage Sieve Approach for Quote
Attribution*): named, in the order they are tried, each with the confidence it lends (its
measured dev precision).

Stage `quote` links a found statement to a speaker mention (a cue next to it, a colon, the
sentence's subject, a continuation, salience, the main voice); stage `mention` links that mention to an entity
(a name, a pronoun's antecedent, a role or document nominal) or leaves it `unresolved` with its
text. A quote's confidence is the product of its two sieves'. `switched_off` turns sieves off
(for measuring what each contributes); the parts of the attribution (`analyze/quotes.py`,
`attribution.py`, `quote_speakers.py`, `quote_subjects.py`) ask `enabled` before using one.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Literal

from newsmine.errors import PipelineError

Stage = Literal["quote", "mention"]


@dataclass(frozen=True)
class Sieve:
    """One attribution rule: its name, stage, rank within the stage and the confidence it lends."""

    name: str
    stage: Stage
    order: int
    confidence: float
    what: str


SIEVES: dict[str, Sieve] = {}
_OFF: ContextVar[frozenset[str]] = ContextVar("sieves_off", default=frozenset())


def register(name: str, stage: Stage, confidence: float, what: str) -> Sieve:
    """Add a sieve after the others of its stage (registration order is the order tried)."""
    if name in SIEVES:
        raise PipelineError(f"sieve {name}", "is registered twice")
    order = sum(s.stage == stage for s in SIEVES.values()) + 1
    SIEVES[name] = Sieve(name, stage, order, confidence, what)
    return SIEVES[name]


def ordered(stage: Stage) -> list[Sieve]:
    """The sieves of a stage, in the order tried."""
    return sorted((s for s in SIEVES.values() if s.stage == stage), key=lambda s: s.order)


def enabled(name: str) -> bool:
    """Whether sieve `name` may run: not switched off by `switched_off` in this context."""
    return name not in _OFF.get()


def confidence(quote_sieve: str, mention_sieve: str) -> float:
    """How far a quote's speaker can be trusted: the product of the two sieves' confidences."""
    return round(SIEVES[quote_sieve].confidence * SIEVES[mention_sieve].confidence, 2)


@contextmanager
def switched_off(names: set[str] | frozenset[str]) -> Iterator[None]:
    """Run the pipeline with these sieves off (a benchmark's ablation); unknown names are an error."""
    unknown = set(names) - set(SIEVES)
    if unknown:
        raise PipelineError("quotes", f"no sieve named {', '.join(sorted(unknown))} (known: {', '.join(SIEVES)})")
    token = _OFF.set(frozenset(names))
    try:
        yield
    finally:
        _OFF.reset(token)


# Confidences are each sieve's measured share of right speakers on the 106 dev articles of
# bench/analysis.py (2026-12-02): the quote stage's of its matched statements, the mention stage's
# relative to `name` (0.883), capped below `name`. `alias` (18 of 18 right) is capped at 0.9 and
# `section` (3 of 3) kept at 0.5 until more are seen. `salience` and `main-voice` (split from it, so that
# its weakest guesses say so) were measured apart on the same dev articles after the split: 105 of 132
# and 16 of 30 right. Registration order is the order tried.
# stage 1: statement → speaker mention
register("cue-after", "quote", 0.94, "the speaker and cue right after the quotation: “……”某某说。; or a quotation alone that the next paragraph gives its speaker: 说这话的，是某某")
register("cue-before", "quote", 0.85, "the speaker and cue before the statement: 某某表示：“……” / 某某认为，……")
register("colon", "quote", 0.99, "a speaker and a colon open a heading or paragraph: 某部长：…… / 某某：“……”")
register("sentence-subject", "quote", 0.78, "a cue with no subject of its own takes its sentence's: 普京……，称……; so does a quotation opening the paragraph after one that ends in a colon")
register("continuation", "quote", 0.88, "an uncued quotation after a quoted speaker, in its paragraph or the next, unless another person opens its sentence; a Q&A answer's next paragraphs")
register("salience", "quote", 0.8, "an uncued quotation: the person opening its sentence (one who interrupts a run of quotes, too) or paragraph")
register("main-voice", "quote", 0.53, "an answer labelled only 答： after a question: the person quoted most; an uncued quotation with no person in its sentence or paragraph: someone quoted before whom the narration since the last quote named, else the last speaker; else the person named last (a guess)")
# stage 2: speaker mention → entity
register("name", "mention", 1.0, "a name the names layer knows, or an entity's name, original or alias")
register("unnamed", "mention", 0.96, "an anonymous source (一名官员, 专家) kept without an entity")
register("alias", "mention", 0.9, "a short form of a known name: the end of an entity's name (公民实验室), a quoted person's surname (蔡指)")
register("pronoun", "mention", 0.99, "他/她: the later of the previous speaker and the last person in subject position")
register("nominal", "mention", 0.76, "a role or nominal (该公司, 这位官员, 作者): the entity holding it, else (not a judge's title) the last speaker; in court reports 官 and 被告 the one judge and accused named, 法院, 检方, 公诉机关 the court or prosecutors' office named before")
register("section", "mention", 0.5, "a heading's descriptor (美媒：…, 一名工人：…) or a quoted sub-head (“……” alone): the first speaker named in the section below it")
register("document", "mention", 0.87, "a document (报告, 声明, 报道): the body that issued it, the last organisation quoted")
register("unresolved", "mention", 0.46, "no entity found: the speaker keeps the mention's text only")
# after both stages, not a sieve that links: the speaker ranker (`analyze/speaker_ranker.py`) gives each quote
# the learned probability of its speaker as its confidence (the 0.5 here lends none); `--skip-sieve ranker`
# switches it off, and the confidence is then the product of the two sieves'
register("ranker", "mention", 0.5, "a linear model weighs the sieves' speaker against the people named around the quote; its probability is the quote's confidence")
