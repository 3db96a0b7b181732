"""Train the event place and time rankers (`newsmine.analyze.event_rankers`) on the dev gold files.

    python bench/train_events.py [--train a|b|dev] [--eval a|b] [--model place time] [--l2 L2] [--steps N] [--write]

Runs the pipeline with the rankers off on each dev article (the rules' places and times), matches its events to the
gold ones as `bench/analysis.py` does (`Annotated.event_matches`: same family, overlapping trigger), and builds, for
each found gold event that both the gold and the rules place (date), one group over the candidate places
(`event_rankers.place_candidates`; times: `time_candidates`, right when the value is the gold's by `analysis.time_equal`),
left out when no candidate is right: the model chooses which, the rules whether there is one. Fits each model with
`bench/learn.py` on the `--train` articles (half a or b of `--dev-half`, or all of dev) with the L2 penalty chosen
on half b (`L2`), prints its accuracy and the rules' on the training groups and on the `--eval` half's, and with
`--write` writes `src/newsmine/data/event_place_ranker.tsv` and `event_time_ranker.tsv`. Test articles are never
read. Exits with a message when the pool (`../shared`) is absent.
"""

from __future__ import annotations

import argparse
import datetime
import sys
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "gold"))
sys.path.insert(0, str(HERE))

from analysis import Annotated, dev_articles, time_equal  # noqa: E402
from corpus import POOL, event_families  # noqa: E402
from learn import Group, accuracy, fit, write  # noqa: E402

from newsmine.analyze import event_rankers as rankers  # noqa: E402

DATA = HERE.parent / "src" / "newsmine" / "data"
MODELS = {"place": rankers.PLACE_MODEL, "time": rankers.TIME_MODEL}
L2 = {"place": 0.03, "time": 0.03}  # chosen by training on half a and scoring half b
RULES = {"rule": 1.0}  # a model that keeps the rules' choice


def groups_of(art: Annotated, families: dict[str, str]) -> dict[str, list[Group]]:
    """One article's groups: per found gold event placed (dated) by the gold and the rules, its candidate places
    (times) and which is right."""
    out: dict[str, list[Group]] = {"place": [], "time": []}
    pred, matches = art.event_matches(families)
    article = rankers.Article(art.doc)
    for gold, hits in matches:
        if not hits:
            continue
        event = pred[hits[0]][1]
        if gold["place"] is not None and event.place is not None:
            places = rankers.place_candidates(article, event)
            want = art.pred_of.get(gold["place"], set())
            out["place"].append(([c.features for c in places],
                                 next((i for i, c in enumerate(places) if c.choice in want), -1)))
        if gold["time"] is not None and event.time is not None:
            times = rankers.time_candidates(article, event)
            value = art.gold["times"][gold["time"]]["value"]
            out["time"].append(([c.features for c in times], next(
                (i for i, c in enumerate(times) if time_equal(art.doc.times[c.choice], value)), -1)))  # type: ignore[index]
    return out


def collect(pool: Path) -> dict[str, dict[str, list[Group]]]:
    """The groups of every dev article, by half (`a`, `b`) and model."""
    families = event_families()
    out: dict[str, dict[str, list[Group]]] = {h: {m: [] for m in MODELS} for h in "ab"}
    with rankers.disabled(*rankers.RANKERS):
        for half, art in dev_articles(pool):
            for model, groups in groups_of(art, families).items():
                out[half][model] += groups
    return out


def usable(groups: Sequence[Group]) -> list[Group]:
    return [g for g in groups if g[1] >= 0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", choices=("a", "b", "dev"), default="dev")
    parser.add_argument("--eval", choices=("a", "b"), default="b")
    parser.add_argument("--model", choices=tuple(MODELS), nargs="*", default=list(MODELS))
    parser.add_argument("--l2", type=float, help=f"the L2 penalty of every model trained (default {L2})")
    parser.add_argument("--steps", type=int, default=400)
    parser.add_argument("--write", action="store_true", help="write the model files into src/newsmine/data")
    parser.add_argument("--pool", type=Path, default=POOL)
    args = parser.parse_args()
    if not args.pool.is_dir():
        print(f"stopped: no pool at {args.pool} (the dev articles are in ../shared/data/news_zh/pool)")
        return 1
    groups = collect(args.pool)
    for model in args.model:
        l2 = args.l2 if args.l2 is not None else L2[model]
        train = usable([g for h in ("ab" if args.train == "dev" else args.train) for g in groups[h][model]])
        held = usable(groups[args.eval][model])
        weights = fit(train, l2=l2, steps=args.steps)
        print(f"{model}: {len(train)} training groups, accuracy {accuracy(weights, train):.3f} (rules "
              f"{accuracy(RULES, train):.3f}); half {args.eval}: {len(held)} groups, accuracy "
              f"{accuracy(weights, held):.3f} (rules {accuracy(RULES, held):.3f})")
        if args.write:
            articles = "106 dev articles" if args.train == "dev" else f"dev half {args.train}"
            write(DATA / f"{MODELS[model]}.tsv", weights,
                  f"trained by bench/train_events.py on the {articles} of bench/gold (conditional logit, "
                  f"l2={l2}, steps={args.steps}), {datetime.date.today().isoformat()}; features in "
                  "analyze/event_rankers.py; no test article read")
    return 0


if __name__ == "__main__":
    sys.exit(main())
