"""Places and organisations beyond the tagger: sites people visit, addresses, companies by short name."""

from __future__ import annotations

from newsmine.model import Doc
from tests.helpers_names import analyse_text


def _mentions(doc: Doc) -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in doc.mentions}


def test_museum_and_park_are_places() -> None:
    doc = analyse_text("周末，市民排队进入新落成的滨江博物馆参观，不少游客来到附近的湖滨公园。")
    found = _mentions(doc)
    assert ("滨江博物馆", "LOC") in found
    assert ("湖滨公园", "LOC") in found


def test_full_address_is_one_place() -> None:
    doc = analyse_text("报名地点设在上海市徐汇区漕溪北路88号，咨询电话另行公布。")
    found = _mentions(doc)
    assert ("上海市徐汇区漕溪北路88号", "LOC") in found
    assert ("上海市", "LOC") not in found


def test_run_of_regions_stays_separate() -> None:
    doc = analyse_text("记者日前在河南省洛阳市走访了多家养老机构。")
    found = _mentions(doc)
    assert ("河南省", "LOC") in found and ("洛阳市", "LOC") in found


def test_bank_and_company_by_short_name() -> None:
    doc = analyse_text("工行当天公布了季度利润，而英伟达宣布新芯片将推迟发售。")
    found = _mentions(doc)
    assert ("工行", "ORG") in found
    assert ("英伟达", "ORG") in found


def test_ministry_with_a_conjunction_in_its_name() -> None:
    doc = analyse_text("住房和城乡建设部当天发布通知，要求各地加快保障房建设。")
    assert ("住房和城乡建设部", "ORG") in _mentions(doc)


def test_country_and_its_navy_are_one_organisation() -> None:
    doc = analyse_text("据报道，印度海军将在下月举行大规模演习。")
    assert ("印度海军", "ORG") in _mentions(doc)


def test_troops_stationed_somewhere_do_not_take_the_place() -> None:
    doc = analyse_text("驻香港部队当天举行了军营开放日活动。")
    found = _mentions(doc)
    assert ("香港", "LOC") in found
    assert ("香港部队", "ORG") not in found


def test_bank_branch_is_one_organisation() -> None:
    doc = analyse_text("建设银行总行正在研究新的房贷细则，暂未下发各地。")
    assert ("建设银行总行", "ORG") in _mentions(doc)


def test_site_named_after_a_person_is_one_place() -> None:
    found = _mentions(analyse_text("皇马主场伯纳乌球场将进行翻修。"))
    assert ("伯纳乌球场", "LOC") in found
    found = _mentions(analyse_text("游客在安徒生博物馆门前排起长队。"))
    assert ("安徒生博物馆", "LOC") in found


def test_organisation_left_in_pieces_by_the_tagger() -> None:
    found = _mentions(analyse_text("昨天，中国汽车及零部件研究会发布了年度报告。"))
    assert ("中国汽车及零部件研究会", "ORG") in found
    assert ("中国", "LOC") not in found
    found = _mentions(analyse_text("加拿大野生动物保护组织呼吁游客不要投喂熊。"))
    assert ("加拿大野生动物保护组织", "ORG") in found


def test_a_verb_between_place_and_tail_joins_nothing() -> None:
    found = _mentions(analyse_text("日本政府昨天宣布退出该组织。"))
    assert not any(kind == "ORG" and text.endswith("组织") for text, kind in found)


def test_news_organisations_parties_universities_and_platforms_are_known() -> None:
    doc = analyse_text("据美国之音报道，民进党立委周二在脸书和领英上发文，批评斯坦福大学的一份研究报告。")
    found = _mentions(doc)
    assert {("美国之音", "ORG"), ("民进党", "ORG"), ("领英", "ORG"), ("斯坦福大学", "ORG")} <= found


def test_a_head_of_government_is_a_person_in_either_rendering() -> None:
    doc = analyse_text("德国总理朔尔茨周三在白宫与川普会面，讨论乌克兰局势。")
    found = _mentions(doc)
    assert ("朔尔茨", "PER") in found and ("川普", "PER") in found


def test_people_named_by_surname_only_are_people() -> None:
    doc = analyse_text("警方拘捕一名陳姓男子，其林姓妻子和王先生目睹事发经过。")
    found = _mentions(doc)
    assert {("陳姓男子", "PER"), ("林姓妻子", "PER"), ("王先生", "PER")} <= found


def test_the_middle_east_and_north_africa_is_one_region() -> None:
    assert ("中东和北非", "LOC") in _mentions(analyse_text("中东和北非的局势紧张。"))


def test_latin_names_are_whole_and_english_words_are_no_one() -> None:
    found = _mentions(analyse_text("她对路透社记者Anna Berg说，计划不变。The Notice was posted."))
    assert ("Anna Berg", "PER") in found
    assert not {m for m in found if m[0] in ("The", "Notice", "Berg")}


def test_a_name_glued_to_the_next_character_is_cut_back() -> None:
    doc = analyse_text("桂敏海（Gui Minhai）周一获释。外界关注桂敏海因何被捕。")
    assert {m.text for m in doc.mentions if m.type == "PER"} == {"桂敏海"}


def test_written_cantonese_is_no_one() -> None:
    doc = analyse_text("佢哋嘅朋友話，陳大文會出席。")
    assert not [m for m in doc.mentions if any(ch in m.text for ch in "佢哋嘅")]


def test_a_parliament_named_by_the_bare_word_is_an_organisation_in_either_script() -> None:
    doc = analyse_text("該法案上月在國會獲得通過，多名國會議員表示反對。")
    assert [(m.text, m.type) for m in doc.mentions] == [("國會", "ORG"), ("國會", "ORG")]
    assert len({m.entity for m in doc.mentions}) == 1


def test_a_citys_police_is_one_body_and_a_countrys_police_leaves_the_country_a_place() -> None:
    doc = analyse_text("芝加哥警方周五逮捕了一名嫌疑人，美国警方随后发出通缉。")
    found = _mentions(doc)
    assert ("芝加哥警方", "ORG") in found and ("美国", "LOC") in found


def test_a_small_taiwanese_party_is_found_by_its_short_name() -> None:
    doc = analyse_text("基進黨立委周二在立法院提出修正案。")
    assert ("基進黨", "ORG") in _mentions(doc)


def test_a_stations_channel_is_one_outlet() -> None:
    doc = analyse_text("这段视频经江东电视台民生频道播出后引发热议。")
    assert ("江东电视台民生频道", "ORG") in _mentions(doc)


def test_a_hospital_written_after_its_university_and_fushu_is_a_body_of_its_own() -> None:
    found = _mentions(analyse_text("论文作者为江城医科大学附属仁和医院的李明和江城医科大学第二附属医院的王芳。"))
    assert {("江城医科大学", "ORG"), ("仁和医院", "ORG"), ("江城医科大学第二附属医院", "ORG")} <= found


def test_think_tanks_are_found_whole_in_either_script() -> None:
    found = _mentions(analyse_text("美國傳統基金會研究員表示，查塔姆研究所與戰略與國際研究中心也發表了報告。"))
    assert {("美國傳統基金會", "ORG"), ("查塔姆研究所", "ORG"), ("戰略與國際研究中心", "ORG")} <= found
