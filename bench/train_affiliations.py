"""Fit the affiliation ranker (`newsmine.analyze.affiliation_ranker`) on the dev gold files.

    python bench/train_affiliations.py [--half a|b] [--l2 L2] [--steps N] [--write] [--out FILE] [--pool DIR]

Runs the pipeline up to the roles layer (the rules, without the ranker) on each dev article, takes
every candidate pair `affiliation_ranker.candidates` offers for a person that matches a gold entity
(bench/analysis.py's matching), and labels it by whether the candidate is the entity of one of that
person's gold affiliations. Each pair is a group of two (its features against `none`); `bench/learn.py`
fits the weights. `--half a` trains on dev half a only and prints the model's accuracy on half b's
groups (totals only), to choose features and settings; without it the model is trained on all of
dev. `--write` writes the model to `--out` (the shipped `src/newsmine/data/affiliation_ranker.tsv`),
as the other training scripts do; without it only the figures are printed. Test articles are never read.
"""

from __future__ import annotations

import argparse
import math
import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "gold"))
sys.path.insert(0, str(HERE))

from analysis import Annotated, dev_articles  # noqa: E402
from corpus import POOL  # noqa: E402
from learn import Group, accuracy, fit, write  # noqa: E402

from newsmine.analyze import affiliation_ranker  # noqa: E402
from newsmine.analyze.pipeline import Pipeline  # noqa: E402

RULES = ("sentences", "glosses", "entities", "roles")
THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6)
MODEL = HERE.parent / "src" / "newsmine" / "data" / f"{affiliation_ranker.MODEL}.tsv"


Example = tuple[Group, bool]  # a pair's group, and whether the rules link the pair already


def groups_of(article: Annotated) -> list[Example]:
    """One group of two per candidate pair of a matched person: the pair (right when the candidate
    is the entity of one of the person's gold affiliations) and `none`."""
    gold = {e["id"]: e for e in article.gold["entities"]}
    by_id = {e.id: e for e in article.doc.entities}
    out: list[Example] = []
    for (person, body), features in sorted(affiliation_ranker.candidates(article.doc).items()):
        gids = article.gold_of.get(person)
        if not gids:
            continue
        right = {p for g in gids for a in gold[g]["affiliations"] for p in article.pred_of.get(a, set())}
        out.append((([features, ["none"]], 0 if body in right else 1), body in by_id[person].affiliations))
    return out


def dev_groups(pool: Path) -> dict[str, list[Example]]:
    """The groups of every dev article, by half."""
    pipeline = Pipeline(RULES)
    out: dict[str, list[Example]] = {"a": [], "b": []}
    for half, art in dev_articles(pool, pipeline=pipeline):
        out[half] += groups_of(art)
    return out


def counts(weights: dict[str, float], examples: list[Example], threshold: float) -> str:
    """Pairs the model would add (those the rules do not link) at `threshold`: right / all."""
    added = right = 0
    for (cands, label), linked in examples:
        score = sum(weights.get(f, 0.0) for f in cands[0]) - weights.get("none", 0.0)
        if not linked and score >= math.log(threshold / (1 - threshold)):
            added += 1
            right += label == 0
    return f"{right}/{added}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=("a", "b"), help="train on this dev half only; score the other")
    parser.add_argument("--l2", type=float, default=0.01)
    parser.add_argument("--steps", type=int, default=400)
    parser.add_argument("--write", action="store_true", help="write the model file (else only print the figures)")
    parser.add_argument("--out", type=Path, default=MODEL)
    parser.add_argument("--pool", type=Path, default=POOL)
    args = parser.parse_args()
    if not args.pool.is_dir():
        print(f"train_affiliations: no pool at {args.pool} (the dev articles are read from ../shared)", file=sys.stderr)
        return 1
    halves = dev_groups(args.pool)
    examples = halves[args.half] if args.half else halves["a"] + halves["b"]
    train = [group for group, _ in examples]
    weights = fit(train, l2=args.l2, steps=args.steps)
    print(f"trained on {len(train)} pairs ({sum(r == 0 for _, r in train)} affiliations); "
          f"accuracy {accuracy(weights, train):.3f}")
    if args.half:
        other = halves["b" if args.half == "a" else "a"]
        print(f"held-out half: {len(other)} pairs, accuracy {accuracy(weights, [g for g, _ in other]):.3f}; "
              "added right/all at " + ", ".join(f"{t}: {counts(weights, other, t)}" for t in THRESHOLDS))
    if not args.write:
        return 0
    which = f"dev half {args.half}" if args.half else "the 106 dev articles"
    write(args.out, weights,
          f"trained by bench/train_affiliations.py on {which} of bench/gold (conditional logit, l2={args.l2}, "
          f"steps={args.steps}), {date.today().isoformat()}; features in analyze/affiliation_ranker.py; "
          "no test article read")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
