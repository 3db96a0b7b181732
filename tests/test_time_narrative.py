"""Times in stories that tell the past: the year a sentence opens with, the day the story has reached."""

from __future__ import annotations

from datetime import date

from newsmine.analyze.times import find_times


def values(text: str, anchor: date | None) -> list[tuple[str, str | None]]:
    """Each expression with its value, an interval written `START/END` as the gold files write it."""
    return [(t.text, "/".join(t.range) if t.range else t.value) for t in find_times(text, anchor)]


def test_a_year_opening_a_sentence_dates_the_months_after_it() -> None:
    text = "2021年5月，这家工厂扩建了厂房。2023年工厂又两次减产，包括2月8日停工一周。"
    assert values(text, date(2023, 11, 20)) == [
        ("2021年5月", "2021-05"), ("2023年", "2023"), ("2月8日", "2023-02-08")]


def test_a_year_inside_a_sentence_dates_only_that_sentence() -> None:
    text = "这家工厂自2015年起扩建厂房，3月起停工。"
    assert values(text, date(2023, 11, 20)) == [("2015年", "2015"), ("3月", "2023-03")]


def test_a_weekday_told_after_a_dated_day_of_the_past_is_in_that_days_week() -> None:
    text = "2023年10月12日，周四晚上，仓库起火。\n\n消防员赶到现场，直到周六上午才扑灭余火。"
    assert values(text, date(2023, 11, 20)) == [
        ("2023年10月12日", "2023-10-12"), ("周四晚上", "2023-10-12"), ("周六上午", "2023-10-14")]


def test_a_weekday_after_a_day_counted_from_the_anchor_stays_in_the_anchors_week() -> None:
    text = "展会于上月23日开幕。\n\n截至周一，展会共接待观众三万人次。"
    assert values(text, date(2023, 11, 22)) == [("上月23日", "2023-10-23"), ("周一", "2023-11-20")]


def test_without_an_anchor_day_words_count_from_the_latest_day_the_text_names() -> None:
    text = "3月2日晚，超市接到通知。3月3日上午，超市暂停营业。\n\n店长说，今天已完成消杀，昨日的货品全部下架。超市今起恢复营业。"
    assert values(text, None) == [
        ("3月2日晚", "--03-02"), ("3月3日上午", "--03-03"), ("今天", "--03-03"), ("昨日", "--03-02"),
        ("今", "--03-03")]


def test_without_an_anchor_day_words_beside_a_date_or_without_one_stay_unresolved() -> None:
    assert values("店长说，今天已完成消杀。", None) == [("今天", None)]
    assert values("超市3月2日停业，今天复业。", None) == [("3月2日", "--03-02"), ("今天", None)]


def test_centuries_by_any_number_as_intervals_of_years() -> None:
    text = "这座教堂建于十八世纪中叶，钟楼则是12世纪的遗存；公元前5世纪的陶片也在此出土。"
    assert values(text, date(2023, 11, 20)) == [("十八世纪中叶", "1740/1769"), ("12世纪", "1100/1199")]


def test_an_undated_texts_history_does_not_date_its_present() -> None:
    text = ("档案馆星期二(3月7日)公开了1961年3月2日的一份会议记录。\n\n"
            "3月2日，当地报纸也刊登了馆方的声明。")
    assert values(text, None) == [
        ("星期二", "--03-07"), ("3月7日", "--03-07"), ("1961年3月2日", "1961-03-02"), ("3月2日", "--03-02")]


def test_two_days_of_the_month_written_together_are_one_range() -> None:
    text = "电视台在18、19日连续两晚播出专题，展览则在20至22日举行。"
    assert values(text, date(2023, 11, 20)) == [("18、19日", "2023-11-18/2023-11-19"), ("20至22日", "2023-11-20/2023-11-22")]


def test_christmas_eve_by_its_chinese_names() -> None:
    assert values("女王在2022年圣诞夜发表讲话，聖誕夜的節目也重播。", date(2023, 1, 5)) == [
        ("2022年圣诞夜", "2022-12-24"), ("聖誕夜", "2022-12-24")]


def test_a_day_word_restating_the_date_before_it_is_that_date() -> None:
    text = "5月8日下午，也就是展会开幕的前一天，主办方撤下了展品。次日，展会如期开幕。"
    assert values(text, date(2023, 11, 20)) == [("5月8日下午", "2023-05-08"), ("前一天", "2023-05-08"), ("次日", "2023-05-09")]


def test_three_years_back_and_ahead_and_the_year_just_named() -> None:
    text = "工厂大前年投产，2019年扩建，该年产量翻倍；新厂大后年完工。"
    assert values(text, date(2023, 11, 20)) == [
        ("大前年", "2020"), ("2019年", "2019"), ("该年", "2019"), ("大后年", "2026")]


def test_a_span_of_months_without_a_year_is_the_span_nearest_the_anchor() -> None:
    text = "统计局称，1-10月全国快递业务量同比增长两成，预计11、12月继续增长。"
    assert values(text, date(2023, 11, 20)) == [("1-10月", "2023-01/2023-10"), ("11、12月", "2023-11/2023-12")]


def test_a_season_of_this_or_last_year_in_one_word() -> None:
    text = "今夏的高温打破纪录，去秋的干旱也殃及农田；如今夏季用电仍然紧张。"
    assert values(text, date(2023, 11, 20)) == [("今夏", "2023-06/2023-08"), ("去秋", "2022-09/2022-11")]


def test_an_undated_text_is_not_dated_by_a_month_of_history_its_weekdays_deny() -> None:
    text = "馆长昨日（3月6日）表示，档案馆星期二(3月7日)将公开1962年3月的一份会议记录。"
    assert values(text, None) == [
        ("昨日", "--03-06"), ("3月6日", "--03-06"), ("星期二", "--03-07"), ("3月7日", "--03-07"), ("1962年3月", "1962-03")]
    # a weekday that falls on its date in the latest year the text dates a month in lets that year stand
    assert values("馆长昨日（3月6日）表示，档案馆星期二(3月7日)将公开2023年1月的会议记录。", None)[:3] == [
        ("昨日", "2023-03-06"), ("3月6日", "2023-03-06"), ("星期二", "2023-03-07")]


def test_a_day_word_after_about_to_or_even_if_counts_on_from_the_date() -> None:
    text = "5月8日，即将卸任的馆长次日宣布闭馆；5月20日，即使下雨次日也照常开放。"
    assert values(text, date(2023, 11, 20)) == [
        ("5月8日", "2023-05-08"), ("次日", "2023-05-09"), ("5月20日", "2023-05-20"), ("次日", "2023-05-21")]
    assert values("5月8日，即开幕的前一天，主办方撤下了展品。", date(2023, 11, 20))[1] == ("前一天", "2023-05-08")
