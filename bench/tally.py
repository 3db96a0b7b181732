"""Tallies for the benchmarks: dataclasses summed field by field, precision and recall counts."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass


class Summable:
    """Mixin for a dataclass of counts (and lists): `add` sums another of its kind into it."""

    def add(self, other: Summable) -> None:
        for f in dataclasses.fields(self):  # type: ignore[arg-type]
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))


@dataclass
class Count(Summable):
    """Hits over a gold total and a predicted total."""

    gold: int = 0
    pred: int = 0
    hit_gold: int = 0
    hit_pred: int = 0

    def prf(self) -> tuple[float | None, float | None, float | None]:
        p = self.hit_pred / self.pred if self.pred else None
        r = self.hit_gold / self.gold if self.gold else None
        f = 2 * p * r / (p + r) if p and r else (0.0 if p is not None and r is not None else None)
        return p, r, f


def fmt(x: float | None) -> str:
    """A score with three decimals, a dash when there is nothing to score."""
    return "   —" if x is None else f"{x:.3f}"
