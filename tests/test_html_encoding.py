"""The declared charset is checked against the bytes: GB2312/GBK/GB18030, Big5, UTF-8, and liars."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsmine.errors import UnreadableInput
from newsmine.read.encoding import declared_charset, decode_page
from newsmine.read.html import read_html

FIXTURES = Path(__file__).parent / "fixtures" / "html"
PAGE = "<html><head><meta charset='{cs}'><title>{t}</title></head><body><h1>{t}</h1><p>{p}</p></body></html>"
TITLE = "台风“海葵”逼近 沿海渔船全部回港避风"
TEXT = "气象部门预计，台风将在周四晚间登陆，沿海地区需要做好防范准备，渔船已经全部回港。"


def test_declared_charset_names_the_superset():
    assert declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=gb2312">') == "gb18030"
    assert declared_charset(b"<meta charset=big5>") == "big5hkscs"
    assert declared_charset(b"<meta charset='utf-8'>") == "utf-8"
    assert declared_charset(b"<meta charset='no-such-codec'>") is None


@pytest.mark.parametrize("declared, codec", [("gb2312", "gb18030"), ("gbk", "gbk"), ("gb18030", "gb18030")])
def test_gb_family(declared, codec):
    data = PAGE.format(cs=declared, t=TITLE, p=TEXT).encode(codec)
    a = read_html(data, "gb.html")
    assert a.title == TITLE and a.paragraphs() == [TEXT]


def test_gb2312_declared_but_stored_as_utf8():
    data = PAGE.format(cs="gb2312", t=TITLE, p=TEXT).encode("utf-8")
    assert decode_page("x", data)[1] == "utf-8"
    assert read_html(data, "liar.html").title == TITLE


def test_utf8_declared_but_stored_as_gbk():
    data = PAGE.format(cs="utf-8", t=TITLE, p=TEXT).encode("gb18030")
    assert read_html(data, "liar.html").paragraphs() == [TEXT]


def test_undeclared_big5_and_gbk_are_told_apart():
    trad_title, trad_text = "颱風逼近 漁船全部回港避風", "氣象部門預計，颱風將在週四晚間登陸，沿海地區需要做好防範準備。"
    big5 = PAGE.replace("<meta charset='{cs}'>", "").format(t=trad_title, p=trad_text).encode("big5")
    gbk = PAGE.replace("<meta charset='{cs}'>", "").format(t=TITLE, p=TEXT).encode("gbk")
    assert read_html(big5, "b.html").title == trad_title
    assert read_html(gbk, "g.html").title == TITLE


def test_fixture_declaring_big5_is_read_as_big5():
    assert decode_page("hk", (FIXTURES / "hk_big5.html").read_bytes())[1] == "big5hkscs"


def test_undecodable_bytes_give_a_best_effort_article():
    data = PAGE.format(cs="utf-8", t="Harbour news", p="The quay reopened on Monday after repairs to the wall.")
    broken = data.encode("utf-8").replace(b"Monday", b"Mon\xff\xfeday")
    a = read_html(broken, "broken.html")
    assert a.title == "Harbour news" and "quay reopened" in a.paragraphs()[0]


def test_empty_and_binary_input_are_refused():
    with pytest.raises(UnreadableInput, match="empty"):
        read_html(b"  \n", "empty.html")
    with pytest.raises(UnreadableInput, match="binary"):
        read_html(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image.html")


def test_an_http_header_charset_is_honoured_and_checked_against_the_bytes():
    page = "<html><head><title>Café prices</title></head><body><p>Crème brûlée for the naïve.</p></body></html>"
    text, codec = decode_page("p", page.encode("latin-1"), charset="ISO-8859-1")
    assert codec == "cp1252" and "Crème brûlée" in text
    assert decode_page("p", page.encode("latin-1"))[1] != "cp1252"  # without the header, a guess
    gbk = '<html><head><meta charset="gbk"><title>港口</title></head><body><p>渔船回港避风。</p></body></html>'
    text, codec = decode_page("p", gbk.encode("gbk"), charset="iso-8859-1")  # a server's default loses to the page
    assert codec == "gb18030" and "渔船回港避风" in text
    utf8 = "<html><body><p>渔船回港避风。</p></body></html>".encode("utf-8")
    assert decode_page("p", utf8, charset="big5")[1] == "utf-8"  # bytes that are UTF-8 stay UTF-8
