"""Lists that say what kind of organisation their members are: every member is an organisation, also
one the tagger reads as a common word when a count says each member is one; lists of places, of
trades and of fields stay as they were."""

from __future__ import annotations

from newsmine.analyze import candidates
from newsmine.analyze.pipeline import analyze  # noqa: F401  (registers every step)
from tests.helpers_names import analyse_text


def _mentions(text: str) -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in analyse_text(text).mentions}


ARTICLE = ("共享单车市场竞争激烈。据第三方机构统计，去年行车、骑呗、悠享、速达4家头部企业占据了八成份额。"
           "其中，骑呗今年3月宣布完成新一轮融资，悠享则在多个城市暂停了投放。")


def test_each_member_of_a_counted_list_of_companies_is_an_organisation() -> None:
    found = _mentions(ARTICLE)
    assert {("行车", "ORG"), ("骑呗", "ORG"), ("悠享", "ORG"), ("速达", "ORG")} <= found


def test_a_member_found_in_the_list_is_found_again_later() -> None:
    doc = analyse_text(ARTICLE)
    later = [m for m in doc.mentions if m.text == "悠享"]
    assert len(later) == 2 and len({m.entity for m in later}) == 1


def test_switched_off_the_members_are_not_all_organisations() -> None:
    with candidates.disabled("kind_lists"):
        found = _mentions(ARTICLE)
    assert not {("行车", "ORG"), ("速达", "ORG")} <= found


def test_a_list_ending_in_etc_and_a_kind_word_names_companies_the_tagger_cut() -> None:
    found = _mentions("受局势影响，全球航运巨头如马士基、地中海航运等公司纷纷暂停红海航线。")
    assert ("地中海航运", "ORG") in found and ("马士基", "ORG") in found


def test_a_list_after_a_kind_word_and_for_example_ends_before_the_verb() -> None:
    found = _mentions("记者走访发现，北京的主要超市譬如超市发、沃尔玛、物美、家乐福和永旺都已经下架了相关产品。")
    assert {("超市发", "ORG"), ("物美", "ORG"), ("永旺", "ORG")} <= found
    assert not any(text.startswith("永旺都") for text, _ in found)


def test_a_list_of_cities_before_a_kind_word_stays_places() -> None:
    found = _mentions("北京、上海、广州等一线城市的房企近期纷纷降价。")
    assert {("北京", "LOC"), ("上海", "LOC"), ("广州", "LOC")} <= found


def test_trades_and_places_before_etc_are_not_organisations() -> None:
    found = _mentions("银行、保险、证券等金融机构都要参与，长三角、珠三角等地企业也已响应。")
    assert not any(text in ("银行", "保险", "证券") for text, _ in found)


def test_a_single_common_word_before_etc_is_not_made_a_company() -> None:
    found = _mentions("去年，苹果等水果的价格明显上涨，香蕉等公司也受影响。")
    assert ("香蕉", "ORG") not in found


def test_members_with_a_code_or_a_note_in_brackets_are_organisations_without_it() -> None:
    found = _mentions("据外媒报道，总部位于美国的Oak Hollow Furniture（对标国内某家居品牌）等一些公司表示将转移产能。"
                      "鹿鸣堂（06188）、蓝海互动（02020）等游戏公司股价下跌。")
    assert {("Oak Hollow Furniture", "ORG"), ("鹿鸣堂", "ORG"), ("蓝海互动", "ORG")} <= found
    assert not any("（" in text or "(" in text for text, _ in found)
