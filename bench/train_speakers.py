"""Train the speaker ranker (`newsmine.analyze.speaker_ranker`) on the dev gold files.

    python bench/train_speakers.py [--train a|b|dev] [--eval a|b] [--l2 X] [--steps N] [--write] [--pool DIR]

Runs the pipeline with the ranker switched off on the dev articles of `bench/gold/` (`--train`: one
half of bench/analysis.py's `--dev-half` split, or all of dev), matches the found statements to the
gold ones as bench/analysis.py scores them, and for each matched statement builds the ranker's group
of candidate speakers with the right one marked (the `elsewhere` candidate when none is offered).
It fits the weights with bench/learn.py and prints the model's share of groups chosen right; with
`--eval` it also prints, for the other half, totals only: the share chosen right, how many speakers
each override margin would leave right, and how often quotes are right by confidence. `--write`
writes `src/newsmine/data/speaker_ranker.tsv`. Test articles are never read.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from analysis import dev_articles  # noqa: E402
from corpus import POOL  # noqa: E402
from learn import Group, accuracy, fit, scores, write  # noqa: E402

from newsmine.analyze.linear import softmax  # noqa: E402
from newsmine.analyze.sieves import switched_off  # noqa: E402
from newsmine.analyze.speaker_ranker import MODEL, Ranker  # noqa: E402

OUT = HERE.parent / "src" / "newsmine" / "data" / f"{MODEL}.tsv"
MARGINS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.7, 1.1)  # 1.1: never override


def groups(which: str, pool: Path, sieve_confidence: list[float] | None = None) -> list[Group]:
    """The candidate groups of the matched statements of the dev articles in `which` (a, b or dev);
    `sieve_confidence`, when given, receives each statement's confidence from the sieves alone."""
    out: list[Group] = []
    with switched_off({"ranker"}):  # the sieves' confidence, before the ranker replaces it
        for _, art in dev_articles(pool, None if which == "dev" else which):
            doc = art.doc
            ranker = Ranker(doc)
            for g, hit in art.quote_pairs():
                if hit is None:
                    continue
                group = ranker.group(hit)
                right = next((k for k, c in enumerate(group[:-1]) if art.right_speaker(g, c.entity, c.span)), len(group) - 1)
                out.append(([c.features for c in group], right))
                if sieve_confidence is not None:
                    sieve_confidence.append(doc.quotes[hit].confidence or 0.0)
    return out


def decisions(weights: dict[str, float], held: list[Group], sieve_confidence: list[float]) -> None:
    """Totals on held-out groups: speakers right under each override margin, and by confidence."""
    scored = []
    for cands, right in held:
        probs = softmax(scores(weights, cands))  # as `linear.probabilities` gives them from the written file
        best = max(range(len(cands) - 1), key=lambda k: (probs[k], -k))
        scored.append((probs, best, right))
    n = len(scored)
    beside = sum(0 < r < len(p) - 1 for p, _, r in scored)
    print(f"\nheld-out statements: {n}; the sieves' choice right: {sum(r == 0 for _, _, r in scored)}; "
          f"the right speaker offered beside a wrong choice: {beside}")
    print("| margin | overrides | right after | overrides right | overrides that were right before |")
    print("| ---: | ---: | ---: | ---: | ---: |")
    for margin in MARGINS:
        over = [(p, b, r) for p, b, r in scored if b != 0 and p[b] - p[0] >= margin]
        right = sum(r == 0 for p, b, r in scored if not (b != 0 and p[b] - p[0] >= margin)) + sum(b == r for _, b, r in over)
        print(f"| {margin} | {len(over)} | {right} / {n} ({right / n:.3f}) | {sum(b == r for _, b, r in over)} "
              f"| {sum(r == 0 for _, _, r in over)} |")
    print("\n| confidence in the sieves' choice | the sieves' product: quotes | right | the model's probability: quotes | right |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for lo, hi in ((0.0, 0.5), (0.5, 0.8), (0.8, 0.9), (0.9, 1.01)):
        cells = []
        for conf in (sieve_confidence, [p[0] for p, _, _ in scored]):
            inside = [r == 0 for c, (_, _, r) in zip(conf, scored) if lo <= c < hi]
            cells.append(f"{len(inside)} | {sum(inside) / len(inside):.3f}" if inside else "0 | -")
        print(f"| {lo}–{min(hi, 1.0)} | {' | '.join(cells)} |")
    brier = [sum((c - (r == 0)) ** 2 for c, (_, _, r) in zip(conf, scored)) / max(n, 1)
             for conf in (sieve_confidence, [p[0] for p, _, _ in scored])]
    print(f"\nBrier score of the confidence in the sieves' choice (lower is better): the sieves' product "
          f"{brier[0]:.4f}, the model's probability {brier[1]:.4f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", choices=("a", "b", "dev"), default="dev")
    parser.add_argument("--eval", choices=("a", "b"), help="the held-out half: totals only")
    parser.add_argument("--l2", type=float, default=0.01)
    parser.add_argument("--steps", type=int, default=400)
    parser.add_argument("--write", action="store_true", help=f"write the model to {OUT.relative_to(HERE.parent)}")
    parser.add_argument("--pool", type=Path, default=POOL)
    args = parser.parse_args()
    if not args.pool.is_dir():
        print(f"no pool at {args.pool}: the training articles are in ../shared/data/news_zh/pool", file=sys.stderr)
        return 2
    train = groups(args.train, args.pool)
    weights = fit(train, l2=args.l2, steps=args.steps)
    offered = sum(r < len(c) - 1 for c, r in train)
    print(f"trained on dev{'' if args.train == 'dev' else ' half ' + args.train}: {len(train)} statements "
          f"({offered} with the right speaker offered), {len(weights)} weights; "
          f"right on the training groups: {accuracy(weights, train):.3f} (the sieves' choice: "
          f"{sum(r == 0 for _, r in train) / max(len(train), 1):.3f})")
    if args.eval:
        sieve_confidence: list[float] = []
        held = groups(args.eval, args.pool, sieve_confidence)
        print(f"half {args.eval}, held out: the model's choice right in {accuracy(weights, held):.3f} of "
              f"{len(held)} groups (the sieves' choice: {sum(r == 0 for _, r in held) / max(len(held), 1):.3f})")
        decisions(weights, held, sieve_confidence)
    if args.write:
        trained = "the 106 dev articles" if args.train == "dev" else f"dev half {args.train}"
        write(OUT, weights, f"trained by bench/train_speakers.py on {trained} of bench/gold (conditional logit, "
                            f"l2={args.l2}, steps={args.steps}), {date.today().isoformat()}; features in "
                            f"analyze/speaker_ranker.py; no test article read")
        print(f"written: {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
