"""`newsmine batch --engine dask` on a real Dask LocalCluster (two worker processes, one thread
each): the same rows as the local engine, and exactly-once output when a worker is killed mid-shard,
whether the scheduler retries the shard on the other worker or gives up and a rerun finishes it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest
from distributed import Client, LocalCluster

from newsmine.batch.run import run_batch
from newsmine.batch.plan import plan_shards

from .batch_faults import die_mid_shard
from .batch_inputs import rows, write_inputs


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    paths = write_inputs(tmp_path_factory.mktemp("inputs"))
    return [str(paths["folder"]), str(paths["jsonl"]), str(paths["warc"])]


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with Client(cluster) as c:
            yield c


@pytest.fixture(scope="module")
def local(inputs: list[str], tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    out = tmp_path_factory.mktemp("local")
    assert run_batch(inputs, out=str(out), shard_size=2, jobs=2).unfinished == []
    return rows(out)


def harbour(inputs: list[str]) -> str:
    return next(s.name for s in plan_shards(inputs, shard_size=2).shards if s.name.startswith("harbour"))


def test_dask_gives_the_same_rows_and_files_as_local_processes(inputs: list[str], client: Client, local: list[dict],
                                                                tmp_path: Path):
    out = tmp_path / "out"
    summary = run_batch(inputs, out=str(out), shard_size=2, engine="dask", client=client)
    assert summary.unfinished == [] and summary.finished == 5 and summary.rows == 11
    assert rows(out) == local


def test_a_worker_killed_mid_shard_is_retried_on_the_other_and_each_row_is_written_once(
        inputs: list[str], client: Client, local: list[dict], tmp_path: Path):
    out, marker = tmp_path / "out", tmp_path / "killed"
    work = partial(die_mid_shard, target=harbour(inputs), marker=str(marker))
    summary = run_batch(inputs, out=str(out), shard_size=2, engine="dask", client=client, work=work)
    assert marker.read_text() and not Path(marker.read_text()).exists()
    assert summary.unfinished == [] and summary.finished == 5
    assert rows(out) == local
    assert list(out.glob(".*.tmp")) == []
    client.wait_for_workers(2, timeout=120)


def test_a_shard_the_scheduler_gives_up_on_is_finished_by_the_rerun_exactly_once(
        inputs: list[str], client: Client, local: list[dict], tmp_path: Path):
    out, marker = tmp_path / "out", tmp_path / "killed"
    target = harbour(inputs)
    work = partial(die_mid_shard, target=target, marker=str(marker))
    client.wait_for_workers(2, timeout=120)
    allowed = client.run_on_scheduler(lambda dask_scheduler: dask_scheduler.allowed_failures)
    client.run_on_scheduler(lambda dask_scheduler: setattr(dask_scheduler, "allowed_failures", 0))
    try:
        first = run_batch(inputs, out=str(out), shard_size=2, engine="dask", client=client, work=work)
    finally:
        client.run_on_scheduler(lambda dask_scheduler, n=allowed: setattr(dask_scheduler, "allowed_failures", n))
    # the dead worker's queued shards are given up on too (dask holds up to two tasks per worker thread)
    assert marker.exists() and any(target in u for u in first.unfinished)
    assert all("KilledWorker" in u for u in first.unfinished)
    lost = len(first.unfinished)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert len(manifest["shards"]) == first.finished == 5 - lost and target not in manifest["shards"]
    second = run_batch(inputs, out=str(out), shard_size=2, engine="dask", client=client, work=work)
    assert second.unfinished == [] and second.done_before == 5 - lost and second.finished == lost
    assert rows(out) == local


def test_the_command_runs_on_a_cluster_given_by_its_scheduler_address(inputs: list[str], client: Client,
                                                                       local: list[dict], tmp_path: Path):
    from click.testing import CliRunner

    from newsmine.cli import main

    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["batch", *inputs, "--out", str(out), "--shard-size", "2", "--engine", "dask",
                                       "--scheduler", client.scheduler.address])
    assert result.exit_code == 0, result.output
    assert "5 of 5 shards finished, 0 unfinished; 11 articles, 11 rows" in result.output
    assert rows(out) == local
    assert CliRunner().invoke(main, ["batch", *inputs, "--out", str(out), "--scheduler", "tcp://x:1"]).exit_code == 2
