"""The parts of `follow` that need no server: addresses, the address policy, Retry-After, listings."""

from __future__ import annotations

import gzip
from datetime import datetime, timezone

import pytest

from newsmine.follow.addresses import AddressPolicy, RefusedAddress, is_public
from newsmine.follow.canonical import canonical_url, origin_of
from newsmine.follow.fetch import Page, retry_after
from newsmine.follow.listings import NotAListing, read_listing

from .follow_site import news_sitemap, rss, sitemap, sitemap_index

BASE = "https://news.example.com"


@pytest.mark.parametrize("given, canonical", [
    ("HTTPS://News.Example.COM:443/a/b.html?utm_source=rss&utm_medium=feed#top", "https://news.example.com/a/b.html"),
    ("http://news.example.com:80", "http://news.example.com/"),
    ("http://news.example.com:8080/x?b=2&a=1&fbclid=Zz", "http://news.example.com:8080/x?a=1&b=2"),
    ("https://news.example.com/%e6%96%b0%e9%97%bb/Item/", "https://news.example.com/%E6%96%B0%E9%97%BB/Item/"),
    ("/2025/12/01/ferry.html", "https://news.example.com/2025/12/01/ferry.html"),
    ("https://news.example.com./a", "https://news.example.com/a"),
])
def test_addresses_get_one_spelling(given, canonical):
    assert canonical_url(given, BASE + "/feed.xml") == canonical


@pytest.mark.parametrize("given", ["javascript:alert(1)", "ftp://news.example.com/a", "mailto:desk@example.com",
                                   "http://[/a", "news.example.com/a"])
def test_addresses_that_cannot_be_fetched_have_none(given):
    assert canonical_url(given) is None


def test_origin_is_scheme_host_and_port():
    assert origin_of("https://news.example.com:8443/a?b=1") == "https://news.example.com:8443"


@pytest.mark.parametrize("ip", ["10.0.0.7", "172.16.4.1", "192.168.1.1", "127.0.0.1", "169.254.169.254", "100.64.0.1",
                                "0.0.0.0", "224.0.0.1", "::1", "fe80::1", "fc00::5", "::ffff:127.0.0.1", "::ffff:10.0.0.1"])
def test_private_loopback_and_link_local_addresses_are_not_public(ip):
    assert not is_public(ip)
    with pytest.raises(RefusedAddress, match="a private, loopback or link-local address"):
        AddressPolicy().resolve(ip, 80)


@pytest.mark.parametrize("ip", ["8.8.8.8", "1.1.1.1", "2606:4700:4700::1111"])
def test_public_addresses_pass(ip):
    assert is_public(ip) and AddressPolicy().resolve(ip, 443) == ip


def test_allow_private_and_an_allowed_pair():
    assert AddressPolicy(allow_private=True).resolve("10.0.0.7", 80) == "10.0.0.7"
    only = AddressPolicy(allowed=frozenset({("127.0.0.1", 8080)}))
    assert only.resolve("127.0.0.1", 8080) == "127.0.0.1"
    with pytest.raises(RefusedAddress):
        only.resolve("127.0.0.1", 8081)


def test_retry_after_in_seconds_or_as_a_date():
    now = datetime(2025, 12, 1, 8, 0, 0, tzinfo=timezone.utc)
    assert retry_after("120", now) == 120.0
    assert retry_after("Mon, 01 Dec 2025 08:01:30 GMT", now) == 90.0
    assert retry_after("Mon, 01 Dec 2025 07:00:00 GMT", now) == 0.0
    assert retry_after("soon", now) is None and retry_after(None, now) is None


def test_the_charset_comes_from_the_content_type():
    assert Page("u", 200, headers={"content-type": 'text/html; charset="GB18030"'}).charset == "GB18030"
    assert Page("u", 200, headers={"content-type": "text/html"}).charset is None


def test_a_feed_lists_its_entries_with_their_title_and_date():
    listing = read_listing(rss(BASE, ["/a.html", "/b.html?utm_campaign=x"]).encode(), BASE + "/rss", 10**6)
    assert listing.kind == "feed"
    assert [link.url for link in listing.pages] == [BASE + "/a.html", BASE + "/b.html"]
    assert listing.pages[0].meta == {"feed_title": "/a.html", "feed_published": "2025-11-29T08:00:00Z"}


def test_an_atom_feed():
    atom = ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>南湾日报</title>'
            '<id>urn:x</id><updated>2025-12-01T06:00:00Z</updated><entry><title>南湾岛码头扩建完工</title>'
            '<link href="/2025/12/01/pier.html"/><id>urn:y</id><updated>2025-12-01T06:00:00Z</updated></entry></feed>')
    listing = read_listing(atom.encode(), BASE + "/atom.xml", 10**6)
    assert [(p.url, p.lastmod, p.meta["feed_title"]) for p in listing.pages] == [
        (BASE + "/2025/12/01/pier.html", "2025-12-01T06:00:00Z", "南湾岛码头扩建完工")]


def test_sitemaps_indexes_and_gzip():
    plain = read_listing(sitemap(BASE, ["/a.html"]).encode(), BASE + "/sitemap.xml", 10**6)
    assert plain.kind == "sitemap" and [(p.url, p.lastmod) for p in plain.pages] == [(BASE + "/a.html", "2025-11-25")]
    packed = read_listing(gzip.compress(sitemap(BASE, ["/a.html"]).encode()), BASE + "/sitemap.xml.gz", 10**6)
    assert packed.pages == plain.pages
    index = read_listing(sitemap_index(BASE, ["/s1.xml", "/s2.xml"]).encode(), BASE + "/index.xml", 10**6)
    assert index.kind == "sitemap index" and [s.url for s in index.sitemaps] == [BASE + "/s1.xml", BASE + "/s2.xml"]


def test_a_text_sitemap_is_one_address_a_line():
    text = f"{BASE}/2025/12/01/pier.html\n\n{BASE}/2025/12/02/market.html?utm_source=x\n"
    listing = read_listing(text.encode(), BASE + "/sitemap.txt", 10**6)
    assert listing.kind == "sitemap"
    assert [p.url for p in listing.pages] == [BASE + "/2025/12/01/pier.html", BASE + "/2025/12/02/market.html"]


def test_google_news_tags_become_metadata():
    listing = read_listing(news_sitemap(BASE, ["/port.html"]).encode(), BASE + "/news.xml", 10**6)
    assert listing.pages[0].meta == {
        "news_publication_name": "Marlow Bay Courier", "news_language": "en",
        "news_publication_date": "2025-11-27T18:00:00Z", "news_title": "Courier: /port.html",
        "news_keywords": "port, strike"}


def test_what_is_no_listing_is_said_clearly():
    with pytest.raises(NotAListing, match="a web page, not a feed or sitemap"):
        read_listing(b"<!doctype html><html><body><p>hi</p></body></html>", BASE + "/", 10**6)
    with pytest.raises(NotAListing, match="not well-formed XML"):
        read_listing(b'<?xml version="1.0"?><urlset><url><loc>x</url>', BASE + "/s.xml", 10**6)
    with pytest.raises(NotAListing, match="neither a feed nor a sitemap"):
        read_listing(b"just some words", BASE + "/x", 10**6)
    bomb = gzip.compress(b"<urlset>" + b" " * 2_000_000 + b"</urlset>")
    with pytest.raises(NotAListing, match="over the 1,000,000-byte limit once decompressed"):
        read_listing(bomb, BASE + "/s.xml.gz", 10**6)
    packed = gzip.compress(sitemap(BASE, ["/a.html", "/b.html"]).encode())
    corrupt = packed[:12] + bytes(b ^ 0x5A for b in packed[12:-8]) + packed[-8:]  # the deflate data damaged
    with pytest.raises(NotAListing, match="a broken gzip file"):
        read_listing(corrupt, BASE + "/s.xml.gz", 10**6)


def test_entity_expansion_is_refused():
    laughs = ('<?xml version="1.0"?><!DOCTYPE urlset [<!ENTITY a "aaaaaaaaaa">' +
              "".join(f'<!ENTITY {c} "{("&" + p + ";") * 10}">' for p, c in zip("abcdefg", "bcdefgh")) +
              ']><urlset><url><loc>&h;</loc></url></urlset>')
    with pytest.raises(NotAListing, match="amplification"):  # expat's guard against entity bombs
        read_listing(laughs.encode(), BASE + "/s.xml", 10**6)
