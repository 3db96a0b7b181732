"""Who takes part in an event when the text names them by a word for both (双方, 两人, 两国) or by a pronoun at
the head of a paragraph. Articles written for these tests; names are built by hand (tests/by_hand.py)."""

from __future__ import annotations

import pytest

from newsmine.analyze.events import RULES

from .test_events import analysed, frames

ANCHOR = "2026-03-12"  # a Thursday


def test_both_sides_are_the_two_parties_the_paragraph_named():
    body = "远航集团与星辰科技为专利纠纷僵持了半年。双方周一在江州签署和解协议，星辰科技撤回诉讼。"
    names = {"远航集团": ("ORG", []), "星辰科技": ("ORG", []), "江州": ("LOC", [])}
    doc, ids = analysed(f"# 新闻\n\n{body}\n", names, ANCHOR)
    (deal,) = [f for f in frames(doc, ids) if f[0] == "agreement"]
    assert deal[1:5] == ("签署", ["远航集团", "星辰科技"], "江州", "2026-03-09")


def test_the_two_of_them_are_the_last_two_people_named_not_an_organisation_between():
    body = "陈思远与赵立群是江州大学的同学。两人周二在临海一家茶馆会面，谈了两个小时。"
    names = {"陈思远": ("PER", []), "赵立群": ("PER", []), "江州大学": ("ORG", []), "临海": ("LOC", [])}
    doc, ids = analysed(f"# 新闻\n\n{body}\n", names, ANCHOR)
    (meeting,) = [f for f in frames(doc, ids) if f[0] == "meet"]
    assert meeting[1:5] == ("会面", ["陈思远", "赵立群"], "临海", "2026-03-10")


def test_the_two_countries_are_countries_not_the_city_where_they_spoke():
    body = "越南外长与菲律宾外长周三在河内举行会谈。两国随后签署了渔业合作协议。"
    names = {"越南": ("LOC", []), "菲律宾": ("LOC", []), "河内": ("LOC", [])}
    doc, ids = analysed(f"# 新闻\n\n{body}\n", names, ANCHOR)
    (deal,) = [f for f in frames(doc, ids) if f[0] == "agreement"]
    assert deal[2] == ["越南", "菲律宾"]


def test_with_one_party_named_before_it_a_word_for_both_invents_no_second():
    body = "远航集团周一发布公告称，双方已签署合作协议。"
    doc, ids = analysed(f"# 新闻\n\n{body}\n", {"远航集团": ("ORG", [])}, ANCHOR)
    (deal,) = [f for f in frames(doc, ids) if f[0] == "agreement"]
    assert deal[2] == ["远航集团"]


def test_a_pronoun_opening_a_paragraph_is_the_person_the_story_was_about():
    article = ("# 新闻\n\n工程师马志刚在江州修了十年地铁。\n\n"
               "今年3月，他来到临海，跟着华建集团的施工队参与新线建设。\n")
    names = {"马志刚": ("PER", []), "江州": ("LOC", []), "临海": ("LOC", []), "华建集团": ("ORG", [])}
    doc, ids = analysed(article, names, ANCHOR)
    (arrival,) = [f for f in frames(doc, ids) if f[0] == "arrive"]
    assert arrival[1:5] == ("来到", ["马志刚"], "临海", "2026-03")


def test_a_pronoun_stands_for_a_person_rather_than_the_organisation_last_named():
    body = "记者林晓东周一抵达江州。江州市政府随后公布了救灾方案。她在灾区采访时遇到一名被困的老人，并协助救援人员救出了他。"
    names = {"林晓东": ("PER", []), "江州": ("LOC", []), "江州市政府": ("ORG", [])}
    doc, ids = analysed(f"# 新闻\n\n{body}\n", names, ANCHOR)
    (rescue,) = [f for f in frames(doc, ids) if f[0] == "rescue"]
    assert rescue[2][:1] == ["林晓东"]


def test_a_clause_without_an_actor_shares_the_one_the_clause_before_named_not_the_speaker():
    body = "外交部发言人陈立周一表示，总统林志远将于下周访问东京，并会见日本首相山田浩。"
    names = {"陈立": ("PER", []), "林志远": ("PER", []), "东京": ("LOC", []), "日本": ("LOC", []), "山田浩": ("PER", [])}
    doc, ids = analysed(f"# 新闻\n\n{body}\n", names, ANCHOR)
    (meeting,) = [f for f in frames(doc, ids) if f[0] == "meet"]
    assert meeting[2] == ["林志远", "山田浩"]


def test_a_name_after_a_preposition_is_no_actor_for_the_clauses_after_it():
    body = "陈立周二来到江州，受林志远邀请，会见了市长赵立群。"
    names = {"陈立": ("PER", []), "林志远": ("PER", []), "江州": ("LOC", []), "赵立群": ("PER", [])}
    doc, ids = analysed(f"# 新闻\n\n{body}\n", names, ANCHOR)
    (meeting,) = [f for f in frames(doc, ids) if f[0] == "meet"]
    assert meeting[2] == ["陈立", "赵立群"]


def test_a_pronoun_leading_a_clause_is_who_acts_there():
    body = "星辰实验室周一发表报告称，他们对远航集团的数据系统进行了调查。"
    names = {"星辰实验室": ("ORG", []), "远航集团": ("ORG", [])}
    doc, ids = analysed(f"# 新闻\n\n{body}\n", names, ANCHOR)
    (probe,) = [f for f in frames(doc, ids) if f[0] == "investigate"]
    assert probe[2] == ["星辰实验室", "远航集团"]


def test_a_name_after_the_clauses_event_word_is_what_it_acts_on_not_who_acts_next():
    body = "至于日本首相山田浩，周二起访问美国，与美国总统林志远在白宫会面。"
    names = {"日本": ("LOC", []), "山田浩": ("PER", []), "美国": ("LOC", []), "林志远": ("PER", []),
             "白宫": ("LOC", [])}
    doc, ids = analysed(f"# 新闻\n\n{body}\n", names, ANCHOR)
    (meeting,) = [f for f in frames(doc, ids) if f[0] == "meet"]
    assert meeting[2:4] == (["山田浩", "林志远"], "白宫")


def test_the_headlines_happening_is_the_one_the_body_tells_with_a_participant_in_common():
    article = "# 远航集团创始人赵立群被捕\n\n江州警方周二在机场拘捕了赵立群。\n"
    names = {"远航集团": ("ORG", []), "赵立群": ("PER", []), "江州警方": ("ORG", [])}
    doc, ids = analysed(article, names, ANCHOR)
    (arrest,) = [e for e in doc.events if e.type == "arrest"]
    assert [doc.span_text(s) for s in (arrest.trigger, *arrest.also)] == ["拘捕", "被捕"]
    assert {ids[p] for p in arrest.participants} >= {"江州警方", "赵立群"}
    assert doc.times[arrest.time].value == "2026-03-10"


def test_of_two_organisations_written_together_the_second_acts():
    body = "江州大学星辰实验室周一称，他们对远航集团的数据系统进行了调查。"
    names = {"江州大学": ("ORG", []), "星辰实验室": ("ORG", []), "远航集团": ("ORG", [])}
    doc, ids = analysed(f"# 新闻\n\n{body}\n", names, ANCHOR)
    (probe,) = [f for f in frames(doc, ids) if f[0] == "investigate"]
    assert probe[2] == ["星辰实验室", "远航集团"]


def test_a_qi_after_a_preposition_is_the_person_the_story_was_about():
    body = "记者赵立群上周发文批评公司高层。星辰传媒周一将其解雇。"
    names = {"赵立群": ("PER", []), "星辰传媒": ("ORG", [])}
    doc, ids = analysed(f"# 新闻\n\n{body}\n", names, ANCHOR)
    (dismissal,) = [f for f in frames(doc, ids) if f[0] == "dismiss"]
    assert dismissal[2] == ["星辰传媒", "赵立群"]


def test_a_qi_meaning_its_adds_no_one():
    body = "金正秀周二抵达边境城市。朝鲜周三向其东海岸附近海域发射了两枚导弹。"
    names = {"金正秀": ("PER", []), "朝鲜": ("LOC", [])}
    doc, ids = analysed(f"# 新闻\n\n{body}\n", names, ANCHOR)
    (launch,) = [f for f in frames(doc, ids) if f[0] == "launch"]
    assert launch[2] == ["朝鲜"]


def test_both_sides_can_be_two_countries_that_act():
    body = "中国与越南周二举行会谈。双方签署了渔业合作协议。"
    doc, ids = analysed(f"# 新闻\n\n{body}\n", {"中国": ("LOC", []), "越南": ("LOC", [])}, ANCHOR)
    (deal,) = [f for f in frames(doc, ids) if f[0] == "agreement"]
    assert deal[2] == ["中国", "越南"]


def test_the_source_a_according_to_clause_names_is_no_participant():
    text = "# 新闻\n\n据联合国人权事务高级专员办事处称，安全部队周三在曼德勒至少打死了18名示威者。\n"
    names = {"联合国人权事务高级专员办事处": ("ORG", []), "曼德勒": ("LOC", [])}
    doc, ids = analysed(text, names, "2021-03-05")
    (death,) = [f for f in frames(doc, ids) if f[0] == "death"]
    assert death[1:5] == ("打死", [], "曼德勒", "2021-03-03")


@pytest.mark.parametrize("body", [
    "新华社河内3月10日电（记者 张立新）越南总理阮文山10日在河内会见了来访的泰国外长颂萨。",
    "（中央社記者陳家豪河內10日電）越南總理阮文山今天在河內會見來訪的泰國外長頌薩。",
])
def test_a_wire_dateline_names_who_reports_and_where_not_who_acts(body: str) -> None:
    names = {n: (t, []) for n, t in [("新华社", "ORG"), ("张立新", "PER"), ("中央社", "ORG"), ("陳家豪", "PER"),
                                     ("河内", "LOC"), ("河內", "LOC"), ("阮文山", "PER"), ("颂萨", "PER"),
                                     ("頌薩", "PER"), ("越南", "LOC"), ("泰国", "LOC"), ("泰國", "LOC")] if n in body}
    doc, ids = analysed(f"# 新闻\n\n{body}\n", names, "2026-03-10")
    (meet,) = [f for f in frames(doc, ids) if f[0] == "meet"]
    assert [p for p in meet[2] if p in ("阮文山", "颂萨", "頌薩")] == meet[2] and len(meet[2]) == 2
    assert meet[3] in ("河内", "河內") and meet[4] == "2026-03-10"


def test_a_country_before_a_preposition_and_a_company_acts_on_it_rather_than_qualifying_it():
    body = "美国对星辰科技实施制裁。"
    doc, ids = analysed(f"# 新闻\n\n{body}\n", {"美国": ("LOC", []), "星辰科技": ("ORG", [])}, ANCHOR)
    (sanction,) = [f for f in frames(doc, ids) if f[0] == "sanction"]
    assert sanction[2] == ["美国", "星辰科技"]


def test_a_clause_opening_with_a_word_for_a_kind_of_body_names_the_body_of_that_kind_told_before():
    article = ("# 新闻\n\n江州理工学院周一公布了新学年的招生计划，华建集团将提供200个实习岗位。\n\n"
               "3月6日，学校举办了校园招聘会，40家企业到场。\n")
    names = {"江州理工学院": ("ORG", []), "华建集团": ("ORG", [])}
    doc, ids = analysed(article, names, ANCHOR)
    (fair,) = [f for f in frames(doc, ids) if f[1] == "举办"]
    assert fair[2] == ["江州理工学院"]
    with RULES.disabled("event-kind-word"):
        doc, ids = analysed(article, names, ANCHOR)
    assert [f[2] for f in frames(doc, ids) if f[1] == "举办"] == [[]]


def test_a_word_that_only_begins_with_a_word_for_a_kind_of_body_names_no_body():
    article = ("# 新闻\n\n江州理工学院周一公布了新学年的招生计划。\n\n"
               "3月6日，大学生自发举办了义卖会，所得捐给山区小学。\n")
    doc, ids = analysed(article, {"江州理工学院": ("ORG", [])}, ANCHOR)
    assert [f[2] for f in frames(doc, ids) if f[1] == "举办"] == [[]]


def test_an_enumeration_carried_on_across_commas_to_a_last_member_after_yiji_is_what_the_event_acts_on():
    body = "星辰资本去年相继投资了西南地区的远航科技，华东的物流企业华建集团，以及华南的蓝海生物。"
    names = {"星辰资本": ("ORG", []), "远航科技": ("ORG", []), "华建集团": ("ORG", []), "蓝海生物": ("ORG", [])}
    doc, ids = analysed(f"# 新闻\n\n{body}\n", names, ANCHOR)
    (invest,) = [f for f in frames(doc, ids) if f[0] == "invest"]
    assert invest[2] == ["星辰资本", "远航科技", "华建集团", "蓝海生物"]
    with RULES.disabled("event-list-tail"):
        doc, ids = analysed(f"# 新闻\n\n{body}\n", names, ANCHOR)
    assert [f[2] for f in frames(doc, ids) if f[0] == "invest"] == [["星辰资本", "远航科技"]]


def test_names_in_a_clause_with_a_verb_of_its_own_do_not_carry_an_enumeration_on():
    body = "星辰资本去年投资了远航科技，华建集团随后也宣布入股，以及追加贷款。"
    names = {"星辰资本": ("ORG", []), "远航科技": ("ORG", []), "华建集团": ("ORG", [])}
    doc, ids = analysed(f"# 新闻\n\n{body}\n", names, ANCHOR)
    (invest, *_) = [f for f in frames(doc, ids) if f[0] == "invest"]
    assert invest[2] == ["星辰资本", "远航科技"]
