"""Batch output: one Parquet file per shard, written atomically, and the manifest of finished shards.

A shard's rows go to a hidden temporary file beside the target (`.NAME.parquet.<random>.tmp`), in
row groups as they come, so memory stays bounded on a large WARC; the file is synced and renamed
into place only when the shard is complete. The manifest (`manifest.json`) is rewritten the same
way after every finished shard. A shard is part of the output when the manifest lists it; a process
killed at any point leaves at most a temporary file, which the next run removes.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsmine.errors import NewsmineError

MANIFEST = "manifest.json"
MANIFEST_FORMAT = "newsmine-batch/1"
ROWS_PER_GROUP = 256
"""Rows buffered before a Parquet row group is written: bounds a worker's memory per shard."""

COLUMNS: list[tuple[str, str]] = [
    ("hash", "string"), ("input", "string"), ("url", "string"), ("title", "string"), ("published", "string"),
    ("fetched", "string"), ("language", "string"), ("script", "string"), ("outlet", "string"), ("pipeline", "string"),
    ("characters", "int64"), ("entities", "int64"), ("people", "int64"), ("quotes", "int64"),
    ("events", "int64"), ("times", "int64"), ("topics", "int64"), ("doc", "string"),
]
"""The Parquet columns, in order (README.md, "newsmine batch", describes each)."""


class OutputError(NewsmineError):
    """The output folder cannot be used: not writable, another run's, or held by a running batch."""


def require_pyarrow() -> None:
    """Fail early, with the install command, when pyarrow (the `batch` extra) is missing."""
    try:
        import pyarrow.parquet  # noqa: F401
    except ImportError:
        raise OutputError("--out needs pyarrow to write Parquet: pip install 'newsmine[batch]'") from None


def schema() -> Any:
    import pyarrow as pa

    return pa.schema([(name, getattr(pa, kind)()) for name, kind in COLUMNS])


def _sync_rename(temp: Path, target: Path) -> None:
    with open(temp, "rb") as f:
        os.fsync(f.fileno())
    os.replace(temp, target)
    fd = os.open(target.parent, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class ShardWriter:
    """Write one shard's rows to `folder/name`, whole or not at all (`commit` or `abort`)."""

    def __init__(self, folder: Path, name: str) -> None:
        import pyarrow.parquet as pq

        self.target = folder / name
        self.temp = folder / f".{name}.{uuid.uuid4().hex[:8]}.tmp"
        self.rows = 0
        self._buffer: list[dict[str, Any]] = []
        self._writer = pq.ParquetWriter(self.temp, schema(), compression="zstd")

    def add(self, row: dict[str, Any]) -> None:
        self._buffer.append(row)
        self.rows += 1
        if len(self._buffer) >= ROWS_PER_GROUP:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        if self._buffer:
            self._writer.write_table(pa.Table.from_pylist(self._buffer, schema=schema()))
            self._buffer = []

    def commit(self) -> tuple[int, str, int]:
        """Finish the file and rename it into place; returns (rows, SHA-256, bytes)."""
        self._flush()
        self._writer.close()
        digest, size = file_sha256(self.temp), self.temp.stat().st_size
        _sync_rename(self.temp, self.target)
        return self.rows, digest, size

    def abort(self) -> None:
        with contextlib.suppress(Exception):
            self._writer.close()
        self.temp.unlink(missing_ok=True)


def remove_temporaries(folder: Path) -> int:
    """Delete the temporary files killed workers left behind; returns how many."""
    stale = list(folder.glob(".*.tmp"))
    for path in stale:
        path.unlink(missing_ok=True)
    return len(stale)


class Manifest:
    """`manifest.json`: the plan's fingerprint, the pipeline version and every finished shard."""

    def __init__(self, folder: Path, plan: str, pipeline: str, shards: int) -> None:
        self.path = folder / MANIFEST
        self.data: dict[str, Any] = {"format": MANIFEST_FORMAT, "plan": plan, "pipeline": pipeline,
                                     "planned": shards, "shards": {}}

    @classmethod
    def open(cls, folder: Path, plan: str, pipeline: str, shards: int) -> Manifest:
        """The folder's manifest, or a new one; a folder holding finished shards of another plan or
        pipeline is refused."""
        manifest = cls(folder, plan, pipeline, shards)
        if not manifest.path.exists():
            return manifest
        try:
            old = json.loads(manifest.path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise OutputError(f"{manifest.path}: cannot be read as a batch manifest ({exc})") from None
        if not isinstance(old, dict) or old.get("format") != MANIFEST_FORMAT:
            raise OutputError(f"{manifest.path}: not a {MANIFEST_FORMAT} manifest")
        if not old.get("shards"):  # nothing finished yet: the folder may take other inputs
            return manifest
        for key, value in (("plan", plan), ("pipeline", pipeline)):
            if old.get(key) != value:
                what = "other inputs" if key == "plan" else f"pipeline {old.get(key)}"
                raise OutputError(f"{folder}: holds the output of {what}; give a new --out folder "
                                  "(a folder holds one batch, so no row is there twice)")
        manifest.data["shards"] = old.get("shards", {})
        return manifest

    def done(self, name: str) -> bool:
        return name in self.data["shards"]

    def record(self, name: str, entry: dict[str, Any]) -> None:
        """Add a finished shard and rewrite the manifest atomically."""
        self.data["shards"][name] = entry
        self.save()

    def save(self) -> None:
        temp = self.path.with_name(f".{MANIFEST}.{uuid.uuid4().hex[:8]}.tmp")
        temp.write_text(json.dumps(self.data, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        _sync_rename(temp, self.path)


@contextlib.contextmanager
def locked(folder: Path) -> Iterator[None]:
    """Hold `folder/.lock` for the run, so two batches never write one folder at once."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle = open(folder / ".lock", "w")
    except OSError as exc:
        raise OutputError(f"{folder}: cannot be used as the output folder ({exc.strerror or exc})") from None
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise OutputError(f"{folder}: another newsmine batch is writing there") from None
        yield
