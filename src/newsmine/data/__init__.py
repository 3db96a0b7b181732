"""Lexicons shipped as TSV data files under this package; each starts with a `#` line naming its source."""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def load_tsv(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of `data/<name>.tsv` as tuples of stripped cells, skipping `#` comments and blank lines."""
    text = resources.files("newsmine.data").joinpath(f"{name}.tsv").read_text("utf-8")
    return tuple(
        tuple(cell.strip() for cell in line.split("\t"))
        for line in text.splitlines()
        if line.strip() and not line.startswith("#")
    )
