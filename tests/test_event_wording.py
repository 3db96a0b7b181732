"""Trigger wording of simplified, Taiwan and Hong Kong news beyond the most common verbs: each sentence
names one happening in a word a reader would list, and the event layer opens a frame of the right type.

Sentences written for these tests; the names layers are built by hand (tests/by_hand.py).
"""

from __future__ import annotations

import pytest

from .test_events import analysed, frames

ANCHOR = "2026-03-12"  # a Thursday

CASES = [
    # (sentence, names, expected (type, trigger))
    ("前市长周立新周二因受贿罪获刑十年。", {"周立新": ("PER", [])}, ("sentence", "获刑")),
    ("前議員陳志明昨日在台北地院領刑八個月。", {"陳志明": ("PER", []), "台北地院": ("ORG", [])},
     ("sentence", "領刑")),
    ("前董事长何立新的受贿案周一罪名不成立。", {"何立新": ("PER", [])}, ("sentence", "罪名不成立")),
    ("一名男子周三在江州市火车站持刀刺死一名旅客。", {"江州市": ("LOC", [])}, ("attack", "刺死")),
    ("法國南部週日發生恐攻，造成多人傷亡。", {"法國": ("LOC", [])}, ("attack", "恐攻")),
    ("屯門一條公路旁週二發生山泥傾瀉。", {"屯門": ("LOC", [])}, ("natural_disaster", "山泥傾瀉")),
    ("新界一間貨倉週一凌晨遭祝融肆虐。", {"新界": ("LOC", [])}, ("fire", "祝融")),
    ("考察团周二下午抵京，开始为期三天的访问。", {}, ("arrive", "抵京")),
    ("代表團週三晚抵曼谷。", {"曼谷": ("LOC", [])}, ("arrive", "抵")),
    ("省委书记林海峰周五接受纪律审查。", {"林海峰": ("PER", [])}, ("investigate", "纪律审查")),
    ("远航集团周一宣布由副总裁黄家明接替王志诚出任总裁。",
     {"远航集团": ("ORG", []), "黄家明": ("PER", []), "王志诚": ("PER", [])}, ("appoint", "接替")),
    ("兩國外長週二舉行視訊會議。", {}, ("call", "視訊會議")),
    ("三名登山者周日在雪山失去联系。", {}, ("missing", "失去联系")),
    ("星辰科技去年募得5亿元。", {"星辰科技": ("ORG", [])}, ("invest", "募得")),
    ("涉嫌洗錢的商人吳建宏昨晚以30萬元交保。", {"吳建宏": ("PER", [])}, ("release", "交保")),
    ("前署長梁志偉週二在區域法院承認控罪。", {"梁志偉": ("PER", []), "區域法院": ("ORG", [])},
     ("trial", "承認控罪")),
    ("兩名工人連續三日到工地討薪。", {}, ("protest", "討薪")),
    ("總統林志遠週日出訪友邦，途中過境美國紐約。", {"林志遠": ("PER", []), "美國": ("LOC", []), "紐約": ("LOC", [])},
     ("visit", "過境")),
    ("資深藝人陳美玲昨日在台中家中往生，享壽88歲。", {"陳美玲": ("PER", []), "台中": ("LOC", [])}, ("death", "往生")),
    ("受寒流影響，菜價本週飆漲三成。", {}, ("price", "飆漲")),
    ("恒指周一開市後插水，一度跌逾800點。", {}, ("price", "插水")),
    ("行政院長週二晚與立委餐敘。", {}, ("meet", "餐敘")),
]


@pytest.mark.parametrize(("body", "names", "want"), CASES, ids=[c[2][1] for c in CASES])
def test_wording_opens_a_frame_of_its_type(body: str, names: dict, want: tuple) -> None:
    doc, ids = analysed(f"# 新闻\n\n{body}\n", names, ANCHOR)
    assert want in [(etype, trigger) for etype, trigger, *_ in frames(doc, ids)]


def test_a_typhoon_passing_is_no_transit_visit() -> None:
    doc, ids = analysed("# 新闻\n\n颱風週二過境後，各地降雨趨緩。\n", {}, ANCHOR)
    assert "visit" not in {etype for etype, *_ in frames(doc, ids)}


def test_a_bare_arrival_character_needs_a_place_after_it() -> None:
    doc, ids = analysed("# 新闻\n\n两队比分相抵，比赛周二以平局结束。\n", {}, ANCHOR)
    assert "arrive" not in {etype for etype, *_ in frames(doc, ids)}
