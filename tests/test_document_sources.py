"""A document standing for its issuer: a bare `《通知》` or `通报` speaks for the body named with the
full title it refers back to, and stays unnamed when no issuer was named; a statute cited never
speaks for its issuer.

Every sentence here is written for newsmine (invented bodies and events).
"""

from __future__ import annotations

from newsmine.analyze.pipeline import analyze
from newsmine.model import Doc
from newsmine.read import read_markdown


def run(*paragraphs: str) -> Doc:
    body = "\n\n".join(paragraphs)
    return analyze(read_markdown(f"# 测试标题\n\n{body}\n"))


def speakers(doc: Doc) -> list[tuple[str, str | None, str]]:
    names = {e.id: e.name for e in doc.entities}
    return [(q.speaker_text, names.get(q.speaker), q.resolved_by) for q in doc.quotes]


def test_a_bare_notice_speaks_for_the_body_that_issued_its_full_title():
    doc = run("据了解，东林省卫生健康委员会上月印发了《关于加强乡村诊所药品管理的通知》。",
              "《通知》指出，各地要在年底前完成药品台账的核查。")
    assert speakers(doc) == [("《通知》", "东林省卫生健康委员会", "document")]


def test_a_bare_bulletin_speaks_for_the_body_named_with_its_title():
    doc = run("清河市水务局昨日发布了《关于城区管网检修情况的通报》。", "通报称，检修已于周一完成。")
    assert speakers(doc) == [("通报", "清河市水务局", "document")]


def test_a_bare_notice_with_no_issuer_named_stays_unnamed():
    doc = run("乡村诊所的药品管理问题由来已久。", "《通知》指出，各地要在年底前完成药品台账的核查。")
    assert speakers(doc) == [("《通知》", None, "unnamed")]


def test_a_title_ending_in_another_noun_gives_no_issuer():
    doc = run("东林省卫生健康委员会上月印发了《乡村诊所药品管理办法》。",
              "《通知》指出，各地要在年底前完成药品台账的核查。")
    assert speakers(doc) == [("《通知》", None, "unnamed")]


def test_a_report_speaks_for_the_body_that_published_it_in_an_earlier_sentence():
    doc = run("清河市环境保护局周三发布了一份关于城区河道水质的年度报告。", "报告指出，城区河道的水质去年有所改善。")
    assert speakers(doc) == [("报告", "清河市环境保护局", "document")]
    doc = run("东林省卫生健康委员会昨日发出通知，要求各地核查药品台账。", "通知指出，各地要在年底前完成核查。")
    assert speakers(doc) == [("通知", "东林省卫生健康委员会", "document")]


def test_a_statement_issued_by_people_or_never_published_by_the_body_stays_unnamed():
    doc = run("清河大学的一百多名教师昨日联名发表声明。", "声明指出，学校不应削减图书馆的经费。")
    assert speakers(doc) == [("声明", None, "unnamed")]
    doc = run("清河市环境保护局至今没有发布水质报告。", "报告指出，城区河道的水质去年有所改善。")
    assert speakers(doc) == [("报告", None, "unnamed")]
    doc = run("清河市环境保护局局长赵文山周三出席了一场论坛。", "一份关于城区河道水质的报告也在论坛上发布。",
              "报告指出，城区河道的水质去年有所改善。")
    assert speakers(doc) == [("报告", None, "unnamed")]
