"""Choosing among candidates with a linear model trained offline: a weight per feature name,
shipped as a data file (`data/NAME.tsv`, written by `bench/learn.py` from the dev gold files).

A candidate is described by the names of its features (`sieve=cue-after`, `distance=2`); its score
is the sum of their weights, and a group of candidates gets a softmax over their scores, so the
chosen candidate comes with a probability that serves as its confidence. Features the model never
saw weigh nothing.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from functools import cache
from itertools import repeat

from newsmine import data


@cache
def weights(name: str) -> dict[str, float]:
    """The feature weights of model `name` (data file `NAME.tsv`: feature, tab, weight)."""
    table: dict[str, float] = {}
    for line in data.lines(name):
        feature, _, weight = line.rpartition("\t")
        table[feature] = float(weight)
    return table


def bucket(n: int, edges: Sequence[int]) -> str:
    """A count or distance as a feature value: the first edge it does not pass (`3`), else past the
    last edge (`over-24`)."""
    return next((str(e) for e in edges if n <= e), f"over-{edges[-1]}")


def score(name: str, features: Iterable[str]) -> float:
    """A candidate's score under model `name`: the sum of its features' weights."""
    return sum(map(weights(name).get, features, repeat(0.0)))


def probabilities(name: str, candidates: Sequence[Iterable[str]]) -> list[float]:
    """The model's probability for each candidate of one group (a softmax over their scores)."""
    return softmax([score(name, c) for c in candidates])


def softmax(scores: Sequence[float]) -> list[float]:
    """Scores as probabilities that sum to one (shifted by the largest, so none overflows)."""
    if not scores:
        return []
    top = max(scores)
    exp = [math.exp(s - top) for s in scores]
    total = sum(exp)
    return [e / total for e in exp]
