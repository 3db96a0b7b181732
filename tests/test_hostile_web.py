"""Crafted requests: bounded parameters answer 422 (never 500) on both backends, pages carry security
headers, HEAD works, a stored script address never becomes a link, the highlighter sweeps once."""

from __future__ import annotations

import subprocess
import sys
import warnings
from datetime import date

import pytest

from newsmine.store import open_store
from newsmine.store.queries import MAX_ID, MAX_QUERY
from newsmine.store.write import IMPORTED, put_doc

from .archive_docs import make_doc
from .archive_fixtures import db  # noqa: F401

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient


@pytest.fixture
def client(db):  # noqa: F811
    from newsmine.web import create_app

    with open_store(db) as store:
        for n, (pair, day) in enumerate([((0, 1), date(2026, 3, 4)), ((2, 3), date(2026, 5, 6))]):
            doc = make_doc(n, pair=pair, outlet=n, topic=n, day=day, quote=n)
            if n == 1:
                doc["article"]["url"] = "javascript:alert(document.cookie)"  # as an older archive may hold
            put_doc(store, doc, pipeline=IMPORTED)
    return TestClient(create_app(db), raise_server_exceptions=False)


BIG = "9" * 30
CRAFTED = [
    "/api/people/" + BIG, "/people/" + BIG, "/articles/" + BIG, "/api/articles/" + str(MAX_ID + 1),
    "/api/search?offset=" + BIG, "/?offset=" + BIG, "/quotes?offset=" + str(MAX_ID + 1),
    "/api/search?q=" + "%" * 60_000, "/api/search?substring=true&q=" + "%_" * 30_000,
    "/api/quotes?speaker=" + "%" * 60_000, "/api/quotes?about=" + "_" * 60_000,
    "/api/events?participant=" + "%" * 60_000, "/api/lexicon?q=" + "%" * 60_000, "/?q=" + "x" * (MAX_QUERY + 1),
    "/api/search?q=%E6%99%AE%00%E4%BA%AC", "/api/people?name=a%00b", "/api/search?outlet=%00",
    "/api/events?type=meet%00", "/lexicon?q=%00", "/person?name=%00", "/api/people/-1",
]


@pytest.mark.parametrize("path", CRAFTED)
def test_out_of_bounds_parameters_are_a_422_with_a_message(client, path):
    response = client.get(path)
    assert response.status_code == 422, response.text[:300]
    assert response.json()["detail"]


@pytest.mark.parametrize("path", [
    "/?person=²", "/api/search?person=²", "/quotes?speaker=³", "/api/events?participant=" + BIG,
    "/api/quotes?speaker=" + BIG, "/api/search?q=" + "𝐱" * MAX_QUERY, "/api/search?q=" + "x" * MAX_QUERY,
    "/api/search?q=" + "卫星" * (MAX_QUERY // 2), "/api/search?q=%27%29%20OR%201%3D1%20--", "/api/search?q=a%20%26%20!b%20|%20c:*",
])
def test_odd_but_bounded_parameters_answer_normally(client, path):
    response = client.get(path)
    assert response.status_code == 200, response.text[:300]


def test_person_lookup_with_none_one_or_many_matches(client):
    none = client.get("/person", params={"name": "Nobody Atall"})
    assert none.status_code == 200 and "Nobody in the archive" in none.text
    assert client.get("/person", params={"name": ""}).status_code == 200
    one = client.get("/person", params={"name": "Vladimir Putin"}, follow_redirects=False)
    assert one.status_code == 303 and one.headers["location"].startswith("/people/")
    many = client.get("/person", params={"name": "m"})
    assert many.status_code == 200 and many.text.count('href="/people/') >= 2


def test_pages_and_api_send_security_headers_and_answer_head(client):
    for path in ("/", "/quotes", "/api/search", "/articles/1"):
        response = client.get(path)
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["x-frame-options"] == "DENY"
        csp = response.headers["content-security-policy"]
        assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp and "script-src" not in csp
        head = client.head(path)
        assert head.status_code == 200 and head.content == b""
        assert head.headers["content-type"] == response.headers["content-type"]


def test_a_stored_script_address_is_not_linked(client):
    ids = [item["id"] for item in client.get("/api/search").json()["items"]]
    pages = [client.get(f"/articles/{i}").text for i in ids]
    assert any("source</a>" in p for p in pages)  # the safe address is still linked
    assert not any("javascript:" in p.lower() for p in pages)


def test_the_cli_gives_one_line_for_out_of_bounds_queries(tmp_path):
    base = [sys.executable, "-m", "newsmine"]
    for args in (["search", "x" * (MAX_QUERY + 1)], ["quotes", "--speaker", "a\x01" * 400],
                 ["search", "--offset", BIG, "卫星"], ["show", BIG], ["person", "Nobody Atall"]):
        out = subprocess.run([*base, *args, "--db", str(tmp_path / "a.sqlite")], capture_output=True, text=True)
        assert out.returncode != 0 and "Traceback" not in out.stderr, out.stderr
        assert out.stderr.strip().splitlines()[-1].startswith(("newsmine: ", "Error: "))

