"""Parenthetical glosses: the term's left edge, the original, the type; non-names rejected."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsmine.model import Doc
from newsmine.names import parse_original
from newsmine.analyze.pipeline import analyze
from newsmine.read import read_article
from tests.conftest import EXAMPLES
from tests.helpers_names import analyse_text

SEED_PAIRS = {
    ("黄晓恩", "Tessa Wong"), ("普京", "Vladimir Putin"), ("符拉迪沃斯托克", "Vladivostok"),
    ("马修·米勒", "Matthew Miller"), ("特朗普", "Donald Trump"), ("绍伊古", "Sergei Shoigu"),
    ("冲突研究中心", "Conflict Studies Research Centre"), ("瓦列里·阿基门科", "Valery Akimenko"),
    ("北韩大学院大学", "University of North Korean Studies"), ("金东烨", "Kim Dong-yup"),
    ("峨山政策硏究院", "Asan Institute for Policy Studies"), ("梁旭", "Yang Uk"),
    ("梨花女子大学", "Ewha Womans University"), ("莱夫·埃里克·伊斯利", "Leif Eric Easley"),
    ("亚洲协会政策研究院", "Asia Society Policy Institute"), ("罗里·丹尼尔斯", "Rorry Daniels"),
    ("朴元根", "Park Won-gon"), ("具酉娜", "Yuna Ku"),
}


def pairs(doc) -> set[tuple[str, str]]:
    return {(g.term, g.gloss) for g in doc.glosses}


def test_seed_has_exactly_its_eighteen_glosses(seed_path: Path) -> None:
    doc = analyze(read_article(str(seed_path)))
    assert pairs(doc) == SEED_PAIRS
    assert len(doc.glosses) == 18


def test_seed_glosses_types_spans_and_transliteration(seed_path: Path) -> None:
    doc = analyze(read_article(str(seed_path)))
    by_term = {g.term: g for g in doc.glosses}
    assert {t for t, g in by_term.items() if g.transliterated} == {"金东烨", "朴元根"}
    assert by_term["马修·米勒"].type == "PER"
    assert by_term["梨花女子大学"].type == "ORG"
    assert by_term["符拉迪沃斯托克"].type == "LOC"
    for g in doc.glosses:
        assert doc.text[g.term_span.start : g.term_span.end] == g.term
        assert doc.text[g.span.start : g.span.end].startswith(g.term)
        assert doc.text[g.span.end - 1] in "）)"


EXAMPLE_PAIRS = {
    "arctic-council-tromso.md": {
        ("艾玛·卡特赖特", "Emma Cartwright"), ("特罗姆瑟", "Tromsø"), ("英格丽·哈尔沃森", "Ingrid Halvorsen"),
        ("马克·杜布瓦", "Marc Dubois"), ("斯瓦尔巴群岛", "Svalbard"), ("北极研究所", "Arctic Institute"),
        ("李敏浩", "Lee Min-ho"), ("拉普兰大学", "University of Lapland"), ("汉娜·维尔塔宁", "Hanna Virtanen"),
        ("伊魁特", "Iqaluit"), ("卡琳·斯特兰德", "Karin Strand"),
    },
    "nickel-agreement-jakarta.md": {
        ("林嘉欣", "Karen Lam"), ("若昂·卡瓦略", "João Carvalho"), ("布迪·桑托索", "Budi Santoso"),
        ("歐盟委員會", "European Commission"), ("新加坡國立大學", "National University of Singapore"),
        ("陳志明", "Tan Chee Meng"), ("雨林行動", "Rainforest Action"), ("瑪麗亞·蘇亞雷斯", "Maria Suárez"),
        ("黃詩雅", "Sze-nga Wong"),
    },
}


@pytest.mark.parametrize("name", sorted(EXAMPLE_PAIRS))
def test_examples_glosses(name: str) -> None:
    path = next(p for p in EXAMPLES if p.name == name)
    assert pairs(analyze(read_article(str(path)))) == EXAMPLE_PAIRS[name]


def test_examples_types() -> None:
    path = next(p for p in EXAMPLES if p.name == "arctic-council-tromso.md")
    types = {g.term: g.type for g in analyze(read_article(str(path))).glosses}
    assert types["特罗姆瑟"] == types["伊魁特"] == types["斯瓦尔巴群岛"] == "LOC"
    assert types["北极研究所"] == types["拉普兰大学"] == "ORG"
    assert types["汉娜·维尔塔宁"] == "PER"


@pytest.mark.parametrize("text, term, original", [
    ("欧盟外交事务发言人安娜·科瓦尔斯卡（Anna Kowalska）周四（10月5日）表示，谈判仍在继续。",
     "安娜·科瓦尔斯卡", "Anna Kowalska"),
    ("（法新社羅馬19日電）義大利總理梅洛尼（Giorgia Meloni）週三出席了會議。", "梅洛尼", "Giorgia Meloni"),
    ("在场的英国歌手艾德•希兰（Ed Sheeran）没有发言。", "艾德•希兰", "Ed Sheeran"),
    ("電影由演員艾瑪‧湯普森（Emma Thompson）主演。", "艾瑪‧湯普森", "Emma Thompson"),
    ("作家玛丽・雪莱（Mary Shelley）的小说被再次改编。", "玛丽・雪莱", "Mary Shelley"),
    ("美国总统拜登(Joe Biden)周二抵达。", "拜登", "Joe Biden"),
    ("总部设在伦敦的国际战略研究所（International Institute for Strategic Studies）发表报告。",
     "国际战略研究所", "International Institute for Strategic Studies"),
    ("船队停靠在挪威港口城市卑尔根（Bergen）补给。", "卑尔根", "Bergen"),
    ("首尔国立大学教授崔敏浩（Choi Min-ho，音译）认为风险很高。", "崔敏浩", "Choi Min-ho"),
    ("市场关注欧洲央行（ECB）下周的议息会议。", "欧洲央行", "ECB"),
    ("最早提出这一说法的是学者约瑟夫•钱德勒（Joseph Chandler）。", "约瑟夫•钱德勒", "Joseph Chandler"),
    ("她后来进入苏世民书院（Schwarzman College）学习。", "苏世民书院", "Schwarzman College"),
    ("她的丈夫约翰（John）也在场。", "约翰", "John"),
    ("总部位于华盛顿的智库战略与国际研究中心（CSIS）发布报告。", "战略与国际研究中心", "CSIS"),
    ("美国联邦储备委员会（美联储，Federal Reserve）宣布加息。", "美国联邦储备委员会", "Federal Reserve"),
    ("英国通信管理局（Ofcom）周四公布裁决。", "英国通信管理局", "Ofcom"),
    ("国际原子能机构(IAEA)周一发布报告。", "国际原子能机构", "IAEA"),
    ("据中国官媒中国环球电视网（CGTN）周一报道。", "中国环球电视网", "CGTN"),
    ("加拿大多伦多大学公民实验室（Citizen Lab）发布报告。", "公民实验室", "Citizen Lab"),
    ("首尔的北韩大学院大学（University of North Korean Studies）教授说。", "北韩大学院大学",
     "University of North Korean Studies"),
    ("英国官媒英国广播公司（BBC）周二报道。", "英国广播公司", "BBC"),
    ("前军情五处处长乔纳森•埃文斯爵士（Jonathan Evans）警告说。", "乔纳森•埃文斯", "Jonathan Evans"),
    ("保守党元老迈克尔•赫塞尔廷勋爵（Lord Heseltine）反对脱欧。", "迈克尔•赫塞尔廷勋爵", "Lord Heseltine"),
    ("联邦调查局局长（FBI）周四出席听证。", "联邦调查局", "FBI"),
    ("日本最高裁判所（Supreme Court）驳回上诉。", "日本最高裁判所", "Supreme Court"),
    ("美联储把今年的实际国内生产总值（GDP）增速预期下调。", "国内生产总值", "GDP"),
    ("社交媒体平台领英（LinkedIn）近日封锁了多个账号。", "领英", "LinkedIn"),
    ("巴西敦促世界卫生组织（WHO）公布数据。", "世界卫生组织", "WHO"),
    ("声明说，七大工业国组织（G7）也在周一表态。", "七大工业国组织", "G7"),
    ("律师阿力·哈山（Ali Hassan）出庭。", "阿力·哈山", "Ali Hassan"),
    ("俄罗斯智库瓦尔代国际辩论俱乐部（Valdai Discussion Club）发布年度报告。", "瓦尔代国际辩论俱乐部",
     "Valdai Discussion Club"),
    ("美国第一季度国内生产总值（GDP）增长2%。", "国内生产总值", "GDP"),
    ('前海军上将罗伯特·“鲍勃”·沃克（Robert "Bob" Walker）表示反对。', "罗伯特·“鲍勃”·沃克", 'Robert "Bob" Walker'),
    ("网页转载时写成约翰?史密斯（John Smith）的名字。", "约翰?史密斯", "John Smith"),
    ("他曾任职于中国环球电视网（CGTN）。", "中国环球电视网", "CGTN"),
    ("他领导的全国民主联盟（National League for Democracy）获胜。", "全国民主联盟", "National League for Democracy"),
    ("他敦促世界贸易组织（WTO）接受这一安排。", "世界贸易组织", "WTO"),
    ("伊朗外长阿拉格齐（Abbas Araghchi）周日抵达。", "阿拉格齐", "Abbas Araghchi"),
    ("国会通过了“第一步法案” （First Step Act）。", "第一步法案", "First Step Act"),
    ("风险投资公司蓝杉资本（Blue Fir Capital）领投这一轮。", "蓝杉资本", "Blue Fir Capital"),
    ("他退休后创办的孔雀慈善基金会（Peacock Foundation）周三宣布捐款。", "孔雀慈善基金会", "Peacock Foundation"),
    ("她的外祖母臧秀兰（Sau-lan Chong）当年在码头卖面。", "臧秀兰", "Sau-lan Chong"),
])
def test_term_left_edge(text: str, term: str, original: str) -> None:
    doc = analyse_text(text)
    assert pairs(doc) == {(term, original)}


def test_a_list_of_glossed_bodies_keeps_the_joining_word_out() -> None:
    doc = analyse_text("防长已命令海洋测绘局（Hydrographic Office）及海岸警卫局（Coast Guard Agency）、"
                       "边境署（Border Agency）和移民局（Immigration Bureau）配合调查。")
    assert [g.term for g in doc.glosses] == ["海洋测绘局", "海岸警卫局", "边境署", "移民局"]


def test_a_vaccine_maker_known_by_its_taiwan_name_is_an_organisation() -> None:
    doc = analyse_text("台湾向阿斯特捷利康（AstraZeneca）和莫德纳（Moderna）订购了疫苗。")
    assert [(g.term, g.type) for g in doc.glosses] == [("阿斯特捷利康", "ORG"), ("莫德纳", "ORG")]


@pytest.mark.parametrize("text, term", [
    ("暴雨过后，距离市区约100公里的圣何塞（San Jose）也受了影响。", "圣何塞"),
    ("总部位于圣路易斯（St. Louis）的物流公司宣布裁员。", "圣路易斯"),
    ("枪击事件发生在洛斯阿图（Los Altos）的一所中学。", "洛斯阿图"),
])
def test_towns_named_with_san_saint_or_los_are_places(text: str, term: str) -> None:
    """圣 renders San, Santa, Saint and belongs to the term; such names and Los/Las names are places."""
    doc = analyse_text(text)
    assert [(g.term, g.type) for g in doc.glosses] == [(term, "LOC")]


@pytest.mark.parametrize("text, term", [
    ("美国人权组织自由之家（Freedom House）周二发布了年度网络自由报告。", "自由之家"),
    ("据国际新闻自由组织无国界记者（Reporters Without Borders）统计，今年有多名记者被捕。", "无国界记者"),
    ("该报引述日本经济新闻（Nikkei）的消息。", "日本经济新闻"),  # not 新闻 alone: the name begins further left
])
def test_a_known_body_the_tagger_cut_into_ordinary_words(text: str, term: str) -> None:
    doc = analyse_text(text)
    assert [(g.term, g.type) for g in doc.glosses] == [(term, "ORG")]


def test_korean_gloss_with_transliteration_label_is_cleaned() -> None:
    doc = analyse_text("庆熙大学（Kyung Hee University）讲师韩智媛（音译，Han Ji- won）对此表示怀疑。")
    person = next(g for g in doc.glosses if g.type == "PER")
    assert (person.term, person.gloss, person.transliterated) == ("韩智媛", "Han Ji-won", True)


@pytest.mark.parametrize("text", [
    "代表团周三（9月13日）抵达。",
    "该项目耗资约5亿英镑（约合人民币45亿元）。",
    "这笔交易价值12亿美元（US$1.2bn）。",
    "年轻人热议“内卷”（指过度竞争）现象。",
    "（法新社羅馬19日電）會談在週三舉行。",
    "当地时间晚上9点（北京时间早上10点）开始。",
])
def test_non_names_are_rejected(text: str) -> None:
    assert analyse_text(text).glosses == []


@pytest.mark.parametrize("text, term", [
    ("网页使用了串联样式表（CSS）排版。", "串联样式表"),
    ("央行再次扩大量化宽松（QE）的规模。", "量化宽松"),
])
def test_an_abbreviated_term_is_a_gloss_of_no_entity_type(text: str, term: str) -> None:
    # CONVENTIONS: a parenthesis giving an abbreviation of the term is a gloss; a term is type OTHER
    glosses = analyse_text(text).glosses
    assert [(g.term, g.type) for g in glosses] == [(term, None)]


@pytest.mark.parametrize("content, expected", [
    ("Vladimir Putin", ("Vladimir Putin", False)),
    ("音译，Kim Dong- yup", ("Kim Dong-yup", True)),
    ("Zeyi Yang，音译", ("Zeyi Yang", True)),
    ("9月13日", None),
    ("约合人民币45亿元", None),
    ("third way", None),
])
def test_parse_original(content: str, expected: tuple[str, bool] | None) -> None:
    parsed = parse_original(content)
    assert (None if parsed is None else (parsed.text, parsed.transliterated)) == expected


PHONETIC_ARTICLE = (
    "俄罗斯总统普京（Putin）周四在莫斯科会见了国际原子能机构（IAEA）总干事一行。与此同时，苹果公司（Apple）"
    "宣布在萨尔特省（Sarthe）开设新的研发中心，由英国工程师理查德·霍尔布鲁克（Richard Holbrook）负责。"
    "当地记者吴明哲（音译，Wu Ming-che）说，这一消息令人意外。"
)


def test_phonetic_says_whether_the_term_renders_the_original_by_sound() -> None:
    by_term = {g.term: g for g in analyse_text(PHONETIC_ARTICLE).glosses}
    assert {t for t, g in by_term.items() if g.phonetic} == {"普京", "萨尔特省", "理查德·霍尔布鲁克", "吴明哲"}
    assert {"国际原子能机构", "苹果公司"} <= set(by_term)
    # `transliterated` keeps its documented meaning: only the article's own 音译 label sets it
    assert {t for t, g in by_term.items() if g.transliterated} == {"吴明哲"}


def test_a_document_written_before_phonetic_still_loads() -> None:
    data = analyse_text(PHONETIC_ARTICLE).to_dict()
    for gloss in data["glosses"]:
        del gloss["phonetic"]
    reloaded = Doc.from_dict(data)
    assert reloaded.glosses and not any(g.phonetic for g in reloaded.glosses)
