"""Lexicons shipped as TSV data files: loaded once, read-only.

Each file starts with a `#` line saying where it came from. A *list* file holds one entry a line;
a *table* file has a header line after the comment and tab-separated columns.
"""

from __future__ import annotations

from functools import cache
from importlib import resources


def _lines(name: str) -> list[str]:
    text = resources.files("newsmine.data").joinpath(f"{name}.tsv").read_text("utf-8")
    return [line.rstrip("\n") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def words(name: str) -> frozenset[str]:
    """The entries of list file `name` (first column), as a set."""
    return frozenset(line.split("\t")[0].strip() for line in _lines(name))


@cache
def table(name: str) -> tuple[dict[str, str], ...]:
    """The rows of table file `name` as dicts keyed by its header."""
    lines = _lines(name)
    header = lines[0].split("\t")
    rows = []
    for line in lines[1:]:
        cells = line.split("\t")
        rows.append({key: (cells[i].strip() if i < len(cells) else "") for i, key in enumerate(header)})
    return tuple(rows)


def split_aliases(cell: str) -> list[str]:
    """A `|`-separated table cell as a list (empty cell → empty list)."""
    return [x.strip() for x in cell.split("|") if x.strip()]
