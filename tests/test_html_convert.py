"""`newsmine convert` and `newsmine analyze` on web pages, as a user runs them."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from click.testing import CliRunner

from newsmine.cli import main
from newsmine.model import article_from_dict, validate_dict

FIXTURES = Path(__file__).parent / "fixtures" / "html"
BBC = str(FIXTURES / "bbc_zhongwen_2023.html")
GAZETTE = str(FIXTURES / "generic_gazette.html")


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_json_lines_carry_path_text_and_the_article_fields(tmp_path):
    gz = tmp_path / "gazette.html.gz"
    gz.write_bytes(gzip.compress(Path(GAZETTE).read_bytes()))
    result = run("convert", BBC, str(gz), "--format", "json")
    assert result.exit_code == 0, result.output
    first, second = [json.loads(line) for line in result.stdout.splitlines()]
    assert first["path"] == BBC and second["path"] == str(gz)
    article = article_from_dict({k: v for k, v in first.items() if k not in ("path", "text")})
    assert article.title == "日韩外长釜山会谈：他们究竟同意了什么"
    paragraphs = first["text"].split("\n\n")
    assert paragraphs[0] == article.lead and paragraphs[1] == article.paragraphs()[0]
    assert "热线为何重要" in paragraphs and "朴敏浩" not in first["text"]
    assert second["authors"][0]["name"] == "Miriam Okafor"


def test_output_file_is_written_whole(tmp_path):
    out = tmp_path / "out.md"
    result = run("convert", GAZETTE, "-o", str(out))
    assert result.exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("# [Local] Ferry operator halts night crossings")


def test_bad_input_is_named_and_skipped(tmp_path):
    text = tmp_path / "notes.html"
    text.write_text("just some notes, no markup", encoding="utf-8")
    result = run("convert", str(text), GAZETTE, "--format", "json")
    assert result.exit_code == 2
    assert f"newsmine: {text}: is not a web page (no HTML markup found)" in result.stderr
    assert len(result.stdout.splitlines()) == 1


def test_every_input_failing_leaves_output_untouched(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text("previous\n", encoding="utf-8")
    result = run("convert", str(tmp_path / "missing.html"), "--format", "json", "-o", str(out))
    assert result.exit_code == 2 and out.read_text(encoding="utf-8") == "previous\n"


def test_markdown_files_still_convert():
    example = next((Path(__file__).parent.parent / "examples").glob("*.md"))
    result = run("convert", str(example))
    assert result.exit_code == 0 and result.stdout.startswith("# [")


def test_analyze_reads_pages_directly():
    result = run("analyze", BBC)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    validate_dict(data)
    assert data["article"]["url"] == "https://www.bbc.com/zhongwen/simp/world-70214455"
    assert data["anchor"] == "2023-10-18"
    assert "东京大学（University of Tokyo）" in data["text"]


def test_analyze_page_without_url_keeps_it_null(tmp_path):
    page = tmp_path / "local.htm"
    page.write_text("<html><head><meta charset='utf-8'><title>村里修通了路</title></head><body><h1>村里修通了路</h1>"
                    "<p>经过两年施工，连接山村和县城的公路周一正式通车，村民进城的时间缩短了一半。</p></body></html>",
                    encoding="utf-8")
    result = run("analyze", str(page))
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["article"]["url"] is None and data["article"]["title"] == "村里修通了路"
