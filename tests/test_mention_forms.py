"""Entity mentions in forms every outlet writes: a country before a body that names itself without
it, names glued to the next word or cut, ordinary words the tagger takes for names."""

from __future__ import annotations

import pytest

from newsmine.analyze.mentions import Candidate
from newsmine.analyze.name_cuts import unglued_people
from tests.helpers_names import analyse_text


def mentions(text: str) -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in analyse_text(text).mentions}


@pytest.mark.parametrize("text, parts", [
    ("中国外交部周四回应说，有关报道毫无根据。", {("中国", "LOC"), ("外交部", "ORG")}),
    ("美国共和党议员周二提出修正案。", {("美国", "LOC"), ("共和党", "ORG")}),
    ("英国工党在地方选举中失利。", {("英国", "LOC"), ("工党", "ORG")}),
])
def test_a_country_before_a_body_that_names_itself_is_a_place_of_its_own(text: str, parts: set) -> None:
    assert parts <= mentions(text)


@pytest.mark.parametrize("text, whole", [
    ("中国国民党主席周日访问厦门。", ("中国国民党", "ORG")),
    ("美国国务院发言人周一表示关切。", ("美国国务院", "ORG")),
])
def test_a_country_that_is_part_of_the_name_stays(text: str, whole: tuple[str, str]) -> None:
    assert whole in mentions(text)


@pytest.mark.parametrize("text, name, kind", [
    ("事实查核网站Factcheck.org执行主编周二撰文反驳。", "Factcheck.org", "ORG"),
    ("不少网民在Reddit上转发了这段视频。", "Reddit", "ORG"),
    ("乌克兰军工企业Motor Sich的工厂遭到袭击。", "Motor Sich", "ORG"),
    ("根据调研公司 Global Market Insights 的报告，市场将继续增长。", "Global Market Insights", "ORG"),
    ("名为「Lena Novak」的网民在评论区留言。", "Lena Novak", "PER"),
    ("监管机构Ofcom2月初吊销了执照。", "Ofcom", "ORG"),
])
def test_a_latin_name_in_chinese_prose_is_a_mention(text: str, name: str, kind: str) -> None:
    assert (name, kind) in mentions(text)


@pytest.mark.parametrize("text", [
    "去年GDP增长了5%，公司CEO表示满意。",  # abbreviations no list knows
    "联合国儿童基金会（Save Lives Fund）发表声明。",  # inside a gloss's parenthesis
])
def test_latin_words_that_name_no_one(text: str) -> None:
    names = {m.text for m in analyse_text(text).mentions}
    assert not {"GDP", "CEO", "Save Lives Fund"} & names


@pytest.mark.parametrize("text, name, kind", [
    ("加拿大驻马尼拉大使馆周五关闭。", "加拿大驻马尼拉大使馆", "ORG"),
    ("巴西常驻纽约代表团发表声明。", "巴西常驻纽约代表团", "ORG"),
    ("德国驻上海总领事馆发出旅行提示。", "德国驻上海总领事馆", "ORG"),
    ("荃湾区议会周二开会讨论交通。", "荃湾区议会", "ORG"),
    ("两名男子被带到旺角警署调查。", "旺角警署", "ORG"),
    ("游客聚集在马拉加庄园门外。", "马拉加庄园", "LOC"),
])
def test_a_name_built_on_a_place(text: str, name: str, kind: str) -> None:
    assert (name, kind) in mentions(text)


def test_an_ambassador_is_no_mission() -> None:
    assert not any(name.startswith("法国驻") for name, _ in mentions("法国驻华大使周一表示，两国将加强合作。"))


@pytest.mark.parametrize("text, name, kind", [
    ("示威者周日由湾仔游行至中环。", "湾仔", "LOC"),
    ("水灾影响了沙巴和砂拉越两州。", "砂拉越", "LOC"),
    ("该航线连接东亚和大洋洲多个港口。", "大洋洲", "LOC"),
    ("保安局局长周二会见传媒。", "保安局", "ORG"),
    ("陆委会发言人周四回应北京的说法。", "陆委会", "ORG"),
])
def test_districts_states_regions_and_bodies_from_the_gazetteers(text: str, name: str, kind: str) -> None:
    assert (name, kind) in mentions(text)


def test_a_name_with_spaces_around_its_dot_is_one_person() -> None:
    text = "新郎拉胡尔 · 辛格（ Rahul Singh ）说，仪式被迫中断。拉胡尔 · 辛格随后报警。"
    doc = analyse_text(text)
    assert [(g.term, g.gloss) for g in doc.glosses] == [("拉胡尔 · 辛格", "Rahul Singh")]
    assert ("拉胡尔 · 辛格", "PER") in mentions(text)
    assert ("拉胡尔", "PER") not in mentions(text)


def test_a_known_body_glued_to_the_title_after_it() -> None:
    assert ("立法会", "ORG") in mentions("前立法会议员周五出庭作证。")
    assert {("民建联", "ORG"), ("立法会", "ORG")} <= mentions("民建联立法会议员周四批评有关安排。")


def test_a_reporter_glued_to_the_datelines_place() -> None:
    found = mentions("本台记者周志明伦敦报道")
    assert {("周志明", "PER"), ("伦敦", "LOC")} <= found


@pytest.mark.parametrize("text, line", [
    ("早高峰时地铁4号线一度停运。", "地铁4号线"),
    ("乘客被疏散到十一号线站台。", "十一号线"),
])
def test_a_numbered_rail_line_is_a_place(text: str, line: str) -> None:
    assert (line, "LOC") in mentions(text)


def test_a_bracketed_title_in_lenticular_brackets() -> None:
    glosses = analyse_text("他在【环球商报】(Global Business Daily)撰文。").glosses
    assert [(g.term, g.gloss) for g in glosses] == [("环球商报", "Global Business Daily")]


def test_a_site_keeps_its_name_apart_from_its_city() -> None:
    found = mentions("示威者聚集在香港旺角书店门外。")
    assert {("香港", "LOC"), ("旺角书店", "LOC")} <= found


def test_a_known_name_glued_to_the_word_after_it() -> None:
    # the tagger sometimes reads a name and the verb after it as one person (帕多尼行凶)
    folded = "麦坚力韦斯也在场。枪手帕多尼（Marco Padoni）周日被捕。警方说，帕多尼行凶前曾住了三晚。麦坚力说。"

    def at(word: str, source: str, nth: int = 0) -> Candidate:
        start = folded.index(word) if nth == 0 else folded.rindex(word)
        return Candidate(start, start + len(word), "PER", source)

    out = unglued_people(folded, [at("麦坚力韦斯", "tagger"), at("帕多尼", "gloss"), at("帕多尼行凶", "tagger"),
                                  at("麦坚力", "tagger", nth=1)])
    texts = [folded[c.start : c.end] for c in out]
    assert texts == ["麦坚力韦斯", "帕多尼", "帕多尼", "麦坚力"]  # 韦斯 sounds out more of the name


@pytest.mark.parametrize("text, country", [
    ("他被控向中国能源公司的高管行贿。", "中国"),
    ("据美国传媒报道，谈判破裂。", "美国"),
    ("德国科技公司周二宣布裁员。", "德国"),
])
def test_a_country_and_a_kind_of_body_name_the_country(text: str, country: str) -> None:
    found = mentions(text)
    assert (country, "LOC") in found and not any(t == "ORG" and n.startswith(country) for n, t in found)


def test_a_nationality_names_no_one() -> None:
    assert not any(name.endswith("籍") for name, _ in mentions("这名澳籍记者周三获释，返回悉尼。"))


@pytest.mark.parametrize("text, head", [
    ("马克龙政府周二公布了新的养老金方案。", ("马克龙", "PER")),
    ("国民党政府当年迁往台北。", ("国民党", "ORG")),
])
def test_a_leaders_or_partys_government_names_them(text: str, head: tuple[str, str]) -> None:
    found = mentions(text)
    assert head in found and not any(name.endswith("政府") for name, _ in found)


def test_a_countrys_government_stays_a_body() -> None:
    assert ("法国政府", "ORG") in mentions("法国政府周二公布了新的养老金方案。")


def test_a_place_abbreviation_split_from_its_verb_is_the_place() -> None:
    doc = analyse_text("日本男星山田健太首度来台，并准备了礼物。台湾粉丝热情接机。")
    taiwan = next(e for e in doc.entities if e.name == "台湾")
    assert taiwan.aliases == ["台"]


def test_a_character_read_as_a_verb_or_preposition_after_对_or_在_is_no_place() -> None:
    assert ("非", "LOC") not in mentions("公司对非韩国籍员工另有规定。")
    assert ("以", "LOC") not in mentions("公司在以租金为主的收入结构下仍有盈利。")


@pytest.mark.parametrize("text, full, short", [
    ("俄罗斯总统弗拉基米尔‧普丁表示，谈判没有进展。普丁又说，西方必须让步。", "弗拉基米尔‧普丁", "普丁"),
    ("英国外相詹姆斯．克莱弗利抵达北京。克莱弗利表示，双方会谈坦率。", "詹姆斯．克莱弗利", "克莱弗利"),
])
def test_a_transliterated_name_stays_whole_across_its_separator(text: str, full: str, short: str) -> None:
    person = next(e for e in analyse_text(text).entities if e.type == "PER")
    assert person.name == full
    assert person.aliases == [short]
