"""Short forms that name an entity already named, and words that only look like its short form:
a body's Latin acronym written alone in Chinese prose, a one-character abbreviation of the place the
article names, a name's field or kind of trade left over when its generic word is cut."""

from __future__ import annotations

import newsmine
from newsmine.analyze.name_forms import other_forms


def entities(text: str) -> dict[str, list[str]]:
    doc = newsmine.analyze("标题\n\n" + text, date="2025-06-18")
    return {e.name: e.aliases for e in doc.entities}


def test_an_international_bodys_acronym_written_alone_is_that_body() -> None:
    found = entities("世界贸易组织总干事今天在日内瓦表示，成员应维护多边贸易体制。她说，WTO的争端解决机制必须恢复运作。")
    assert found["世界贸易组织"] == ["WTO"]
    assert "WTO" not in found


def test_an_acronym_no_list_knows_stays_unlinked() -> None:
    found = entities("国际密码协会今天发表声明。声明说，XYZ的研究人员将参加会议。")
    assert found.get("国际密码协会") == []


def test_a_one_character_abbreviation_names_the_place_the_article_names() -> None:
    found = entities("澳門特區政府今日宣布，港澳兩地將加強旅遊合作，澳門旅遊局局長出席。")
    assert "澳" in next(aliases for name, aliases in found.items() if name.startswith("澳門特區"))
    found = entities("澳大利亚总理今天访问北京。中澳关系近年有所改善。")
    assert found["澳大利亚"] == ["澳"]


def test_a_field_left_when_the_generic_word_is_cut_is_no_short_form() -> None:
    forms = [form for form, _ in other_forms("金融时报", "ORG", None)]
    assert "金融" not in forms
    assert "经济" not in [form for form, _ in other_forms("经济学院", "ORG", None)]
    assert "耶鲁" in [form for form, _ in other_forms("耶鲁大学", "ORG", None)]


def test_written_cantonese_names_no_one() -> None:
    """嗰啲 ("those") read as a body and 鍾意 ("to like") read as a person name no one."""
    assert "嗰啲" not in entities("他說：「你問吓其他國家有邊個聯賽，嗰啲球隊話唔嚟就唔嚟？」")
    found = entities("「我好鍾意呢份工，」陳太說。")
    assert "鍾意" not in found
    assert "陳太" in found


def test_two_parties_named_by_short_forms_before_liangdang_are_those_parties() -> None:
    found = entities("众议院周二表决预算案，共和党以微弱多数通过，民主党领袖批评法案。民主、共和两党议员此前谈判数周。")
    assert found["共和党"] == ["共和"] and found["民主党"] == ["民主"]
    found = entities("聽證會上，共和民主兩黨參議員輪流質詢。共和黨參議員先發言，民主黨參議員隨後追問。")
    assert found["共和黨"] == ["共和"] and found["民主黨"] == ["民主"]
    found = entities("國民黨與民進黨今日在立法院交鋒，國、民兩黨立委互不相讓。")
    assert found["國民黨"] == ["國"] and found["民進黨"] == ["民"]


def test_a_short_form_no_party_of_the_article_begins_with_is_left() -> None:
    found = entities("工党今天公布竞选纲领。朝野两党将在下月辩论。")
    assert found.get("工党") == []


def test_a_monarch_named_again_without_the_regnal_number_is_the_same_person() -> None:
    found = entities("英王查理斯三世今天抵达柏林，开始国事访问。查理斯在国宴上致辞。")
    assert found["查理斯三世"] == ["查理斯"]


def test_stationed_in_an_abbreviated_place_names_that_place() -> None:
    """駐港 (stationed in Hong Kong): no place named 駐港, but 港 for 香港."""
    found = entities("中聯辦主任表示，中央駐港機構會做好溝通角色。香港各界表示歡迎。")
    assert "駐港" not in found
    assert found["香港"] == ["港"]


def test_a_person_named_by_surname_and_sex_is_named_again_by_surname() -> None:
    found = entities("一名姓陳男子昨日在旺角被捕。警方表示，陳男涉嫌盜竊。陳先生的家人表示會聘請律師。")
    assert found["姓陳男子"] == ["陳男", "陳先生"]
    assert entities("被告人陈某某于2020年开设公司。法院认为，陈某的行为构成诈骗罪。")["陈某某"] == ["陈某"]


def test_an_abbreviation_of_another_known_body_is_no_short_form() -> None:
    """中科院 is the Chinese Academy of Sciences', not an abbreviation of 中国社会科学院 (社科院 is)."""
    found = entities("中国社会科学院今天发布报告。中科院的专家也参加了会议。社科院研究员表示，经济将稳定增长。")
    assert found["中国社会科学院"] == ["社科院"]
    assert "中科院" in found
