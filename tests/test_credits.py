"""Credit lines: the article's own outlet and the staff it names."""

from __future__ import annotations

from newsmine.analyze.pipeline import analyze
from newsmine.model import Article, Block, Doc
from tests.helpers_names import entity_named


def article(*paragraphs: str) -> Doc:
    return analyze(Article(title="台风过境 多区停电", blocks=[Block(type="paragraph", text=p) for p in paragraphs]))


def affiliations(doc: Doc, name: str) -> list[str]:
    by_id = {e.id: e.name for e in doc.entities}
    return [by_id[a] for a in entity_named(doc, name).affiliations]


def test_staff_in_credit_lines_work_for_the_outlet_named_in_the_dateline() -> None:
    doc = article("（联合早报记者郑家宏台北报道）台风海燕周二登陆，全岛超过十万户停电。",
                  "台电表示，抢修人员已经出动。",
                  "（编辑：邱美华）")
    assert affiliations(doc, "郑家宏") == ["联合早报"]
    assert affiliations(doc, "邱美华") == ["联合早报"]


def test_names_before_a_combined_report_mark_work_for_the_outlet_in_parentheses() -> None:
    doc = article("(美国之音)据当地媒体报道，台风造成三人受伤。",
                  "气象局说，风势将在周三减弱。",
                  "何俊杰/罗雅婷（综合报导）")
    assert affiliations(doc, "何俊杰") == ["美国之音"]
    assert affiliations(doc, "罗雅婷") == ["美国之音"]


def test_a_credit_that_names_its_organisation_gives_that_one() -> None:
    doc = article("台风造成三人受伤。", "法新社记者马丁东京报道 责编：韩立新")
    assert affiliations(doc, "韩立新") == ["法新社"]


def test_prose_naming_a_reporter_is_not_a_credit() -> None:
    doc = article("（联合早报记者郑家宏台北报道）台风海燕周二登陆。", "独立记者孙文涛也收到类似通知。")
    assert affiliations(doc, "孙文涛") == []


def test_the_outlet_naming_itself_is_a_mention_of_the_outlet() -> None:
    doc = article("（美国之音记者白安澜华盛顿报道）国会周二通过法案。",
                  "参议员卡特告诉本台，投票结果在意料之中。")
    outlet = entity_named(doc, "美国之音")
    assert "本台" in outlet.aliases


def test_no_outlet_no_self_reference() -> None:
    doc = article("国会周二通过法案。参议员卡特告诉本台，投票结果在意料之中。")
    assert all("本台" not in e.aliases and e.name != "本台" for e in doc.entities)


def test_a_title_before_names_listed_in_a_credit_is_each_ones_role() -> None:
    doc = article("记者 | 郑家宏 罗雅婷", "台风周二登陆，全岛超过十万户停电。", "编辑｜邱美华、韩立新",
                  "（实习生王晓彤对此文亦有贡献）")
    for name, role in (("郑家宏", "记者"), ("罗雅婷", "记者"), ("邱美华", "编辑"), ("韩立新", "编辑"),
                       ("王晓彤", "实习生")):
        assert [r.text for r in entity_named(doc, name).roles] == [role]


def test_without_a_credited_outlet_staff_work_for_the_outlet_sources_speak_to() -> None:
    doc = article("记者 | 郑家宏", "台电发言人林美玲对联合早报表示，抢修人员已经出动。",
                  "一名居民向联合早报证实，家中停电超过十小时。")
    assert affiliations(doc, "郑家宏") == ["联合早报"]
    assert affiliations(doc, "林美玲") == ["台电"]


def test_an_outlet_spoken_to_once_is_not_taken_for_the_own_outlet() -> None:
    doc = article("记者 | 郑家宏", "台电发言人林美玲对联合早报表示，抢修人员已经出动。")
    assert affiliations(doc, "郑家宏") == []


def test_a_line_of_names_parted_by_slashes_is_a_credit() -> None:
    doc = article("(德国之声中文网)台风周二登陆，全岛超过十万户停电。", "何俊杰/罗雅婷/(法新社、路透社等)")
    assert affiliations(doc, "何俊杰") == ["德国之声中文网"]
    assert affiliations(doc, "罗雅婷") == ["德国之声中文网"]


def test_names_joined_in_prose_are_no_credit() -> None:
    doc = article("(德国之声中文网)台风周二登陆。", "何俊杰与罗雅婷/陈美")
    assert affiliations(doc, "何俊杰") == []


def test_a_short_name_the_tagger_missed_keeps_a_line_of_names_a_credit() -> None:
    doc = article("(德国之声中文网)台风周二登陆，全岛超过十万户停电。", "何俊杰/文山/罗雅婷/(法新社、路透社等)")
    assert affiliations(doc, "何俊杰") == ["德国之声中文网"]
    assert affiliations(doc, "罗雅婷") == ["德国之声中文网"]


def test_a_slash_line_with_a_long_phrase_is_no_credit() -> None:
    doc = article("(德国之声中文网)台风周二登陆。", "何俊杰/罗雅婷/停电区域名单")
    assert affiliations(doc, "何俊杰") == []


def test_a_credit_word_before_a_bar_labels_the_name_after_it() -> None:
    doc = article("实习记者｜林小雨", "台风周二登陆，全岛超过十万户停电。")
    assert [r.text for r in entity_named(doc, "林小雨").roles] == ["实习记者"]
