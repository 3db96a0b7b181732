"""Web archives: `newsmine.read.warc.iter_pages` and `newsmine ingest --warc`, on WARC files the tests
write from their own pages (tests/warc_fixtures.py)."""

from __future__ import annotations

import gzip
import json
from datetime import date

import pytest
from click.testing import CliRunner

from newsmine.cli import main
from newsmine.read.warc import WarcError, WarcFilters, WarcStats, iter_pages
from newsmine.store import open_store

from .warc_fixtures import BRIDGE, HARBOUR, LIBRARY, Record, crawl, write_warc

CAFE = """<html><head><title>Terrace fees anger café owners</title></head><body><article>
<h1>Terrace fees anger café owners</h1>
<p>Owners of twelve cafés on Lindqvist Square said on Monday that the new terrace fee would force them to cut staff.</p>
<p>"It is naïve to think a small café can pay this," said Marta Janssen, who has run the corner bakery for nine years.</p>
<p>The council will review the fee, a résumé of which was posted at the town hall, in April.</p>
</article></body></html>"""
"""Latin-1 bytes, declared only in the HTTP header."""


def urls(path, filters=None):
    return [p.url for p in iter_pages(str(path), filters)]


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_html_responses_become_pages_with_the_records_url_date_and_digest(tmp_path, name):
    path = write_warc(tmp_path / name, crawl())
    stats = WarcStats()
    pages = list(iter_pages(str(path), stats=stats))
    assert [p.url for p in pages] == [
        "https://news.example.cn/2026/03/harbour.html", "https://www.example.com.tw/culture/library",
        "https://valley.example.com/bridge", "https://news.example.cn/2026/03/station.html",
        "https://news.example.cn/2026/03/harbour.html", "https://mirror.example.org/harbour"]
    assert pages[0].content == HARBOUR.encode("utf-8")  # the HTTP headers are stripped
    assert [p.fetched for p in pages[:4]] == ["2026-03-02T08:15:00Z", "2026-03-03T09:00:00Z",
                                              "2026-03-04T10:30:00Z", "2026-03-05T07:45:00Z"]
    assert pages[3].charset == "gbk" and pages[0].format == "html"
    assert pages[0].digest == pages[4].digest == pages[5].digest != pages[1].digest
    assert pages[0].digest.startswith("sha1:") and pages[0].meta["warc"] == str(path)
    assert (stats.records, stats.pages, dict(stats.left_out)) == (8, 6, {"content type": 1, "status": 1})


def test_filters_on_host_date_language_and_script(tmp_path):
    path = write_warc(tmp_path / "crawl.warc.gz", crawl())
    assert urls(path, WarcFilters(hosts=("valley.example.com",))) == ["https://valley.example.com/bridge"]
    assert urls(path, WarcFilters(hosts=("example.com.tw", "*.example.org"))) == [
        "https://www.example.com.tw/culture/library", "https://mirror.example.org/harbour"]
    assert urls(path, WarcFilters(since=date(2026, 3, 4), until=date(2026, 3, 5))) == [
        "https://valley.example.com/bridge", "https://news.example.cn/2026/03/station.html"]
    assert urls(path, WarcFilters(languages=("en",))) == ["https://valley.example.com/bridge"]
    assert urls(path, WarcFilters(languages=("zh",), scripts=("traditional",))) == [
        "https://www.example.com.tw/culture/library"]
    simplified = urls(path, WarcFilters(languages=("zh",), scripts=("simplified",), until=date(2026, 3, 5)))
    assert simplified == ["https://news.example.cn/2026/03/harbour.html", "https://news.example.cn/2026/03/station.html"]
    stats = WarcStats()
    small = [p.url for p in iter_pages(str(path), WarcFilters(max_bytes=len(BRIDGE.encode()) + 1), stats)]
    assert "https://valley.example.com/bridge" in small and "https://news.example.cn/2026/03/harbour.html" not in small
    assert stats.left_out["size"] == 6 - len(small)


def test_chunked_and_gzip_encoded_payloads_are_decoded(tmp_path):
    packed = gzip.compress(BRIDGE.encode("utf-8"))
    chunked = b"".join(b"%x\r\n%s\r\n" % (len(packed[i:i + 100]), packed[i:i + 100])
                       for i in range(0, len(packed), 100)) + b"0\r\n\r\n"
    record = Record("https://valley.example.com/bridge", chunked,
                    http_extra="Content-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n")
    path = write_warc(tmp_path / "encoded.warc", [record])
    [page] = iter_pages(str(path))
    assert page.content == BRIDGE.encode("utf-8")


def test_a_record_with_a_broken_http_header_or_date_is_left_out_and_the_next_is_read(tmp_path):
    class BrokenHttp(Record):
        def block(self) -> bytes:
            return b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Trace: " + b"7" * 70_000 + b"\r\n\r\n" + self.body

    path = write_warc(tmp_path / "mixed.warc", [BrokenHttp("https://news.example.cn/a", HARBOUR.encode()),
                                                Record("https://news.example.cn/b", HARBOUR.encode(), date="yesterday"),
                                                Record("https://valley.example.com/bridge", BRIDGE.encode())])
    stats = WarcStats()
    pages = list(iter_pages(str(path), stats=stats))
    assert [(p.url, p.fetched) for p in pages] == [("https://news.example.cn/b", None),
                                                   ("https://valley.example.com/bridge", "2026-03-02T08:15:00Z")]
    assert dict(stats.left_out) == {"bad http": 1}
    assert urls(path, WarcFilters(since=date(2026, 1, 1))) == ["https://valley.example.com/bridge"]


def ingest_warc(db, *args):
    return CliRunner().invoke(main, ["ingest", "--warc", *map(str, args), "--db", db])


def test_ingest_warc_stores_each_article_once_with_its_url_fetch_time_and_charset(tmp_path):
    records = [*crawl(), Record("https://cafes.example.nl/terrace-fees", CAFE.encode("latin-1"),
                                content_type="text/html; charset=ISO-8859-1", date="2026-03-07T12:00:00Z")]
    path = write_warc(tmp_path / "crawl.warc.gz", records)
    db = str(tmp_path / "archive.sqlite")
    result = ingest_warc(db, path)
    assert result.exit_code == 0, result.output
    assert "warc: 9 records, 7 pages; left out: content type 1, status 1" in result.output
    assert "ingest: 5 new, 0 unchanged, 2 duplicates, 0 failed of 7" in result.output
    with open_store(db) as store:
        rows = {r["url"]: r for r in store.query("SELECT * FROM articles")}
    assert set(rows) == {"https://news.example.cn/2026/03/harbour.html", "https://www.example.com.tw/culture/library",
                         "https://valley.example.com/bridge", "https://news.example.cn/2026/03/station.html",
                         "https://cafes.example.nl/terrace-fees"}
    harbour = rows["https://news.example.cn/2026/03/harbour.html"]
    assert harbour["fetched_at"] == "2026-03-02T08:15:00Z" and harbour["outlet"] == "example.cn"
    assert harbour["source"] == str(path) and json.loads(harbour["meta"])["warc_offset"] > 0
    assert rows["https://news.example.cn/2026/03/station.html"]["title"] == "高铁新站年底通车"
    cafe = rows["https://cafes.example.nl/terrace-fees"]
    assert cafe["title"] == "Terrace fees anger café owners" and "naïve" in cafe["text"]
    again = ingest_warc(db, path)
    assert "ingest: 0 new, 0 unchanged, 7 duplicates, 0 failed of 7" in again.output


def test_a_truncated_or_foreign_file_is_a_clear_error_and_the_articles_before_it_stay(tmp_path):
    whole = write_warc(tmp_path / "whole.warc", [Record("https://news.example.cn/harbour", HARBOUR.encode()),
                                                  Record("https://www.example.com.tw/library", LIBRARY.encode()),
                                                  Record("https://valley.example.com/bridge", BRIDGE.encode())])
    cut = tmp_path / "cut.warc"
    cut.write_bytes(whole.read_bytes()[:-120])
    foreign = tmp_path / "notes.warc"
    foreign.write_text("these are meeting notes, not a web archive\n" * 5, "utf-8")
    db = str(tmp_path / "archive.sqlite")
    result = ingest_warc(db, cut, foreign, tmp_path / "missing.warc.gz", "/dev/null")
    assert result.exit_code == 2
    assert "ingest: 2 new, 0 unchanged, 4 failed of 6" in result.output
    assert f"newsmine: {cut}: is truncated in the record at byte" in result.output
    assert "(https://valley.example.com/bridge)" in result.output
    assert f"newsmine: {foreign}: is not a WARC file" in result.output
    assert f"newsmine: {tmp_path / 'missing.warc.gz'}: no such file or folder" in result.output
    assert "newsmine: /dev/null: is a character device, not a regular file" in result.output
    assert "Traceback" not in result.output
    with open_store(db) as store:
        assert sorted(r["url"] for r in store.query("SELECT url FROM articles")) == [
            "https://news.example.cn/harbour", "https://www.example.com.tw/library"]


def test_a_gzip_file_cut_inside_its_last_record_is_reported(tmp_path):
    whole = write_warc(tmp_path / "whole.warc.gz", [Record("https://news.example.cn/harbour", HARBOUR.encode()),
                                                     Record("https://valley.example.com/bridge", BRIDGE.encode())])
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(whole.read_bytes()[:-6])
    pages = []
    with pytest.raises(WarcError, match="is truncated"):
        for page in iter_pages(str(cut)):
            pages.append(page.url)
    assert pages[0] == "https://news.example.cn/harbour"


def test_filters_need_warc(tmp_path):
    result = CliRunner().invoke(main, ["ingest", str(tmp_path), "--lang", "zh", "--db", str(tmp_path / "a.sqlite")])
    assert result.exit_code == 2 and "add --warc" in result.output
