"""`newsmine batch`: shards, Parquet output with a manifest, the archive, both engines, and
exactly-once output after a worker is killed mid-shard (local processes and a real Dask cluster)."""

from __future__ import annotations

import json
import subprocess
import sys
from functools import partial
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from newsmine.batch.output import file_sha256
from newsmine.batch.run import run_batch
from newsmine.batch.plan import plan_shards
from newsmine.cli import main
from newsmine.store.db import open_store

from .archive_fixtures import db  # noqa: F401 (the fixture: SQLite, and PostgreSQL when NEWSMINE_TEST_PG is set)
from .batch_faults import die_mid_shard
from .batch_inputs import HTML, MARKDOWN, rows, write_inputs
from .conftest import ROOT


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    paths = write_inputs(tmp_path_factory.mktemp("inputs"))
    (paths["folder"] / "README.md").write_text("# About these files\n\nTest articles.\n", encoding="utf-8")
    return [str(paths["folder"]), str(paths["jsonl"]), str(paths["warc"])]


@pytest.fixture(scope="module")
def reference(inputs: list[str], tmp_path_factory: pytest.TempPathFactory) -> list[dict]:
    """The rows of one uninterrupted local run in this process."""
    out = tmp_path_factory.mktemp("reference")
    summary = run_batch(inputs, out=str(out), shard_size=2)
    assert summary.unfinished == [] and summary.failed == []
    return rows(out)


def shard_named(inputs: list[str], stem: str) -> str:
    return next(s.name for s in plan_shards(inputs, shard_size=2).shards if s.name.startswith(stem))


def test_inputs_are_split_into_the_same_named_shards_every_time(inputs: list[str], tmp_path: Path):
    plan = plan_shards([*inputs, str(tmp_path / "missing.md")], shard_size=2)
    kinds = sorted((s.kind, len(s.inputs)) for s in plan.shards)
    assert kinds == [("articles", 1), ("articles", 2), ("articles", 2), ("jsonl", 1), ("warc", 1)]
    assert [s.name for s in plan.shards] == [s.name for s in plan_shards(inputs, shard_size=2).shards]
    assert any("README.md: skipped, not an article" in n for n in plan.notes)
    assert plan.failures == [f"{tmp_path / 'missing.md'}: no such file or folder"]
    assert plan.key != plan_shards(inputs, shard_size=3).key


def test_every_article_becomes_one_row_with_its_document_and_counts(reference: list[dict]):
    titles = sorted(r["title"] for r in reference)
    assert titles == sorted(["东湖港新码头下月启用", "西岭市图书馆延长开放时间", "Northvale council approves tram extension",
                             "南溪茶文化节开幕", "Eastbrook bridge reopens after repairs", "北川县启动山区道路改造",
                             "Southport opens a new ferry terminal", "渔港新码头启用", "市立圖書館延長開放時間",
                             "Valley bridge reopens after repairs", "高铁新站年底通车"])
    harbour = next(r for r in reference if r["title"] == "东湖港新码头下月启用")
    doc = json.loads(harbour["doc"])
    assert doc["article"]["title"] == harbour["title"] and harbour["language"] == "zh"
    assert harbour["quotes"] == len(doc["quotes"]) >= 1 and harbour["people"] >= 1
    assert any(e["name"] == "周文涛" and e.get("original_name") == "Zhou Wentao" for e in doc["entities"])
    assert harbour["characters"] == len(doc["text"]) and harbour["pipeline"] != "imported"
    assert {r["pipeline"] for r in reference if r["input"].endswith((":1", ":2"))} == {"imported"}
    assert len({r["hash"] for r in reference}) == len(reference) == len(MARKDOWN) + len(HTML) + 2 + 4


def test_the_command_writes_a_manifest_and_a_rerun_does_nothing_twice(inputs: list[str], tmp_path: Path,
                                                                       reference: list[dict]):
    out = tmp_path / "out"
    first = CliRunner().invoke(main, ["batch", *inputs, "--out", str(out), "--shard-size", "2"])
    assert first.exit_code == 0, first.output
    assert "5 of 5 shards finished, 0 unfinished; 11 articles, 11 rows, 2 duplicate pages" in first.output
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["planned"] == 5 and len(manifest["shards"]) == 5
    for entry in manifest["shards"].values():
        assert file_sha256(out / entry["file"]) == entry["sha256"]
        assert pq.read_metadata(out / entry["file"]).num_rows == entry["rows"]
    assert sorted(p.name for p in out.glob("*.parquet")) == sorted(e["file"] for e in manifest["shards"].values())
    assert rows(out) == reference
    before = {p.name: p.stat().st_mtime_ns for p in out.glob("*.parquet")}
    again = CliRunner().invoke(main, ["batch", *inputs, "--out", str(out), "--shard-size", "2"])
    assert again.exit_code == 0 and "0 of 5 shards finished (5 done before)" in again.output
    assert {p.name: p.stat().st_mtime_ns for p in out.glob("*.parquet")} == before


def test_a_folder_holding_another_batch_is_refused(inputs: list[str], tmp_path: Path):
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["batch", inputs[1], "--out", str(out)]).exit_code == 0
    other = CliRunner().invoke(main, ["batch", *inputs, "--out", str(out)])
    assert other.exit_code == 1
    assert f"newsmine: {out}: holds the output of other inputs; give a new --out folder" in other.output
    assert CliRunner().invoke(main, ["batch", *inputs]).exit_code == 2  # neither --out nor --db
    missing = CliRunner().invoke(main, ["batch", str(tmp_path / "none.md"), "--out", str(tmp_path / "new")])
    assert missing.exit_code == 2 and "none.md: no such file or folder" in missing.output
    assert not (tmp_path / "new").exists()


def test_a_killed_local_worker_leaves_no_partial_shard_and_a_rerun_finishes_exactly_once(
        inputs: list[str], tmp_path: Path, reference: list[dict]):
    out, marker = tmp_path / "out", tmp_path / "killed"
    target = shard_named(inputs, "harbour")
    work = partial(die_mid_shard, target=target, marker=str(marker))
    first = run_batch(inputs, out=str(out), shard_size=2, jobs=2, work=work)
    assert marker.read_text() and not Path(marker.read_text()).exists()  # killed mid-shard; its temporary file is gone
    assert any(target in u for u in first.unfinished)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert target not in manifest["shards"] and not (out / f"{target}.parquet").exists()
    second = run_batch(inputs, out=str(out), shard_size=2, jobs=2, work=work)
    assert second.unfinished == [] and second.done_before == 5 - len(first.unfinished)
    assert rows(out) == reference
    assert list(out.glob(".*.tmp")) == []


def test_the_archive_gets_each_article_once_across_a_kill_and_reruns(inputs: list[str], tmp_path: Path, db: str):
    marker = tmp_path / "killed"
    work = partial(die_mid_shard, target=shard_named(inputs, "harbour"), marker=str(marker))
    first = run_batch(inputs, db=db, shard_size=2, jobs=2, work=work)
    assert marker.exists() and first.unfinished
    with open_store(db) as store:  # the killed shard's first article was stored whole before the kill
        kept = store.scalar("SELECT COUNT(*) FROM articles")
        assert kept >= first.stored + 1
    second = run_batch(inputs, db=db, shard_size=2, jobs=2)
    assert second.unfinished == [] and second.stored == 11 - kept
    again = CliRunner().invoke(main, ["batch", *inputs, "--db", db, "--shard-size", "2"])
    assert again.exit_code == 0 and "0 stored, 7 unchanged, 6 duplicate pages" in again.output  # pages: by URL
    with open_store(db) as store:
        assert store.scalar("SELECT COUNT(*) FROM articles") == 11
        assert store.scalar("SELECT COUNT(DISTINCT hash) FROM articles") == 11
        assert store.scalar("SELECT COUNT(*) FROM entities WHERE name = '周文涛'") == 2  # two articles name him


@pytest.mark.parametrize("module", ["distributed", "pyarrow"])
def test_a_missing_optional_dependency_is_one_clear_line(inputs: list[str], tmp_path: Path, module: str):
    code = (f"import sys; sys.modules[{module!r}] = None; from newsmine.cli import main; "
            f"main(['batch', {inputs[1]!r}, '--out', {str(tmp_path / 'out')!r}, '--engine', 'dask'])")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                          env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"})
    assert proc.returncode == 1
    needs = "--engine dask needs dask and distributed" if module == "distributed" else "--out needs pyarrow"
    assert f"newsmine: {needs}" in proc.stderr and "pip install 'newsmine[batch]'" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_a_web_archive_is_one_shard_of_its_html_pages_without_duplicates(inputs: list[str], tmp_path: Path,
                                                                          reference: list[dict]):
    out = tmp_path / "out"
    summary = run_batch([inputs[2]], out=str(out), shard_size=2)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    (entry,) = manifest["shards"].values()
    assert entry["rows"] == 4 and entry["duplicates"] == 2  # a re-fetch and a mirror of the same bytes
    assert entry["left_out"] == {"content type": 1, "status": 1}  # the image and the 404
    station = next(r for r in rows(out) if r["title"] == "高铁新站年底通车")  # GBK, named only by the HTTP header
    assert station["url"] == "https://news.example.cn/2026/03/station.html" and station["outlet"] == "example.cn"
    assert station["fetched"] == "2026-03-05T07:45:00Z" and "吴国栋" in station["doc"]
    assert rows(out) == [r for r in reference if r["input"].startswith("http")]


def test_web_archive_filters_apply_in_batch_and_pin_the_output_folder(inputs: list[str], tmp_path: Path):
    out = tmp_path / "out"
    args = ["batch", inputs[2], "--out", str(out), "--host", "news.example.cn", "--since", "2026-03-04"]
    first = CliRunner().invoke(main, args)
    assert first.exit_code == 0, first.output
    assert sorted(r["url"] for r in rows(out)) == ["https://news.example.cn/2026/03/harbour.html",
                                                   "https://news.example.cn/2026/03/station.html"]
    (entry,) = json.loads((out / "manifest.json").read_text(encoding="utf-8"))["shards"].values()
    assert entry["left_out"] == {"host": 3, "date": 3}  # the other sites; the image, the 404 and the first fetch
    other = CliRunner().invoke(main, ["batch", inputs[2], "--out", str(out)])
    assert other.exit_code != 0 and "holds the output of other inputs" in other.output
