"""A battery of the time expressions Chinese news writes (mainland, Hong Kong, Taiwan; wire, finance and tech
pages), each in a sentence of its own, resolved against one publication date as bench/gold/CONVENTIONS.md values
them: ISO at the text's precision, vague parts and ranges as `START/END`."""

from __future__ import annotations

from datetime import date

import pytest

from newsmine.analyze.times import find_times

PUBLISHED = date(2025, 6, 18)  # a Wednesday


def gold_like(text: str, anchor: date | None = PUBLISHED, roc: bool = False) -> list[tuple[str, str | None]]:
    """Each expression and its value as a gold file writes it: an interval as `START/END`."""
    return [(t.text, "/".join(t.range) if t.range else t.value) for t in find_times(text, anchor, roc=roc)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # counted back from the publication date
        ("这家纺织厂3年前停产，工人陆续离开。", [("3年前", "2022")]),
        ("两个月前，他辞去了董事长职务。", [("两个月前", "2025-04")]),
        ("三天前，这名登山者在秦岭失联。", [("三天前", "2025-06-15")]),
        # decades, centuries and their parts
        ("上世纪八十年代，他从潮汕来到深圳。", [("上世纪八十年代", "1980/1989")]),
        ("1980年代的港产片风靡东南亚。", [("1980年代", "1980/1989")]),
        ("60年代初，他随家人移居香港。", [("60年代初", "1960/1963")]),
        ("七八十年代，这条街上开满了裁缝铺。", [("七八十年代", "1970/1989")]),
        ("80年代中后期，他辞职下海。", [("80年代中后期", "1984/1989")]),
        ("19世纪下半叶，这座港口开埠通商。", [("19世纪下半叶", "1850/1899")]),
        # parts of a month, bare days and months
        ("公司月初发布了上一季度的财报。", [("月初", "2025-06-01/2025-06-10"), ("上一季度", "2025-01/2025-03")]),
        ("5月下旬，疫情在当地出现反弹。", [("5月下旬", "2025-05-21/2025-05-31")]),
        ("2月中旬，河面开始解冻。", [("2月中旬", "2025-02-11/2025-02-20")]),
        ("警方4日通报了案情。", [("4日", "2025-06-04")]),
        ("十七日，双方再度坐上谈判桌。", [("十七日", "2025-06-17")]),
        ("3 月份的出口数据好于预期。", [("3 月份", "2025-03")]),
        ("十二月三十一日，这份合同到期。", [("十二月三十一日", "2024-12-31")]),
        # relative days and years
        ("昨晚，一场暴雨袭击了城区。", [("昨晚", "2025-06-17")]),
        ("前天发生的车祸造成两人受伤。", [("前天", "2025-06-16")]),
        ("气象台预计后天将迎来降温。", [("后天", "2025-06-20")]),
        ("去年营收增长两成，前年则下滑一成。", [("去年", "2024"), ("前年", "2023")]),
        ("新厂后年才能投产。", [("后年", "2027")]),
        ("明年3月将举行议会选举。", [("明年3月", "2026-03")]),
        ("上月底，公司发布了盈利预警。", [("上月底", "2025-05-21/2025-05-31")]),
        ("下个月初，新机型将在深圳首发。", [("下个月初", "2025-07-01/2025-07-10")]),
        ("今年初，他辞去了教职。", [("今年初", "2025-01/2025-03")]),
        ("去年底，这家工厂停产。", [("去年底", "2024-11/2024-12")]),
        # weeks and weekdays
        ("本周五将公布最新的就业数据。", [("本周五", "2025-06-20")]),
        ("上周三，访问团抵达东京。", [("上周三", "2025-06-11")]),
        ("上一周，沪指累计上涨1.2%。", [("上一周", "2025-W24")]),
        ("周末，数万名市民涌入海滨公园。", [("周末", "2025-06-14/2025-06-15")]),
        ("礼拜日，教堂里坐满了信众。", [("礼拜日", "2025-06-15")]),
        # seasons, quarters, halves, financial years
        ("去年冬天，北方多地供暖告急。", [("去年冬天", "2024-12/2025-02")]),
        ("2024年秋，她考入了北京的一所大学。", [("2024年秋", "2024-09/2024-11")]),
        ("公司Q1营收创下新高，Q2增速放缓。", [("Q1", "2025-01/2025-03"), ("Q2", "2025-04/2025-06")]),
        ("25年Q1，该品牌手机出货量回升。", [("25年Q1", "2025-01/2025-03")]),
        ("2024H1，公司净利润同比下降。", [("2024H1", "2024-01/2024-06")]),
        ("FY2025营收同比增长8%。", [("FY2025", "2025")]),
        ("今年前5月，全省外贸进出口增长4%。", [("今年前5月", "2025-01/2025-05")]),
        ("前三季度，全市工业产值达到千亿元。", [("前三季度", "2024-01/2024-09")]),
        ("三、四季度，消费有望回暖。", [("三、四季度", "2025-07/2025-12")]),
        ("上个季度，公司营收下滑。", [("上个季度", "2025-01/2025-03")]),
        # ranges
        ("他在1975-1990年间担任厂长。", [("1975-1990年", "1975/1990")]),
        ("3月至5月，客流同比增长三成。", [("3月至5月", "2025-03/2025-05")]),
        ("展览于3月5日至7日在会展中心举行。", [("3月5日至7日", "2025-03-05/2025-03-07")]),
        ("论坛5-7日在上海举行。", [("5-7日", "2025-06-05/2025-06-07")]),
        # holidays
        ("六一儿童节，孩子们在广场上表演节目。", [("六一儿童节", "2025-06-01")]),
        ("母亲节当天，花店的康乃馨销售一空。", [("母亲节", "2025-05-11")]),
        ("感恩节前，超市的火鸡供不应求。", [("感恩节", "2024-11-28")]),
        ("“618”期间，多家电商平台销售额增长。", [("“618”期间", "2025-06-18")]),
        ("腊八节，寺院门前排起了领粥的长队。", [("腊八节", "2025-01-07")]),
        ("五月初五，江上龙舟竞渡。", [("五月初五", "2025-05-31")]),
        # years of the era
        ("公元前221年，秦统一六国。", [("公元前221年", "-0220")]),
        ("公元755年，安史之乱爆发。", [("公元755年", "0755")]),
    ],
)
def test_a_mainland_news_sentence(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert gold_like(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("民國112年，該校改制為科技大學。", [("民國112年", "2023")]),
        ("該案於112年3月起訴。", [("112年3月", "2023-03")]),
        ("民國70年代，台灣經濟快速起飛。", [("民國70年代", "1981/1990")]),
        ("立法院昨（17）日三讀通過修正案。", [("昨（17）日", "2025-06-17")]),
        ("去（2024）年底起，伺服器訂單湧入。", [("去（2024）年底", "2024-11/2024-12")]),
        ("新制自下（7）月1日起施行，行政院上（5）月已核定子法。", [("下（7）月1日", "2025-07-01"), ("上（5）月", "2025-05")]),
        ("累計前5月出口2483億美元。", [("前5月", "2025-01/2025-05")]),
        ("228連假期間，國道湧現車潮。", [("228連假", "2025-02-28")]),
        ("兒童節當天，遊樂園免費開放。", [("兒童節", "2025-04-04")]),
        ("上週四，央行宣布維持利率不變。", [("上週四", "2025-06-12")]),
        ("週末，陽明山湧入賞花人潮。", [("週末", "2025-06-14/2025-06-15")]),
        ("今凌晨，旺角一幢唐樓發生火警。", [("今凌晨", "2025-06-18")]),
        ("西元1949年，他隨部隊來台。", [("西元1949年", "1949")]),
        ("民國一百零二年三月，該法修正。", [("民國一百零二年三月", "2013-03")]),
        ("112學年度起，新課綱全面上路。", [("112學年度", "2023/2024")]),
        ("記者會於當（18）日下午舉行。", [("當（18）日下午", "2025-06-18")]),
    ],
)
def test_a_taiwan_news_sentence(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert gold_like(text, roc=True) == expected


def test_last_years_same_period_does_not_set_the_year_of_what_follows() -> None:
    got = gold_like("去年同期，出口增速为2.7%。截至5月末，广义货币余额同比增长7.9%。")
    assert got == [("去年", "2024"), ("5月末", "2025-05-21/2025-05-31")]


def test_a_time_before_a_comma_takes_the_tense_of_the_clause_after_it() -> None:
    assert gold_like("十月，该公司将推出折叠屏新品。") == [("十月", "2025-10")]
    assert gold_like("十月，该公司推出了折叠屏新品。") == [("十月", "2024-10")]


def test_a_bare_weekend_is_the_past_one_unless_the_clause_looks_ahead() -> None:
    assert gold_like("周末将有一股冷空气南下。") == [("周末", "2025-06-21/2025-06-22")]
    assert gold_like("周末，他参加了一场马拉松。", date(2025, 6, 22)) == [("周末", "2025-06-21/2025-06-22")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("《南方周末》记者走访了三个县城。", []),  # a paper's name
        ("每个周末，他都去福利院做义工。", []),  # a habit
        ("本周期内，基金净值上涨。", []),  # a cycle
        ("奥迪Q3新款上市。", []),  # a car
        ("H1N1流感在当地蔓延。", []),  # a virus
        ("2022年冬奥会在北京举行。", [("2022年", "2022")]),  # the games, not the winter of 2022
        ("今年春晚的收视率创下新低。", [("今年", "2025")]),  # the gala, not the spring
    ],
)
def test_names_habits_and_look_alikes_are_no_weekend_quarter_or_season(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert gold_like(text) == expected


def test_without_a_publication_date_nothing_relative_is_resolved() -> None:
    got = gold_like("Q1营收增长；去年冬天，3月5日，民国70年代。", None)
    assert got == [("去年冬天", None), ("3月5日", "--03-05"), ("民国70年代", "1981/1990")]


def test_a_year_word_before_a_quarter_sets_the_year_of_the_paragraph_again() -> None:
    got = gold_like("去年，全省共查处案件2.3万件。今年一季度，案件数量同比下降。5月份以来，各地开展专项整治。")
    assert got == [("去年", "2024"), ("今年一季度", "2025-01/2025-03"), ("5月份以来", "2025-05")]


def test_a_month_word_with_its_day_holds_its_month_and_将_before_an_object_is_no_future() -> None:
    got = gold_like("1月3日，通报病例增至44例。\n本月11日，官方公布病毒基因序列。12日，世卫组织将其命名。", date(2020, 1, 15))
    assert got == [("1月3日", "2020-01-03"), ("本月11日", "2020-01-11"), ("12日", "2020-01-12")]
    assert gold_like("十日，将近三千人参加了集会。", date(2020, 1, 15)) == [("十日", "2020-01-10")]


def test_a_year_word_before_a_holiday_wins_over_the_year_in_view_and_sets_it() -> None:
    got = gold_like("去年5月，他开始自主创业。今年春节后，公司获得首笔融资。7月，员工增至50人。", date(2022, 8, 5))
    assert got == [("去年5月", "2021-05"), ("今年春节", "2022-02-01"), ("7月", "2022-07")]


def test_a_plan_named_as_a_noun_does_not_send_a_month_eleven_months_ahead() -> None:
    assert gold_like("5月起推出的消费券计划反应热烈。", date(2021, 6, 1)) == [("5月", "2021-05")]
    assert gold_like("公司计划于8月发布新品。", date(2021, 6, 1)) == [("8月", "2021-08")]


def test_a_word_that_ends_in_上_before_a_week_is_no_last_week() -> None:
    assert gold_like("两位信使绕着地上一周，才回到山顶。") == []
    assert gold_like("市场上周大跌。") == [("上周", "2025-W24")]


def test_a_part_of_the_year_or_month_told_in_the_past_before_it_came_is_the_last_ones() -> None:
    assert gold_like("年底，这家工厂停产了。", date(2025, 5, 1)) == [("年底", "2024-11/2024-12")]
    assert gold_like("年底前将完成改造。", date(2025, 5, 1)) == [("年底", "2025-11/2025-12")]
    assert gold_like("下半年，销量已连续下滑。", date(2025, 3, 1)) == [("下半年", "2024-07/2024-12")]
    assert gold_like("月底，他已辞去职务。", date(2025, 6, 10)) == [("月底", "2025-05-21/2025-05-31")]
    assert gold_like("月底前将完成验收。", date(2025, 6, 10)) == [("月底", "2025-06-21/2025-06-30")]


def test_a_day_word_in_reported_words_counts_from_the_day_written_before_the_report() -> None:
    assert gold_like("6月10日，警方表示，嫌犯昨日已落网。") == [("6月10日", "2025-06-10"), ("昨日", "2025-06-09")]
    assert gold_like("昨天，他表示，今天会公布结果。") == [("昨天", "2025-06-17"), ("今天", "2025-06-18")]


def test_a_taiwan_wire_dateline_of_foreign_reports_moves_today_to_its_day() -> None:
    text = "（中央社記者王小明華盛頓17日綜合外電報導）美國總統今天宣布新關稅措施，明天生效。"
    assert gold_like(text, roc=True) == [("17日", "2025-06-17"), ("今天", "2025-06-17"), ("明天", "2025-06-18")]


def test_a_span_reaching_today_puts_no_year_in_view_for_the_months_after_it():
    """`创2021年2月以来新低` compares with history; the quarter and months the paragraph goes on to name are this year's."""
    text = "美国8月消费者物价同比上涨2.5%，创2021年2月以来新低。第三季度数据将于10月底公布。"
    assert gold_like(text, date(2024, 9, 19)) == [
        ("8月", "2024-08"),
        ("2021年2月以来", "2021-02"),
        ("第三季度", "2024-07/2024-09"),
        ("10月底", "2024-10-21/2024-10-31"),
    ]


def test_a_day_in_brackets_after_a_weekday_is_that_weekday_and_settles_its_week():
    """`下周三（13日）` is 13 March whatever month the paragraph named before; `上周四（9日）` is the Thursday dated 9th."""
    text = "諮詢去年12月28日結束。政府前日公布報告，下周三（13日）立法會再開會。"
    assert gold_like(text, date(2024, 3, 6), roc=True)[-2:] == [("下周三", "2024-03-13"), ("13日", "2024-03-13")]
    text = "立法會上周四（9日）三讀通過議案。"
    assert gold_like(text, date(2024, 5, 10), roc=True) == [("上周四", "2024-05-09"), ("9日", "2024-05-09")]


def test_days_a_visit_or_meeting_lasts_are_no_date():
    """`进行3日国事访问` counts days; `3日宣布` dates."""
    assert gold_like("国王原定进行3日国事访问，外交部3日宣布推迟。", date(2023, 3, 30)) == [("3日", "2023-03-03")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day word whose first character ends the word before it, or whose last begins the next
        ("前日本首相昨日抵达台北。", [("昨日", "2025-06-17")]),
        ("目前日产量只有三千吨，需求缺口仍大。", []),
        ("调查对象是这一年龄段的初中生。", []),
        ("他说，然后年轻人就都进城打工了。", []),
        ("过去年轻人结婚都要买房。", []),
        ("去年轻工业产值增长百分之五。", [("去年", "2024")]),
        # counts of days, idioms, names of awards and seasons of a show
        ("北向资金已连续8日净流入。", []),
        ("条目须挂上至少30日才能删除。", []),
        ("两者的规模不可同日而语。", []),
        ("她曾获全国“五一”劳动奖章。", []),
        ("他在五七年初一段时间里下放农村。", []),
        ("《极限挑战》第二季收视率下滑。", []),
        ("今年第二季本地生产总值按年增长3.1%。", [("今年第二季", "2025-04/2025-06")]),
        # a year past 2200 is a count of years; forecasts to 2100 are years
        ("文字的历史始于5000年前。", []),
        ("到2100年，海平面可能上升一米。", [("2100年", "2100")]),
    ],
)
def test_what_only_looks_like_a_time(text: str, expected: list[tuple[str, str]]) -> None:
    assert gold_like(text) == expected
