"""What is told but did not happen as told opens no frame: a condition, a habit or general truth, what should
happen or is called for, a happening named only to qualify a thing; a happening named as the time frame of
another joins the frame it was first told in; a comma inside brackets ends no clause.

Sentences written for these tests; the names layers are built by hand (tests/by_hand.py).
"""

from __future__ import annotations

import pytest

from .test_events import analysed, frames

ANCHOR = "2026-03-12"  # a Thursday


def triggers(body: str, names: dict) -> list[tuple[str, str]]:
    doc, ids = analysed(f"# 新闻\n\n{body}\n", names, ANCHOR)
    return [(f[0], f[1]) for f in frames(doc, ids)]


@pytest.mark.parametrize("told, unreal, names, frame", [
    # a condition, and what is to be averted
    ("周立新说，政府将关闭边境口岸。", "周立新说，如果议会通过该法案，政府将关闭边境口岸。", {"周立新": ("PER", [])},
     ("ban", "关闭边境")),
    ("双方会谈周二破裂。", "若双方会谈破裂，地区局势将再度紧张。", {}, ("meet", "会谈")),
    ("疫情在校园蔓延。", "卫生部门已采取措施，避免疫情在校园蔓延。", {}, ("outbreak", "疫情")),
    # a habit or general truth
    ("两名搬运工人周二在夜间受伤。", "搬运工人经常在夜间受伤。", {}, ("injury", "受伤")),
    ("长跑运动员陈刚周日受伤。", "长跑运动员容易受伤，因此训练量需要控制。", {"陈刚": ("PER", [])}, ("injury", "受伤")),
    # what should happen, or is called for
    ("总理周二就丑闻下台。", "多名议员认为总理应就丑闻下台。", {}, ("resign", "下台")),
    ("国会周二调查南港公司的海外账户。", "人权组织呼吁国会调查南港公司的海外账户。", {"南港公司": ("ORG", [])},
     ("investigate", "调查")),
])
def test_a_condition_a_habit_or_an_obligation_opens_no_frame(told: str, unreal: str, names: dict,
                                                              frame: tuple) -> None:
    assert frame in triggers(told, names)
    assert frame not in triggers(unreal, names)


def test_a_visit_at_someones_invitation_is_no_obligation() -> None:
    body = "泰国总理巴育应越南总理阮文山邀请，周三到访河内。"
    names = {"巴育": ("PER", []), "阮文山": ("PER", []), "河内": ("LOC", [])}
    got = triggers(body, names)
    assert ("visit", "到访") in got and ("invite", "邀请") in got


def test_a_happening_that_only_qualifies_a_thing_opens_no_frame() -> None:
    body = "市民可拨打环保举报热线反映问题。离职赔偿的标准由公司决定。"
    assert triggers(body, {}) == []


def test_a_happening_that_names_a_system_or_policy_opens_no_frame() -> None:
    body = "议会周三辩论退休制度改革。部长称，裁员政策和收购方案维持不变。"
    assert triggers(body, {}) == []


def test_a_happening_named_as_a_time_frame_joins_the_one_told_before() -> None:
    body = ("周一，江州警方在深圳拘捕了前雇员王晓东。\n\n"
            "南港公司在拘捕后发表声明，称不会发表评论。")
    names = {"王晓东": ("PER", []), "江州警方": ("ORG", []), "南港公司": ("ORG", []), "深圳": ("LOC", [])}
    doc, ids = analysed(f"# 新闻\n\n{body}\n", names, ANCHOR)
    (arrest,) = [e for e in doc.events if e.type == "arrest"]
    assert [doc.span_text(s) for s in arrest.also] == ["拘捕"]
    assert [ids[p] for p in arrest.participants] == ["江州警方", "王晓东"] and ids[arrest.place] == "深圳"


def test_a_time_frame_naming_another_person_is_another_happening() -> None:
    body = ("周一，前雇员王晓东在深圳被捕。\n\n"
            "林海峰被捕前，曾在广州工作。")
    names = {"王晓东": ("PER", []), "林海峰": ("PER", []), "深圳": ("LOC", []), "广州": ("LOC", [])}
    doc, ids = analysed(f"# 新闻\n\n{body}\n", names, ANCHOR)
    assert [[ids[p] for p in e.participants] for e in doc.events if e.type == "arrest"] == [["王晓东"], ["林海峰"]]


def test_a_comma_inside_brackets_does_not_split_the_clause() -> None:
    body = "英国监管机构通讯局周一对南洋电视台（NTV，又称南洋国际台）处以20万英镑罚款。"
    names = {"通讯局": ("ORG", []), "南洋电视台": ("ORG", ["NTV", "南洋国际台"])}
    doc, ids = analysed(f"# 新闻\n\n{body}\n", names, ANCHOR)
    (fine,) = [f for f in frames(doc, ids) if f[0] == "fine"]
    assert fine[2][:2] == ["通讯局", "南洋电视台"]


def test_a_noun_for_a_happening_named_again_without_a_time_joins_it() -> None:
    body = ("上周六晚，枪手陈立在江州市一家酒吧开枪，三人受伤。\n\n"
            "这是美国近年来最严重的枪击案。")
    names = {"陈立": ("PER", []), "江州市": ("LOC", []), "美国": ("LOC", [])}
    doc, ids = analysed(f"# 新闻\n\n{body}\n", names, ANCHOR)
    attacks = [e for e in doc.events if e.type == "attack"]
    assert len(attacks) == 1
    assert [doc.span_text(s) for s in attacks[0].also] == ["枪击案"]
    assert doc.times[attacks[0].time].value == "2026-03-07"


def test_a_noun_for_a_happening_that_involves_another_person_stays_apart() -> None:
    body = ("上周六晚，枪手陈立在江州市一家酒吧开枪，三人受伤。\n\n"
            "王明制造的枪击案与此无关。")
    names = {"陈立": ("PER", []), "王明": ("PER", []), "江州市": ("LOC", [])}
    doc, _ = analysed(f"# 新闻\n\n{body}\n", names, ANCHOR)
    assert len([e for e in doc.events if e.type == "attack"]) == 2


def test_the_bodys_first_telling_of_a_headlines_happening_gives_it_its_own_time() -> None:
    body = ("# 主教练王立公布国家队名单\n\n"
            "世界杯预选赛周五开赛，南港足协周二公布了国家队名单。\n")
    doc, ids = analysed(body, {"王立": ("PER", []), "南港足协": ("ORG", [])}, ANCHOR)
    (announced,) = [e for e in doc.events if e.type == "announce"]
    assert doc.times[announced.time].value == "2026-03-10"
    assert sorted(doc.span_text(s) for s in (announced.trigger, *announced.also)) == ["公布", "公布"]
    assert {ids[p] for p in announced.participants} == {"王立", "南港足协"}


def test_a_condition_that_only_frames_what_is_told_leaves_its_happenings() -> None:
    framed = "如果拿春节档举例，南港影业上周的票房收入达到了3亿元。"
    assert ("earnings", "收入") in triggers(framed, {"南港影业": ("ORG", [])})
    meeting = "如果拿去年举例，南港影业在年度会议上宣布裁员。"  # 会 of 会议 tells no consequence
    assert ("layoff", "裁员") in triggers(meeting, {"南港影业": ("ORG", [])})
    conditional = "如果春节档票房不佳，南港影业就会裁员。"
    assert ("layoff", "裁员") not in triggers(conditional, {"南港影业": ("ORG", [])})
    assert ("layoff", "裁员") in triggers("南港影业周二宣布裁员。", {"南港影业": ("ORG", [])})


def test_a_long_bracketed_note_keeps_its_clauses() -> None:
    body = "（注：3月2日，江州市委决定：免去陈立的江州市市长职务；免去王明的江州市副市长职务。）"
    doc, ids = analysed(f"# 新闻\n\n{body}\n", {"陈立": ("PER", []), "王明": ("PER", []), "江州市委": ("ORG", [])}, ANCHOR)
    dismissed = [[ids[p] for p in e.participants] for e in doc.events if e.type == "dismiss"]
    assert len(dismissed) == 2 and "陈立" in dismissed[0] and "王明" in dismissed[1]


def test_a_hard_won_happening_is_no_habit() -> None:
    assert ("release", "获释") in triggers("记者陈立周二好不容易才获释。", {"陈立": ("PER", [])})
