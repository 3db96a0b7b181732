"""`newsmine analyze` as a user runs it: formats, several inputs, and every kind of bad input."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsmine.cli import main
from newsmine.model import validate_dict
from newsmine.render.markdown import normalise

from .conftest import EXAMPLES

ARCTIC = str(next(p for p in EXAMPLES if p.name.startswith("arctic")))


def run(*args: str, input: bytes | None = None):
    return CliRunner().invoke(main, list(args), input=input)


def test_seed_as_json(seed_path):
    result = run("analyze", str(seed_path), "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    validate_dict(data)
    a = data["article"]
    assert a["section"] == "World"
    assert a["title"] == "普京与金正恩会晤：他们究竟谈了些什么"
    assert a["authors"] == [{"name": "黄晓恩", "original_name": "Tessa Wong", "role": "BBC亚洲数字记者"}]
    assert a["contributors"] == [{"name": "具酉娜", "original_name": "Yuna Ku", "role": None}]
    assert a["lead"].startswith("在与俄罗斯总统普京（Vladimir Putin）") and a["lead"].endswith("访问。")
    first, second = a["figures"]
    assert first["credit"] == "KCNA/Reuters" and first["caption"] == "周三下午，两国领导人在宴会上互相敬酒。"
    assert first["src"].startswith("_131083650_") and second["src"] == "_131075813_gettyimages-1661935067.jpg"
    assert second["credit"] == "Getty Images" and second["caption"] is None
    paragraphs = [b["text"] for b in a["blocks"] if b["type"] == "paragraph"]
    assert len(paragraphs) == 39
    assert paragraphs[0] == "金正恩周三（9月13日）乘私人装甲列车抵达俄罗斯远东的阿穆尔州，与普京在东方航天发射场会面。"
    assert all(p in data["text"] for p in paragraphs)


def test_report_shows_byline_lead_and_figures():
    result = run("analyze", ARCTIC, "--format", "report")
    assert result.exit_code == 0, result.output
    out = result.stdout
    for expected in ("[World]", "艾玛·卡特赖特 (Emma Cartwright)", "BBC北欧事务记者", "NTB/Scanpix",
                     "周一，一艘挪威科考船停靠在特罗姆瑟港", "卡琳·斯特兰德 (Karin Strand)"):
        assert expected in out


def test_markdown_format_writes_the_dialect():
    result = run("analyze", ARCTIC, "--format", "markdown")
    assert normalise(result.stdout) == normalise(Path(ARCTIC).read_text(encoding="utf-8"))


def test_several_inputs_give_json_lines():
    result = run("analyze", *map(str, EXAMPLES))
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == len(EXAMPLES)
    assert [json.loads(line)["source"] for line in lines] == list(map(str, EXAMPLES))


def test_stdin_is_read_for_dash():
    result = run("analyze", "-", input="# 标题\n\n正文第一段。\n".encode())
    assert result.exit_code == 0
    assert json.loads(result.stdout)["article"]["title"] == "标题"


def test_date_sets_the_anchor_and_is_checked():
    assert json.loads(run("analyze", ARCTIC, "--date", "2025-03-05").stdout)["anchor"] == "2025-03-05"
    bad = run("analyze", ARCTIC, "--date", "05/03/2025")
    assert bad.exit_code == 2 and "'05/03/2025' does not match the format '%Y-%m-%d'" in bad.stderr


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("missing.md", None, "no such file"),
        ("folder", "DIR", "is a directory, not a file"),
        ("empty.md", b"  \n\n", "is empty"),
        ("image.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "is a binary file, not text"),
        ("latin1.md", "# Café\n\nUn été à Paris.\n".encode("latin-1"), "is not valid UTF-8 (byte 0xe9 at offset 5)"),
        ("untitled.md", "只有一段文字。\n".encode(), "has a title line but no text"),
    ],
)
def test_bad_input_gives_one_line_naming_file_and_problem(tmp_path, name, content, problem):
    path = tmp_path / name
    if content == "DIR":
        path.mkdir()
    elif content is not None:
        path.write_bytes(content)
    result = run("analyze", str(path))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"newsmine: {path}: {problem}")
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stdout == ""


def test_good_inputs_are_processed_when_others_fail(tmp_path):
    result = run("analyze", str(tmp_path / "missing.md"), ARCTIC)
    assert result.exit_code == 2
    assert json.loads(result.stdout)["article"]["section"] == "World"
    assert "missing.md: no such file" in result.stderr


def test_output_is_written_whole_or_not_at_all(tmp_path):
    out = tmp_path / "out.jsonl"
    ok = run("analyze", ARCTIC, *map(str, EXAMPLES), "-o", str(out))
    assert ok.exit_code == 0 and ok.stdout == ""
    assert len(out.read_text(encoding="utf-8").splitlines()) == len(EXAMPLES) + 1

    out.write_text("previous contents", encoding="utf-8")
    failed = run("analyze", str(tmp_path / "missing.md"), "-o", str(out))
    assert failed.exit_code == 2
    assert out.read_text(encoding="utf-8") == "previous contents"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]

    fresh = tmp_path / "fresh.json"
    run("analyze", str(tmp_path / "missing.md"), "-o", str(fresh))
    assert not fresh.exists()


def test_output_follows_the_umask_and_a_replaced_file_keeps_its_mode(tmp_path):
    previous = os.umask(0o027)
    try:
        fresh = tmp_path / "report.md"
        assert run("analyze", ARCTIC, "--format", "markdown", "-o", str(fresh)).exit_code == 0
        assert stat.S_IMODE(fresh.stat().st_mode) == 0o640
        shared = tmp_path / "shared.md"
        shared.write_text("old", encoding="utf-8")
        shared.chmod(0o664)
        assert run("analyze", ARCTIC, "--format", "markdown", "-o", str(shared)).exit_code == 0
        assert stat.S_IMODE(shared.stat().st_mode) == 0o664 and shared.read_text(encoding="utf-8") != "old"
    finally:
        os.umask(previous)


def test_output_into_a_missing_folder_is_a_usage_error(tmp_path):
    result = run("analyze", ARCTIC, "-o", str(tmp_path / "nope" / "out.json"))
    assert result.exit_code == 2 and "does not exist" in result.stderr


def test_version_and_help_on_every_command():
    assert run("--version").stdout.startswith("newsmine, version ")
    for args in (["--help"], ["analyze", "--help"]):
        result = run(*args)
        assert result.exit_code == 0 and "Usage: " in result.stdout
    for name in main.list_commands(None):
        assert run(name, "--help").exit_code == 0


def test_installed_console_script_runs():
    result = subprocess.run([sys.executable, "-m", "newsmine", "analyze", ARCTIC, "--format", "report"],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0 and "北极部长会议" in result.stdout


def test_the_lazy_verb_list_matches_each_verbs_own_help():
    from newsmine.cli import VERBS

    for name, (module, first_line) in VERBS.items():
        command = main.get_command(None, name)
        assert command is not None and command.callback.__module__ == f"newsmine.cli.{module}"
        assert command.help.strip().splitlines()[0] == first_line
    listed = run("--help").stdout
    assert all(f"  {name} " in listed for name in VERBS)


def test_version_and_help_load_neither_analysis_nor_archive():
    code = ("import sys; from click.testing import CliRunner; from newsmine.cli import main; "
            "CliRunner().invoke(main, ['--help']); CliRunner().invoke(main, ['--version']); "
            "print(sorted(m for m in sys.modules if m.startswith(('newsmine.analyze', 'newsmine.store', "
            "'newsmine.read', 'newsmine.render', 'jieba', 'rich', 'fastapi'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
