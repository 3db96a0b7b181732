"""Candidate-mention repairs around places: a foreign country written before an institution
(美国|匹兹堡大学), a conjunction the tagger glued to a body, a preposition glued to a site, and a
place's one-character abbreviation with a noun (韩媒, 日企) that names no one."""

from __future__ import annotations

from newsmine.analyze.name_edges import known_heads, party_places, trailing_conjunctions
from newsmine.analyze.repairs import country_kinds, described_organisations
from newsmine.analyze.mentions import Candidate
from newsmine.model import Doc
from tests.helpers_names import analyse_text


def _mentions(doc: Doc) -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in doc.mentions}


def _texts(doc: Doc) -> set[str]:
    return {m.text for m in doc.mentions}


def test_foreign_country_before_an_unknown_university_is_its_own_place() -> None:
    doc = analyse_text("美国匹兹堡大学经济学教授罗文昨天在研讨会上发言。")
    mentions = _mentions(doc)
    assert ("美国", "LOC") in mentions and ("匹兹堡大学", "ORG") in mentions
    assert "美国匹兹堡大学" not in _texts(doc)


def test_home_institutions_and_national_universities_keep_their_place() -> None:
    doc = analyse_text("香港中文大学与新加坡国立大学签署了合作备忘录，双方将交换研究生。")
    texts = _texts(doc)
    assert "香港中文大学" in texts and "新加坡国立大学" in texts


def test_conjunction_glued_to_a_body_is_cut() -> None:
    folded = "英国皇家学会和法国科学院联合发表声明"
    glued = Candidate(0, 7, "ORG", "tagger")
    assert [(c.start, c.end) for c in trailing_conjunctions(folded, [glued])] == [(0, 6)]
    person = Candidate(0, 3, "PER", "tagger")  # a person's name may end in 和 (李健和)
    assert trailing_conjunctions("李健和说", [person]) == [person]


def test_abbreviation_with_a_noun_names_no_one_and_forces_are_a_body() -> None:
    doc = analyse_text("据韩媒报道，韩军周一在西部海域举行实弹演习，日企和韩企的股价随之下跌。")
    texts = _texts(doc)
    assert not {"韩媒", "日企", "韩企"} & texts
    assert ("韩军", "ORG") in _mentions(doc)


def test_preposition_glued_to_a_site_is_cut() -> None:
    folded = "代表团周二于丝绸之路博物馆参观了一场特展。"
    glued = Candidate(5, 13, "LOC", "tagger")  # 于丝绸之路博物馆, as the tagger sometimes writes it
    assert [(folded[c.start : c.end], c.type) for c in described_organisations(folded, [glued])] == \
        [("丝绸之路博物馆", "LOC")]
    place = Candidate(5, 8, "LOC", "tagger")  # 于丝绸: no site's ending, no cut
    assert described_organisations(folded, [place]) == [place]


def test_known_name_glued_to_the_next_word_is_cut_back() -> None:
    folded = "评论批评联合国任由冲突扩大，北京大部分学校停课，纽约客杂志也有报道。"
    glued = [Candidate(4, 8, "ORG", "tagger"), Candidate(14, 17, "LOC", "tagger")]  # 联合国任, 北京大
    assert [folded[c.start : c.end] for c in known_heads(folded, glued)] == ["联合国", "北京"]
    team = "中国队昨晚以二比一获胜。"
    whole = Candidate(0, 3, "ORG", "tagger")  # 队 ends a name: 中国队 stays whole
    assert known_heads(team, [whole]) == [whole]


def test_place_with_its_sports_body_is_one_organisation() -> None:
    doc = analyse_text("香港足总周五宣布新任主教练，英格兰足总和日本奥委会都发来贺电。")
    mentions = _mentions(doc)
    assert {("香港足总", "ORG"), ("英格兰足总", "ORG"), ("日本奥委会", "ORG")} <= mentions


def test_bare_word_for_a_council_or_a_counted_kind_of_body_names_no_one() -> None:
    doc = analyse_text("理事会周三召开紧急会议，多家科网公司和城商行随后发表声明。")
    texts = _texts(doc)
    assert not {"理事会", "多家科网公司", "城商行"} & texts


def test_place_and_party_in_one_word_are_two_mentions() -> None:
    folded = "俄亥俄州共和党参议员与民主党加利福尼亚州众议员会面"
    glued = [Candidate(0, 7, "ORG", "tagger"), Candidate(11, 20, "ORG", "tagger")]
    split = [(folded[c.start : c.end], c.type) for c in party_places(folded, glued)]
    assert split == [("俄亥俄州", "LOC"), ("共和党", "ORG"), ("民主党", "ORG"), ("加利福尼亚州", "LOC")]
    whole = Candidate(0, 5, "ORG", "tagger")
    assert party_places("中国共产党党员", [whole]) == [whole]


def test_known_place_with_the_part_meant_is_the_place() -> None:
    folded = "暴雨袭击了四川东部，货轮改道绕行非洲南端。"
    parts = [Candidate(5, 9, "LOC", "tagger"), Candidate(16, 20, "LOC", "tagger")]  # 四川东部, 非洲南端
    assert [folded[c.start : c.end] for c in known_heads(folded, parts)] == ["四川", "非洲"]


def test_age_group_team_is_one_organisation() -> None:
    doc = analyse_text("中国U21足球队周六以二比一击败韩国U23国家队，曼联U23的两名球员也在看台观战。")
    mentions = _mentions(doc)
    assert {("中国U21足球队", "ORG"), ("韩国U23国家队", "ORG"), ("曼联U23", "ORG")} <= mentions
    assert "U21足球队" not in _texts(doc)


def test_kind_of_facility_after_kind_words_names_no_place() -> None:
    doc = analyse_text("海边的度假酒店和独栋别墅纷纷涨价，中小学图书馆却缺少经费。上海图书馆周一恢复开放。")
    texts = _texts(doc)
    assert not {"度假酒店", "独栋别墅", "中小学图书馆"} & texts
    assert "上海图书馆" in texts


def test_country_with_a_field_names_the_country() -> None:
    folded = "土耳其电商平台和英国政治圈都在讨论"
    fields = [Candidate(0, 5, "ORG", "tagger"), Candidate(8, 12, "ORG", "tagger")]  # 土耳其电商, 英国政治
    assert [(folded[c.start : c.end], c.type) for c in country_kinds(folded, fields)] == \
        [("土耳其", "LOC"), ("英国", "LOC")]


def test_a_body_whose_place_the_tagger_cut_before_its_last_character_is_one_name() -> None:
    """北部|都會|區諮詢委員會: the known place 北部都會區 and the committee are one organisation."""
    doc = analyse_text("當局早前開設多個委員會如北部都會區諮詢委員會、北部都會區督導委員會等。")
    assert {"北部都會區諮詢委員會", "北部都會區督導委員會"} <= _texts(doc)
    assert not {"北部", "區諮詢委員會"} & _texts(doc)
