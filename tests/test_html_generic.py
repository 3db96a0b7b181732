"""The generic reader on pages written for these tests: content, metadata, figures linked to captions."""

from __future__ import annotations

from pathlib import Path

from newsmine.model import Person
from newsmine.read import read_article
from newsmine.read.html import read_html, read_html_text
from newsmine.read.html.dates import to_iso

FIXTURES = Path(__file__).parent / "fixtures" / "html"


def test_english_page_structure_and_metadata():
    a = read_article(str(FIXTURES / "generic_gazette.html"))
    assert a.title == "Ferry operator halts night crossings after engine fire"
    assert a.authors == [Person("Miriam Okafor"), Person("Tomasz Wren")]
    assert (a.published, a.section, a.language) == ("2024-03-12", "Local", "en")
    assert a.url == "https://harbourgazette.example/news/2024/03/12/ferry-night-crossings"
    assert a.lead.startswith("Night sailings between Port Elwyn")
    kinds = [b.type for b in a.blocks]
    assert kinds == ["paragraph", "figure", "paragraph", "heading", "paragraph", "quote", "paragraph", "list",
                     "figure", "paragraph"]
    text = " ".join(b.text + " ".join(b.items) for b in a.blocks)
    for furniture in ("Share on Facebook", "Related stories", "third problem with that boat", "Most read",
                      "All rights reserved", "Weather"):
        assert furniture not in text


def test_figures_keep_their_own_caption_and_credit():
    a = read_article(str(FIXTURES / "generic_gazette.html"))
    tern, queue = a.figures
    assert tern.src == "https://harbourgazette.example/media/2024/03/tern-at-quay.jpg"
    assert (tern.caption, tern.credit) == ("The MV Tern was towed back to Port Elwyn on Monday night.", "Gwen Palmer")
    assert tern.alt == "The MV Tern moored at Port Elwyn"
    # lazy image: the real address is in data-src, the src is a placeholder
    assert queue.src == "https://cdn.harbourgazette.example/img/carrow-quay-queue.jpg"
    assert (queue.caption, queue.credit) == ("Passengers queued for the first morning boat on Tuesday", "Harbour Gazette")


def test_mainland_page_in_gb2312_with_byline_line_and_loose_caption():
    a = read_html((FIXTURES / "mainland_gb2312.html").read_bytes(), "mainland")
    assert a.title == "长江中游城市群签署航运合作协议"
    assert [p.name for p in a.authors] == ["周立新", "何婉清"]
    assert a.published == "2024-05-21"
    assert a.script == "simplified"
    (figure,) = a.figures
    assert (figure.caption, figure.credit) == ("武汉阳逻港集装箱码头（资料图片）", "华中新闻网")
    assert len(a.paragraphs()) == 4 and not any("热点" in p or "责任编辑" in p for p in a.paragraphs())


def test_hong_kong_page_in_big5():
    a = read_html((FIXTURES / "hk_big5.html").read_bytes(), "hk")
    assert a.title == "港鐵新線試運行延期 乘客須多等三個月"
    assert [p.name for p in a.authors] == ["陳家豪"]
    assert (a.published, a.script) == ("2023-11-02", "traditional")
    assert a.figures[0].caption == "東涌新線的月台已完成裝修。" and a.figures[0].credit == "維港日報"


def test_page_without_url_keeps_url_null():
    a = read_html_text("<html><head><title>短讯</title></head><body><h1>短讯</h1>"
                       "<p>这是一篇没有网址的短讯，内容足够长，可以作为正文段落读取出来。</p></body></html>")
    assert a.url is None and a.title == "短讯" and a.paragraphs()


def test_dates_as_pages_write_them():
    assert to_iso("2023-03-31T04:16:56.000Z") == "2023-03-31"
    assert to_iso("2024年05月21日 09:12") == "2024-05-21"
    assert to_iso("2005-5-7 21:23:57") == "2005-05-07"
    assert to_iso("12. März 2024") == "2024-03-12"
    assert to_iso("March 12, 2024") == "2024-03-12"
    assert to_iso("2024-02-30") is None and to_iso("no date here") is None


def test_a_paragraph_beside_an_image_stays_article_text():
    text = ("The council voted on Thursday to keep the old lighthouse open to visitors through the winter, "
            "reversing a plan to close it in October, after more than two thousand residents signed a petition.")
    page = (f"<html><head><title>Lighthouse stays open</title></head><body><h1>Lighthouse stays open</h1>"
            f"<div class='story'><div class='block'><p>{text}</p><img src='/img/lighthouse.jpg' alt='The lighthouse'>"
            f"</div><p>Opening hours will be shortened to four hours a day between November and March.</p></div>"
            f"</body></html>")
    a = read_html_text(page, "lighthouse.html")
    assert a.paragraphs()[0] == text
    assert [f.src for f in a.figures] == ["/img/lighthouse.jpg"]


def test_credit_conventions_stay_with_their_own_image():
    para = "The river rose by two metres overnight and the old stone bridge at the village entrance was closed."
    page = f"""<html><head><title>Flood closes bridge</title></head><body><h1>Flood closes bridge</h1><article>
    <p>{para}</p>
    <figure><img src="/a/bridge-101.jpg" alt="The closed bridge" title="The closed bridge | Reuters"></figure>
    <p>{para}</p>
    <figure><img src="/a/sandbags.jpg" alt="Sandbags">
      <figcaption>Volunteers filled sandbags on Tuesday.   /AFP via Getty Images <span class="photo-credit">Photo by Lena Ward</span></figcaption></figure>
    <p>{para}</p>
    <figure><img src="/a/river.jpg" alt="River"><figcaption><span class="credit">Legende: The river at noon. © Pressebild | Jan Ott</span></figcaption></figure>
    <p>{para}</p></article></body></html>"""
    a = read_html_text(page, "flood.html")
    bridge, sandbags, river = a.figures
    assert (bridge.caption, bridge.credit) == (None, "Reuters")
    assert (sandbags.caption, sandbags.credit) == ("Volunteers filled sandbags on Tuesday.", "Lena Ward /AFP via Getty Images")
    assert (river.caption, river.credit) == ("The river at noon.", "Pressebild | Jan Ott")


def test_credits_written_at_the_end_of_a_caption():
    from newsmine.read.html.figures import split_caption

    assert split_caption("Crowds gathered outside the court on Monday. (Reuters)") == (
        "Crowds gathered outside the court on Monday.", "Reuters")
    assert split_caption("Der Hafen am Morgen / Lena Vogt") == ("Der Hafen am Morgen", "Lena Vogt")
    assert split_caption("港の朝の様子（神戸で、３日）＝共同") == ("港の朝の様子（神戸で、３日）", "共同")
    assert split_caption("시민들이 광장에 모여 있다. 연합뉴스") == ("시민들이 광장에 모여 있다.", "연합뉴스")
    assert split_caption("渔船在港内避风（资料图片） 图片来源：华南新闻网") == ("渔船在港内避风（资料图片）", "华南新闻网")
    assert split_caption("A caption with no credit at all, ending normally.") == (
        "A caption with no credit at all, ending normally.", None)


def test_bracketed_credits():
    from newsmine.read.html.figures import split_caption

    assert split_caption("시민들이 광장에 모여 있다. [사진 출처 = 연합뉴스]") == ("시민들이 광장에 모여 있다", "연합뉴스")
    assert split_caption("渔船回港避风【图/新华社】") == ("渔船回港避风", "新华社")
