"""Lexicons shipped as TSV files beside this module; each file's `#` lines say where it came from."""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def load_tsv(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of `name` (e.g. `time_words.tsv`): tab-separated fields, `#` comments and blanks skipped."""
    text = resources.files(__name__).joinpath(name).read_text("utf-8")
    rows = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(tuple(field.strip() for field in line.split("\t")))
    return tuple(rows)
