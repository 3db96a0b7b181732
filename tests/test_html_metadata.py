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



_AGENCY = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",'
           ' "headline": "台北港罢工结束", "author": {"@type": "Organization", "name": "港都通讯社 Gangdu News Agency"},'
           ' "publisher": {"@type": "Organization", "name": "港都通讯社"}}</script>')


def wire_page(first_paragraph: str, head: str = _AGENCY) -> str:
    return (f"<!DOCTYPE html><html lang=\"zh-TW\"><head><meta charset=\"utf-8\"><title>台北港罷工結束</title>{head}"
            f"</head><body><article><h1>台北港罷工結束</h1><p>{first_paragraph}</p>"
            "<p>工會主席陳志明表示：「我們接受了資方的新方案。」</p></article></body></html>")


def test_a_reporter_named_in_a_wire_dateline_replaces_the_agency_declared_as_author():
    one = read_html_text(wire_page("（港都社記者林佩君台北9日電）台北港工會今天宣布結束為期三天的罷工。"), "w.html")
    assert [a.name for a in one.authors] == ["林佩君"]
    two = read_html_text(wire_page("（港都社記者王大衛、林佩君高雄9日電）高雄港工會今天宣布結束罷工。"), "w.html")
    assert [a.name for a in two.authors] == ["王大衛", "林佩君"]
    short = read_html_text(wire_page("（港都社記者林明台北9日電）台北港工會今天宣布結束罷工。"), "w.html")
    assert [a.name for a in short.authors] == ["林明"]


def test_the_agency_stays_the_author_when_the_page_names_no_person():
    article = read_html_text(wire_page("台北港工會今天宣布結束為期三天的罷工，貨運將在週三恢復。"), "w.html")
    assert [a.name for a in article.authors] == ["港都通讯社 Gangdu News Agency"]


def test_the_site_name_as_meta_author_gives_way_to_a_marked_up_byline_but_not_to_an_agency_credit():
    head = '<meta name="author" content="Harbour Times"><meta property="og:site_name" content="Harbour Times">'
    byline = '<p class="byline">By <a rel="author" href="/staff/ann-lee">Ann Lee</a></p>'
    named = read_html_text(page(head).replace("<article>", f"<article>{byline}"), "p.html")
    assert [a.name for a in named.authors] == ["Ann Lee"]
    credit = '<p class="byline"><a rel="author" href="/agencies">Agencies</a></p>'
    agency = read_html_text(page(head).replace("<article>", f"<article>{credit}"), "p.html")
    assert [a.name for a in agency.authors] == ["Harbour Times"]


def test_a_tip_off_box_is_never_a_byline():
    box = ('<div class="tipoff">\n<div>人人做記者</div>\n<div>爆料方法 :</div>\n<div>爆料熱線：(852) 2111 2222</div>\n'
           '<div>報料電郵：tips@gangdu-daily.tw</div>\n</div>')
    article = read_html_text(page("").replace("</article>", f"{box}</article>"), "p.html")
    assert article.authors == []


def test_a_share_box_and_a_follow_button_are_never_part_of_a_byline():
    share = '<div class="author-share"><a href="#">分享到微信</a><a href="#">分享到微博</a></div>'
    article = read_html_text(page("").replace("<article>", f"<article>{share}"), "p.html")
    assert article.authors == []
    follow = '<div class="author-name">佐藤美咲 <button class="btn-follow">フォロー</button></div>'
    followed = read_html_text(page("").replace("<article>", f"<article>{follow}"), "p.html")
    assert [a.name for a in followed.authors] == ["佐藤美咲"]


def test_a_compact_livetime_is_a_date_and_a_time_not_milliseconds():
    article = read_html_text(page('<meta name="livetime" content="202506091820">'), "p.html")
    assert article.published == "2025-06-09"


STAMPED = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>江州港罢工进入第三天</title></head><body>
<div class="top"><div class="ad">广告</div><a class="logo" href="/">江州日报网</a></div>
<div class="pc-header"><h1>江州港罢工进入第三天</h1><div class="tools">字体：小 中 大 分享到：</div></div>
<div class="mobile-header"><div class="art-title">江州港罢工进入第三天</div>
<div class="art-info"><span class="art-time"> 2025-06-11 07:45:12</span><span>来源：江州日报网</span></div></div>
<div class="content"><p>江州日报记者林晓东报道 江州港码头工人周一开始的罢工10日进入第三天，港务局表示货运积压已超过两千个货柜。</p>
<p>工会主席陈志明说，工人要求加薪一成。</p></div>
<ul class="related"><li><a href="/a">码头货运恢复正常</a><span class="list-time">2024-03-02 08:58</span></li></ul>
</body></html>"""


def test_a_time_stamp_in_an_info_line_dates_a_page_whose_headline_zone_has_none():
    article = read_html_text(STAMPED, "p.html")
    assert article.published == "2025-06-11"


def test_a_page_showing_no_time_stamp_of_its_own_stays_undated():
    undated = STAMPED.replace('<span class="art-time"> 2025-06-11 07:45:12</span>', "")
    assert read_html_text(undated.replace("2024-03-02 08:58", "3月2日"), "p.html").published is None
