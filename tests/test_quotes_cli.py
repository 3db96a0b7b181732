"""`newsmine quotes` and the report's "Who said what", as a user sees them."""

from __future__ import annotations

import json

from click.testing import CliRunner

from newsmine.analyze.pipeline import analyze
from newsmine.cli import main
from newsmine.read import read_markdown
from newsmine.render.quotes import matches, select, speaker_groups
from newsmine.render.report import render_report

from .conftest import EXAMPLES

ARCTIC = str(next(p for p in EXAMPLES if p.name.startswith("arctic")))
NICKEL = str(next(p for p in EXAMPLES if p.name.startswith("nickel")))


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_table_groups_quotes_by_speaker():
    result = run("quotes", ARCTIC)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.index("马克·杜布瓦") < out.index("随着海冰消融") < out.index("李敏浩")
    assert "补充道" in out and "→ 哈尔沃森" in out


def test_json_lists_speakers_with_their_quotes():
    result = run("quotes", NICKEL, "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["source"] == NICKEL
    names = [s["speaker"]["name"] for s in data["speakers"]]
    assert names[0] == "若昂·卡瓦略" and "瑪麗亞·蘇亞雷斯" in names
    first = data["speakers"][0]["quotes"][0]
    assert first["kind"] == "mixed" and first["cue"] == "說" and "「我們不應該只是把礦石裝船運走」" in first["text"]


def test_speaker_filter_accepts_a_short_form():
    result = run("quotes", ARCTIC, "--speaker", "哈尔沃森", "--format", "json")
    data = json.loads(result.stdout)
    assert data["speakers"] and all("哈尔沃森" in s["speaker"]["name"] for s in data["speakers"])
    quotes = [q for s in data["speakers"] for q in s["quotes"]]
    assert sum("哈尔沃森" in q["speaker_text"] for q in quotes) == 4  # (+ her 她强调 once the names layer resolves it)
    assert all(q["speaker_text"] in ("她",) or "哈尔沃森" in q["speaker_text"] for q in quotes)


def test_several_inputs_give_json_lines_and_a_bad_one_is_skipped(tmp_path):
    result = run("quotes", ARCTIC, str(tmp_path / "missing.md"), NICKEL, "--format", "json")
    assert result.exit_code == 2
    lines = result.stdout.splitlines()
    assert [json.loads(line)["source"] for line in lines] == [ARCTIC, NICKEL]
    assert "missing.md" in result.stderr and "Traceback" not in result.stderr


def test_output_is_untouched_when_every_input_fails(tmp_path):
    target = tmp_path / "quotes.txt"
    target.write_text("before", encoding="utf-8")
    result = run("quotes", str(tmp_path / "missing.md"), "--output", str(target))
    assert result.exit_code == 2 and target.read_text(encoding="utf-8") == "before"


def _doc_with_entities() -> dict:
    quote = {"span": [10, 20], "text": "讨论所有话题", "kind": "mixed", "speaker": "e1", "speaker_text": "普京总统",
             "speaker_span": [0, 4], "addressee": None, "addressee_text": None, "addressee_span": None,
             "cue": "表示", "cue_span": [4, 6]}
    other = dict(quote, speaker="e2", speaker_text="金正恩", text="我们将始终支持")
    anonymous = dict(quote, speaker=None, speaker_text="专家", text="莫斯科可能热衷于此")
    entities = [
        {"id": "e1", "type": "PER", "name": "普京", "original_name": "Vladimir Putin", "transliterated": True,
         "aliases": ["普京总统"], "roles": [{"text": "俄罗斯总统", "span": [30, 35]}], "affiliations": [], "mentions": []},
        {"id": "e2", "type": "PER", "name": "金正恩", "original_name": None, "transliterated": False,
         "aliases": [], "roles": [{"text": "朝鲜领导人", "span": [40, 45]}], "affiliations": [], "mentions": []},
    ]
    return {"article": {"title": "t"}, "entities": entities, "quotes": [quote, other, dict(quote), anonymous]}


def test_groups_use_the_entity_name_original_spelling_and_role():
    groups = speaker_groups(_doc_with_entities())
    assert [g["speaker"]["name"] for g in groups] == ["普京", "金正恩", "专家"]
    putin = groups[0]
    assert putin["speaker"]["original_name"] == "Vladimir Putin" and putin["speaker"]["roles"] == ["俄罗斯总统"]
    assert len(putin["quotes"]) == 2 and groups[2]["speaker"]["id"] is None


def test_any_of_a_speakers_names_selects_them():
    groups = speaker_groups(_doc_with_entities())
    for name in ("普京", "Putin", "putin", "普京总统", "Vladimir Putin"):
        assert [g["speaker"]["name"] for g in select(groups, name)] == ["普京"], name
    assert not matches(groups[0], "金正恩") and not matches(groups[0], "Vladimir Lenin")


def test_the_report_has_a_who_said_what_section():
    result = run("analyze", NICKEL, "--format", "report")
    out = result.stdout
    section = out.index("Who said what")
    assert section < out.index("桑托索", section) < out.index("Additional reporting")


def test_the_report_leaves_the_section_out_when_nobody_is_quoted():
    data = _doc_with_entities()
    data["quotes"] = []
    assert speaker_groups(data) == []
    quiet = analyze(read_markdown("# 无引语\n\n会议在周二结束。\n")).to_dict()
    assert quiet["quotes"] == []
    assert "Who said what" not in render_report(quiet)
