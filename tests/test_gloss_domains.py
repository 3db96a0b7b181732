"""Glosses of health, technology and finance pages, checked on sentences written for these tests:
a medicine's international name in small letters, a brand written with a capital inside, a company's
legal form in its original, a name after a word saying it is a medicine or a product, a body after
its trade glued to it, and common nouns before an original, which are no glosses."""

from __future__ import annotations

import pytest

from newsmine.analyze.gloss_products import is_drug_name
from tests.helpers_names import analyse_text


def glosses(text: str) -> list[tuple[str, str, str | None]]:
    return [(g.term, g.gloss, g.type) for g in analyse_text(text).glosses]


@pytest.mark.parametrize("word, expected", [
    ("semaglutide", True), ("osimertinib", True), ("remdesivir", True), ("atorvastatin", True),
    ("pembrolizumab", True), ("metformin", True), ("limits", False), ("tagline", False), ("vir", False),
])
def test_a_medicines_international_name(word: str, expected: bool) -> None:
    assert is_drug_name(word) is expected


@pytest.mark.parametrize("text, term, original", [
    ("减肥药司美格鲁肽（semaglutide）在多地药房断货，患者排队等候。", "司美格鲁肽", "semaglutide"),
    ("抗病毒药物瑞德西韦（remdesivir）周二获得紧急使用授权。", "瑞德西韦", "remdesivir"),
    ("医保目录新增了肺癌靶向药奥希替尼（osimertinib）等药品。", "奥希替尼", "osimertinib"),
    ("降糖药二甲双胍（metformin）价格低廉，使用广泛。", "二甲双胍", "metformin"),
    ("礼来的替尔泊肽（tirzepatide）第三季度销售额翻倍。", "替尔泊肽", "tirzepatide"),
])
def test_a_medicine_glossed_in_small_letters(text: str, term: str, original: str) -> None:
    assert glosses(text) == [(term, original, None)]


def test_a_brand_after_a_word_saying_it_is_a_medicine_is_no_person() -> None:
    found = glosses("辉瑞（Pfizer）的口服抗病毒药物帕罗韦德（Paxlovid）在多家医院供不应求。")
    assert found == [("辉瑞", "Pfizer", "ORG"), ("帕罗韦德", "Paxlovid", None)]


@pytest.mark.parametrize("text, term, original", [
    ("全球最大资产管理公司贝莱德（BlackRock）周四表示看好亚洲债券。", "贝莱德", "BlackRock"),
    ("荷兰光刻机制造商阿斯麦（ASML Holding N.V.）股价周三下跌。", "阿斯麦", "ASML Holding N.V."),
    ("民宿平台爱彼迎（Airbnb）宣布退出中国大陆市场。", "爱彼迎", "Airbnb"),
    ("跨国药企默沙东（MSD）周一宣布在华裁员。", "默沙东", "MSD"),
])
def test_a_company_by_its_brand_legal_form_or_trade(text: str, term: str, original: str) -> None:
    assert glosses(text) == [(term, original, "ORG")]


@pytest.mark.parametrize("text", ["该公司（Nvidia）股价周三上涨了4%。", "他周三在节目中（CNBC）表示，加息周期已经结束。"])
def test_a_common_noun_before_an_original_is_no_gloss(text: str) -> None:
    assert glosses(text) == []


@pytest.mark.parametrize("text, term, original", [
    ("越来越多基金把环境、社会和治理（ESG）表现纳入选股标准。", "环境、社会和治理", "ESG"),
    ("該集團承諾加大研究、開發與創新（RDI）投入。", "研究、開發與創新", "RDI"),
])
def test_an_abbreviation_of_a_list_of_words_glosses_the_whole_list(text: str, term: str, original: str) -> None:
    assert glosses(text) == [(term, original, None)]


@pytest.mark.parametrize("text, term, original", [
    ("美国航天局的阿尔忒弥斯计划（Artemis program）再度推迟。", "阿尔忒弥斯计划", "Artemis program"),
    ("不少企业开始试用生成式人工智能（generative AI）撰写报告。", "生成式人工智能", "generative AI"),
])
def test_a_programme_or_a_technical_term_read_whole(text: str, term: str, original: str) -> None:
    assert glosses(text) == [(term, original, None)]


@pytest.mark.parametrize("text, term", [
    ("该团队的论文发表于《自然》（Nature）杂志。", "自然"),
    ("研究结果刊登在医学期刊《刺胳针》（The Lancet）上。", "刺胳针"),
])
def test_a_journal_is_a_body(text: str, term: str) -> None:
    assert [(g.term, g.type) for g in analyse_text(text).glosses] == [(term, "ORG")]


@pytest.mark.parametrize("text", ["輝達（NVDA-US）股價週三收漲逾4%。", "該公司（NASDAQ代號：NVDA）週三公布財報。"])
def test_a_stock_code_in_taiwan_forms_is_no_gloss(text: str) -> None:
    assert glosses(text) == []


@pytest.mark.parametrize("text, term, original", [
    ("据日本经济新闻（日本経済新聞）周一报道，该行将上调利率。", "日本经济新闻", "日本経済新聞"),
    ("日本《读卖新闻》（読売新聞）周日公布了最新民调。", "读卖新闻", "読売新聞"),
])
def test_a_japanese_original_in_kanji_of_japanese_forms(text: str, term: str, original: str) -> None:
    assert glosses(text) == [(term, original, "ORG")]


def test_a_chinese_alternative_in_kanji_is_no_original() -> None:
    assert glosses("该协会（协进会）周一发表声明。") == []


def test_an_exchange_is_a_body() -> None:
    assert glosses("这家芯片公司计划下月在纳斯达克（Nasdaq）上市。") == [("纳斯达克", "Nasdaq", "ORG")]


@pytest.mark.parametrize("text, term, original", [
    # a name joined by 与 whose original joins two words by "and": the part before 与 belongs to it
    ("疾病控制与预防中心（Centers for Disease Control and Prevention）周五更新了疫苗指引。",
     "疾病控制与预防中心", "Centers for Disease Control and Prevention"),
    # a full name after its article, with its abbreviation
    ("该消息最早由《华尔街日报》（The Wall Street Journal，WSJ）披露。", "华尔街日报", "The Wall Street Journal"),
    # 企业 is part of this name, not a word before it
    ("根据美国企业研究所（American Enterprise Institute，AEI）的统计，投资额大幅下降。", "美国企业研究所",
     "American Enterprise Institute"),
    # a trade before the name: 央行, 男团
    ("英国央行英格兰银行（Bank of England）周四宣布维持利率不变。", "英格兰银行", "Bank of England"),
    ("韩国男团防弹少年团（BTS）宣布将于明年复出。", "防弹少年团", "BTS"),
])
def test_the_extent_of_a_bodys_name(text: str, term: str, original: str) -> None:
    assert glosses(text) == [(term, original, "ORG")]


@pytest.mark.parametrize("text, term, original", [
    ("港區國安法（National Security Law）實施後，多個團體宣布解散。", "港區國安法", "National Security Law"),
    ("该公司承认违反了反海外腐败法（Foreign Corrupt Practices Act）。", "反海外腐败法", "Foreign Corrupt Practices Act"),
    # the bloc before the law's name is left out when its original leaves it out
    ("欧盟数字市场法（Digital Markets Act）周一起全面适用。", "数字市场法", "Digital Markets Act"),
])
def test_a_law_named_in_words_is_a_term(text: str, term: str, original: str) -> None:
    assert glosses(text) == [(term, original, None)]


def test_a_person_called_law_stays_a_person() -> None:
    assert glosses("流亡英国的罗冠聪（Nathan Law）周三表示。") == [("罗冠聪", "Nathan Law", "PER")]


def test_a_generation_the_abbreviations_number_gives_belongs_to_the_term() -> None:
    assert glosses("第五代移动通信技术（5G）基站数量突破400万个。") == [("第五代移动通信技术", "5G", None)]


@pytest.mark.parametrize("text, term, original", [
    ("據《科學》（Science）網站報導，該實驗室已暫停運作。", "科學", "Science"),  # a site in marks is a body
    ("韓國成功打開「五眼聯盟」（Five Eyes）的軍火市場。", "五眼聯盟", "Five Eyes"),  # a name ending like a body's
    ("该平台推出了面向海外的购物网站速卖通（AliExpress）。", "速卖通", "AliExpress"),  # a brand with a capital inside
])
def test_the_type_of_a_body_in_marks_or_by_its_brand(text: str, term: str, original: str) -> None:
    assert glosses(text) == [(term, original, "ORG")]


def test_a_one_word_name_after_a_word_saying_what_the_body_is_is_a_body() -> None:
    found = glosses("聊天机器人的开发商开放人工智能（OpenAI）周一发布了新模型。")
    assert found == [("开放人工智能", "OpenAI", "ORG")]


@pytest.mark.parametrize("text, term, original", [
    ("保护记者委员会（CPJ）周四发表声明，要求释放被拘记者。", "保护记者委员会", "CPJ"),  # not 委员会 alone
    ("香港国际机场（HKIA）上月客运量回升。", "香港国际机场", "HKIA"),  # HK: the place is the name's
])
def test_an_abbreviations_body_read_whole(text: str, term: str, original: str) -> None:
    assert [(g.term, g.gloss) for g in analyse_text(text).glosses] == [(term, original)]


def test_the_members_of_a_list_of_bodies_are_bodies() -> None:
    found = glosses("三大评级机构标普（S&P）、穆迪（Moody's）和惠誉（Fitch）均下调了该国评级。")
    assert [(term, kind) for term, _, kind in found] == [("标普", "ORG"), ("穆迪", "ORG"), ("惠誉", "ORG")]


def test_a_paper_in_marks_glossed_with_its_article_is_a_body() -> None:
    assert glosses("据英国《卫报》（The Guardian）周日报道，该计划已被搁置。") == [("卫报", "The Guardian", "ORG")]


@pytest.mark.parametrize("text, term, original", [
    ("司美格鲁肽是一种胰高血糖素样肽-1（GLP-1）受体激动剂。", "胰高血糖素样肽-1", "GLP-1"),
    ("这款新药靶向程序性死亡受体-1（PD-1），用于治疗晚期肺癌。", "程序性死亡受体-1", "PD-1"),
    ("游客在台北101（Taipei 101）观景台排起长队。", "台北101", "Taipei 101"),
])
def test_a_term_ending_in_the_number_its_original_ends_in(text: str, term: str, original: str) -> None:
    assert [(g.term, g.gloss) for g in analyse_text(text).glosses] == [(term, original)]


@pytest.mark.parametrize("text, term, original", [
    ("瑞典電信設備商愛立信（Ericsson）週二宣布在全球裁員。", "愛立信", "Ericsson"),  # the trade glued to the name
    ("美國晶片商超微（AMD）週三發表新一代處理器。", "超微", "AMD"),  # a Taiwan word for the trade
])
def test_a_body_after_its_trade_in_traditional_characters(text: str, term: str, original: str) -> None:
    assert glosses(text) == [(term, original, "ORG")]


@pytest.mark.parametrize("text, term, original", [
    ("美国非农就业数据（Nonfarm Payrolls）周五公布，好于市场预期。", "非农就业数据", "Nonfarm Payrolls"),
    ("该药物上月获得了突破性疗法认定（Breakthrough Therapy Designation）。", "突破性疗法认定",
     "Breakthrough Therapy Designation"),
    ("交易所交易基金（ETF）的规模持续扩大。", "交易所交易基金", "ETF"),
])
def test_a_finance_or_health_term_in_title_case(text: str, term: str, original: str) -> None:
    assert [(g.term, g.gloss) for g in analyse_text(text).glosses] == [(term, original)]


def test_a_per_share_term_is_read_whole_and_is_no_body() -> None:
    found = glosses("该公司第三季度每股收益（EPS）为1.2美元，每股派息（DPS）0.5元。")
    assert found == [("每股收益", "EPS", None), ("每股派息", "DPS", None)]


@pytest.mark.parametrize("text, term", [
    ("这项研究周三发表在《自然》 (Nature) 杂志上。", "自然"),  # spaces around the parenthesis
    ("他在2010年与人合伙创办了“深度思维”（DeepMind）公司。", "深度思维"),  # a word for a body after it
    ("谷歌旗下的“深度思维”（DeepMind）发布了新模型。", "深度思维"),  # a brand in quotation marks
])
def test_a_body_in_marks_by_the_word_after_it_or_its_brand(text: str, term: str) -> None:
    assert [(g.term, g.type) for g in analyse_text(text).glosses] == [(term, "ORG")]


def test_a_trial_phase_written_in_numbers_belongs_to_the_term() -> None:
    found = [(g.term, g.gloss) for g in analyse_text("该药在一项三期临床试验（Phase 3 trial）中显著降低了死亡风险。").glosses]
    assert found == [("三期临床试验", "Phase 3 trial")]


@pytest.mark.parametrize("text", ["特斯拉（TSLA）股价周三下跌逾5%。", "英伟达（NVDA）周三收涨3%，市值再创新高。"])
def test_a_bare_ticker_before_the_share_price_is_no_gloss(text: str) -> None:
    assert glosses(text) == []


@pytest.mark.parametrize("text, term, original", [
    ("汇丰（HSBC）股价周一下跌2%。", "汇丰", "HSBC"),  # the letters are the company's own name
    ("特斯拉（TSLA）周三发布了第三季度财报。", "特斯拉", "TSLA"),  # no share price follows: left as written
])
def test_an_abbreviation_that_is_no_bare_ticker_stays(text: str, term: str, original: str) -> None:
    assert [(g.term, g.gloss) for g in analyse_text(text).glosses] == [(term, original)]


@pytest.mark.parametrize("text, term", [
    ("人工智能初创公司月之暗面（Moonshot AI）周二宣布完成新一轮融资。", "月之暗面"),
    ("法国人工智能公司米斯特拉尔（Mistral AI）发布了新的开源模型。", "米斯特拉尔"),
])
def test_an_ai_company_after_its_trade_is_a_body(text: str, term: str) -> None:
    assert [(g.term, g.type) for g in analyse_text(text).glosses] == [(term, "ORG")]


@pytest.mark.parametrize("text", [
    "华尔街策略师汤姆·李（Tom Lee，CEO of Fundstrat）周一表示看好美股。",
    "华尔街策略师汤姆·李（Tom Lee, PhD）周一表示看好美股。",
])
def test_a_persons_original_with_a_title_or_degree_after_a_comma(text: str) -> None:
    assert glosses(text) == [("汤姆·李", "Tom Lee", "PER")]
