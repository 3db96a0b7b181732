"""WARC files built in the tests, byte by byte (the format is a text header block per record), from
pages written for the project: simplified and traditional Chinese, English, a GBK page whose charset
only the HTTP header names, and records that are no article (an image, a 404, a request)."""

from __future__ import annotations

import base64
import gzip
import hashlib
import uuid
from dataclasses import dataclass
from pathlib import Path

HARBOUR = """<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>渔港新码头启用</title></head>
<body><article><h1>渔港新码头启用</h1>
<p>东海省渔业厅厅长周文涛（Zhou Wentao）周一在启用仪式上说：“新码头可同时停靠两百艘渔船。”</p>
<p>他表示，码头的冷库明年春天投入使用，渔民卖鱼不必再连夜赶往县城。</p>
<p>当地渔民协会会长郑海生说，协会希望渔业厅同时修缮通往码头的公路。</p></article></body></html>"""

LIBRARY = """<!doctype html><html lang="zh-Hant"><head><meta charset="utf-8"><title>市立圖書館延長開放時間</title></head>
<body><article><h1>市立圖書館延長開放時間</h1>
<p>市文化局副局長林雅婷週二宣布，市立圖書館自六月起每晚開放至十點，週末亦不休館。</p>
<p>她說：「讀者的需求一直在增加，夜間的自修室經常一位難求。」</p>
<p>文化局表示，延長開放所需的人力將由新聘的二十名館員分擔。</p></article></body></html>"""

BRIDGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Valley bridge reopens after repairs</title></head>
<body><article><h1>Valley bridge reopens after repairs</h1>
<p>The Marren Valley bridge reopened on Tuesday after eight months of repairs, the county roads office said.</p>
<p>"Trucks can use it again from next week," said Helen Okafor, who leads the office.</p>
<p>Residents had driven a forty-minute detour since the spring floods damaged two of its piers.</p></article></body></html>"""

STATION = """<html><head><title>高铁新站年底通车</title></head>
<body><div class="content"><h1>高铁新站年底通车</h1>
<p>南川市交通局局长吴国栋（Wu Guodong）周四对记者说，高铁新站的主体工程已经完工，年底前通车。</p>
<p>他说：“新站通车后，从南川到省城只需四十分钟。”</p>
<p>交通局还计划开通三条连接新站和老城区的公交线路。</p></div></body></html>"""
"""Encoded as GBK and declared only in the HTTP header: read as UTF-8 it is mojibake."""


@dataclass
class Record:
    """One WARC record to write: a `response` (HTTP) unless `warc_type` says otherwise."""

    uri: str
    body: bytes
    date: str = "2026-03-02T08:15:00Z"
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    warc_type: str = "response"
    http_extra: str = ""
    digest: str | None = None

    def block(self) -> bytes:
        if self.warc_type not in ("response", "request"):
            return self.body
        head = (f"HTTP/1.1 {self.status} {'OK' if self.status == 200 else 'Not Found'}\r\n"
                f"Content-Type: {self.content_type}\r\nServer: test\r\n{self.http_extra}"
                f"Content-Length: {len(self.body)}\r\n\r\n")
        if self.warc_type == "request":
            head = f"GET {self.uri} HTTP/1.1\r\nHost: example\r\n\r\n"
            return head.encode("latin-1")
        return head.encode("latin-1") + self.body

    def to_bytes(self) -> bytes:
        block = self.block()
        digest = self.digest or "sha1:" + base64.b32encode(hashlib.sha1(self.body).digest()).decode()
        wct = "application/http; msgtype=" + self.warc_type if self.warc_type in ("response", "request") \
            else self.content_type
        head = (f"WARC/1.0\r\nWARC-Type: {self.warc_type}\r\nWARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\n"
                f"WARC-Date: {self.date}\r\nWARC-Target-URI: {self.uri}\r\nWARC-Payload-Digest: {digest}\r\n"
                f"Content-Type: {wct}\r\nContent-Length: {len(block)}\r\n\r\n")
        return head.encode("utf-8") + block + b"\r\n\r\n"


def warcinfo() -> bytes:
    info = b"software: newsmine tests\r\nformat: WARC File Format 1.0\r\n"
    return (f"WARC/1.0\r\nWARC-Type: warcinfo\r\nWARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\n"
            f"WARC-Date: 2026-03-01T00:00:00Z\r\nContent-Type: application/warc-fields\r\n"
            f"Content-Length: {len(info)}\r\n\r\n").encode() + info + b"\r\n\r\n"


def write_warc(path: Path, records: list[Record]) -> Path:
    """A `.warc` file, or for a name ending `.gz` one gzip member per record (as crawlers write them)."""
    parts = [warcinfo(), *(r.to_bytes() for r in records)]
    if path.name.endswith(".gz"):
        parts = [gzip.compress(p) for p in parts]
    path.write_bytes(b"".join(parts))
    return path


def crawl() -> list[Record]:
    """A small crawl: four articles, a re-fetch, a mirror of the same bytes, and records that are no article."""
    return [
        Record("https://news.example.cn/2026/03/harbour.html", HARBOUR.encode("utf-8")),
        Record("https://www.example.com.tw/culture/library", LIBRARY.encode("utf-8"), date="2026-03-03T09:00:00Z"),
        Record("https://valley.example.com/bridge", BRIDGE.encode("utf-8"), date="2026-03-04T10:30:00Z"),
        Record("https://news.example.cn/2026/03/station.html", STATION.encode("gbk"),
               content_type="text/html; charset=GBK", date="2026-03-05T07:45:00Z"),
        Record("https://news.example.cn/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(64), content_type="image/png"),
        Record("https://news.example.cn/2026/03/missing.html", b"<html><body>gone</body></html>", status=404),
        Record("https://news.example.cn/2026/03/harbour.html", b"", warc_type="request"),
        Record("https://news.example.cn/2026/03/harbour.html", HARBOUR.encode("utf-8"), date="2026-03-06T08:00:00Z"),
        Record("https://mirror.example.org/harbour", HARBOUR.encode("utf-8"), date="2026-03-06T08:05:00Z"),
    ]
