"""Event kinds of world news beyond diplomacy: each found with its participants, place, time and modality.

Articles written for these tests; the names layers are built by hand (tests/by_hand.py) so that the
event layer is tested on its own.
"""

from __future__ import annotations

import pytest

from newsmine.data import table

from .test_events import analysed, frames

ANCHOR = "2026-03-12"  # a Thursday

CASES = [
    # (article body, names, expected (type, trigger, participants, place, time, modality))
    ("周三上午，载有三名航天员的返回舱在内蒙古四子王旗着陆。",
     {"内蒙古": ("LOC", []), "四子王旗": ("LOC", [])},
     ("arrive", "着陆", [], "四子王旗", "2026-03-11", "asserted")),
    ("台湾影展周五开幕，日本演员山田健太首度来台宣传新片。",
     {"台湾": ("LOC", []), "山田健太": ("PER", [])},
     ("visit", "来台", ["山田健太", "台湾"], "台湾", "2026-03-13", "asserted")),
    ("周三凌晨，江州市一家珠宝店遭抢劫，劫匪抢走价值约200万元的首饰。",
     {"江州市": ("LOC", [])},
     ("crime", "抢劫", [], "江州市", "2026-03-11", "asserted")),
    ("宇航员陈远航周一出舱，在舱外工作了六个小时。",
     {"陈远航": ("PER", [])},
     ("spacewalk", "出舱", ["陈远航"], None, "2026-03-09", "asserted")),
    ("周二凌晨，江州市一座商场起火，消防部门出动20辆消防车扑救。",
     {"江州市": ("LOC", []), "消防部门": ("ORG", [])},
     ("fire", "起火", [], "江州市", "2026-03-10", "asserted")),
    ("前议员林志远周三在江州中级法院出庭受审，被控受贿。",
     {"林志远": ("PER", []), "江州中级法院": ("ORG", [])},
     ("trial", "出庭", ["林志远"], "江州中级法院", "2026-03-11", "asserted")),
    ("警方3月8日在机场逮捕了涉嫌诈骗的商人赵立群。",
     {"赵立群": ("PER", []), "警方": ("ORG", [])},
     ("arrest", "逮捕", ["警方", "赵立群"], None, "2026-03-08", "asserted")),
    ("葡萄牙将于5月18日举行议会选举，社会党有望胜出。",
     {"葡萄牙": ("LOC", []), "社会党": ("ORG", [])},
     ("election", "议会选举", [], "葡萄牙", "2026-05-18", "planned")),
    ("韩国总理金成焕今天宣布辞职，为地铁事故承担责任。",
     {"金成焕": ("PER", []), "韩国": ("LOC", [])},
     ("resign", "辞职", ["金成焕"], None, "2026-03-12", "asserted")),
    ("法國鐵路工會週一發起罷工，巴黎多條線路停駛。",
     {"巴黎": ("LOC", []), "法國鐵路工會": ("ORG", [])},
     ("strike", "罷工", ["法國鐵路工會"], "巴黎", "2026-03-09", "asserted")),
    ("著名作家陈墨昨天在北京病逝，享年88岁。",
     {"陈墨": ("PER", []), "北京": ("LOC", [])},
     ("death", "病逝", ["陈墨"], "北京", "2026-03-11", "asserted")),
    ("上周六，曼城在主场对阵利物浦，双方2比2战平。",
     {"曼城": ("ORG", []), "利物浦": ("ORG", [])},
     ("match", "对阵", ["曼城", "利物浦"], None, "2026-03-07", "asserted")),
    ("远航集团周一宣布以45亿美元收购德国零件商博尔茨公司。",
     {"远航集团": ("ORG", []), "博尔茨公司": ("ORG", []), "德国": ("LOC", [])},
     ("deal", "收购", ["远航集团", "博尔茨公司"], None, "2026-03-09", "asserted")),
    ("星辰科技本月将在全球裁员约3000人。",
     {"星辰科技": ("ORG", [])},
     ("layoff", "裁员", ["星辰科技"], None, "2026-03", "planned")),
    ("卫生部门表示，甘肃省近日出现禽流感疫情，已确诊12例。",
     {"甘肃省": ("LOC", []), "卫生部门": ("ORG", [])},
     ("outbreak", "禽流感", [], "甘肃省", None, "asserted")),
    ("2月3日，加蓬军方发动政变，扣押了总统。",
     {"加蓬": ("LOC", []), "加蓬军方": ("ORG", [])},
     ("coup", "政变", ["加蓬军方"], None, "2026-02-03", "asserted")),
    ("教育部周三公布新版课程标准，9月起施行。",
     {"教育部": ("ORG", [])},
     ("announce", "公布", ["教育部"], None, "2026-03-11", "asserted")),
]


@pytest.mark.parametrize(("body", "names", "want"), CASES, ids=[c[2][0] for c in CASES])
def test_each_kind_with_its_arguments(body: str, names: dict, want: tuple) -> None:
    doc, ids = analysed(f"# 新闻\n\n{body}\n", names, ANCHOR)
    assert want in frames(doc, ids)


def test_a_launch_does_not_take_a_body_named_as_background_as_its_place():
    body = "联合国安理会多次谴责朝鲜的导弹计划。朝鲜周三再次发射一枚弹道导弹。"
    doc, ids = analysed(f"# 新闻\n\n{body}\n", {"联合国安理会": ("ORG", []), "朝鲜": ("LOC", [])}, ANCHOR)
    (launch,) = [f for f in frames(doc, ids) if f[0] == "launch"]
    assert launch == ("launch", "发射", ["朝鲜"], None, "2026-03-11", "asserted")


def test_modality_possible_denied_and_negated():
    body = ("分析人士认为，两国可能在年底前恢复谈判。"
            "外交部否认总统将出访东京。"
            "调查人员至今没有逮捕任何嫌疑人。")
    doc, ids = analysed(f"# 新闻\n\n{body}\n", {"东京": ("LOC", []), "外交部": ("ORG", [])}, ANCHOR)
    got = {(t, trig): m for t, trig, _, _, _, m in frames(doc, ids)}
    assert got[("talks", "谈判")] == "possible"
    assert got[("visit", "出访")] == "denied"
    assert got[("arrest", "逮捕")] == "negated"


def test_a_time_later_in_the_paragraph_dates_nothing_earlier_but_the_paragraph_carries_its_place():
    body = "江州市一家化工厂发生爆炸。爆炸造成3人死亡。"
    doc, ids = analysed(f"# 新闻\n\n{body}\n", {"江州市": ("LOC", [])}, ANCHOR)
    got = frames(doc, ids)
    assert ("explosion", "爆炸", [], "江州市", None, "asserted") in got
    assert ("death", "死亡", [], "江州市", None, "asserted") in got


def test_every_type_has_triggers_roles_and_a_family():
    types = {row["type"]: row for row in table("event_types")}
    with_triggers = {row["type"] for row in table("event_triggers")} - {"none"}
    assert set(types) == with_triggers
    assert all({"time"} <= set(row["roles"].split()) and row["family"] for row in types.values())
    assert {"rescue", "fraud", "illness", "ceremony", "dock", "depart"} <= set(types)


def test_triggers_in_traditional_text_match_through_folding():
    body = "颱風「海鷗」週二登陸，造成兩人罹難。警方拘捕了三名男子，他們上月詐騙多名長者。"
    doc, ids = analysed(f"# 新聞\n\n{body}\n", {"警方": ("ORG", [])}, ANCHOR)
    kinds = {t for t, *_ in frames(doc, ids)}
    assert {"natural_disaster", "death", "arrest", "fraud"} <= kinds


ARGUMENT_CASES = [
    ("江州市一家化工厂周一发生爆炸，造成3人死亡、12人受伤。", "explosion", {"casualties": "3人死亡"}),
    ("监管机构对远航集团处以约2.5亿元罚款。", "fine", {"amount": "约2.5亿元"}),
    ("江州中级法院周二以受贿罪判处林志远有期徒刑十二年。", "sentence", {"court": "江州中级法院", "term": "有期徒刑十二年"}),
    ("星辰科技宣布在全球裁员约3000人。", "layoff", {"count": "约3000人"}),
    ("土耳其东部周日发生6.1级地震。", "natural_disaster", {"magnitude": "6.1级"}),
]


@pytest.mark.parametrize(("body", "etype", "want"), ARGUMENT_CASES, ids=[c[1] for c in ARGUMENT_CASES])
def test_type_specific_arguments(body: str, etype: str, want: dict) -> None:
    names = {"远航集团": ("ORG", []), "江州中级法院": ("ORG", []), "林志远": ("PER", []), "星辰科技": ("ORG", [])}
    doc, _ = analysed(f"# 新闻\n\n{body}\n", {k: v for k, v in names.items() if k in body}, ANCHOR)
    (event,) = [e for e in doc.events if e.type == etype]
    assert {a.role: a.text for a in event.arguments} == want
    assert all(doc.span_text(a.span) == a.text for a in event.arguments)


def test_an_event_has_no_argument_its_type_lacks():
    doc, _ = analysed("# 新闻\n\n双方会谈后签署了价值30亿美元的合作协议。\n", {}, ANCHOR)
    (meeting,) = [e for e in doc.events if e.type == "meet"]
    assert meeting.arguments == []


def test_a_visit_word_with_an_abbreviated_place_takes_the_place_the_article_names():
    body = "中国外交部证实了这一安排。法国总统马克龙将访华，并与中方领导人会晤。"
    names = {"中国": ("LOC", []), "法国": ("LOC", []), "马克龙": ("PER", [])}
    doc, ids = analysed(f"# 新闻\n\n{body}\n", names, ANCHOR)
    (visit,) = [f for f in frames(doc, ids) if f[0] == "visit"]
    assert visit[1:4] == ("访华", ["马克龙", "中国"], "中国") and visit[5] == "planned"


def test_mentions_of_one_happening_make_one_event_and_other_happenings_stay_apart():
    body = ("# 江州警方拘捕前市长周海生\n\n"
            "江州警方周二在机场拘捕了前市长周海生。周海生被捕后，他的律师要求警方公开理由。"
            "此次拘捕引起市民关注。警方上月也曾逮捕商人钱立德。")
    names = {"江州警方": ("ORG", ["警方"]), "周海生": ("PER", []), "钱立德": ("PER", [])}
    doc, ids = analysed(body, names, ANCHOR)
    arrests = [e for e in doc.events if e.type == "arrest"]
    assert len(arrests) == 2
    first, second = arrests
    assert doc.span_text(first.trigger) == "拘捕" and doc.times[first.time].value == "2026-03-10"
    assert [doc.span_text(s) for s in first.also] == ["拘捕", "被捕", "拘捕"]
    assert [ids[p] for p in first.participants] == ["江州警方", "周海生"]
    assert [ids[p] for p in second.participants] == ["江州警方", "钱立德"] and second.also == []


def test_who_does_it_is_no_event():
    body = "这家公司的投资人和供应商都来自本地，捐赠者名单尚未公布。"
    doc, _ = analysed(f"# 新闻\n\n{body}\n", {}, ANCHOR)
    assert {e.type for e in doc.events} <= {"announce"}


def test_an_event_is_set_in_the_city_rather_than_the_country_the_sentence_names():
    body = "美国费城周二发生一起枪击案，警方随后逮捕了枪手。"
    names = {"美国": ("LOC", []), "费城": ("LOC", []), "警方": ("ORG", [])}
    doc, ids = analysed(f"# 新闻\n\n{body}\n", names, ANCHOR)
    (arrest,) = [f for f in frames(doc, ids) if f[0] == "arrest"]
    assert arrest[2:5] == (["警方"], "费城", "2026-03-10")


def test_words_that_hold_a_trigger_open_no_frame():
    body = "这次调整关系到运动员的收入。他在新闻发布会上说，计划影响到香港。"
    doc, _ = analysed(f"# 新闻\n\n{body}\n", {"香港": ("LOC", [])}, ANCHOR)
    assert not {e.type for e in doc.events} & {"visit", "military", "product"}


def test_a_list_entry_is_dated_by_its_own_date_not_the_next_entry():
    body = "事件经过：3月2日：林志远与赵立群会面 3月5日：赵立群向林志远转账。最近的一次会晤是在2月20日。"
    names = {"林志远": ("PER", []), "赵立群": ("PER", [])}
    doc, ids = analysed(f"# 新闻\n\n{body}\n", names, ANCHOR)
    meetings = {f[1]: f[4] for f in frames(doc, ids) if f[0] == "meet"}
    assert meetings["会面"] == "2026-03-02"


def test_a_mention_pointing_back_joins_the_happening_it_points_at():
    body = "监管机构周一对远航集团展开调查。远航集团总裁赵立群表示，该调查不会影响公司运营。"
    names = {"远航集团": ("ORG", []), "赵立群": ("PER", [])}
    doc, ids = analysed(f"# 新闻\n\n{body}\n", names, ANCHOR)
    (probe,) = [e for e in doc.events if e.type == "investigate"]
    assert [doc.span_text(s) for s in probe.also] == ["调查"] and doc.times[probe.time].value == "2026-03-09"


def test_a_place_phrase_ends_where_the_verb_phrase_begins():
    names = {"郑文杰": ("PER", []), "深圳": ("LOC", []), "中国": ("LOC", []), "中华人民共和国": ("LOC", [])}
    doc, ids = analysed("# 新闻\n\n郑文杰周一在深圳被中国警方拘留。\n", names, ANCHOR)
    (arrest,) = [f for f in frames(doc, ids) if f[0] == "arrest"]
    assert arrest[3] == "深圳"
    doc, ids = analysed("# 新闻\n\n两国外长周一在中华人民共和国首都会谈。\n", names, ANCHOR)
    (talks,) = [f for f in frames(doc, ids) if f[0] in ("talks", "meet")]
    assert talks[3] == "中华人民共和国"


def test_a_crime_named_as_the_charge_opens_no_frame_of_its_own():
    doc, ids = analysed("# 新闻\n\n商人赵立群周二因贩毒罪被判处无期徒刑。\n", {"赵立群": ("PER", [])}, ANCHOR)
    assert [f[0] for f in frames(doc, ids)] == ["sentence"]


def test_hong_kong_and_taiwan_wording_opens_frames_of_its_kind():
    body = ("屯門一間貨倉週二凌晨發生三級火，消防員灌救兩小時。一名七旬老翁在元朗遇上交通意外，送院後不治。"
            "立法院週五三讀通過勞基法修正案。南部豪雨引發土石流，多條道路中斷。"
            "該廠宣布資遣200名員工。前董事黃俊傑挪用公款，罪名成立。")
    doc, ids = analysed(f"# 新聞\n\n{body}\n", {"屯門": ("LOC", []), "元朗": ("LOC", []), "黃俊傑": ("PER", [])}, ANCHOR)
    got = {(t, trig) for t, trig, *_ in frames(doc, ids)}
    assert {("fire", "三級火"), ("accident", "交通意外"), ("death", "不治"), ("legislate", "三讀"),
            ("natural_disaster", "豪雨"), ("layoff", "資遣"), ("sentence", "罪名成立")} <= got
    (rain,) = [e for e in doc.events if e.type == "natural_disaster"]
    assert [doc.span_text(s) for s in rain.also] == ["土石流"]  # the rain and the mudslide it set off: one frame


def test_a_happening_in_a_clause_naming_a_country_and_its_city_is_set_in_the_city():
    body = "日本大阪周三爆发抗议，数千名市民走上街头。"
    doc, ids = analysed(f"# 新闻\n\n{body}\n", {"日本": ("LOC", []), "大阪": ("LOC", [])}, ANCHOR)
    (protest,) = [f for f in frames(doc, ids) if f[0] == "protest"]
    assert protest[3:5] == ("大阪", "2026-03-11")


def test_a_region_wider_than_a_country_is_the_last_choice_for_where_something_happened():
    body = "台湾与欧洲的关系近年升温。捷克参议长韦德明周一与总统赖清风会面。"
    names = {"台湾": ("LOC", []), "欧洲": ("LOC", []), "捷克": ("LOC", []), "韦德明": ("PER", []),
             "赖清风": ("PER", [])}
    doc, ids = analysed(f"# 新闻\n\n{body}\n", names, ANCHOR)
    (meeting,) = [f for f in frames(doc, ids) if f[0] == "meet"]
    assert meeting[2:5] == (["韦德明", "赖清风"], "台湾", "2026-03-09")


def test_a_crackdown_a_funeral_and_a_buyback_are_events_of_their_kinds():
    body = ("警方周三在江州驱散示威人群。著名作家陈墨的葬礼周五在北京举行，陈墨上周病逝，享年88岁。"
            "远航集团宣布斥资5亿元回购股份。")
    names = {"江州": ("LOC", []), "陈墨": ("PER", []), "北京": ("LOC", []), "远航集团": ("ORG", [])}
    doc, ids = analysed(f"# 新闻\n\n{body}\n", names, ANCHOR)
    got = {(t, trig) for t, trig, *_ in frames(doc, ids)}
    assert {("attack", "驱散"), ("ceremony", "葬礼"), ("deal", "回购")} <= got


def test_a_country_that_censors_or_arrests_does_so_at_home():
    body = "作家赵立群的文章周一遭中国删除。俄罗斯则宣布驱逐两名外交官。"
    names = {"赵立群": ("PER", []), "中国": ("LOC", []), "俄罗斯": ("LOC", [])}
    doc, ids = analysed(f"# 新闻\n\n{body}\n", names, ANCHOR)
    got = {f[0]: f for f in frames(doc, ids)}
    assert got["censor"][2:4] == (["赵立群", "中国"], "中国")
    assert got["summon"][3] is None  # an expulsion is diplomacy: where it happens is not said


def test_a_count_of_the_dead_reports_deaths_and_who_does_it_is_still_no_event():
    doc, ids = analysed("# 新闻\n\n台风过境江州后，死亡人数周三升至15人，救援人员仍在搜寻。\n", {"江州": ("LOC", [])}, ANCHOR)
    got = frames(doc, ids)
    assert ("death", "死亡", [], "江州", "2026-03-11", "asserted") in got
    assert "rescue" not in {f[0] for f in got}


def test_local_wording_for_a_fatal_fall_a_day_off_and_a_judicial_review():
    body = "一名男子週二在觀塘墮樓。颱風逼近，臺北市宣布明天停班停課。團體向高等法院申請司法覆核。"
    doc, ids = analysed(f"# 新聞\n\n{body}\n", {"觀塘": ("LOC", []), "臺北市": ("LOC", [])}, ANCHOR)
    got = {(t, trig) for t, trig, *_ in frames(doc, ids)}
    assert {("death", "墮樓"), ("closure", "停班"), ("sue", "司法覆核")} <= got


def test_leaving_an_organisation_is_quitting_it_and_leaving_a_city_is_a_departure():
    body = "首席技术官林志远下月将离开星辰科技。市长赵立群周二离开江州前往北京。"
    names = {"林志远": ("PER", []), "星辰科技": ("ORG", []), "赵立群": ("PER", []), "江州": ("LOC", []),
             "北京": ("LOC", [])}
    doc, ids = analysed(f"# 新闻\n\n{body}\n", names, ANCHOR)
    got = {(f[0], f[1]): f for f in frames(doc, ids)}
    assert got["resign", "离开"][2] == ["林志远", "星辰科技"] and got["resign", "离开"][5] == "planned"
    assert got["depart", "离开"][2] == ["赵立群"]
