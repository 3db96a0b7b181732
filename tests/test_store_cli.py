"""The archive's query verbs on the command line: the same answers as the API, as tables or JSON."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest
from click.testing import CliRunner

from newsmine.cli import main
from newsmine.store import open_store
from newsmine.store.write import IMPORTED, put_doc

from .archive_docs import make_doc
from .conftest import EXAMPLES


@pytest.fixture
def archive(tmp_path, monkeypatch):
    db = str(tmp_path / "cli.sqlite")
    with open_store(db) as store:
        put_doc(store, make_doc(1, pair=(0, 1), outlet=0, topic=0, day=date(2026, 3, 4)), pipeline=IMPORTED)
        put_doc(store, make_doc(2, pair=(3, 0), outlet=3, topic=1, day=date(2026, 4, 1), quote=1), pipeline=IMPORTED)
    monkeypatch.setenv("NEWSMINE_DB", db)
    return db


def run(*args: str) -> str:
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_search_person_quotes_events_as_json(archive):
    hits = json.loads(run("search", "卫星", "--format", "json"))
    assert hits["total"] == 1 and hits["items"][0]["outlet"] == "bbc.com"
    assert json.loads(run("search", "--person", "Vladimir Putin", "--format", "json"))["total"] == 2
    assert json.loads(run("search", "星发", "--format", "json"))["total"] == 0
    person = json.loads(run("person", "普丁", "--format", "json"))
    assert {r["name"] for r in person["renderings"]} == {"普京", "普丁"}
    quotes = json.loads(run("quotes", "--speaker", "Putin", "--since", "2026-04-01", "--format", "json"))
    assert [q["text"] for q in quotes["items"]] == ["有關協議的細節仍需進一步磋商"]
    events = json.loads(run("events", "--participant", "普京", "--until", "2026-03-31", "--format", "json"))
    assert [e["date"] for e in events["items"]] == ["2026-03-04"]


def test_tables_for_people(archive):
    out = run("person", "Putin")
    assert "Vladimir Putin" in out and "cna.com.tw 1" in out and "bbc.com 1" in out
    table = run("quotes", "--speaker", "普京")
    assert "1–2 of 2" in table and " 普京 " in table and " 普丁 " in table and "│" not in table  # plain in a pipe


def test_lexicon_exports_csv_and_json(archive, tmp_path):
    target = tmp_path / "lexicon.csv"
    run("lexicon", "--format", "csv", "--output", str(target))
    rows = list(csv.DictReader(io.StringIO(target.read_text("utf-8"))))
    putin = next(r for r in rows if r["original"] == "Vladimir Putin")
    assert putin["renderings"] in {"普丁 1; 普京 1", "普京 1; 普丁 1"} and putin["articles"] == "2"
    assert putin["outlets"] == "bbc.com 1; cna.com.tw 1"
    data = json.loads(run("lexicon", "--format", "json", "--type", "PER"))
    assert {r["original"] for r in data} == {"Vladimir Putin", "Kim Jong Un", "Donald Trump"}
    assert json.loads(run("lexicon", "--phonetic", "--format", "json")) == []  # these glosses carry no flag


def test_lexicon_phonetic_on_an_analysed_article(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSMINE_DB", str(tmp_path / "lex.sqlite"))
    run("ingest", next(str(p) for p in EXAMPLES if p.name == "east-africa-drought.md"))
    everything = {r["original"] for r in json.loads(run("lexicon", "--format", "json"))}
    by_sound = {r["original"] for r in json.loads(run("lexicon", "--phonetic", "--format", "json"))}
    assert {"Amina Otieno", "Nairobi", "World Food Programme", "University of Nairobi"} <= everything
    assert {"Amina Otieno", "Nairobi"} <= by_sound  # 阿米娜·奥蒂诺, 内罗毕: renderings by sound
    assert "World Food Programme" not in by_sound  # 世界粮食计划署 renders the meaning


def test_show_and_unknown_ids(archive):
    assert "普京与金正恩在莫斯科会谈 聚焦卫星议题" in run("show", "1")
    doc = json.loads(run("show", "2", "--format", "json"))
    assert doc["doc"]["schema"] == "newsmine/1" and doc["outlet"] == "cna.com.tw"
    missing = CliRunner().invoke(main, ["show", "9"])
    assert missing.exit_code == 1 and "no article 9 in the archive" in missing.output
    nobody = CliRunner().invoke(main, ["person", "Nobody Atall"])
    assert nobody.exit_code == 1 and "no person is known as 'Nobody Atall'" in nobody.output


def test_a_single_json_document_is_ingested_as_given(tmp_path):
    db = str(tmp_path / "one.sqlite")
    target = tmp_path / "one.json"
    run("analyze", str(EXAMPLES[0]), "--format", "json", "--output", str(target))
    assert "1 new" in run("ingest", str(target), "--db", db)
    assert "0 new, 1 unchanged" in run("ingest", str(EXAMPLES[0]), "--db", db)
    with open_store(db) as store:
        assert store.scalar("SELECT pipeline FROM articles") == IMPORTED


def test_json_lines_on_standard_input(tmp_path):
    db = str(tmp_path / "stdin.sqlite")
    lines = CliRunner().invoke(main, ["analyze", *map(str, EXAMPLES), "--format", "json"]).output
    result = CliRunner().invoke(main, ["ingest", "-", "--db", db], input=lines + "{broken\n")
    assert result.exit_code == 2
    assert f"{len(EXAMPLES)} new, 0 unchanged, 1 failed" in result.output
    assert f"newsmine: -:{len(EXAMPLES) + 1}: not JSON" in result.output
