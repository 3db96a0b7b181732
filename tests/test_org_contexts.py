"""Companies and platforms named where only an organisation stands (before CEO, 旗下, 股价, 官方微博,
after 母公司, between 据 and 统计): organisations also when the tagger reads them as common words in
pieces; a common word, a body left unnamed or a title in that place is no name, and a person stays a
person."""

from __future__ import annotations

from newsmine.analyze import candidates
from newsmine.analyze.pipeline import analyze  # noqa: F401  (registers every step)
from tests.helpers_names import analyse_text, entity_named


def _mentions(text: str) -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in analyse_text(text).mentions}


def test_a_name_before_a_founders_title_is_a_company_and_its_founder_a_person() -> None:
    found = _mentions("周四，蔚来CEO李斌在发布会上宣布了新车型的价格。")
    assert ("蔚来", "ORG") in found and ("李斌", "PER") in found


def test_names_before_a_brands_own_words_are_companies() -> None:
    found = _mentions("酷跑旗下的外卖平台周二宣布涨价。去年，小鹿茶官方微博发文称门店将翻一番。受此影响，快递鸟股价大跌。")
    assert {("酷跑", "ORG"), ("小鹿茶", "ORG"), ("快递鸟", "ORG")} <= found


def test_a_parent_company_named_after_its_word_is_an_organisation() -> None:
    found = _mentions("这款应用的母公司跳跳糖周一发表声明，否认了相关报道。")
    assert ("跳跳糖", "ORG") in found


def test_a_source_between_ju_and_its_count_is_an_organisation() -> None:
    found = _mentions("据天眼查统计，去年新增相关企业超过百万家。")
    assert ("天眼查", "ORG") in found


def test_switched_off_the_company_is_not_found() -> None:
    with candidates.disabled("org_contexts"):
        assert ("岚图", "ORG") not in _mentions("周四，岚图CEO李斌在发布会上宣布了新车型的价格。")


def test_the_company_found_once_is_one_entity_with_its_later_mentions() -> None:
    doc = analyse_text("天眼查CEO柳青表示，平台用户已过亿。去年天眼查完成了新一轮融资。")
    company = entity_named(doc, "天眼查")
    assert company.type == "ORG"
    assert len([m for m in doc.mentions if m.entity == company.id]) == 2


def test_common_words_an_unnamed_body_and_a_longer_title_before_the_cue_are_no_names() -> None:
    found = _mentions("官方数据显示，公司股价下跌。某股份行信用卡CEO表示不予置评。朱克伯格兼行政总裁出席了会议。据不完全统计，损失过亿。")
    assert not any(kind == "ORG" for _, kind in found)
    assert ("朱克伯格", "PER") in found


def test_a_person_before_qixia_stays_a_person_and_a_verb_is_not_glued_to_the_company() -> None:
    found = _mentions("马云旗下的公司再次引发关注。市场消息再推升阿里股价。")
    assert ("马云", "PER") in found and ("阿里", "ORG") in found
    assert not any(text.startswith("推升") for text, _ in found)


def test_quoted_names_after_a_founding_verb_or_a_shops_word_are_organisations() -> None:
    found = _mentions("他回国后先后创办了“中国商页”和“云集网”。深圳的日料连锁店“松风亭”也称暂停营业。")
    assert {("中国商页", "ORG"), ("云集网", "ORG"), ("松风亭", "ORG")} <= found


def test_quoted_words_that_a_longer_name_goes_on_from_are_not_the_name() -> None:
    found = _mentions("学校去年创办了“丝路”研究中心和“晨光”项目。")
    assert ("丝路", "ORG") not in found and ("晨光", "ORG") not in found
