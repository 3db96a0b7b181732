"""The candidate-mentions layer: named steps that propose candidate mentions or repair them, each
placed with `before`/`after` as in spaCy's pipeline, so a benchmark can switch one off by name and
measure what it adds (`bench/analysis.py --skip-step`, `bench/ner.py --skip-step`).

Steps run in order on one `Candidates`; after the last, overlapping candidates are resolved once
more (`choose`), so that a step may be switched off without leaving overlaps behind.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from newsmine.analyze.addresses import join_addresses, transit_lines
from newsmine.analyze.compounds import join_compounds
from newsmine.analyze.labels import speaker_labels
from newsmine.analyze.latin_mentions import latin_mentions
from newsmine.analyze.mentions import (Candidate, choose, cut_glued_titles, from_congresses, from_gazetteer,
                                       from_glosses, from_org_tails, from_tagger)
from newsmine.analyze.repairs import (administrations, anonymised_people, country_bodies, country_kinds, cut_names,
                                      described_organisations, dotted_people, latin_heads, latin_names,
                                      publications, titled_bodies, unglued_people)
from newsmine.analyze.tagger import Token
from newsmine.analyze.teams import teams
from newsmine.errors import PipelineError
from newsmine.model import Gloss


@dataclass
class Candidates:
    """What the steps read (the folded text, the tagger's words, the glosses) and the candidates so far."""

    folded: str
    tokens: tuple[Token, ...]
    glosses: list[Gloss]
    found: list[Candidate]


Step = Callable[[Candidates], list[Candidate]]


@dataclass(frozen=True)
class Registered:
    name: str
    func: Step
    before: str | None
    after: str | None


REGISTRY: dict[str, Registered] = {}
_disabled: set[str] = set()


def step(name: str, *, before: str | None = None, after: str | None = None) -> Callable[[Step], Step]:
    """Register `func` as candidate step `name`, right before or after another step (else last)."""

    def register(func: Step) -> Step:
        if name in REGISTRY:
            raise PipelineError(name, "is registered twice")
        REGISTRY[name] = Registered(name, func, before, after)
        return func

    return register


def ordered() -> list[Registered]:
    """The registered steps in the order their `before`/`after` place them."""
    placed: list[Registered] = []
    pending = list(REGISTRY.values())
    while pending:
        progress = False
        for item in list(pending):
            anchor = item.after or item.before
            names = [p.name for p in placed]
            if anchor is None:
                placed.append(item)
            elif anchor in names:
                at = names.index(anchor)
                placed.insert(at + 1 if item.after else at, item)
            else:
                continue
            pending.remove(item)
            progress = True
        if not progress:
            raise PipelineError(pending[0].name, f"is placed next to {pending[0].after or pending[0].before}, "
                                "which is not registered")
    return placed


def disable(*names: str) -> None:
    """Leave the steps `names` out of every later run (for benchmarks: what does each add?)."""
    unknown = [n for n in names if n not in REGISTRY]
    if unknown:
        raise PipelineError(unknown[0], f"is not a candidate step (known: {', '.join(s.name for s in ordered())})")
    _disabled.update(names)


@contextmanager
def disabled(*names: str) -> Iterator[None]:
    """Run the candidate layer without the steps `names` inside the block."""
    before = set(_disabled)
    disable(*names)
    try:
        yield
    finally:
        _disabled.clear()
        _disabled.update(before)


def find_candidates(folded: str, tokens: tuple[Token, ...], glosses: list[Gloss]) -> list[Candidate]:
    """The candidate mentions of a folded Chinese text, after every enabled step, without overlaps."""
    state = Candidates(folded, tokens, glosses, [])
    for item in ordered():
        if item.name not in _disabled:
            state.found = item.func(state)
    return choose(state.found, glosses)


@step("gazetteer")
def _gazetteer(c: Candidates) -> list[Candidate]:
    """Names from the gazetteers that agree with the tagger's word boundaries."""
    return c.found + from_gazetteer(c.folded, c.tokens)


@step("tagger", after="gazetteer")
def _tagger(c: Candidates) -> list[Candidate]:
    """The tagger's PER/ORG/LOC words, joined and split where it is known to slip."""
    return c.found + from_tagger(c.folded, c.tokens)


@step("titled_bodies", after="tagger")
def _titled_bodies(c: Candidates) -> list[Candidate]:
    """A known body the tagger glued to the title after it (立法|会议员)."""
    return titled_bodies(c.folded, c.tokens, c.found)


@step("glued_titles", after="titled_bodies")
def _glued_titles(c: Candidates) -> list[Candidate]:
    """Boundary repair: a title the tagger glued to an organisation is cut off (民进党|立委)."""
    return cut_glued_titles(c.folded, c.found)


@step("country_bodies", after="glued_titles")
def _country_bodies(c: Candidates) -> list[Candidate]:
    return country_bodies(c.folded, c.found)


@step("country_kinds", after="country_bodies")
def _country_kinds(c: Candidates) -> list[Candidate]:
    return country_kinds(c.folded, c.found)


@step("administrations", after="country_kinds")
def _administrations(c: Candidates) -> list[Candidate]:
    return administrations(c.folded, c.found)


@step("latin_heads", after="administrations")
def _latin_heads(c: Candidates) -> list[Candidate]:
    return latin_heads(c.folded, c.found)


@step("unglued_people", after="latin_heads")
def _unglued_people(c: Candidates) -> list[Candidate]:
    return unglued_people(c.folded, c.found)


@step("cut_names", after="unglued_people")
def _cut_names(c: Candidates) -> list[Candidate]:
    return cut_names(c.folded, c.tokens, c.found)


@step("latin_words", after="cut_names")
def _latin_words(c: Candidates) -> list[Candidate]:
    return latin_mentions(c.folded, c.found)


@step("latin_names", after="latin_words")
def _latin_names(c: Candidates) -> list[Candidate]:
    return latin_names(c.folded, c.found)


@step("dotted_names", after="latin_names")
def _dotted_names(c: Candidates) -> list[Candidate]:
    return dotted_people(c.folded, c.found)


@step("anonymised", after="dotted_names")
def _anonymised(c: Candidates) -> list[Candidate]:
    return c.found + anonymised_people(c.folded)


@step("publications", after="anonymised")
def _publications(c: Candidates) -> list[Candidate]:
    return c.found + publications(c.folded)


@step("congresses", after="publications")
def _congresses(c: Candidates) -> list[Candidate]:
    return c.found + from_congresses(c.folded)


@step("org_tails", after="congresses")
def _org_tails(c: Candidates) -> list[Candidate]:
    return c.found + from_org_tails(c.tokens)


@step("descriptors", after="org_tails")
def _descriptors(c: Candidates) -> list[Candidate]:
    return described_organisations(c.folded, c.found)


@step("teams", after="descriptors")
def _teams(c: Candidates) -> list[Candidate]:
    return teams(c.folded, c.found)


@step("labels", after="teams")
def _labels(c: Candidates) -> list[Candidate]:
    return speaker_labels(c.folded, c.found)


@step("glosses", after="labels")
def _glosses(c: Candidates) -> list[Candidate]:
    """Glossed terms, trusted over the rest; overlaps resolved."""
    return choose(from_glosses(c.glosses) + c.found, c.glosses)


@step("compounds", after="glosses")
def _compounds(c: Candidates) -> list[Candidate]:
    return join_compounds(c.folded, c.found)


@step("addresses", after="compounds")
def _addresses(c: Candidates) -> list[Candidate]:
    return join_addresses(c.folded, transit_lines(c.folded, c.found))
