"""Gloss forms of Hong Kong and Taiwan writing, checked on sentences written for these tests: names
rendered in the characters Hong Kong uses for foreign sounds, an original written with its
abbreviation after 、, a company's codes on two exchanges."""

from __future__ import annotations

import pytest

from tests.helpers_names import analyse_text


def glosses(text: str) -> dict[str, tuple[str, str | None, bool]]:
    return {g.term: (g.gloss, g.type, g.phonetic) for g in analyse_text(text).glosses}


@pytest.mark.parametrize("text, term", [
    ("美國前總統布殊（George W. Bush）昨日出席了一場籌款晚宴。", "布殊"),
    ("英國學者韋葆（Nick Webb）在研討會上發言。", "韋葆"),
    ("澳洲律師咸美頓（Laura Hamilton）代表原告出庭。", "咸美頓"),
])
def test_names_in_the_characters_hong_kong_renders_sounds_with(text: str, term: str) -> None:
    assert glosses(text)[term][2] is True


@pytest.mark.parametrize("text, term, original", [
    ("國際貨幣基金組織（IMF、International Monetary Fund）下調了全球經濟增長預測。", "國際貨幣基金組織", "IMF"),
    ("世界貿易組織（World Trade Organization、WTO）周二公布報告。", "世界貿易組織", "World Trade Organization"),
])
def test_an_original_with_its_abbreviation_after_a_list_comma(text: str, term: str, original: str) -> None:
    assert glosses(text)[term][0] == original


def test_a_company_s_codes_on_two_exchanges_are_no_gloss() -> None:
    assert glosses("京東集團（09618.HK / JD.US）昨日公布季度業績，收入按年上升。") == {}


@pytest.mark.parametrize("text, term", [
    ("前特首林鄭月娥（Carrie Lam）昨日出席一個論壇。", "林鄭月娥"),
    ("時任局長何志明（Peter Ho）當年推出計劃。", "何志明"),
])
def test_a_title_the_tagger_glued_before_a_person_s_name_is_left_out(text: str, term: str) -> None:
    assert glosses(text)[term][1] == "PER"


@pytest.mark.parametrize("text, term", [
    ("英國外相祈禮望（David Cameron）今日抵港訪問。", "祈禮望"),
    ("加拿大外相祈禮望（David Cameron）周五發表聲明。", "祈禮望"),
])
def test_a_name_after_a_title_the_tagger_cut_across(text: str, term: str) -> None:
    assert glosses(text)[term] == ("David Cameron", "PER", glosses(text)[term][2])


@pytest.mark.parametrize("text, term", [
    ("無國界記者（RSF）周二公布年度新聞自由指數。", "無國界記者"),
    ("無國界醫生（MSF）在當地開設的診所遭到炮擊。", "無國界醫生"),
    ("「無國界記者」（RSF）周二公布年度新聞自由指數。", "無國界記者"),
])
def test_a_body_the_gazetteers_know_though_the_tagger_cut_it(text: str, term: str) -> None:
    assert glosses(text)[term][1] == "ORG"


@pytest.mark.parametrize("text, term", [
    ("加州大學洛杉磯分校（UCLA）的研究團隊周一發表論文。", "加州大學洛杉磯分校"),
    ("德州大學奧斯汀分校（UT Austin）的學者參與了研究。", "德州大學奧斯汀分校"),
])
def test_a_campus_is_named_with_its_university(text: str, term: str) -> None:
    assert glosses(text)[term][1] == "ORG"


@pytest.mark.parametrize("text, term", [
    ("該國前總理哈山尼亞（Ahmed Hasania）周二表示。", "哈山尼亞"),
    ("前財長莫哈末哈山（Mohamad Hasan）表示。", "莫哈末哈山"),
    ("印尼前財長哈山達力（Hassan Dali）周三表示。", "哈山達力"),
])
def test_a_full_name_after_a_title_is_a_person_though_read_as_a_place(text: str, term: str) -> None:
    assert glosses(text)[term][1] == "PER"


@pytest.mark.parametrize("text, term", [
    ("烏克蘭東部城市巴赫穆特（Bakhmut）戰事激烈。", "巴赫穆特"),
    ("加沙地帶南部拉法（Rafah）周日再遭空襲。", "拉法"),
])
def test_a_one_word_name_after_a_place_word_is_a_place(text: str, term: str) -> None:
    assert glosses(text)[term][1] == "LOC"


@pytest.mark.parametrize("text, term", [
    ("俄國作家杜斯妥也夫斯基（Fyodor Dostoevsky）的小說再版。", "杜斯妥也夫斯基"),
    ("敘利亞北部城市阿勒頗（Aleppo）遭空襲。", "阿勒頗"),
])
def test_more_characters_that_render_sounds(text: str, term: str) -> None:
    assert glosses(text)[term][2] is True


@pytest.mark.parametrize("text, term, original", [
    ("香港大學（The University of Hong Kong，HKU）周五公布新一輪收生安排。", "香港大學", "The University of Hong Kong"),
    ("香港中文大學（Chinese University of Hong Kong, CUHK）的研究團隊發表論文。", "香港中文大學",
     "Chinese University of Hong Kong"),
])
def test_a_full_name_with_an_abbreviation_that_does_not_begin_with_its_first_letter(
        text: str, term: str, original: str) -> None:
    assert glosses(text)[term][0] == original


@pytest.mark.parametrize("text, term", [
    ("市區重建局（URA）周四公布新的重建項目。", "市區重建局"),
    ("國立臺灣大學（NTU）的研究團隊發表報告。", "國立臺灣大學"),
    ("國立中山大學（NSYSU）昨日舉行畢業典禮。", "國立中山大學"),
])
def test_a_body_s_whole_name_before_its_abbreviation(text: str, term: str) -> None:
    assert glosses(text)[term][1] == "ORG"


@pytest.mark.parametrize("text, term", [
    ("美國航母雷根號（USS Ronald Reagan）周一駛入南海。", "雷根號"),
    ("郵輪翡翠公主號（Emerald Princess）昨日停靠啟德碼頭。", "翡翠公主號"),
    ("貨輪海洋之星號（Ocean Star）在運河擱淺。", "海洋之星號"),
])
def test_a_ship_named_after_what_it_is_is_a_term(text: str, term: str) -> None:
    assert glosses(text)[term][1] is None


def test_gao_renders_a_sound() -> None:
    assert glosses("英國田徑總會主席高爾（Simon Coe）周日表示，賽事將如期舉行。")["高爾"][2] is True


def test_sheng_renders_san_or_saint() -> None:
    assert glosses("美國加州聖克拉拉（Santa Clara）一間科技公司周二宣布裁員。")["聖克拉拉"][2] is True


def test_a_saint_s_town_after_its_state_begins_at_sheng() -> None:
    assert glosses("他們驅車前往德州聖安東尼奧（San Antonio）參加會議。")["聖安東尼奧"][1] == "LOC"


@pytest.mark.parametrize("text, term", [
    ("這家公司在今年的超級碗（Super Bowl）投放了廣告。", "超級碗"),
    ("球隊上周在世界盃（World Cup）外圍賽出局。", "世界盃"),
])
def test_a_sports_contest_by_its_english_name_is_a_term(text: str, term: str) -> None:
    assert glosses(text)[term][1] is None


@pytest.mark.parametrize("text", [
    "本場評論人：李文清（台湾东海大学）、张小明（北京大学）。",
    "研究由陈家明（欧洲工商管理学院）主持。",
])
def test_an_affiliation_in_simplified_characters_is_no_japanese_original(text: str) -> None:
    assert glosses(text) == {}


@pytest.mark.parametrize("text", [
    "本場評論人：陳志明（Stanford University）。",
    "論文作者為劉美華（National University of Singapore）及其團隊。",
])
def test_a_chinese_name_before_its_school_in_english_is_no_gloss(text: str) -> None:
    assert glosses(text) == {}


@pytest.mark.parametrize("text, term", [
    ("事發於旺角（Mong Kok）一間商店，警方到場調查。", "旺角"),
    ("他們約定在台北車站（Taipei Main Station）大廳集合。", "台北車站"),
    ("車禍發生在青馬大橋（Tsing Ma Bridge）近市區一段。", "青馬大橋"),
])
def test_places_by_their_english_names(text: str, term: str) -> None:
    assert glosses(text)[term][1] == "LOC"


def test_a_site_named_only_by_its_place_keeps_the_place() -> None:
    assert glosses("旅客昨日在桃園國際機場（TPE）滯留多時。")["桃園國際機場"][1] == "LOC"


@pytest.mark.parametrize("text", [
    "法國總統馬克龍周三在巴黎出席儀式（Reuters）\n\n他在會上表示支持。",
    "美國國務卿在記者會上講話（AFP）\n\n他說談判仍在進行。",
])
def test_a_news_agency_after_a_caption_is_a_credit_not_a_gloss(text: str) -> None:
    assert glosses(text) == {}


@pytest.mark.parametrize("text, term", [
    ("超微（AMD）執行長周二在台北發表演說。", "超微"),
    ("深流（DFX）創辦人表示，明年將擴大招聘。", "深流"),
])
def test_a_name_before_its_head_s_title_is_a_body(text: str, term: str) -> None:
    assert glosses(text)[term][1] == "ORG"


@pytest.mark.parametrize("text, term", [
    ("美國總統川普（Donald Trump）周五簽署行政命令。", "川普"),
    ("該國外長藍斯柏吉斯（Gabriel Landsberg）周四訪台。", "藍斯柏吉斯"),
])
def test_taiwan_renderings_of_foreign_names_are_by_sound(text: str, term: str) -> None:
    assert glosses(text)[term][2] is True


def test_a_name_and_its_abbreviation_parted_by_a_slash_give_the_first() -> None:
    assert glosses("英國《金融時報》（Financial Times / FT）周一引述消息人士報道。")["金融時報"][0] == "Financial Times"


@pytest.mark.parametrize("text, term", [
    ("他重申會堅持「一國兩制」（One Country, Two Systems）方針。", "一國兩制"),
    ("他重申會堅持「一國兩制」（\"One Country, Two Systems\"）方針。", "一國兩制"),
    ("活動以「綠色城市，健康生活」（Green City, Healthy Life）為口號。", "綠色城市，健康生活"),
])
def test_a_quoted_name_whose_english_holds_a_comma_is_a_term(text: str, term: str) -> None:
    assert glosses(text)[term][1] is None


@pytest.mark.parametrize("text, term", [
    ("他們當年參與了「反送中」（Anti-ELAB）運動。", "反送中"),
    ("論壇以「家中」（At Home）為題。", "家中"),
])
def test_a_name_in_marks_may_end_in_a_place_word(text: str, term: str) -> None:
    assert term in glosses(text)


@pytest.mark.parametrize("text, term", [
    ("英國球星碧咸（David Beckham）昨日訪港。", "碧咸"),
    ("英國前首相文翠珊（Theresa May）發表演說。", "文翠珊"),
    ("英國記者般碧（Anna Bamby）撰文。", "般碧"),
])
def test_hong_kong_renderings_by_sound(text: str, term: str) -> None:
    assert glosses(text)[term][2] is True


@pytest.mark.parametrize("text, term", [
    ("一名35歲姓李（Lee）男子昨晚被捕。", "李"),
    ("死者為一名英籍男子，姓麥克勞德（McLeod），終年50歲。", "麥克勞德"),
])
def test_a_family_name_after_xing_is_a_person(text: str, term: str) -> None:
    assert glosses(text)[term][1] == "PER"


@pytest.mark.parametrize("text, term", [
    ("政府推出流動應用程式「健康同行」（HealthTrack）供市民下載。", "健康同行"),
    ("這款聊天機械人「星語」（StarTalk）上月推出。", "星語"),
])
def test_an_app_in_marks_after_what_it_is_is_a_term(text: str, term: str) -> None:
    assert glosses(text)[term][1] is None


def test_a_name_whose_first_capital_was_lost_in_typing() -> None:
    assert glosses("報告由國際能源理事會（nternational Energy Council）周二發表。")["國際能源理事會"] == (
        "nternational Energy Council", "ORG", False)


def test_a_body_named_for_someone_and_what_it_is_is_no_transliteration() -> None:
    assert glosses("洛克菲勒基金會（Rockefeller Foundation）周一宣布捐款。")["洛克菲勒基金會"] == (
        "Rockefeller Foundation", "ORG", False)


def test_de_renders_a_sound() -> None:
    assert glosses("研究由科學家安娜（Anna Kerr）和彼得（Peter Holm）合著。")["彼得"][2] is True


def test_a_term_beginning_with_shouci() -> None:
    assert "首次公開招股" in glosses("這家公司計劃明年在港首次公開招股（IPO），集資約十億元。")


def test_ke_renders_a_sound() -> None:
    assert glosses("意大利探險家馬可（Marco Rossi）的日記出版。")["馬可"][2] is True


def test_a_state_body_whose_ending_the_gazetteers_know_keeps_its_country() -> None:
    assert glosses("美國國際開發署（USAID）上月凍結多個援助項目。")["美國國際開發署"][1] == "ORG"


@pytest.mark.parametrize("text, term", [
    ("他將代表國家出戰巴黎奧運（Paris 2024）。", "巴黎奧運"),
    ("今年香港國際七人欖球賽（Hong Kong Sevens）門票已售罄。", "香港國際七人欖球賽"),
])
def test_a_place_its_original_names_too_begins_the_term(text: str, term: str) -> None:
    assert term in glosses(text)


@pytest.mark.parametrize("text, term", [
    ("演習中出動了東風-15B短程彈道導彈（DF-15B）。", "東風-15B短程彈道導彈"),
    ("空軍派出殲-16戰鬥機（J-16）巡航。", "殲-16戰鬥機"),
    ("俄軍發射伊斯坎德爾-M導彈（Iskander-M）。", "伊斯坎德爾-M導彈"),
])
def test_a_model_named_by_a_designation_its_original_writes(text: str, term: str) -> None:
    assert glosses(text)[term][1] is None


def test_a_term_in_a_table_starts_after_the_cell_before_it() -> None:
    found = glosses("巡演场次\t吉隆坡站\t王岳海大礼堂(HGH Convention Centre)\t新加坡站\t嘉龙剧院(Kallang Theatre)")
    assert set(found) == {"王岳海大礼堂", "嘉龙剧院"}
