"""The analysis held to real articles: every layer scored on the annotated pool articles, dev and test apart.

    python bench/analysis.py [--split dev|test|all] [--dev-half a|b] [--errors FILE] [--skip COMPONENT ...]
                             [--skip-step STEP ...] [--skip-sieve SIEVE ...] [--only NAME ...] [--pool DIR]

Runs newsmine's pipeline on each pool article that has a gold file in `bench/gold/` (the anchor
date is the pool's `published`) and prints, per layer and for dev and test separately, precision,
recall and F1, micro-averaged over articles (counts summed), plus speaker, kind, time and event
accuracies, and per outlet the speaker accuracy, the glosses found and right and the time values
right. `--errors FILE` writes the misses of **dev** articles as JSON Lines; test articles only ever
give totals (bench/gold/CONVENTIONS.md says why).
`--skip` drops pipeline components (a layer whose component is skipped scores zero) to show what
each contributes; `--skip-step` does the same for a step of the candidate-mentions layer
(`newsmine.analyze.candidates`: tagger, gazetteer, glosses and their repairs) or an event ranker
(`event-place`, `event-time`: `newsmine.analyze.event_rankers`) or an event participant rule (`event-kind-word`,
`event-list-tail`: `newsmine.analyze.events.STEPS`); `--skip-sieve` switches quote-attribution sieves off (`analyze/sieves.py`), and the
`sieve …` rows give, per sieve, the share of its statements that match a gold one and the share of
those with the right speaker. Skips cleanly when the pool is absent.

Matching, gold against predicted (predicted offsets are mapped from `Doc.text` back to the
Markdown file the gold offsets count in):
- glosses: same term span and the same original (spaces and case folded); type and 音译 flag
  scored on the matched ones (the gold's flag, "renders the original by sound", against the
  gloss's `phonetic`, not `transliterated`, which only says the article wrote 音译);
- entities: a predicted entity is the gold one when one of its names (name, aliases, keyed by
  the archive's `name_key`) is one of the gold entity's names, or one of its mentions covers
  exactly the gold name or an alias; aliases (a gold alias inside a gloss's parenthesis only when
  the form also stands on its own elsewhere, as CONVENTIONS.md has it), roles (same text, or spans overlapping by half) and affiliations
  (the predicted affiliation is the gold affiliation's entity) are scored on matched entities;
- quotes: spans overlapping by at least half of the shorter, one to one in reading order;
  speaker right when the predicted speaker is the gold speaker's entity, or, for an unnamed
  source, when no entity is given and the predicted speaker text overlaps the gold wording;
- times: overlapping spans; right when the values are equal (an interval against `range`; 年初 and
  年底 as either reading the annotators used, CONVENTIONS.md);
- events: same family of `data/event_types.tsv` and a trigger overlapping the gold trigger (or
  one of its `also` spans); "who, where, when" also needs every gold participant among the
  predicted ones, the same place and the same time value; modality is scored on the found ones;
  predicted verbal acts (family `speech`) are left out, since the gold marks them as quotes;
  `event participants/place/time right, of found` says, per argument, how many found events get
  it right (an argument the gold leaves empty is right whatever is predicted);
- topics: the gold's top-level topic ids against the article's main subjects (the predicted
  topics whose label is a top-level label of `data/topic_taxonomy.tsv`).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "gold"))

from corpus import POOL, event_families, gold_files, load, pool_meta, pool_text  # noqa: E402
from tally import Count, Summable, fmt  # noqa: E402

from newsmine.analyze import candidates, event_rankers, events  # noqa: E402
from newsmine.analyze.pipeline import DEFAULT_PIPELINE, Pipeline, analyze  # noqa: E402
from newsmine.analyze.sieves import SIEVES, switched_off  # noqa: E402
from newsmine.analyze.topics import taxonomy  # noqa: E402
from newsmine.errors import PipelineError  # noqa: E402
from newsmine.model import Doc  # noqa: E402
from newsmine.names import name_key  # noqa: E402
from newsmine.read import read_markdown  # noqa: E402

TAIL_GAP = re.compile(r"\s*[，,]\s*[「“『\"]\s*")  # reported content, a comma, then the quotation


# --- counting ------------------------------------------------------------------------------------


@dataclass
class Ratio(Summable):
    right: int = 0
    total: int = 0

    def value(self) -> float | None:
        return self.right / self.total if self.total else None


@dataclass
class Scores:
    counts: dict[str, Count] = field(default_factory=lambda: defaultdict(Count))
    ratios: dict[str, Ratio] = field(default_factory=lambda: defaultdict(Ratio))

    def add(self, other: Scores) -> None:
        for k, v in other.counts.items():
            self.counts[k].add(v)
        for k, v in other.ratios.items():
            self.ratios[k].add(v)


# --- offsets -------------------------------------------------------------------------------------


def offset_map(doc: Doc, md: str) -> list[int]:
    """For every offset of `doc.text`, the offset in the Markdown file (-1 where none is known)."""
    out = [-1] * (len(doc.text) + 1)
    cursor = 0
    for part in doc.parts:
        piece = doc.text[part.span.start : part.span.end]
        at = md.find(piece, cursor)
        if at >= 0:
            for i in range(len(piece)):
                out[part.span.start + i] = at + i
            cursor = at + len(piece)
            continue
        window = md[cursor : cursor + 2 * len(piece) + 200]
        for a, b, n in SequenceMatcher(None, piece, window, autojunk=False).get_matching_blocks():
            for i in range(n):
                out[part.span.start + a + i] = cursor + b + i
    return out


def mapped(span, table: list[int]) -> tuple[int, int] | None:  # type: ignore[no-untyped-def]
    """A predicted span in Markdown offsets, or None when its ends cannot be placed."""
    if span is None or span.end <= span.start:
        return None
    s = next((table[i] for i in range(span.start, span.end) if table[i] >= 0), -1)
    e = next((table[i] + 1 for i in range(span.end - 1, span.start - 1, -1) if table[i] >= 0), -1)
    return (s, e) if 0 <= s < e else None


def overlap(a, b) -> int:  # type: ignore[no-untyped-def]
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def half_overlap(a, b) -> bool:  # type: ignore[no-untyped-def]
    return overlap(a, b) * 2 >= min(a[1] - a[0], b[1] - b[0]) > 0


def key(text: str) -> str:
    """Names compared by the archive's name key (simplified, separators and case folded)."""
    return name_key(text) or ""


# --- the layers ----------------------------------------------------------------------------------



class Annotated:
    """One gold file beside the pipeline's Doc for the same text."""

    def __init__(self, gold: dict, md: str, doc: Doc) -> None:
        self.gold, self.md, self.doc = gold, md, doc
        self.table = offset_map(doc, md)
        self.errors: list[dict] = []
        gold_ents = {e["id"]: e for e in gold["entities"]}
        self.gold_names = {gid: {key(self.md_text(x)) for x in [e["name"]] + [a["span"] for a in e["aliases"]]}
                           for gid, e in gold_ents.items()}
        self.gold_spans = {gid: {tuple(e["name"])} | {tuple(a["span"]) for a in e["aliases"]}
                           for gid, e in gold_ents.items()}
        self.pred_of: dict[str, set[str]] = {gid: set() for gid in gold_ents}
        for ent in doc.entities:
            names = {key(ent.name)} | {key(a) for a in ent.aliases}
            if ent.original_name:
                names.add(key(ent.original_name))
            spans = {mapped(m, self.table) for m in ent.mentions}
            for gid in gold_ents:
                if names & self.gold_names[gid] or spans & self.gold_spans[gid]:
                    self.pred_of[gid].add(ent.id)
        self.gold_quotes = self.joined_tails(gold["quotes"])
        self.gold_of: dict[str, set[str]] = defaultdict(set)
        for gid, pids in self.pred_of.items():
            for pid in pids:
                self.gold_of[pid].add(gid)

    def scored_alias(self, alias: dict) -> bool:
        """CONVENTIONS.md: the Latin form inside a gloss is the entity's original, not also an
        alias; only a form written on its own elsewhere is. Some first-batch files list it anyway,
        so a gold alias whose span lies inside a gloss's parenthesis is scored only when the same
        form also stands outside every gloss parenthesis of the article."""
        start, end = alias["span"]
        inside = [g["original"] for g in self.gold["glosses"]]
        if not any(s <= start and end <= e for s, e in inside):
            return True
        form = self.md_text(alias["span"])
        at = self.md.find(form)
        while at >= 0:
            if not any(s <= at and at + len(form) <= e for s, e in inside):
                return True
            at = self.md.find(form, at + 1)
        return False

    def joined_tails(self, quotes: list[dict]) -> list[dict]:
        """CONVENTIONS.md: a quotation attached by a comma to reported content of the same source
        (`她说，先生病了，「家里欠债…」`) is part of one mixed statement, as most files annotate it.
        Some files split it into an indirect and a direct item; the scorer joins such a pair."""
        out: list[dict] = []
        for q in sorted(quotes, key=lambda q: q["span"][0]):
            prev = out[-1] if out else None
            if prev is not None and prev["kind"] == "indirect" and q["kind"] == "direct" \
                    and prev["speaker"] == q["speaker"] and prev["unnamed"] == q["unnamed"] \
                    and TAIL_GAP.fullmatch(self.md[prev["span"][1] : q["span"][0]]):
                out[-1] = {**prev, "kind": "mixed", "span": [prev["span"][0], q["span"][1]],
                           "w": self.md_text((prev["span"][0], q["span"][1]))}
            else:
                out.append(q)
        return out

    def md_text(self, span) -> str:  # type: ignore[no-untyped-def]
        return self.md[span[0] : span[1]]

    def miss(self, layer: str, what: str, **detail: object) -> None:
        self.errors.append({"article": self.gold["article"], "layer": layer, "error": what, **detail})

    def score(self, families: dict[str, str]) -> Scores:
        out = Scores()
        self.glosses(out)
        self.entities(out)
        self.quotes(out)
        self.times(out)
        self.events(out, families)
        self.topics(out)
        return out

    def glosses(self, out: Scores) -> None:
        c = out.counts["glosses"]
        pred = [(mapped(g.term_span, self.table), key(g.gloss), g) for g in self.doc.glosses]
        c.gold, c.pred = len(self.gold["glosses"]), len(pred)
        used: set[int] = set()
        for g in self.gold["glosses"]:
            want = (tuple(g["term"]), key(self.md_text(g["original"])))
            hit = next((i for i, (sp, orig, _) in enumerate(pred)
                        if i not in used and sp == want[0] and orig == want[1]), None)
            if hit is None:
                near = [f"{self.md_text(sp) if sp else '?'}（{p.gloss}）" for sp, _, p in pred
                        if sp and overlap(sp, g["span"])]
                self.miss("glosses", "missed", gold=f"{self.md_text(g['term'])}（{self.md_text(g['original'])}）",
                          predicted=near)
                continue
            used.add(hit)
            c.hit_gold += 1
            c.hit_pred += 1
            p = pred[hit][2]
            out.ratios["gloss type"].add(Ratio(int(p.type == g["type"] or (p.type is None and g["type"] == "OTHER")), 1))
            out.ratios["gloss 音译 flag (phonetic)"].add(Ratio(int(p.phonetic == g["transliterated"]), 1))
        if self.gold["glosses"]:
            out.ratios[f"gloss found @ {self.outlet}"].add(Ratio(len(used), len(self.gold["glosses"])))
        if pred:
            out.ratios[f"gloss right, of predicted @ {self.outlet}"].add(Ratio(len(used), len(pred)))

    def entities(self, out: Scores) -> None:
        c = out.counts["entities"]
        c.gold, c.pred = len(self.gold["entities"]), len(self.doc.entities)
        c.hit_gold = sum(bool(p) for p in self.pred_of.values())
        c.hit_pred = sum(bool(self.gold_of.get(e.id)) for e in self.doc.entities)
        typed = out.ratios["entity type"]
        pred = {e.id: e for e in self.doc.entities}
        gold_ents = {e["id"]: e for e in self.gold["entities"]}
        alias, role, affil = out.counts["aliases"], out.counts["roles"], out.counts["affiliations"]
        for gid, g in gold_ents.items():
            mine = [pred[p] for p in self.pred_of[gid]]
            aliases = [a for a in g["aliases"] if self.scored_alias(a)]
            alias.gold += len(aliases)
            role.gold += len(g["roles"])
            affil.gold += len(g["affiliations"])
            if not mine:
                self.miss("entities", "missed", gold=self.md_text(g["name"]), type=g["type"])
                continue
            typed.add(Ratio(int(any(p.type == g["type"] for p in mine)), 1))
            names = set().union(*({key(p.name)} | {key(a) for a in p.aliases} for p in mine))
            spans = {mapped(m, self.table) for p in mine for m in p.mentions}
            for a in aliases:
                if key(self.md_text(a["span"])) in names or tuple(a["span"]) in spans:
                    alias.hit_gold += 1
                else:
                    self.miss("aliases", "missed", entity=self.md_text(g["name"]), gold=self.md_text(a["span"]))
            pred_roles = [(mapped(r.span, self.table), key(r.text)) for p in mine for r in p.roles]
            for r in g["roles"]:
                if any(k == key(self.md_text(r["span"])) or (sp and half_overlap(sp, r["span"]))
                       for sp, k in pred_roles):
                    role.hit_gold += 1
                else:
                    self.miss("roles", "missed", entity=self.md_text(g["name"]), gold=self.md_text(r["span"]),
                              predicted=[k for _, k in pred_roles])
            pred_affil = {a for p in mine for a in p.affiliations}
            for a in g["affiliations"]:
                if pred_affil & self.pred_of.get(a, set()):
                    affil.hit_gold += 1
                else:
                    self.miss("affiliations", "missed", entity=self.md_text(g["name"]),
                              gold=self.md_text(gold_ents[a]["name"]))
        for p in self.doc.entities:
            gids = self.gold_of.get(p.id)
            alias.pred += len(p.aliases)
            role.pred += len(p.roles)
            affil.pred += len(p.affiliations)
            if not gids:
                self.miss("entities", "extra", predicted=p.name, type=p.type)
                continue
            g_aliases = set().union(*({key(self.md_text(a["span"])) for a in gold_ents[g]["aliases"]} |
                                      {key(self.md_text(gold_ents[g]["name"]))} for g in gids))
            alias.hit_pred += sum(key(a) in g_aliases for a in p.aliases)
            g_roles = [(r["span"], key(self.md_text(r["span"]))) for g in gids for r in gold_ents[g]["roles"]]
            for r in p.roles:
                sp = mapped(r.span, self.table)
                role.hit_pred += any(k == key(r.text) or (sp and half_overlap(sp, s)) for s, k in g_roles)
            g_affil = {x for g in gids for a in gold_ents[g]["affiliations"] for x in self.pred_of.get(a, set())}
            affil.hit_pred += sum(a in g_affil for a in p.affiliations)

    def quote_pairs(self) -> list[tuple[dict, int | None]]:
        """Each gold quote with the index of the predicted quote matched to it (None when missed):
        spans overlapping by at least half of the shorter, one to one in reading order."""
        pred = [mapped(q.span, self.table) for q in self.doc.quotes]
        used: set[int] = set()
        out: list[tuple[dict, int | None]] = []
        for g in self.gold_quotes:
            hit = next((i for i, sp in enumerate(pred) if i not in used and sp and half_overlap(sp, g["span"])), None)
            if hit is not None:
                used.add(hit)
            out.append((g, hit))
        return out

    def right_speaker(self, g: dict, speaker: str | None, speaker_span) -> bool:  # type: ignore[no-untyped-def]
        """Whether a predicted speaker is the gold quote's: its entity, or for an unnamed source no
        entity and a speaker text overlapping the gold wording."""
        if g["unnamed"]:
            sp = mapped(speaker_span, self.table) if speaker_span else None
            return speaker is None and sp is not None and bool(g["speaker_span"]) and overlap(sp, g["speaker_span"]) > 0
        return speaker is not None and speaker in self.pred_of.get(g["speaker"], set())

    def quotes(self, out: Scores) -> None:
        c = out.counts["quotes"]
        pred = [(mapped(q.span, self.table), q) for q in self.doc.quotes]
        self.speaker_right: dict[int, bool] = {}
        c.gold, c.pred = len(self.gold_quotes), len(pred)
        used: set[int] = set()
        speaker, kind, unnamed = out.ratios["speaker (matched)"], out.ratios["kind (matched)"], out.ratios["unnamed source (matched)"]
        e2e = out.ratios["speaker, of all gold"]
        for g, hit in self.quote_pairs():
            e2e.total += 1
            if hit is None:
                self.miss("quotes", "missed", gold=g["w"], span=g["span"], kind=g["kind"],
                          speaker=self.speaker_name(g))
                continue
            used.add(hit)
            c.hit_gold += 1
            c.hit_pred += 1
            p = pred[hit][1]
            kind.add(Ratio(int(p.kind == g["kind"]), 1))
            right = self.right_speaker(g, p.speaker, p.speaker_span)
            if g["unnamed"]:
                unnamed.add(Ratio(int(right), 1))
            speaker.add(Ratio(int(bool(right)), 1))
            self.speaker_right[hit] = bool(right)
            e2e.right += int(bool(right))
            out.ratios[f"speaker @ {self.outlet}"].add(Ratio(int(bool(right)), 1))
            if not right:
                self.miss("quotes", "wrong speaker", gold=g["w"], span=g["span"], speaker=self.speaker_name(g),
                          predicted=p.speaker_text, predicted_entity=p.speaker, sieve=p.sieve, resolved_by=p.resolved_by)
            elif p.kind != g["kind"]:
                self.miss("quotes", "wrong kind", gold=g["w"], span=g["span"], kind=g["kind"], predicted=p.kind)
        for i, (sp, p) in enumerate(pred):
            if i not in used:
                self.miss("quotes", "extra", predicted=p.text[:30], span=sp, speaker=p.speaker_text, sieve=p.sieve)
        self.sieves(out, pred, used)

    def sieves(self, out: Scores, pred: list, used: set[int]) -> None:  # type: ignore[type-arg]
        """Per sieve: how many of its statements match a gold one, and of those how many have the right speaker."""
        right = {i for i, _ in enumerate(pred) if i in used and self.speaker_right.get(i)}
        for i, (_, p) in enumerate(pred):
            for stage, name in (("statement", p.sieve), ("speaker", p.resolved_by)):
                out.ratios[f"sieve {stage} {name}: found"].add(Ratio(int(i in used), 1))
                if i in used:
                    out.ratios[f"sieve {stage} {name}: speaker right"].add(Ratio(int(i in right), 1))

    def speaker_name(self, g: dict) -> str | None:
        if g["unnamed"]:
            return "(unnamed) " + self.md_text(g["speaker_span"])
        ent = next(e for e in self.gold["entities"] if e["id"] == g["speaker"])
        return self.md_text(ent["name"])

    def times(self, out: Scores) -> None:
        c = out.counts["times"]
        pred = [(mapped(t.span, self.table), t) for t in self.doc.times]
        c.gold, c.pred = len(self.gold["times"]), len(pred)
        used: set[int] = set()
        right = out.ratios["time value, of all gold"]
        for g in self.gold["times"]:
            right.total += 1
            hit = next((i for i, (sp, _) in enumerate(pred) if i not in used and sp and overlap(sp, g["span"])), None)
            if hit is None or not time_equal(pred[hit][1], g["value"]):
                out.ratios[f"time value @ {self.outlet}"].add(Ratio(0, 1))
            if hit is None:
                self.miss("times", "missed", gold=g["w"], value=g["value"])
                continue
            used.add(hit)
            c.hit_gold += 1
            c.hit_pred += 1
            if time_equal(pred[hit][1], g["value"]):
                right.right += 1
                out.ratios[f"time value @ {self.outlet}"].add(Ratio(1, 1))
            else:
                t = pred[hit][1]
                self.miss("times", "wrong value", gold=g["w"], value=g["value"], predicted=t.value, range=t.range)

    def events(self, out: Scores, families: dict[str, str]) -> None:
        c = out.counts["events (type, trigger)"]
        full = out.ratios["events with who, where, when, of all gold"]
        pred, matches = self.event_matches(families)
        c.gold, c.pred = len(self.gold["events"]), len(pred)
        gold_times = self.gold["times"]
        hit_pred: set[int] = set()
        for g, hits in matches:
            full.total += 1
            if not hits:
                self.miss("events", "missed", gold=g["w"], type=g["type"])
                continue
            hit_pred.update(hits)
            c.hit_gold += 1
            wrongs = [self.event_wrong(pred[i][1], g, gold_times) for i in hits]
            ok = any(not w for w in wrongs)
            full.right += int(ok)
            p = pred[hits[0]][1]
            who = out.counts["event participants, of found"]  # extra participants cost precision only here
            who.gold += len(g["participants"])
            who.pred += len(p.participants)
            who.hit_gold += sum(bool(self.pred_of.get(x, set()) & set(p.participants)) for x in g["participants"])
            who.hit_pred += sum(bool(self.gold_of.get(x, set()) & set(g["participants"])) for x in p.participants)
            for arg in ("participants", "place", "time"):  # which argument fails, of the found ones
                out.ratios[f"event {arg} right, of found"].add(Ratio(int(any(arg not in w for w in wrongs)), 1))
            out.ratios["event modality, of found"].add(Ratio(int(p.modality == g["modality"]), 1))
            if not ok:
                self.miss("events", "arguments", gold=g["w"], type=g["type"],
                          participants=[self.entity_name(x) for x in g["participants"]],
                          place=self.entity_name(g["place"]),
                          time=gold_times[g["time"]]["value"] if g["time"] is not None else None,
                          predicted={"participants": [self.pred_name(x) for x in p.participants],
                                     "place": self.pred_name(p.place),
                                     "time": self.doc.times[p.time].value if p.time is not None else None},
                          wrong=self.event_wrong(p, g, gold_times))
        c.hit_pred = len(hit_pred)
        for i, (sps, p) in enumerate(pred):
            if i not in hit_pred:
                self.miss("events", "extra", predicted=self.doc.span_text(p.trigger), type=p.type, span=sps[0])

    def event_matches(self, families: dict[str, str]) -> tuple[list, list[tuple[dict, list[int]]]]:  # type: ignore[type-arg]
        """The predicted events but verbal acts (their triggers in Markdown offsets, and the Event) and, for each
        gold event, the indices of those that match it: the same family and an overlapping trigger."""
        pred = [([mapped(t, self.table) for t in (e.trigger, *e.also)], e) for e in self.doc.events
                if families.get(e.type) != "speech"]
        matches = []
        for g in self.gold["events"]:
            fam = families.get(g["type"])
            triggers = [g["trigger"]] + g.get("also", [])
            matches.append((g, [i for i, (sps, p) in enumerate(pred) if families.get(p.type) == fam
                                and any(sp and overlap(sp, t) for sp in sps for t in triggers)]))
        return pred, matches

    def event_wrong(self, p, g: dict, gold_times: list[dict]) -> list[str]:  # type: ignore[no-untyped-def]
        """Which of participants, place and time the predicted event gets wrong."""
        wrong = []
        if any(not (self.pred_of.get(x, set()) & set(p.participants)) for x in g["participants"]):
            wrong.append("participants")
        if g["place"] is not None and p.place not in self.pred_of.get(g["place"], set()):
            wrong.append("place")
        if g["time"] is not None:
            if p.time is None or not time_equal(self.doc.times[p.time], gold_times[g["time"]]["value"]):
                wrong.append("time")
        return wrong

    def pred_name(self, pid: str | None) -> str | None:
        return next((e.name for e in self.doc.entities if e.id == pid), None) if pid else None

    def entity_name(self, gid: str | None) -> str | None:
        if gid is None:
            return None
        ent = next(e for e in self.gold["entities"] if e["id"] == gid)
        return self.md_text(ent["name"])

    def topics(self, out: Scores) -> None:
        c = out.counts["topics"]
        gold = set(self.gold["topics"])
        tax = taxonomy()
        top = {label: tid for tid, label in tax.labels.items() if tid not in tax.parent}
        pred = {top[t.label] for t in self.doc.topics if t.event is None and t.label in top}
        c.gold, c.pred = len(gold), len(pred)
        c.hit_gold = c.hit_pred = len(gold & pred)
        if gold - pred:
            self.miss("topics", "missed", gold=sorted(gold - pred), predicted=sorted(pred))

    @property
    def outlet(self) -> str:
        return self.gold.get("_outlet", "?")


# Parts of a year the annotators did not settle (CONVENTIONS.md, second batch): 年初 as months 01–02 or
# 01–03, 年底 as 10–12 or 11–12; either reading is right against the other.
YEAR_PARTS = ({"01/02", "01/03"}, {"10/12", "11/12"})


def time_equal(t, gold: str) -> bool:  # type: ignore[no-untyped-def]
    if len(gold) == 4 and gold.endswith("X"):
        gold = f"{gold[:3]}0/{gold[:3]}9"
    if "/" in gold:
        if not t.range or None in t.range:
            return False  # an open end is never right
        mine = "/".join(t.range)
        return mine == gold or _same_year_part(mine, gold)
    return t.value == gold


def _same_year_part(a: str, b: str) -> bool:
    """Whether two month ranges of one year are the two readings of the same unsettled part of it."""
    (a1, a2), (b1, b2) = a.split("/"), b.split("/")
    if not all(len(x) == 7 for x in (a1, a2, b1, b2)) or len({a1[:4], a2[:4], b1[:4], b2[:4]}) != 1:
        return False
    months = {f"{a1[5:]}/{a2[5:]}", f"{b1[5:]}/{b2[5:]}"}
    return any(months <= part for part in YEAR_PARTS)


# --- running -------------------------------------------------------------------------------------



def report(title: str, scores: Scores, n: int) -> None:
    print(f"\n## {title} ({n} articles)\n")
    print("| layer | gold | predicted | P | R | F1 |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for name, c in scores.counts.items():
        p, r, f = c.prf()
        print(f"| {name} | {c.gold} | {c.pred} | {fmt(p)} | {fmt(r)} | {fmt(f)} |")
    print("\n| accuracy | right / total | value |")
    print("| --- | ---: | ---: |")
    for name, r in sorted(scores.ratios.items(), key=lambda kv: ("@" in kv[0], kv[0].startswith("sieve"), kv[0])):
        print(f"| {name} | {r.right} / {r.total} | {fmt(r.value())} |")


def dev_half(name: str) -> str:
    """The half of dev an article falls in: fixed by its name, so it never depends on the gold set's size."""
    return "ab"[hashlib.sha1(name.encode("utf-8")).digest()[0] % 2]


def dev_articles(pool: Path, half: str | None = None, pipeline: Pipeline | None = None) -> Iterator[tuple[str, Annotated]]:
    """Each dev article (of one half when `half` is given), analysed and beside its gold file, with its
    half: what the training scripts and `participant_misses.py` read."""
    for path in gold_files():
        gold = load(path)
        name = gold["article"]
        if gold["split"] != "dev" or half is not None and dev_half(name) != half:
            continue
        md = pool_text(name, pool)
        doc = analyze(read_markdown(md, str(pool / f"{name}.md")), anchor=gold["published"], pipeline=pipeline)
        yield dev_half(name), Annotated(gold, md, doc)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test", "all"), default="all")
    parser.add_argument("--errors", type=Path, help="write the dev articles' misses here as JSON Lines")
    parser.add_argument("--skip", nargs="*", default=[], metavar="COMPONENT",
                        help=f"pipeline components to leave out (of {', '.join(DEFAULT_PIPELINE)})")
    parser.add_argument("--skip-step", nargs="*", default=[], metavar="STEP",
                        help="candidate-mention steps (newsmine.analyze.candidates), event rankers "
                             f"({', '.join(event_rankers.RANKERS)}) or event participant rules "
                             f"({', '.join(events.STEPS)}) to leave out")
    parser.add_argument("--skip-sieve", nargs="*", default=[], metavar="SIEVE",
                        help=f"quote-attribution sieves to switch off (of {', '.join(SIEVES)})")
    parser.add_argument("--only", nargs="*", default=[], metavar="NAME", help="only these articles")
    parser.add_argument("--dev-half", choices=("a", "b"),
                        help="only this half of dev (a fixed split by article name): write rules from the "
                             "errors of one half, and see whether they hold on the other")
    parser.add_argument("--pool", type=Path, default=POOL)
    args = parser.parse_args()
    if not args.pool.is_dir():
        print(f"skipped: no pool at {args.pool}")
        return 0
    pipeline = Pipeline([c for c in DEFAULT_PIPELINE if c not in args.skip])
    try:
        candidates.disable(*(s for s in args.skip_step if s not in event_rankers.RANKERS + events.STEPS))
        event_rankers.disable(*(s for s in args.skip_step if s in event_rankers.RANKERS))
        events.RULES.disable(*(s for s in args.skip_step if s in events.STEPS))
    except PipelineError as e:
        parser.error(str(e))
    families = event_families()
    totals = {"dev": Scores(), "test": Scores()}
    counts = {"dev": 0, "test": 0}
    errors: list[dict] = []
    for path in gold_files():
        gold = load(path)
        name = gold["article"]
        if args.only and name not in args.only:
            continue
        if args.split != "all" and gold["split"] != args.split:
            continue
        if args.dev_half and (gold["split"] != "dev" or dev_half(name) != args.dev_half):
            continue
        md = pool_text(name, args.pool)
        gold["_outlet"] = pool_meta(name, args.pool)["outlet"]
        with switched_off(set(args.skip_sieve)):
            doc = analyze(read_markdown(md, str(args.pool / f"{name}.md")), anchor=gold["published"], pipeline=pipeline)
        art = Annotated(gold, md, doc)
        totals[gold["split"]].add(art.score(families))
        counts[gold["split"]] += 1
        if gold["split"] == "dev":
            errors += art.errors
    off = f"; sieves off: {', '.join(args.skip_sieve)}" if args.skip_sieve else ""
    off += f"; without the steps {', '.join(args.skip_step)}" if args.skip_step else ""
    print(f"# newsmine on the annotated real articles (pipeline: {', '.join(pipeline.names)}{off})")
    for split in ("dev", "test"):
        if counts[split]:
            half = f", half {args.dev_half}" if args.dev_half else ""
            report(f"{split}{half}{' — tuned on' if split == 'dev' else ' — measured only, never inspected'}",
                   totals[split], counts[split])
    if args.errors:
        with args.errors.open("w", encoding="utf-8") as fh:
            for e in errors:
                fh.write(json.dumps(e, ensure_ascii=False) + "\n")
        print(f"\n{len(errors)} dev misses written to {args.errors}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
