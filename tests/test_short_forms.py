"""Short forms of names written again later: introduced ones (（下称“协会”）), 老 and a surname,
阿 and a given character or that character and 哥/姐, a
city or province without 市 or 省, a group without 公司."""

from __future__ import annotations

from tests.helpers_names import analyse_text, entity_named


def test_a_short_form_introduced_in_brackets_is_an_alias_from_there_on() -> None:
    doc = analyse_text("按照华东城市交通协会（下称“协会”）的统计，去年新开通线路12条。协会认为，客流仍在增长。")
    body = entity_named(doc, "华东城市交通协会")
    assert body.aliases == ["协会"]


def test_a_company_short_form_introduced_with_yixia_jiancheng() -> None:
    doc = analyse_text("滨江新材料股份有限公司（以下简称“滨江新材”）周三公告，滨江新材将回购股份。")
    assert "滨江新材" in entity_named(doc, "滨江新材料股份有限公司").aliases


def test_lao_and_the_surname_names_the_person() -> None:
    doc = analyse_text("工程师陈立人说，白银的冬天很冷。老陈还说，他明年退休。")
    assert "老陈" in entity_named(doc, "陈立人").aliases


def test_familiar_forms_of_the_given_name_name_the_person_and_speak_for_them() -> None:
    doc = analyse_text("退休巴士司机黄志豪说，路线被削减后他要等半小时。豪哥还说，街坊都不满。"
                       "杂货店东主陈美玲说，生意少了一半。阿玲说，她打算明年关门。")
    assert "豪哥" in entity_named(doc, "黄志豪").aliases
    assert "阿玲" in entity_named(doc, "陈美玲").aliases
    assert [q.speaker for q in doc.quotes] == [entity_named(doc, n).id for n in ("黄志豪", "黄志豪", "陈美玲", "陈美玲")]


def test_xiao_and_a_surname_is_not_taken_for_the_older_namesake() -> None:
    doc = analyse_text("教授陈立人说，实验下月开始。他的学生小陈负责记录数据。")
    assert "小陈" not in entity_named(doc, "陈立人").aliases


def test_a_city_and_its_body_named_without_shi() -> None:
    doc = analyse_text("武汉市卫健委周二通报疫情，武汉卫健委称新增病例减少。")
    assert entity_named(doc, "武汉市卫健委").aliases == ["武汉卫健委"]


def test_a_group_named_without_gongsi() -> None:
    doc = analyse_text("东海远洋集团公司周一发布年报。东海远洋集团称，利润增长一成。")
    assert "东海远洋集团" in entity_named(doc, "东海远洋集团公司").aliases


def test_a_city_named_again_without_shi() -> None:
    doc = analyse_text("白银市周二发布暴雨预警。白银的降雨量已超过往年同期。")
    assert "白银" in entity_named(doc, "白银市").aliases


def test_a_surname_alone_before_an_adverb_and_a_cue_names_the_person() -> None:
    doc = analyse_text("战队创办人张炜然说，选手每天训练八小时。「她们很努力。」張續稱：「收入也很可觀。」张又说，队员之间感情很好。")
    person = entity_named(doc, "张炜然")
    assert person.aliases == ["張", "张"]
    assert [e.name for e in doc.entities if e.type == "PER"] == ["张炜然"]


def test_a_surname_alone_before_benren_names_the_leader() -> None:
    doc = analyse_text("外界普遍认为，习近平将成为下一任领导人。习本人曾在美国生活。")
    assert "习" in entity_named(doc, "习近平").aliases


def test_a_surname_inside_a_word_is_no_mention() -> None:
    doc = analyse_text("外界普遍认为，习近平将成为下一任领导人。学习本人的经验并不容易。")
    assert "习" not in entity_named(doc, "习近平").aliases


def test_a_field_left_of_a_bodys_generic_word_is_no_alias() -> None:
    doc = analyse_text("国际密码协会周二发布报告。国际密码学界对此反应不一，国际密码标准仍在修订。")
    assert entity_named(doc, "国际密码协会").aliases == []


def test_a_company_short_form_that_is_also_a_common_noun_stays() -> None:
    doc = analyse_text("蚂蚁集团周二发布公告。蚂蚁表示，将暂缓上市。")
    assert "蚂蚁" in entity_named(doc, "蚂蚁集团").aliases


def test_a_city_body_is_not_named_from_shi_on() -> None:
    doc = analyse_text("宁波市商务局周三发布数据。市商务局表示，出口有所回升。")
    assert "市商务局" not in entity_named(doc, "宁波市商务局").aliases



def test_an_abbreviation_alone_in_brackets_is_an_alias_but_a_note_in_brackets_is_not() -> None:
    doc = analyse_text("消費者委員會（消委會）今日公布測試結果。消委會指，部分產品含有致癌物。"
                       "學生小強（化名）和小冬（化名）當時在場。")
    assert "消委會" in entity_named(doc, "消費者委員會").aliases
    assert all("化名" not in e.aliases for e in doc.entities)
