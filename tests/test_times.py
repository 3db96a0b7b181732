"""Temporal expressions: absolute, relative, ranges; resolved against an anchor or left partial."""

from __future__ import annotations

from datetime import date

import pytest

from newsmine.analyze.pipeline import analyze
from newsmine.analyze.times import find_times
from newsmine.read import read_article, read_markdown

from .conftest import EXAMPLES

ANCHOR = date(2024, 3, 6)  # a Wednesday


def values(text: str, anchor: date | None = ANCHOR) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in find_times(text, anchor)]


def intervals(text: str, anchor: date | None = ANCHOR) -> list[tuple[str, str | None]]:
    """Each expression with its value, an interval written `START/END` as the gold files write it."""
    return [(t.text, "/".join(t.range) if t.range else t.value) for t in find_times(text, anchor)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("峰会于2023年9月13日举行。", [("2023年9月13日", "2023-09-13")]),
        ("自1953年停战以来。", [("1953年", "1953")]),
        ("二〇二一年十一月五日签署。", [("二〇二一年十一月五日", "2021-11-05")]),
        ("2022年5月，双方会面。", [("2022年5月", "2022-05")]),
        ("部长在3月4日抵达。", [("3月4日", "2024-03-04")]),
        ("预计在3月20日公布。", [("3月20日", "2024-03-20")]),
        ("去年12月28日的会议。", [("去年12月28日", "2023-12-28")]),
        ("明年3月举行大选。", [("明年3月", "2025-03")]),
        ("七月，代表团访问平壤。", [("七月", "2023-07")]),
        ("二月的数据显示。", [("二月", "2024-02")]),
        ("周三上午发射了导弹。", [("周三上午", "2024-03-06")]),
        ("週一，部長抵達。", [("週一", "2024-03-04")]),
        ("星期五晚上举行了宴会。", [("星期五晚上", "2024-03-01")]),
        ("昨天和今天都下雨，明天放晴。", [("昨天", "2024-03-05"), ("今天", "2024-03-06"), ("明天", "2024-03-07")]),
        ("上周双方通话。", [("上周", "2024-W09")]),
        ("下周三将举行投票。", [("下周三", "2024-03-13")]),
        ("本月19日开幕。", [("本月19日", "2024-03-19")]),
        ("上个月的选举。", [("上个月", "2024-02")]),
        ("今年早些时候两次发射失败。", [("今年早些时候", "2024")]),
        ("他们自2019年以来首次会面。", [("自2019年以来", "2019")]),
    ],
)
def test_expressions_resolve_against_the_anchor(text, expected):
    assert values(text) == expected


def test_not_times():
    assert values("过去五年里增加了一倍，三个月后，第十届会议，约合人民币5亿元。") == []


def test_a_word_and_its_date_in_parentheses_are_two_expressions_with_one_value():
    word, day = find_times("金正恩周三（9月13日）抵达。", date(2023, 9, 14))
    assert (word.text, word.value, word.partial) == ("周三", "2023-09-13", False)
    assert (day.text, day.value) == ("9月13日", "2023-09-13")


def test_without_an_anchor_values_stay_partial_and_no_year_is_invented():
    got = [(t.text, t.value, t.partial) for t in find_times("周三（9月13日），七月，昨天，周五，2019年。", None)]
    assert got == [
        ("周三", "--09-13", True),
        ("9月13日", "--09-13", True),
        ("七月", "--07", True),
        ("昨天", None, True),
        ("周五", "--09-15", True),  # the week of 周三（9月13日）; the day itself is not known
        ("2019年", "2019", False),
    ]
    assert values("七月，昨天，周五，2019年。", None) == [
        ("七月", "--07"), ("昨天", None), ("周五", "XXXX-WXX-5"), ("2019年", "2019"),
    ]


def test_an_undated_text_is_dated_but_for_the_year_by_its_own_weekdays_and_dated_day_words():
    text = ("律师周四获准会见当事人，昨日会面持续一小时。\n\n律师希望下周二（9月8日）再次会见，"
            "下周一先递交申请；当事人今年3月被捕。在周四的会面中，他否认了指控。")
    assert values(text, None) == [
        ("周四", "--09-03"), ("昨日", None), ("下周二", "--09-08"), ("9月8日", "--09-08"),
        ("下周一", "--09-07"), ("今年3月", "--03"), ("周四", "--09-03"),
    ]
    text = "警方昨日（4月7日）公布，上周拘捕12人，3日起加强巡逻，周五再行动。"
    assert values(text, None) == [
        ("昨日", "--04-07"), ("4月7日", "--04-07"), ("上周", None), ("3日", "--04-03"), ("周五", "XXXX-WXX-5"),
    ]


def test_a_bare_weekday_takes_the_date_given_for_it_earlier():
    got = values("周三（9月13日）抵达。周三下午举行宴会。", None)
    assert got == [("周三", "--09-13"), ("9月13日", "--09-13"), ("周三下午", "--09-13")]


def test_vague_and_range_expressions_carry_a_range():
    early, since = find_times("今年早些时候失败；自2019年以来首次。", ANCHOR)
    assert early.range == ["2024-01-01", "2024-03-06"]
    assert since.range == ["2019", "2024-03-06"]


def test_invalid_dates_are_skipped():
    assert values("13月45日") == []


def test_seed_times_with_and_without_a_date(seed_path):
    article = read_article(str(seed_path))
    dated = {t.text: t.value for t in analyze(article, anchor="2023-09-14").times}
    assert dated["周三"] == dated["9月13日"] == "2023-09-13"
    assert dated["七月"] == "2023-07"
    assert dated["自2019年以来"] == "2019"
    assert dated["周三上午"] == "2023-09-13"
    undated = analyze(article).times
    assert {t.text: t.value for t in undated}["9月13日"] == "--09-13"
    assert not any(t.value and t.value.startswith("2023") for t in undated)


def test_traditional_example_times():
    article = read_article(str(next(p for p in EXAMPLES if "nickel" in p.name)))
    got = {t.text: t.value for t in analyze(article, anchor="2025-11-21").times}
    assert got["週四"] == got["11月20日"] == "2025-11-20"
    assert got["2020年"] == "2020"
    assert got["明年"] == "2026"


def test_times_layer_spans_point_at_their_text():
    doc = analyze(read_markdown("# 标题\n\n周二（3月4日），部长抵达。\n"), anchor="2025-03-05")
    assert [doc.text[t.span.start : t.span.end] for t in doc.times] == [t.text for t in doc.times] == ["周二", "3月4日"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("他3年前离开公司，两个月前回国。", [("3年前", "2021"), ("两个月前", "2024-01")]),
        ("代表团10天前抵达，两周前宣布参选。", [("10天前", "2024-02-25"), ("两周前", "2024-W08")]),
        ("工厂两年多前关闭。", [("两年多前", "2021")]),
        ("4日，火箭发射升空。", [("4日", "2024-03-04")]),
        ("飞船十七日返回地面。", [("十七日", "2024-02-17")]),
        ("3 月份的出口数据。", [("3 月份", "2024-03")]),
        ("昨晚和前天都有示威。", [("昨晚", "2024-03-05"), ("前天", "2024-03-04")]),
        ("前年和今年的预算。", [("前年", "2022"), ("今年", "2024")]),
        ("下周双方再谈。", [("下周", "2024-W11")]),
        ("上個禮拜已經開會，今個月再開。", [("上個禮拜", "2024-W09"), ("今個月", "2024-03")]),
        ("星期三，議會表決。", [("星期三", "2024-03-06")]),
        ("政府3月5號宣佈。", [("3月5號", "2024-03-05")]),
        ("委员会将于周五公布结果。", [("周五", "2024-03-08")]),
        ("委员会周五公布了结果。", [("周五", "2024-03-01")]),
        ("民國112年起實施。", [("民國112年", "2023")]),
        ("民国一百年通过。", [("民国一百年", "2011")]),
        ("2023年第二季度增长放缓。", [("2023年第二季度", "2023")]),
        ("春节期间客流创新高。", [("春节期间", "2024-02")]),  # the days off, 10 to 17 February
        ("2018年复活节前夕。", [("2018年复活节", "2018-04-01")]),
        ("过去五年里，三个月后，每年，第十届。", []),
        ("他在为期5日的访问中，3日内完成。", []),
        ("他被拘留15日，参加了4日团。", []),
        ("上周围观的人群，本月刊登的文章。", []),
        ("上周末双方见面。", [("上周末", "2024-03")]),
        ("中秋节前夕，元旦假期。", [("中秋节", "2023-09-29"), ("元旦假期", "2024-01-01")]),
        ("首季营收增长。", [("首季", "2024")]),
    ],
)
def test_relative_and_vague_expressions(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("上世纪八十年代的改革。", ("1980/1989", ["1980", "1989"])),
        ("1980年代的香港。", ("1980/1989", ["1980", "1989"])),
        ("60年代初的饥荒。", ("1960/1963", ["1960", "1963"])),
        ("二十世纪九十年代末。", ("1997/1999", ["1997", "1999"])),
        ("月初公布数据。", ("2024-03", ["2024-03-01", "2024-03-10"])),
        ("月中开会。", ("2024-03", ["2024-03-11", "2024-03-20"])),
        ("2月底截止。", ("2024-02", ["2024-02-21", "2024-02-29"])),
        ("4月上旬动工。", ("2024-04", ["2024-04-01", "2024-04-10"])),
        ("4月下旬竣工。", ("2024-04", ["2024-04-21", "2024-04-30"])),
        ("去年底裁员。", ("2023", ["2023-11", "2023-12"])),
        ("今年上半年的销量。", ("2024", ["2024-01", "2024-06"])),
        ("1975-1990年间。", ("1975/1990", ["1975", "1990"])),
        ("展览3月至5月开放。", ("2024", ["2024-03", "2024-05"])),
        ("会议3月5日至7日举行。", ("2024-03", ["2024-03-05", "2024-03-07"])),
        ("2022年12月至2023年1月。", ("2022-12/2023-01", ["2022-12", "2023-01"])),
        ("2020年2月底至3月。", ("2020", ["2020-02-21", "2020-03-31"])),
        ("1至5月的出口。", ("2024", ["2024-01", "2024-05"])),
        ("3月5至7日举行。", ("2024-03", ["2024-03-05", "2024-03-07"])),
        ("2018年3、4月间。", ("2018", ["2018-03", "2018-04"])),
        ("下周末放假。", ("2024-03", ["2024-03-16", "2024-03-17"])),
        ("今年前10个月出口增长。", ("2024", ["2024-01", "2024-10"])),
        ("2023年前三季度的利润。", ("2023", ["2023-01", "2023-09"])),
    ],
)
def test_vague_parts_decades_and_ranges_are_intervals(text, expected):
    (t,) = find_times(text, ANCHOR)
    assert (t.value, t.range) == expected


def test_a_bare_month_goes_to_the_nearest_occurrence_not_always_the_past():
    assert values("3月，新法生效。", date(2024, 2, 10)) == [("3月", "2024-03")]
    assert values("11月，新法生效。", date(2024, 2, 10)) == [("11月", "2023-11")]
    assert values("预计11月完工。", date(2024, 2, 10)) == [("11月", "2024-11")]


def test_a_bare_day_takes_the_month_the_paragraph_named_and_when_words_follow_the_day_named():
    text = "2019年3月5日，他抵达北京。7日离开，当天下午飞抵上海，第二天返回。\n\n10日，新闻发布会举行。"
    assert values(text) == [
        ("2019年3月5日", "2019-03-05"),
        ("7日", "2019-03-07"),
        ("当天下午", "2019-03-07"),
        ("第二天", "2019-03-08"),
        ("10日", "2024-03-10"),
    ]


def test_a_year_opening_a_paragraph_dates_its_bare_months_but_one_inside_a_sentence_does_not():
    assert values("2014年，公司上市。10月，股价翻倍。") == [("2014年", "2014"), ("10月", "2014-10")]
    assert values("这是他自2012年上任以来首次出访。10月，他访问东京。") == [("2012年", "2012"), ("10月", "2023-10")]


def test_republic_of_china_years_in_traditional_text():
    text = "立法院112年3月三讀通過，民國113年起施行。"
    assert [(t.text, t.value) for t in find_times(text, ANCHOR, roc=True)] == [("112年3月", "2023-03"), ("民國113年", "2024")]
    assert [t.text for t in find_times(text, ANCHOR)] == ["3月", "民國113年"]


def test_traditional_article_reads_roc_years(tmp_path):
    path = tmp_path / "roc.md"
    path.write_text("# 新制上路\n\n行政院表示，新制自112年1月1日起實施，去年已試辦。\n", encoding="utf-8")
    doc = analyze(read_article(str(path)), anchor="2023-02-01")
    assert [(t.text, t.value) for t in doc.times] == [("112年1月1日", "2023-01-01"), ("去年", "2022")]


def test_without_an_anchor_the_text_dates_itself_or_stays_partial():
    text = "2020年2月，疫情扩散。昨日（4月7日），政府宣布新措施，上周也曾开会。"
    assert values(text, None) == [
        ("2020年2月", "2020-02"), ("昨日", "2020-04-07"), ("4月7日", "2020-04-07"), ("上周", "2020-W14"),
    ]
    assert values("月初公布，4月中旬开会，十七日结束，明年再议。", None) == [
        ("4月中旬", "--04"), ("十七日", "--04-17"), ("明年", None),
    ]


def test_a_wire_dateline_sets_the_day_relative_words_count_from():
    text = "（新华社记者王明北京4日电）外交部昨天宣布，部长将于明天出访。"
    assert values(text, date(2024, 3, 6)) == [("4日", "2024-03-04"), ("昨天", "2024-03-03"), ("明天", "2024-03-05")]


def test_a_day_word_inside_a_quotation_counts_from_the_day_the_words_were_said():
    text = "3月1日，他在记者会上说：“昨天的会议很成功。”昨天，他已返回。"
    assert values(text) == [("3月1日", "2024-03-01"), ("昨天", "2024-02-29"), ("昨天", "2024-03-05")]


def test_same_and_next_year_or_month_count_from_the_one_last_named():
    text = "2015年3月，他入职。同年，公司上市；次年，他离开。\n\n当月底，股价下跌。"
    assert values(text) == [("2015年3月", "2015-03"), ("同年", "2015"), ("次年", "2016"), ("当月底", "2015-03")]


def test_the_year_before_and_the_trading_day_before_count_from_what_was_named():
    text = "2020年疫情爆发，上一年经济增长6%。12日收盘下跌，前一交易日上涨。本週三大指數齊跌。"
    assert values(text) == [
        ("2020年", "2020"), ("上一年", "2019"), ("12日", "2024-03-12"), ("前一交易日", "2024-03-11"), ("本週", "2024-W10"),
    ]


def test_habits_are_not_dates():
    assert values("委员会每周三开会，每月15日发薪。") == []


def test_numeric_dates_and_a_weekday_in_parentheses_after_a_date():
    assert values("3月5日（周二）开会，报告发布于2023-09-13，版本1.2.3。") == [
        ("3月5日", "2024-03-05"), ("周二", "2024-03-05"), ("2023-09-13", "2023-09-13"),
    ]


def test_today_and_yesterday_as_one_character_before_a_verb():
    assert values("工会今举行大会，主席昨表示支持；至今未有回应，如今已解散。") == [("今", "2024-03-06"), ("昨", "2024-03-05")]


def test_hong_kong_day_words_and_lunar_new_year_days():
    got = values("劉先生前日報案，尋日再到警署，聽日出庭。他舊年搬到深圳，大年初一返鄉，大前天才回港。")
    assert got == [("前日", "2024-03-04"), ("尋日", "2024-03-05"), ("聽日", "2024-03-07"),
                   ("舊年", "2023"), ("大年初一", "2024-02-10"), ("大前天", "2024-03-03")]


def test_a_year_word_and_the_months_after_it_are_one_range():
    (spring,) = find_times("去年3、4月，出口连续下滑。", ANCHOR)
    assert (spring.text, spring.range) == ("去年3、4月", ["2023-03", "2023-04"])
    (early,) = find_times("明年1-3月交付。", ANCHOR)
    assert (early.text, early.range) == ("明年1-3月", ["2025-01", "2025-03"])


def test_a_results_period_sets_the_financial_year_its_halves_count_in():
    report = ("恆銳零售（8123）公布，截至今年1月31日止六個月，純利按年升8%，上年同期則錄得虧損。"
              "集團預計下半年度收益增長，全年派息將較上年度增加。上半年內地門店減少12間。")
    got = [(t.text, t.range) for t in find_times(report, ANCHOR, roc=True)]
    assert got == [
        ("今年1月31日", None),
        ("上年同期", ["2022-08-01", "2023-01-31"]),  # the six months to January, a year earlier
        ("下半年度", ["2024-02", "2024-07"]),  # the financial year runs August to July
        ("上年度", ["2022-08", "2023-07"]),
        ("上半年", ["2023-08", "2024-01"]),
    ]


def test_a_december_year_end_leaves_the_calendar_halves():
    report = "該行公布截至2023年12月31日止年度業績，上半年盈利下跌，下半年回升。"
    got = [(t.text, t.range) for t in find_times(report, ANCHOR, roc=True)]
    assert got == [("2023年12月31日", None), ("上半年", ["2023-01", "2023-06"]), ("下半年", ["2023-07", "2023-12"])]


def test_a_year_without_nian_before_a_named_event():
    got = values("2026台中爵士音樂節昨晚閉幕，主辦方已籌備2027年台中爵士音樂節。共有2026人參加票選。")
    assert got == [("2026", "2026"), ("昨晚", "2024-03-05"), ("2027年", "2027")]


def test_overnight_in_a_market_report_is_the_day_before_but_not_the_overnight_rate():
    assert values("受隔夜美股下跌拖累，恒指低開；隔夜拆息則升至4.2厘。") == [("隔夜", "2024-03-05")]


def test_a_bare_date_in_a_story_of_the_past_follows_the_story():
    story = ("周立明说，2021年5月10日，他与公司签署离职协议。\n\n11月2日，他起诉了公司。"
             "\n\n今年2月1日，法院开庭。")
    assert values(story) == [("2021年5月10日", "2021-05-10"), ("11月2日", "2021-11-02"),
                             ("今年2月1日", "2024-02-01")]
    assert values("2015年3月5日，公司成立。\n\n13月5日，2月30日，他离开。") == [("2015年3月5日", "2015-03-05")]
    news = "3月1日，市政府宣布新规。5月10日起实施。"  # a story of now: the date nearest the anchor
    assert values(news) == [("3月1日", "2024-03-01"), ("5月10日", "2024-05-10")]


def test_the_day_before_or_after_a_holiday_in_the_year_named_in_its_clause():
    got = values("她记得，去年是春节前一天才发的年终奖，上一年则更晚。圣诞节后一天，商场人潮涌动。")
    assert got == [("去年", "2023"), ("春节前一天", "2023-01-21"), ("上一年", "2022"), ("圣诞节后一天", "2023-12-26")]


def test_taiwan_style_years_and_months_with_the_number_in_parentheses():
    text = "該公司去(2023)年營收創新高，今(113)年3月再增；本(3)月5日起漲價，同（6）日公布細節，昨(5)晚開會。"
    assert [(t.text, t.value) for t in find_times(text, ANCHOR, roc=True)] == [
        ("去(2023)年", "2023"), ("今(113)年3月", "2024-03"), ("本(3)月5日", "2024-03-05"),
        ("同（6）日", "2024-03-06"), ("昨(5)晚", "2024-03-05"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023年农历八月十五，一家人在台中团聚。", [("2023年农历八月十五", "2023-09-29")]),
        ("腊月二十三，村里开始办年货。", [("腊月二十三", "2024-02-02")]),
        ("正月初一凌晨，寺庙挤满香客；年初三是赤口。", [("正月初一凌晨", "2024-02-10"), ("年初三", "2024-02-12")]),
        ("農曆七月初七，情侶排隊登記結婚。", [("農曆七月初七", "2023-08-22")]),
        ("真正月薪不高。", []),
        ("中秋前夕，清明节扫墓，冬至吃汤圆。", [("中秋", "2023-09-29"), ("清明节", "2024-04-04"), ("冬至", "2023-12-22")]),
    ],
)
def test_dates_of_the_chinese_calendar(text, expected):
    assert values(text) == expected


def test_a_lunar_month_alone_is_an_interval_and_stays_unresolved_without_an_anchor():
    (month,) = find_times("农历七月，当地有祭祖习俗。", ANCHOR)
    assert month.range == ["2023-08-16", "2023-09-14"]
    assert values("农历八月十五团圆。", None) == [("农历八月十五", None)]


def test_a_weekday_beside_a_date_without_its_year_picks_the_year():
    assert values("港府於9月3日（星期二）公布施政報告。") == [("9月3日", "2024-09-03"), ("星期二", "2024-09-03")]
    assert values("議會於周一（4日）復會。") == [("周一", "2024-03-04"), ("4日", "2024-03-04")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("该公司于2023年5月成立，两个月后在纳斯达克上市。", [("2023年5月", "2023-05"), ("两个月后", "2023-07")]),
        ("2020年3月8日，他被捕；三天后获保释，三年后出狱。",
         [("2020年3月8日", "2020-03-08"), ("三天后", "2020-03-11"), ("三年后", "2023")]),
        ("总统宣布，两周后将举行全民公投。", [("两周后", "2024-W12")]),
        ("工厂半年前停产。", [("半年前", "2023-09")]),
        ("今天接到的订单往往要排到一周后才能做。", [("今天", "2024-03-06")]),
    ],
)
def test_counts_forward_from_the_date_named_or_from_the_anchor_when_the_clause_speaks_of_the_future(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("集團2023年Q1營收增長，今年Q3再升。", [("2023年Q1", "2023"), ("今年Q3", "2024")]),
        ("奥迪Q3新款上市。", []),
        ("微软2024财年营收创新高。", [("2024财年", "2024")]),
        ("立法會廿三日開會，卅一日休會。", [("廿三日", "2024-02-23"), ("卅一日", "2024-03-31")]),
        ("这个周末将有暴雨，上個週末則天晴。", [("这个周末", "2024-03"), ("上個週末", "2024-03")]),
        ("《周日邮报》报道，《今日美国》也有报道；今日美国报称。", []),
        ("九零年代的香港。", [("九零年代", "1990/1999")]),
        ("上个星期五，他辞职；上個禮拜三開會。", [("上个星期五", "2024-03-01"), ("上個禮拜三", "2024-02-28")]),
        ("警方次日公布调查结果。", [("次日", "2024-03-07")]),
        ("五月天演唱会门票售罄，年中调薪无望。", []),
    ],
)
def test_quarters_financial_years_and_other_forms(text, expected):
    assert values(text) == expected


def test_two_days_weekends_parts_of_a_month_and_since_are_intervals():
    got = {t.text: t.range for t in find_times("今明兩日天氣炎熱，這個週末轉涼。9月中下旬；自去年年初以来。", ANCHOR)}
    assert got == {
        "今明兩日": ["2024-03-06", "2024-03-07"],
        "這個週末": ["2024-03-09", "2024-03-10"],
        "9月中下旬": ["2023-09-11", "2023-09-30"],
        "自去年年初以来": ["2023-01", "2023-03"],  # an interval it names stays as named
    }


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("1950年6月，战争爆发；同年9月，联军登陆。", ANCHOR, [("1950年6月", "1950-06"), ("同年9月", "1950-09")]),
        ("声明称，4月25日周日下午，会议遭到干扰。", date(2021, 7, 29), [("4月25日", "2021-04-25"), ("周日下午", "2021-04-25")]),
        ("诊所星期一至五开放，每逢星期六休息，每个星期四晚上有义诊。", ANCHOR, []),
        ("交货期已排到4月底。", None, [("4月底", "--04")]),
        ("大使馆3月19日将该研究员称为“小流氓”。", date(2021, 3, 24), [("3月19日", "2021-03-19")]),
        ("12月，厂商开始备货；2、3月是淡季。", date(2024, 1, 25), [("12月", "2023-12"), ("2、3月", "2024")]),
        ("2022年，公司扭亏为盈，第四季营收创新高。", ANCHOR, [("2022年", "2022"), ("第四季", "2022")]),
    ],
)
def test_years_weekdays_and_habits_in_context(text, anchor, expected):
    assert values(text, anchor) == expected
    assert all(not t.range or t.range[1] != "--04-31" for t in find_times(text, anchor))


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("论坛今天（9月7日）开幕。主办方今天表示满意。", date(2024, 9, 8),
         [("今天", "2024-09-07"), ("9月7日", "2024-09-07"), ("今天", "2024-09-07")]),
        ("获奖者：卢煜明(2016年)、王小明(2018年)。", ANCHOR, [("2016年", "2016"), ("2018年", "2018")]),
        ("那是一个“黑色星期五”。", ANCHOR, []),
        ("2007年10月1日，他在深圳开店。当月3日，包子铺开业。", ANCHOR,
         [("2007年10月1日", "2007-10-01"), ("当月3日", "2007-10-03")]),
        ("2019年12月底，病毒被发现；1月3日，基因组公布。", ANCHOR,
         [("2019年12月底", "2019-12"), ("1月3日", "2020-01-03")]),
        ("有轨电车2010年通车，在运营13年后停运。", ANCHOR, [("2010年", "2010")]),
        ("他们是为了参加3月23日在广州举行的婚礼。", date(2022, 3, 22), [("3月23日", "2022-03-23")]),
        ("3月21日，昆明天气晴；如今年轻人说明年再来。", date(2022, 3, 22), [("3月21日", "2022-03-21")]),
        ("台灣明年元月9日還有兩場選舉，元月1日起實施。", date(2021, 12, 18),
         [("明年元月9日", "2022-01-09"), ("元月1日", "2022-01-01")]),
        ("每月3000元月薪。", ANCHOR, []),
    ],
)
def test_more_context_rules(text, anchor, expected):
    assert values(text, anchor) == expected


def test_a_date_repeated_in_a_story_of_the_past_is_that_date():
    text = "1982年8月17日，两国发表公报。\n\n8月17日，公报正式发表。"
    assert values(text, date(2020, 9, 1)) == [("1982年8月17日", "1982-08-17"), ("8月17日", "1982-08-17")]


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("前5个月，全国出口增长5%。", date(2024, 6, 15), ("2024", ["2024-01", "2024-05"])),
        ("前11个月，全国出口增长5%。", date(2024, 1, 10), ("2023", ["2023-01", "2023-11"])),
        ("前三季度，GDP增长5.2%。", date(2024, 10, 20), ("2024", ["2024-01", "2024-09"])),
        ("農曆年前，菜價上漲。", ANCHOR, ("2024-02-10", None)),
        ("佛誕假期，市民出遊。", ANCHOR, ("2024-05-15", None)),
    ],
)
def test_first_months_of_the_year_and_more_holidays(text, anchor, expected):
    (t,) = find_times(text, anchor)
    assert (t.value, t.range) == expected


def test_first_months_need_a_year_or_a_clause_of_their_own():
    assert values("他在任期的前三个月推动改革；前两个月，他还在上班。") == []


def test_a_schedule_is_not_a_date_but_this_weeks_days_are():
    assert values("本周二、三在日內瓦開會；診所星期一至五開放。三星期前，他出院。") == [
        ("本周二", "2024-03-05"), ("三星期前", "2024-W07"),
    ]


def test_a_financial_or_school_year_over_two_calendar_years():
    got = [(t.text, t.value) for t in find_times("2023-24年度財政預算案；二〇二三至二四年度；2023/24赛季；1999-00年度。", ANCHOR)]
    assert got == [("2023-24年度", "2023/2024"), ("二〇二三至二四年度", "2023/2024"), ("2023/24赛季", "2023/2024"),
                   ("1999-00年度", "1999/2000")]


def test_hong_kong_month_and_year_ends_and_two_day_or_two_year_spans():
    got = {t.text: t.range or t.value for t in find_times(
        "上個月尾公司裁員，年尾前完成重組；預計今明兩年經濟放緩，明后天有雨。該日下午，警方到場。可是日子久了。", ANCHOR, roc=True)}
    assert got == {
        "上個月尾": ["2024-02-21", "2024-02-29"], "年尾": ["2024-11", "2024-12"], "今明兩年": ["2024", "2025"],
        "明后天": ["2024-03-07", "2024-03-08"], "該日下午": "2024-03-06",
    }


def test_a_day_word_with_its_day_says_which_day_today_is():
    assert values("警方昨日（3日）拘捕兩人，今日再有一人被捕。", date(2024, 3, 2)) == [
        ("昨日", "2024-03-03"), ("3日", "2024-03-03"), ("今日", "2024-03-04"),
    ]
    assert values("行政院今（7）日開會，明天公布結果。", date(2024, 3, 6)) == [
        ("今（7）日", "2024-03-07"), ("明天", "2024-03-08"),
    ]


def test_a_range_start_without_a_year_is_in_the_year_before_its_end():
    (t,) = find_times("工程12月中旬至明年1月進行。", ANCHOR, roc=True)
    assert t.range == ["2024-12-11", "2025-01-31"]


def test_a_month_and_day_of_a_story_of_the_past_keeps_its_year_for_the_days_after_it():
    story = "2018年3月8日，他签了确认书。\n\n11月7日，他起诉公司，8日法院立案。"
    assert values(story, date(2019, 12, 2)) == [
        ("2018年3月8日", "2018-03-08"), ("11月7日", "2018-11-07"), ("8日", "2018-11-08"),
    ]


def test_malformed_dates_are_skipped_not_errors():
    assert values("會議星期二2月30日舉行；十十二月；30日至2月30日。", None) == [
        ("星期二2月30日", "XXXX-WXX-2"), ("30日", "---30"),
    ]


def test_a_weekday_in_a_reported_statement_is_past():
    tuesday = date(2024, 3, 5)
    assert values("外交部发言人周四表示反对。", tuesday) == [("周四", "2024-02-29")]
    assert values("外交部将于周四举行记者会。", tuesday) == [("周四", "2024-03-07")]


def test_without_an_anchor_dates_written_without_a_year_follow_the_years_the_text_writes():
    text = ("2月12日，县卫生局发出通告。\n\n据报道，该病最早于2018年12月底在乡镇医院发现，1月4日，"
            "首批样本送检，当天结果呈阳性。\n\n疾控中心曾表示，2月初已派员进驻；研究所将于7月开始试验。")
    assert values(text, None) == [
        ("2月12日", "2019-02-12"), ("2018年12月底", "2018-12"), ("1月4日", "2019-01-04"), ("当天", "2019-01-04"),
        ("2月初", "2019-02"), ("7月", "2019-07"),
    ]
    # a year only inferred for one date does not hold for the next in its paragraph
    assert values("2017年3月，工厂投产。\n\n1月20日停工，12月31日复工。", None) == [
        ("2017年3月", "2017-03"), ("1月20日", "2017-01-20"), ("12月31日", "2016-12-31"),
    ]
    assert values("1月20日停工，今天复工。", None) == [("1月20日", "--01-20"), ("今天", None)]


def test_quarters_nearest_the_anchor_their_parts_and_the_quarter_in_view():
    text = ("集團公布，第四季收入按年升12%，今季訂單回穩。分析師預期第二季表現較好，季內有望上望新高。"
            "今年第一季度末，負債比率降至三成。")
    got = [(t.text, t.range or t.value) for t in find_times(text, date(2024, 4, 2), roc=True)]
    assert got == [
        ("第四季", ["2023-10", "2023-12"]),  # the quarter just reported, not the one ahead
        ("今季", ["2024-04", "2024-06"]),
        ("第二季", ["2024-04", "2024-06"]),
        ("季內", ["2024-04", "2024-06"]),
        ("今年第一季度末", "2024-03"),
    ]
    assert intervals("下季度將推出新品。", date(2024, 11, 2)) == [("下季度", "2025-01/2025-03")]


def test_the_month_in_view_anaphoric_days_and_years_and_school_holidays():
    text = ("今年2月，航空公司載客量回升，月內共運載80萬人次。\n\n"
            "6月的客流整体回落，该月的日均客流仅为4万。\n\n"
            "2019年3月，工厂动工，这年年末投产。\n\n"
            "商户把希望放在这个暑期。")
    assert intervals(text, date(2023, 7, 6)) == [
        ("今年2月", "2023-02"), ("月內", "2023-02"), ("6月", "2023-06"), ("该月", "2023-06"),
        ("2019年3月", "2019-03"), ("这年年末", "2019-11/2019-12"), ("这个暑期", "2023-07/2023-08"),
    ]
    # `三个月内` is a duration; `大三暑假`, `这年头` and `这天然气` name no date
    assert values("三个月内完成，大三暑假去实习，这年头这天然气价涨了。", date(2023, 7, 6)) == []


def test_a_day_word_right_after_a_date_is_part_of_it():
    text = "9月28日，学生在操场受伤。\n\n他在12月16日这天被捕，前一夜曾回家。"
    assert values(text, date(2019, 12, 20)) == [
        ("9月28日", "2019-09-28"), ("12月16日", "2019-12-16"), ("前一夜", "2019-12-15"),
    ]


def test_centuries_decade_pairs_and_years_in_a_list():
    text = ("这首民歌在二十世纪广为传唱，上世纪六、七十年代最为流行，本世纪初渐被遗忘。"
            "该所于2015年及2018发生两次泄漏，《21世纪经济报道》曾有报道。")
    assert intervals(text, date(2024, 5, 10)) == [
        ("二十世纪", "1900/1999"), ("上世纪六、七十年代", "1960/1979"), ("本世纪初", "2000/2009"),
        ("2015年", "2015"), ("2018", "2018"),
    ]
    assert intervals("21世纪教育研究院发布报告，上世纪末的数据。", None) == [("上世纪末", None)]


def test_more_than_a_count_back_is_an_interval_and_a_count_on_starts_from_the_day_last_named():
    text = "一个多月前，小饼还供不应求。这家老店20多年前开张，十几年前迁址，两年多前翻新。"
    assert intervals(text, date(2023, 7, 6)) == [
        ("一个多月前", "2023-05/2023-06"), ("20多年前", "1994/2002"), ("十几年前", "2004/2012"), ("两年多前", "2020"),
    ]
    text = "11月12日，教育局发出通报。\n\n两天后，市里宣布成立调查组。她说：「兩星期後有比賽。」"
    assert values(text, date(2019, 11, 25)) == [
        ("11月12日", "2019-11-12"), ("两天后", "2019-11-14"), ("兩星期後", "2019-W50"),
    ]


def test_a_day_written_with_hao_where_a_date_goes_on():
    assert values("校方在25号发给全校的邮件中否认，29号晚再发声明。", date(2024, 5, 2)) == [
        ("25号", "2024-04-25"), ("29号晚", "2024-04-29"),
    ]
    assert values("他住在25号楼，搭乘3号线。", date(2024, 5, 2)) == []


def test_days_counted_from_the_incident():
    text = ("12月3日，家长向记者讲述经过。\n\n据家长说，事发当天（11月20日），孩子在课间摔倒。\n\n"
            "12月1日，教育局通报。事发次日，孩子被送医；事发第三天，学校召开家长会，这天双方发生争执。")
    assert values(text, date(2019, 12, 5)) == [
        ("12月3日", "2019-12-03"), ("事发当天", "2019-11-20"), ("11月20日", "2019-11-20"), ("12月1日", "2019-12-01"),
        ("事发次日", "2019-11-21"), ("事发第三天", "2019-11-22"), ("这天", "2019-11-22"),
    ]


def test_holidays_in_quotation_marks_and_the_days_off_around_them():
    text = "今年“五一”假期过后，景区客流回落；端午期间稍有回升。五一广场人流如常，十一月再看。"
    assert intervals(text, date(2023, 7, 6)) == [
        ("今年“五一”假期", "2023-04-29/2023-05-03"), ("端午期间", "2023-06-22/2023-06-24"),
        ("十一月", "2023-11"),  # in the year `今年“五一”` set in view
    ]
    assert intervals("双十一期间销量大增，十一黄金周出游。", date(2024, 11, 20)) == [
        ("双十一期间", "2024-11-11"), ("十一黄金周", "2024-10-01/2024-10-07"),
    ]
    # a year whose arrangement the table does not hold, and a traditional-script text, keep the day
    assert intervals("国庆长假期间，车流大增。", date(2031, 10, 12)) == [("国庆长假", "2031-10-01")]
    got = [(t.text, t.value) for t in find_times("「五一」假期，旅客出境。", date(2023, 5, 8), roc=True)]
    assert got == [("「五一」假期", "2023-05-01")]


def test_a_year_word_gives_its_year_to_the_months_right_after_it_and_bare_year_ranges_in_parentheses():
    text = "2023年，公司扩张。今年1-2月营收下滑。"
    assert intervals(text) == [("2023年", "2023"), ("今年1-2月", "2024-01/2024-02")]
    text = "他曾任外交部长（2007-2010）、总理（2012-2014），电话（2010-2008）。"
    assert intervals(text) == [("2007-2010", "2007/2010"), ("2012-2014", "2012/2014")]


def test_habits_over_a_year_ages_and_an_idiom_are_not_times():
    text = "高温津贴每年6月至8月发放，工地在每年的10月中下旬停工。今年30岁的他时至今日仍在工地，今年夏天再上岗。"
    assert intervals(text) == [("今年夏天", "2024-06/2024-08")]


def test_without_a_pinned_incident_day_the_first_day_named_is_the_incident():
    text = ("3月8日凌晨，城郊一座仓库起火。\n\n据员工回忆，事发前一天，他们曾发现电线冒烟；出事三天前，"
            "消防部门检查过仓库。3月10日，调查组进驻，案发后五天公布结果。")
    assert values(text, date(2024, 3, 16)) == [
        ("3月8日凌晨", "2024-03-08"), ("事发前一天", "2024-03-07"), ("出事三天前", "2024-03-05"),
        ("3月10日", "2024-03-10"), ("案发后五天", "2024-03-13"),
    ]


def test_hong_kong_evenings_and_a_year_counted_over_are_read_or_left():
    assert values("警方尋晚拘捕兩名男子，聽晚再開記者會。", date(2024, 11, 20)) == [
        ("尋晚", "2024-11-19"), ("聽晚", "2024-11-21"),
    ]
    assert values("这一年来公司扩张迅速。2019年3月入职，这一年他28岁。") == [("2019年3月", "2019-03"), ("这一年", "2019")]


def test_with_no_year_known_the_day_last_named_stays_partial_for_the_words_that_refer_to_it():
    text = "6月13日上午，批发市场暂停营业。\n\n当晚，监管部门发出通知；次日，超市下架相关产品。"
    assert values(text, None) == [("6月13日上午", "--06-13"), ("当晚", "--06-13"), ("次日", "--06-14")]
