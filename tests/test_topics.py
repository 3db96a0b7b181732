"""Main subjects of an article: the title and lead outweigh passing mentions, weak keywords count
half, and one to three subjects come out, from simplified or traditional text."""

from __future__ import annotations

from newsmine.analyze.pipeline import analyze
from newsmine.analyze.topics import taxonomy
from newsmine.model import Article, Block, Doc, Person
from newsmine.read import read_markdown


def subjects(article: str | Article) -> list[str]:
    """The article's main subjects, as top-level topic ids, main one first."""
    tax = taxonomy()
    top = {label: tid for tid, label in tax.labels.items() if tid not in tax.parent}
    doc: Doc = analyze(read_markdown(article) if isinstance(article, str) else article, anchor="2026-04-20")
    return [top[t.label] for t in doc.topics if t.event is None and t.label in top]


MARATHON = """\
# 滨江马拉松周日开跑 两万名选手参赛

第十届滨江马拉松周日清晨在市体育中心鸣枪，约两万名运动员参加全程和半程比赛，肯尼亚选手基普罗诺夺得男子冠军。

当天部分公交线路绕行，地铁提前一小时开通。

沿途商家表示，当天生意比平时多出三成。

不少商场也推出了促销活动。
"""


def test_title_and_lead_outweigh_more_sentences_further_down():
    # Transport and business are named in three body sentences, the race only in the title and
    # the lead: the race is still the main subject.
    assert subjects(MARATHON)[0] == "sport"


FLOOD = """\
# 青石县山洪暴发 三千人紧急撤离

青石县多条河流水位暴涨，山洪冲毁两座桥梁，三千多人连夜撤离。

记者在安置点看到，救援人员正在分发饮用水和棉被。

县应急管理局表示，已找到两名失踪者。记者了解到，受灾最重的乡镇仍然停电。

另据电视台报道，省里已调拨救灾物资。
"""


def test_the_reporter_on_the_scene_does_not_make_a_media_story():
    got = subjects(FLOOD)
    assert got[0] == "disaster"
    assert "arts" not in got


TEMPLE_STRIKE = """\
# 港口工人罢工第三天 货柜积压

东湾港口数百名码头工人连续第三天罢工，要求资方加薪百分之十并缩短工时。

工会代表说，工人每天工作十二小时，工资却五年没有调整。

资方表示愿意谈判，但拒绝工会提出的加薪幅度。码头附近一座寺庙的住持也到场探望工人。

物流公司估计，积压的货柜已超过两万个，出口订单受到影响。
"""


def test_a_passing_mention_is_not_a_subject_but_a_strong_second_one_is():
    got = subjects(TEMPLE_STRIKE)
    assert got[0] == "labour"
    assert "economy" in got
    assert "religion" not in got
    assert 1 <= len(got) <= 3


HK_SCAM = """\
# 網購美容儀騙案急增 警方籲市民提高警覺

警方表示，今年首季接獲的網購騙案較去年同期上升四成，不少騙徒在社交平台以低價出售美容儀器。

一名受害人說，她付款後對方即失去聯絡。警隊已就多宗個案落案調查，暫未有人被捕。
"""

TW_CHIPS = """\
# 立法院三讀 晶片產業補助條例

立法院週二三讀通過晶片產業補助條例，行政院將撥款協助半導體廠商研發新製程。

經濟部表示，補助將優先給予在台設廠的晶片廠商。
"""


def test_hong_kong_and_taiwan_usage_in_traditional_characters():
    assert subjects(HK_SCAM)[0] == "crime"
    got = subjects(TW_CHIPS)
    assert {"politics", "science"} <= set(got)


def test_the_byline_and_contributor_line_say_nothing_about_the_subject():
    article = Article(
        title="货车司机醉驾撞死两人 法院判刑六年",
        authors=[Person(name="周海涛", role="体育记者")],
        lead="南湖区法院周三宣判，一名醉酒驾驶货车致两人死亡的司机被判处有期徒刑六年。",
        blocks=[Block(type="paragraph", text="法官指出，被告案发时血液酒精含量超标三倍。")],
        contributor_line="体育组编辑：林佳",
    )
    got = subjects(article)
    assert got[0] == "crime"
    assert "sport" not in got


def test_every_keyword_belongs_to_one_subtopic_and_labels_are_distinct():
    tax = taxonomy()
    assert set(tax.keyword.values()) <= set(tax.parent)
    assert tax.weak <= set(tax.keyword)
    # A subtopic sharing its parent's label would pass a single mention off as a main subject.
    assert len(set(tax.labels.values())) == len(tax.labels)
