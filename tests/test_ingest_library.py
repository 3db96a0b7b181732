"""Ingest as a library (`newsmine.work`, `newsmine.store.ingest`): pages held in memory keep their
URL, fetch time and metadata; a stream of tasks is read lazily; duplicates are dropped before analysis;
reanalyze keeps what the fetcher knew."""

from __future__ import annotations

import json

import pytest

from newsmine import work
from newsmine.model import Page
from newsmine.store import open_store
from newsmine.store.db import StoreError
from newsmine.store.ingest import CHUNK, CHUNKS_PER_WORKER, Seen, Task

from .archive_docs import generate
from .archive_fixtures import db  # noqa: F401

PORT_PAGE = """<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<title>渔港新码头启用</title></head><body><article><h1>渔港新码头启用</h1>
<p>东海省渔业厅厅长周文涛（Zhou Wentao）周一在启用仪式上说：“新码头可同时停靠两百艘渔船。”</p>
<p>他表示，码头的冷库明年春天投入使用，渔民卖鱼不必再连夜赶往县城。</p>
<p>当地渔民协会会长郑海生说，协会希望渔业厅同时修缮通往码头的公路。</p>
</article></body></html>"""

BRIDGE_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Valley bridge reopens after repairs</title></head><body><article><h1>Valley bridge reopens after repairs</h1>
<p>The Marren Valley bridge reopened on Tuesday after eight months of repairs, the county roads office said.</p>
<p>"Trucks can use it again from next week," said Helen Okafor, who leads the office.</p>
<p>Residents had driven a forty-minute detour since the spring floods damaged two of its piers.</p>
</article></body></html>"""


def _page(html: str, url: str, fetched: str, **meta: str) -> Page:
    return Page(html.encode("utf-8"), url, fetched=fetched, meta=dict(meta), format="html")


def test_pages_in_memory_keep_their_url_fetch_time_and_metadata(db):
    pages = [_page(PORT_PAGE, "https://news.example.cn/2026/03/port.html", "2026-03-02T08:15:00Z", feed="东海新闻"),
             _page(BRIDGE_PAGE, "https://valley.example.com/bridge", "2026-03-03T10:00:00Z")]
    with open_store(db) as store:
        summary = work.ingest(store, (Task.of_page(p) for p in pages))
        assert (summary.new, summary.total, summary.failures) == (2, 2, [])
        rows = store.query("SELECT url, outlet, fetched_at, meta, title FROM articles ORDER BY id")
    assert [r["url"] for r in rows] == [p.url for p in pages]
    assert [r["fetched_at"] for r in rows] == ["2026-03-02T08:15:00Z", "2026-03-03T10:00:00Z"]
    assert json.loads(rows[0]["meta"]) == {"feed": "东海新闻"} and rows[1]["meta"] is None
    assert rows[0]["title"] == "渔港新码头启用" and rows[1]["outlet"] == "example.com"
    doc = json.loads(store_doc(db, 1))
    assert doc["article"]["url"] == pages[0].url
    assert any(q["text"].startswith("新码头可同时停靠") for q in doc["quotes"])


def test_a_page_without_a_date_takes_the_news_sitemaps_publication_date(db):
    dated = PORT_PAGE.replace("<title>", '<meta property="article:published_time" content="2026-03-01T09:00:00+08:00"><title>')
    pages = [_page(PORT_PAGE, "https://news.example.cn/a", "2026-03-02T08:15:00Z",
                   news_publication_date="2026-02-27T18:30:00+08:00"),
             _page(dated.replace("渔港", "河港"), "https://news.example.cn/b", "2026-03-02T08:15:00Z",
                   news_publication_date="2026-02-27")]
    with open_store(db) as store:
        assert work.ingest(store, (Task.of_page(p) for p in pages)).new == 2
    assert [json.loads(store_doc(db, i))["article"]["published"] for i in (1, 2)] == ["2026-02-27", "2026-03-01"]


def store_doc(db: str, article_id: int) -> str:
    with open_store(db) as store:
        return str(store.scalar("SELECT doc FROM articles WHERE id = ?", (article_id,)))


def test_a_page_seen_by_url_or_payload_digest_is_not_analysed_again(tmp_path):
    db = str(tmp_path / "a.sqlite")
    first = _page(PORT_PAGE, "https://news.example.cn/port", "2026-03-02T08:15:00Z")
    first.digest = "sha1:AAAAPORT"
    same_bytes_elsewhere = _page(PORT_PAGE, "https://mirror.example.org/port", "2026-03-02T09:00:00Z")
    same_bytes_elsewhere.digest = "sha1:AAAAPORT"
    same_url_again = _page(BRIDGE_PAGE, "https://news.example.cn/port", "2026-03-04T08:00:00Z")
    with open_store(db) as store:
        summary = work.ingest(store, map(Task.of_page, [first, same_bytes_elsewhere, same_url_again]),
                              seen=Seen(store))
        assert (summary.new, summary.duplicates, summary.total) == (1, 2, 3)
        bridge = _page(BRIDGE_PAGE, "https://valley.example.com/bridge", "2026-03-05T08:00:00Z")
        again = work.ingest(store, map(Task.of_page, [first, bridge]), seen=Seen(store))
        assert (again.new, again.duplicates) == (1, 1)
        assert store.scalar("SELECT payload_digest FROM articles WHERE url = ?", (first.url,)) == "sha1:AAAAPORT"


def test_a_stream_of_tasks_is_read_a_few_chunks_ahead_of_the_writer(tmp_path):
    db = str(tmp_path / "a.sqlite")
    docs = [json.dumps(d, ensure_ascii=False) for d in generate(120, seed=11)]
    pulled = []
    stored = []

    def stream():
        for i, line in enumerate(docs):
            pulled.append(i)
            yield Task(f"doc {i}", data=line)

    with open_store(db) as store:
        summary = work.ingest(store, stream(), jobs=2, on_result=lambda s: stored.append((s.done, len(pulled))))
        assert (summary.new, summary.total) == (120, 120)
    ahead = max(p - done for done, p in stored)
    assert ahead <= 2 * CHUNKS_PER_WORKER * CHUNK + CHUNK  # two workers' chunks in flight, one being cut
    assert ahead > 0


def test_reanalyze_keeps_a_pages_url_fetch_time_and_metadata(tmp_path):
    db = str(tmp_path / "a.sqlite")
    page = _page(BRIDGE_PAGE, "https://valley.example.com/bridge", "2026-03-03T10:00:00Z", warc="crawl-7.warc.gz")
    page.digest = "sha1:BRIDGE"
    with open_store(db) as store:
        work.ingest(store, [Task.of_page(page)])
        store.execute("UPDATE articles SET pipeline = 'sentences@old'")
        summary = work.reanalyze(store)
        assert summary.new == 1
        row = store.one("SELECT url, fetched_at, payload_digest, meta, pipeline FROM articles")
    assert row is not None and row["pipeline"] != "sentences@old"
    assert (row["url"], row["fetched_at"], row["payload_digest"]) == (page.url, page.fetched, "sha1:BRIDGE")
    assert json.loads(row["meta"]) == {"warc": "crawl-7.warc.gz"}


def test_an_article_the_database_refuses_is_a_failure_and_the_others_are_stored(tmp_path):
    db = str(tmp_path / "a.sqlite")
    pages = [_page(PORT_PAGE, "https://news.example.cn/port", "2026-03-02T08:15:00Z"),
             _page(BRIDGE_PAGE, "https://valley.example.com/bridge", "2026-03-03T10:00:00Z")]
    with open_store(db) as store:
        store.execute("CREATE TRIGGER no_ports BEFORE INSERT ON articles WHEN NEW.title LIKE '%渔港%' "
                      "BEGIN SELECT RAISE(ABORT, 'no harbour stories here'); END")
        summary = work.ingest(store, (Task.of_page(p) for p in pages))
        titles = [r["title"] for r in store.query("SELECT title FROM articles")]
    assert summary.new == 1 and titles == ["Valley bridge reopens after repairs"]
    assert summary.failures == ["https://news.example.cn/port: the archive refused it (no harbour stories here)"]


def test_a_full_archive_stops_the_run_with_one_message_keeping_what_was_stored(tmp_path):
    db = str(tmp_path / "a.sqlite")
    with open_store(db) as store:
        pages = store.scalar("PRAGMA page_count")
    big = BRIDGE_PAGE.replace("</article>", "<p>" + "The county will publish the inspection report. " * 400 + "</p></article>")
    tasks = [Task.of_page(_page(PORT_PAGE, "https://news.example.cn/port", "2026-03-02T08:15:00Z")),
             Task.of_page(_page(big, "https://valley.example.com/bridge", "2026-03-03T10:00:00Z"))]
    with open_store(db) as store:
        work.ingest(store, tasks[:1])
        store.execute(f"PRAGMA max_page_count = {store.scalar('PRAGMA page_count') + 2}")
        with pytest.raises(StoreError) as raised:
            work.ingest(store, tasks[1:])
    assert str(raised.value).startswith(f"{db}: storing https://valley.example.com/bridge failed (database or disk is full)")
    with open_store(db) as store:
        assert [r["title"] for r in store.query("SELECT title FROM articles")] == ["渔港新码头启用"]
    assert pages > 0


def test_a_refused_result_leaves_the_others_that_came_back_with_it_stored(tmp_path):
    db = str(tmp_path / "a.sqlite")
    docs = list(generate(40, seed=11))
    refused = [i for i, d in enumerate(docs) if "卫星" in d["article"]["title"]]
    with open_store(db) as store:
        store.execute("CREATE TRIGGER no_satellites BEFORE INSERT ON articles WHEN NEW.title LIKE '%卫星%' "
                      "BEGIN SELECT RAISE(ABORT, 'no satellite stories'); END")
        tasks = [Task(f"doc {i}", data=json.dumps(d, ensure_ascii=False)) for i, d in enumerate(docs)]
        summary = work.ingest(store, tasks, jobs=2)
        stored = {r["title"] for r in store.query("SELECT title FROM articles")}
    assert 0 < len(refused) < 20
    assert summary.new == len(stored) == 40 - len(refused)
    assert stored == {d["article"]["title"] for i, d in enumerate(docs) if i not in refused}
    assert sorted(summary.failures) == sorted(f"doc {i}: the archive refused it (no satellite stories)" for i in refused)


def test_results_that_come_back_together_share_a_commit(tmp_path):
    """Every batch the writer gets is one or more whole chunks of four new documents, so it is one
    commit whatever the timing (with refusals, how chunks merge decides which batches fall back)."""
    db = str(tmp_path / "a.sqlite")
    docs = list(generate(40, seed=11))
    commits = []
    with open_store(db) as store:
        store._conn.set_trace_callback(lambda sql: commits.append(sql) if sql == "COMMIT" else None)
        tasks = [Task(f"doc {i}", data=json.dumps(d, ensure_ascii=False)) for i, d in enumerate(docs)]
        summary = work.ingest(store, tasks, jobs=2)
        store._conn.set_trace_callback(None)
    assert summary.new == 40
    assert len(commits) < summary.new  # chunks of four come back together: one commit for each


def test_before_forking_workers_for_json_documents_the_search_segmenter_is_loaded_and_no_model(tmp_path):
    from newsmine.analyze import tagger
    from newsmine.store import words

    doc = json.dumps(next(iter(generate(1, seed=5))), ensure_ascii=False)
    words._jieba.cache_clear()
    tagger.model.cache_clear()
    work.warm_up([Task("doc 0", data=doc), Task("b.json", path=str(tmp_path / "b.json"))])
    assert words._jieba.cache_info().currsize == 1  # loaded once here, shared by the forked workers
    assert tagger.model.cache_info().currsize == 0  # imported documents are not analysed


def test_a_json_document_is_refused_for_a_nul_anywhere_in_it_but_not_for_the_text_of_its_escape():
    about_escapes, nul_alias = generate(2, seed=11)
    about_escapes["article"]["title"] = "解析器把\\u0000当作字符串结尾的漏洞已修复"
    nul_alias["entities"][0]["aliases"] = ["王\x00海"]
    context = work.Context(frozenset(), "test")
    stored = work.prepare(Task("line 1", data=json.dumps(about_escapes, ensure_ascii=False)), context)
    refused = work.prepare(Task("line 2", data=json.dumps(nul_alias, ensure_ascii=False)), context)
    assert stored.status == "new" and stored.doc is not None
    assert stored.doc["article"]["title"] == "解析器把\\u0000当作字符串结尾的漏洞已修复"
    assert refused.status == "failed"
    assert refused.error == "line 2: holds a NUL character (\\u0000), which no archive can store"
