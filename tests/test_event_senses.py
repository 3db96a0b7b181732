"""Happenings the trigger words alone do not tell: what a general word is about (a study published, a check at a
hospital, a prize won), a biography's dated entries, joining an organisation, holding something, and the places
and years that describe rather than say where or when.

Sentences written for these tests; the names layers are built by hand (tests/by_hand.py).
"""

from __future__ import annotations

import pytest

from .test_events import analysed, frames

ANCHOR = "2025-10-16"  # a Thursday

CASES = [
    # (sentence, names, expected (type, trigger))
    ("江州大学的研究团队周一在期刊上发表了一篇论文。", {"江州大学": ("ORG", [])}, ("research", "发表")),
    ("远景研究院周二发布的研究报告认为，物价仍将上涨。", {"远景研究院": ("ORG", [])}, ("research", "发布")),
    ("林晓梅周三到江州市人民医院检查。", {"林晓梅": ("PER", []), "江州市人民医院": ("ORG", [])}, ("illness", "检查")),
    ("市场监管局周一起开展食品安全大检查。", {"市场监管局": ("ORG", [])}, ("investigate", "检查")),
    ("青年学者周海涛去年获得国家科技进步奖。", {"周海涛": ("PER", [])}, ("win", "获得")),
    ("周海涛1968年3月生，浙江宁波人。", {"周海涛": ("PER", []), "浙江": ("LOC", []), "宁波": ("LOC", [])},
     ("birth", "生")),
    ("2019年6月任远航集团总经理。", {"远航集团": ("ORG", [])}, ("appoint", "任")),
    ("陈思远2021年毕业后进入华信科技。", {"陈思远": ("PER", []), "华信科技": ("ORG", [])}, ("join", "进入")),
    ("江州科技大学周五举办了一场招聘会。", {"江州科技大学": ("ORG", [])}, ("ceremony", "举办")),
    ("一场车祸周日夺走了三个人的生命。", {}, ("death", "夺走")),
    ("警方周二将涉案男子控制。", {"警方": ("ORG", [])}, ("arrest", "控制")),
    ("江州市人大常委会周四通过了一项条例。", {"江州市人大常委会": ("ORG", [])}, ("legislate", "通过")),
    ("星辰超市周一下架了全部冷冻虾。", {"星辰超市": ("ORG", [])}, ("recall", "下架")),
    ("一家视频网站周一下架了这部纪录片的视频。", {}, ("censor", "下架")),
    ("远航集团周三与蓝海公司签订了供货合同。", {"远航集团": ("ORG", []), "蓝海公司": ("ORG", [])}, ("deal", "签订")),
    ("王立平周一给母亲打了个电话。", {"王立平": ("PER", [])}, ("call", "打了个电话")),
    ("王立平周一把电话给母亲打了过去。", {"王立平": ("PER", [])}, ("call", "打了过去")),
]


@pytest.mark.parametrize(("body", "names", "want"), CASES, ids=[c[2][0] + c[2][1] for c in CASES])
def test_a_word_opens_the_happening_its_clause_tells(body: str, names: dict, want: tuple) -> None:
    doc, ids = analysed(f"# 新闻\n\n{body}\n", names, ANCHOR)
    assert want in [(etype, trigger) for etype, trigger, *_ in frames(doc, ids)]


@pytest.mark.parametrize("body", [
    "双方对合作前景发表了看法。",  # 发表 what is no study
    "林晓梅周三获得了同事的支持。",  # 获得 no prize
    "这座城市的疫情周二得到控制。",  # 控制 without police
    "他们希望尽快生活在一起。",  # 生 with no date before it
    "议员批评消防检查流于形式。",  # 检查 as a practice, neither at a hospital nor carried out
    "任何人都可以进入校园。",  # 任 with no date; 进入 no organisation
])
def test_a_general_word_without_what_it_is_about_opens_no_frame(body: str) -> None:
    doc, ids = analysed(f"# 新闻\n\n{body}\n", {}, ANCHOR)
    assert not {t for t, *_ in frames(doc, ids)} & {"research", "win", "arrest", "birth", "appoint", "join",
                                                         "illness", "investigate"}


def test_holding_what_names_its_own_happening_is_that_happening():
    doc, ids = analysed("# 新闻\n\n两国外长周二在日内瓦举行会谈。\n", {"日内瓦": ("LOC", [])}, ANCHOR)
    assert [(t, trig) for t, trig, *_ in frames(doc, ids)] == [("meet", "举行会谈")]
    doc, ids = analysed("# 新闻\n\n两国代表周二在日内瓦举行了磋商。\n", {"日内瓦": ("LOC", [])}, ANCHOR)
    assert "ceremony" not in {t for t, *_ in frames(doc, ids)}


def test_a_place_before_a_smaller_one_and_a_nationality_do_not_say_where():
    body = "2024年5月8日，在釜山港一处码头，一名中国船员被吊臂砸中身亡。\n\n周海涛1968年3月生，浙江宁波人。"
    names = {"釜山港": ("LOC", []), "中国": ("LOC", []), "周海涛": ("PER", []), "浙江": ("LOC", []), "宁波": ("LOC", [])}
    doc, ids = analysed(f"# 新闻\n\n{body}\n", names, ANCHOR)
    got = {t: (place, time) for t, _, _, place, time, _ in frames(doc, ids)}
    assert got["death"] == ("釜山港", "2024-05-08")
    assert got["birth"] == ("宁波", "1968-03")


def test_a_year_naming_which_one_of_a_thing_dates_nothing():
    body = "周三（10月15日）下午，2025年获奖名单在江州公布。原定周日举行的2025江州马拉松宣布延期。"
    doc, ids = analysed(f"# 新闻\n\n{body}\n", {"江州": ("LOC", [])}, ANCHOR)
    got = {trigger: time for _, trigger, _, _, time, _ in frames(doc, ids)}
    assert got["公布"] == "2025-10-15"
    assert got["延期"] != "2025"


def test_a_country_before_a_title_says_whose_official_not_where():
    body = "伊朗外长周五抵达日内瓦，与英国、法国和德国外长举行会谈。"
    names = {"伊朗": ("LOC", []), "日内瓦": ("LOC", []), "英国": ("LOC", []), "法国": ("LOC", []), "德国": ("LOC", [])}
    doc, ids = analysed(f"# 新闻\n\n{body}\n", names, ANCHOR)
    got = {t: place for t, _, _, place, _, _ in frames(doc, ids)}
    assert got["meet"] == "日内瓦"


@pytest.mark.parametrize("body, kind", [
    ("总统周二启程，展开疫情后首次出访。", "outbreak"),  # 疫情后: a time, no outbreak
    ("议长访台的计划曾引起对岸强烈反弹。", "price"),  # a backlash, no price
    ("全国周二再次爆发跨行业大罢工。", "outbreak"),  # 爆发 of a strike: the strike is the happening
    ("本文从社会学的视角出发，分析再就业问题。", "depart"),  # a standpoint, no departure
    ("本网站内容未经允许禁止转载。", "ban"),  # a copyright line
    ("旧的制度安排正在退出历史舞台。", "join"),  # an idiom, no one leaves a body
    ("孩子们全身心投入练习。", "invest"),  # effort, no money
])
def test_a_word_that_only_dates_or_reacts_opens_no_frame(body: str, kind: str) -> None:
    doc, ids = analysed(f"# 新闻\n\n{body}\n", {}, ANCHOR)
    assert kind not in {t for t, *_ in frames(doc, ids)}
    doc, ids = analysed("# 新闻\n\n股市周二强劲反弹。疫情在当地再次爆发。\n", {}, ANCHOR)
    assert {"price", "outbreak"} <= {t for t, *_ in frames(doc, ids)}
