"""`quotes` and `events` read files when given PATHs and the archive when not; options of the other mode are refused."""

from __future__ import annotations

import json

from click.testing import CliRunner

from newsmine.cli import main

from .conftest import EXAMPLES

ARCTIC = str(next(p for p in EXAMPLES if p.name.startswith("arctic")))


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_file_mode_refuses_archive_options():
    for verb, option in (("quotes", "--about"), ("events", "--participant")):
        result = run(verb, ARCTIC, option, "渔业")
        assert result.exit_code == 2 and f"{option} query the archive: give no PATH" in result.stderr


def test_archive_mode_refuses_file_options(tmp_path):
    result = run("events", "--sort", "date", "--db", str(tmp_path / "a.sqlite"))
    assert result.exit_code == 2 and "--sort work with PATHs" in result.stderr
    result = run("quotes", "-o", str(tmp_path / "q.json"), "--db", str(tmp_path / "a.sqlite"))
    assert result.exit_code == 2 and "--output works with PATHs" in result.stderr


def test_the_same_verb_reads_files_then_the_archive(tmp_path):
    db = str(tmp_path / "archive.sqlite")
    from_file = run("quotes", ARCTIC, "--speaker", "哈尔沃森", "--format", "json")
    assert from_file.exit_code == 0, from_file.output
    said = [q["text"] for s in json.loads(from_file.stdout)["speakers"] for q in s["quotes"]]
    assert len(said) >= 2
    assert run("ingest", ARCTIC, "--db", db).exit_code == 0
    from_archive = run("quotes", "--speaker", "哈尔沃森", "--format", "json", "--db", db)
    assert from_archive.exit_code == 0, from_archive.output
    assert sorted(q["text"] for q in json.loads(from_archive.stdout)["items"]) == sorted(said)
    events = run("events", "--db", db, "--format", "json")
    assert events.exit_code == 0 and json.loads(events.stdout)["total"] > 0
