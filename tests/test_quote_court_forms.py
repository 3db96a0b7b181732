"""Statements and speakers in court and hearing reports (Hong Kong, Taiwan, the mainland) and in a long
interview feature: the forms each writes them in, on short articles written for newsmine (invented
people, courts and cases), run through the whole pipeline.
"""

from __future__ import annotations

from newsmine.analyze.pipeline import analyze
from newsmine.model import Doc, Quote
from newsmine.read import read_markdown


def run(*paragraphs: str) -> Doc:
    body = "\n\n".join(paragraphs)
    return analyze(read_markdown(f"# 测试标题\n\n{body}\n"))


def who(doc: Doc, quote: Quote) -> str | None:
    """The name of the entity a quote's speaker resolved to, else None."""
    return next((e.name for e in doc.entities if e.id == quote.speaker), None)


def starting(doc: Doc, words: str) -> Quote:
    return next(q for q in doc.quotes if q.text.startswith(words))


HK_SENTENCING = (
    "一名31歲男子去年在觀塘一間辦公室內偷拍女同事，案件昨日在九龍城裁判法院判刑，主任裁判官蘇文傑判被告何志恒即時監禁六周。",
    "控方則指，被告在三個月內多次偷拍，並非一時衝動。",
    "官指，被告身為同事，利用受害人的信任犯案。官又斥被告「完全漠視他人私隱」。",
    "官：「法庭必須判處即時監禁。」",
    "官最後指，考慮到被告認罪，刑期減為六周。",
)


def test_guan_in_a_hong_kong_court_report_is_the_judge_named_before():
    doc = run(*HK_SENTENCING)
    judge = [q for q in doc.quotes if q.speaker_text == "官"]
    assert [q.text[:6] for q in judge] == ["被告身為同事", "被告「完全漠", "法庭必須判處", "考慮到被告認"]
    assert {who(doc, q) for q in judge} == {"蘇文傑"}
    assert {q.resolved_by for q in judge} == {"nominal"}


def test_guan_with_no_judge_named_is_left_unresolved_not_given_to_the_accused():
    doc = run("被告何志恒承認一項盜竊罪。", "何志恒在求情信中稱，自己一時貪念。", "官指，被告多次犯案，不能輕判。")
    found = starting(doc, "被告多次犯案")
    assert (found.speaker, found.speaker_text, found.resolved_by) == (None, "官", "unresolved")


def test_the_prosecution_and_the_defence_are_unnamed_sources():
    doc = run(*HK_SENTENCING[:2], "辯方大律師在求情時指，被告自小由祖母撫養，事後已深感後悔。")
    prosecution = starting(doc, "被告在三個月內")
    defence = starting(doc, "被告自小由祖母")
    assert (prosecution.speaker, prosecution.speaker_text, prosecution.resolved_by) == (None, "控方", "unnamed")
    assert (defence.speaker, defence.speaker_text, defence.resolved_by) == (None, "辯方大律師", "unnamed")


def test_a_plea_is_no_statement_but_a_denial_with_reasons_is():
    doc = run("林姓保安員否認一項盜竊罪，案件在觀塘裁判法院審理。", "被告承認三項「不誠實使用電腦」罪。")
    assert doc.quotes == []
    doc = run("林姓保安員在庭上否認，稱當晚只是想找失主的聯絡方法。")
    assert [q.text.endswith("當晚只是想找失主的聯絡方法") for q in doc.quotes] == [True]


def test_a_lawyers_question_in_the_dock_is_no_statement_and_the_answer_is():
    doc = run("暫委裁判官周慧敏審理此案。被告林志明其後作供。",
              "控方問：「你為何不把手袋交到服務台？」被告答：「我想先看看裡面有沒有失主的聯絡方法。」")
    assert [q.text for q in doc.quotes] == ["我想先看看裡面有沒有失主的聯絡方法。"]
    assert doc.quotes[0].speaker_text == "被告"


def test_the_accused_alone_is_the_person_named_as_the_accused():
    doc = run("區域法院法官黃國樑昨審理此案，被告何志恒被控一項欺詐罪。", "被告供稱，款項是朋友借給他的。")
    found = starting(doc, "款項是朋友")
    assert (who(doc, found), found.resolved_by) == ("何志恒", "nominal")


def test_a_judgment_speaks_for_the_judge():
    doc = run("高等法院暫委法官梁志賢昨頒下判詞，裁定上訴得直。", "判詞指，原審裁判官未有充分考慮被告的背景報告。")
    found = starting(doc, "原審裁判官")
    assert (who(doc, found), found.resolved_by) == ("梁志賢", "document")


def test_the_court_alone_in_a_mainland_report_is_the_court_named_before():
    doc = run("近日，江宁区人民法院公开审理了这起诈骗案。",
              "法院审理认为，被告人孙某以非法占有为目的骗取他人财物，数额巨大，其行为已构成诈骗罪。",
              "其辩护人提出，孙某系从犯，请求法庭从轻处罚。")
    court = starting(doc, "被告人孙某以非法占有")
    assert (court.speaker_text, who(doc, court), court.resolved_by) == ("法院", "江宁区人民法院", "nominal")
    defence = starting(doc, "孙某系从犯")
    assert (defence.speaker, defence.speaker_text, defence.resolved_by) == (None, "其辩护人", "unnamed")


def test_an_unnamed_judge_in_a_taiwan_report_is_not_the_accused_quoted_before():
    doc = run("前議員助理黃姓男子涉嫌詐領助理費，台北地院昨天判處有期徒刑三年。",
              "北檢起訴指出，黃男自二〇一九年起以親友名義申報助理。黃男在庭上辯稱，款項都用於選區服務。",
              "法官指出，黃男犯後態度不佳，難以從輕量刑。")
    indictment = starting(doc, "黃男自二〇一九年")
    assert indictment.speaker_text == "北檢"  # the prosecutors, without the act of indicting
    judge = starting(doc, "黃男犯後態度不佳")
    assert (judge.speaker, judge.speaker_text) == (None, "法官")


def test_a_features_voice_comes_back_after_narration_about_them():
    doc = run("晚上九時，阿明（化名）剛從地盤收工回家。",
              "「我們一家四口，晚上就睡在這張碌架床上。」阿明說。",
              "社工梁佩儀在區內服務劏房戶超過十年。",
              "「很多家長連病也不敢看。」梁佩儀說。",
              "夜深了，阿明的大女兒還在摺檯上做功課。",
              "「我只希望她們讀好書，將來不用再住劏房。」")
    found = starting(doc, "我只希望")
    assert (who(doc, found), found.sieve) == ("阿明", "main-voice")


def test_a_features_opening_quotation_goes_to_the_person_the_next_paragraph_reveals():
    doc = run("“只要还有一个人要过河，这条船就得开。”",
              "说这话的，是今年62岁的船工王建国。他在青溪镇的渡口摆渡已经三十年。")
    [found] = doc.quotes
    assert (who(doc, found), found.sieve) == ("王建国", "cue-after")


def test_a_voice_introduced_in_narration_speaks_the_quotation_after_it():
    doc = run("“以前一天要来回四十多趟，现在一天也就十来趟。”船工王建国说。",
              "他的女儿王晓燕在县城一家超市上班，每逢周末都会回来帮忙。",
              "“我劝过他很多次，年纪大了，该歇歇了。”",
              "王建国听了，只是笑。",
              "“她不懂，这条河上有我的半辈子。”")
    assert [who(doc, q) for q in doc.quotes] == ["王建国", "王晓燕", "王建国"]


def test_a_person_only_mentioned_in_passing_does_not_take_the_next_quotation():
    doc = run("夜班护士小周（化名）在这家医院工作了十年。“刚来的时候，一个晚上要跑两万步。”小周说。",
              "她常常想起当年带她入行的护士长陈国华。",
              "“现在习惯了，身体反而适应了这种节奏。”")
    assert [who(doc, q) for q in doc.quotes] == ["小周", "小周"]


def test_the_prosecution_alone_is_the_prosecutors_office_named_before_else_unnamed():
    doc = run("海淀区人民检察院以涉嫌诈骗罪对王某提起公诉。", "公诉机关指控，王某骗取多名老人钱财共计30万元。")
    found = starting(doc, "王某骗取")
    assert (found.speaker_text, who(doc, found), found.resolved_by) == ("公诉机关", "海淀区人民检察院", "nominal")
    doc = run("檢方指出，陳男涉嫌收受賄款共新台幣二百萬元。")
    assert [(q.speaker, q.speaker_text, q.resolved_by) for q in doc.quotes] == [(None, "檢方", "unnamed")]


def test_answers_labelled_only_da_are_the_interviewees_and_the_questions_nobodys():
    doc = run("阿芬（化名）今年45歲，在葵涌一間物流公司做倉務員。",
              "問：疫情期間你的收入有變化嗎？",
              "答：少了差不多一半，公司叫我們放無薪假。",
              "家裡兩個孩子都在讀書，開支很大。",
              "問：你有沒有申請政府的援助？",
              "答：申請了，但等了三個月都未批。")
    said = [(q.text[:6], who(doc, q)) for q in doc.quotes]
    assert said == [("少了差不多一", "阿芬"), ("家裡兩個孩子", "阿芬"), ("申請了，但等", "阿芬")]


def test_a_quotation_after_a_paragraph_ending_in_a_colon_is_that_sentences_subjects():
    doc = run("护士长刘敏说，科室里的人手一直不够。",
              "小周（化名）回忆起刚入职的日子：",
              "“那时候一个晚上要跑两万步，脚底全是水泡。”")
    found = starting(doc, "那时候")
    assert (who(doc, found), found.sieve) == ("小周", "sentence-subject")
