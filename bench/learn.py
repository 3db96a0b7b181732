"""Fit the weights of a `newsmine.analyze.linear` model: a conditional logit (a softmax over each
group's candidates) with an L2 penalty, by full-batch Adam with numpy — deterministic, no data
or model downloaded. Training scripts (`bench/train_*.py`) build the groups from the dev gold
files and call `fit` and `write`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

Group = tuple[Sequence[Sequence[str]], int]  # the candidates' feature names, and the index of the right one


def fit(groups: Sequence[Group], *, l2: float = 0.01, steps: int = 400, rate: float = 0.1) -> dict[str, float]:
    """Weights that make each group's right candidate likely; groups whose right index is out of
    range (no right candidate offered) are left out."""
    usable = [(cands, right) for cands, right in groups if 0 <= right < len(cands)]
    names = sorted({f for cands, _ in usable for c in cands for f in c})
    index = {f: i for i, f in enumerate(names)}
    rows, feats, group_of, is_right = [], [], [], []
    row = 0
    for g, (cands, right) in enumerate(usable):
        for k, c in enumerate(cands):
            for f in dict.fromkeys(c):  # once each, in the order given: sums do not depend on the hash seed
                rows.append(row)
                feats.append(index[f])
            group_of.append(g)
            is_right.append(k == right)
            row += 1
    rows_a, feats_a = np.array(rows, dtype=np.int64), np.array(feats, dtype=np.int64)
    group_a, right_a = np.array(group_of, dtype=np.int64), np.array(is_right, dtype=float)
    w = np.zeros(len(names))
    m, v = np.zeros_like(w), np.zeros_like(w)
    n_groups = max(len(usable), 1)
    for t in range(1, steps + 1):
        s = np.bincount(rows_a, weights=w[feats_a], minlength=row)
        top = np.full(len(usable), -np.inf)
        np.maximum.at(top, group_a, s)
        e = np.exp(s - top[group_a])
        p = e / np.bincount(group_a, weights=e, minlength=len(usable))[group_a]
        grad = np.bincount(feats_a, weights=(p - right_a)[rows_a], minlength=len(names)) / n_groups + l2 * w
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= rate * (m / (1 - 0.9**t)) / (np.sqrt(v / (1 - 0.999**t)) + 1e-8)
    return {f: float(round(x, 4)) for f, x in zip(names, w) if round(x, 4) != 0.0}


def scores(weights: dict[str, float], candidates: Sequence[Sequence[str]]) -> list[float]:
    """Each candidate's score: the sum of its features' weights (as `linear.score` sums a shipped model's)."""
    return [sum(weights.get(f, 0.0) for f in c) for c in candidates]


def accuracy(weights: dict[str, float], groups: Sequence[Group]) -> float:
    """Share of groups whose right candidate scores highest (ties go to the first candidate)."""
    if not groups:
        return 0.0
    hits = 0
    for cands, right in groups:
        found = scores(weights, cands)
        hits += bool(found) and found.index(max(found)) == right
    return hits / len(groups)


def write(path: Path, weights: dict[str, float], provenance: str) -> None:
    """Write a model file: the provenance line, then feature and weight, sorted by feature."""
    lines = [f"# {provenance}"] + [f"{f}\t{w}" for f, w in sorted(weights.items())]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
