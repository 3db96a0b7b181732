"""What is the article's own voice, not anyone's statement (bench/gold/CONVENTIONS.md, "Not
statements"): the outlet asking or finding by its self-name (本台, 本刊), an editor's note closing a
monologue or an interview, and `应某人要求` (at someone's request), where 要求 is a noun.

Articles invented for these tests; the full pipeline runs over them.
"""

from __future__ import annotations

from tests.test_quote_sieves import run, who
from tests.test_quotes_speakers import name, prepare, quotes


def test_the_outlet_asking_by_its_self_name_is_no_statement():
    doc = prepare("这段采访视频已被平台下架，本台询问下架原因，至截稿时未获回复。")
    assert quotes(doc) == []


def test_the_outlet_finding_by_its_self_name_is_no_statement_but_its_source_still_speaks():
    doc = prepare("本刊查阅公开资料发现，该厂近三年已四次被环保部门处罚。",
                  "厂方负责人表示，整改工作已在上月完成。")
    found = quotes(doc)
    assert [(q.text, q.speaker_text) for q in found] == [("整改工作已在上月完成", "厂方负责人")]


def test_an_editors_note_after_a_monologue_is_not_the_teller_speaking():
    doc = run("在曼谷开了六年米粉店的陈国栋，今年决定把店交给侄子。",
              "以下是陈国栋对本报记者的讲述：",
              "刚来的时候我一句泰语都不会，进货全靠比划，被人骗过好几回。",
              "现在店里的常客有一半是本地人，他们说我的汤比家乡的还地道。",
              "应受访者要求，文中陈国栋为化名。")
    said = [(q.text[:6], who(doc, q)) for q in doc.quotes]
    assert said == [("刚来的时候我", "陈国栋"), ("现在店里的常", "陈国栋")]


def test_an_editors_thanks_closing_an_interview_is_not_the_last_answer_going_on():
    doc = run("海洋生物学家周慧敏长期研究南海珊瑚。",
              "记者：珊瑚白化今年为什么这么严重？",
              "周慧敏：主要是海水温度持续偏高，珊瑚把体内的共生藻排了出去。",
              "恢复需要好几年，前提是水温回落。",
              "感谢周慧敏接受采访，文中观点仅代表受访者本人。")
    said = [q.text[:6] for q in doc.quotes]
    assert said == ["主要是海水温", "恢复需要好几"]


def test_at_someones_request_is_no_demand_but_a_body_opening_with_the_same_character_still_speaks():
    doc = prepare("应家属要求，医院暂未公布伤者的姓名。")
    assert quotes(doc) == []
    doc = prepare("应急管理部要求，各地加强汛期值守。")
    name(doc, "O1", "ORG", "应急管理部")
    [found] = quotes(doc)
    assert (found.text, found.speaker) == ("各地加强汛期值守", "O1")


def test_a_dateline_naming_the_outlet_does_not_silence_the_speaker_after_it():
    doc = prepare("本报讯（记者 王丽）市交通局表示，地铁三号线将于下月通车。")
    name(doc, "O1", "ORG", "市交通局")
    [found] = quotes(doc)
    assert (found.text, found.speaker) == ("地铁三号线将于下月通车", "O1")
