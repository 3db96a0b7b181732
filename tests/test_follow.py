"""`newsmine follow` against a real site served on 127.0.0.1 that records every request."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsmine.follow import AddressPolicy, Limits, Options, follow
from newsmine.follow.politeness import HostSlots
from newsmine.store.db import open_store

from .archive_fixtures import BACKENDS, archive_url
from .follow_site import ARTICLES, Handler, Site, news_sitemap, rss, serve, sitemap, sitemap_index

INTERVAL = 0.2
ROBOTS = "User-agent: *\nDisallow: /private/\n"


def options(site: Site, **limits: float) -> Options:
    """Fast but still polite settings that let exactly the test server through."""
    return Options(interval=INTERVAL, workers=4, policy=AddressPolicy(allowed=frozenset({("127.0.0.1", site.port)})),
                   limits=Limits(**{"timeout": 5.0, "backoff": 0.1, **limits}))


def build(site: Site, robots: str = ROBOTS) -> None:
    for path, html in ARTICLES.items():
        site.add(path, html)
    site.add("/robots.txt", robots, "text/plain")
    chinese = [p for p in ARTICLES if p.startswith(("/news/", "/private/"))]
    site.add("/feed.xml", rss(site.base, chinese), "application/rss+xml")
    site.add("/sitemap-index.xml", sitemap_index(site.base, ["/sitemaps/pages.xml", "/sitemaps/news.xml"]),
             "application/xml")
    site.add("/sitemaps/pages.xml", sitemap(site.base, ["/world/observatory-opens.html", "/news/rice-harvest.html"]),
             "application/xml")
    site.add("/sitemaps/news.xml", news_sitemap(site.base, ["/world/port-strike-ends.html"]), "application/xml")


@pytest.fixture
def site() -> Iterator[Site]:
    with serve(Site()) as served:
        build(served)
        yield served


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "archive.sqlite")


@pytest.fixture(params=BACKENDS)
def any_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty archive on SQLite and, when NEWSMINE_TEST_PG is set, on PostgreSQL."""
    yield from archive_url(request.param, tmp_path)


def gaps(site: Site) -> list[float]:
    times = sorted(h.at for h in site.hits)
    return [b - a for a, b in zip(times, times[1:])]


def test_a_second_run_fetches_nothing_unchanged_and_no_disallowed_path(site, any_db):
    db = any_db
    sources = [f"{site.base}/feed.xml", f"{site.base}/sitemap-index.xml"]
    slots = HostSlots(INTERVAL)  # shared by both rounds, as `--every` shares it
    with open_store(db) as store:
        first = follow(sources, store, options(site), slots=slots)
        titles = sorted(r["title"] for r in store.query("SELECT title FROM articles"))
        urls = {r["url"] for r in store.query("SELECT url FROM articles")}
    assert first.failures == [] and first.new == 5
    assert "青屿港新渡轮航线下月开通" in titles and "Dockworkers in Marlow Bay end four-day strike" in titles
    assert f"{site.base}/news/harbour-ferry.html" in urls  # the feed's ?utm_source=rss is gone
    assert first.robots == [f"{site.base}/private/staff-rota.html: disallowed by robots.txt"]
    # rice-harvest is listed by the feed and a sitemap: fetched once
    assert site.paths().count("/news/rice-harvest.html") == 1
    before = len(site.hits)

    with open_store(db) as store:
        second = follow(sources, store, options(site), slots=slots)
        count = store.scalar("SELECT COUNT(*) AS n FROM articles")
    again = site.hits[before:]
    assert second.new == 0 and count == 5 and second.listings_unchanged == 2
    assert sorted(h.path for h in again) == ["/feed.xml", "/sitemap-index.xml"]
    assert all(h.conditional and h.status == 304 for h in again)
    assert not any(p.startswith("/private/") for p in site.paths())
    assert min(gaps(site)) >= INTERVAL


def test_google_news_tags_are_kept_with_the_article(site, db):
    with open_store(db) as store:
        follow([f"{site.base}/sitemaps/news.xml"], store, options(site))
        row = store.one("SELECT meta, fetched_at, payload_digest FROM articles WHERE url LIKE '%port-strike%'")
    meta = json.loads(row["meta"])
    assert row["fetched_at"] and row["payload_digest"].startswith("sha1:")
    assert meta["news_publication_name"] == "Marlow Bay Courier"
    assert meta["news_keywords"] == "port, strike" and meta["news_language"] == "en"


def test_crawl_delay_slows_a_host_down_and_workers_share_the_limit(db):
    """Two hosts, four workers: each host's gaps stay at its own interval; robots.txt's Crawl-delay wins."""
    with serve(Site()) as slow, serve(Site()) as fast:
        build(slow, ROBOTS + "Crawl-delay: 0.5\n")
        build(fast)
        allowed = frozenset({("127.0.0.1", slow.port), ("127.0.0.1", fast.port)})
        opts = Options(interval=INTERVAL, workers=4, policy=AddressPolicy(allowed=allowed),
                       limits=Limits(timeout=5.0, backoff=0.1))
        with open_store(db) as store:
            summary = follow([f"{slow.base}/sitemap-index.xml", f"{fast.base}/feed.xml", f"{fast.base}/sitemap-index.xml",
                              f"{slow.base}/feed.xml"], store, opts)
    assert summary.failures == [] and summary.new == 5 and summary.duplicates == 5  # same pages on two hosts
    assert len(slow.hits) >= 8 and len(fast.hits) >= 8
    assert min(gaps(slow)) >= 0.5
    assert min(gaps(fast)) >= INTERVAL


def test_retry_after_is_honoured(site, db):
    calls = []

    def busy_once(handler: Handler) -> int:
        calls.append(1)
        if len(calls) == 1:
            return handler.answer(429, b"slow down", "text/plain", {"Retry-After": "1"})
        return handler.static(ARTICLES["/news/rice-harvest.html"].encode(), "text/html; charset=utf-8", {})

    site.add("/news/rice-harvest.html", busy_once)
    site.add("/feed.xml", rss(site.base, ["/news/rice-harvest.html"]), "application/rss+xml")
    with open_store(db) as store:
        summary = follow([f"{site.base}/feed.xml"], store, options(site))
    hits = [h for h in site.hits if h.path == "/news/rice-harvest.html"]
    assert summary.new == 1 and [h.status for h in hits] == [429, 200]
    assert hits[1].at - hits[0].at >= 1.0


def test_a_site_asking_for_too_long_a_wait_is_a_failure_not_a_stall(site, db):
    site.add("/feed.xml", lambda h: h.answer(503, b"maintenance", "text/plain", {"Retry-After": "3600"}))
    with open_store(db) as store:
        summary = follow([f"{site.base}/feed.xml"], store, options(site, max_wait=60.0))
    assert summary.failures == [f"{site.base}/feed.xml: HTTP 503, asked to wait 3600 s (over the 60 s limit)"]
    assert site.paths().count("/feed.xml") == 1


def endless(handler: Handler) -> int:
    """A page with no Content-Length that goes on for 4 MB (only counting the bytes can stop it)."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html; charset=utf-8")
    handler.send_header("Connection", "close")
    handler.end_headers()
    handler.close_connection = True
    try:
        handler.wfile.write(b"<html><body><h1>\xe6\x97\xa0\xe5\xb0\xbd</h1>")
        for _ in range(64):
            handler.wfile.write(b"<p>" + b"x" * 65536 + b"</p>")
    except (BrokenPipeError, ConnectionResetError):
        pass
    return 200


def dripping(handler: Handler) -> int:
    """A page that sends a byte every 0.2 s for 6 s."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html; charset=utf-8")
    handler.send_header("Content-Length", "30")
    handler.end_headers()
    try:
        for _ in range(30):
            handler.wfile.write(b" ")
            handler.wfile.flush()
            time.sleep(0.2)
    except (BrokenPipeError, ConnectionResetError):
        pass
    return 200


def test_huge_and_slow_pages_are_refused_and_tried_again_in_the_next_rounds(site, any_db):
    db = any_db
    huge = "<html><body><h1>大</h1><p>" + "很长的文字。" * 60000 + "</p></body></html>"
    site.add("/news/huge.html", huge)
    site.add("/news/endless.html", endless)
    site.add("/news/slow.html", dripping)
    site.add("/feed.xml", rss(site.base, ["/news/huge.html", "/news/endless.html", "/news/slow.html",
                                          "/news/harbour-ferry.html"]), "application/rss+xml")
    opts = options(site, max_bytes=200_000, timeout=1.0)
    with open_store(db) as store:
        summary = follow([f"{site.base}/feed.xml"], store, opts)
        assert summary.new == 1 and store.scalar("SELECT COUNT(*) AS n FROM articles") == 1
        assert sorted(summary.failures) == [
            f"{site.base}/news/endless.html: over the 200,000-byte limit for one page",
            f"{site.base}/news/huge.html: {len(huge.encode()):,} bytes, over the 200,000-byte limit for one page",
            f"{site.base}/news/slow.html: took longer than 1 s",
        ]
        rounds = [follow([f"{site.base}/feed.xml"], store, opts) for _ in range(3)]
    feed = [h for h in site.hits if h.path == "/feed.xml"]
    # rounds 2 and 3 read the feed again in full and retry the three pages; then they are given up
    assert [h.conditional for h in feed] == [False, False, False, True]
    assert [len(r.failures) for r in rounds] == [3, 3, 0] and rounds[2].listings_unchanged == 1
    assert site.paths().count("/news/huge.html") == 3 and site.paths().count("/news/harbour-ferry.html") == 1


def test_redirects_to_private_addresses_are_refused(site, db):
    def to(target: str):
        return lambda h: h.answer(302, b"", "text/plain", {"Location": target})

    site.add("/go/metadata", to("http://169.254.169.254/latest/meta-data/"))
    site.add("/go/loopback-by-name", to(f"http://localhost:{site.port}/news/harbour-ferry.html"))
    site.add("/go/private-net", to("http://10.1.2.3/"))
    site.add("/go/kept", to("/news/rice-harvest.html"))
    site.add("/feed.xml", rss(site.base, ["/go/metadata", "/go/loopback-by-name", "/go/private-net", "/go/kept"]),
             "application/rss+xml")
    with open_store(db) as store:
        summary = follow([f"{site.base}/feed.xml"], store, options(site))
        urls = [r["url"] for r in store.query("SELECT url FROM articles")]
    refused = "a private, loopback or link-local address; not fetched (--allow-private fetches it)"
    assert sorted(summary.failures) == [
        f"http://10.1.2.3/: 10.1.2.3: {refused}",
        f"http://169.254.169.254/latest/meta-data/: 169.254.169.254: {refused}",
        f"http://localhost:{site.port}/news/harbour-ferry.html: localhost (127.0.0.1): {refused}",
    ]
    assert urls == [f"{site.base}/news/rice-harvest.html"]
    assert site.paths().count("/news/harbour-ferry.html") == 0


def test_a_redirect_into_a_disallowed_path_is_not_followed(site, db):
    site.add("/go/staff", lambda h: h.answer(301, b"", "text/plain", {"Location": "/private/staff-rota.html"}))
    site.add("/feed.xml", rss(site.base, ["/go/staff"]), "application/rss+xml")
    with open_store(db) as store:
        summary = follow([f"{site.base}/feed.xml"], store, options(site))
    assert summary.robots == [f"{site.base}/private/staff-rota.html: disallowed by robots.txt"]
    assert "/private/staff-rota.html" not in site.paths()


def test_the_command_refuses_the_loopback_server_unless_allow_private(site, db):
    from click.testing import CliRunner

    from newsmine.cli import main

    feed = f"{site.base}/feed.xml"
    refused = CliRunner().invoke(main, ["follow", feed, "--db", db])
    assert refused.exit_code == 2 and site.hits == []
    assert refused.stderr == (f"newsmine: {feed}: 127.0.0.1: a private, loopback or link-local address; "
                              "not fetched (--allow-private fetches it)\n")

    args = ["follow", feed, "--db", db, "--allow-private", "--interval", str(INTERVAL), "--once"]
    first = CliRunner().invoke(main, args)
    assert first.exit_code == 0, first.output
    assert first.stdout.startswith("follow: 3 pages fetched (3 new); 1 feeds and sitemaps read; 1 skipped by robots.txt in ")
    assert first.stderr == f"newsmine: {site.base}/private/staff-rota.html: disallowed by robots.txt\n"
    assert all(h.headers["user-agent"].startswith("newsmine/") for h in site.hits)
    second = CliRunner().invoke(main, args)
    assert second.stdout.startswith("follow: 0 pages fetched; 1 unchanged (304) in ")


def test_the_command_explains_bad_sources_and_options(db):
    from click.testing import CliRunner

    from newsmine.cli import main

    bad = CliRunner().invoke(main, ["follow", "ftp://example.org/feed", "example.org/feed.xml", "--db", db])
    assert bad.exit_code == 2 and bad.stderr == (
        "newsmine: ftp://example.org/feed: not an http(s) address of a feed or sitemap\n"
        "newsmine: example.org/feed.xml: not an http(s) address of a feed or sitemap\n")
    both = CliRunner().invoke(main, ["follow", "https://example.org/feed", "--once", "--every", "30m", "--db", db])
    assert both.exit_code == 2 and "give --once or --every, not both" in both.stderr
    never = CliRunner().invoke(main, ["follow", "https://example.org/feed", "--every", "soon", "--db", db])
    assert never.exit_code == 2 and "'soon' is not a duration such as 90s, 30m, 2h or 1d" in never.stderr
    header = CliRunner().invoke(main, ["follow", "https://example.org/feed", "--contact", "编辑部\r\nX: 1", "--db", db])
    assert header.exit_code == 2 and "--contact must be printable ASCII" in header.stderr


def test_no_robots_txt_means_no_rules_and_a_failing_one_means_nothing_is_fetched(db):
    with serve(Site()) as open_site, serve(Site()) as down_site:
        build(open_site)
        del open_site.routes["/robots.txt"]  # 404
        build(down_site)
        down_site.add("/robots.txt", lambda h: h.answer(500, b"oops", "text/plain"))
        allowed = frozenset({("127.0.0.1", open_site.port), ("127.0.0.1", down_site.port)})
        opts = Options(interval=INTERVAL, policy=AddressPolicy(allowed=allowed), limits=Limits(retries=0))
        with open_store(db) as store:
            summary = follow([f"{open_site.base}/feed.xml", f"{down_site.base}/feed.xml"], store, opts)
    assert summary.new == 4 and summary.robots == []  # /private/ too: no robots.txt, no rules
    assert summary.failures == [f"{down_site.base}/feed.xml: not fetched, its robots.txt could not be read (HTTP 500)"]
    assert down_site.paths() == ["/robots.txt"]


def test_max_pages_leaves_the_rest_for_the_next_round(site, db):
    with open_store(db) as store:
        first = follow([f"{site.base}/feed.xml"], store, Options(**{**options(site).__dict__, "max_pages": 2}))
        second = follow([f"{site.base}/feed.xml"], store, options(site))
    assert (first.new, first.deferred) == (2, 2)  # the feed lists four pages
    # the feed is asked again without validators, so the pages left over are fetched now
    assert (second.new, second.known, second.listings_read) == (1, 2, 1)
    assert second.robots == [f"{site.base}/private/staff-rota.html: disallowed by robots.txt"]
    assert [h.conditional for h in site.hits if h.path == "/feed.xml"] == [False, False]


def test_every_repeats_the_round_until_ctrl_c(site, db, monkeypatch):
    from click.testing import CliRunner

    import newsmine.cli.follow as command
    from newsmine.cli import main

    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        if len(waits) == 2:
            raise KeyboardInterrupt

    monkeypatch.setattr(command.time, "sleep", sleep)
    result = CliRunner().invoke(main, ["follow", f"{site.base}/feed.xml", "--db", db, "--allow-private",
                                       "--interval", str(INTERVAL), "--every", "10m"])
    lines = result.stdout.splitlines()
    assert result.exit_code == 130 and len(lines) == 2 and len(waits) == 2
    assert lines[0].startswith("follow: 3 pages fetched (3 new)") and lines[1].startswith("follow: 0 pages fetched; 1 unchanged")
    assert all(0 < w <= 600 for w in waits)


def test_an_unreachable_host_and_a_page_given_as_a_source_are_one_line_each(site, db):
    import socket

    from click.testing import CliRunner

    from newsmine.cli import main

    with socket.socket() as probe:  # a port that was free a moment ago: nothing listens there
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    result = CliRunner().invoke(main, ["follow", f"http://127.0.0.1:{closed}/feed.xml", f"{site.base}/news/rice-harvest.html",
                                       "--db", db, "--allow-private", "--retries", "0", "--interval", str(INTERVAL)])
    assert result.exit_code == 2 and "Traceback" not in result.output
    unreachable, page = result.stderr.splitlines()
    assert unreachable.startswith(f"newsmine: http://127.0.0.1:{closed}/feed.xml: not fetched, its robots.txt could "
                                  "not be read (cannot connect (") and "refused" in unreachable
    assert page == (f"newsmine: {site.base}/news/rice-harvest.html: a web page, not a feed or sitemap "
                    "(give the address of its feed or sitemap)")


def test_an_interrupted_round_loses_nothing(site, any_db):
    db = any_db
    def ctrl_c(summary) -> None:
        if summary.fetched == 1:
            raise KeyboardInterrupt

    with open_store(db) as store:
        stopped = follow([f"{site.base}/feed.xml"], store, options(site), on_progress=ctrl_c)
        stored_then = store.scalar("SELECT COUNT(*) AS n FROM articles")
        again = follow([f"{site.base}/feed.xml"], store, options(site))
    assert stopped.interrupted and stopped.fetched == 1 and stored_then == 0
    # the page fetched but not stored, and those never fetched, come in the next round
    assert again.new == 3 and [h.conditional for h in site.hits if h.path == "/feed.xml"] == [False, False]


def test_a_later_lastmod_asks_for_the_page_again_conditionally(site, db):
    from datetime import date, timedelta

    from .follow_site import page

    path = "/news/harbour-ferry.html"
    site.add("/sitemap.xml", sitemap(site.base, [path]), "application/xml")
    with open_store(db) as store:
        follow([f"{site.base}/sitemap.xml"], store, options(site))
        tomorrow = (date.today() + timedelta(days=1)).isoformat()
        site.add("/sitemap.xml", sitemap(site.base, [path]).replace("2025-11-25", tomorrow), "application/xml")
        same = follow([f"{site.base}/sitemap.xml"], store, options(site))
        site.add(path, page("青屿港新渡轮航线推迟至明年开通", "2025-12-02T09:00:00+08:00",
                            "青屿市交通局12月2日宣布，因码头验收未完成，新渡轮航线推迟至明年1月开通。"))
        later = (date.today() + timedelta(days=2)).isoformat()
        site.add("/sitemap.xml", sitemap(site.base, [path]).replace("2025-11-25", later), "application/xml")
        changed = follow([f"{site.base}/sitemap.xml"], store, options(site))
        titles = [r["title"] for r in store.query("SELECT title FROM articles ORDER BY id")]
    asks = [h for h in site.hits if h.path == path]
    assert [(h.conditional, h.status) for h in asks] == [(False, 200), (True, 304), (True, 200)]
    assert (same.unchanged, same.new, changed.new) == (1, 0, 1)
    assert titles == ["青屿港新渡轮航线下月开通", "青屿港新渡轮航线推迟至明年开通"]


def test_https_keeps_the_host_name_for_the_certificate_while_connecting_to_the_checked_address(tmp_path, monkeypatch):
    """Two names on one address: each gets its own TLS connection, checked against its own name."""
    import shutil
    import socket
    import ssl
    import subprocess

    from newsmine.follow.fetch import Fetcher, FetchFailed, user_agent

    if not shutil.which("openssl"):
        pytest.skip("the openssl command is not installed")
    name, other = "news.newsmine.test", "other.newsmine.test"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", f"/CN={name}",
                    "-addext", f"subjectAltName=DNS:{name}", "-keyout", str(tmp_path / "key.pem"),
                    "-out", str(tmp_path / "cert.pem")], check=True, capture_output=True)
    server = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server.load_cert_chain(tmp_path / "cert.pem", tmp_path / "key.pem")
    names: list[str | None] = []
    server.sni_callback = lambda sock, server_name, ctx: names.append(server_name)
    client = ssl.create_default_context(cafile=str(tmp_path / "cert.pem"))
    real = socket.getaddrinfo

    def resolve(host, *args, **kwargs):  # both names point at the loopback server
        return real("127.0.0.1" if host in (name, other) else host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    with serve(Site(), tls=server) as site:
        site.add("/ferry.html", ARTICLES["/news/harbour-ferry.html"])
        policy = AddressPolicy(allowed=frozenset({(name, site.port), (other, site.port)}))
        fetcher = Fetcher(HostSlots(0), policy, Limits(retries=0, timeout=5.0), user_agent(), verify=client)
        try:
            page = fetcher.get(f"https://{name}:{site.port}/ferry.html")
            with pytest.raises(FetchFailed, match="certificate verify failed"):
                fetcher.get(f"https://{other}:{site.port}/ferry.html")
        finally:
            fetcher.close()
    assert page.status == 200 and page.body.decode().count("青屿港") >= 1
    assert site.hits[0].headers["host"] == f"{name}:{site.port}" and names[:2] == [name, other]
