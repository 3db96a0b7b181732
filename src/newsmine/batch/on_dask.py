"""The Dask engine: one task per shard on a Dask distributed cluster; a WorkerPlugin loads the
tagger and lexicons once per worker. Imported only for `--engine dask` (dask is an optional extra).

Without a scheduler address a LocalCluster is started on this machine (`jobs` worker processes,
one thread each, each tagging on its share of the cores) and closed at the end. A worker that dies mid-shard loses only its temporary
file: the scheduler reruns the task on another worker (up to its `allowed-failures`), and a shard
it gives up on is reported unfinished, for the next run to do.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from newsmine.batch.local import Outcome, Work, why
from newsmine.batch.plan import Shard
from newsmine.batch.shard import Job, run_shard, warm_up
from newsmine.errors import NewsmineError
from newsmine.work import cores_per_worker

try:
    from distributed import Client, KilledWorker, LocalCluster, WorkerPlugin, as_completed
except ImportError:  # the `batch` extra is not installed
    Client = None  # type: ignore[assignment,misc]
    WorkerPlugin = object  # type: ignore[assignment,misc]

INSTALL = "--engine dask needs dask and distributed: pip install 'newsmine[batch]'"


class EngineError(NewsmineError):
    """The engine cannot run: Dask missing, or the scheduler unreachable."""


class WarmUp(WorkerPlugin):  # type: ignore[misc,valid-type]
    """Load newsmine's model and lexicons when a worker starts, once, before its first shard."""

    name = "newsmine-warm-up"

    def setup(self, worker: Any) -> None:
        warm_up()


@contextmanager
def client_for(scheduler: str | None, jobs: int) -> Iterator[Any]:
    """A client of the cluster at `scheduler`, or of a LocalCluster of `jobs` worker processes."""
    if Client is None:
        raise EngineError(INSTALL)
    if scheduler:
        try:
            client = Client(scheduler, timeout="20s")
        except (OSError, TimeoutError) as exc:
            raise EngineError(f"{scheduler}: cannot reach the Dask scheduler ({exc})") from None
        with client:
            yield client
        return
    threads = os.environ.get("NEWSMINE_THREADS") or str(cores_per_worker(jobs))  # each worker tags on its share
    with LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None,
                      env={"NEWSMINE_THREADS": threads}) as cluster:
        with Client(cluster) as client:
            yield client


def run_dask(shards: Sequence[Shard], job: Job, *, scheduler: str | None = None, jobs: int = 1,
             client: Any = None, work: Work = run_shard) -> Iterator[Outcome]:
    """Submit one task per shard (to `client`, else to a client of `scheduler`) and yield outcomes as they finish."""
    if client is None:
        with client_for(scheduler, jobs) as own:
            yield from run_dask(shards, job, client=own, work=work)
        return
    client.register_plugin(WarmUp())
    run = uuid.uuid4().hex[:8]
    futures = {client.submit(work, shard, job, key=f"newsmine-{shard.name}-{run}", pure=False): shard
               for shard in shards}
    for future in as_completed(futures):
        try:
            yield futures[future], future.result(), None
        except KilledWorker:
            yield futures[future], None, ("its Dask worker died while running it, as many times as the scheduler "
                                          "allows (KilledWorker: killed, or out of memory); run the batch again")
        except Exception as exc:
            yield futures[future], None, why(exc)
        future.release()
