"""Web archives (WARC, `.warc` or `.warc.gz`) → pages, streamed one record at a time with FastWARC.

Only HTTP `response` records with status 200 and `resource` records whose content type is HTML
become pages. The cheap filters run first, on the WARC headers alone (target host, `WARC-Date`),
then the HTTP headers (status, content type), and only then is the payload read: HTTP headers
stripped, `Content-Encoding` and chunked transfer undone, the declared charset kept for the reader,
and the language and script filters looked at the text. The record's `WARC-Target-URI` and
`WARC-Date` become the page's url and fetch time; `WARC-Payload-Digest` (or the SHA-1 of the
payload, in the same form, when a record has none) names its bytes for de-duplication.

A damaged or truncated file ends its iteration with a `WarcError` naming the file and the byte
offset of the record; the pages before it have been yielded already.
"""

from __future__ import annotations

import base64
import fnmatch
import gzip
import hashlib
import re
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from newsmine.errors import InputError
from newsmine.model import Page
from newsmine.read.source import MAX_INPUT_BYTES, open_regular
from newsmine.urls import host_of

WARC_SUFFIXES = (".warc", ".warc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")
_CONTENT_LENGTH = re.compile(rb"(?im)^content-length:[ \t]*(\d+)")
_TAGS = re.compile(r"<(script|style)\b.*?</\1\s*>|<[^>]*>", re.S | re.I)
_SAMPLE = 65536
"""Characters of a page's text (tags removed) that the language and script filters look at."""


class WarcError(InputError):
    """A WARC file that cannot be read on: missing, not WARC, damaged or truncated."""


@dataclass(frozen=True)
class WarcFilters:
    """Which records become pages. Empty tuples and None mean no filter.

    `hosts`: globs on the target's host (`*.bbc.com`); a name without `*`/`?` matches that host and
    its subdomains (`bbc.com` takes `www.bbc.com`). `languages`: `zh`, `en`… as the reader detects
    them from the text; `scripts`: `simplified`, `traditional`. `since`/`until`: the `WARC-Date`'s
    day (UTC), both inclusive. `max_bytes`: larger payloads are left out.
    """

    hosts: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    scripts: tuple[str, ...] = ()
    since: date | None = None
    until: date | None = None
    content_types: tuple[str, ...] = HTML_TYPES
    max_bytes: int = MAX_INPUT_BYTES

    def host_ok(self, host: str | None) -> bool:
        if not self.hosts:
            return True
        if not host:
            return False
        host = host.lower().rstrip(".")
        return any(fnmatch.fnmatchcase(host, g.lower()) if any(c in g for c in "*?[")
                   else host == g.lower() or host.endswith("." + g.lower()) for g in self.hosts)

    def date_ok(self, day: date | None) -> bool:
        if self.since is None and self.until is None:
            return True
        return day is not None and (self.since is None or day >= self.since) and (self.until is None or day <= self.until)


@dataclass
class WarcStats:
    """What a run through WARC files saw: records read, pages kept, records left out by reason."""

    records: int = 0
    pages: int = 0
    left_out: Counter[str] = field(default_factory=Counter)

    def describe(self) -> str:
        reasons = ", ".join(f"{reason} {n}" for reason, n in sorted(self.left_out.items()))
        return f"{self.records} records, {self.pages} pages" + (f"; left out: {reasons}" if reasons else "")


def is_warc(path: str | Path) -> bool:
    return str(path).lower().endswith(WARC_SUFFIXES)


def iter_pages(path: str, filters: WarcFilters | None = None, stats: WarcStats | None = None) -> Iterator[Page]:
    """The HTML pages of one WARC file (`.warc` or `.warc.gz`) that pass `filters`, one at a time.

    Raises WarcError (naming the file and where) when the file is not WARC, damaged or cut short,
    and UnreadableInput when it is missing or not a regular file; the pages before the damage have
    been yielded by then. `stats` is updated as records are read.
    """
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    filters = filters or WarcFilters()
    stats = stats if stats is not None else WarcStats()
    pages = (WarcRecordType.response, WarcRecordType.resource)
    fh = open_regular(path)  # a file object, never a name: FastWARC would fetch a URL given as a name
    read, last = 0, -1
    with fh:
        try:
            for record in ArchiveIterator(fh, record_types=WarcRecordType.any_type, parse_http=False):
                read, last = read + 1, record.stream_pos
                if record.record_type not in pages:
                    continue
                stats.records += 1
                page = _page(record, path, filters, stats)
                if page is not None:
                    stats.pages += 1
                    yield page
        except OSError as exc:
            if read == 0:
                raise WarcError(path, f"is not a WARC file ({exc})") from None
            raise WarcError(path, f"is damaged after the record at byte {last} ({exc}); "
                            f"the {read} records before it were read") from None
    if read == 0:
        raise WarcError(path, "is empty" if Path(path).stat().st_size == 0 else "holds no WARC record")
    _check_end(path, last)


def _check_end(path: str, last: int) -> None:
    """FastWARC ends quietly where a file was cut inside a record's header: check that the last record
    it read (at byte `last`) is whole and that nothing but whitespace follows it."""
    with open(path, "rb") as fh:
        fh.seek(last)
        tail = fh.read()
    cut = f"is truncated: the file ends inside the record at byte {last} or just after it"
    if tail[:2] == b"\x1f\x8b":
        try:
            tail = gzip.decompress(tail)
        except (EOFError, OSError, zlib.error):
            raise WarcError(path, cut) from None
    pos = 0
    while tail[pos:].strip():
        end = tail.find(b"\r\n\r\n", pos)
        length = _CONTENT_LENGTH.search(tail, pos, end) if end >= 0 else None
        if length is None:
            raise WarcError(path, cut)
        pos = end + 4 + int(length.group(1))
        if pos > len(tail):
            raise WarcError(path, cut)


def _page(record: Any, path: str, filters: WarcFilters, stats: WarcStats) -> Page | None:
    """The record as a Page, or None (counted in `stats.left_out`) when a filter leaves it out."""
    uri = (record.headers.get("WARC-Target-URI") or "").strip().strip("<>")
    if not uri.lower().startswith(("http://", "https://")):
        return _out(stats, "not http")
    if not filters.host_ok(host_of(uri)):
        return _out(stats, "host")
    when = record.record_date
    if not filters.date_ok(when.date() if when else None):
        return _out(stats, "date")
    charset = None
    if record.is_http:
        try:
            record.parse_http(auto_decode="none")
        except OSError:  # this record's HTTP header block is broken; the WARC framing around it is not
            return _out(stats, "bad http")
        http = record.http_headers
        if http.status_code != 200:
            return _out(stats, "status")
        ctype, charset = record.http_content_type, record.http_charset
    else:
        ctype = (record.headers.get("Content-Type") or "").split(";")[0].strip()
    if (ctype or "").lower() not in filters.content_types:
        return _out(stats, "content type")
    expected = record.content_length
    if expected > filters.max_bytes:
        record.reader.consume()
        return _out(stats, "size")
    raw = record.reader.read()
    if len(raw) < expected:
        raise WarcError(path, f"is truncated in the record at byte {record.stream_pos} ({uri}): "
                        f"{len(raw)} of {expected} payload bytes")
    body = _decoded(raw, record.http_headers if record.is_http else None, filters.max_bytes)
    if body is None:
        return _out(stats, "encoding")
    if (filters.languages or filters.scripts) and not _language_ok(body, charset, filters):
        return _out(stats, "language")
    digest = record.headers.get("WARC-Payload-Digest") or "sha1:" + base64.b32encode(hashlib.sha1(raw).digest()).decode()
    meta = {"warc": path, "warc_record_id": record.headers.get("WARC-Record-ID"), "warc_offset": record.stream_pos}
    if record.headers.get("WARC-Truncated"):
        meta["warc_truncated"] = record.headers.get("WARC-Truncated")
    fetched = record.headers.get("WARC-Date") if when is not None else None  # as written, when it is a date
    return Page(body, uri, fetched=fetched, meta=meta, charset=charset,
                digest=digest.strip(), format="html", source=path)


def _out(stats: WarcStats, reason: str) -> None:
    stats.left_out[reason] += 1
    return None


def _decoded(raw: bytes, http: Any, limit: int) -> bytes | None:
    """The payload with chunked transfer and gzip/deflate content encoding undone (None for another
    encoding, a broken one, or a result past `limit`)."""
    if http is None:
        return raw
    body = raw
    if "chunked" in (http.get("Transfer-Encoding") or "").lower():
        body = _unchunked(body)
        if body is None:
            return None
    encoding = (http.get("Content-Encoding") or "identity").strip().lower()
    if encoding in ("identity", ""):
        return body
    if encoding not in ("gzip", "x-gzip", "deflate"):
        return None
    inflater = zlib.decompressobj(47 if encoding != "deflate" else zlib.MAX_WBITS)
    try:
        out = inflater.decompress(body, limit + 1)
    except zlib.error:
        if encoding != "deflate":
            return None
        try:  # servers send raw deflate streams as "deflate" too
            out = zlib.decompressobj(-zlib.MAX_WBITS).decompress(body, limit + 1)
        except zlib.error:
            return None
    return out if len(out) <= limit else None


def _unchunked(data: bytes) -> bytes | None:
    out = bytearray()
    pos = 0
    while True:
        end = data.find(b"\r\n", pos)
        if end < 0:
            return None
        try:
            size = int(data[pos:end].split(b";")[0].strip() or b"x", 16)
        except ValueError:
            return None
        if size == 0:
            return bytes(out)
        out += data[end + 2 : end + 2 + size]
        pos = end + 2 + size + 2


def _language_ok(body: bytes, charset: str | None, filters: WarcFilters) -> bool:
    from newsmine.read.encoding import decode_page
    from newsmine.read.language import detect

    try:
        text, _ = decode_page("-", body, charset=charset)
    except InputError:
        return False
    language, script = detect(_TAGS.sub(" ", text)[:_SAMPLE])
    if filters.languages and language not in filters.languages:
        return False
    return not filters.scripts or script in filters.scripts
