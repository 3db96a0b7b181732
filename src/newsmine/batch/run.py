"""The batch driver: plan the shards, skip those the manifest lists, run the rest on an engine,
and record each finished shard in the manifest as it comes back."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsmine.batch.local import Outcome, Work, run_local
from newsmine.batch.output import Manifest, locked, remove_temporaries, require_pyarrow
from newsmine.analyze.version import pipeline_version
from newsmine.batch.plan import DEFAULT_SHARD_SIZE, Plan, Shard, plan_shards
from newsmine.batch.shard import Job, ShardDone, run_shard
from newsmine.read.warc import WarcFilters
from newsmine.store.db import is_postgres

ENGINES = ("local", "dask")


@dataclass
class Summary:
    """A batch run: shards planned, done before, finished now, unfinished (with why), articles."""

    shards: int = 0
    done_before: int = 0
    finished: int = 0
    unfinished: list[str] = field(default_factory=list)
    articles: int = 0
    rows: int = 0
    stored: int = 0
    unchanged: int = 0
    duplicates: int = 0
    failed: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def rate(self) -> float:
        return self.articles / self.seconds if self.seconds > 0 else 0.0

    def add(self, done: ShardDone) -> None:
        self.finished += 1
        self.articles += done.articles
        self.rows += done.rows
        self.stored += done.stored
        self.unchanged += done.unchanged
        self.duplicates += done.duplicates
        self.failed += done.failed
        self.skipped += done.skipped


def outcomes(shards: Sequence[Shard], job: Job, *, engine: str, jobs: int, scheduler: str | None,
             client: Any, work: Work) -> Iterator[Outcome]:
    if engine == "dask":
        from newsmine.batch.on_dask import run_dask

        return run_dask(shards, job, scheduler=scheduler, jobs=jobs, client=client, work=work)
    return run_local(shards, job, jobs=jobs, work=work)


def run_batch(paths: Iterable[str], *, out: str | None = None, db: str | None = None, engine: str = "local",
              jobs: int = 1, scheduler: str | None = None, shard_size: int = DEFAULT_SHARD_SIZE,
              globs: Iterable[str] = (), excludes: Iterable[str] = (), input_format: str = "auto",
              warc: WarcFilters | None = None, client: Any = None, work: Work = run_shard,
              on_shard: Callable[[Summary], None] | None = None) -> Summary:
    """Analyse every input of `paths` into Parquet files under `out` and/or the archive `db`.

    `client` (a distributed.Client) and `work` (the per-shard function) are for tests and callers
    that hold a cluster already; the command line passes neither.
    """
    if not out and not db:
        raise ValueError("run_batch needs out, db or both")
    plan: Plan = plan_shards(paths, shard_size=shard_size, globs=globs, excludes=excludes)
    if db and not is_postgres(db):
        db = str(Path(db).resolve())  # workers may run elsewhere in the file system tree
    job = Job(pipeline_version(), out=str(Path(out).resolve()) if out else None, db=db, input_format=input_format,
              warc=warc)
    summary = Summary(shards=len(plan.shards), failed=list(plan.failures), skipped=list(plan.notes))
    started = time.perf_counter()
    with ExitStack() as stack:
        todo = list(plan.shards)
        manifest = None
        if out and plan.shards:  # no input usable: the folder is not even created
            require_pyarrow()
            folder = Path(out)
            stack.enter_context(locked(folder))
            key = plan.key if warc is None else hashlib.sha256(f"{plan.key}\n{warc!r}".encode()).hexdigest()[:16]
            manifest = Manifest.open(folder, key, job.pipeline, len(plan.shards))  # other filters: other rows
            manifest.save()
            remove_temporaries(folder)
            todo = [s for s in plan.shards if not manifest.done(s.name)]
            summary.done_before = len(plan.shards) - len(todo)
        if todo:
            for shard, done, problem in outcomes(todo, job, engine=engine, jobs=jobs, scheduler=scheduler,
                                                 client=client, work=work):
                if done is None:
                    summary.unfinished.append(f"shard {shard.name} ({shard.inputs[0]}…): {problem}")
                else:
                    summary.add(done)
                    if manifest is not None:
                        manifest.record(shard.name, {"file": shard.file, "inputs": list(shard.inputs),
                                                     "rows": done.rows, "sha256": done.sha256, "bytes": done.bytes,
                                                     "duplicates": done.duplicates, "left_out": done.left_out,
                                                     "failed": done.failed, "skipped": done.skipped})
                summary.seconds = time.perf_counter() - started
                if on_shard:
                    on_shard(summary)
        if manifest is not None:
            remove_temporaries(manifest.path.parent)
    summary.seconds = time.perf_counter() - started
    return summary
