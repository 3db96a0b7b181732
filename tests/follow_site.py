"""A small news site served on 127.0.0.1 from a thread, for `newsmine follow` tests and its bench.

Every request is recorded (`Site.hits`: when it arrived, its path, headers and the status sent),
so a test can check what was asked for and when. Static routes answer with an ETag and a
Last-Modified and honour `If-None-Match` / `If-Modified-Since` with `304`; a route may also be a
function that writes its own answer (a 429 with Retry-After, a slow page, a redirect …).
The articles are written for these tests: invented events, in Chinese and in English.
"""

from __future__ import annotations

import hashlib
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LAST_MODIFIED = "Mon, 01 Dec 2025 08:00:00 GMT"


@dataclass
class Hit:
    at: float
    path: str
    headers: dict[str, str]
    status: int = 0

    @property
    def conditional(self) -> bool:
        return "if-none-match" in self.headers or "if-modified-since" in self.headers


Route = bytes | Callable[["Handler"], int]


@dataclass
class Site:
    routes: dict[str, tuple[Route, str]] = field(default_factory=dict)
    hits: list[Hit] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    port: int = 0

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def add(self, path: str, body: Route | str, content_type: str = "text/html; charset=utf-8") -> None:
        self.routes[path] = (body.encode("utf-8") if isinstance(body, str) else body, content_type)

    def paths(self) -> list[str]:
        with self.lock:
            return [h.path for h in self.hits]


class Handler(BaseHTTPRequestHandler):
    site: Site
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        hit = Hit(time.monotonic(), self.path, {k.lower(): v for k, v in self.headers.items()})
        with self.site.lock:
            self.site.hits.append(hit)
        route = self.site.routes.get(self.path.split("?", 1)[0])
        if route is None:
            hit.status = self.answer(404, b"not here", "text/plain")
        elif callable(route[0]):
            hit.status = route[0](self)
        else:
            hit.status = self.static(route[0], route[1], hit.headers)

    def static(self, body: bytes, content_type: str, headers: dict[str, str]) -> int:
        etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
        # RFC 9110 13.2.2: If-None-Match, when sent, decides; If-Modified-Since only without it
        if ("if-none-match" in headers and headers["if-none-match"] == etag) or (
                "if-none-match" not in headers and headers.get("if-modified-since") == LAST_MODIFIED):
            self.send_response(304)
            self.send_header("ETag", etag)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return 304
        return self.answer(200, body, content_type, {"ETag": etag, "Last-Modified": LAST_MODIFIED})

    def answer(self, status: int, body: bytes, content_type: str, headers: dict[str, str] | None = None) -> int:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)
        return status


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that hangs up on a huge or slow page is what the tests expect


@contextmanager
def serve(site: Site, tls: ssl.SSLContext | None = None) -> Iterator[Site]:
    """Serve SITE on 127.0.0.1 (a free port) for the length of the block; over TLS with `tls`."""
    handler = type("SiteHandler", (Handler,), {"site": site})
    server = _Server(("127.0.0.1", 0), handler)
    if tls:
        server.socket = tls.wrap_socket(server.socket, server_side=True)
    site.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()


def page(title: str, published: str, *paragraphs: str, lang: str = "zh-CN") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
            f'<meta property="article:published_time" content="{published}"></head>'
            f"<body><article><h1>{title}</h1>{body}</article></body></html>")


ARTICLES = {
    "/news/harbour-ferry.html": page(
        "青屿港新渡轮航线下月开通", "2025-11-28T09:00:00+08:00",
        "青屿市交通局局长周文涛（Zhou Wentao）周五在记者会上宣布，连接青屿港与南湾岛的新渡轮航线将于12月15日开通。",
        "周文涛说：“新航线每天往返八班，单程约四十分钟。”",
        "当地居民代表林秀华表示，航线开通后岛上学生上学将更加方便。"),
    "/news/library-fire-drill.html": page(
        "市图书馆举行消防演练 三百名读者有序疏散", "2025-11-29T15:30:00+08:00",
        "11月29日下午，安平市立图书馆举行年度消防演练，约三百名读者在八分钟内全部疏散。",
        "馆长陈立群（Chen Liqun）表示：“演练暴露了二楼指示牌不足的问题，我们会在月底前补齐。”"),
    "/news/rice-harvest.html": page(
        "北河县晚稻丰收 亩产创五年新高", "2025-11-30T10:00:00+08:00",
        "北河县农业农村局11月30日发布数据，今年全县晚稻平均亩产达到五百八十公斤，为五年来最高。",
        "局长何建明说，新推广的抗倒伏品种是增产的主要原因。"),
    "/world/port-strike-ends.html": page(
        "Dockworkers in Marlow Bay end four-day strike", "2025-11-27T18:00:00+00:00",
        "Dockworkers at the port of Marlow Bay returned to work on Thursday after a four-day strike over night-shift pay.",
        '"We have a deal that respects the people who keep this port running," union leader Dana Whitcombe said.',
        "The port authority said cargo delays should clear by the end of next week.", lang="en"),
    "/world/observatory-opens.html": page(
        "Hill observatory opens to school groups", "2025-11-26T12:00:00+00:00",
        "The Kestrel Hill observatory opened its new teaching dome to school groups on Wednesday.",
        '"Every pupil in the county can now see Saturn through a real telescope," director Ines Carrow said.',
        lang="en"),
    "/private/staff-rota.html": page(
        "内部值班表", "2025-11-30T08:00:00+08:00", "这一页只供员工使用，robots.txt 禁止抓取。"),
}


def rss(base: str, paths: list[str]) -> str:
    items = "".join(f"<item><title>{p}</title><link>{base}{p}?utm_source=rss</link>"
                    f"<pubDate>Sat, 29 Nov 2025 08:00:00 GMT</pubDate></item>" for p in paths)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>青屿新闻</title>'
            f"<link>{base}/</link><description>test feed</description>{items}</channel></rss>")


def sitemap(base: str, paths: list[str]) -> str:
    urls = "".join(f"<url><loc>{base}{p}</loc><lastmod>2025-11-25</lastmod></url>" for p in paths)
    return f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'


def news_sitemap(base: str, paths: list[str]) -> str:
    urls = "".join(
        f"<url><loc>{base}{p}</loc><news:news><news:publication><news:name>Marlow Bay Courier</news:name>"
        f"<news:language>en</news:language></news:publication>"
        f"<news:publication_date>2025-11-27T18:00:00Z</news:publication_date>"
        f"<news:title>Courier: {p}</news:title><news:keywords>port, strike</news:keywords></news:news></url>"
        for p in paths)
    return ('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{urls}</urlset>')


def sitemap_index(base: str, paths: list[str]) -> str:
    items = "".join(f"<sitemap><loc>{base}{p}</loc></sitemap>" for p in paths)
    return f'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{items}</sitemapindex>'
