"""Gloss forms any outlet writes, checked on sentences written for these tests: surnames that begin
with a lower-case particle, designations of letters and a number, an original followed by a
Chinese explanation inside the same parenthesis."""

from __future__ import annotations

import pytest

from newsmine.analyze.gloss_originals import original_of
from tests.helpers_names import analyse_text


def pairs(text: str) -> set[tuple[str, str]]:
    return {(g.term, g.gloss) for g in analyse_text(text).glosses}


@pytest.mark.parametrize("content", ["von der Lohe", "de Vries", "van Rijn", "al-Hakim", "bin Rashid",
                                     "d’Aubigny", "da Costa"])
def test_a_surname_beginning_with_a_particle_is_an_original(content: str) -> None:
    found = original_of(content)
    assert found is not None and found.text == content


@pytest.mark.parametrize("content", ["de facto", "de-escalation", "von", "al"])
def test_a_particle_with_nothing_capitalised_after_it_is_no_original(content: str) -> None:
    assert original_of(content) is None


@pytest.mark.parametrize("content", ["G20", "A350", "F-16", "MH17"])
def test_a_designation_of_letters_and_a_number_is_an_original(content: str) -> None:
    found = original_of(content)
    assert found is not None and found.text == content


@pytest.mark.parametrize("content", ["2019", "12.5", "3-2"])
def test_a_bare_number_is_no_original(content: str) -> None:
    assert original_of(content) is None


@pytest.mark.parametrize("content, expected", [
    ("Quad：美、日、印、澳", "Quad"),
    ("Marta Lind，瑞典环保人士、作家", "Marta Lind"),
])
def test_an_explanation_after_the_original_is_left_out(content: str, expected: str) -> None:
    found = original_of(content)
    assert found is not None and found.text == expected


@pytest.mark.parametrize("text, term, original", [
    ("欧盟委员会副主席冯德海登（von der Heyden）周四表示反对。", "冯德海登", "von der Heyden"),
    ("荷兰画家凡·里恩（van Rijn）的作品在拍卖会上售出。", "凡·里恩", "van Rijn"),
    ("二十国集团（G20）财长会议周五在里约热内卢闭幕。", "二十国集团", "G20"),
    ("「四方安全对话」（ Quad ：美、日、印、澳）外长周二会面。", "四方安全对话", "Quad"),
])
def test_general_gloss_forms(text: str, term: str, original: str) -> None:
    assert pairs(text) == {(term, original)}


@pytest.mark.parametrize("text, term", [
    ("他周六在北欧安全会议（Nordic Security Conference）上发言。", "北欧安全会议"),
    ("她在全球数据大会（Data Conference）上宣布辞职。", "全球数据大会"),
    ("去年举行的海洋科学高峰会(Ocean Science summit)邀请了三百名学者。", "海洋科学高峰会"),
    ("第九届里斯本电影节（Lisbon Film Festival）周五开幕。", "里斯本电影节"),
])
def test_a_meeting_or_festival_is_its_whole_name(text: str, term: str) -> None:
    glosses = analyse_text(text).glosses
    assert [(g.term, g.type) for g in glosses] == [(term, None)]


@pytest.mark.parametrize("text, term", [
    ("他在纽约布鲁克林区（Brooklyn）经营一家面包店。", "布鲁克林区"),
    ("抗议者聚集在伦敦卡姆登区（Camden）的市政厅外。", "卡姆登区"),
])
def test_a_district_after_its_city_is_the_district_alone(text: str, term: str) -> None:
    assert [g.term for g in analyse_text(text).glosses] == [term]


def test_a_name_whose_first_sound_reads_as_a_word_of_place_after_a_title() -> None:
    text = "以色列总理内塔尼亚胡（Benjamin Netanyahu）周日召开内阁会议。"
    assert [g.term for g in analyse_text(text).glosses] == ["内塔尼亚胡"]


@pytest.mark.parametrize("content, expected", [
    ("英文名为Lena Hart", "Lena Hart"),
    ("英文全称为Baltic Ports Authority", "Baltic Ports Authority"),
    ("英文缩写是BPA", "BPA"),
    ("音译自Tomas Varga", "Tomas Varga"),
])
def test_a_label_ending_in_is_or_from_before_the_original(content: str, expected: str) -> None:
    found = original_of(content)
    assert found is not None and found.text == expected


def test_a_name_the_tagger_glued_to_the_title_before_it_is_a_person() -> None:
    text = "前美國國務卿龐培歐（Mike Pompeo）週三抵達台北，展開三天訪問。"
    glosses = analyse_text(text).glosses
    assert [(g.term, g.type) for g in glosses] == [("龐培歐", "PER")]


def test_a_label_in_its_own_parenthesis_before_the_original() -> None:
    text = "他的律师史蒂文斯（音译）（Mark Stevens）周五向法庭提交了上诉书。"
    glosses = analyse_text(text).glosses
    assert [(g.term, g.gloss, g.transliterated) for g in glosses] == [("史蒂文斯", "Mark Stevens", True)]


def test_a_long_name_in_title_case_is_an_original() -> None:
    content = "Court of Appeal for the Eastern District of the Northern Province"
    found = original_of(content)
    assert found is not None and found.text == content
    assert original_of("I Am Sorry, I Do Not Consider Myself A Chinese At All") is None


@pytest.mark.parametrize("text, term, original", [
    ("警方在车内查获大量芬太尼（fentanyl）药片。", "芬太尼", "fentanyl"),
    ("医院给重症病人使用瑞德西韦（remdesivir）治疗。", "瑞德西韦", "remdesivir"),
])
def test_one_small_word_after_a_term_rendered_by_sound_is_its_original(text: str, term: str, original: str) -> None:
    glosses = analyse_text(text).glosses
    assert [(g.term, g.gloss, g.phonetic) for g in glosses] == [(term, original, True)]


@pytest.mark.parametrize("text", ["他担心对手会歪曲（distort）这份声明的原意。",
                                  "市政府要求（demanded）业主在月底前拆除违建。",
                                  "他把积蓄都投进了一个基金（fund）。"])
def test_one_small_word_after_a_translated_word_is_still_no_gloss(text: str) -> None:
    assert analyse_text(text).glosses == []


@pytest.mark.parametrize("text", ["今年登记在册的难民（數據來源：UNHCR）比去年多了一成。",
                                  "数百名示威者聚集在市政厅（摄影：Anna Berg）外高呼口号。"])
def test_a_credit_in_parentheses_is_no_gloss(text: str) -> None:
    assert analyse_text(text).glosses == []


def test_a_common_noun_before_a_tagged_person_stays_out() -> None:
    text = "美国亿万富翁马斯克（Elon Musk）周二在社交平台上宣布了新计划。"
    assert [g.term for g in analyse_text(text).glosses] == ["马斯克"]


def test_a_royal_title_the_original_writes_too_stays_in_the_term() -> None:
    text = "丹麦王室成员弗雷德里克王子（Prince Frederik）周六出席了港口落成仪式。"
    assert [(g.term, g.type) for g in analyse_text(text).glosses] == [("弗雷德里克王子", "PER")]


def test_a_number_written_in_words_in_the_original_keeps_the_number_in_the_term() -> None:
    text = "五国组成的五眼联盟（Five Eyes）周四发表联合声明。"
    assert [g.term for g in analyse_text(text).glosses] == ["五眼联盟"]


@pytest.mark.parametrize("content", ["“Three Seas”", '"Three Seas"', "「Three Seas」"])
def test_quotation_marks_around_the_original_are_left_out(content: str) -> None:
    found = original_of(content)
    assert found is not None and found.text == "Three Seas"


@pytest.mark.parametrize("text, term", [
    ("德国化工巨头巴斯夫（BASF）周一宣布关闭两座工厂。", "巴斯夫"),
    ("美国投行摩根士丹利（Morgan Stanley）周三下调了评级。", "摩根士丹利"),
])
def test_a_word_saying_what_kind_of_body_stays_out_of_the_term(text: str, term: str) -> None:
    assert [g.term for g in analyse_text(text).glosses] == [term]


def test_a_one_sound_first_name_before_a_hyphen_stays_in_the_name() -> None:
    text = "法国作家让‐保罗·萨特（Jean-Paul Sartre）的旧居周日重新开放。"
    assert [g.term for g in analyse_text(text).glosses] == ["让‐保罗·萨特"]


@pytest.mark.parametrize("text", ["华盛顿（Reuters）美国财政部周二宣布新一轮制裁。",
                                  "【巴黎（AFP）】法国议会周三否决了预算案。"])
def test_a_dateline_is_no_gloss(text: str) -> None:
    assert analyse_text(text).glosses == []


@pytest.mark.parametrize("text, term", [
    ("英国《园艺家》杂志（The Gardener）本月刊出专题。", "园艺家"),
    ("“海岸守望”组织（Coast Watch）周五发表报告。", "海岸守望"),
])
def test_a_name_in_marks_before_a_word_saying_what_it_is(text: str, term: str) -> None:
    assert [(g.term, g.type) for g in analyse_text(text).glosses] == [(term, "ORG")]


@pytest.mark.parametrize("text, term", [
    ("英国苏格兰地区（Scotland）周末迎来大雪。", "苏格兰地区"),
    ("以色列特拉维夫（Tel Aviv）周二晚间响起防空警报。", "特拉维夫"),
    ("北京朝阳区（Chaoyang District）新开了一家书店。", "朝阳区"),
    ("她在伦敦西区（West End）的剧院登台演出。", "伦敦西区"),
])
def test_a_place_before_a_place_the_original_does_not_name_stays_out(text: str, term: str) -> None:
    assert [g.term for g in analyse_text(text).glosses] == [term]


def test_a_surname_character_inside_a_longer_word_begins_no_name() -> None:
    text = "美国的阿波罗计划（Apollo program）把宇航员送上了月球。"
    assert [g.term for g in analyse_text(text).glosses] == ["阿波罗计划"]


@pytest.mark.parametrize("text, term", [
    ("他在上届政府中担任国防部长（Secretary of Defense）长达四年。", "国防部长"),
    ("英國外交大臣（Foreign Secretary）週四抵達東京。", "外交大臣"),
])
def test_a_title_glossed_by_its_english_is_the_title(text: str, term: str) -> None:
    assert [(g.term, g.type) for g in analyse_text(text).glosses] == [(term, None)]


def test_a_title_before_a_persons_name_in_parentheses_is_no_gloss() -> None:
    assert analyse_text("该公司首席执行官（Lena Hart）周一宣布辞职。").glosses == []


@pytest.mark.parametrize("content", ["Ann Lee，1920-2011", "Ann Lee, 1934-", "Ann Lee, 67"])
def test_years_of_life_or_an_age_after_the_original_are_left_out(content: str) -> None:
    found = original_of(content)
    assert found is not None and found.text == "Ann Lee"


def test_a_citation_year_alone_gives_no_original() -> None:
    assert original_of("Lee, 2019") is None


@pytest.mark.parametrize("content", ["محمد العلي", "רון כהן", "สมชาย ใจดี"])
def test_a_name_in_arabic_hebrew_or_thai_script_is_an_original(content: str) -> None:
    found = original_of(content)
    assert found is not None and found.text == content


def test_digits_of_another_script_are_no_original() -> None:
    assert original_of("١٢٣") is None


@pytest.mark.parametrize("text, term", [
    ("根据约翰·霍普金斯大学（Johns Hopkins University）的统计，病例数周五再创新高。", "约翰·霍普金斯大学"),
    ("詹姆斯·韦伯太空望远镜（James Webb Space Telescope）本周拍到了新的星系。", "詹姆斯·韦伯太空望远镜"),
])
def test_a_body_or_thing_named_after_a_person_keeps_the_whole_name(text: str, term: str) -> None:
    assert [g.term for g in analyse_text(text).glosses] == [term]


def test_the_word_for_a_meeting_alone_is_no_event_name() -> None:
    assert analyse_text("他周一参加了一次会议（Meeting）。").glosses == []


@pytest.mark.parametrize("text, term, original", [
    ("市政府宣布放弃“分区封控”（zonal lock-DOWN）政策。", "分区封控", "zonal lock-DOWN"),
    ("他提出了“窄门宽路”（narrow gate, wide road）的改革思路。", "窄门宽路", "narrow gate, wide road"),
])
def test_a_quoted_terms_english_in_small_letters_with_capitals_or_a_comma(text: str, term: str, original: str) -> None:
    assert [(g.term, g.gloss) for g in analyse_text(text).glosses] == [(term, original)]


def test_a_quoted_clause_and_its_english_stay_no_gloss() -> None:
    assert analyse_text("她说丈夫“打伤了她”（hurt her badly）之后离家出走。").glosses == []


@pytest.mark.parametrize("text, term", [
    ("冷战（Cold War）结束后，两国关系一度缓和。", "冷战"),
    ("古巴导弹危机（Cuban Missile Crisis）让世界一度濒临核战争。", "古巴导弹危机"),
])
def test_an_event_or_law_named_by_its_english_is_a_term(text: str, term: str) -> None:
    assert [(g.term, g.type) for g in analyse_text(text).glosses] == [(term, None)]


def test_an_ordinary_noun_before_a_persons_name_stays_no_gloss() -> None:
    assert analyse_text("他的妻子（Mary Lind）周五也出席了庭审。").glosses == []
