"""Ingest 1,000 generated documents plus the examples, on SQLite and PostgreSQL: counts, idempotence,
and an ingest killed with SIGKILL halfway that a rerun completes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsmine.analyze.pipeline import analyze
from newsmine.cli import main
from newsmine.read import read_article
from newsmine.store import open_store, queries
from newsmine.names import original_key

from .archive_fixtures import BACKENDS, archive_url, db, thousand  # noqa: F401
from .conftest import EXAMPLES, ROOT

LAYERS = {"entities": "entities", "mentions": "mentions", "glosses": "glosses", "times": "times",
          "quotes": "quotes", "events": "events", "topics": "topics"}


def expected_counts(jsonl: Path, *, examples: bool = True) -> dict[str, int]:
    """What the archive must hold after ingesting `jsonl` (and the examples), counted from the inputs."""
    docs = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()]
    if examples:
        docs += [analyze(read_article(str(p))).to_dict() for p in EXAMPLES]
    out = {table: sum(len(d[layer]) for d in docs) for table, layer in LAYERS.items()}
    out["articles"] = len(docs)
    originals = {original_key(e["original_name"]) for d in docs for e in d["entities"]
                 if e["type"] == "PER" and e["original_name"]}
    unglossed = {e["name"] for d in docs for e in d["entities"] if e["type"] == "PER" and not e["original_name"]}
    out["people"] = len(originals) + len(unglossed)
    return out


def ingest(db: str, *paths: str, jobs: int = 1) -> str:
    result = CliRunner().invoke(main, ["ingest", *paths, "--db", db, "-j", str(jobs)])
    assert result.exit_code == 0, result.output
    return result.output


def test_counts_are_right_and_a_second_ingest_adds_nothing(db, thousand):
    out = ingest(db, str(thousand), str(ROOT / "examples"))
    assert "1003 new, 0 unchanged, 0 failed" in out
    expected = expected_counts(thousand)
    with open_store(db) as store:
        got = queries.counts(store)
    assert {k: got[k] for k in expected} == expected
    generated = expected_counts(thousand, examples=False)
    assert generated["people"] == 9 and generated["quotes"] == 2000
    out = ingest(db, str(ROOT / "examples"), str(thousand))
    assert "0 new, 1003 unchanged, 0 failed" in out
    with open_store(db) as store:
        assert queries.counts(store) == got


def consistent(store) -> None:
    """Every stored article holds exactly the layers of its document; nothing is orphaned."""
    for row in store.query("SELECT id, doc FROM articles"):
        doc = json.loads(row["doc"])
        for table, layer in LAYERS.items():
            n = store.scalar(f"SELECT COUNT(*) AS n FROM {table} WHERE article_id = ?", (row["id"],))
            assert n == len(doc[layer]), (row["id"], table)
    assert store.scalar("SELECT COUNT(*) AS n FROM people p WHERE NOT EXISTS "
                        "(SELECT 1 FROM entities e WHERE e.person_id = p.id)") == 0
    assert store.scalar("SELECT COUNT(*) AS n FROM entities WHERE type = 'PER' AND person_id IS NULL") == 0
    uses = {r["person_id"]: r["n"] for r in store.query(
        "SELECT person_id, SUM(uses) AS n FROM person_names WHERE kind = 'name' GROUP BY person_id")}
    entities = {r["person_id"]: r["n"] for r in store.query(
        "SELECT person_id, COUNT(*) AS n FROM entities WHERE person_id IS NOT NULL GROUP BY person_id")}
    assert uses == entities


@pytest.mark.parametrize("backend", BACKENDS)
def test_an_ingest_killed_halfway_leaves_a_consistent_archive_and_a_rerun_completes_it(backend, tmp_path, thousand):
    for url in archive_url(backend, tmp_path):
        open_store(url).close()
        cmd = [sys.executable, "-m", "newsmine", "ingest", str(thousand), "--db", url, "-j", "1"]
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        stored = 0
        with open_store(url) as store:
            deadline = time.monotonic() + 120
            while proc.poll() is None and time.monotonic() < deadline:
                stored = store.scalar("SELECT COUNT(*) AS n FROM articles")
                if stored >= 150:
                    break
                time.sleep(0.01)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        assert proc.returncode == -signal.SIGKILL
        with open_store(url) as store:
            kept = store.scalar("SELECT COUNT(*) AS n FROM articles")
            assert 150 <= kept < 1000
            consistent(store)
        out = ingest(url, str(thousand))
        assert f"{1000 - kept} new, {kept} unchanged, 0 failed" in out
        with open_store(url) as store:
            assert store.scalar("SELECT COUNT(*) AS n FROM articles") == 1000
            consistent(store)


def test_two_workers_store_the_same_archive_as_one(db, tmp_path):
    from .archive_docs import generate, write_jsonl

    path = tmp_path / "sixty.jsonl"
    write_jsonl(path, generate(60, seed=3))
    out = ingest(db, str(path), str(ROOT / "examples"), jobs=2)
    assert "63 new, 0 unchanged, 0 failed" in out
    with open_store(db) as store:
        consistent(store)
        assert queries.counts(store)["quotes"] == expected_counts(path)["quotes"]


def test_bad_files_are_reported_at_the_end_and_never_stop_the_rest(db, tmp_path, thousand):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.md").write_text((ROOT / "examples" / "east-africa-drought.md").read_text("utf-8"), "utf-8")
    (folder / "empty.md").write_text("", "utf-8")
    (folder / "binary.md").write_bytes(b"\x00\x01\x02 not text")
    lines = thousand.read_text("utf-8").splitlines()[:2]
    broken = json.loads(lines[1])
    broken["quotes"][0]["span"] = [5, 999999]
    (folder / "docs.jsonl").write_text("\n".join([lines[0], "{not json", json.dumps(broken, ensure_ascii=False)]),
                                       "utf-8")
    result = CliRunner().invoke(main, ["ingest", str(folder), str(tmp_path / "missing.md"), "--db", db])
    assert result.exit_code == 2
    assert "2 new, 0 unchanged, 5 failed of 7" in result.output
    assert f"newsmine: {folder / 'empty.md'}: is empty" in result.output
    assert f"newsmine: {folder / 'binary.md'}: is a binary file" in result.output
    assert f"newsmine: {folder / 'docs.jsonl'}:2: not JSON" in result.output
    assert f"newsmine: {folder / 'docs.jsonl'}:3: quotes[0]: span [5, 999999)" in result.output
    assert f"newsmine: {tmp_path / 'missing.md'}: no such file or folder" in result.output
    with open_store(db) as store:
        assert store.scalar("SELECT COUNT(*) AS n FROM articles") == 2


def test_reanalyze_redoes_articles_of_another_pipeline_version_only(db):
    from newsmine.analyze.version import pipeline_version

    ingest(db, *map(str, EXAMPLES))
    with open_store(db) as store:
        ids = [r["id"] for r in store.query("SELECT id FROM articles ORDER BY id")]
        assert {r["pipeline"] for r in store.query("SELECT pipeline FROM articles")} == {pipeline_version()}
        store.execute("UPDATE articles SET pipeline = 'sentences@old' WHERE id = ?", (ids[0],))
    result = CliRunner().invoke(main, ["reanalyze", "--db", db])
    assert result.exit_code == 0, result.output
    assert "reanalyze: 1 new, 0 unchanged, 0 failed of 1" in result.output
    with open_store(db) as store:
        rows = store.query("SELECT id, pipeline FROM articles ORDER BY id")
    assert [r["id"] for r in rows] == ids
    assert {r["pipeline"] for r in rows} == {pipeline_version()}
    result = CliRunner().invoke(main, ["reanalyze", "--db", db])
    assert "reanalyze: 0 new, 0 unchanged, 0 failed of 0" in result.output


def test_two_workers_store_the_same_markdown_documents_as_one(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for path in EXAMPLES:
        (folder / path.name).write_text(path.read_text("utf-8"), "utf-8")
    (folder / "harbour.md").write_text(
        "# 新港码头扩建工程动工\n\n"
        "2024年5月6日，港务局局长陈志远（Chen Zhiyuan）在动工仪式上说：“工程将在两年内完成。”\n\n"
        "承建商华东建设集团表示，扩建后码头每年可多处理三百万个标准集装箱。\n", "utf-8")
    (folder / "library.md").write_text(
        "# 市立图书馆延长开放时间\n\n"
        "市文化局副局长林雅婷周二宣布，图书馆自六月起每晚开放至十点。"
        "她说：“读者的需求一直在增加。”\n", "utf-8")
    stored = []
    for jobs in (1, 2):
        db = str(tmp_path / f"j{jobs}.sqlite")
        assert "5 new, 0 unchanged, 0 failed" in ingest(db, str(folder), jobs=jobs)
        with open_store(db) as store:
            stored.append({r["hash"]: json.loads(r["doc"]) for r in store.query("SELECT hash, doc FROM articles")})
    assert len(stored[0]) == 5 and stored[1] == stored[0]
