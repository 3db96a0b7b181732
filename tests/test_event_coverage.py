"""Event wording of court, health, technology, regulation, economy and disaster pages, simplified and traditional.

Articles written for these tests from general knowledge of how Chinese news reports each kind of happening; the
names layers are built by hand (tests/by_hand.py) so that the event layer is tested on its own.
"""

from __future__ import annotations

import pytest

from .test_events import analysed, frames

ANCHOR = "2026-03-12"  # a Thursday

CASES = [
    # (article body, names, expected (type, trigger, participants, place, time, modality))
    ("區域法院法官周二裁定梁浩賢串謀詐騙罪名成立，判囚三年。",
     {"梁浩賢": ("PER", [])},
     ("sentence", "裁定", ["梁浩賢"], None, "2026-03-10", "asserted")),
    ("台灣高等法院週四駁回陳姓男子的上訴，全案定讞。",
     {"台灣高等法院": ("ORG", []), "陳姓男子": ("PER", [])},
     ("sentence", "駁回", ["台灣高等法院", "陳姓男子"], None, "2026-03-12", "asserted")),
    ("警方周日在旺角拘捕三名男子，三人今日在九龍城裁判法院應訊。",
     {"旺角": ("LOC", []), "九龍城裁判法院": ("ORG", [])},
     ("trial", "應訊", [], "九龍城裁判法院", "2026-03-12", "asserted")),
    ("檢調週一搜索前秘書王志豪的住處，並約談他到案說明。",
     {"王志豪": ("PER", [])},
     ("investigate", "搜索", ["王志豪"], None, "2026-03-09", "asserted")),
    ("涉嫌收受贿赂的江州市交通局原局长赵立群周三已被警方刑拘。",
     {"赵立群": ("PER", []), "江州市交通局": ("ORG", [])},
     ("arrest", "刑拘", ["江州市交通局", "赵立群"], None, "2026-03-11", "asserted")),
    ("国家药品监督管理局3月10日附条件批准康宁药业申报的新药上市。",
     {"国家药品监督管理局": ("ORG", []), "康宁药业": ("ORG", [])},
     ("product", "批准", ["国家药品监督管理局", "康宁药业"], None, "2026-03-10", "asserted")),
    ("衞生防護中心周二表示，過去一周錄得12宗嚴重流感個案。",
     {"衞生防護中心": ("ORG", [])},
     ("outbreak", "錄得", [], None, "2026-03-10", "asserted")),
    ("星河科技周二宣布开源新一代大模型。",
     {"星河科技": ("ORG", [])},
     ("product", "宣布开源", ["星河科技"], None, "2026-03-10", "asserted")),
    ("星河科技自研的AI芯片已于去年12月成功流片。",
     {"星河科技": ("ORG", [])},
     ("product", "流片", ["星河科技"], None, "2025-12", "asserted")),
    ("微云公司的云服务周三上午发生大面积宕机，多家银行的应用无法登录。",
     {"微云公司": ("ORG", [])},
     ("accident", "宕机", ["微云公司"], None, "2026-03-11", "asserted")),
    ("3月10日，我国在酒泉使用长征二号丁运载火箭，成功将遥感卫星发射升空。",
     {"酒泉": ("LOC", [])},
     ("launch", "发射升空", [], "酒泉", "2026-03-10", "asserted")),
    ("中国人民银行周五宣布降准0.5个百分点。",
     {"中国人民银行": ("ORG", [])},
     ("price", "降准", ["中国人民银行"], None, "2026-03-06", "asserted")),
    ("台风“海燕”3月11日凌晨在广东湛江登陆，最大风力14级。",
     {"广东": ("LOC", []), "湛江": ("LOC", [])},
     ("natural_disaster", "台风", [], "湛江", "2026-03-11", "asserted")),
    ("港鐵一列列車周三早上在大學站附近出軌，無人受傷。",
     {"港鐵": ("ORG", []), "大學站": ("LOC", [])},
     ("accident", "出軌", ["港鐵"], "大學站", "2026-03-11", "asserted")),
    ("江州一家化工厂周一发生氨气泄漏，附近居民被疏散。",
     {"江州": ("LOC", [])},
     ("accident", "泄漏", [], "江州", "2026-03-09", "asserted")),
    ("一架客机周二因引擎故障在羽田机场紧急迫降，无人受伤。",
     {"羽田机场": ("LOC", [])},
     ("accident", "迫降", [], "羽田机场", "2026-03-10", "asserted")),
    ("美国加州南部周二发生山火，当局下令约5000名居民撤离。",
     {"美国": ("LOC", []), "加州": ("LOC", [])},
     ("rescue", "撤离", [], "加州", "2026-03-10", "asserted")),
    ("前眾議員桑托斯周一在紐約聯邦法院認罪，承認電信詐騙及身份盜竊兩項罪名。",
     {"桑托斯": ("PER", []), "紐約聯邦法院": ("ORG", [])},
     ("trial", "認罪", ["桑托斯"], "紐約聯邦法院", "2026-03-09", "asserted")),
    ("金管會今天宣布，對國泰人壽核處罰鍰新台幣1200萬元。",
     {"金管會": ("ORG", []), "國泰人壽": ("ORG", [])},
     ("fine", "處罰", ["金管會", "國泰人壽"], None, "2026-03-12", "asserted")),
    ("證監會周三對兩名前董事展開研訊程序。",
     {"證監會": ("ORG", [])},
     ("investigate", "研訊", ["證監會"], None, "2026-03-11", "asserted")),
    ("香港高等法院周一向中國恒大集團頒布清盤令。",
     {"香港高等法院": ("ORG", []), "中國恒大集團": ("ORG", [])},
     ("bankruptcy", "頒布清盤令", ["香港高等法院", "中國恒大集團"], None, "2026-03-09", "asserted")),
    ("欧盟委员会周二宣布，因谷歌滥用市场支配地位，对其处以29.5亿欧元罚款。",
     {"欧盟委员会": ("ORG", []), "谷歌": ("ORG", [])},
     ("fine", "处以", ["欧盟委员会"], None, "2026-03-10", "asserted")),
    ("江州市第一人民医院3月8日完成首例机器人辅助肝移植手术。",
     {"江州市第一人民医院": ("ORG", [])},
     ("illness", "手术", ["江州市第一人民医院"], None, "2026-03-08", "asserted")),
    ("美国食品药品监督管理局周一向一款新冠疫苗授予紧急使用授权。",
     {"美国食品药品监督管理局": ("ORG", [])},
     ("product", "紧急使用授权", ["美国食品药品监督管理局"], None, "2026-03-09", "asserted")),
    ("远东电商周一披露，约1200万名用户的个人信息遭泄露。",
     {"远东电商": ("ORG", [])},
     ("crime", "遭泄露", ["远东电商"], None, "2026-03-09", "asserted")),
    ("美國總統周三簽署行政命令，對進口鋼鐵加徵25%關稅。",
     {"美國": ("LOC", [])},
     ("legislate", "簽署", [], None, "2026-03-11", "asserted")),
    ("財政司司長周三發表新一年度財政預算案，向市民派發消費券。",
     {"財政司": ("ORG", [])},
     ("announce", "發表", ["財政司"], None, "2026-03-11", "asserted")),
    ("政府周二刊憲公布新修訂的道路交通規例。",
     {},
     ("legislate", "刊憲", [], None, "2026-03-10", "asserted")),
    ("台北地檢署今天偵結前立委蔡明輝涉貪案，並具體求刑12年。",
     {"台北地檢署": ("ORG", []), "蔡明輝": ("PER", [])},
     ("investigate", "偵結", ["台北地檢署", "蔡明輝"], None, "2026-03-12", "asserted")),
    ("一名少年周二在少年法庭被判入勞教中心，同案少年獲判社會服務令240小時。",
     {},
     ("sentence", "被判", [], None, "2026-03-10", "asserted")),
    ("終審法院周三裁定律政司上訴得直。",
     {"終審法院": ("ORG", []), "律政司": ("ORG", [])},
     ("sentence", "裁定", ["終審法院", "律政司"], None, "2026-03-11", "asserted")),
    ("江州市中级人民法院周一开庭审理此案，法院将择期宣判。",
     {"江州市中级人民法院": ("ORG", [])},
     ("sentence", "宣判", ["江州市中级人民法院"], None, "2026-03-09", "planned")),
    ("天文台周三晚上改發八號風球，多區出現水浸。",
     {"天文台": ("ORG", [])},
     ("natural_disaster", "風球", [], None, "2026-03-11", "asserted")),
    ("台北市周二晚發生大規模停電，約20萬戶受影響。",
     {"台北市": ("LOC", [])},
     ("accident", "停電", [], "台北市", "2026-03-10", "asserted")),
    ("3月5日，山西一处煤矿发生透水事故，12名矿工被困。",
     {"山西": ("LOC", [])},
     ("accident", "透水事故", [], "山西", "2026-03-05", "asserted")),
    ("警方周二在葵涌一個單位檢獲約3公斤懷疑冰毒。",
     {"警方": ("ORG", []), "葵涌": ("LOC", [])},
     ("investigate", "檢獲", ["警方"], "葵涌", "2026-03-10", "asserted")),
    ("江州警方3月2日破获一起特大电信诈骗案。",
     {"江州警方": ("ORG", [])},
     ("investigate", "破获", ["江州警方"], None, "2026-03-02", "asserted")),
    ("恒生指數周三重上20000點關口。",
     {"恒生指數": ("ORG", [])},
     ("price", "重上", ["恒生指數"], None, "2026-03-11", "asserted")),
    ("林姓男子周二被判處有期徒刑4年，全案仍可上訴。",
     {"林姓男子": ("PER", [])},
     ("sue", "上訴", ["林姓男子"], None, "2026-03-10", "possible")),
    ("美军周二在关岛部署萨德反导系统。",
     {"美军": ("ORG", []), "关岛": ("LOC", [])},
     ("military", "部署", ["美军"], "关岛", "2026-03-10", "asserted")),
    ("外交部长3月6日在北京同来访的法国外长举行会谈。",
     {"北京": ("LOC", []), "法国": ("LOC", [])},
     ("meet", "举行会谈", [], "北京", "2026-03-06", "asserted")),
    ("網球名將周安妮3月10日因傷退出澳網。",
     {"周安妮": ("PER", []), "澳網": ("ORG", [])},
     ("withdraw", "退出", ["周安妮", "澳網"], None, "2026-03-10", "asserted")),
    ("江州隊主帥周三下課，球會宣布由助教暫代。",
     {"江州隊": ("ORG", [])},
     ("dismiss", "下課", ["江州隊"], None, "2026-03-11", "asserted")),
    ("林鄭明周一結束訪問行程，周二晚返港，香港各界到機場迎接。",
     {"林鄭明": ("PER", []), "香港": ("LOC", [])},
     ("arrive", "返港", ["林鄭明"], "香港", "2026-03-10", "asserted")),
    ("三名法官周一宣布，黎國明案押後至3月28日裁決。",
     {"黎國明": ("PER", [])},
     ("sentence", "裁決", ["黎國明"], None, "2026-03-28", "planned")),
]


@pytest.mark.parametrize(("body", "names", "want"), CASES, ids=[f"{c[2][0]}-{c[2][1]}" for c in CASES])
def test_each_wording_with_its_arguments(body: str, names: dict, want: tuple) -> None:
    doc, ids = analysed(f"# 新闻\n\n{body}\n", names, ANCHOR)
    assert want in frames(doc, ids)


QUIET = [
    # (article body, names, (type, trigger) pairs that must not be found)
    ("法官判處鄧志明監禁18個月，緩刑兩年。", {"鄧志明": ("PER", [])}, {("arrest", "監禁")}),
    ("桑托斯承認電信詐騙及身份盜竊兩項罪名。", {"桑托斯": ("PER", [])}, {("fraud", "電信詐騙"), ("crime", "盜竊")}),
    ("他在节目中认罪，称自己后悔。", {}, {("trial", "认罪")}),
    ("前市長貪汙案二審逆轉，改判無罪。", {}, {("match", "逆轉")}),
    ("警方通緝一名涉嫌故意殺人的男子。", {}, {("death", "殺人")}),
    ("警方拘捕三名涉嫌串謀詐騙的男子。", {}, {("fraud", "詐騙")}),
    ("男子涉襲警 今日提堂", {}, {("attack", "襲警")}),
    ("法院依酒駕致死罪判處林姓男子有期徒刑4年。", {"林姓男子": ("PER", [])}, {("crime", "酒駕")}),
    ("法院依貪污治罪條例判處林俊宏有期徒刑8年。", {"林俊宏": ("PER", [])}, {("fraud", "貪污")}),
    ("经审理查明，王建国利用职务便利为他人谋取利益。", {"王建国": ("PER", [])}, {("trial", "审理")}),
    ("市政府驳回了居民增设车站的建议。", {}, {("sentence", "驳回")}),
    ("他在网上搜索了大量资料。", {}, {("investigate", "搜索"), ("rescue", "搜索")}),
    ("人民银行此举将释放长期资金约1万亿元。", {}, {("release", "释放")}),
    ("过去一周，恒指录得约3%的升幅。", {}, {("outbreak", "录得")}),
    ("公司今年将开源节流，控制成本。", {}, {("product", "开源")}),
    ("火势迅速蔓延，消防员全力扑救。", {}, {("outbreak", "蔓延")}),
    ("他承認婚內出軌，向妻子道歉。", {}, {("accident", "出軌")}),
    ("天文台表示，黑色暴雨警告信號現正生效。", {}, {("legislate", "生效")}),
    ("研究團隊攻克了電池壽命的技術難關。", {}, {("attack", "攻克")}),
    ("他說，重上高位並不容易。", {}, {("price", "重上")}),
    ("学生们下课后在操场上踢球。", {}, {("dismiss", "下课")}),
    ("董事会当机立断，暂停了这项收购。", {}, {("accident", "当机")}),
    ("商场周末清场甩卖，吸引大批顾客。", {}, {("attack", "清场")}),
    ("厂商在发布前大举为新机造势。", {}, {("election", "造势")}),
    ("国务院常务会议周三部署推进新型城镇化工作。", {}, {("military", "部署")}),
    ("分析師建議投資者逢低部署。", {}, {("military", "部署")}),
    ("他曾任世界銀行投資官員。", {}, {("invest", "投資")}),
    ("蓬佩奧周日接受霍士新聞訪問時說，美國很擔心。", {"蓬佩奧": ("PER", [])}, {("visit", "訪問")}),
    ("国内用户只能绕过审查才能访问该网站。", {}, {("visit", "访问")}),
    ("官员被指泄漏机密文件。", {}, {("accident", "泄漏")}),
    ("他不小心泄露了比赛的结果。", {}, {("crime", "泄露")}),
    ("合資格市民可獲派5000元消費券。", {}, {("deal", "合資")}),
    ("近年该专业的报考人数逐年上升。", {}, {("price", "上升")}),
    ("分析师认为，该股仍有上升空间。", {}, {("price", "上升")}),
    ("二十年前，他的父母到韩国打工。", {"韩国": ("LOC", [])}, {("visit", "到")}),
    ("警方的公开报告显示，死者头部受重创。", {}, {("research", "报告显示")}),
    ("学院今年开设了插花和茶艺课程。", {}, {("found", "开设")}),
    ("这一说法是建立在内部文件的基础上的。", {}, {("found", "建立")}),
    ("小区升级门禁系统，以配合疫情防控工作。", {}, {("outbreak", "疫情")}),
    ("货物经深圳湾入境口岸运往广州。", {}, {("arrive", "入境")}),
    ("政府加徵差餉的建議遭議員反對。", {}, {("sanction", "加徵")}),
]


@pytest.mark.parametrize(("body", "names", "unwanted"), QUIET, ids=[next(iter(q[2]))[1] for q in QUIET])
def test_ordinary_uses_open_no_frame_of_that_kind(body: str, names: dict, unwanted: set) -> None:
    doc, ids = analysed(f"# 新闻\n\n{body}\n", names, ANCHOR)
    assert not {(t, trig) for t, trig, *_ in frames(doc, ids)} & unwanted


def test_a_conviction_quashed_is_a_ruling_and_a_fine_beside_a_prison_term_stays_a_fine():
    body = ("台灣高等法院今天撤銷原判，改判許志雄無罪。"
            "江州市中级人民法院以受贿罪判处刘明有期徒刑十三年，并处罚金400万元。")
    names = {"台灣高等法院": ("ORG", []), "許志雄": ("PER", []), "江州市中级人民法院": ("ORG", []), "刘明": ("PER", [])}
    doc, ids = analysed(f"# 新闻\n\n{body}\n", names, ANCHOR)
    got = frames(doc, ids)
    assert [f[0] for f in got] == ["sentence", "sentence", "fine"]
    assert got[0][1:3] == ("撤銷原判", ["台灣高等法院", "許志雄"]) and got[1][2] == ["江州市中级人民法院", "刘明"]
    assert [doc.span_text(s) for s in doc.events[1].also] == ["有期徒刑"]


def test_a_deferred_prosecution_and_a_quashed_ruling_are_no_fine_and_no_law():
    body = "兩名建商獲緩起訴處分。法院撤銷上訴庭早前的判決。"
    doc, ids = analysed(f"# 新聞\n\n{body}\n", {}, ANCHOR)
    assert [(t, trig) for t, trig, *_ in frames(doc, ids)] == [("charge", "緩起訴處分"), ("sentence", "撤銷")]


def test_the_date_a_hearing_is_put_off_to_dates_nothing_told_after_it():
    body = ("一名男子周二在東區裁判法院提堂。控方申請將案件押後至4月9日再訊。"
            "裁判官批准申請，被告獲准保釋。")
    doc, ids = analysed(f"# 新聞\n\n{body}\n", {"東區裁判法院": ("ORG", [])}, ANCHOR)
    got = {(t, trig): time for t, trig, _, _, time, _ in frames(doc, ids)}
    assert got[("trial", "押後")] == "2026-04-09" and got[("release", "獲准保釋")] == "2026-03-10"


def test_the_year_a_companys_results_cover_dates_nothing_told_after_them():
    body = "碧桂園周四公布去年業績，全年虧損擴大至1800億元，股價急挫8%。滙豐控股則宣布回購股份。"
    names = {"碧桂園": ("ORG", []), "滙豐控股": ("ORG", [])}
    doc, ids = analysed(f"# 新聞\n\n{body}\n", names, ANCHOR)
    got = {(t, trig): time for t, trig, _, _, time, _ in frames(doc, ids)}
    assert got[("price", "急挫")] == "2026-03-12" and got[("deal", "回購")] == "2026-03-12"


def test_a_time_compared_with_dates_nothing():
    body = "江州市儿童医院的发热门诊接诊量较上月增加一倍。另据通报，一所小学出现流感疫情，学校已停课。"
    doc, ids = analysed(f"# 新闻\n\n{body}\n", {"江州市儿童医院": ("ORG", [])}, ANCHOR)
    assert all(time is None for *_, time, _ in frames(doc, ids))


def test_an_appeal_rejected_is_a_ruling_and_a_wording_of_both_courts_and_affairs():
    doc, ids = analysed("# 新聞\n\n台灣高等法院週四駁回陳姓男子的上訴。他承認婚內出軌。\n",
                        {"台灣高等法院": ("ORG", []), "陳姓男子": ("PER", [])}, ANCHOR)
    got = {(t, trig) for t, trig, *_ in frames(doc, ids)}
    assert ("sentence", "駁回") in got and ("marriage", "出軌") in got
