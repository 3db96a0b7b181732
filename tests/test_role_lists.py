"""Titles listed before a name, and the country an organisation's name begins with."""

from __future__ import annotations

from newsmine.model import Doc
from tests.helpers_names import analyse_text, entity_named


def roles(doc: Doc, name: str) -> list[str]:
    return [r.text for r in entity_named(doc, name).roles]


def affiliations(doc: Doc, name: str) -> list[str]:
    by_id = {e.id: e.name for e in doc.entities}
    return [by_id[a] for a in entity_named(doc, name).affiliations]


def test_a_title_listed_across_a_long_field() -> None:
    doc = analyse_text("复旦大学哲学院教授、科技伦理领域专家王建国撰文认为，这项实验意义不大。")
    assert set(roles(doc, "王建国")) == {"专家", "教授"}
    assert affiliations(doc, "王建国") == ["复旦大学"]


def test_two_posts_joined_by_jian_after_a_listed_one() -> None:
    doc = analyse_text("研究会的轮值主席、星海资本集团创始人兼首席执行官刘志明说，奖项将每年颁发。")
    assert {"首席执行官", "创始人", "主席"} <= set(roles(doc, "刘志明"))


def test_a_country_in_a_university_s_own_name_is_no_affiliation() -> None:
    doc = analyse_text("中国经济增速放缓。中国人民大学经济学院教授王建国认为，消费仍有潜力。")
    assert affiliations(doc, "王建国") == ["中国人民大学"]


def test_a_long_unit_between_a_body_and_a_title() -> None:
    doc = analyse_text("南京农业大学人文和社会科学学院教授刘志明也表示赞同。")
    assert affiliations(doc, "刘志明") == ["南京农业大学"]


def test_a_unit_right_before_a_name_gives_its_parent() -> None:
    doc = analyse_text("论文作者为复旦大学生命科学学院营养与食品卫生系王建国和华山医院妇产科刘雪梅。")
    assert affiliations(doc, "王建国") == ["复旦大学"]
    assert affiliations(doc, "刘雪梅") == ["华山医院"]


def test_a_word_ending_as_a_unit_does_is_no_unit() -> None:
    doc = analyse_text("澎湃新闻记者多次尝试联系王建国，未获回复。")
    assert affiliations(doc, "王建国") == []


def test_a_country_right_before_a_name_and_its_title_is_the_official_s_state() -> None:
    doc = analyse_text("美国总统选举在即。美国的约翰逊（Mark Johnson）参议员批评了这项计划。"
                       "英国伊丽莎白女王也发表了讲话。")
    assert affiliations(doc, "约翰逊") == ["美国"]
    assert affiliations(doc, "伊丽莎白") == ["英国"]


def test_a_nationality_before_a_trade_is_no_affiliation() -> None:
    doc = analyse_text("法国经济不景气。法国的杜邦（Paul Dupont）教授认为，复苏还需时日。")
    assert affiliations(doc, "杜邦") == []


def test_a_party_member_written_with_ji() -> None:
    doc = analyse_text("共和党批评了这项计划。共和党籍的霍华德（Tim Howard）参议员向公司致信。")
    assert affiliations(doc, "霍华德") == ["共和党"]


def test_ren_alone_after_a_name_gives_the_post() -> None:
    doc = analyse_text("卢正明任韩国总统的时候，推出了新的签证制度。")
    assert roles(doc, "卢正明") == ["韩国总统"]
    assert affiliations(doc, "卢正明") == ["韩国"]


def test_no_post_from_ren_inside_another_word() -> None:
    doc = analyse_text("王建国不信任总统，也不相信议会。")
    assert roles(doc, "王建国") == []


def test_shiren_in_a_de_phrase_before_the_name() -> None:
    doc = analyse_text("会上，时任槟城首席部长的林国强也出席了活动。")
    assert roles(doc, "林国强") == ["时任槟城首席部长"]


def test_short_titles_of_assistant_secretaries_and_coaches() -> None:
    doc = analyse_text("美国国务院东亚助卿白瑞德（Tom Bright）说，会谈富有成果。球队助教马尔蒂尼（Luca Martini）则表示满意。")
    assert "东亚助卿" in roles(doc, "白瑞德")
    assert "助教" in roles(doc, "马尔蒂尼")


def test_a_party_chairman_named_without_the_party_heads_the_party_named_before() -> None:
    doc = analyse_text("国民党在公投中落败。前总统马英九、前党主席江启臣也全力宣讲。")
    assert roles(doc, "江启臣") == ["前党主席"]
    assert affiliations(doc, "江启臣") == ["国民党"]


def test_a_title_between_two_names_is_the_second_one_s() -> None:
    doc = analyse_text("王建国说，款项由刘志明秘书周海涛转来。")
    assert roles(doc, "刘志明") == []
    assert roles(doc, "周海涛") == ["秘书"]


def test_a_post_taken_on_coming_home() -> None:
    doc = analyse_text("1998年，李志强回国任东方银行行长。")
    assert roles(doc, "李志强") == ["行长"]
    assert affiliations(doc, "李志强") == ["东方银行"]


def test_qizhong_before_a_title_refers_to_the_body_named_before() -> None:
    doc = analyse_text("国民党的中常委全部出席，其中副主席王建国发表讲话。")
    assert affiliations(doc, "王建国") == ["国民党"]


def test_the_country_before_a_trade_s_body_is_no_affiliation() -> None:
    doc = analyse_text("日本共同社记者田中一郎报道，首相将访美。中国外交部发言人汪文斌表示反对。")
    assert affiliations(doc, "田中一郎") == ["共同社"]
    assert set(affiliations(doc, "汪文斌")) == {"中国外交部", "中国"}  # an official's state stays (the ministry named with it)


def test_zhejia_and_a_kind_of_body_refer_back_to_it() -> None:
    doc = analyse_text("腾讯公司发布财报。这家公司的创办人马化腾曾表示，产品第一。")
    assert affiliations(doc, "马化腾") == ["腾讯公司"]


def test_zhuwei_is_a_title() -> None:
    doc = analyse_text("台湾陆委会副主委邱垂正表示，两岸交流应对等。")
    assert roles(doc, "邱垂正") == ["副主委"]
    assert "台湾陆委会" in affiliations(doc, "邱垂正")  # the council named with its place


def test_ta_shi_and_a_title_is_the_post_of_the_one_named_before() -> None:
    doc = analyse_text("王建国向记者表示，他是华为公司的一名工程师。刘芳是事故中遇难的学生之一，她是一名博士。")
    assert roles(doc, "王建国") == ["工程师"]
    assert affiliations(doc, "王建国") == ["华为公司"]
    assert roles(doc, "刘芳") == ["博士"]


def test_no_post_for_a_group_or_from_a_paragraph_two_back() -> None:
    doc = analyse_text("王建国出席了会议。其他人都是记者。他们是工程师。\n\n会议持续了三天。他是一名律师。")
    assert roles(doc, "王建国") == []


def test_a_pronoun_opening_a_paragraph_refers_to_the_paragraph_before() -> None:
    doc = analyse_text("王建国出席了会议。\n\n他当时还是小区业委会副主任。")
    assert roles(doc, "王建国") == ["副主任"]


def test_hong_kong_court_and_party_titles() -> None:
    doc = analyse_text("公民党党魁杨岳桥宣布退党。主审裁判官罗德泉裁定被告罪名成立。")
    assert "党魁" in roles(doc, "杨岳桥")
    assert "公民党" in affiliations(doc, "杨岳桥")
    assert any(r.endswith("裁判官") for r in roles(doc, "罗德泉"))


def test_a_de_phrase_of_work_names_the_workplace() -> None:
    doc = analyse_text("天则经济研究所面临关闭。在天则经济研究所工作的法律和公共政策研究员姜浩说，我们是一个案例。"
                       "入职华为公司的刘波表示很满意。")
    assert affiliations(doc, "姜浩") == ["天则经济研究所"]
    assert affiliations(doc, "刘波") == ["华为公司"]


def test_a_body_in_a_de_phrase_without_a_verb_of_work_is_no_workplace() -> None:
    doc = analyse_text("批评华为公司管理层的刘波表示不满。")
    assert affiliations(doc, "刘波") == []


def test_a_country_before_a_titled_person_after_a_de() -> None:
    doc = analyse_text("时任联合国大会主席、来自乌干达的库泰萨出席了会议。")
    assert set(affiliations(doc, "库泰萨")) == {"联合国大会", "乌干达"}


def test_a_credit_in_parentheses_before_the_sentence_is_not_the_title_s_body() -> None:
    doc = analyse_text("（德国之声中文网）法国外交部长勒德里安周一表示，无法接受。")
    assert "德国之声中文网" not in affiliations(doc, "勒德里安")


def test_shiren_after_another_verb_is_not_the_subject_s_post() -> None:
    doc = analyse_text("何志明2014年在联合国认识时任联合国大会主席、来自乌干达的库泰萨。")
    assert roles(doc, "何志明") == []
    assert "乌干达" in affiliations(doc, "库泰萨")


def test_a_country_after_a_de_without_laizi_before_a_listed_person_is_no_state() -> None:
    doc = analyse_text("港队门将叶鸿辉及曾外流印尼的林学曦，都是球队的主力。")
    assert "印尼" not in affiliations(doc, "林学曦")
