"""Candidate-mention repairs for forms any outlet writes: lists of region abbreviations, words for a
kind of body, diseases, a place written before a place, a cue glued to a name."""

from __future__ import annotations

from newsmine.analyze.mentions import Candidate
from newsmine.analyze.repairs import country_bodies
from newsmine.model import Doc
from tests.helpers_names import analyse_text


def _mentions(doc: Doc) -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in doc.mentions}


def _texts(doc: Doc) -> set[str]:
    return {m.text for m in doc.mentions}


def test_pair_with_a_continent_names_no_one_but_a_pair_of_states_does() -> None:
    doc = analyse_text("欧美市场需求疲软。分析人士认为，中俄贸易今年仍将增长。")
    texts = _texts(doc)
    assert "欧" not in texts and "美" not in texts
    assert {"中", "俄"} <= texts


def test_abbreviation_in_a_run_stays_when_the_full_name_is_written() -> None:
    doc = analyse_text("香港旅游业界人士表示，港澳两地的客流恢复得比预期快。")
    assert ("港", "LOC") in _mentions(doc)


def test_kind_of_body_with_a_size_word_names_no_one() -> None:
    doc = analyse_text("报告指出，大城市的房价涨幅放缓，不少科技公司和地方政府都在观望。执政党尚未表态。")
    assert not {"大城市", "科技公司", "地方政府", "执政党"} & _texts(doc)


def test_disease_is_no_entity() -> None:
    doc = analyse_text("专家回顾了埃博拉和SARS疫情的教训，卫生官员张立明出席了会议。")
    texts = _texts(doc)
    assert "埃博拉" not in texts and "SARS" not in texts
    assert ("张立明", "PER") in _mentions(doc)


def test_country_before_a_foreign_city_is_two_places() -> None:
    doc = analyse_text("这批零件从宁波港出发，经过三周运抵法国图卢兹的总装厂。")
    found = _mentions(doc)
    assert ("法国", "LOC") in found and ("图卢兹", "LOC") in found


def test_province_before_its_city_is_two_places() -> None:
    text = "考察团一行从广西南宁出发，前往边境口岸调研。"
    start = text.index("广西")
    split = country_bodies(text, [Candidate(start, start + 4, "LOC", "tagger")])
    assert [(text[c.start : c.end], c.type) for c in split] == [("广西", "LOC"), ("南宁", "LOC")]


def test_country_before_a_body_named_after_a_city_is_split() -> None:
    doc = analyse_text("英国牛津经济研究院上周发布的报告认为，全球航运成本仍将上涨。")
    found = _mentions(doc)
    assert ("英国", "LOC") in found
    assert ("牛津经济研究院", "ORG") in found


def test_part_of_a_country_and_a_chinese_body_stay_whole() -> None:
    doc = analyse_text("战事集中在乌克兰东部。中国长江三峡集团当天发布公告。")
    texts = _texts(doc)
    assert "东部" not in texts
    assert "长江三峡集团" not in texts


def test_cue_glued_to_a_name_is_cut() -> None:
    doc = analyse_text("渠道成本是涨价的主因。刘颖说：“竞争太激烈了。”心内科医生梁达智指，手术风险很低。")
    found = _mentions(doc)
    assert ("刘颖", "PER") in found and ("刘颖说", "PER") not in found
    assert ("梁达智", "PER") in found and ("梁达智指", "PER") not in found


def test_latin_name_after_an_age_is_a_person() -> None:
    doc = analyse_text("战队阵容公布：22岁的Kobe（射手）、19岁的Anna（中路）和20岁的Milo（替补）。")
    found = _mentions(doc)
    assert {("Kobe", "PER"), ("Anna", "PER"), ("Milo", "PER")} <= found


def test_accented_latin_name_is_one_person() -> None:
    doc = analyse_text("这家药企由法国人Stéphane Moreau领导，总部设在波士顿。")
    assert ("Stéphane Moreau", "PER") in _mentions(doc)


def test_middle_initial_stays_inside_a_latin_name() -> None:
    doc = analyse_text("论坛上，投资人Peter J. Lindqvist发言指出，太空产业仍处起步阶段。")
    found = _mentions(doc)
    assert ("Peter J. Lindqvist", "PER") in found
    assert ("Peter", "PER") not in found


def test_credit_line_names_its_staff() -> None:
    doc = analyse_text("市政府昨日公布了新的公交线路调整方案。\n本报记者 许诺 田晓光 编辑 孔维\n作者 高孜然")
    found = _mentions(doc)
    assert {("许诺", "PER"), ("田晓光", "PER"), ("孔维", "PER"), ("高孜然", "PER")} <= found
    assert ("编辑", "PER") not in found


def test_name_and_place_before_a_report_word() -> None:
    doc = analyse_text("2019.05.02 林思远/台中报导\n台中市议会昨日审议预算。")
    found = _mentions(doc)
    assert ("林思远", "PER") in found
    assert ("台中", "LOC") in found and not any(t.startswith("台中报") for t, _ in found)


def test_promise_in_prose_is_no_credit() -> None:
    doc = analyse_text("记者采访时，他许诺会尽快答复。")
    assert "许诺" not in _texts(doc)


def test_people_named_after_a_country_is_the_country() -> None:
    doc = analyse_text("疫情期间，当地不少美国人开始囤积物资。")
    assert "美国人" not in _texts(doc)
    assert ("美国", "LOC") in _mentions(doc)


def test_place_and_a_count_is_the_place() -> None:
    doc = analyse_text("这要从一份内部报告说起。她在北京一家影视公司担任制片人。")
    found = _mentions(doc)
    assert ("北京", "LOC") in found
    assert not any(t.startswith("从一") or t.endswith("一家") for t, _ in found)


def test_verb_glued_before_a_known_body_is_cut() -> None:
    doc = analyse_text("由于成绩优异，她获保送入读浸会大学。")
    found = {t for t, kind in _mentions(doc) if kind == "ORG"}
    assert "浸会大学" in found
    assert not any(t.startswith("读") or t.startswith("入读") for t in found)


def test_title_with_its_reporter_or_report_is_a_publication() -> None:
    doc = analyse_text("《南岭周刊》记者 陈思远 报道。《东岸观察》专访了这位建筑师，《 纽约时报》也在报道中提及此事。")
    found = _mentions(doc)
    assert {("南岭周刊", "ORG"), ("东岸观察", "ORG"), ("纽约时报", "ORG")} <= found


def test_law_or_book_title_is_no_publication() -> None:
    doc = analyse_text("《城市道路管理条例》规定，占道施工须经批准。他读过《三体》，很喜欢。")
    texts = _texts(doc)
    assert "城市道路管理条例" not in texts and "三体" not in texts


def test_member_of_a_list_of_companies_is_a_company() -> None:
    doc = analyse_text("受影响的服饰品牌包括耐克、阿迪达斯、北面、范思哲等等。")
    assert ("北面", "ORG") in _mentions(doc)


def test_list_of_words_is_no_list_of_names() -> None:
    doc = analyse_text("会议讨论了住房、教育、医疗和养老等民生问题。")
    assert not {"教育", "医疗", "养老"} & _texts(doc)


def test_medium_before_its_reporter_is_a_body() -> None:
    doc = analyse_text("8月12日，南方财经网记者致电该公司总部，对方表示暂不回应。")
    assert ("南方财经网", "ORG") in _mentions(doc)
