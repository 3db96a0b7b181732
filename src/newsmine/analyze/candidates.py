"""The candidate-mentions layer: named steps that propose candidate mentions or repair them, each
placed with `before`/`after` as in spaCy's pipeline, so a benchmark can switch one off by name and
measure what it adds (`bench/analysis.py --skip-step`, `bench/ner.py --skip-step`).

Steps run in order on one `Candidates`; after the last, overlapping candidates are resolved once
more (`choose`), so that a step may be switched off without leaving overlaps behind.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from newsmine.analyze.addresses import join_addresses, transit_lines
from newsmine.analyze.compounds import join_compounds
from newsmine.analyze.kind_lists import kind_lists
from newsmine.analyze.labels import speaker_labels
from newsmine.analyze.legal_forms import legal_forms
from newsmine.analyze.latin_mentions import latin_mentions
from newsmine.analyze.mentions import (Candidate, choose, cut_glued_titles, from_congresses, from_gazetteer,
                                       from_glosses, from_org_tails, from_tagger)
from newsmine.analyze.name_cuts import cut_names, timed_people, unglued_people
from newsmine.analyze.name_edges import (cut_places, described_countries, given_name_tails, known_heads, party_places,
                                        regnal_numbers, shared_heads, trailing_conjunctions)
from newsmine.analyze.org_contexts import org_contexts
from newsmine.analyze.party_lists import party_pairs
from newsmine.analyze.placed_bodies import placed_bodies
from newsmine.analyze.repairs import (administrations, anonymised_people, country_bodies, country_kinds,
                                      described_organisations, dotted_people, latin_heads, latin_names,
                                      publications, titled_bodies)
from newsmine.analyze.tagger import Token
from newsmine.analyze.switches import Switches
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


_switches = Switches("a candidate step", lambda: (s.name for s in ordered()))
disable = _switches.disable  # leave steps out of every later run (for benchmarks: what does each add?)
disabled = _switches.disabled  # run without some steps inside a `with` block


def find_candidates(folded: str, tokens: tuple[Token, ...], glosses: list[Gloss]) -> list[Candidate]:
    """The candidate mentions of a folded Chinese text, after every enabled step, without overlaps."""
    state = Candidates(folded, tokens, glosses, [])
    for item in ordered():
        if _switches.on(item.name):
            state.found = item.func(state)
    return choose(state.found, glosses)


def _repair(name: str, repair: Callable[[str, list[Candidate]], list[Candidate]], *, after: str | None = None,
            before: str | None = None) -> None:
    """Register as step `name` a repair that reads only the folded text and the candidates so far;
    the step's docstring is the repair's."""

    def run(c: Candidates) -> list[Candidate]:
        return repair(c.folded, c.found)

    run.__doc__ = repair.__doc__
    step(name, after=after, before=before)(run)


def _addition(name: str, propose: Callable[[str], list[Candidate]], *, after: str) -> None:
    """Register as step `name` the candidates `propose` finds in the folded text, added to those so far."""

    def run(c: Candidates) -> list[Candidate]:
        return c.found + propose(c.folded)

    run.__doc__ = propose.__doc__
    step(name, after=after)(run)


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


_repair("glued_titles", cut_glued_titles, after="titled_bodies")
_repair("conjunctions", trailing_conjunctions, after="glued_titles")
_repair("known_heads", known_heads, after="conjunctions")
_repair("party_places", party_places, after="known_heads")
_repair("described_countries", described_countries, after="party_places")
_repair("shared_heads", shared_heads, after="described_countries")
_repair("country_bodies", country_bodies, after="shared_heads")
_repair("country_kinds", country_kinds, after="country_bodies")
_repair("administrations", administrations, after="country_kinds")
_repair("latin_heads", latin_heads, after="administrations")
_repair("unglued_people", unglued_people, after="latin_heads")
_repair("timed_people", timed_people, after="unglued_people")
_repair("regnal_numbers", regnal_numbers, after="timed_people")
_repair("given_name_tails", given_name_tails, before="cut_names")


@step("cut_names", after="timed_people")
def _cut_names(c: Candidates) -> list[Candidate]:
    """A Chinese name the tagger cut short made whole (曾健|成 → 曾健成)."""
    return cut_names(c.folded, c.tokens, c.found)


_repair("latin_words", latin_mentions, after="cut_names")
_repair("latin_names", latin_names, after="latin_words")
_repair("dotted_names", dotted_people, after="latin_names")


_addition("anonymised", anonymised_people, after="dotted_names")
_addition("publications", publications, after="anonymised")
_addition("congresses", from_congresses, after="publications")


@step("org_tails", after="congresses")
def _org_tails(c: Candidates) -> list[Candidate]:
    """Organisations the tagger left in pieces, added (中国|汽车|及|零部件|研究会)."""
    return c.found + from_org_tails(c.tokens)


_repair("descriptors", described_organisations, after="org_tails")


@step("legal_forms", after="descriptors")
def _legal_forms(c: Candidates) -> list[Candidate]:
    """Companies written with their legal form inside a word of the tagger's (建筑分判商|宏达工程有限公司)."""
    return legal_forms(c.folded, c.tokens, c.found)


_repair("cut_places", cut_places, after="legal_forms")
_repair("teams", teams, after="cut_places")
_repair("labels", speaker_labels, after="teams")


@step("kind_lists", after="labels")
def _kind_lists(c: Candidates) -> list[Candidate]:
    """The members of a list of organisations of one kind (甲、乙等公司, 甲、乙两家银行) made organisations."""
    return kind_lists(c.folded, c.tokens, c.found)


@step("org_contexts", after="kind_lists")
def _org_contexts(c: Candidates) -> list[Candidate]:
    """Names written where only a company or platform stands (某某|CEO, 某某|旗下, 母公司|某某, 据|某某|统计)."""
    return org_contexts(c.folded, c.tokens, c.found)


@step("glosses", after="org_contexts")
def _glosses(c: Candidates) -> list[Candidate]:
    """Glossed terms, trusted over the rest; overlaps resolved."""
    return choose(from_glosses(c.glosses) + c.found, c.glosses)


_repair("compounds", join_compounds, after="glosses")


@step("addresses", after="compounds")
def _addresses(c: Candidates) -> list[Candidate]:
    """Numbered rail lines added, and runs of places that end in a street or house number joined."""
    return join_addresses(c.folded, transit_lines(c.folded, c.found))


@step("party_pairs", after="addresses")
def _party_pairs(c: Candidates) -> list[Candidate]:
    """Two parties named by their short forms before a shared 两党 (民主、共和两党), each a mention of its party."""
    return party_pairs(c.folded, c.found)


@step("placed_bodies", before="aliases")
def _placed_bodies(c: Candidates) -> list[Candidate]:
    """A body written right after its place, each a mention, named from the place (美国|司法部 is
    named 美国司法部); the mentions stay as they are."""
    return placed_bodies(c.folded, c.found)
