"""Affiliations the rules miss, chosen by a linear model (`data/affiliation_ranker.tsv`).

After the roles layer, every organisation or place named in a person's sentence (or the one
before) is a candidate affiliation of that person. Each candidate is a yes/no decision (a group
of two: the pair's features against a fixed `none`) scored by `linear.probabilities`; the
features describe the nearest pair of mentions in general terms — how far apart, in which order,
what lies between (nothing, a title of data/titles.tsv, 的, a comma, another name, a verb of the
project's lexicons), what kind of body the candidate is by the gazetteers and name endings, and
which other links and roles the rules gave the person. Candidates the model is confident of are
added; links the rules made stay. `bench/train_affiliations.py` fits the model on the dev gold files; the
component is `affiliation-ranker` (leave it out with `bench/analysis.py --skip affiliation-ranker`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache

from newsmine import data
from newsmine.analyze import gazetteer, linear
from newsmine.analyze.pipeline import component
from newsmine.analyze.roles import OBJECT_OF, is_trade
from newsmine.analyze.text import alternation, ending_at, starting_at
from newsmine.model import Doc, Entity, Mention, Role
from newsmine.names import fold

MODEL = "affiliation_ranker"
ADD = 0.6  # probability from which a pair the rules left out is added (chosen on dev half b's totals)
_WINDOW = 1  # sentences before a person's that may name its body
_KINDS = ("universities", "government_bodies", "parties", "news_agencies", "companies",
          "international_bodies", "sports_clubs", "sports_leagues")
_ENDINGS = (("school", "school_words"), ("media", "media_endings"), ("private", "private_body_words"))
_PUNCT = (("comma", "，,"), ("colon", "：:"), ("enum", "、"), ("paren", "（(）)"), ("quote", "“”「」『』\"《》"),
          ("stop", "。；;！？!?"))
_LINKS = (("de", "的"), ("shi", "是"), ("zai", "在于从"), ("join", "和与及同"), ("ji", "即"))

_ANY = ("before|", "after|", "link=", "verb=")  # features of any pair of their mentions in a sentence
Pair = tuple[str, str]  # (person id, candidate id)


@cache
def _gazetteer_kinds() -> dict[str, str]:
    """Folded name or alias → which gazetteer holds it (universities, parties, …)."""
    out: dict[str, str] = {}
    for source in _KINDS:
        for row in data.table(source):
            for name in (row["name"], *data.split_aliases(row.get("aliases", ""))):
                out.setdefault(fold(name), source)
    return out


@cache
def _verbs() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The verb lexicons whose words between two names are features (by lexicon, never by word), each
    as one pattern that finds any of its words."""
    lexicons = (("work", [row["verb"] for row in data.table("work_verbs")]),
                ("office", data.words("office_verbs")),
                ("lead", data.words("lead_verbs")),
                ("speech", [row["cue"] for row in data.table("speech_verbs") if len(row["cue"]) > 1]))
    return tuple((label, re.compile(alternation(words))) for label, words in lexicons if words)


def _kinds(entity: Entity) -> list[str]:
    """What the gazetteers and name endings say a candidate is."""
    names = [fold(n) for n in (entity.name, *entity.aliases)]
    if entity.type == "LOC":
        return ["kind=country" if any(n in gazetteer.countries() for n in names) else "kind=place"]
    table = _gazetteer_kinds()
    out = sorted({f"kind={table[n]}" for n in names if n in table})
    out += [f"ends={label}" for label, lexicon in _ENDINGS
            if any(n.endswith(tuple(data.words(lexicon))) for n in names)]
    return out or ["kind=unknown"]


def _post(title: str) -> str:
    """What kind of post a title names: a trade's (`occupation`, data/titles.tsv) or an `office`."""
    return "occupation" if is_trade(title) else "office"


def _object(folded: str, mention: Mention) -> bool:
    """Whether a place is the object of the verb or preposition before it (向|某国提出): where a
    person goes or turns to, never whom they serve (the roles layer's rule too)."""
    return mention.type == "LOC" and mention.span.start > 0 and folded[mention.span.start - 1] in OBJECT_OF


class _Doc:
    """The Doc's mentions by sentence, with the lookups the features need."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.folded = fold(doc.text)
        self.starts = [s.span.start for s in doc.sentences]
        self.mentions = sorted((m for m in doc.mentions if m.entity), key=lambda m: m.span.start)
        self.mention_starts = [m.span.start for m in self.mentions]
        self.by_sentence: dict[int, list[Mention]] = {}
        for m in self.mentions:
            self.by_sentence.setdefault(self.sentence(m.span.start), []).append(m)
        self.entities = {e.id: e for e in doc.entities}
        self.count = {e.id: len(e.mentions) for e in doc.entities}

    def sentence(self, pos: int) -> int:
        """The index of the sentence `pos` falls in."""
        return max(0, bisect_right(self.starts, pos) - 1)

    def between(self, left: Mention, right: Mention) -> list[Mention]:
        """The mentions wholly between two mentions."""
        first = bisect_left(self.mention_starts, left.span.end)
        last = bisect_left(self.mention_starts, right.span.start)
        return [m for m in self.mentions[first:last] if m.span.end <= right.span.start]


def _pair_features(ctx: _Doc, person: Mention, other: Mention, distance: int, roles: list[Role]) -> list[str]:
    """What lies between a person's mention and a candidate's, and how they stand."""
    folded = ctx.folded
    before = other.span.end <= person.span.start
    left, right = (other, person) if before else (person, other)
    gap = folded[left.span.end : right.span.start]
    order = "before" if before else "after"
    size = linear.bucket(len(gap), (0, 1, 2, 3, 5, 8, 12, 20, 32))
    inside = ctx.between(left, right)
    people = sum(m.type == "PER" and m.entity != person.entity for m in inside)
    bodies = sum(m.type in ("ORG", "LOC") and m.entity != other.entity for m in inside)
    out = [f"order={order}", f"gap={size}", f"{order}|gap={size}", f"sentences={distance}",
           f"people={linear.bucket(people, (0, 1, 2))}", f"bodies={linear.bucket(bodies, (0, 1, 2))}",
           f"{order}|people={linear.bucket(people, (0, 1))}"]
    out += [f"punct={label}" for label, marks in _PUNCT if any(c in gap for c in marks)]
    out += [f"{order}|punct={label}" for label, marks in _PUNCT[:2] if any(c in gap for c in marks)]
    out += [f"link={label}" for label, chars in _LINKS if any(c in gap for c in chars)]
    out += [f"verb={label}" for label, verbs in _verbs() if verbs.search(gap)]
    titles = data.words("titles")
    title = ending_at(folded, person.span.start, titles)
    if title is not None and person.span.start - len(title) >= left.span.end:
        out.append(f"{order}|title-before-name={_post(title)}")
    after_other = other.span.end + (folded[other.span.end : other.span.end + 1] == "的")
    title = starting_at(folded, after_other, titles)
    if title is not None:
        out.append(f"{order}|title-after-body={_post(title)}")
    if any(left.span.end <= r.span.start and r.span.end <= right.span.start for r in roles):
        out.append(f"{order}|role-between")
    if not gap:
        out.append(f"{order}|touching")
    if folded[other.span.start - 1 : other.span.start] == "驻":
        out.append("posted")  # 驻|某国: where a diplomat serves, not whom
    return out


def candidates(doc: Doc) -> dict[Pair, list[str]]:
    """Every (person, organisation or place) pair named in one sentence or the next, with the features
    of their nearest mentions (and those of any pair of their mentions in one sentence), of the
    candidate, and of the links and roles the rules gave the person."""
    ctx = _Doc(doc)
    nearest: dict[Pair, tuple[tuple[int, int], Mention, Mention]] = {}
    shared: dict[Pair, set[int]] = {}
    anywhere: dict[Pair, set[str]] = {}
    for person in ctx.mentions:
        if person.type != "PER":
            continue
        s = ctx.sentence(person.span.start)
        for back in range(_WINDOW + 1):
            for other in ctx.by_sentence.get(s - back, ()):
                if other.type not in ("ORG", "LOC") or other.entity == person.entity:
                    continue
                if other.span.end > person.span.start and other.span.start < person.span.end:
                    continue
                if (back and other.span.start > person.span.start) or _object(ctx.folded, other):
                    continue
                pair = (person.entity, other.entity)  # type: ignore[assignment]
                gap = max(other.span.start - person.span.end, person.span.start - other.span.end)
                rank = (back, gap)
                if pair not in nearest or rank < nearest[pair][0]:
                    nearest[pair] = (rank, person, other)
                if not back:
                    shared.setdefault(pair, set()).add(s)
                    seen = anywhere.setdefault(pair, set())
                    who = ctx.entities.get(pair[0])
                    if who is not None:
                        seen.update(f for f in _pair_features(ctx, person, other, 0, who.roles)
                                    if f.startswith(_ANY))
    ranks: dict[Pair, int] = {}
    taken: dict[str, int] = {}
    for pair in sorted(nearest, key=lambda p: (p[0], nearest[p][0], p[1])):  # each person's nearest first
        ranks[pair] = taken.get(pair[0], 0)
        taken[pair[0]] = ranks[pair] + 1
    out: dict[Pair, list[str]] = {}
    for pair, ((back, _), person, other) in nearest.items():
        who, body = ctx.entities.get(pair[0]), ctx.entities.get(pair[1])
        if who is None or body is None or who.type != "PER":
            continue
        kinds = [f"type={body.type}", *_kinds(body)]
        near = _pair_features(ctx, person, other, back, who.roles)
        rank = f"rank={linear.bucket(ranks[pair], (0, 1, 2))}"
        others = len(who.affiliations) - (body.id in who.affiliations)
        linked = sorted({k for a in who.affiliations if a != body.id and a in ctx.entities
                         for k in _kinds(ctx.entities[a])})
        held = sorted({_post(r.text) for r in who.roles}) or ["none"]
        out[pair] = ["pair", *kinds, *near, rank, f"{rank}|{near[0]}",
                     f"other-links={linear.bucket(others, (0, 1))}",
                     *(f"{kinds[-1]}|linked-{k}" for k in linked), *(f"{kinds[-1]}|role={r}" for r in held),
                     f"body-mentions={linear.bucket(ctx.count.get(body.id, 0), (1, 2, 4, 8))}",
                     f"together={linear.bucket(len(shared.get(pair, ())), (0, 1, 2, 4))}",
                     *(f"any|{f}" for f in sorted(anywhere.get(pair, ())))]
    return out


def probability(features: list[str]) -> float:
    """The model's probability that the pair is an affiliation (a group of two: the pair, `none`)."""
    return linear.probabilities(MODEL, [features, ["none"]])[0]


@component("affiliation-ranker", assigns=["affiliation-ranker"], requires=["entities"])
def affiliation_ranker(doc: Doc) -> None:
    """Add the affiliations the model is confident of to each person (after the roles layer's rules)."""
    by_id = {e.id: e for e in doc.entities}
    for (person, body), features in sorted(candidates(doc).items()):
        entity = by_id[person]
        if body not in entity.affiliations and probability(features) >= ADD:
            entity.affiliations.append(body)
