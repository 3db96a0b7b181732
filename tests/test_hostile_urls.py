"""Hostile addresses: only http(s) and relative URLs survive reading, rendering and import; none crashes."""

from __future__ import annotations

import copy
import json
import subprocess
import sys

import pytest

from newsmine.analyze.pipeline import analyze
from newsmine.errors import SchemaError
from newsmine.model import Article, Block, Doc, Figure
from newsmine.read.html import read_html
from newsmine.read.markdown import read_markdown
from newsmine.render.markdown import write_markdown
from newsmine.store.write import outlet_of
from newsmine.urls import host_of, safe_url

SCRIPTS = ["javascript:alert(document.cookie)", "JaVaScRiPt:alert(1)", " \x01javascript:alert(1)",
           "java\tscript:alert(1)", "java\nscript:alert(1)", "vbscript:msgbox(1)",
           "data:text/html,<script>alert(1)</script>", "file:///etc/passwd", "http://exa\x00mple.org/"]
BROKEN = ["http://[/a.jpg", "http://[x]/a", "https://[::1/a.png", "http://example.org:99999/a.jpg"]


@pytest.mark.parametrize("url", SCRIPTS + BROKEN)
def test_scripts_other_schemes_and_unparsable_addresses_are_dropped(url):
    assert safe_url(url) is None
    assert safe_url(url, "https://news.example.org/world/a.html") is None
    assert host_of(url) is None


@pytest.mark.parametrize(("url", "base", "kept"), [
    ("https://news.example.org/a.jpg", None, "https://news.example.org/a.jpg"),
    ("HTTP://News.Example.org/a", None, "HTTP://News.Example.org/a"),
    ("photo.jpg", None, "photo.jpg"),
    ("/img/photo.jpg", "https://news.example.org/world/a.html", "https://news.example.org/img/photo.jpg"),
    ("//cdn.example.org/p.jpg", "https://news.example.org/a", "https://cdn.example.org/p.jpg"),
    ("  https://news.example.org/b  ", None, "https://news.example.org/b"),
    ("photo.jpg", "javascript:alert(1)//", "photo.jpg"),
])
def test_http_and_relative_addresses_are_kept_and_resolved_against_a_safe_page(url, base, kept):
    assert safe_url(url, base) == kept


def test_outlet_of_a_canonical_address_with_a_broken_host_is_none_not_a_crash():
    assert outlet_of("http://[x]/a") is None
    assert outlet_of("https://www.example-news.org/a") == "example-news.org"


PAGE = """<!doctype html><html lang="zh"><head><meta charset="utf-8">
<title>港口城市宣布新的渡轮航线</title>
<meta property="og:image" content="{og}">
<meta property="og:url" content="{url}">
<link rel="canonical" href="http://[x]/a">
</head><body><article><h1>港口城市宣布新的渡轮航线</h1>
<p>市交通局周二表示，连接两座离岛的新渡轮航线将于下月开通，每天往返六班。</p>
<figure><img src="{img}" alt="码头"><figcaption>新建的码头（图片来源：市交通局）</figcaption></figure>
<p>交通局局长林志明说：“新航线能把通勤时间缩短一半。”</p>
<p>居民陈美玲表示，她希望票价能保持在目前的水平，让老人也负担得起。</p>
</article></body></html>"""


@pytest.mark.parametrize(("og", "url", "img"), [
    ("http://[/a.jpg", "http://[x]/a", "http://[/b.jpg"),
    ("javascript:alert(1)", "javascript:alert(document.domain)", "java&#9;script:alert(1)"),
    ("data:image/svg+xml,<svg onload=alert(1)>", "vbscript:x", "https://[::1/c.jpg"),
])
def test_the_html_reader_keeps_no_unsafe_or_broken_address(og, url, img):
    article = read_html(PAGE.format(og=og, url=url, img=img).encode(), "ferry.html")
    assert article.title == "港口城市宣布新的渡轮航线"
    assert article.url is None
    assert all(f.src == "" or safe_url(f.src) == f.src for f in article.figures)
    assert any("渡轮" in p for p in article.paragraphs())


def test_the_html_reader_resolves_a_relative_image_against_the_page():
    page = PAGE.format(og="/img/pier.jpg", url="https://news.example.org/city/ferry.html", img="/img/pier.jpg")
    article = read_html(page.encode(), "ferry.html")
    assert article.url == "https://news.example.org/city/ferry.html"
    assert [f.src for f in article.figures] == ["https://news.example.org/img/pier.jpg"]


def test_markdown_figures_with_a_script_address_lose_it_and_the_writer_checks_again():
    article = read_markdown("# 渡轮新航线\n\n市交通局周二宣布新航线。\n\n![码头](data:image/png;base64,iVBORw0KGgo=)\n\n"
                            "![码头夜景](javascript:alert(1))\n\n居民表示欢迎。\n")
    assert [f.src for f in article.figures] == [""]
    smuggled = Article(title="渡轮新航线", blocks=[Block("figure", figure=0)],
                       figures=[Figure(src="javascript:alert(1)", caption="码头")])
    written = write_markdown(smuggled)
    assert "javascript" not in written and "码头" in written


def test_convert_to_markdown_writes_no_script_address(tmp_path):
    page = tmp_path / "ferry.html"
    page.write_text(PAGE.format(og="javascript:alert(1)", url="javascript:alert(2)", img="javascript:alert(3)"))
    out = subprocess.run([sys.executable, "-m", "newsmine", "convert", str(page)], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "渡轮" in out.stdout and "javascript" not in out.stdout.lower()


def test_json_import_refuses_a_document_with_a_script_address():
    doc = analyze(Article(title="渡轮新航线", url="https://news.example.org/a",
                          blocks=[Block("paragraph", "市交通局周二宣布新航线。")])).to_dict()
    Doc.from_dict(doc)
    for field, value in (("url", "javascript:alert(1)"), ("url", " JAVASCRIPT:alert(1)"), ("url", "java\tscript:x")):
        bad = copy.deepcopy(doc)
        bad["article"][field] = value
        with pytest.raises(SchemaError, match="url"):
            Doc.from_dict(bad)
    bad = copy.deepcopy(doc)
    bad["article"]["figures"] = [{"src": "data:text/html,x", "alt": "", "caption": None, "credit": None}]
    with pytest.raises(SchemaError, match="src"):
        Doc.from_dict(json.loads(json.dumps(bad)))


def test_ingest_stores_a_page_whose_canonical_host_is_broken(tmp_path):
    page = tmp_path / "ferry.html"
    page.write_text(PAGE.format(og="http://[/a.jpg", url="http://[x]/a", img="http://[/b.jpg"))
    db = tmp_path / "a.sqlite"
    out = subprocess.run([sys.executable, "-m", "newsmine", "ingest", str(page), "--db", str(db)],
                         capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "1 new" in out.stdout and "Traceback" not in out.stderr
