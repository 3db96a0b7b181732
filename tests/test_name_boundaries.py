"""Where the tagger's names begin and end in a political story: a modal verb, a shared title
character, a descriptor before a country, a camp after a country and an opposition party's
generic word (analyze/name_edges.py, analyze/mentions.py, data/generic_*.tsv)."""

from __future__ import annotations

from newsmine.analyze.mentions import Candidate, cut_glued_titles
from tests.helpers_names import analyse_text


def names(text: str) -> set[tuple[str, str]]:
    return {(e.name, e.type) for e in analyse_text(text).entities}


def test_a_modal_hui_after_a_known_body_is_no_part_of_its_name() -> None:
    found = names("他不排除解放军会在台海集结。中联办会做好沟通角色。")
    assert {("解放军", "ORG"), ("中联办", "ORG")} <= found
    assert not {n for n, _ in found} & {"解放军会", "中联办会"}


def test_a_body_keeps_the_character_its_heads_title_repeats() -> None:
    """台湾国安|局长: the body is 国安局, the title 局长."""
    assert ("台湾国安局", "ORG") in names("台湾国安局长蔡明彦在立法院表示，三方都有紧密交流。")


def test_a_word_for_what_a_country_is_to_another_is_no_part_of_its_name() -> None:
    found = names("台湾领导人今天启程出访中美洲邦交国危地马拉，并将过境纽约。")
    assert ("危地马拉", "LOC") in found
    assert not any("邦交国" in n for n, _ in found)


def test_a_camp_after_a_country_names_the_country_and_an_opposition_party_no_one() -> None:
    found = names("美国鹰派为了抗中而全力支持台湾。如果军演扩大，民进党选情恐受影响，日本在野党也表示关切。")
    assert ("美国", "LOC") in found and ("民进党", "ORG") in found
    assert not {n for n, _ in found} & {"美国鹰派", "野党", "在野党"}


def test_a_body_after_a_place_and_a_descriptor_in_one_word_is_named_without_them() -> None:
    found = names("她30日受华府保守派智库哈德逊研究所之邀，获颁全球领导力奖。")
    assert {("华府", "LOC"), ("哈德逊研究所", "ORG")} <= found


def test_a_meeting_named_by_its_two_sides_is_no_person() -> None:
    found = names("习近平与拜登上月在旧金山会晤。分析人士认为，习拜会为两国关系带来转机。")
    assert not {n for n, _ in found} & {"习拜会", "习拜"}
    found = names("台湾领导人蔡英文预计将在洛杉矶与麦卡锡会面。北京强烈抗议，而美方一直没有证实“蔡麦会”的相关安排。")
    assert not {n for n, _ in found} & {"蔡麦会", "蔡麦"}
    assert ("王小会", "PER") in names("王小会今天出席活动。王明和小李都在。")  # the two named only after


def test_a_place_abbreviation_glued_to_a_title_is_the_place() -> None:
    found = names("港特首梁振英今天出席立法会答问大会。")
    assert ("港特首", "PER") not in found and ("梁振英", "PER") in found


def test_a_trade_named_alone_is_no_organisation() -> None:
    found = names("中方将加快放宽电信、医疗等服务业准入，中国电信也表示欢迎。")
    assert "电信" not in {n for n, _ in found}
    assert ("中国电信", "ORG") in found



def test_a_former_state_is_named_without_qian() -> None:
    found = names("上世纪80年代美国和前苏联之间的冷战持续多年。前南斯拉夫解体后，前东德的工厂纷纷关闭。")
    assert {("苏联", "LOC"), ("南斯拉夫", "LOC"), ("东德", "LOC")} <= found
    assert not {n for n, _ in found} & {"前苏联", "前南斯拉夫"}


def test_a_title_glued_by_its_last_character_to_a_name_is_cut_off() -> None:
    """The tagger's 博士|生泰勒斯 (as on a real page): the person is 泰勒斯, the title 博士生."""
    text = "专业博士生泰勒斯表示，中国航天发展很快。"
    start = text.index("生泰勒斯")
    cut = cut_glued_titles(text, [Candidate(start, start + 4, "PER", "tagger")])
    assert [text[c.start : c.end] for c in cut] == ["泰勒斯"]
    kept = cut_glued_titles(text, [Candidate(text.index("泰勒斯"), text.index("泰勒斯") + 3, "PER", "tagger")])
    assert [text[c.start : c.end] for c in kept] == ["泰勒斯"]


def test_a_paper_in_title_marks_is_an_organisation_by_its_name_s_ending() -> None:
    found = names("《巴彦淖尔日报》今天报道了这次会议。他曾在《南方都市报》上发表文章。")
    assert {("巴彦淖尔日报", "ORG"), ("南方都市报", "ORG")} <= found
