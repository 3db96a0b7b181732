"""Quotation benchmark: recall, precision, speaker and kind accuracy on articles we wrote and annotated.

    python bench/quotes.py [GOLD_DIR] [--names pipeline|gold] [--min-recall R] [--min-speaker S]

GOLD_DIR (default bench/quotes/) holds `*.gold.json` files; each names its article (a Markdown file,
relative to the gold file), the entities of the article with their written forms, and the expected
statements: `quote` (an exact, unique substring of the statement), `kind`, `speaker` (the entity's
full name, or null for an anonymous source, whose `speaker_text` is then given) and `addressee`.

A predicted quote matches a gold statement when their spans overlap by at least half of the shorter
one (one-to-one, in reading order). Speaker accuracy is over matched statements:
- `--names pipeline` (default): the speaker entity the pipeline's own names layer gives. Without a
  names layer every named speaker is null, so this figure is only meaningful once it is present.
- `--names gold`: the names layer is built from the gold entities (a mention for each written form),
  as a perfect names layer would give; this measures the quotes layer on its own.
The speaker *phrase* figure checks `speaker_text` against the gold name (full or short form, or the
anonymous source's words); pronouns count as wrong there, since only the names layer resolves them.
Exit status 1 when a `--min-*` floor is not reached; the benchmark skips cleanly when GOLD_DIR is absent.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from newsmine.analyze.pipeline import DEFAULT_PIPELINE, REGISTRY, Pipeline, analyze, make_doc
from newsmine.analyze.text import normalise
from newsmine.model import Article, Block, Doc, Entity, Mention, Quote, Span
from newsmine.read import read_article

from tally import Summable

HERE = Path(__file__).resolve().parent


@dataclass
class Tally(Summable):
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    speaker: int = 0
    phrase: int = 0
    kind: int = 0
    addressee_gold: int = 0
    addressee: int = 0
    misses: list[str] = field(default_factory=list)



def gold_names_layer(doc: Doc, entities: list[dict]) -> None:
    """Mentions for every written form of every gold entity (longest first, no overlaps)."""
    doc.entities, doc.mentions = [], []
    forms = []
    for i, e in enumerate(entities):
        doc.entities.append(Entity(id=f"g{i}", type=e["type"], name=e["name"], aliases=e.get("forms", [])))
        forms += [(form, e["type"], f"g{i}") for form in {e["name"], *e.get("forms", [])}]
    taken: list[Span] = []
    for form, type_, eid in sorted(forms, key=lambda f: len(f[0]), reverse=True):
        for m in re.finditer(re.escape(form), doc.text):
            span = Span(m.start(), m.end())
            if not any(s.start < span.end and span.start < s.end for s in taken):
                doc.mentions.append(Mention(span, form, type_, eid, "gold"))
                taken.append(span)
    doc.mentions.sort(key=lambda m: m.span.start)


def run_doc(path: Path, gold: dict, names: str) -> Doc:
    article = read_article(str(path))
    if names == "pipeline":
        return analyze(article, source=str(path))
    before = [n for n in DEFAULT_PIPELINE if n != "quotes"]
    doc = Pipeline(before)(make_doc(article, source=str(path)))
    gold_names_layer(doc, gold.get("entities", []))
    REGISTRY["quotes"].func(doc)
    return doc


def real_doc(path: Path, gold: dict, names: str) -> Doc:
    """A real article from the shared data (one paragraph a non-empty line), through the pipeline."""
    lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    article = Article(title=gold.get("outlet", path.stem), blocks=[Block("paragraph", text=line) for line in lines])
    if names == "pipeline":
        return Pipeline(DEFAULT_PIPELINE)(make_doc(article, source=str(path)))
    doc = Pipeline([n for n in DEFAULT_PIPELINE if n != "quotes"])(make_doc(article, source=str(path)))
    gold_names_layer(doc, gold.get("entities", []))
    REGISTRY["quotes"].func(doc)
    return doc


def locate(doc: Doc, st: dict) -> tuple[str, int]:
    """Where a real-article statement is, by locator (no article text in the gold): the `nth`
    occurrence of its `cue` in paragraph `paragraph`, or the `quote`-th quotation mark opening there."""
    part = [p for p in doc.parts if p.part == "block"][st["paragraph"]]
    text = doc.text[part.span.start : part.span.end]
    if "quote" in st:
        opens = [k for k, ch in enumerate(text) if ch in "“「『"]
        return "quote", part.span.start + opens[st["quote"] - 1]
    k = -1
    for _ in range(st["nth"]):
        k = text.find(st["cue"], k + 1)
        if k < 0:
            raise SystemExit(f"cue {st['cue']!r} #{st['nth']} not in paragraph {st['paragraph']}")
    return "cue", part.span.start + k


def score_real(doc: Doc, gold: dict, label: str) -> Tally:
    tally = Tally(gold=len(gold["statements"]), predicted=len(doc.quotes))
    free: list[Quote] = list(doc.quotes)
    for st in gold["statements"]:
        how, at = locate(doc, st)
        if how == "quote":
            q = next((q for q in free if q.span.start - 1 == at), None)
        else:
            q = next((q for q in free if q.cue_span is not None and q.cue_span.start <= at < q.cue_span.end), None)
        where = f"p{st['paragraph']} {st.get('cue') or 'quote'} #{st.get('nth') or st.get('quote')}"
        if q is None:
            tally.misses.append(f"{label}: missed {where}")
            continue
        free.remove(q)
        _judge(doc, q, st, tally, f"{label} {where}")
    tally.misses += [f"{label}: extra at {q.span.start}" for q in free]
    return tally


def names_of(doc: Doc, entity_id: str | None) -> set[str]:
    entity = next((e for e in doc.entities if e.id == entity_id), None)
    return set() if entity is None else {entity.name, entity.original_name or "", *entity.aliases} - {""}


def phrase_names(text: str | None, gold_name: str) -> bool:
    if not text:
        return False
    t, g = normalise(text), normalise(gold_name)
    return t == g or (len(t) >= 2 and g.endswith("·" + t)) or (len(g) >= 2 and t.startswith(g))


def score(doc: Doc, gold: dict, label: str) -> Tally:
    tally = Tally(gold=len(gold["statements"]), predicted=len(doc.quotes))
    free: list[Quote] = list(doc.quotes)
    for st in gold["statements"]:
        k = doc.text.find(st["quote"])
        if k < 0 or doc.text.find(st["quote"], k + 1) >= 0:
            raise SystemExit(f"{label}: gold quote not found once in the text: {st['quote']!r}")
        span = Span(k, k + len(st["quote"]))
        q = next((q for q in free if _overlap(q.span, span)), None)
        if q is None:
            tally.misses.append(f"{label}: missed {st['quote'][:24]}…")
            continue
        free.remove(q)
        _judge(doc, q, st, tally, f"{label}: {st['quote'][:16]}…")
    tally.misses += [f"{label}: extra {q.text[:24]}…" for q in free]
    return tally


def _judge(doc: Doc, q: Quote, st: dict, tally: Tally, where: str) -> None:
    """Count a matched statement's kind, speaker, speaker phrase and addressee."""
    tally.matched += 1
    tally.kind += q.kind == st["kind"]
    if q.kind != st["kind"]:
        tally.misses.append(f"{where}: kind {q.kind}, gold {st['kind']}")
    if st["speaker"] is None:
        ok = q.speaker is None and normalise(q.speaker_text or "").endswith(normalise(st["speaker_text"]))
        phrase = ok
    else:
        ok = st["speaker"] in names_of(doc, q.speaker)
        phrase = phrase_names(q.speaker_text, st["speaker"])
    tally.speaker += ok
    tally.phrase += phrase
    if not ok:
        tally.misses.append(f"{where}: speaker {q.speaker_text!r}/{q.speaker}, gold {st['speaker'] or st['speaker_text']}")
    if st.get("addressee"):
        tally.addressee_gold += 1
        tally.addressee += q.addressee_text == st["addressee"]


def _overlap(a: Span, b: Span) -> bool:
    shared = min(a.end, b.end) - max(a.start, b.start)
    return shared > 0 and shared >= 0.5 * min(len(a), len(b))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold_dir", nargs="?", default=str(HERE / "quotes"))
    parser.add_argument("--data", default=str(HERE.parent.parent / "shared" / "data"),
                        help="the shared data folder holding news_zh/ (real articles; gold in GOLD_DIR/real/)")
    parser.add_argument("--names", choices=["pipeline", "gold"], default="pipeline")
    parser.add_argument("--min-recall", type=float, default=0.0)
    parser.add_argument("--min-speaker", type=float, default=0.0)
    parser.add_argument("--verbose", "-v", action="store_true", help="list every miss and extra")
    args = parser.parse_args(argv)
    gold_dir = Path(args.gold_dir)
    files = sorted(gold_dir.glob("*.gold.json")) if gold_dir.is_dir() else []
    if not files:
        print(f"skipped: no *.gold.json in {gold_dir}")
        return 0
    total, by_script = Tally(), {}
    for gold_path in files:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = run_doc((gold_path.parent / gold["article"]).resolve(), gold, args.names)
        tally = score(doc, gold, gold_path.name.removesuffix(".gold.json"))
        total.add(tally)
        by_script.setdefault(doc.article.script or "unknown", Tally()).add(tally)
        print(f"{gold_path.name:42} gold {tally.gold:3}  found {tally.matched:3}  extra "
              f"{tally.predicted - tally.matched:2}  speaker {tally.speaker:3}  phrase {tally.phrase:3}  kind {tally.kind:3}")
    real, real_files = Tally(), sorted((gold_dir / "real").glob("*.gold.json"))
    data = Path(args.data)
    for gold_path in real_files:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        source = data / gold["source"]
        if not source.exists():
            print(f"{gold_path.name:42} skipped: {source} is absent")
            continue
        tally = score_real(real_doc(source, gold, args.names), gold, "real/" + gold_path.name.removesuffix(".gold.json"))
        real.add(tally)
        print(f"real/{gold_path.name:37} gold {tally.gold:3}  found {tally.matched:3}  extra "
              f"{tally.predicted - tally.matched:2}  speaker {tally.speaker:3}  phrase {tally.phrase:3}  kind {tally.kind:3}")
    if real.gold:
        by_script["real articles"] = real
    print()
    for name, t in [*sorted(by_script.items()), ("ours, all", total)]:
        print(f"{name:12} recall {_pct(t.matched, t.gold)}  precision {_pct(t.matched, t.predicted)}  "
              f"speaker {_pct(t.speaker, t.matched)}  speaker phrase {_pct(t.phrase, t.matched)}  "
              f"kind {_pct(t.kind, t.matched)}  addressee {_pct(t.addressee, t.addressee_gold)}  "
              f"({t.gold} statements, names layer: {args.names})")
    if args.verbose:
        print("\n".join(["", *total.misses, *real.misses]))
    recall = total.matched / total.gold if total.gold else 0.0
    speaker = total.speaker / total.matched if total.matched else 0.0
    return 1 if recall < args.min_recall or speaker < args.min_speaker else 0


def _pct(n: int, d: int) -> str:
    return f"{100 * n / d:5.1f}%" if d else "    —"


if __name__ == "__main__":
    sys.exit(main())
