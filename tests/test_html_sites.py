"""Publisher profiles other than BBC 中文, on pages written for these tests in each outlet's markup."""

from __future__ import annotations

from pathlib import Path

from newsmine.read import read_article
from newsmine.read.html import read_html_text

FIXTURES = Path(__file__).parent / "fixtures" / "html"


def test_tvb_story_comes_from_the_data_island():
    a = read_article(str(FIXTURES / "tvb_news.html"))
    assert a.title == "渡輪公司下月起加開晚間航班 乘客料增兩成"
    assert (a.section, a.published, a.script) == ("港澳", "2024-01-12", "traditional")
    assert a.authors == []
    assert a.paragraphs() == [
        "長洲渡輪營辦商宣布，下月起每晚加開兩班往返中環的航班，尾班船延至凌晨一時半開出。",
        "營辦商發言人表示，過去半年晚間乘客人數上升約兩成，新增航班可以紓緩週末的排隊情況。",
        "有長洲居民歡迎安排，但希望營辦商同時檢討票價。",
    ]
    (figure,) = a.figures
    assert figure.caption == "長洲碼頭晚間候船的乘客" and figure.src.endswith("_00001_1705050000001_640x360.jpg")
    assert not any("Terms of Use" in b.text or "立即下載" in b.text for b in a.blocks)


def test_closing_boilerplate_and_reporter_line_on_a_mainland_page():
    page = """<html><head><meta charset="utf-8"><title>山区公路正式通车-华南新闻网</title></head><body>
    <div class="nav"><a href="/">首页</a> <a href="/a">国内</a></div>
    <div class="content"><h1>山区公路正式通车</h1><div class="source">2024-06-03 08:00 来源：华南新闻网</div>
    <div class="text"><p>本报韶关6月2日电（记者 梁嘉文）连接乳源县城和三个山区乡镇的公路2日正式通车。</p>
    <p>新公路全长四十二公里，沿线村民到县城的车程从两个小时缩短到五十分钟。</p>
    <p>县交通局表示，公路沿线还将设置三处应急避险车道。</p>
    <p>（责任编辑：黄晓东）</p><p>分享到：微信 微博</p></div></div>
    <div class="footer">版权所有 华南新闻网</div></body></html>"""
    a = read_html_text(page, "mainland.html")
    assert a.title == "山区公路正式通车"
    assert [p.name for p in a.authors] == ["梁嘉文"]
    assert a.published == "2024-06-03"
    assert a.paragraphs()[-1] == "县交通局表示，公路沿线还将设置三处应急避险车道。"
    assert len(a.paragraphs()) == 3
