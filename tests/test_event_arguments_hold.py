"""Arguments that hold on how Chinese news is written: results told with a figure, subjects joined by 、 和 及
that act together, the place a movement word names before what is done there.

Sentences written for these tests; the names layers are built by hand (tests/by_hand.py).
"""

from __future__ import annotations

from .test_events import analysed, frames

ANCHOR = "2026-03-12"  # a Thursday


def told(body: str, names: dict) -> list[tuple]:
    doc, ids = analysed(f"# 新闻\n\n{body}\n", names, ANCHOR)
    return frames(doc, ids)


def test_results_are_told_with_a_figure_or_as_achieved_not_income_named_as_a_thing() -> None:
    names = {"星河电子": ("ORG", [])}
    assert ("earnings", "营收") in [f[:2] for f in told("星河电子去年营收82亿元。", names)]
    assert ("earnings", "净利润") in [f[:2] for f in told("星河电子去年净利润增长两成。", names)]
    assert ("earnings", "盈利") in [f[:2] for f in told("星河电子去年首次实现年度盈利。", names)]
    generic = told("分析人士认为，星河电子的广告收入低迷，盈利模式仍待探索。", names)
    assert "earnings" not in [t for t, *_ in generic]


def test_a_subject_named_with_others_brings_them_to_the_clauses_after_it() -> None:
    names = {"东湖人社厅": ("ORG", []), "西江人社厅": ("ORG", []), "林晓东": ("PER", []), "周婉清": ("PER", []),
             "南港大学": ("ORG", [])}
    checks = told("东湖人社厅、西江人社厅周一下发通知，将于下月开展专项检查。", names)
    (check,) = [f for f in checks if f[0] == "investigate"]
    assert check[2][:2] == ["东湖人社厅", "西江人社厅"]
    enrolled = told("2019年，林晓东和周婉清从高中毕业后，于9月入学南港大学。", names)
    (join,) = [f for f in enrolled if f[1] == "入学"]
    assert {"林晓东", "周婉清"} <= set(join[2])


def test_a_title_between_two_joined_names_still_joins_them_but_a_clause_break_does_not() -> None:
    names = {"高美玲": ("PER", []), "陈思远": ("PER", []), "台南市": ("LOC", [])}
    joined = told("市议员高美玲与台南市议员陈思远周二召开记者会，随后宣布提出修正案。", names)
    (announce,) = [f for f in joined if f[0] == "announce"]
    assert announce[2][:2] == ["高美玲", "陈思远"]
    apart = told("市议员高美玲周二召开记者会，陈思远未出席。高美玲随后宣布提出修正案。", names)
    (announce,) = [f for f in apart if f[0] == "announce"]
    assert "陈思远" not in announce[2]


def test_a_place_named_right_after_going_is_where_what_follows_is_done() -> None:
    names = {"林晓东": ("PER", []), "江州市第一医院": ("ORG", [])}
    checked = told("周二，林晓东的母亲带他去江州市第一医院做了检查。", names)
    (check,) = [f for f in checked if f[0] == "illness"]
    assert check[3] == "江州市第一医院"


def test_a_happening_word_before_an_allowance_or_a_workshop_only_qualifies_it() -> None:
    assert "natural_disaster" not in [f[0] for f in told("江州市下月起发放高温津贴，每人每月200元。", {})]
    assert "natural_disaster" in [f[0] for f in told("江州市周二出现高温天气，最高气温达41度。", {})]


def test_an_organisation_named_after_the_event_word_is_no_subject_for_the_clauses_and_sentences_after_it() -> None:
    names = {"林晓东": ("PER", []), "南港大学": ("ORG", []), "江州电力公司": ("ORG", []), "东湖集团": ("ORG", [])}
    body = "林晓东1998年毕业于南港大学。2010年任东湖集团董事长，2012年任江州电力公司董事长。"
    appointed = [f for f in told(body, names) if f[0] == "appoint"]
    assert [(f[2][0], f[4]) for f in appointed] == [("林晓东", "2010"), ("林晓东", "2012")]


def test_a_title_held_at_the_time_describes_the_subject_and_tells_no_appointment() -> None:
    names = {"林晓东": ("PER", []), "江州": ("LOC", []), "西岭县": ("LOC", []), "黄家明": ("PER", [])}
    body = "黄家明表示支持。2008年，时任江州市长的林晓东，因工作需要，跟随代表团到西岭县考察。"
    got = told(body, names)
    assert "appoint" not in [f[0] for f in got]
    (visit,) = [f for f in got if f[0] == "visit"]
    assert visit[2][0] == "林晓东" and visit[3] == "西岭县"


def test_who_is_asked_to_help_does_not_become_the_subject_of_what_follows() -> None:
    names = {"林晓东": ("PER", []), "周婉清": ("PER", []), "星河电子": ("ORG", [])}
    body = "林晓东去年6月毕业，请周婉清帮忙推荐，也进入了星河电子。"
    (joined,) = [f for f in told(body, names) if f[0] == "join"]
    assert joined[2][0] == "林晓东"


def test_a_body_acts_where_its_name_says_when_the_article_names_that_place() -> None:
    names = {"上海": ("LOC", []), "江州市": ("LOC", []), "江州市市场监管局": ("ORG", []), "星河食品": ("ORG", [])}
    body = ("星河食品周一在上海召开发布会。\n\n"
            "江州市市场监管局周二发出通知，开展食品安全大检查。")
    (check,) = [f for f in told(body, names) if f[0] == "investigate"]
    assert check[3] == "江州市"
    unnamed = {k: v for k, v in names.items() if k != "江州市"}
    (check,) = [f for f in told(body, unnamed) if f[0] == "investigate"]
    assert check[3] is None  # the article names no 江州市 as a place: none is made up from the body's name


def test_a_biographys_and_a_wars_wording_opens_frames() -> None:
    names = {"林晓东": ("PER", []), "南港银行": ("ORG", []), "江州": ("LOC", [])}
    career = told("林晓东1990年毕业。1993年，供职于南港银行。2001年7月，起任南港银行副行长。", names)
    assert [(f[0], f[1], f[2][0]) for f in career if f[0] in ("join", "appoint")] == [
        ("join", "供职于", "林晓东"), ("appoint", "起任", "林晓东")]
    assert ("attack", "攻下") in [f[:2] for f in told("叛军周二攻下江州。", names)]


def test_an_allowance_given_is_aid_though_a_happening_word_before_it_only_qualifies_it() -> None:
    names = {"江州市政府": ("ORG", [])}
    given = told("江州市政府周二宣布向环卫工人提供高温津贴。", names)  # 津贴: a head noun and aid given
    assert ("supply", "提供") in [f[:2] for f in given] and "natural_disaster" not in [f[0] for f in given]
    assert "supply" not in [f[0] for f in told("江州市政府周二向农户提供咨询服务。", names)]
    for body in ("江州市政府周二向环卫工人提供津贴。", "江州市政府周二向环卫工人发放补贴。"):  # what is given, no head noun
        assert "supply" in [f[0] for f in told(body, names)]
