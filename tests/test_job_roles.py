"""Occupations and posts a clause's verb gives (job_clauses.py) and the occupations of titles.tsv."""

from __future__ import annotations

from newsmine.model import Doc
from tests.helpers_names import analyse_text, entity_named


def roles(doc: Doc, name: str) -> list[str]:
    return [r.text for r in entity_named(doc, name).roles]


def affiliations(doc: Doc, name: str) -> list[str]:
    by_id = {e.id: e.name for e in doc.entities}
    return [by_id[a] for a in entity_named(doc, name).affiliations]


def test_jobs_listed_after_a_pronoun_in_clauses_without_a_subject() -> None:
    doc = analyse_text("2015年，郑海涛随叔叔来到大阪打工。十多年来，他在松下电器做过装配工，"
                       "在一家铸件厂做过铸造工，现在在一家拉面店当厨师。")
    assert roles(doc, "郑海涛") == ["装配工", "铸造工", "厨师"]


def test_post_taken_after_a_pronoun_gives_the_team() -> None:
    doc = analyse_text("曾志伟是中学足球队的教练。他曾担任东方足球队教练，后来转行做足球评述员。")
    assert "评述员" in roles(doc, "曾志伟")
    assert affiliations(doc, "曾志伟") == ["东方足球队"]


def test_clause_opening_with_zuowei_describes_the_name_after_it() -> None:
    doc = analyse_text("作为一名资深货代，林晓萍每天都要盯着航运网站上的船期。")
    assert roles(doc, "林晓萍") == ["货代"]


def test_de_phrase_before_a_pronoun_and_before_a_name() -> None:
    doc = analyse_text("黄俊杰是一名球员。身为港队队长的他，在比赛中被红牌罚下。")
    assert roles(doc, "黄俊杰") == ["球员", "队长"]
    doc = analyse_text("在工厂当铸造工的王德明说，车间夏天的温度超过四十度。")
    assert roles(doc, "王德明") == ["铸造工"]


def test_work_of_a_trade_and_years_after_it() -> None:
    doc = analyse_text("李文博从事会计工作多年，去年辞职后开了一家面馆。")
    assert roles(doc, "李文博") == ["会计"]


def test_other_words_of_the_same_verbs_give_no_post() -> None:
    doc = analyse_text("王建平当时正在开会，他做了一个决定：把工厂搬到越南。")
    assert roles(doc, "王建平") == []


def test_occupations_and_positions_before_a_name_in_both_scripts() -> None:
    doc = analyse_text("港隊門神葉志明賽後表示，球隊防守仍有漏洞。電視屏幕安裝工劉俊傑則說，他每晚都看球。")
    assert roles(doc, "葉志明") == ["門神"]
    assert roles(doc, "劉俊傑") == ["安裝工"]


def test_trade_a_person_came_from_and_a_past_copula() -> None:
    doc = analyse_text("律师出身的郭振华说，这份合同从一开始就有漏洞。")
    assert roles(doc, "郭振华") == ["律师"]
    doc = analyse_text("蔡明辉曾是一名记者，后来去了大学任教。")
    assert roles(doc, "蔡明辉") == ["记者"]


def test_post_word_after_the_post_in_a_de_phrase() -> None:
    doc = analyse_text("曾担任总经理一职的郭振华说，公司的账目一直很混乱。")
    assert roles(doc, "郭振华") == ["总经理"]


def test_titles_listed_after_the_first_in_an_apposition_and_a_de_phrase() -> None:
    doc = analyse_text("黄家明，香港大学教授、香港经济学会会长，周二发表了一份报告。")
    assert roles(doc, "黄家明") == ["教授", "会长"]
    doc = analyse_text("现职中学足球校队导师、电台足球评述员的黄家明说，昨晚的比赛很精彩。")
    assert roles(doc, "黄家明") == ["导师", "评述员"]
