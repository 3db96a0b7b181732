"""BBC News 中文 pages (2023 and current layouts, written for these tests) come out in the seed's format."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from newsmine.cli import main
from newsmine.model import Person
from newsmine.read import read_article
from newsmine.read.html import Page
from newsmine.read.sites import find_profile
from newsmine.read.sites.bbc_zhongwen import BBCZhongwen
from newsmine.render.markdown import normalise

FIXTURES = Path(__file__).parent / "fixtures" / "html"


@pytest.mark.parametrize("name", ["bbc_zhongwen_2023", "bbc_zhongwen_current"])
def test_convert_gives_the_seed_dialect_exactly(name):
    result = CliRunner().invoke(main, ["convert", str(FIXTURES / f"{name}.html")])
    assert result.exit_code == 0, result.output
    expected = (FIXTURES / f"{name}.md").read_text(encoding="utf-8")
    assert normalise(result.stdout) == normalise(expected)


def test_2023_layout_fields():
    a = read_article(str(FIXTURES / "bbc_zhongwen_2023.html"))
    assert a.section == "World"
    assert a.title == "日韩外长釜山会谈：他们究竟同意了什么"
    assert a.authors == [Person("林嘉欣", "Karen Lam", "BBC亚洲事务记者")]
    assert a.contributors == [Person("朴敏浩", "Park Min-ho")]
    assert a.published == "2023-10-18"
    assert a.url == "https://www.bbc.com/zhongwen/simp/world-70214455"
    assert (a.language, a.script) == ("zh", "simplified")
    assert a.lead.startswith("日本外务大臣上川阳子（Yoko Kamikawa）")
    first, second = a.figures
    assert (first.src, first.credit) == ("_140112233_busan_talks.jpg", "EPA")
    assert first.caption == "周二上午，两国外长在釜山的会场外握手致意。"
    assert (second.src, second.credit, second.caption) == ("_140112240_gettyimages-1700112233.jpg", "Getty Images", None)
    texts = [b.text for b in a.blocks]
    # the video, the related-stories links, the advert and the most-read box are not article text
    assert not any("釜山会谈开场画面" in t or "釜山港扩建" in t or "广告" == t or "热门新闻" in t for t in texts)
    assert [b.text for b in a.blocks if b.type == "heading"] == ["热线为何重要"]


def test_current_layout_fields_traditional():
    a = read_article(str(FIXTURES / "bbc_zhongwen_current.html"))
    assert a.script == "traditional"
    assert a.authors == [Person("歐德華", "Daniel Ortega Ruiz", "BBC拉丁美洲事務記者")]
    assert a.published == "2025-05-06"
    assert a.contributor_line == "卡洛斯·門多薩（Carlos Mendoza）在安托法加斯塔協助報導。"
    assert a.contributors == [Person("卡洛斯·門多薩", "Carlos Mendoza")]
    assert [f.src for f in a.figures] == ["a1b2c3d0-2a11-11f0-9d1e-0d5e9f3a6b71.jpg",
                                          "b2c3d4e0-2a11-11f0-9d1e-0d5e9f3a6b72.png"]
    assert a.figures[0].caption == "週一，罷工工人在礦區入口處集會。"
    lists = [b.items for b in a.blocks if b.type == "list"]
    assert lists == [["罷工人數：約兩千三百人", "停產損失：每日約一千五百萬美元"]]
    assert not any("秘魯礦區" in (b.text or "") for b in a.blocks)


def test_the_profile_claims_bbc_pages_only():
    bbc = (FIXTURES / "bbc_zhongwen_2023.html").read_text(encoding="utf-8")
    other = (FIXTURES / "generic_gazette.html").read_text(encoding="utf-8")
    assert find_profile(Page(bbc, "bbc")) is BBCZhongwen
    assert find_profile(Page(other, "gazette")) is None


def test_version_is_chosen_by_publication_date():
    assert BBCZhongwen.versions_for("2023-10-18")[0] is BBCZhongwen.V2023
    assert BBCZhongwen.versions_for("2025-05-06")[0] is BBCZhongwen.V2024
    assert BBCZhongwen.versions_for(None)[0] is BBCZhongwen.V2024


def test_real_bbc_page_when_present():
    """A real BBC 中文 page from the shared data (not in this repository), when it is there."""
    page = Path(__file__).resolve().parents[2] / "shared" / "data" / "news_zh" / "html" / "bbc_2.html"
    if not page.exists():
        pytest.skip(f"no shared page at {page}")
    a = read_article(str(page))
    assert a.title.startswith("台湾总统蔡英文过境美国")
    assert a.authors == [Person("李澄欣", None, "BBC中文记者")]
    assert a.lead.startswith("台湾总统蔡英文3月29日")
    assert all(f.src.endswith((".jpg", ".png")) and "/" not in f.src for f in a.figures)
    assert any(f.caption and f.credit for f in a.figures)
    assert len(a.paragraphs()) > 20


def test_current_layout_falls_back_to_an_unlabelled_byline():
    """A page published after the 2023 layout's date but still marked up the 2023 way keeps its byline."""
    page = (FIXTURES / "bbc_zhongwen_2023.html").read_text(encoding="utf-8")
    page = page.replace("2023-10-18T06:30:00.000Z", "2025-02-03T06:30:00.000Z").replace(
        'datetime="2023-10-18">2023年10月18日', 'datetime="2025-02-03">2025年2月3日')
    from newsmine.read.html import read_html_text

    a = read_html_text(page, "bbc.html")
    assert a.published == "2025-02-03"
    assert a.authors == [Person("林嘉欣", "Karen Lam", "BBC亚洲事务记者")]
