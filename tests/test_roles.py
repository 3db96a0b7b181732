"""Roles and affiliations from the words around a name."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsmine.analyze.pipeline import analyze
from newsmine.model import Doc
from newsmine.read import read_article
from tests.helpers_names import analyse_text, entity_named


@pytest.fixture
def seed_doc(seed_path: Path) -> Doc:
    return analyze(read_article(str(seed_path)))


def roles(doc: Doc, name: str) -> list[str]:
    return [r.text for r in entity_named(doc, name).roles]


def affiliations(doc: Doc, name: str) -> list[str]:
    by_id = {e.id: e.name for e in doc.entities}
    return [by_id[a] for a in entity_named(doc, name).affiliations]


def test_seed_roles(seed_doc: Doc) -> None:
    assert "俄罗斯总统" in roles(seed_doc, "普京")
    assert "研究员" in roles(seed_doc, "梁旭")
    assert "副教授" in roles(seed_doc, "朴元根")
    assert "时任美国总统" in roles(seed_doc, "特朗普")
    assert "俄罗斯国防部长" in roles(seed_doc, "绍伊古")
    assert "发言人" in roles(seed_doc, "马修·米勒")
    assert roles(seed_doc, "黄晓恩") == ["BBC亚洲数字记者"]


def test_seed_affiliations_are_entity_ids(seed_doc: Doc) -> None:
    assert affiliations(seed_doc, "梁旭") == ["峨山政策硏究院"]
    assert affiliations(seed_doc, "朴元根") == ["梨花女子大学"]
    assert affiliations(seed_doc, "瓦列里·阿基门科") == ["冲突研究中心"]
    assert affiliations(seed_doc, "金东烨") == ["北韩大学院大学"]
    assert affiliations(seed_doc, "莱夫·埃里克·伊斯利") == ["梨花女子大学"]
    assert affiliations(seed_doc, "马修·米勒") == ["美国国务院"]
    assert affiliations(seed_doc, "普京") == ["俄罗斯"]  # the country, for officials of a state


def test_role_spans_point_at_their_text(seed_doc: Doc) -> None:
    for entity in seed_doc.entities:
        for role in entity.roles:
            assert seed_doc.text[role.span.start : role.span.end] == role.text


def test_country_and_field_belong_to_the_title() -> None:
    doc = analyse_text("加拿大北极事务部长马克·杜布瓦（Marc Dubois）则警告，航道救援能力不足。")
    assert roles(doc, "马克·杜布瓦") == ["加拿大北极事务部长"]
    assert affiliations(doc, "马克·杜布瓦") == ["加拿大"]


def test_title_after_the_name() -> None:
    doc = analyse_text("记者会上，马克龙总统表示法国将继续提供援助。")
    assert roles(doc, "马克龙") == ["总统"]
    assert "马克龙总统" not in entity_named(doc, "马克龙").aliases  # the name plus a role, not an alias


def test_affiliation_through_a_department_and_traditional_script() -> None:
    doc = analyse_text("首爾大學（Seoul National University）政治學系教授李政勳（音譯，Lee Jung-hoon）表示，談判很難。")
    assert roles(doc, "李政勳") == ["教授"]
    assert affiliations(doc, "李政勳") == ["首爾大學"]
    assert entity_named(doc, "李政勳").transliterated


def test_modifier_between_country_and_title() -> None:
    doc = analyse_text("英国前首相约翰逊（Boris Johnson）周三表示，他不会参选。")
    assert roles(doc, "约翰逊") == ["英国前首相"]


def test_hyphenated_name_with_role_and_affiliation() -> None:
    doc = analyse_text("白宫发言人让-皮埃尔（Karine Jean-Pierre）周四说，峰会将如期举行。")
    assert roles(doc, "让-皮埃尔") == ["发言人"]
    assert affiliations(doc, "让-皮埃尔") == ["白宫"]
    assert entity_named(doc, "让-皮埃尔").original_name == "Karine Jean-Pierre"


def test_a_country_and_a_ministry_before_the_title_are_affiliations() -> None:
    doc = analyse_text("法国外交部发言人勒马尚周二表示，巴黎将召回驻当地的大使。")
    assert roles(doc, "勒马尚") == ["发言人"]
    assert set(affiliations(doc, "勒马尚")) >= {"法国", "法国外交部"}  # the country is a place of its own


def test_a_place_inside_the_field_is_not_an_affiliation() -> None:
    doc = analyse_text("加拿大北极事务部长马克·杜布瓦（Marc Dubois）则警告，航道救援能力不足。")
    assert "北极" not in affiliations(doc, "马克·杜布瓦")


def test_a_label_before_a_colon_is_a_role() -> None:
    doc = analyse_text("记者：陈立群")
    assert roles(doc, "陈立群") == ["记者"]


def test_titles_listed_before_a_name_are_all_its_roles() -> None:
    doc = analyse_text("斯坦福大学访问学者、复旦大学退休教授周文海说，这项研究很重要。")
    assert set(roles(doc, "周文海")) == {"访问学者", "退休教授"}
    assert set(affiliations(doc, "周文海")) == {"斯坦福大学", "复旦大学"}


def test_a_clause_after_the_name_that_ends_in_a_title_is_a_role() -> None:
    doc = analyse_text("张建华是浙江大学的副教授，他认为规则需要修改。")
    assert roles(doc, "张建华") == ["副教授"]
    assert affiliations(doc, "张建华") == ["浙江大学"]
    doc = analyse_text("罗德里格斯（Ana Rodriguez），前国务卿，周一抵达首都。")
    assert roles(doc, "罗德里格斯") == ["前国务卿"]


def test_a_clause_naming_another_person_gives_no_role() -> None:
    doc = analyse_text("李文涛，王海峰的助理教授，周一到访。")
    assert "助理教授" not in roles(doc, "李文涛")


def test_a_title_after_the_gloss_or_in_parentheses() -> None:
    doc = analyse_text("敏昂莱(Min Aung Hlaing)大将周三发表讲话。")
    assert roles(doc, "敏昂莱") == ["大将"]
    doc = analyse_text("男子队名单：罗伊斯（队长）、马丁、陈家豪。")
    assert roles(doc, "罗伊斯") == ["队长"]


def test_an_organisation_right_before_a_name_is_its_affiliation() -> None:
    doc = analyse_text("民建联李明华周一表示反对。")
    assert affiliations(doc, "李明华") == ["民建联"]


def test_party_membership_written_with_ji() -> None:
    doc = analyse_text("来自俄亥俄州的共和党籍联邦众议员韦伯斯特（Tom Webster）也致信该公司。")
    assert "共和党" in affiliations(doc, "韦伯斯特")


def test_a_post_given_by_a_verb_after_the_name_is_a_role() -> None:
    doc = analyse_text("总理宣布，人民联盟主席林慧芬将出任副总理。")
    assert "副总理" in roles(doc, "林慧芬")


def test_a_title_before_an_abbreviation_in_parentheses() -> None:
    doc = analyse_text("现任中央情报局局长（CIA）蓬佩奥一直保持联系。")
    assert "局长" in roles(doc, "蓬佩奥")
    assert "中央情报局" in affiliations(doc, "蓬佩奥")


def test_a_title_between_the_name_and_its_gloss_is_a_role() -> None:
    doc = analyse_text("曾任军情五处处长的乔纳森•埃文斯爵士（Jonathan Evans）周三警告，威胁正在上升。"
                       "保守党元老迈克尔•赫塞尔廷勋爵（Lord Heseltine）则表示反对，赫塞尔廷说协议不可接受。")
    evans = entity_named(doc, "乔纳森•埃文斯")
    assert "爵士" in roles(doc, "乔纳森•埃文斯") and evans.original_name == "Jonathan Evans"
    heseltine = entity_named(doc, "迈克尔•赫塞尔廷")  # the gloss's term keeps 勋爵, the name does not
    assert "勋爵" in roles(doc, "迈克尔•赫塞尔廷") and "赫塞尔廷" in heseltine.aliases


def test_a_title_before_a_list_of_people_is_each_ones() -> None:
    doc = analyse_text("航天员王海涛、李春明、赵一帆周三返回地面。总统马丁和部长卡琳娜随后致电祝贺。")
    assert roles(doc, "李春明") == ["航天员"] and roles(doc, "赵一帆") == ["航天员"]
    assert "总统" not in roles(doc, "卡琳娜")


def test_a_surname_and_a_title_name_the_one_person_of_that_surname() -> None:
    doc = analyse_text("国家主席唐振华周二会见来访的外宾。会谈中，唐主席表示，双方合作前景广阔。")
    assert [e.name for e in doc.entities if e.type == "PER"] == ["唐振华"]
    assert "主席" in roles(doc, "唐振华")


def test_a_company_officers_title_in_taiwan_and_hong_kong_usage() -> None:
    doc = analyse_text("英特尔公司（Intel）新加坡区域科技长林志豪告诉记者，攻击次数翻了一倍。")
    person = entity_named(doc, "林志豪")
    assert [r.text for r in person.roles] == ["新加坡区域科技长"]
    assert entity_named(doc, "英特尔公司").id in person.affiliations


def test_a_place_after_zhu_is_a_posting_not_an_affiliation() -> None:
    doc = analyse_text("印度驻日本大使拉奥（Suresh Rao）周二表示，两国将加强合作。日本外务省随后回应。")
    assert affiliations(doc, "拉奥") == ["印度"]


def test_a_country_before_an_occupation_is_a_nationality() -> None:
    doc = analyse_text("西班牙作家洛佩斯（Mario Lopez）在书中写道，那座城市已经改变。西班牙政府没有评论。")
    assert roles(doc, "洛佩斯") == ["西班牙作家"]
    assert affiliations(doc, "洛佩斯") == []


def test_a_city_right_before_its_mayor_is_an_affiliation() -> None:
    doc = analyse_text("台中市长林佳蓉周日视察灾区，并承诺尽快重建。")
    assert affiliations(doc, "林佳蓉") == ["台中"]


def test_the_country_an_organisations_name_begins_with() -> None:
    doc = analyse_text("美国民主党众议员哈里斯（Dana Harris）致信国务院。她说，美国必须回应。")
    assert set(affiliations(doc, "哈里斯")) == {"美国民主党", "美国"}  # country_bodies splits 美国|民主党


def test_titles_joined_by_jian_are_both_roles_and_keep_the_country() -> None:
    doc = analyse_text("新加坡副总理兼财长黄志明周五公布预算案。")
    assert set(roles(doc, "黄志明")) >= {"财长", "新加坡副总理"}
    assert affiliations(doc, "黄志明") == ["新加坡"]


def test_an_organisation_in_quotes_before_the_title() -> None:
    doc = analyse_text("环保团体「绿色海岸联盟」发言人陈慧琳批评，填海计划会破坏湿地。")
    assert roles(doc, "陈慧琳") == ["发言人"]
    assert affiliations(doc, "陈慧琳") == ["绿色海岸联盟"]


def test_qi_before_the_title_stands_for_the_body_named_before() -> None:
    doc = analyse_text("总部位于伦敦的国际特赦组织也发表声明，其秘书长卡拉马尔（Agnes Karamar）呼吁释放被捕者。")
    assert affiliations(doc, "卡拉马尔") == ["国际特赦组织"]


def test_a_post_named_before_you_and_given_by_a_verb_after_the_name() -> None:
    doc = analyse_text("新内阁名单公布：外交部长由工党副主席马修斯（Ian Matthews）出任，国防部由自由党领袖韦德（Tom Wade）出掌。")
    assert "外交部长" in roles(doc, "马修斯")
    assert "国防部" in affiliations(doc, "韦德")


def test_a_post_given_in_a_de_phrase_before_the_name() -> None:
    doc = analyse_text("曾在香港电台担任主持人的资深记者冯嘉欣上月离港。")
    assert set(roles(doc, "冯嘉欣")) == {"主持人", "记者"}
    assert "香港电台" in affiliations(doc, "冯嘉欣")


def test_a_role_with_its_country_in_parentheses_after_the_name() -> None:
    doc = analyse_text("他最想见的人是伍德（牙买加短跑选手），两人去年在东京合照。牙买加队获得三面奖牌。")
    assert roles(doc, "伍德") == ["牙买加短跑选手"]
    assert affiliations(doc, "伍德") == ["牙买加"]


def test_the_body_a_person_leads_in_a_de_phrase() -> None:
    doc = analyse_text("三十年前，老牌政治家霍尔（Edwin Hall）领导的苏格兰民族党首次进入议会。")
    assert "苏格兰民族党" in affiliations(doc, "霍尔")


def test_an_organisation_before_the_title_through_its_gloss() -> None:
    doc = analyse_text("在法新社（AFP）香港分社任职的编辑梁美仪周一获释。")
    assert set(affiliations(doc, "梁美仪")) == {"法新社", "香港分社"}


def test_a_head_of_government_belongs_to_the_country_they_lead() -> None:
    doc = analyse_text("德国方面表示欢迎。默克尔周四在记者会上说，谈判仍有空间。")
    assert affiliations(doc, "默克尔") == ["德国"]


def test_people_joined_by_ji_share_the_body_named_before_the_first() -> None:
    doc = analyse_text("渔民协会主席郭志强及前副主席邓永康今早到场声援。")
    assert affiliations(doc, "邓永康") == ["渔民协会"]
    assert roles(doc, "邓永康") == ["前副主席"]


def test_a_post_given_by_a_verb_later_in_the_clause() -> None:
    doc = analyse_text("欧文斯（Carl Owens）在去年大选后重返政坛出任财政部长，负责预算改革。")
    assert "财政部长" in roles(doc, "欧文斯")


def test_resigning_the_chair_of_two_parties_joined_by_he() -> None:
    doc = analyse_text("选举失利后，前总理巴达维辞去人民联盟和国民党的主席职务。")
    assert "主席" in roles(doc, "巴达维")
    assert set(affiliations(doc, "巴达维")) == {"人民联盟", "国民党"}


def test_a_prize_winner_is_a_role() -> None:
    doc = analyse_text("普利策奖得主沈凯文周五在大学演讲。")
    assert "得主" in roles(doc, "沈凯文")


def test_daibiao_between_two_people_is_a_verb() -> None:
    doc = analyse_text("外交部长佩雷拉代表总统卡多索出席峰会。")
    assert "代表" not in roles(doc, "卡多索")
    assert "总统" in roles(doc, "卡多索")


def test_a_university_named_after_a_country_does_not_make_its_staff_officials() -> None:
    doc = analyse_text("新加坡国立大学政治系教授黄伟伦认为，新加坡的选择有限。")
    assert affiliations(doc, "黄伟伦") == ["新加坡国立大学"]


def test_a_title_in_quotes_right_before_the_name() -> None:
    doc = analyse_text("这次访问没有得到“铁腕总统”瓦伦蒂（Marco Valenti）的支持。")
    assert roles(doc, "瓦伦蒂") == ["总统"]


def test_a_place_that_is_the_object_of_a_verb_before_the_title_is_not_an_affiliation() -> None:
    doc = analyse_text("智利上周正式向秘鲁提出总统伊巴拉（Luis Ibarra）访问利马的请求。")
    assert "秘鲁" not in affiliations(doc, "伊巴拉")
    assert roles(doc, "伊巴拉") == ["总统"]


def test_the_body_a_person_works_at_named_with_a_verb_of_work() -> None:
    doc = analyse_text("阿杰（化名）去年从字节跳动离职，现在在家带孩子。")
    assert affiliations(doc, "阿杰") == ["字节跳动"]
    doc = analyse_text("林可欣2019年入职腾讯，负责游戏运营。")
    assert affiliations(doc, "林可欣") == ["腾讯"]


def test_a_post_given_after_two_people_joined_by_ji_is_both_ones() -> None:
    doc = analyse_text("大会委任前司库梁伟文及陈国强本人担任清盘人。")
    assert "清盘人" in roles(doc, "陈国强")
    assert "清盘人" in roles(doc, "梁伟文")


def test_titles_listed_with_a_field_before_the_last_one() -> None:
    doc = analyse_text("环保组织「蓝色海岸」主席、资深潜水教练何志伟周日带队清理海滩。")
    assert set(roles(doc, "何志伟")) == {"主席", "教练"}
    assert affiliations(doc, "何志伟") == ["蓝色海岸"]


@pytest.mark.parametrize("text, name, role, affiliation", [
    ("荷兰病毒学家玛丽安·范德堡（Marian van der Berg）说，溯源工作不能停。", "玛丽安·范德堡", "荷兰病毒学家", None),
    ("东兴证券国际策略师罗嘉明表示，恒指下半年有望上升。", "罗嘉明", "策略师", "东兴证券国际"),
    ("瑞士气候学家汉斯·穆勒（Hans Mueller）在报告中写道，冰川退缩加快。", "汉斯·穆勒", "瑞士气候学家", None),
])
def test_occupations_of_science_and_finance(text: str, name: str, role: str, affiliation: str | None) -> None:
    """A scientist's or analyst's occupation (…学家, …策略师) is a role; a nationality before it is no
    affiliation, the firm before it is."""
    doc = analyse_text(text)
    assert roles(doc, name) == [role]
    assert affiliations(doc, name) == ([affiliation] if affiliation else [])


@pytest.mark.parametrize("text, name, place", [
    ("美国国务卿布鲁克斯周二表示，会谈富有成果。", "布鲁克斯", "美国"),
    ("北京市长陈立新周二视察了地铁工地。", "陈立新", "北京"),
])
def test_a_title_the_tagger_glued_to_a_place_is_cut_off(text: str, name: str, place: str) -> None:
    """美国|国务卿 is the country and the title: no place named 美国国务卿, and the country is the
    official's affiliation."""
    doc = analyse_text(text)
    assert affiliations(doc, name) == [place]
    assert {e.name for e in doc.entities if e.type == "LOC"} == {place}


def test_a_byline_lists_several_people_after_one_title() -> None:
    """记者 王海 李明远: both are reporters; the editors listed after 编辑 are editors."""
    doc = analyse_text("本报讯 晨光日报记者 王海 李明远 编辑 张晓 刘一鸣\n\n新规自下月起施行，市民反应不一。")
    assert roles(doc, "王海") == roles(doc, "李明远") == ["记者"]
    assert roles(doc, "张晓") == roles(doc, "刘一鸣") == ["编辑"]


def test_a_diplomat_serves_the_country_that_posts_them_across_a_的() -> None:
    doc = analyse_text("新西兰驻东京的前任大使韦德明（David Wade）认为，此案可能拖延数月。")
    assert affiliations(doc, "韦德明") == ["新西兰"]
    assert roles(doc, "韦德明") == ["前任大使"]


def test_a_posted_place_stays_in_the_title_with_its_驻() -> None:
    doc = analyse_text("瑞士商会驻台代表贝克（Hans Becker）说，新规定对中小企业冲击最大。")
    assert roles(doc, "贝克") == ["驻台代表"]
    assert affiliations(doc, "贝克") == ["瑞士商会"]


def test_a_unit_of_an_organisation_named_before_gives_that_organisation_too() -> None:
    doc = analyse_text("东海大学去年增设数据科学系。东海大学社会学系教授林静宜指出，年轻人对工作的期待已经改变。")
    assert "东海大学" in affiliations(doc, "林静宜")


def test_staff_of_a_unit_glued_to_its_university_work_for_the_university() -> None:
    doc = analyse_text("东海大学社会学系教授林静宜指出，年轻人对工作的期待已经改变。")
    assert affiliations(doc, "林静宜") == ["东海大学"]


def test_该校_stands_for_the_school_named_before() -> None:
    doc = analyse_text("新竹清华学院昨天公布调查结果。\n\n该校教授许文彬表示，实验室管理确有疏失。")
    assert affiliations(doc, "许文彬") == ["新竹清华学院"]


def test_该党_does_not_stand_for_a_body_of_another_kind() -> None:
    doc = analyse_text("绿洲基金会昨天公布调查结果。该党主席许文彬表示，管理确有疏失。")
    assert affiliations(doc, "许文彬") == []


def test_a_bare_title_repeats_the_post_named_just_before_with_its_body() -> None:
    doc = analyse_text("挪威外交部发言人在周一的记者会上说，双方已恢复对话；发言人约根森又指出，谈判将在奥斯陆举行。")
    assert affiliations(doc, "约根森") == ["挪威外交部", "挪威"]


def test_a_repeated_trade_gives_no_body() -> None:
    doc = analyse_text("北京大学历史学家张明远说，档案仍未公开；历史学家许文彬则认为，档案早已散失。")
    assert affiliations(doc, "许文彬") == []


def test_posts_joined_by_兼_after_one_body_are_both_the_persons() -> None:
    doc = analyse_text("北海广播公司（NBC）副总监兼法律顾问麦凯琳（Karen McKay）在脸书上发文。")
    assert "副总监" in roles(doc, "麦凯琳")
    assert affiliations(doc, "麦凯琳") == ["北海广播公司"]


def test_an_official_of_a_state_body_written_after_its_country_belongs_to_the_country() -> None:
    doc = analyse_text("瑞典外交部周一召见俄罗斯大使。外交部发言人林德伯格表示，瑞典不会接受威胁。")
    assert affiliations(doc, "林德伯格") == ["瑞典外交部", "瑞典"]


def test_a_state_body_written_after_two_countries_gives_neither() -> None:
    doc = analyse_text("瑞典外交部和芬兰外交部周一分别召见俄罗斯大使。外交部发言人林德伯格表示，不会接受威胁。")
    assert "瑞典" not in affiliations(doc, "林德伯格") and "芬兰" not in affiliations(doc, "林德伯格")


def test_a_heads_title_without_a_body_heads_the_body_of_that_kind_named_before() -> None:
    doc = analyse_text("北辰经济研究所的办公室周三被封。\n\n所长许文彬说，房东显然受到了压力。")
    assert affiliations(doc, "许文彬") == ["北辰经济研究所"]


def test_a_heads_title_does_not_reach_a_body_of_another_kind() -> None:
    doc = analyse_text("北辰基金会的办公室周三被封。所长许文彬说，房东显然受到了压力。")
    assert affiliations(doc, "许文彬") == []


@pytest.mark.parametrize("text", [
    "许文彬现为东海大学教授，他表示改革势在必行。",
    "许文彬系东海大学教授，他表示改革势在必行。",
    "許文彬為東海大學教授。",
    "许文彬曾任东海大学教授，他表示改革势在必行。",
])
def test_a_post_given_after_为_系_or_a_verb_of_holding_it(text: str) -> None:
    doc = analyse_text(text)
    person = next(e for e in doc.entities if e.type == "PER")
    assert [r.text for r in person.roles] == ["教授"]
    assert [e.name for e in doc.entities if e.id in person.affiliations] in (["东海大学"], ["東海大學"])


def test_为_before_no_post_gives_no_role() -> None:
    doc = analyse_text("许文彬为此表示，改革势在必行。")
    assert roles(doc, "许文彬") == []


def test_a_post_in_a_身为_phrase_before_the_name() -> None:
    doc = analyse_text("身为立法会议员的许文彬表示，改革势在必行。")
    assert roles(doc, "许文彬") == ["议员"]


def test_a_title_does_not_begin_inside_the_name_of_a_unit() -> None:
    doc = analyse_text("东海大学社会学系主任许文彬表示，改革势在必行。")
    assert roles(doc, "许文彬") == ["系主任"]
    assert affiliations(doc, "许文彬") == ["东海大学"]


def test_a_body_and_its_heads_title_sharing_a_character() -> None:
    doc = analyse_text("环保署周二发布通告。环保署长林德伯格表示，空气品质已改善。")
    assert roles(doc, "林德伯格") == ["署长"]
    assert affiliations(doc, "林德伯格") == ["环保署"]


def test_a_deputy_keeps_副_in_the_role() -> None:
    doc = analyse_text("陈立华去年被任命为北辰科学院副院长。")
    assert roles(doc, "陈立华") == ["副院长"]


def test_an_office_only_one_state_has_gives_that_state_when_the_article_names_it() -> None:
    doc = analyse_text("美国总统表示，会谈顺利。国务卿韦斯顿会继续负责谈判。")
    assert affiliations(doc, "韦斯顿") == ["美国"]
    alone = analyse_text("国务卿韦斯顿会继续负责谈判。")
    assert affiliations(alone, "韦斯顿") == []


def test_这位_and_a_post_give_the_post_to_the_person_named_last() -> None:
    doc = analyse_text("许文彬的证件在大雨中被冲走。\n\n那天，这位来自湖北的电焊工在隧道里泡了十几个小时。")
    assert roles(doc, "许文彬") == ["电焊工"]


def test_这位_after_someone_unnamed_is_that_one() -> None:
    doc = analyse_text("记者采访了许文彬。随后，记者又找到一名官员，这位官员表示不便评论。")
    assert roles(doc, "许文彬") == []


def test_occupations_and_business_posts_before_a_name() -> None:
    doc = analyse_text("同程旅游CEO吴志祥在内部信中说，公司将继续扩张。高级船长李民上一次走这条航线是三年前。"
                       "著名舞蹈家杨丽萍的经纪人王焱武也常坐这趟航班。")
    assert roles(doc, "吴志祥") == ["CEO"]
    assert roles(doc, "李民") == ["高级船长"]
    assert roles(doc, "杨丽萍") == ["舞蹈家"]
    assert roles(doc, "王焱武") == ["经纪人"]


def test_a_village_secretary_and_a_township_party_secretary() -> None:
    doc = analyse_text("青石村村支书王德明说，村里的道路已经修复。")
    assert roles(doc, "王德明")[0].endswith("村支书")


def test_an_organisation_and_de_before_a_name_is_its_affiliation() -> None:
    doc = analyse_text("众议院议长、共和党的梅森周三表示，法案将在下周表决。")
    assert affiliations(doc, "梅森") == ["共和党"]


def test_a_post_taken_away_after_de_and_before_zhiwu() -> None:
    doc = analyse_text("省委决定：免去周立新的江北省卫生健康委员会主任职务；免去陈晓华的江北省交通运输厅厅长职务。")
    assert roles(doc, "周立新") == ["主任"]
    assert affiliations(doc, "周立新") == ["江北省卫生健康委员会"]
    assert roles(doc, "陈晓华") == ["厅长"]


def test_a_clause_after_de_naming_someone_else_gives_no_role() -> None:
    doc = analyse_text("据悉，周立新的女儿是一名医生。")
    assert roles(doc, "周立新") == []


def test_an_apposition_after_ye_shi() -> None:
    doc = analyse_text("节目被周立新停播。周立新也是东方电台的总编辑。")
    assert roles(doc, "周立新") == ["总编辑"]
    assert affiliations(doc, "周立新") == ["东方电台"]


def test_a_legislator_belongs_to_the_chamber_the_article_names() -> None:
    doc = analyse_text("俄亥俄州共和党参议员布伦南周四在参议院提出一项法案，众议员华莱士说众议院下周表决。")
    assert "参议院" in affiliations(doc, "布伦南")
    assert "众议院" in affiliations(doc, "华莱士")
    assert "参议院" not in affiliations(doc, "华莱士")


def test_a_legislator_gets_no_chamber_the_article_does_not_name() -> None:
    doc = analyse_text("民主党参议员卡尔森周四在众议院旁听，随后会见记者。")
    assert affiliations(doc, "卡尔森") == ["民主党"]


def test_a_place_that_shares_its_last_character_with_the_title_is_the_office_s() -> None:
    doc = analyse_text("新北市长侯志明不愿表态。侯志明掌管新北市四百万人口，宜兰县长林美妙则说宜兰县会配合。")
    assert roles(doc, "侯志明") == ["新北市长"]
    assert affiliations(doc, "侯志明") == ["新北市"]
    assert affiliations(doc, "林美妙") == ["宜兰县"]


def test_the_post_in_an_official_biography_after_the_name() -> None:
    doc = analyse_text("名单中，王立新，男，1965年3月生，山东烟台人，现任青岛海科机械有限公司董事长。")
    assert roles(doc, "王立新") == ["董事长"]
    assert affiliations(doc, "王立新") == ["青岛海科机械有限公司"]


def test_a_name_with_its_sex_and_no_post_gets_none() -> None:
    doc = analyse_text("李强，男，今年45岁，他说自己每天工作十二个小时。")
    assert roles(doc, "李强") == []


def test_a_post_taken_with_how_long_or_when_after_it() -> None:
    doc = analyse_text("史密斯曾任众议员20年，2010年去世。朴正浩担任韩国总统的时候，两国关系改善。")
    assert roles(doc, "史密斯") == ["众议员"]
    assert roles(doc, "朴正浩") == ["韩国总统"]
    assert affiliations(doc, "朴正浩") == ["韩国"]


@pytest.mark.parametrize(
    ("text", "name", "body"),
    [
        ("程浩然在星衡科技担任算法工程师，负责推荐系统。", "程浩然", "星衡科技"),
        ("前锋罗家豪效力于东湖足球俱乐部已有三个赛季。", "罗家豪", "东湖足球俱乐部"),
        ("去年夏天，何嘉欣加盟南岭电子公司，出任财务总监。", "何嘉欣", "南岭电子公司"),
        ("退役后，邓志坚执教北山篮球队，带队两夺联赛冠军。", "邓志坚", "北山篮球队"),
        ("梁月华任教于华南师范大学，研究方言。", "梁月华", "华南师范大学"),
    ],
)
def test_verbs_of_work_tie_a_person_to_the_body_they_work_play_or_teach_at(text: str, name: str, body: str) -> None:
    assert body in affiliations(analyse_text(text), name)


def test_hong_kong_barristers_and_senior_lecturers_keep_their_whole_title() -> None:
    doc = analyse_text("資深大律師梁浩文指出，條文有漏洞。中大政治與行政學系高級講師羅志明分析，投票率偏低。")
    assert roles(doc, "梁浩文") == ["資深大律師"] and roles(doc, "羅志明") == ["高級講師"]


def test_titles_of_conveners_coordinators_and_those_running() -> None:
    doc = analyse_text("市议会议员召集人周文华、白宫战略沟通协调官马克·贝尔和绿党参选人安娜·施密特都出席了辩论。")
    assert "召集人" in roles(doc, "周文华")
    assert "协调官" in roles(doc, "马克·贝尔")
    assert "参选人" in roles(doc, "安娜·施密特")
    assert "绿党" in affiliations(doc, "安娜·施密特")


def test_a_chief_designer_and_a_technician() -> None:
    doc = analyse_text("载人登月工程总设计师王建国说，准备工作顺利。星海机械厂特级技师刘志明也表示有信心。")
    assert any(r.endswith("总设计师") for r in roles(doc, "王建国"))
    assert any(r.endswith("技师") for r in roles(doc, "刘志明"))


def test_a_title_s_words_do_not_run_past_a_parenthesis_or_a_space() -> None:
    doc = analyse_text("据新华社广州电（记者 王海涛）近日，广州召开会议。星河（香港）公司就歌手陈大文被袭一事发表声明。")
    assert roles(doc, "王海涛") == ["记者"]
    assert roles(doc, "陈大文") == ["歌手"]
    doc = analyse_text("会议圆满结束。来源：南方日报\u2002\u2002编辑：刘明")
    assert roles(doc, "刘明") == ["编辑"]


def test_an_apposition_after_an_aside_in_parentheses() -> None:
    doc = analyse_text("周海涛（化名）是一名外卖骑手，每天工作十二小时。刘志明（左）曾任星海集团总经理。")
    assert roles(doc, "周海涛") == ["外卖骑手"]
    assert roles(doc, "刘志明") == ["总经理"]


def test_the_body_one_stands_for_in_a_phrase_before_the_name() -> None:
    doc = analyse_text("代表绿党参选的安娜·施密特得票最多。代表星海集团出席的副总裁刘志明致辞。")
    assert affiliations(doc, "安娜·施密特") == ["绿党"]
    assert "星海集团" in affiliations(doc, "刘志明")
