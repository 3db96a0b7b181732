"""One shape for one input and many (--format jsonl), CSV with an optional BOM for spreadsheets."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsmine.cli import main
from newsmine.store import open_store
from newsmine.store.write import IMPORTED, put_doc

from .archive_docs import make_doc

STORY = """# 港口罢工结束

**台北港工会周一宣布结束为期三天的罢工。**

工会主席陈志明（Chen Chih-ming）周一在记者会上表示：“我们接受了资方的新方案。”

交通部长林佳慧（Lin Chia-hui）周二在台北与工会主席陈志明举行会谈，双方同意下月再谈。
"""


@pytest.fixture
def stories(tmp_path: Path) -> list[str]:
    paths = []
    for i in range(2):
        path = tmp_path / f"story{i}.md"
        path.write_text(STORY.replace("三天", f"{i + 3}天"), encoding="utf-8")
        paths.append(str(path))
    return paths


def run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("verb", ["analyze", "quotes", "events"])
def test_jsonl_has_the_same_shape_for_one_input_and_many(stories: list[str], verb: str):
    one = run(verb, stories[0], "--format", "jsonl").splitlines()
    two = run(verb, *stories, "--format", "jsonl").splitlines()
    assert one and len(two) == 2 * len(one)
    assert [sorted(json.loads(line)) for line in one] == [sorted(json.loads(line)) for line in two[: len(one)]]


def test_quotes_csv_one_row_per_quote_with_speaker_and_original_name(stories: list[str]):
    rows = list(csv.DictReader(io.StringIO(run("quotes", *stories, "--format", "csv"))))
    assert len(rows) >= 2 and {r["source"] for r in rows} == set(stories)
    chen = next(r for r in rows if r["speaker"] == "陈志明")
    assert chen["original_name"] == "Chen Chih-ming" and chen["text"] == "我们接受了资方的新方案。"


def test_events_csv_and_bom(stories: list[str]):
    text = run("events", stories[0], "--format", "csv", "--bom")
    assert text.startswith("\ufeffsource,when,when_text,type,")
    rows = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))
    assert rows and all(r["source"] == stories[0] for r in rows)
    assert not run("events", stories[0], "--format", "csv").startswith("\ufeff")


def test_names_csv_takes_a_bom(stories: list[str]):
    assert run("names", stories[0], "--format", "csv", "--bom").startswith("\ufeffname,original_name,type")


def test_archive_search_quotes_events_as_csv_and_jsonl(tmp_path: Path):
    db = str(tmp_path / "a.sqlite")
    with open_store(db) as store:
        put_doc(store, make_doc(1, pair=(0, 1), outlet=0, topic=0, day=date(2026, 3, 4)), pipeline=IMPORTED)
        put_doc(store, make_doc(2, pair=(3, 0), outlet=3, topic=1, day=date(2026, 4, 1), quote=1), pipeline=IMPORTED)
    hits = list(csv.DictReader(io.StringIO(run("search", "--db", db, "--format", "csv"))))
    assert len(hits) == 2 and {h["outlet"] for h in hits} >= {"bbc.com"} and all(h["title"] for h in hits)
    lines = run("search", "--db", db, "--format", "jsonl").splitlines()
    assert [json.loads(line)["id"] for line in lines] == [int(h["id"]) for h in hits]
    quotes = list(csv.DictReader(io.StringIO(run("quotes", "--db", db, "--format", "csv"))))
    assert quotes and all(q["text"] for q in quotes)
    events = list(csv.DictReader(io.StringIO(run("events", "--db", db, "--format", "csv", "--bom").lstrip("\ufeff"))))
    assert events and any("普京" in e["participants"] for e in events)


def test_tables_in_a_pipe_are_plain_and_never_fold_a_row(tmp_path: Path):
    long_clause = ("交通部长林佳慧周二在台北与来自基隆港、高雄港、台中港、花莲港和苏澳港的十二名工会代表以及三家"
                   "远洋航运公司和两家港口装卸公司的劳资关系主管与人力资源总监举行会谈")
    path = tmp_path / "long.md"
    path.write_text(f"# 港口劳资会谈\n\n{long_clause}。\n", encoding="utf-8")
    events = [json.loads(line) for line in run("events", str(path), "--format", "jsonl").splitlines()]
    evidence = max((e["evidence"] for e in events), key=len)
    assert len(evidence) > 60
    assert any(evidence in line for line in run("events", str(path)).splitlines())
    db = str(tmp_path / "a.sqlite")
    with open_store(db) as store:
        put_doc(store, make_doc(1, pair=(0, 1), outlet=0, topic=0, day=date(2026, 3, 4)), pipeline=IMPORTED)
    table = run("search", "--db", db)
    assert not any(ch in table for ch in "┏━┃│└─") and "bbc.com" in table
