"""The local engine: shards in worker processes on this machine (in this process with one job)."""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool

from newsmine.batch.plan import Shard
from newsmine.batch.shard import Job, ShardDone, run_shard, warm_up
from newsmine.work import share_cores

Outcome = tuple[Shard, ShardDone | None, str | None]
"""A shard with what it gave: done (ShardDone) or, when it could not be finished, why (a message)."""
Work = Callable[[Shard, Job], ShardDone]


def why(exc: BaseException) -> str:
    """One line saying why a shard was not finished."""
    if isinstance(exc, BrokenProcessPool):
        return "a worker process died (killed, or out of memory) before it finished; run the batch again"
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {first}" if first else type(exc).__name__


def run_local(shards: Sequence[Shard], job: Job, *, jobs: int = 1, work: Work = run_shard) -> Iterator[Outcome]:
    """Run `work` on every shard in `jobs` processes, yielding each outcome as it finishes.

    If a worker process dies, the shards it and the others had not finished come back unfinished
    (a process pool cannot continue without the lost worker); rerunning the batch does them.
    """
    if jobs <= 1 or len(shards) <= 1:
        for shard in shards:
            try:
                yield shard, work(shard, job), None
            except Exception as exc:
                yield shard, None, why(exc)
        return
    fork = hasattr(os, "fork")
    share_cores(jobs)
    if fork and any(s.kind != "jsonl" for s in shards):
        warm_up()  # forked workers share the loaded model and lexicons copy-on-write
    gc.freeze()
    try:
        pool = ProcessPoolExecutor(min(jobs, len(shards)),
                                   mp_context=multiprocessing.get_context("fork" if fork else "spawn"),
                                   initializer=None if fork else warm_up)
    finally:
        gc.unfreeze()
    with pool:
        futures = {pool.submit(work, shard, job): shard for shard in shards}
        for future in as_completed(futures):
            try:
                yield futures[future], future.result(), None
            except Exception as exc:
                yield futures[future], None, why(exc)
