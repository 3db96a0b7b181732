"""Tallies for the benchmarks: dataclasses summed field by field."""

from __future__ import annotations

import dataclasses


class Summable:
    """Mixin for a dataclass of counts (and lists): `add` sums another of its kind into it."""

    def add(self, other: Summable) -> None:
        for f in dataclasses.fields(self):  # type: ignore[arg-type]
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))
