"""Fuzzing (hypothesis, derandomized, bounded): the readers, the pipeline and the URL check never crash.

A reader either gives an Article or raises an InputError naming the source; the pipeline gives a Doc
that passes its own schema; `safe_url` gives nothing a browser would run. CI runs a few hundred
examples per property; `NEWSMINE_FUZZ_EXAMPLES=10000` runs more (bench/README.md has the figures).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsmine.analyze.pipeline import analyze
from newsmine.errors import InputError
from newsmine.model import Article, Block, Doc, Person, json_schema
from newsmine.read.html import read_html
from newsmine.read.markdown import read_markdown
from newsmine.urls import safe_url

EXAMPLES = int(os.environ.get("NEWSMINE_FUZZ_EXAMPLES", "150"))
FUZZ = settings(max_examples=EXAMPLES, derandomize=True, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

WORDS = ["外交部", "发言人", "王立新", "（Wang Lixin）", "周三", "表示", "说", "：", "“", "”", "「", "」", "，", "。",
         "会谈", "莫斯科", "3月4日", "明年", "据报道", "他补充道", "Reuters", "the minister said", "(", ")", "\n", " ",
         "\n\n", "**", "* ", "> ", "# ", "## ", "![", "](", "http://[/a.jpg", "javascript:alert(1)", "图像来源，",
         "图像加注文字，", "\x00", "\ufeff", "\u202e", "𠀀", "\r", "|", "---", "`", "<b>", "&amp;", "\\"]
TAGS = ["div", "p", "span", "article", "main", "h1", "h2", "figure", "figcaption", "img", "picture", "source",
        "a", "script", "style", "table", "td", "li", "ul", "meta", "link", "title", "time", "svg", "br", "noscript"]
ATTRS = ['src="http://[/a.jpg"', 'src="javascript:alert(1)"', 'srcset="a.jpg 100w, ,, b.jpg 9999999999999999999w"',
         'href="http://[x]/a"', 'rel="canonical"', 'property="og:image"', 'content="http://[/a.jpg"',
         'class="article-body"', 'datetime="2026-13-45"', 'lang="zh-Hant"', 'data-src="//cdn.example.org/x.jpg"',
         'type="application/ld+json"', 'charset="gb2312"', 'property="og:url"', 'content="javascript:x"']

pieces = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=12)), max_size=60).map("".join)


@st.composite
def tag_soup(draw: st.DrawFn) -> str:
    out = []
    for _ in range(draw(st.integers(0, 40))):
        kind = draw(st.integers(0, 3))
        tag = draw(st.sampled_from(TAGS))
        if kind == 0:
            attrs = " ".join(draw(st.lists(st.sampled_from(ATTRS), max_size=3)))
            out.append(f"<{tag} {attrs}>")
        elif kind == 1:
            out.append(f"</{tag}>")
        else:
            out.append(draw(pieces))
    return "<html><head><title>" + draw(pieces) + "</title></head><body>" + "".join(out)


def read_or_refuse(reader: Callable[[Any, str], Article], data: Any, source: str) -> Article | None:
    """The Article, or None when the reader refused the input with an error naming SOURCE."""
    try:
        article = reader(data, source)
    except InputError as exc:
        assert str(exc).startswith(f"{source}: ")
        return None
    assert article.title
    assert article.url is None or safe_url(article.url) == article.url
    assert all(not f.src or safe_url(f.src) == f.src for f in article.figures)
    return article


@FUZZ
@given(st.one_of(pieces, pieces.map(lambda s: "# 标题\n\n" + s)))
def test_the_markdown_reader_gives_an_article_or_a_clear_error(text):
    read_or_refuse(read_markdown, text, "fuzz.md")


@FUZZ
@given(st.one_of(tag_soup().map(str.encode), tag_soup().map(lambda s: s.encode("gb18030", "replace")),
                 st.binary(max_size=300)))
def test_the_html_reader_gives_an_article_or_a_clear_error(data):
    read_or_refuse(read_html, data, "fuzz.html")


@FUZZ
@given(title=pieces.filter(str.strip), paragraphs=st.lists(pieces, min_size=1, max_size=6),
       author=st.sampled_from(["王立新", "Li Wei", "记者 陈明", ""]))
def test_the_pipeline_always_gives_a_doc_that_passes_its_schema(title, paragraphs, author):
    article = Article(title=title, authors=[Person(author)] if author else [], published="2026-03-04",
                      blocks=[Block("paragraph", p) for p in paragraphs])
    doc = analyze(article)
    Doc.from_dict(doc.to_dict())


RUNNABLE = re.compile(r"^\s*(?:javascript|vbscript|data|file):", re.I)
ADDRESS = re.compile(json_schema()["$defs"]["address"]["pattern"])


@FUZZ
@given(url=st.one_of(pieces, st.text(max_size=40),
                     st.tuples(st.sampled_from(["", " ", "\t", "\x01", "java", "JAVA\tSCRIPT", "http", "https", "//"]),
                               st.sampled_from(["", ":", "://", "\n:", "script:"]), st.text(max_size=20)).map("".join)),
       base=st.one_of(st.none(), st.sampled_from(["https://news.example.org/a/b.html", "javascript:x//", "http://[/"])))
def test_safe_url_keeps_nothing_a_browser_would_run(url, base):
    kept = safe_url(url, base)
    if kept is None:
        return
    browser_sees = re.sub(r"[\t\n\r]", "", kept).strip("\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e\x0f\x10"
                                                      "\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f ")
    assert not RUNNABLE.match(browser_sees)
    assert safe_url(kept) == kept and ADDRESS.search(kept)
