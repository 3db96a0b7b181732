"""Event frames and discussed topics, with the names layers built by hand (see tests/by_hand.py)."""

from __future__ import annotations

from newsmine.analyze.pipeline import Pipeline, analyze, make_doc
from newsmine.model import Doc
from newsmine.read import read_article, read_markdown

from .by_hand import add_entities
from .conftest import EXAMPLES

ARTICLE = """\
# [World] 越南与新西兰领导人在河内会谈

**新西兰总理詹姆斯·莫里森周一访问越南。**

莫里森周一（5月12日）乘专机抵达越南首都河内，与越南总理阮文山在总理府会谈。

双方讨论了农产品贸易和海上救援合作，并同意扩大学生交流。

预计莫里森稍后将参观海防港。越南外交部否认两国将签署军事协议。

上周，越南在南海附近海域试射了一枚导弹。
"""

NAMES = {
    "詹姆斯·莫里森": ("PER", ["莫里森"]),
    "阮文山": ("PER", []),
    "越南": ("LOC", []),
    "新西兰": ("LOC", []),
    "河内": ("LOC", []),
    "总理府": ("LOC", []),
    "海防港": ("LOC", []),
    "越南外交部": ("ORG", []),
}


def analysed(article: str | Doc, names: dict, anchor: str) -> tuple[Doc, dict[str, str]]:
    doc = make_doc(read_markdown(article) if isinstance(article, str) else article, anchor=anchor)
    Pipeline(["sentences", "times"])(doc)
    ids = add_entities(doc, names)
    Pipeline(["events", "topics"], present=["sentences", "times", "mentions", "entities"])(doc)
    return doc, {v: k for k, v in ids.items()}


def frames(doc: Doc, names: dict[str, str]) -> list[tuple]:
    return [(e.type, doc.span_text(e.trigger), [names[p] for p in e.participants], names.get(e.place),
             doc.times[e.time].value if e.time is not None else None, e.modality) for e in doc.events]


def test_arrival_and_meeting_share_subject_place_and_time():
    doc, names = analysed(ARTICLE, NAMES, "2025-05-13")
    got = frames(doc, names)
    assert ("arrive", "抵达", ["詹姆斯·莫里森"], "河内", "2025-05-12", "asserted") in got
    assert ("meet", "会谈", ["詹姆斯·莫里森", "阮文山"], "总理府", "2025-05-12", "asserted") in got


def test_modality_planned_and_denied():
    doc, names = analysed(ARTICLE, NAMES, "2025-05-13")
    got = {(t, trig): (place, modality) for t, trig, _, place, _, modality in frames(doc, names)}
    assert got[("visit", "参观")] == ("海防港", "planned")
    assert got[("agreement", "签署")][1] == "denied"


def test_a_time_named_earlier_in_the_sentence_dates_the_event():
    doc, names = analysed(ARTICLE, NAMES, "2025-05-13")
    (test,) = [f for f in frames(doc, names) if f[0] == "test"]
    assert test == ("test", "试射", ["越南"], None, "2025-W19", "asserted")


def test_topics_discussed_at_the_meeting_point_at_it():
    doc, names = analysed(ARTICLE, NAMES, "2025-05-13")
    discussed = [t for t in doc.topics if t.event is not None]
    assert {"贸易", "农业与粮食", "救援与紧急事件", "学校与教育"} <= {t.label for t in discussed}
    meeting = doc.events[discussed[0].event]
    assert doc.span_text(meeting.trigger) == "会谈" and names[meeting.place] == "总理府"
    assert [names[p] for p in meeting.participants] == ["詹姆斯·莫里森", "阮文山"]
    evidence = next(t for t in doc.topics if t.label == "贸易").evidence
    assert "农产品贸易" in doc.span_text(evidence[0])


SEED_NAMES = {
    "金正恩": ("PER", []), "普京": ("PER", []), "东方航天发射场": ("LOC", ["东方基地"]), "阿穆尔州": ("LOC", []),
    "俄罗斯": ("LOC", []), "朝鲜": ("LOC", []), "美国": ("LOC", []), "平壤": ("LOC", []), "莫斯科": ("LOC", []),
    "乌克兰": ("LOC", []), "华盛顿": ("LOC", []), "克里姆林宫": ("ORG", []),
}


def test_seed_meeting_launch_arrival_and_invitation(seed_path):
    doc, names = analysed(read_article(str(seed_path)), SEED_NAMES, "2023-09-14")
    got = frames(doc, names)
    assert ("meet", "会面", ["金正恩", "普京"], "东方航天发射场", "2023-09-13", "asserted") in got
    assert ("arrive", "抵达", ["金正恩"], "阿穆尔州", "2023-09-13", "asserted") in got
    assert ("launch", "发射", ["朝鲜"], None, "2023-09-13", "asserted") in got
    invite = next(f for f in got if f[0] == "invite")
    assert set(invite[2]) == {"普京", "金正恩"} and invite[3] == "朝鲜"
    meeting = next(i for i, e in enumerate(doc.events) if doc.span_text(e.trigger) == "会面" and e.place)
    assert {"武器", "国防与军事", "航天"} <= {t.label for t in doc.topics if t.event == meeting}


def test_examples_give_events_and_topics_without_errors():
    for path in EXAMPLES:
        doc, _ = analysed(read_article(str(path)), {}, "2025-01-01")
        assert doc.topics and all(t.evidence for t in doc.topics)


def test_seed_with_the_real_names_layer(seed_path):
    data = analyze(read_article(str(seed_path)), anchor="2023-09-14").to_dict()
    names = {e["id"]: e["name"] for e in data["entities"]}
    got = [(e["type"], data["text"][e["trigger"][0]:e["trigger"][1]], [names[p] for p in e["participants"]],
            names.get(e["place"]), data["times"][e["time"]]["value"] if e["time"] is not None else None)
           for e in data["events"]]
    assert ("meet", "会面", ["金正恩", "普京"], "东方航天发射场", "2023-09-13") in got
    assert ("arrive", "抵达", ["金正恩"], "阿穆尔州", "2023-09-13") in got
    assert ("launch", "发射", ["朝鲜"], None, "2023-09-13") in got
    assert any(t == "invite" and set(p) == {"普京", "金正恩"} and place == "朝鲜" for t, _, p, place, _ in got)
    meeting = data["events"][next(t["event"] for t in data["topics"] if t["event"] is not None)]
    assert [names[p] for p in meeting["participants"]] == ["金正恩", "普京"]
    discussed = {t["label"] for t in data["topics"] if t["event"] is not None}
    assert {"武器", "国防与军事", "航天", "人道援助"} <= discussed


def test_traditional_article_gets_its_main_subject_from_the_taxonomy():
    article = read_markdown(
        "# 前議員涉貪污案開庭\n\n"
        "前議員林志遠周二在區域法院出庭，被控貪污及洗錢等三項罪名。\n\n"
        "控方指，林志遠收受一間建築公司的賄款。法官押後至下月宣判，林志遠獲准保釋。\n\n"
        "辯方律師表示會提出上訴。\n"
    )
    doc = analyze(article, anchor="2026-03-10")
    subjects = [t.label for t in doc.topics if t.event is None]
    assert subjects[0] == "犯罪、法律与司法"
    assert "司法与诉讼" in subjects and "犯罪" in subjects


COURT = """\
# 深圳电子公司前副总裁被判刑

陈立伟曾任华锐电子副总裁。他在2019年3月辞职，随后被深圳警方拘留。

2021年，陈立伟被深圳一家法院以职务侵占罪判处三年有期徒刑。

东京股市周三下跌，日本的出口商股价普遍走低。

泰国外长林素瓦周一抵达雅加达，将与印度尼西亚外长玛丽娜会面。

泰国警方周四拘捕了三名越南游客。
"""

COURT_NAMES = {
    "陈立伟": ("PER", []),
    "华锐电子": ("ORG", []),
    "深圳": ("LOC", []),
    "东京": ("LOC", []),
    "日本": ("LOC", []),
    "泰国": ("LOC", []),
    "林素瓦": ("PER", []),
    "雅加达": ("LOC", []),
    "印度尼西亚": ("LOC", []),
    "玛丽娜": ("PER", []),
    "越南": ("LOC", []),
}


def test_a_pronoun_or_a_passive_keeps_the_paragraphs_subject_and_a_city_is_where():
    doc, names = analysed(COURT, COURT_NAMES, "2022-06-10")
    got = {(t, trig): (parts, place, time) for t, trig, parts, place, time, _ in frames(doc, names)}
    assert got[("arrest", "拘留")][:2] == (["陈立伟"], "深圳")
    assert got[("sentence", "判处")] == (["陈立伟"], "深圳", "2021")


def test_a_market_city_is_the_setting_and_a_companion_is_not_the_agent():
    doc, names = analysed(COURT, COURT_NAMES, "2022-06-10")
    got = {(t, trig): (parts, place) for t, trig, parts, place, _, _ in frames(doc, names)}
    assert got[("price", "下跌")] == ([], "东京")
    assert got[("meet", "会面")][0] == ["林素瓦", "玛丽娜"]


def test_a_country_qualifying_a_noun_names_where_not_who():
    doc, names = analysed(COURT, COURT_NAMES, "2022-06-10")
    (arrest,) = [f for f in frames(doc, names) if f[1] == "拘捕"]
    assert arrest[2:4] == ([], "泰国")


FIRE = """\
# 台中塑胶工厂凌晨起火

台中市一家塑胶工厂周二凌晨起火，警方随后对工厂负责人陈志明展开调查。

市议员林美华批评，这次火灾暴露了消防检查的漏洞，调查工作也进展太慢。
"""

FIRE_NAMES = {"台中市": ("LOC", ["台中"]), "陈志明": ("PER", []), "林美华": ("PER", [])}


def test_a_happening_named_as_a_thing_later_joins_its_frame():
    doc, names = analysed(FIRE, FIRE_NAMES, "2024-05-09")
    (probe,) = [e for e in doc.events if e.type == "investigate"]
    assert [names[p] for p in probe.participants] == ["陈志明"]
    assert [doc.span_text(s) for s in probe.also] == ["调查"]


def test_a_trigger_naming_who_does_it_opens_no_frame():
    names = {"王立新": ("PER", []), "周敏": ("PER", []), "台北": ("LOC", [])}
    doc, _ = analysed("# 访问学者与调查记者\n\n哈佛大学访问学者王立新与调查记者周敏在台北座谈。\n", names, "2024-05-09")
    assert {e.type for e in doc.events} <= {"meet"}


def test_to_after_another_verb_is_no_visit():
    names = {"陈海生": ("PER", []), "江州市": ("LOC", []), "平壤": ("LOC", [])}
    text = "# 新闻\n\n洪水中，陈海生游到江州市求救。艺术团上周五到平壤演出。\n"
    doc, ids = analysed(text, names, "2024-05-09")
    visits = [(doc.span_text(e.trigger), ids.get(e.place)) for e in doc.events if e.type == "visit"]
    assert visits == [("到", "平壤")]


def test_a_trigger_modifying_a_longer_noun_is_no_happening_but_the_head_of_one_is():
    text = "# 新闻\n\n江州市警方周二公布调查报告书。周三，江州市发生一起谋杀案。\n"
    doc, _ = analysed(text, {"江州市": ("LOC", [])}, "2024-05-09")
    assert [e.type for e in doc.events] == ["announce", "death"]


def test_a_second_word_for_the_same_happening_in_a_clause_is_kept_as_also():
    names = {"林冠英": ("PER", []), "福建": ("LOC", []), "东山县": ("LOC", [])}
    doc, _ = analysed("# 新闻\n\n林冠英上月到福建东山县探亲。\n", names, "2024-05-09")
    (visit,) = [e for e in doc.events if e.type == "visit"]
    assert (doc.span_text(visit.trigger), [doc.span_text(s) for s in visit.also]) == ("到", ["探亲"])


def test_since_dates_its_own_sentence_but_not_the_next():
    text = "# 新闻\n\n自2019年以来，华锐电子已裁员三千人。公司随后关闭了江州工厂。\n"
    doc, _ = analysed(text, {"华锐电子": ("ORG", []), "江州": ("LOC", [])}, "2024-05-09")
    dated = {e.type: doc.times[e.time].text if e.time is not None else None for e in doc.events}
    assert dated["layoff"] == "自2019年以来" and dated["closure"] is None


def test_a_headline_and_an_undated_lead_take_the_first_time_the_article_names():
    text = ("# 南川河决堤 下游三村被淹\n\n洪水冲进下游村庄，两名村民失踪。"
            "河堤周日（6月2日）凌晨出现裂缝，随后被冲垮。\n\n2019年，当地曾修建一座大桥。\n")
    doc, _ = analysed(text, {"南川河": ("LOC", [])}, "2024-06-04")
    dated = {doc.span_text(e.trigger): doc.times[e.time].value if e.time is not None else None for e in doc.events}
    assert dated["决堤"] == "2024-06-02"  # the headline's happening, dated where the story is first dated
    assert dated["失踪"] == "2024-06-02"  # the undated lead's too


def test_a_general_word_for_giving_is_a_supply_only_with_aid_arms_or_money():
    names = {"北岭省政府": ("ORG", []), "东港电信": ("ORG", [])}
    given = {"北岭省政府周一向受灾村庄提供紧急物资。": ["提供"], "北岭省政府周一给予每户3000元。": ["给予"],
             "东港电信周一为居民提供免费通话服务。": [], "警方提醒市民不要向陌生人提供个人资料。": []}
    for sentence, expected in given.items():
        doc, _ = analysed(f"# 新闻\n\n{sentence}\n", names, "2024-06-04")
        assert [doc.span_text(e.trigger) for e in doc.events if e.type == "supply"] == expected, sentence


def test_censorship_named_as_a_practice_is_no_happening():
    names = {"网信办": ("ORG", []), "东港日报": ("ORG", [])}
    given = {"网信办周一审查了东港日报的评论版。": ["审查"], "报社的稿件已经过多轮审查。": [],
             "学者认为，这种审查在很大程度上超出了法律的要求。": []}
    for sentence, expected in given.items():
        doc, _ = analysed(f"# 新闻\n\n{sentence}\n", names, "2024-06-04")
        assert [doc.span_text(e.trigger) for e in doc.events if e.type == "censor"] == expected, sentence


def test_a_trigger_straddling_two_words_is_none_and_the_word_inside_it_is_found():
    doc, _ = analysed("# 新闻\n\n网信办周一审查了东港日报的评论版。\n", {"网信办": ("ORG", []), "东港日报": ("ORG", [])}, "2024-06-04")
    assert [(e.type, doc.span_text(e.trigger)) for e in doc.events] == [("censor", "审查")]  # 周|一审|查 is no trial


def test_a_paragraph_that_names_no_time_is_dated_by_the_one_before():
    text = ("# 新政府组成\n\n总理何文康周六（5月12日）在吉隆坡公布三名部长人选。\n\n"
            "财政部长一职由林国强出任。\n")
    names = {"何文康": ("PER", []), "吉隆坡": ("LOC", []), "林国强": ("PER", [])}
    doc, ids = analysed(text, names, "2018-05-14")
    (appoint,) = [f for f in frames(doc, ids) if f[0] == "appoint"]
    assert appoint[1:5] == ("出任", ["林国强"], "吉隆坡", "2018-05-12")


def test_a_headline_happening_is_placed_where_the_first_dated_sentence_is_set():
    text = ("# 智利一处金矿坍塌 多名矿工被困\n\n智利一处金矿发生坍塌，多名矿工被困井下。\n\n"
            "据当地媒体报道，事故发生在周一（4月6日）阿塔卡马大区科皮亚波附近的一处矿井。\n")
    names = {"智利": ("LOC", []), "阿塔卡马大区": ("LOC", []), "科皮亚波": ("LOC", [])}
    doc, ids = analysed(text, names, "2026-04-08")
    collapse = [f for f in frames(doc, ids) if f[0] == "collapse"]
    assert collapse and all(f[3] in ("阿塔卡马大区", "科皮亚波") and f[4] == "2026-04-06" for f in collapse)
