"""The HTTP API and the pages over a small archive: JSON endpoints, OpenAPI, pages, escaping."""

from __future__ import annotations

import re
import warnings
from datetime import date

import pytest

from newsmine.analyze.pipeline import analyze
from newsmine.model import Article, Block
from newsmine.store import open_store
from newsmine.store.write import IMPORTED, put_doc

from .archive_docs import make_doc

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

HOSTILE = Article(title='标题<script>alert("title")</script>', url="https://example.org/a?b=1&c=<2>",
                  blocks=[Block("paragraph", "正文里有<img src=x onerror=alert(1)>和“引号”。")])


@pytest.fixture
def client(tmp_path):
    from newsmine.web import create_app

    db = str(tmp_path / "web.sqlite")
    with open_store(db) as store:
        for n, (pair, outlet, day) in enumerate([((0, 1), 0, date(2026, 3, 4)), ((0, 3), 3, date(2026, 5, 6)),
                                                 ((2, 1), 1, date(2026, 1, 2))]):
            put_doc(store, make_doc(n, pair=pair, outlet=outlet, topic=n, day=day, quote=n), pipeline=IMPORTED)
        put_doc(store, analyze(HOSTILE).to_dict(), pipeline="test")
    return TestClient(create_app(db))


def test_api_search_filters_and_pages(client):
    body = client.get("/api/search", params={"q": "卫星"}).json()
    assert body["total"] == 1 and body["items"][0]["outlet"] == "bbc.com"
    assert client.get("/api/search", params={"person": "普丁"}).json()["total"] == 2
    page = client.get("/api/search", params={"limit": 1, "offset": 1}).json()
    assert page["total"] == 4 and len(page["items"]) == 1 and page["offset"] == 1
    assert client.get("/api/search", params={"since": "March"}).status_code == 422
    assert client.get("/api/search", params={"limit": 0}).status_code == 422


def test_api_people_quotes_events_lexicon_article(client):
    (putin,) = client.get("/api/people", params={"name": "Putin"}).json()
    person = client.get(f"/api/people/{putin['id']}").json()
    assert {r["name"] for r in person["renderings"]} == {"普京", "普丁"}
    quotes = client.get("/api/quotes", params={"speaker": "普丁"}).json()
    assert quotes["total"] == 2 and {q["person_id"] for q in quotes["items"]} == {putin["id"]}
    timeline = client.get("/api/events", params={"participant": "金正恩"}).json()["items"]
    assert [e["date"] for e in timeline] == ["2026-01-02", "2026-03-04"]
    lexicon = {row["original"]: row for row in client.get("/api/lexicon", params={"type": "PER"}).json()}
    assert lexicon["Vladimir Putin"]["articles"] == 2 and lexicon["Matthew Miller"]["articles"] == 1
    csv = client.get("/api/lexicon", params={"format": "csv"})
    assert csv.headers["content-type"].startswith("text/csv")
    assert csv.text.splitlines()[0] == "original,type,renderings,articles,outlets"
    assert "Vladimir Putin,PER,普丁 1; 普京 1,2" in csv.text
    article = client.get("/api/articles/1").json()
    assert article["doc"]["schema"] == "newsmine/1" and article["outlet"] == "bbc.com"
    assert client.get("/api/articles/99").status_code == 404
    assert client.get("/api/people/99").status_code == 404


def test_openapi_documents_every_endpoint(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/search", "/api/people", "/api/people/{person_id}", "/api/quotes", "/api/events",
            "/api/lexicon", "/api/articles/{article_id}"} <= set(paths)
    docs = client.get("/docs")
    assert docs.status_code == 200
    for path in paths:
        assert f"{path}</code></h2>" in docs.text
    assert "<script" not in docs.text and not re.search(r'(src|href)="(https?:)?//', docs.text)  # works offline
    assert client.get("/redoc").status_code == 404


def test_pages_render_and_link_their_json_twin(client):
    for url, api in [("/?q=卫星", "/api/search?q="), ("/people/1", "/api/people/1"), ("/articles/1", "/api/articles/1"),
                     ("/quotes?speaker=普京", "/api/quotes?speaker="), ("/events", "/api/events"),
                     ("/lexicon", "/api/lexicon")]:
        page = client.get(url)
        assert page.status_code == 200, url
        assert page.headers["content-type"].startswith("text/html")
        assert api in page.headers["link"] and f'href="{api}' in page.text
    by_sound = client.get("/lexicon", params={"phonetic": "true"})
    assert 'name="phonetic" value="true" checked' in by_sound.text and "/api/lexicon?phonetic=True" in by_sound.text
    assert "No glossed names yet." in by_sound.text  # these stored glosses carry no phonetic flag
    assert client.get("/api/lexicon", params={"phonetic": "true"}).json() == []
    found = client.get("/person", params={"name": "普丁"}, follow_redirects=False)
    assert found.status_code == 303 and found.headers["location"].startswith("/people/")


def test_article_page_highlights_names_quotes_and_times_with_original_names(client):
    html = client.get("/articles/1").text
    assert '<a class="ent ent-PER" href="/people/1" title="普京 (Vladimir Putin) · 俄罗斯总统">普京</a>' in html
    assert '<mark class="ent ent-ORG" title="克里姆林宫 (Kremlin) · ORG" tabindex="0">克里姆林宫</mark>' in html
    assert '<span class="quote" title="direct quote · 普京" data-quote="0">“我们愿意在平等互利的基础上继续对话”</span>' in html
    assert '<time class="time" datetime="2026-03-04" title="2026-03-04">周三</time>' in html


def test_article_page_answers_like_the_standalone_report_in_the_articles_language(client):
    from newsmine.render.html import render_html

    html = client.get("/articles/1").text
    standalone = render_html(client.get("/api/articles/1").json()["doc"])
    for heading in ["会面", "谈了什么", "谁说了什么", "人物与机构", "时间线", "原文全文"]:
        assert f"<h2>{heading}</h2>" in html and f"<h2>{heading}</h2>" in standalone
    assert '<article class="doc" lang="zh-Hans">' in html and '<html lang="zh-Hans">' in standalone
    assert '<nav aria-label="Main">' in html and "<nav" not in standalone


def test_article_text_is_always_escaped(client):
    html = client.get("/articles/4").text
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "&lt;script&gt;" in html and 'href="https://example.org/a?b=1&amp;c=&lt;2&gt;"' in html
    assert "&lt;script&gt;" in client.get("/?q=标题").text


def test_serve_refuses_an_archive_it_cannot_open(tmp_path):
    from click.testing import CliRunner

    from newsmine.cli import main

    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path), "--port", "0"])
    assert result.exit_code == 1
    assert f"newsmine: {tmp_path}: is a directory; give --db a file path" in result.output


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_query_past_the_time_limit_is_stopped(backend, tmp_path):
    from newsmine.store.db import QueryTooSlow

    from .archive_fixtures import archive_url

    slow = """WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000000)
        SELECT COUNT(*) AS c FROM n"""
    for url in archive_url(backend, tmp_path):
        with open_store(url) as store:
            store.limit_time(0.2)
            if backend == "sqlite":
                with pytest.raises(QueryTooSlow, match="longer than 0.2 s"):
                    store.scalar(slow)
            else:
                import psycopg

                with pytest.raises(psycopg.errors.QueryCanceled):
                    store.scalar(slow)


def test_pages_of_an_undated_article_say_undated_not_none(tmp_path):
    from newsmine.read import read_article
    from newsmine.web import create_app

    from .conftest import EXAMPLES

    db = str(tmp_path / "undated.sqlite")
    with open_store(db) as store:
        put_doc(store, analyze(read_article(str(EXAMPLES[0]))).to_dict(), pipeline="test")
        person = next(iter(store.query("SELECT id FROM people")))
    client = TestClient(create_app(db))
    for path in (f"/people/{person['id']}", "/quotes", "/events"):
        page = client.get(path)
        assert page.status_code == 200, path
        assert "None" not in page.text.replace("None recorded", "").replace("None found", ""), path
