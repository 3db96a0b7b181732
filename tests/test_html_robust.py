"""Bad pages give a clear error or a best-effort article: never a traceback, never a hang."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from newsmine.errors import InputError, NotAnArticle, UnreadableInput
from newsmine.read import read_article
from newsmine.read.html import read_html
from newsmine.read.source import MAX_INPUT_BYTES

FIXTURES = Path(__file__).parent / "fixtures" / "html"


def test_truncated_page_gives_what_it_has():
    data = (FIXTURES / "generic_gazette.html").read_bytes()
    cut = data[: data.index(b"Islanders worry") + 5]
    a = read_html(cut, "cut.html")
    assert a.title == "Ferry operator halts night crossings after engine fire"
    assert a.paragraphs()[0].startswith("The operator, Carrow Link")


def test_truncated_inside_a_multibyte_character():
    data = (FIXTURES / "bbc_zhongwen_2023.html").read_bytes()
    cut = data[: data.index("东京大学".encode()) + 2]  # ends mid-character
    a = read_html(cut, "cut.html")
    assert a.title == "日韩外长釜山会谈：他们究竟同意了什么"


def test_broken_markup_is_repaired_by_the_parser():
    page = ("<html><title>Tide gauge fails</title><body><h1>Tide gauge fails<div><p>The harbour's tide gauge "
            "stopped sending readings on Sunday night, the port authority said.<p>Engineers <b>expect <i>to fix "
            "it by Wednesday</b></i>, weather permitting.</table></span></body>")
    a = read_html(page.encode(), "broken.html")
    assert a.title == "Tide gauge fails"
    assert a.paragraphs() == ["The harbour's tide gauge stopped sending readings on Sunday night, the port authority said.",
                              "Engineers expect to fix it by Wednesday, weather permitting."]


@pytest.mark.parametrize("data, problem", [
    (b"Just a line of plain text, no markup at all.\n", "not a web page"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "not a web page"),
    (b'{"title": "json, not html"}', "not a web page"),
    (b"<html><body><div></div></body></html>", "no title"),
    (b"<html><body><div><img src=x.jpg></div></body></html>", "no text"),
])
def test_non_articles_are_refused_clearly(data, problem):
    with pytest.raises(NotAnArticle, match=problem):
        read_html(data, "x.html")


def test_deeply_nested_page_does_not_overflow():
    depth = 1_000  # under the nesting limit; deeper pages are refused (test_hostile_reading.py)
    page = "<html><title>Nested</title><body><h1>Nested</h1>" + "<div>" * depth
    page += "<p>A paragraph at the bottom of a very deep pile of containers, still readable.</p>" + "</div>" * depth
    a = read_html(page.encode(), "deep.html")
    assert a.title == "Nested"


def test_page_over_the_size_limit_is_refused_before_reading(tmp_path):
    big = tmp_path / "huge.html"
    with big.open("wb") as fh:
        fh.write(b"<html><head><title>Huge</title></head><body>")
        chunk = b"<p>" + b"filler text " * 80 + b"</p>\n"
        for _ in range(50 * 1024 * 1024 // len(chunk) + 1):
            fh.write(chunk)
    assert big.stat().st_size >= 50 * 1024 * 1024
    with pytest.raises(UnreadableInput, match="over the 20 MiB limit"):
        read_article(str(big))


def test_gzip_bomb_is_refused(tmp_path):
    bomb = tmp_path / "bomb.html.gz"
    with gzip.open(bomb, "wb") as fh:
        fh.write(b"<html><title>x</title><body>")
        for _ in range(MAX_INPUT_BYTES // (1024 * 1024) + 2):
            fh.write(b" " * 1024 * 1024)
    with pytest.raises(UnreadableInput, match="once decompressed"):
        read_article(str(bomb))


def test_gzip_pages_are_read_and_broken_gzip_is_named(tmp_path):
    page = tmp_path / "page.html.gz"
    page.write_bytes(gzip.compress((FIXTURES / "generic_gazette.html").read_bytes()))
    assert read_article(str(page)).title.startswith("Ferry operator")
    (tmp_path / "fake.html.gz").write_bytes(b"<html>not compressed</html>")
    with pytest.raises(UnreadableInput, match="not gzip"):
        read_article(str(tmp_path / "fake.html.gz"))
    (tmp_path / "cut.html.gz").write_bytes(page.read_bytes()[:200])
    with pytest.raises(InputError, match="broken gzip"):
        read_article(str(tmp_path / "cut.html.gz"))


def test_missing_and_directory_paths(tmp_path):
    with pytest.raises(UnreadableInput, match="no such file"):
        read_article(str(tmp_path / "absent.html"))
    folder = tmp_path / "folder.html"
    folder.mkdir()
    with pytest.raises(UnreadableInput, match="directory"):
        read_article(str(folder))
