"""Split batch inputs into shards: the unit of work, of output (one Parquet file) and of retry.

A JSON Lines or WARC file is one shard. Article files (pages, Markdown, text), from a folder or
named one by one, are grouped in order into shards of `shard_size` files. A shard's name comes from
its inputs (their absolute paths and sizes), so the same inputs always give the same shards and
the same file names, whatever the engine, the machine's core count or the order shards finish in.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from newsmine.collect import DEFAULT_GLOBS, JSONL_SUFFIXES, folder_files
from newsmine.read.warc import is_warc

BATCH_GLOBS = (*DEFAULT_GLOBS, "*.warc", "*.warc.gz")
DEFAULT_SHARD_SIZE = 50
"""Article files per shard: small enough to retry cheaply, large enough that a task outweighs its
scheduling (a Dask task costs about a millisecond; an article tens to hundreds of milliseconds)."""


@dataclass(frozen=True)
class Shard:
    """One unit of work: `kind` is "articles" (files read one by one), "jsonl" or "warc"."""

    name: str
    kind: str
    inputs: tuple[str, ...]

    @property
    def file(self) -> str:
        """The shard's output file name inside --out."""
        return f"{self.name}.parquet"


@dataclass
class Plan:
    """The shards of a batch, plus inputs that cannot be used (failures) and files skipped (notes)."""

    shards: list[Shard] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def key(self) -> str:
        """A fingerprint of the whole plan: an output folder holds the shards of one plan only."""
        return hashlib.sha256("\n".join(s.name for s in self.shards).encode()).hexdigest()[:16]


def kind_of(path: Path) -> str:
    if is_warc(path):
        return "warc"
    if path.name.lower().endswith(JSONL_SUFFIXES):
        return "jsonl"
    return "articles"


def _slug(path: str) -> str:
    stem = Path(path).name.split(".")[0]
    return re.sub(r"[^A-Za-z0-9_-]+", "-", stem).strip("-")[:40] or "input"


def make_shard(kind: str, files: list[Path]) -> Shard:
    """A shard named `<first file's stem>-<12 hex digits of the inputs' paths and sizes>`."""
    digest = hashlib.sha256(kind.encode())
    inputs = tuple(str(f.resolve()) for f in files)
    for path, file in zip(inputs, files):
        digest.update(b"\0" + path.encode("utf-8", "surrogateescape") + b"\0" + str(file.stat().st_size).encode())
    return Shard(f"{_slug(inputs[0])}-{digest.hexdigest()[:12]}", kind, inputs)


def plan_shards(paths: Iterable[str], *, shard_size: int = DEFAULT_SHARD_SIZE, globs: Iterable[str] = (),
                excludes: Iterable[str] = ()) -> Plan:
    """Expand PATHs (files and folders, recursively) into shards, in a deterministic order.

    Folders are read as `newsmine ingest` reads them (`globs`, default BATCH_GLOBS; `excludes`;
    READMEs and licences skipped with a note). Article files of one folder, or those named on the
    command line, are grouped in their order into shards of `shard_size`.
    """
    plan = Plan()
    globs, excludes = tuple(globs) or BATCH_GLOBS, tuple(excludes)
    groups: list[list[Path]] = []
    loose: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if raw == "-":
            plan.failures.append("-: batch reads files, not standard input (save it to a .jsonl file)")
        elif path.is_dir():
            files, notes = folder_files(path, globs, excludes)
            plan.notes += notes
            if not files and not notes:
                plan.failures.append(f"{raw}: folder holds no files matching {' '.join(globs)}")
            groups.append([f for f in files if kind_of(f) == "articles"])
            plan.shards += [make_shard(kind_of(f), [f]) for f in files if kind_of(f) != "articles"]
        elif not path.is_file():
            plan.failures.append(f"{raw}: no such file or folder")
        elif kind_of(path) == "articles":
            loose.append(path)
        else:
            plan.shards.append(make_shard(kind_of(path), [path]))
    for files in [loose, *groups]:
        plan.shards += [make_shard("articles", files[i:i + shard_size]) for i in range(0, len(files), shard_size)]
    plan.shards = sorted({s.name: s for s in plan.shards}.values(), key=lambda s: (s.inputs, s.name))
    return plan
