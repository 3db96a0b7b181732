"""Gloss forms that outlets write beside the plain `term（Original）`: labels glued to the original,
a full name with its abbreviation, straight quotes and 〈〉, short names after a title, places inside
a region the tagger joined to them, organisation names with 与 inside."""

from __future__ import annotations

import pytest

from newsmine.analyze.gloss_originals import is_translated_clause, original_of
from tests.helpers_names import analyse_text


def pairs(text: str) -> set[tuple[str, str]]:
    return {(g.term, g.gloss) for g in analyse_text(text).glosses}


@pytest.mark.parametrize("content, expected", [
    ("缅甸名Thiri Aung", "Thiri Aung"),
    ("英文简称OPCW", "OPCW"),
    ("英文：Organisation for the Prohibition of Chemical Weapons，OPCW",
     "Organisation for the Prohibition of Chemical Weapons"),
    ("International Energy Agency, IEA", "International Energy Agency"),
    ("Anna Berg", "Anna Berg"),
    ("the Observer", "the Observer"),
    ("iPad", "iPad"),
    ("soft power", "soft power"),
    ("the middle  way", "the middle way"),
    ("limits on content", "limits on content"),
])
def test_original_of_labelled_and_doubled_forms(content: str, expected: str) -> None:
    found = original_of(content)
    assert found is not None and found.text == expected


@pytest.mark.parametrize("content", ["约合2亿美元", "IEA，OPEC", "Anna Berg，Tom Hall", "指过度竞争", "tagline",
                                     "in good faith", "the economy"])
def test_original_of_rejects_what_is_no_single_original(content: str) -> None:
    assert original_of(content) is None


@pytest.mark.parametrize("text, term, original", [
    ("国际劳工组织（英文简称ILO）周二公布调查结果。", "国际劳工组织", "ILO"),
    ("国际能源署（International Energy Agency，IEA）下调了今年的需求预测。", "国际能源署",
     "International Energy Agency"),
    ("女学生周美玲（缅甸名Thiri Aung）在仰光参加集会。", "周美玲", "Thiri Aung"),
    ('参议院周五表决"清洁水源法案"(Clean Water Act)的修正案。', "清洁水源法案", "Clean Water Act"),
    ("他在〈寂静的海岸〉（The Silent Coast）一文中回忆了那次航行。", "寂静的海岸", "The Silent Coast"),
    ("出席者包括72岁的前交通部长拉扎（Razak Latif）和两名律师。", "拉扎", "Razak Latif"),
    ("洪水淹没了中央邦博帕尔（Bhopal）郊区的村庄。", "博帕尔", "Bhopal"),
    ("叙利亚北部阿勒颇（Aleppo）再次遭到空袭。", "阿勒颇", "Aleppo"),
    ("世界卫生组织建议民众参考美国疾病控制与预防中心（CDC）的指引。", "美国疾病控制与预防中心", "CDC"),
    ("他批评政府和中央银行（Central Bank）反应迟缓。", "中央银行", "Central Bank"),
    ("她在社交平台脸书（Facebook）上贴出了照片。", "脸书", "Facebook"),
    ("西班牙国家报（El Pais）周日刊出专访。", "国家报", "El Pais"),
    ("英国《观察家报》（the Observer）周日刊出专访。", "观察家报", "the Observer"),
    ("德国监管机构联邦网络局（Bundesnetzagentur）周三发出警告。", "联邦网络局", "Bundesnetzagentur"),
])
def test_gloss_forms(text: str, term: str, original: str) -> None:
    assert pairs(text) == {(term, original)}


@pytest.mark.parametrize("text", [
    "他们讨论了平台（Platform）的设计。",  # a word saying what a name is, not a name
    "她的妻子（Mary Brennan）当时也在场。",  # an ordinary noun before a person's original
    "她在日记（Diary）中写道，那天很冷。",  # an ordinary noun and its translation
    "研究人员改进了算法（Algorithm）的效率。",
])
def test_an_ordinary_noun_is_no_brand(text: str) -> None:
    assert analyse_text(text).glosses == []


@pytest.mark.parametrize("text, term, original", [
    ("报告比较三项指标：网络审查（online censorship）、平台问责（platform accountability）和隐私保护（privacy protection）。",
     "网络审查", "online censorship"),
    ("他认为这片土地本身有生态价值（ecological value），不应开发。", "生态价值", "ecological value"),
    ("官员称这是两岸关系（the cross-strait relationship）中最敏感的问题。", "两岸关系", "the cross-strait relationship"),
    ("两国合作搭建的区域数字贸易平台（eDTP）下月上线。", "区域数字贸易平台", "eDTP"),
    ("他提出了所谓的“第三条道路”（third way）。", "第三条道路", "third way"),  # quoted: the marks left out
])
def test_a_term_glossed_in_small_letters(text: str, term: str, original: str) -> None:
    assert (term, original) in pairs(text)


def test_a_list_of_terms_in_small_letters_gives_each_its_own_term() -> None:
    text = "报告比较三项指标：网络审查（online censorship）、平台问责（platform accountability）和隐私保护（privacy protection）。"
    assert pairs(text) == {("网络审查", "online censorship"), ("平台问责", "platform accountability"),
                           ("隐私保护", "privacy protection")}


def test_a_body_named_in_small_letters_is_an_organisation() -> None:
    glosses = analyse_text("该校由五名退休教授组成的「学术理事会」（academic council）负责审议。").glosses
    assert [(g.term, g.type, g.phonetic) for g in glosses] == [("学术理事会", "ORG", False)]


@pytest.mark.parametrize("text", [
    "他把这句话称为宣传语（tagline），并不当真。",  # one small word: an ordinary word's translation
    "她说美方一直想扭曲(distort)事实。",
])
def test_one_small_word_is_no_gloss(text: str) -> None:
    assert analyse_text(text).glosses == []


@pytest.mark.parametrize("text, term", [
    # a descriptor glued before a body whose generic last word renders one English word in three characters
    ("美国知名外交智库海洋事务委员会（Council on Ocean Affairs）周二发表报告。", "海洋事务委员会"),
    # 生产商 says what the body is, though the tagger read 商品 as one word
    ("旗下的冷冻食品生产商品乐公司（Pinler Company）在次年被收购。", "品乐公司"),
    # a verb before a body the gazetteers know is not part of its name
    ("监管机构上月叫停蚂蚁集团（Ant Group Co.）的上市计划。", "蚂蚁集团"),
])
def test_what_is_glued_before_a_body_stays_out(text: str, term: str) -> None:
    assert [(g.term, g.type) for g in analyse_text(text).glosses] == [(term, "ORG")]


@pytest.mark.parametrize("text, term", [
    ("据英国广播公司中文网（BBC News Chinese）周二报道，港口已重新开放。", "英国广播公司中文网"),
    ("英国广播公司新闻频道（BBC News Channel）当晚播出了这段专访。", "英国广播公司新闻频道"),
    ("他对美国之音中文网（VOA Chinese）说，自己不会回国。", "美国之音中文网"),  # the tagger cuts 美国|之|音
    ("德国之声中文网（DW Chinese）的记者在现场看到了警察。", "德国之声中文网"),
    ("现任中央情报局局长（CIA）本周访问了首尔。", "中央情报局"),  # a title after the body is no unit
])
def test_a_unit_keeps_the_body_its_original_names(text: str, term: str) -> None:
    assert [(g.term, g.type) for g in analyse_text(text).glosses] == [(term, "ORG")]


@pytest.mark.parametrize("text, term", [
    ("总部设在伦敦的环保组织绿色海岸（Green Coast）周五发表声明。", "绿色海岸"),
    ("另一家投资方是私募股权投资公司远山资本（Yuanshan Capital），其创始人曾任职于投行。", "远山资本"),
])
def test_a_name_after_a_word_saying_what_the_body_is(text: str, term: str) -> None:
    assert [(g.term, g.type) for g in analyse_text(text).glosses] == [(term, "ORG")]


def test_a_person_after_a_body_word_stays_a_person() -> None:
    glosses = analyse_text("该组织成员李明（Li Ming）说，他们会继续抗议。").glosses
    assert [(g.term, g.type) for g in glosses] == [("李明", "PER")]


def test_a_glossed_title_is_the_whole_title() -> None:
    glosses = analyse_text("报告由时任国务院副国务卿（Deputy Secretary）签发。").glosses
    assert [g.term for g in glosses] == ["副国务卿"]


def test_a_foreigners_chinese_name_after_a_title_is_whole() -> None:
    # 恒 is no sound of a transliteration, but the name is one proper noun after the title
    glosses = analyse_text("美国驻中国大使恒乐石（Arthur Hume），连同两名助手出席。").glosses
    assert [(g.term, g.type) for g in glosses] == [("恒乐石", "PER")]


@pytest.mark.parametrize("text", [
    "“警察站在我们这边！”（Police are on our side!）的标语出现在校园。",
    "“我们还会回来吗？”（Will we ever come back?）成了展览的题目。",
])
def test_a_quoted_sentence_and_its_translation_are_no_gloss(text: str) -> None:
    assert analyse_text(text).glosses == []


def test_a_works_title_with_its_subtitle_is_one_original() -> None:
    found = original_of("Empire of Sand: A History of the Northern Steppe")
    assert found is not None and found.text == "Empire of Sand: A History of the Northern Steppe"
    text = "她在2019年出版的《沙之帝国：北方草原史》（Empire of Sand: A History of the Northern Steppe）一书中写道。"
    assert pairs(text) == {("沙之帝国：北方草原史", "Empire of Sand: A History of the Northern Steppe")}


def test_a_name_ending_in_xun_is_rendered_by_sound() -> None:
    glosses = analyse_text("参议员迪克逊（Ray Dixon）周二提出了修正案。").glosses
    assert [(g.term, g.phonetic) for g in glosses] == [("迪克逊", True)]


@pytest.mark.parametrize("text", [
    "蔚蓝汽车（BLUE.US）股价周一上涨百分之五。",
    "星河电子（NASDAQ：SGLX）周三公布季度业绩。",
    "远航科技（TSLX.O）盘后下跌。",
    "江明远（又名Albert）曾在投行任职。",  # another name he goes by, not his name's original
])
def test_stock_codes_and_other_names_are_no_gloss(text: str) -> None:
    assert analyse_text(text).glosses == []


def test_a_company_glossed_by_its_name_is_still_a_gloss() -> None:
    assert pairs("远航科技公司（Yuanhang Technology Co.）周三公布季度业绩。") == {
        ("远航科技公司", "Yuanhang Technology Co.")}


@pytest.mark.parametrize("text, term", [
    ("他曾任职于加拿大北极研究中心（Arctic Research Centre）。", "北极研究中心"),
    ("消息来自美国绿谷食品公司（Greenvale Foods）的内部邮件。", "绿谷食品公司"),
    ("法国国际广播电台（Radio France Internationale）周五报道了此事。", "法国国际广播电台"),  # its original names France
    ("英国通信管理局（Ofcom）周三发出警告。", "英国通信管理局"),  # a one-word original cannot tell
])
def test_a_country_before_a_body_is_in_the_term_only_when_the_original_names_it(text: str, term: str) -> None:
    assert [g.term for g in analyse_text(text).glosses] == [term]


def test_quotation_marks_around_the_term_and_its_parenthesis() -> None:
    doc = analyse_text("这套系统名为“城市热力地图（HeatGrid）”，由三名工程师开发。")
    assert [(g.term, doc.text[g.span.start : g.span.end]) for g in doc.glosses] == [
        ("城市热力地图", "“城市热力地图（HeatGrid）")]


def test_a_quotation_ending_in_a_gloss_keeps_the_plain_term() -> None:
    glosses = analyse_text("他说：“我们会继续支持世界卫生组织（WHO）”。").glosses
    assert [g.term for g in glosses] == ["世界卫生组织"]


@pytest.mark.parametrize("text", [
    "他事后承认，自己当晚“用拳头打了对手”（punched his rival），并表示后悔。",  # a pronoun, an aspect particle
    "学者联署声明，批评该部门「打压整个学界」（silence the whole profession）。",  # a verb and its object
    "报道只写了“根据知情人士”（according to insiders），没有给出处。",  # a preposition leading the clause
    "横幅上写着“我们不会离开”（We are not leaving），字很大。",  # a sentence, capitalised as one
    "他现在是一家诊所的「社区护理顾问」（community care adviser），每周上班三天。",  # a job, not a name
])
def test_a_clause_or_a_job_with_its_translation_in_small_letters_is_no_gloss(text: str) -> None:
    assert analyse_text(text).glosses == []


@pytest.mark.parametrize("original, clause", [
    ("punched his rival", True),
    ("silence the whole profession", True),
    ("freedom of the press", False),  # a term's English: an article after a preposition
    ("the middle way", False),
    ("Freedom on the Net", False),  # a title in capitals is a name, whatever its words
    ("Our Shared Future", False),
    ("We are not leaving", True),
])
def test_a_translated_clause_is_told_from_a_terms_english(original: str, clause: bool) -> None:
    assert is_translated_clause(original) is clause


def test_a_term_in_small_letters_beside_a_clause_stays_a_gloss() -> None:
    text = "报告把这种做法称为“数字围栏”（digital fencing），并说官员“封锁了消息”（blocked the news）。"
    assert pairs(text) == {("数字围栏", "digital fencing")}


def test_a_work_titled_with_a_pronoun_stays_a_gloss() -> None:
    assert pairs("她的新书《我们共同的未来》（Our Shared Future）上月出版。") == {("我们共同的未来", "Our Shared Future")}
