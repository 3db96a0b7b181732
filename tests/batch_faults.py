"""A shard function for the batch tests that kills its own worker process mid-shard, once.

Used in worker processes (forked local workers, spawned Dask workers): the first time it runs the
target shard, it keeps the shard's first article (its row flushed to the temporary file, its
document stored in the archive), notes the temporary file's path in `marker`, and sends itself
SIGKILL, as an out-of-memory killer or a lost machine would.
"""

from __future__ import annotations

import os
import signal
from pathlib import Path
from typing import Any

from newsmine.batch import shard as one_shard
from newsmine.batch.plan import Shard


def die_mid_shard(shard: Shard, job: one_shard.Job, *, target: str, marker: str) -> one_shard.ShardDone:
    if shard.name == target and not Path(marker).exists():
        keep = one_shard._keep

        def keep_then_die(result: Any, done: one_shard.ShardDone, seen: set[str], writer: Any, store: Any) -> None:
            keep(result, done, seen, writer, store)
            if writer is not None:
                writer._flush()
            Path(marker).write_text(str(writer.temp) if writer else "", encoding="utf-8")
            os.kill(os.getpid(), signal.SIGKILL)

        one_shard._keep = keep_then_die  # type: ignore[assignment]
    return one_shard.run_shard(shard, job)
