"""How business, finance and technology pages tell happenings: a product launched or a company listed, results,
prices and indices, funding rounds, listings, regulation and research milestones, in simplified and traditional
wording; and the nouns built on those words (上市公司, 融资规模) that tell no happening.

Sentences written for these tests (invented companies); the names layers are built by hand (tests/by_hand.py).
"""

from __future__ import annotations

import pytest

from .test_events import analysed, frames

ANCHOR = "2026-03-12"  # a Thursday

CASES = [
    # (sentence, names, expected (type, trigger))
    ("远景电子的折叠屏手机将于下月上市。", {"远景电子": ("ORG", [])}, ("product", "上市")),
    ("蓝海生物周一在港交所上市，首日股价上涨12%。", {"蓝海生物": ("ORG", []), "港交所": ("ORG", [])},
     ("listing", "上市")),
    ("小鹿咖啡周二向港交所递交招股书。", {"小鹿咖啡": ("ORG", []), "港交所": ("ORG", [])}, ("listing", "递交招股书")),
    ("茶語時光上週五正式遞表，擬在香港主板上市。", {"茶語時光": ("ORG", [])}, ("listing", "遞表")),
    ("华芯科技周二发布一款旗舰手机芯片。", {"华芯科技": ("ORG", [])}, ("product", "发布")),
    ("聯創電子週四發表新款筆電。", {"聯創電子": ("ORG", [])}, ("product", "發表")),
    ("明达半导体周三宣布3纳米芯片研发成功。", {"明达半导体": ("ORG", [])}, ("research", "研发成功")),
    ("该团队在钠离子电池技术上取得重大突破。", {}, ("research", "取得重大突破")),
    ("恒指周二升619點，收報18230點。", {}, ("price", "升")),
    ("港股週四急挫，恒指收市跌400點。", {}, ("price", "急挫")),
    ("恒指周三跌逾300点。", {}, ("price", "跌逾")),
    ("比特币价格周三创历史新高。", {}, ("price", "创历史新高")),
    ("晶圓代工廠週四宣布調漲報價。", {}, ("price", "調漲")),
    ("中原石化周二上调汽油价格每吨200元。", {"中原石化": ("ORG", [])}, ("price", "上调")),
    ("新航物流去年由盈转亏。", {"新航物流": ("ORG", [])}, ("earnings", "由盈转亏")),
    ("鼎新電子第一季稅後純益12億元。", {"鼎新電子": ("ORG", [])}, ("earnings", "純益")),
    ("青禾农业周一完成5000万元种子轮融资。", {"青禾农业": ("ORG", [])}, ("invest", "种子轮")),
    ("国家网信办周一对滴答出行启动网络安全审查。", {"滴答出行": ("ORG", [])}, ("investigate", "安全审查")),
    ("嘉远资本周五宣布对瑞安医疗实施私有化。", {"嘉远资本": ("ORG", []), "瑞安医疗": ("ORG", [])},
     ("deal", "私有化")),
    ("长风软件的海外业务周一退出欧洲市场。", {"长风软件": ("ORG", [])}, ("closure", "退出")),
    ("该公司股票将于周五起暂停上市。", {}, ("listing", "暂停上市")),
    ("明达半导体自主研发的芯片周三流片成功。", {"明达半导体": ("ORG", [])}, ("research", "流片成功")),
    ("星途汽车第10万辆整车周二下线。", {"星途汽车": ("ORG", [])}, ("product", "下线")),
    ("嘉華地產週一發盈警，預料全年虧損。", {"嘉華地產": ("ORG", [])}, ("earnings", "盈警")),
    ("星途汽车的纯电SUV周五开启预售。", {"星途汽车": ("ORG", [])}, ("product", "预售")),
]


@pytest.mark.parametrize(("body", "names", "want"), CASES, ids=[c[2][1] for c in CASES])
def test_business_wording_opens_a_frame_of_its_type(body: str, names: dict, want: tuple) -> None:
    doc, ids = analysed(f"# 新闻\n\n{body}\n", names, ANCHOR)
    assert want in [(etype, trigger) for etype, trigger, *_ in frames(doc, ids)]


NOT_HAPPENINGS = [
    # (sentence, a type that must not open)
    ("作为一家上市公司，远景电子须按时披露信息。", "listing"),
    ("今年以来，该市融资规模持续扩大。", "invest"),
    ("该市融资租赁行业发展迅速。", "invest"),
    ("行业的上市门槛较高。", "listing"),
    ("他周二升任总经理。", "price"),
    ("分析师下调了对经济增长的预期。", "price"),
    ("该机构投资银行业务周一重组。", "invest"),
    ("该网站周二下线了一批违规账号。", "product"),
]


@pytest.mark.parametrize(("body", "etype"), NOT_HAPPENINGS, ids=[c[0][:8] for c in NOT_HAPPENINGS])
def test_a_noun_built_on_a_business_word_tells_no_happening(body: str, etype: str) -> None:
    doc, ids = analysed(f"# 新闻\n\n{body}\n", {}, ANCHOR)
    assert etype not in {t for t, *_ in frames(doc, ids)}


def test_a_list_put_on_with_jiang_before_a_number_is_no_plan() -> None:
    names = {"美国商务部": ("ORG", []), "中国": ("LOC", [])}
    doc, ids = analysed("# 新闻\n\n美国商务部周二将12家中国企业列入实体清单。\n", names, ANCHOR)
    got = [f for f in frames(doc, ids) if f[0] == "sanction"]
    assert [(f[1], f[2][0], f[5]) for f in got] == [("列入实体清单", "美国商务部", "asserted")]


def test_a_plan_with_jiang_stays_planned() -> None:
    doc, ids = analysed("# 新闻\n\n远景电子将于下月在深交所上市。\n", {"远景电子": ("ORG", [])}, ANCHOR)
    assert [(f[0], f[5]) for f in frames(doc, ids)] == [("listing", "planned")]


def test_lead_and_follow_on_investors_join_the_round() -> None:
    names = {"云帆智能": ("ORG", []), "启明资本": ("ORG", []), "红杉中国": ("ORG", [])}
    doc, ids = analysed("# 新闻\n\n云帆智能周二完成2亿元B轮融资，由启明资本领投，红杉中国跟投。\n", names, ANCHOR)
    assert [(f[0], f[2]) for f in frames(doc, ids)] == [("invest", ["云帆智能", "启明资本", "红杉中国"])]
    assert [doc.span_text(s) for s in doc.events[0].also] == ["融资", "领投", "跟投"]


def test_a_lead_investor_alone_opens_the_round() -> None:
    names = {"启明资本": ("ORG", [])}
    doc, ids = analysed("# 新闻\n\n启明资本周三领投了一家芯片公司。\n", names, ANCHOR)
    assert [(f[0], f[1], f[2]) for f in frames(doc, ids)] == [("invest", "领投", ["启明资本"])]


def test_results_falling_are_the_results_not_a_price() -> None:
    names = {"长和": ("ORG", [])}
    doc, ids = analysed("# 新闻\n\n長和週三公布全年業績，純利按年下跌20%。\n", names, ANCHOR)
    assert "price" not in {f[0] for f in frames(doc, ids)}
    assert "earnings" in {f[0] for f in frames(doc, ids)}


def test_a_share_price_falling_stays_a_price() -> None:
    names = {"瑞丰银行": ("ORG", [])}
    doc, ids = analysed("# 新闻\n\n瑞丰银行股价周三下跌8%。\n", names, ANCHOR)
    assert [(f[0], f[1], f[2]) for f in frames(doc, ids)] == [("price", "下跌", ["瑞丰银行"])]


def test_jiang_before_a_chinese_numeral_is_no_plan() -> None:
    names = {"商务部": ("ORG", [])}
    doc, ids = analysed("# 新闻\n\n商务部周四将两家外国企业列入出口管制管控名单。\n", names, ANCHOR)
    assert ("sanction", "asserted") in [(f[0], f[5]) for f in frames(doc, ids)]


def test_jiang_before_a_name_is_no_plan() -> None:
    names = {"美国商务部": ("ORG", []), "远景电子": ("ORG", [])}
    doc, ids = analysed("# 新闻\n\n美国商务部周二宣布将远景电子列入实体清单。\n", names, ANCHOR)
    got = [(f[0], f[2], f[5]) for f in frames(doc, ids) if f[0] == "sanction"]
    assert got == [("sanction", ["美国商务部", "远景电子"], "asserted")]


def test_signing_a_partnership_agreement_is_one_agreement() -> None:
    names = {"远景电子": ("ORG", []), "蓝海生物": ("ORG", []), "深圳": ("LOC", [])}
    doc, ids = analysed("# 新闻\n\n远景电子与蓝海生物周二在深圳签署战略合作协议。\n", names, ANCHOR)
    assert [(f[0], f[2], f[3]) for f in frames(doc, ids)] == [("agreement", ["远景电子", "蓝海生物"], "深圳")]


def test_publishing_results_is_the_results() -> None:
    names = {"鼎新電子": ("ORG", [])}
    doc, ids = analysed("# 新闻\n\n鼎新電子週三公佈第三季財報。\n", names, ANCHOR)
    assert [(f[0], f[2]) for f in frames(doc, ids)] == [("earnings", ["鼎新電子"])]
    assert [doc.span_text(s) for s in doc.events[0].also] == ["財報"]
