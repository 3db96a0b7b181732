"""The Python API: newsmine.analyze / read / load on sources of every kind, and the README's example."""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
from datetime import date
from pathlib import Path

import pytest

import newsmine
from newsmine.errors import InputError
from newsmine.model import Doc, Entity, Quote

from .conftest import ROOT

MARKDOWN = """# 湄公河委员会在万象开会

**湄公河委员会周四在老挝首都万象召开部长级会议。**

老挝能源部长宋萨·坎达翁（Somsack Khamdavong）周四表示，各国将在雨季前共享水文数据。

他说：“没有数据，就没有信任。”
"""

HTML = """<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>湄公河委员会在万象开会 - 测试新闻</title></head>
<body><nav>首页 国际</nav><article><h1>湄公河委员会在万象开会</h1>
<p>老挝能源部长宋萨·坎达翁（Somsack Khamdavong）周四表示，各国将在雨季前共享水文数据。</p>
<p>他说：“没有数据，就没有信任。”</p></article></body></html>"""

TEXT = "湄公河委员会在万象开会\n\n老挝能源部长宋萨·坎达翁（Somsack Khamdavong）周四表示，各国将在雨季前共享水文数据。\n"


def test_markdown_html_and_text_give_the_same_article_and_people():
    docs = [newsmine.analyze(MARKDOWN), newsmine.analyze(HTML.encode("utf-8")), newsmine.analyze(TEXT)]
    for doc in docs:
        assert isinstance(doc, Doc)
        assert doc.article.title == "湄公河委员会在万象开会"
        person = next(e for e in doc.entities if e.original_name == "Somsack Khamdavong")
        assert isinstance(person, Entity) and person.type == "PER" and person.name == "宋萨·坎达翁"


def test_layers_are_typed_and_spans_point_into_the_text():
    doc = newsmine.analyze(MARKDOWN)
    quote = next(q for q in doc.quotes if q.kind == "direct")
    assert isinstance(quote, Quote)
    assert doc.span_text(quote.span) == quote.text
    assert "没有数据" in quote.text


def test_a_path_as_pathlike_or_string_is_read_from_disk(tmp_path: Path):
    path = tmp_path / "mekong"  # no extension: the content decides
    path.write_text(MARKDOWN, encoding="utf-8")
    by_path, by_name = newsmine.analyze(path), newsmine.analyze(str(path))
    assert by_path.article.title == by_name.article.title == "湄公河委员会在万象开会"
    assert by_path.source == str(path)


def test_a_mistyped_file_name_is_an_error_not_a_one_line_article():
    with pytest.raises(InputError, match="no such file"):
        newsmine.analyze("reports/mekong-meeting.md")
    with pytest.raises(InputError, match="reads no network"):
        newsmine.analyze("https://news.example.org/mekong-meeting.html")


def test_a_long_one_line_text_is_text_not_a_file_name():
    line = "湄公河委员会在万象开会，" * 40  # longer than a file name may be
    with pytest.raises(InputError, match="title line but no text"):
        newsmine.analyze(line)
    assert newsmine.analyze(line + "\n\n老挝能源部长周四表示，各国将共享水文数据。").article.title == line


def test_date_anchors_relative_times_and_url_fills_a_missing_address():
    doc = newsmine.analyze(MARKDOWN, date=date(2025, 6, 13), url="https://news.example.org/mekong")
    assert ("周四", "2025-06-12") in [(t.text, t.value) for t in doc.times]
    assert doc.article.url == "https://news.example.org/mekong"
    assert newsmine.analyze(MARKDOWN).anchor is None


def test_format_overrides_the_content():
    as_text = newsmine.read("# 标题一\n\n正文。", format="text")
    assert as_text.title == "# 标题一"
    with pytest.raises(ValueError, match="format must be one of"):
        newsmine.read(MARKDOWN, format="docx")


def test_to_json_round_trips_through_the_contract():
    doc = newsmine.analyze(MARKDOWN)
    data = json.loads(doc.to_json())
    assert data == doc.to_dict() and data["schema"] == "newsmine/1"
    assert "\n" not in doc.to_json() and doc.to_json(indent=2).startswith('{\n  "schema"')
    assert Doc.from_dict(data) == doc


def test_one_loaded_pipeline_is_reused():
    nlp = newsmine.load()
    assert newsmine.load() is nlp
    docs = list(nlp.pipe([MARKDOWN, TEXT]))
    assert [d.article.title for d in docs] == ["湄公河委员会在万象开会"] * 2


def test_a_smaller_pipeline_runs_only_its_components():
    doc = newsmine.Analyzer(["sentences", "glosses"])(MARKDOWN)
    assert doc.sentences and doc.glosses and not doc.entities


def test_not_an_article_raises_an_input_error():
    with pytest.raises(InputError, match="empty"):
        newsmine.analyze(b"   \n")


def test_the_readme_example_runs():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Python API", 1)[1]
    code = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    out = io.StringIO()
    cwd = os.getcwd()
    os.chdir(ROOT)
    try:
        with contextlib.redirect_stdout(out):
            exec(compile(code, "README.md", "exec"), {})
    finally:
        os.chdir(cwd)
    printed = out.getvalue()
    assert "北极部长会议在特罗姆瑟落幕" in printed
    assert "PER 英格丽·哈尔沃森 Ingrid Halvorsen" in printed
    assert "('周二', '2025-03-11')" in printed
