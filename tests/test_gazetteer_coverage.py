"""The gazetteers know the international bodies, forums and Chinese outlets news names most, with
their usual short forms, so an article naming them finds them even where the tagger does not."""

from __future__ import annotations

from newsmine import data
from newsmine.analyze import gazetteer
from tests.helpers_names import analyse_text, entity_named


def test_short_forms_reach_the_full_name() -> None:
    assert gazetteer.known("每经").name == "每日经济新闻"
    assert gazetteer.known("国际田联").name == "世界田径联合会"
    assert gazetteer.known("独联体").name == "独立国家联合体"


def test_forum_alliance_and_magazine_are_organisations() -> None:
    doc = analyse_text("据《中国新闻周刊》报道，五眼联盟成员国的情报官员上月在博鳌亚洲论坛期间会面。")
    for name in ("中国新闻周刊", "五眼联盟", "博鳌亚洲论坛"):
        assert entity_named(doc, name).type == "ORG"


def test_a_party_short_form_is_the_party_of_the_full_name() -> None:
    """Parties live in one gazetteer only: a second entry for `国民党` or `自民党` made them persons of
    their own, apart from the full name written before them."""
    assert gazetteer.known("国民党").name == "中国国民党"
    assert gazetteer.known("自民党").name == "日本自由民主党"
    doc = analyse_text("中国国民党周六在台北举行记者会。国民党主席表示，党内将检讨选举策略。"
                       "日本自由民主党同日发表声明。自民党干事长称，将继续推动修宪。")
    assert "国民党" in entity_named(doc, "中国国民党").aliases
    assert "自民党" in entity_named(doc, "日本自由民主党").aliases


def test_no_name_is_claimed_by_two_gazetteer_entries() -> None:
    """The first entry read wins a name silently, so a name two entries claim splits one referent."""
    claimed: dict[str, str] = {}
    twice = []
    for source, _ in gazetteer._SOURCES:
        for row in data.table(source):
            for name in (row["name"], *data.split_aliases(row.get("aliases", ""))):
                if len(name) > 1 and claimed.setdefault(name, row["name"]) != row["name"]:
                    twice.append((name, claimed[name], row["name"]))
    assert twice == []


def test_chip_makers_platforms_and_listed_companies_are_organisations() -> None:
    """Technology, finance and health pages name companies without a 公司 ending (长鑫存储, 寒武纪, 携程,
    瑞幸咖啡); the companies gazetteer knows the largest, in simplified and traditional text alike."""
    doc = analyse_text("受出口管制消息影响，长鑫存储和寒武纪的供应商周一股价下挫，分析师认为中芯国际受影响有限。")
    for name in ("长鑫存储", "寒武纪", "中芯国际"):
        assert entity_named(doc, name).type == "ORG"
    doc = analyse_text("攜程與瑞幸咖啡昨日公布季度業績，兩家公司收入均超出市場預期。")
    for name in ("攜程", "瑞幸咖啡"):
        assert entity_named(doc, name).type == "ORG"


def test_courts_regulators_and_departments_of_court_and_finance_pages_are_organisations() -> None:
    """Court reports name the magistrates' court and the prosecutors by their short forms (北檢, 北院),
    finance pages the regulators (金管局, 金融监管总局)."""
    assert gazetteer.known("北检").name == "台湾台北地方检察署"
    assert gazetteer.known("金融监管总局").name == "国家金融监督管理总局"
    assert gazetteer.known("纽约联储").name == "纽约联邦储备银行"
    assert gazetteer.known("柳叶刀").type == "ORG"
    doc = analyse_text("被告周一在西九龍裁判法院提堂，控方表示食環署人員當日在場執法。")
    for name in ("西九龍裁判法院", "食環署"):
        assert entity_named(doc, name).type == "ORG"
    doc = analyse_text("金管局昨日宣布維持基本利率不變，醫管局則公布新一輪招聘計劃。")
    for name in ("金管局", "醫管局"):
        assert entity_named(doc, name).type == "ORG"


def test_a_known_name_the_tagger_reads_as_a_verb_is_a_word_there() -> None:
    """联想 names a company, and 联想到 is to be reminded of something."""
    doc = analyse_text("这场危机让人联想到二十年前的金融风暴，多家银行随后倒闭。")
    assert [e.name for e in doc.entities if e.type == "ORG"] == []


def test_leaving_or_joining_the_union_names_no_place_of_its_own() -> None:
    """脱欧 is Brexit: its 欧 is no mention of Europe, while 英 beside it is Britain's."""
    doc = analyse_text("英脫歐6年，兩國關係展開新一頁。")
    assert [(m.text, m.type) for m in doc.mentions] == [("英", "LOC")]


def test_a_political_watchword_is_no_organisation() -> None:
    doc = analyse_text("进入新时代以来，东岭市航天产业取得长足进步。")
    assert "新时代" not in {m.text for m in doc.mentions}


def test_commands_of_armed_forces_are_bodies_of_their_own() -> None:
    doc = analyse_text("解放軍東部戰區今日公開演習影片。美军印太司令部发言人说，南部战区的演习未影响航行。")
    for name in ("解放軍東部戰區", "美军印太司令部", "南部战区"):
        assert entity_named(doc, name).type == "ORG"
    assert gazetteer.known("东部战区").name == gazetteer.known("解放军东部战区").name


def test_taiwan_executive_yuan_councils_are_known_by_their_short_forms() -> None:
    doc = analyse_text("行政院副院長今天表示，已經要求農委會盡全力緩解蛋荒，海委會也將加強巡查。")
    assert entity_named(doc, "農委會").type == "ORG"
    assert gazetteer.known("农委会").name == "农业委员会"


def test_asset_managers_and_global_banks_are_companies() -> None:
    doc = analyse_text("贝莱德固定收益首席投资官表示，美联储年内或降息。摩根士丹利和德意志银行也持相同看法。")
    for name in ("贝莱德", "摩根士丹利", "德意志银行"):
        assert entity_named(doc, name).type == "ORG"
    assert gazetteer.known("大摩").name == "摩根士丹利"


def test_world_cities_and_war_towns_are_places() -> None:
    doc = analyse_text("一个从深圳发往德国汉堡的集装箱运费上涨。乌军称已从巴赫穆特撤出，以军则空袭了拉法。")
    for name in ("汉堡", "巴赫穆特", "拉法"):
        assert entity_named(doc, name).type == "LOC"
    assert gazetteer.known("海参崴").name == "符拉迪沃斯托克"


def test_a_known_head_of_state_belongs_to_the_country_the_article_names() -> None:
    doc = analyse_text("米莱周二宣布大幅削减公共开支。阿根廷经济今年预计萎缩。教宗良十四世呼吁和平，梵蒂冈随后发表声明。")
    assert entity_named(doc, "米莱").affiliations == [entity_named(doc, "阿根廷").id]
    assert entity_named(doc, "教宗良十四世").affiliations == [entity_named(doc, "梵蒂冈").id]
