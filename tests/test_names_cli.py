"""`newsmine names` as a user runs it, and the report's "People and organisations" section."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from click.testing import CliRunner

from newsmine.cli import main
from tests.conftest import EXAMPLES

ARCTIC = str(next(p for p in EXAMPLES if p.name.startswith("arctic")))
NICKEL = str(next(p for p in EXAMPLES if p.name.startswith("nickel")))
DROUGHT = str(next(p for p in EXAMPLES if p.name.startswith("east-africa")))


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_names_json_rows_across_articles() -> None:
    result = run("names", ARCTIC, NICKEL, DROUGHT, "--format", "json")
    assert result.exit_code == 0, result.output
    rows = {r["name"]: r for r in json.loads(result.stdout)["names"]}
    assert rows["李敏浩"]["original_name"] == "Lee Min-ho" and rows["李敏浩"]["transliterated"] is True
    assert rows["李敏浩"]["roles"] == ["研究员"] and rows["李敏浩"]["affiliations"] == ["北极研究所"]
    assert rows["英格丽·哈尔沃森"]["aliases"] == ["哈尔沃森"]
    assert rows["BBC"]["articles"] == 2 and rows["BBC"]["type"] == "ORG"
    assert rows["BBC中文"]["articles"] == 1  # BBC's Chinese service (the nickel article's byline) is its own row
    assert rows["汉娜·维尔塔宁"]["articles"] == 1
    types = [r["type"] for r in json.loads(result.stdout)["names"]]
    assert types == sorted(types, key=["PER", "ORG", "LOC"].index)


def test_names_csv(tmp_path: Path) -> None:
    target = tmp_path / "names.csv"
    result = run("names", ARCTIC, "--format", "csv", "--output", str(target))
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(target.read_text("utf-8"))))
    assert list(rows[0]) == ["name", "original_name", "type", "transliterated", "roles", "articles"]
    dubois = next(r for r in rows if r["name"] == "马克·杜布瓦")
    assert (dubois["original_name"], dubois["type"], dubois["roles"]) == ("Marc Dubois", "PER", "加拿大北极事务部长")


def test_names_table_and_seed(seed_path: Path) -> None:
    result = run("names", str(seed_path))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["Chinese", "original", "type", "transliterated", "roles", "articles"]
    row = next(line for line in lines if line.lstrip().startswith("朴元根"))
    assert "Park Won-gon" in row and "yes" in row and "副教授" in row


def test_names_bad_input_is_one_line_and_nothing_written(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    result = run("names", str(tmp_path / "missing.md"), "--format", "json", "--output", str(target))
    assert result.exit_code == 2
    assert "missing.md" in result.stderr and "Traceback" not in result.output
    assert not target.exists()
    partial = run("names", str(tmp_path / "missing.md"), ARCTIC, "--format", "json")
    assert partial.exit_code == 2 and json.loads(partial.stdout)["names"]


def test_report_has_people_and_organisations(seed_path: Path) -> None:
    result = run("analyze", str(seed_path), "--format", "report")
    assert result.exit_code == 0, result.output
    section = result.stdout.split("People and organisations", 1)[1]
    row = next(line for line in section.splitlines() if line.lstrip().startswith("梁旭"))
    assert "Yang Uk" in row and "研究员" in row and "峨山政策硏究院" in row


def test_ner_benchmark_skips_without_data(tmp_path: Path) -> None:
    import subprocess
    import sys

    bench = Path(__file__).resolve().parent.parent / "bench" / "ner.py"
    done = subprocess.run([sys.executable, str(bench), str(tmp_path)], capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.startswith("skipped")
