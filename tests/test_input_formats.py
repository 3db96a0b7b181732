"""Inputs are read by content, not by file name: pages, Markdown, plain text, front matter; ingest's
--glob/--exclude and its notes for files that are not articles; reading verbs refuse a missing archive."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsmine.cli import main
from newsmine.read import read_article, read_bytes
from newsmine.store import open_store

PAGE = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>台风“海燕”逼近福建沿海_测试日报</title></head>
<body><div class="nav">首页 | 社会</div><div class="article"><h1>台风“海燕”逼近福建沿海</h1>
<p>福建省气象台周日发布台风红色预警，预计“海燕”将于周一在厦门至漳州一带登陆。</p>
<p>省防汛办副主任陈国梁表示：“沿海渔船已全部回港避风。”</p></div></body></html>"""

POST_YAML = """---
title: "台风“海燕”逼近福建沿海"
date: 2025-09-14T08:30:00+08:00
author:
  - 林晓雯
  - name: 黄志明
url: https://news.example.cn/2025/09/14/typhoon
tags: [台风, 福建]
---

福建省气象台周日发布台风红色预警，预计“海燕”将于周一在厦门至漳州一带登陆。

省防汛办副主任陈国梁表示：“沿海渔船已全部回港避风。”
"""

POST_TOML = """+++
title = "台风逼近福建"
date = 2025-09-14
authors = ["林晓雯"]
+++

# 台风逼近福建

福建省气象台周日发布台风红色预警。
"""

TEXT = """台风“海燕”逼近福建沿海

福建省气象台周日发布台风红色预警，
预计“海燕”将于周一在厦门至漳州一带登陆。

省防汛办副主任陈国梁表示：“沿海渔船已全部回港避风。”
"""


def run(*args: str, stdin: bytes | None = None) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args), input=stdin)
    return result.exit_code, result.output


@pytest.mark.parametrize("name", ["story.shtml", "story.php", "story.aspx", "story"])
def test_a_page_is_html_whatever_its_name(tmp_path: Path, name: str):
    path = tmp_path / name
    path.write_text(PAGE, encoding="utf-8")
    article = read_article(str(path))
    assert article.title == "台风“海燕”逼近福建沿海"
    assert [b.text for b in article.blocks if b.type == "paragraph"][0].startswith("福建省气象台")


def test_a_page_on_standard_input_is_html():
    code, out = run("convert", "-", "--format", "json", stdin=PAGE.encode("utf-8"))
    assert code == 0, out
    record = json.loads(out)
    assert record["title"] == "台风“海燕”逼近福建沿海" and "<p>" not in record["text"]


def test_plain_text_first_line_is_the_title_and_wrapped_lines_join():
    article = read_bytes(TEXT.encode("utf-8"), "note.txt")
    assert article.title == "台风“海燕”逼近福建沿海"
    paragraphs = [b.text for b in article.blocks]
    assert paragraphs[0] == "福建省气象台周日发布台风红色预警，预计“海燕”将于周一在厦门至漳州一带登陆。"
    assert len(paragraphs) == 2 and article.language == "zh"


def test_yaml_front_matter_gives_metadata_and_is_not_text():
    article = read_bytes(POST_YAML.encode("utf-8"), "_posts/2025-09-14-typhoon.md")
    assert article.title == "台风“海燕”逼近福建沿海"
    assert article.published == "2025-09-14"
    assert [p.name for p in article.authors] == ["林晓雯", "黄志明"]
    assert article.url == "https://news.example.cn/2025/09/14/typhoon"
    body = " ".join(b.text for b in article.blocks)
    assert "tags" not in body and "---" not in body and body.startswith("福建省气象台")


def test_toml_front_matter_and_a_heading_that_repeats_the_title():
    article = read_bytes(POST_TOML.encode("utf-8"), "content/typhoon.md")
    assert article.title == "台风逼近福建" and article.published == "2025-09-14"
    assert [b.type for b in article.blocks] == ["paragraph"]


def test_broken_front_matter_is_a_clear_error(tmp_path: Path):
    path = tmp_path / "post.md"
    path.write_text("---\ntitle: [unclosed\n---\n\n正文。\n", encoding="utf-8")
    code, out = run("analyze", str(path))
    assert code == 2 and f"newsmine: {path}: has front matter that is not valid YAML" in out


def test_input_format_overrides_the_content(tmp_path: Path):
    path = tmp_path / "snippet.html"
    path.write_text("# 不是网页\n\n这是一段 Markdown 正文，文件名却是 .html。\n", encoding="utf-8")
    code, out = run("convert", str(path))
    assert code == 2 and "is not a web page" in out
    code, out = run("convert", str(path), "--input-format", "markdown")
    assert code == 0 and out.startswith("# 不是网页")
    code, out = run("convert", "-", "--input-format", "text", stdin="# 井号也是标题的一部分\n\n正文。\n".encode())
    assert code == 0 and "井号也是标题的一部分" in out


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "crawl"
    (root / "2025").mkdir(parents=True)
    (root / "2025" / "typhoon.shtml").write_text(PAGE, encoding="utf-8")
    (root / "2025" / "typhoon-note.txt").write_text(TEXT, encoding="utf-8")
    (root / "2025" / "draft.md").write_text(POST_YAML, encoding="utf-8")
    (root / "README.md").write_text("# 抓取说明\n\n这些文件由测试脚本生成。\n", encoding="utf-8")
    (root / "sources.md").write_text("# 来源\n\n| 文件 | 网址 |\n| --- | --- |\n| a | b |\n", encoding="utf-8")
    return root


def test_ingest_skips_readmes_and_tables_with_a_note(tmp_path: Path, folder: Path):
    db = str(tmp_path / "a.sqlite")
    code, out = run("ingest", str(folder), "--db", db)
    assert code == 0, out
    assert "2 new, 1 unchanged, 2 skipped, 0 failed of 5" in out  # the text note and the page are the same story
    assert f"newsmine: {folder / 'README.md'}: skipped, not an article (a README file)" in out
    assert f"newsmine: {folder / 'sources.md'}: skipped, not an article (a table, no paragraph of text)" in out


def test_ingest_glob_and_exclude_choose_the_files(tmp_path: Path, folder: Path):
    db = str(tmp_path / "b.sqlite")
    code, out = run("ingest", str(folder), "--db", db, "--glob", "*.shtml", "--glob", "2025/*.md",
                    "--exclude", "draft*")
    assert code == 0, out
    assert "1 new, 0 unchanged, 0 failed of 1" in out
    with open_store(db) as store:
        assert [r["title"] for r in store.query("SELECT title FROM articles")] == ["台风“海燕”逼近福建沿海"]


@pytest.mark.parametrize("verb", [["search", "台风"], ["person", "陈国梁"], ["quotes"], ["events"], ["lexicon"],
                                  ["show", "1"], ["reanalyze"], ["serve"]])
def test_reading_verbs_refuse_a_missing_archive(tmp_path: Path, verb: list[str]):
    db = tmp_path / "archvie.sqlite"  # mistyped
    code, out = run(*verb, "--db", str(db))
    assert code == 1
    assert f"newsmine: {db}: no archive there" in out and "newsmine ingest --db" in out
    assert not db.exists()


def test_a_file_name_too_long_for_the_file_system_is_one_line_of_error(tmp_path: Path):
    name = str(tmp_path / ("报道" * 100 + ".md"))
    code, out = run("analyze", name)
    assert code == 2 and f"newsmine: {name}: cannot be read (File name too long)" in out
