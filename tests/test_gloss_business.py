"""Gloss forms of business, finance and technology pages, checked on sentences written for these
tests: an abbreviation before the full name, a name beside its stock code, letters written
full-width, a name in Japanese, a term an abbreviation glosses whose words the tagger reads as verbs
or adverbs, a technical or financial term glossed by its English in capitals."""

from __future__ import annotations

import pytest

from newsmine.analyze.gloss_originals import original_of
from tests.helpers_names import analyse_text


def pairs(text: str) -> set[tuple[str, str]]:
    return {(g.term, g.gloss) for g in analyse_text(text).glosses}


@pytest.mark.parametrize("content, expected", [
    ("TSMC，Taiwan Semiconductor Manufacturing Company", "TSMC"),  # the abbreviation first: the first is kept
    ("Bank for International Settlements；BIS", "Bank for International Settlements"),
    ("International Monetary Fund，IMF，下同", "International Monetary Fund"),
    ("Nvidia Corp.，NASDAQ：NVDA", "Nvidia Corp."),  # the stock code beside the name is left out
    ("ＮＶＩＤＩＡ", "NVIDIA"),
    ("トヨタ自動車", "トヨタ自動車"),
    ("日文：ソニーグループ", "ソニーグループ"),
])
def test_the_original_among_several_pieces(content: str, expected: str) -> None:
    found = original_of(content)
    assert found is not None and found.text == expected


@pytest.mark.parametrize("content", ["NASDAQ：NVDA，NYSE：NVD", "TSMC，Sony Group", "Lee，2019"])
def test_pieces_that_give_no_single_original(content: str) -> None:
    assert original_of(content) is None


@pytest.mark.parametrize("text, term, original", [
    ("台积电（TSMC，Taiwan Semiconductor Manufacturing Company）周四公布季度财报。", "台积电", "TSMC"),
    ("英伟达（NVIDIA，NASDAQ：NVDA）周三盘后公布财报。", "英伟达", "NVIDIA"),
    ("英伟达（ＮＶＩＤＩＡ）周三发布了新款芯片。", "英伟达", "NVIDIA"),
    ("丰田汽车（トヨタ自動車）周三下调了全年销量目标。", "丰田汽车", "トヨタ自動車"),
])
def test_a_company_glossed_in_business_forms(text: str, term: str, original: str) -> None:
    assert [(g.term, g.gloss, g.type) for g in analyse_text(text).glosses] == [(term, original, "ORG")]


@pytest.mark.parametrize("text", ["星河电子（NASDAQ：SGLX，NYSE：SGX）周三公布季度业绩。",
                                  "远航科技（600871.SH）股价周一下跌。",
                                  "星河电子（纽交所：SGLX）周三公布季度业绩。",
                                  "远航科技（股票代码：YHKJ）周一宣布回购。",
                                  "北岸控股（NYSE：NBH.A）周五公布年报。",
                                  "星河电子（SGLX US）周三盘后大涨。"])
def test_stock_codes_alone_are_no_gloss(text: str) -> None:
    assert analyse_text(text).glosses == []


@pytest.mark.parametrize("text, term, original", [
    ("该公司的增强现实（AR）眼镜下月上市。", "增强现实", "AR"),  # 增强 read as a verb
    ("软件即服务（SaaS）企业的估值普遍下跌。", "软件即服务", "SaaS"),
    ("該公司的高效能運算（HPC）營收占比提升。", "高效能運算", "HPC"),
    ("他们对模型进行了监督微调（SFT）。", "监督微调", "SFT"),
    ("一年期贷款市场报价利率（LPR）维持在3.45%。", "贷款市场报价利率", "LPR"),  # 一年|期: a number's word
    ("这家企业计划推出人类反馈强化学习（RLHF）工具。", "人类反馈强化学习", "RLHF"),  # 推出 leads the term
])
def test_a_term_an_abbreviation_glosses_over_words_read_as_verbs(text: str, term: str, original: str) -> None:
    assert [(g.term, g.gloss, g.type) for g in analyse_text(text).glosses] == [(term, original, None)]


@pytest.mark.parametrize("text, term, original", [
    ("强化学习（Reinforcement Learning）是这次突破的关键。", "强化学习", "Reinforcement Learning"),
    ("扩散模型（Diffusion Model）在图像生成领域表现突出。", "扩散模型", "Diffusion Model"),
    ("虚拟现实（Virtual Reality）头显出货量下滑。", "虚拟现实", "Virtual Reality"),
    ("固态电池（Solid-State Battery）技术取得突破。", "固态电池", "Solid-State Battery"),
])
def test_a_technical_term_glossed_in_capitals(text: str, term: str, original: str) -> None:
    assert [(g.term, g.gloss, g.type) for g in analyse_text(text).glosses] == [(term, original, None)]


def test_one_capitalised_word_after_an_ordinary_word_is_still_no_gloss() -> None:
    assert analyse_text("市场担心美国经济陷入衰退（Recession）。").glosses == []


@pytest.mark.parametrize("text, term", [
    ("咨询公司北辰经济研究院（Polaris Economics）周二发布报告。", "北辰经济研究院"),
    ("研究机构环球数据公司（GDC）的数据显示出货量下滑。", "环球数据公司"),
    ("美国对冲基金青松基金（Greenpine Associates）周四减持。", "青松基金"),
])
def test_a_descriptor_ending_in_a_bodys_word_stays_out(text: str, term: str) -> None:
    assert [(g.term, g.type) for g in analyse_text(text).glosses] == [(term, "ORG")]


def test_a_unit_named_after_its_body_stays_whole() -> None:
    text = "美洲学会政策研究院（Americas Society Policy Institute）周一举办研讨会。"
    assert [g.term for g in analyse_text(text).glosses] == ["美洲学会政策研究院"]


@pytest.mark.parametrize("text, term", [
    ("英国半导体设计公司安谋（Arm）周三在纳斯达克上市。", "安谋"),
    ("据市场调研机构高德纳（Gartner）统计，出货量连续三季下滑。", "高德纳"),
    ("美国电动汽车初创企业里维安（Rivian）周二宣布裁员。", "里维安"),  # 里 read as "inside"
])
def test_a_one_word_name_after_what_the_body_is_is_a_body(text: str, term: str) -> None:
    assert [(g.term, g.type) for g in analyse_text(text).glosses] == [(term, "ORG")]


def test_a_person_after_a_body_and_a_title_stays_a_person() -> None:
    glosses = analyse_text("远山资本公司合伙人莫里森（Morrison）周五表示。").glosses
    assert [(g.term, g.type) for g in glosses] == [("莫里森", "PER")]


def test_a_channels_name_reads_over_a_joining_word() -> None:
    glosses = analyse_text("他接受了全球体育与娱乐频道（GSEC）的专访。").glosses
    assert [g.term for g in glosses] == ["全球体育与娱乐频道"]


def test_a_title_an_abbreviation_glosses_is_the_title_alone() -> None:
    glosses = analyse_text("该公司首席财务官（CFO）周二宣布辞职。").glosses
    assert [(g.term, g.type) for g in glosses] == [("首席财务官", None)]


@pytest.mark.parametrize("text, term", [
    ("英国晨星报（The Morning Star）周日刊文。", "晨星报"),
    ("美国华盛顿时报（The Washington Times）周一报道。", "华盛顿时报"),
    ("日本经济新闻（Nikkei）周四报道。", "日本经济新闻"),  # one word cannot tell
])
def test_a_country_before_a_paper_stays_out_unless_the_original_cannot_tell(text: str, term: str) -> None:
    assert [g.term for g in analyse_text(text).glosses] == [term]


def test_a_paper_in_title_marks_is_a_body() -> None:
    glosses = analyse_text("德國《焦點週刊》（Focus）週六報導。").glosses
    assert [(g.term, g.type) for g in glosses] == [("焦點週刊", "ORG")]


def test_an_abbreviation_in_capitals_names_no_person() -> None:
    glosses = analyse_text("光刻机制造商阿斯麦（ASML）周三发布财报。").glosses
    assert [(g.term, g.type) for g in glosses] == [("阿斯麦", "ORG")]


@pytest.mark.parametrize("text, term", [
    ("“海上丝路”倡议（Maritime Silk Road Initiative）提出五周年。", "海上丝路"),
    ("该公司的“飞鹰”芯片（Falcon）下月量产。", "飞鹰"),
])
def test_a_word_saying_what_a_term_in_marks_is_stays_out(text: str, term: str) -> None:
    assert [(g.term, g.type) for g in analyse_text(text).glosses] == [(term, None)]


@pytest.mark.parametrize("text, term, original", [
    ("北岸电子（Northshore Electronics Co., Ltd.）周二公布初步业绩。", "北岸电子", "Northshore Electronics Co., Ltd."),
    ("他周二抵达华盛顿特区（Washington, D.C.）。", "华盛顿特区", "Washington, D.C."),
    ("小约翰·霍尔（John Hall, Jr.）的演讲被反复引用。", "小约翰·霍尔", "John Hall, Jr."),
])
def test_what_a_name_keeps_after_a_comma(text: str, term: str, original: str) -> None:
    assert pairs(text) == {(term, original)}


@pytest.mark.parametrize("text, term, original", [
    ("今年论坛的主题为「我們的海洋，我們的責任（Our Ocean, Our Duty）」，邀请了多位学者。", "我們的海洋，我們的責任",
     "Our Ocean, Our Duty"),
    ("大会主题为“为人民服务的技术（Technology in the Service of People），另有三场讨论。", "为人民服务的技术",
     "Technology in the Service of People"),  # the closing mark left out
])
def test_a_title_in_marks_with_its_english_in_title_case(text: str, term: str, original: str) -> None:
    assert [(g.term, g.gloss, g.type) for g in analyse_text(text).glosses] == [(term, original, None)]


@pytest.mark.parametrize("text", ["他说：“这是我们的机会（this is our chance）”。",
                                  "他们的律师（Anna Berg, Tom Hall）拒绝置评。"])
def test_a_clause_or_two_names_after_an_opening_mark_stay_no_gloss(text: str) -> None:
    assert analyse_text(text).glosses == []


def test_a_preposition_inside_the_marks_before_a_place_stays_out() -> None:
    glosses = analyse_text("文件是以“在国家安全室”(The Security Room)的名义发出的。").glosses
    assert [g.term for g in glosses] == ["国家安全室"]


def test_a_name_beginning_with_a_preposition_glossed_by_a_code_stays_whole() -> None:
    glosses = analyse_text("韩国还有“在外同胞签证”（F4）和永久居留签证。").glosses
    assert [g.term for g in glosses] == ["在外同胞签证"]


def test_a_body_named_for_a_meeting_reads_over_a_joining_word() -> None:
    glosses = analyse_text("联合国科学和技术会议（UNCST）周三发布报告。").glosses
    assert [g.term for g in glosses] == ["联合国科学和技术会议"]


def test_a_show_known_by_one_word_is_its_whole_chinese_name() -> None:
    glosses = analyse_text("他周二在台北國際電腦展（Computex）開幕前發表演說。").glosses
    assert [(g.term, g.type) for g in glosses] == [("台北國際電腦展", None)]


def test_a_latin_word_the_original_writes_too_begins_the_term() -> None:
    glosses = analyse_text("基金经理将富时中国指数（FTSE China Index）的目标位上调。").glosses
    assert [g.term for g in glosses] == ["富时中国指数"]
    glosses = analyse_text("基金经理将FTSE中国指数（FTSE China Index）的目标位上调。").glosses
    assert [g.term for g in glosses] == ["FTSE中国指数"]


def test_an_adverb_and_a_verb_before_an_abbreviated_term_stay_out() -> None:
    glosses = analyse_text("海軍將加強無人艇（USV）的部署。").glosses
    assert [g.term for g in glosses] == ["無人艇"]


@pytest.mark.parametrize("text, term, original", [
    ("几家云厂商本周下调大语言模型（Large Language Model，LLM）的调用价格。", "大语言模型", "Large Language Model"),
    ("推理成本下降将加速智能体（AI Agent）的落地。", "智能体", "AI Agent"),
    ("欧盟对这类产品发起反倾销调查（anti-dumping investigation）。", "反倾销调查", "anti-dumping investigation"),
])
def test_a_verb_before_a_term_glossed_in_words_stays_out(text: str, term: str, original: str) -> None:
    assert pairs(text) == {(term, original)}


def test_a_conference_whose_english_is_in_capitals_is_its_whole_name() -> None:
    glosses = analyse_text("他在星河开发者大会（GALAXY DEVCON）上发表主题演讲。").glosses
    assert [g.term for g in glosses] == ["星河开发者大会"]


@pytest.mark.parametrize("text, term", [
    ("主导该声明的英国皇家科学院（Royal Academy）前院长周一发言。", "皇家科学院"),
    ("記者守候在美國眾議院大樓（Rayburn House Office Building）外。", "眾議院大樓"),
    ("美国证券交易委员会（Securities and Exchange Commission）周一起诉该公司。", "美国证券交易委员会"),  # a state's
    ("英国央行（Bank of England）周四宣布降息。", "英国央行"),  # the rest is a generic word
])
def test_a_country_before_a_body_its_english_does_not_name(text: str, term: str) -> None:
    assert [g.term for g in analyse_text(text).glosses] == [term]


def test_a_list_of_terms_each_glossed_by_one_small_word() -> None:
    text = "该框架强调三件事：预防（prevention）、监测（monitoring）和应对（response）。"
    assert pairs(text) == {("预防", "prevention"), ("监测", "monitoring"), ("应对", "response")}


def test_one_small_word_outside_a_list_stays_no_gloss() -> None:
    assert analyse_text("他担心对手会歪曲（distort）这份声明，并表示反对。").glosses == []


def test_a_name_with_a_rare_character_outside_the_basic_block() -> None:
    glosses = analyse_text("天風國際分析師郭明錤（Ming-Chi Kuo）週三表示。").glosses  # 錤 folds to 𫓹 (plane 2)
    assert [(g.term, g.type) for g in glosses] == [("郭明錤", "PER")]


def test_a_hong_kong_body_keeps_its_place_in_its_name() -> None:
    glosses = analyse_text("該片由香港電影創意基金（Film Creative Fund）資助。").glosses
    assert [g.term for g in glosses] == ["香港電影創意基金"]


def test_a_film_festival_written_as_a_show() -> None:
    glosses = analyse_text("電影入圍第78屆康城影展（Cannes Film Festival）主競賽單元。").glosses
    assert [(g.term, g.type) for g in glosses] == [("康城影展", None)]


@pytest.mark.parametrize("text, term", [
    ("生成式AI（Generative AI）正在改变软件行业。", "生成式AI"),
    ("这家公司正在研发人工智能PC（AI PC）。", "人工智能PC"),  # the tagger reads 人工智能PC as one word
])
def test_a_term_ending_in_the_latin_word_its_original_ends_in(text: str, term: str) -> None:
    assert [(g.term, g.type) for g in analyse_text(text).glosses] == [(term, None)]


def test_a_latin_name_glossed_by_itself_is_no_gloss() -> None:
    assert analyse_text("苹果公司的iPhone 16（iPhone 16）销量不佳。").glosses == []


def test_an_accented_first_name_is_no_street_abbreviation() -> None:
    doc = analyse_text("联合国秘书长的发言人迪雅里克（Stéphane Dujarric）在纽约说，秘书长对局势深感忧虑。"
                       "圣彼得堡（St Petersburg）的市民则涌上街头。")
    kinds = {g.term: g.type for g in doc.glosses}
    assert kinds == {"迪雅里克": "PER", "圣彼得堡": "LOC"}
    assert doc.quotes[0].speaker_text == "迪雅里克"


def test_a_unit_named_after_its_body_keeps_the_body_its_original_names() -> None:
    assert pairs("国际商会仲裁院（ICC International Court of Arbitration）周三作出裁决。") == {
        ("国际商会仲裁院", "ICC International Court of Arbitration")}
