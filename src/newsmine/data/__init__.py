"""Lexicons shipped as TSV data files: loaded once, read-only.

Each file starts with a `#` line saying where it came from. A *list* file holds one entry a line, some
with a second column marking a subset; a *table* file has a header line after the comment and
tab-separated columns; other files are read line by line. This module depends on nothing else in newsmine, so readers may use it too.
"""

from __future__ import annotations

from functools import cache
from importlib import resources


@cache
def lines(name: str) -> tuple[str, ...]:
    """The lines of data file `name` (without `.tsv`), comments and blank lines left out."""
    text = resources.files("newsmine.data").joinpath(f"{name}.tsv").read_text("utf-8")
    return tuple(line.rstrip("\n") for line in text.splitlines() if line.strip() and not line.startswith("#"))


@cache
def words(name: str) -> frozenset[str]:
    """The entries of list file `name` (first column), as a set."""
    return frozenset(line.split("\t")[0].strip() for line in lines(name))


@cache
def longest_first(name: str) -> tuple[str, ...]:
    """The words of list file `name`, longest first and then in code-point order: for taking the
    first word that a text begins or ends with, the same one on every run."""
    return tuple(sorted(words(name), key=lambda w: (-len(w), w)))


@cache
def marked(name: str, mark: str) -> frozenset[str]:
    """The entries of list file `name` whose second column is `mark` (a subset kept in the same file)."""
    return frozenset(cells[0].strip() for cells in (line.split("\t") for line in lines(name)) if cells[1:2] == [mark])


@cache
def table(name: str) -> tuple[dict[str, str], ...]:
    """The rows of table file `name` as dicts keyed by its header."""
    head, *body = lines(name)
    header = head.split("\t")
    rows = []
    for line in body:
        cells = line.split("\t")
        rows.append({key: (cells[i].strip() if i < len(cells) else "") for i, key in enumerate(header)})
    return tuple(rows)


def split_aliases(cell: str) -> list[str]:
    """A `|`-separated table cell as a list (empty cell → empty list)."""
    return [x.strip() for x in cell.split("|") if x.strip()]
