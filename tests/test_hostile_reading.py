"""Hostile inputs to the readers: devices, FIFOs, endless streams, over-long articles, deep nesting.
Each is refused with one line naming the file and the problem, before it is read whole or parsed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsmine.errors import InputError, NotAnArticle, UnreadableInput
from newsmine.read import read_article
from newsmine.read.html import read_html
from newsmine.read.html.nesting import MAX_DEPTH, nesting_depth
from newsmine.read.limits import ENV, MAX_ARTICLE_CHARS, TooLong
from newsmine.read.source import MAX_INPUT_BYTES, load_bytes

ARTICLE = "# 山区小学迎来新校舍\n\n县教育局周一表示，三所山区小学的新校舍已经完工，九月开学时投入使用。\n"


def newsmine(*args: str, stdin: bytes | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newsmine", *args], input=stdin, capture_output=True,
                          env={**os.environ, **(env or {})}, timeout=120, text=stdin is None)


@pytest.mark.parametrize("name", ["zero.md", "random.html", "null.md"])
def test_a_symlink_to_a_device_is_refused_before_reading(tmp_path, name):
    target = {"zero.md": "/dev/zero", "random.html": "/dev/urandom", "null.md": "/dev/null"}[name]
    link = tmp_path / name
    link.symlink_to(target)
    with pytest.raises(UnreadableInput, match="character device, not a regular file"):
        read_article(str(link))
    out = newsmine("analyze", str(link))
    assert out.returncode == 2
    assert out.stderr.strip() == f"newsmine: {link}: is a character device, not a regular file"


def test_a_fifo_is_refused_instead_of_waiting_for_a_writer(tmp_path):
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    with pytest.raises(UnreadableInput, match="FIFO"):
        load_bytes(str(fifo))


def test_standard_input_is_read_up_to_the_limit_only():
    out = newsmine("analyze", "-", stdin=b"# T\n\n" + b"x" * (MAX_INPUT_BYTES + 10))
    assert out.returncode == 2
    assert out.stderr.decode().strip() == "newsmine: -: is over the 20 MiB limit for one input"


def test_a_file_over_the_size_limit_of_any_kind_is_refused(tmp_path):
    big = tmp_path / "huge.md"
    with big.open("wb") as fh:
        fh.truncate(MAX_INPUT_BYTES + 1)  # sparse: no disk used
    with pytest.raises(UnreadableInput, match="over the 20 MiB limit"):
        load_bytes(str(big))


def test_markdown_far_longer_than_an_article_is_refused_before_parsing(tmp_path):
    long = tmp_path / "long.md"
    long.write_text("# 长文\n\n" + "县里今天开会讨论修路的事情。\n\n" * 40_000, encoding="utf-8")
    with pytest.raises(TooLong, match="over the limit of 400,000 for one article's Markdown"):
        read_article(str(long))


def test_the_article_size_cap_is_documented_configurable_and_named_in_the_error(tmp_path):
    path = tmp_path / "school.md"
    path.write_text(ARTICLE + "\n".join(["县教育局还说，新校舍配有图书室和食堂。"] * 20) + "\n", encoding="utf-8")
    assert read_article(str(path)).title == "山区小学迎来新校舍"
    out = newsmine("analyze", str(path), env={ENV: "200"})
    assert out.returncode == 2
    assert out.stderr.startswith(f"newsmine: {path}: holds ") and f"over the limit of 200 for one article ({ENV})" in out.stderr
    bad = newsmine("analyze", str(path), env={ENV: "lots"})
    assert bad.returncode == 2 and f"{ENV}: must be a positive whole number" in bad.stderr
    assert MAX_ARTICLE_CHARS >= 100_000


PAGE_HEAD = "<html><head><title>深夜的雨</title></head><body><h1>深夜的雨</h1>"


@pytest.mark.parametrize("opener", ["<div>", "<section>", "<blockquote>", "<table><tr><td>", "<span>", "<div/>"])
def test_a_page_nested_deeper_than_the_limit_is_refused_before_parsing(opener):
    page = PAGE_HEAD + opener * (MAX_DEPTH + 10) + "<p>气象台说，雨会一直下到周四早上。</p>"
    with pytest.raises(NotAnArticle, match=f"more than {MAX_DEPTH} deep"):
        read_html(page.encode(), "rain.html")


def test_sloppy_but_real_markup_is_not_counted_as_nesting():
    paragraphs = "<p>气象台说，雨会一直下到周四早上，市民出门请带伞。" * 3000  # never closed: siblings
    items = "<ul>" + "<li>一条消息" * 3000 + "</ul>"
    closed = "<div><span>说明</div>" * 3000  # a span left open inside each closed div
    icons = "<svg>" + '<path d="M0 0"/>' * 3000 + "</svg>"
    script = "<script>" + "document.write('<div>');" * 3000 + "</script>"
    for body in (paragraphs, items, closed, icons, script):
        assert nesting_depth(PAGE_HEAD + body) < 10
    article = read_html((PAGE_HEAD + paragraphs[:2000] + closed[:3000]).encode(), "rain.html")
    assert article.title == "深夜的雨"


def test_every_reader_error_names_its_file(tmp_path):
    for name, data in (("empty.md", b""), ("binary.html", b"\x00\x01\x02"), ("latin.md", b"# caf\xe9\n")):
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(InputError) as caught:
            read_article(str(path))
        assert str(caught.value).startswith(f"{path}: ")
    assert not Path("/definitely/not/here.md").exists()
    with pytest.raises(UnreadableInput, match="no such file"):
        read_article("/definitely/not/here.md")


def test_a_json_line_holding_a_nul_is_refused_by_line_and_the_others_stored(tmp_path):
    import json

    from newsmine.analyze.pipeline import analyze
    from newsmine.model import Article, Block

    good = analyze(Article(title="山区小学迎来新校舍", blocks=[Block("paragraph", "县教育局周一表示新校舍已经完工。")]))
    bad = analyze(Article(title="渡口\x00重开", blocks=[Block("paragraph", "镇政府周五宣布老渡口重新开放。")]))
    lines = tmp_path / "docs.jsonl"
    lines.write_text("\n".join(json.dumps(d.to_dict(), ensure_ascii=False) for d in (bad, good)) + "\n")
    out = newsmine("ingest", str(lines), "--db", str(tmp_path / "a.sqlite"))
    assert out.returncode == 2 and "1 new" in out.stdout
    assert out.stderr.strip().endswith(f"newsmine: {lines}:1: holds a NUL character (\\u0000), which no archive can store")
