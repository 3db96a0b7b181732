"""Page metadata that holds: the canonical address over a broken og:url, relative addresses resolved,
and `livetime`-style dates."""

from __future__ import annotations

from newsmine.read.html import read_html_text

BODY = """<body><article><h1>台北港罢工结束</h1>
<p>台北港工会周一宣布结束为期三天的罢工，港务局表示货运将在周三恢复正常。</p>
<p>工会主席陈志明表示：“我们接受了资方的新方案。”</p></article></body></html>"""


def page(head: str) -> str:
    return f"<!DOCTYPE html><html lang=\"zh-TW\"><head><meta charset=\"utf-8\"><title>台北港罢工结束 - 港都日报</title>{head}</head>{BODY}"


def test_canonical_beats_an_og_url_that_points_at_the_home_page_and_relative_addresses_resolve():
    article = read_html_text(page('<meta property="og:url" content="https://www.gangdu-daily.tw/">'
                                  '<link rel="canonical" href="/news/2025/06/port-strike-ends">'), "p.html")
    assert article.url == "https://www.gangdu-daily.tw/news/2025/06/port-strike-ends"


def test_og_url_is_kept_when_it_is_the_articles_address():
    article = read_html_text(page('<meta property="og:url" content="https://www.gangdu-daily.tw/news/88">'), "p.html")
    assert article.url == "https://www.gangdu-daily.tw/news/88"


def test_livetime_meta_gives_the_date():
    article = read_html_text(page('<meta name="livetime" content="2025/06/09 18:20:00">'), "p.html")
    assert article.published == "2025-06-09"

