"""Quotation detection on the real pipeline: spans, kinds, cues, speaker phrases, addressees.

These run without a names layer (speakers stay null); resolution to entities is tested in
test_quotes_speakers.py. Every snippet here is written for newsmine (invented events).
"""

from __future__ import annotations

from newsmine.analyze.pipeline import analyze
from newsmine.model import Doc, validate_dict
from newsmine.read import read_article, read_markdown

from .conftest import EXAMPLES


def run(*paragraphs: str) -> Doc:
    body = "\n\n".join(paragraphs)
    return analyze(read_markdown(f"# 测试标题\n\n{body}\n"))


def only(doc: Doc):
    assert len(doc.quotes) == 1, [q.text for q in doc.quotes]
    return doc.quotes[0]


def test_direct_quote_with_the_speaker_before_and_a_colon():
    doc = run("芬兰外交部长卡丽·莱赫蒂宁（Kari Lehtinen）周五表示：“我们不会接受任何附加条件。”")
    q = only(doc)
    assert (q.kind, q.text, q.cue, q.speaker_text) == ("direct", "我们不会接受任何附加条件。", "表示", "卡丽·莱赫蒂宁")
    assert doc.text[q.span.start - 1] == "“" and doc.text[q.span.end] == "”"
    assert doc.text[q.cue_span.start : q.cue_span.end] == "表示"
    assert doc.text[q.speaker_span.start : q.speaker_span.end] == "卡丽·莱赫蒂宁"


def test_a_quote_runs_across_sentence_ends_and_the_speaker_may_follow():
    doc = run("“港口必须在冬天前完工。我们已经等了三年。没有人想再等下去了！”码头工会主席莫里斯·恩戈马说。")
    q = only(doc)
    assert q.text == "港口必须在冬天前完工。我们已经等了三年。没有人想再等下去了！"
    assert (q.kind, q.speaker_text, q.cue) == ("direct", "莫里斯·恩戈马", "说")


def test_speaker_between_two_quotes_says_both():
    doc = run("“市场已经消化了这个消息。”分析师郑立文说，“真正的考验在下个季度。”")
    assert [(q.text, q.speaker_text) for q in doc.quotes] == [
        ("市场已经消化了这个消息。", "郑立文"), ("真正的考验在下个季度。", "郑立文")]


def test_pronoun_after_a_quote_and_the_addressee():
    doc = run("智利矿业部长罗德里戈·富恩特斯（Rodrigo Fuentes）周二会见了秘鲁同行。",
              "“我们两国的铜矿工人面对的是同样的问题。”他对秘鲁能源部长说。",
              "她随后补充道：“合作不需要等到下一届政府。”")
    first, second = doc.quotes
    assert (first.speaker_text, first.addressee_text, first.cue) == ("他", "秘鲁能源部长", "说")
    assert doc.text[first.addressee_span.start : first.addressee_span.end] == "秘鲁能源部长"
    assert (second.speaker_text, second.cue, second.text) == ("她", "补充道", "合作不需要等到下一届政府。")


def test_speaker_said_to_someone_before_the_quote():
    q = only(run("他对莱赫蒂宁说：“明天的会议我一定到场。”"))
    assert (q.speaker_text, q.addressee_text, q.kind) == ("他", "莱赫蒂宁", "direct")


def test_nested_quotes_in_traditional_corner_brackets():
    doc = run("「他只說了一句『我們明天再談』，然後就離開了會場。」工會代表陳國棟說。")
    q = only(doc)
    assert q.text == "他只說了一句『我們明天再談』，然後就離開了會場。"
    assert (q.speaker_text, q.cue) == ("陳國棟", "說")


def test_indirect_speech_runs_to_the_end_of_the_reported_clause():
    doc = run("越南贸易部发言人阮氏兰（Nguyen Thi Lan）周三指出，今年前十个月的大米出口量比去年同期增长了两成。"
              "这一数字高于市场预期。")
    q = only(doc)
    assert (q.kind, q.speaker_text, q.cue) == ("indirect", "阮氏兰", "指出")
    assert q.text == "今年前十个月的大米出口量比去年同期增长了两成"


def test_two_statements_in_one_sentence_are_split_where_the_second_begins():
    doc = run("欧盟警告称，任何单方面的关税措施都将“遭到对等回应”，对此，北京回应称，中方将坚决维护自身的合法权益。")
    first, second = doc.quotes
    assert (first.speaker_text, first.kind, first.cue) == ("欧盟", "mixed", "警告称")
    assert first.text == "任何单方面的关税措施都将“遭到对等回应”"
    assert (second.speaker_text, second.kind, second.cue) == ("北京", "indirect", "回应称")
    assert second.text == "中方将坚决维护自身的合法权益"


def test_mixed_reported_speech_without_punctuation_after_the_cue():
    q = only(run("当被问及是否会讨论边界问题时，蒙古总统表示双方将“坦诚交换意见”。"))
    assert (q.kind, q.text, q.speaker_text) == ("mixed", "双方将“坦诚交换意见”", "蒙古总统")


def test_zero_subject_cue_takes_the_subject_of_its_sentence():
    doc = run("据路透社报道，伊斯兰堡方面周一在声明中提到了这次会谈，但泰国外长周二似乎淡化了分歧，称两国关系“总体稳定”。")
    q = doc.quotes[-1]
    assert (q.kind, q.cue, q.text, q.speaker_text) == ("mixed", "称", "两国关系“总体稳定”", "泰国外长")


def test_scare_quotes_and_titles_are_not_quotes():
    doc = run("阅兵式上展示了“白鹰”巡航导弹和所谓的“无声者”无人机。",
              "该书名为《北方的冬天》，作者在书中称这次战役为“最后的冬天”。")
    assert doc.quotes == []


def test_a_scare_quote_inside_reported_speech_leaves_it_indirect():
    q = only(run("研究员苏明哲表示，对方可能提供所谓的“暴风”火箭炮等武器。"))
    assert q.kind == "indirect" and "“暴风”" in q.text


def test_verbs_that_do_not_report_speech():
    doc = run("内阁对这项计划表示支持。对渔民来说，这个决定来得太晚。据说他已经离开首都。")
    assert doc.quotes == []


def test_a_proverb_is_its_users_quote():
    q = only(run("印尼总统普拉博沃·苏比安托（Prabowo Subianto）在晚宴上引用印尼俗语“一根竹子容易折断，一捆竹子折不断”来形容两国关系。"))
    assert (q.kind, q.cue, q.text) == ("direct", "俗语", "一根竹子容易折断，一捆竹子折不断")
    assert q.speaker_text == "普拉博沃·苏比安托"


def test_an_uncued_quote_paragraph_continues_the_previous_speaker():
    doc = run("世界银行东亚首席经济学家玛丽亚·桑托斯（Maria Santos）表示，区域内的增长将放缓至4%左右。",
              "“出口的复苏比我们预想的要慢，而且这种情况可能会持续到明年。”")
    first, second = doc.quotes
    assert (second.kind, second.cue, second.speaker_text) == ("direct", None, "玛丽亚·桑托斯")
    assert second.speaker_span == first.speaker_span


def test_an_uncued_quote_after_an_unquoted_paragraph_is_not_attributed():
    doc = run("暴雨导致三条主要公路中断。", "“先救人，再修路。”")
    assert doc.quotes == []


def test_anonymous_sources_keep_a_null_speaker_and_their_text():
    doc = run("专家表示，今年的降雨量明显低于往年平均水平。",
              "一些分析人士认为，央行可能在下个月再次降息。",
              "但也有人认为，通胀压力仍然不容忽视。",
              "作为回应，外界普遍认为政府会推迟预算案的表决。")
    assert [(q.speaker, q.speaker_text, q.kind) for q in doc.quotes] == [
        (None, "专家", "indirect"), (None, "一些分析人士", "indirect"),
        (None, "有人", "indirect"), (None, "外界", "indirect")]


def test_according_to_a_source_is_reported_speech():
    q = only(run("据与会的外交官透露，双方在能源价格问题上仍有较大分歧。"))
    assert (q.speaker_text, q.cue, q.speaker) == ("与会的外交官", "透露", None)


def test_traditional_cues():
    doc = run("台灣經濟部長林志遠（Lin Chih-yuan）週四稱，晶片出口的增長將延續到明年上半年。",
              "新加坡國立大學副教授黃美玲認為，區域供應鏈的重組「才剛剛開始」。",
              "「我們不應該把所有雞蛋放在同一個籃子裡。」她說。")
    assert [(q.kind, q.cue, q.speaker_text) for q in doc.quotes] == [
        ("indirect", "稱", "林志遠"), ("mixed", "認為", "黃美玲"), ("direct", "說", "她")]


def test_the_quotes_layer_validates_against_the_schema():
    doc = run("“我们已经准备好了。”队长说。")
    data = doc.to_dict()
    validate_dict(data)
    assert Doc.from_dict(data).quotes == doc.quotes


def test_every_example_has_attributed_quotes_and_no_unattributed_ones():
    for path in EXAMPLES:
        doc = analyze(read_article(str(path)))
        assert len(doc.quotes) >= 5, path.name
        assert all(q.speaker_text for q in doc.quotes), path.name


def test_seed_statements(seed_path):
    doc = analyze(read_article(str(seed_path)))
    by_text = [(q.speaker_text, q.cue, q.kind) for q in doc.quotes]
    assert ("他", "补充道", "direct") in by_text
    assert ("阿基门科", "指出", "mixed") in by_text
    said_to = [q for q in doc.quotes if q.addressee_text == "普京"]
    assert said_to and said_to[0].speaker_text == "他" and said_to[0].cue == "说"
    anonymous = {q.speaker_text for q in doc.quotes if q.speaker is None and q.speaker_text}
    assert {"专家", "观察人士", "一些分析人士", "外界"} <= anonymous
    daniels = [q for q in doc.quotes if q.speaker_text == "罗里·丹尼尔斯"]
    assert [q.cue for q in daniels] == ["表示", None]  # the uncued paragraph after his
    assert not any(q.text in ("火星", "超大型") for q in doc.quotes)
    assert all("“" not in q.text or q.kind == "mixed" or "“超大型”" in q.text for q in doc.quotes)


def test_an_unnamed_speaker_with_a_relative_clause_keeps_the_whole_phrase():
    doc = run("一名在矿区工作了二十年的工人告诉记者，井下的通风设备已经三年没有更换。",
              "一名正在排队的乘客说，延误已经成了家常便饭。")
    first, second = doc.quotes
    assert (first.speaker_text, first.addressee_text, first.cue) == ("一名在矿区工作了二十年的工人", "记者", "告诉")
    assert first.text == "井下的通风设备已经三年没有更换"
    assert (second.speaker_text, second.speaker) == ("一名正在排队的乘客", None)


def test_a_quote_followed_by_a_tell_verb_and_its_addressee():
    q = only(run("“合同下周就会签。”一位接近谈判的官员告诉路透社。"))
    assert (q.kind, q.cue, q.addressee_text, q.speaker_text) == ("direct", "告诉", "路透社", "一位接近谈判的官员")


def test_a_negated_cue_reports_nothing_and_a_quoted_name_is_not_a_quote():
    doc = run("白宫一直没有证实“峰会”的具体日期，国务院也并未表示反对。")
    assert doc.quotes == []


def test_a_cue_opening_with_an_adverbial_takes_the_subject_of_the_sentence():
    doc = run("外交部发言人林剑（Lin Jian）在例行记者会上回答提问，并特别提到，双方的磋商“将在下月继续”。")
    q = only(doc)
    assert (q.cue, q.kind, q.speaker_text) == ("提到", "mixed", "林剑")


def test_a_comma_closing_a_quotation_is_not_part_of_what_was_said():
    doc = run("“这是一个艰难的决定，”气象局局长韩素英说，“但我们必须提前疏散沿海居民。”")
    assert [q.text for q in doc.quotes] == ["这是一个艰难的决定", "但我们必须提前疏散沿海居民。"]
    assert {q.speaker_text for q in doc.quotes} == {"韩素英"}


def test_a_quotation_left_open_runs_on_into_the_next_paragraph():
    doc = run("救援队队长马蒂亚斯·克莱因（Matthias Klein）说：“我们在废墟下找到了两名幸存者。",
              "“他们被困了将近四十个小时，但意识一直清醒。”")
    first, second = doc.quotes
    assert first.text == "我们在废墟下找到了两名幸存者。" and first.speaker_text == "马蒂亚斯·克莱因"
    assert (second.text, second.cue, second.speaker_text) == ("他们被困了将近四十个小时，但意识一直清醒。", None, "马蒂亚斯·克莱因")


def test_speaker_after_a_quote_and_a_comma():
    q = only(run("“关税不会让任何一方变得更强大”，世贸组织总干事阿德巴约·奥卡福补充道。"))
    assert (q.kind, q.cue, q.speaker_text, q.text) == ("direct", "补充道", "阿德巴约·奥卡福", "关税不会让任何一方变得更强大")


def test_a_statement_issued_by_an_organisation():
    q = only(run("国际原子能机构发表声明称，检查人员已于周日抵达核电站。"))
    assert (q.speaker_text, q.cue, q.kind) == ("国际原子能机构", "称", "indirect")


def test_english_and_quote_free_articles_give_no_quotes():
    english = analyze(read_markdown('# Talks end\n\n"We will meet again," the minister said.\n'))
    plain = run("会议于周五结束。下一次会议定于明年举行。")
    assert english.quotes == [] and plain.quotes == []


def test_the_one_cited_is_the_speaker():
    q = only(run("《经济观察》周一引述两名银行高管称，新的监管规则将在年底前公布。"))
    assert (q.speaker_text, q.cue, q.speaker) == ("两名银行高管", "称", None)


def test_hong_kong_style_zhi_after_a_short_subject_or_punctuation():
    doc = run("署長馮家樂在會上指，今年的申請數目比去年多出三成。他又指部分申請人需要等候超過一年。",
              "有關指標是指每千人的床位數目。")
    assert [(q.cue, q.speaker_text) for q in doc.quotes] == [("指", "馮家樂"), ("指", "他")]


def test_slogans_listed_together_are_terms_not_fragments():
    q = only(run("特首在致辭中強調，要貫徹「一國兩制」、「港人治港」的方針，推動經濟發展。"))
    assert q.kind == "indirect"
    q = only(run("他分析称，华盛顿曾以安全为由威胁“脱钩”和“断链”，如今态度有所软化。"))
    assert q.kind == "indirect"


def test_mismatched_quotation_marks_close_the_quotation():
    q = only(run("她指出，這項計劃既要服務『社區需要」，也要照顧長者。"))
    assert q.kind == "mixed" and q.text.endswith("也要照顧長者")


def test_a_source_that_only_frames_another_statement_is_not_a_statement():
    q = only(run("政府新聞處發表聲明指，財政司司長在會上表示，明年的赤字將會收窄。"))
    assert (q.cue, q.text) == ("表示", "明年的赤字將會收窄")


def test_an_uncued_quotation_sentence_continues_the_statement_before_it():
    doc = run("学者林志豪亦指出，市场可能要等到明年才会回暖。“如果现在就降息，等于提前用掉了仅有的弹药。”")
    first, second = doc.quotes
    assert (second.cue, second.kind, second.speaker_text) == (None, "direct", "林志豪")


def test_a_view_introduced_by_zai_kanlai():
    doc = run("联合国难民署驻曼谷代表苏珊·霍尔（Susan Hall）认为，边境营地的条件正在恶化。",
              "在她看来，国际社会需要在雨季之前增加拨款。看来，这一目标很难实现。")
    first, second = doc.quotes
    assert (second.cue, second.speaker_text, second.text) == ("看来", "她", "国际社会需要在雨季之前增加拨款")
    assert len(doc.quotes) == 2


def test_variant_characters_in_cues_are_folded():
    q = only(run("研究員陳家明認爲，颱風季節將比往年更長。"))
    assert (q.cue, q.speaker_text) == ("認爲", "陳家明")


def test_criticism_is_reported_speech_but_critics_are_speakers():
    doc = run("反对党议员周文杰批评政府的防疫措施过于迟缓。批评者认为，这项法案会削弱法院的独立性。")
    assert [(q.cue, q.speaker_text) for q in doc.quotes] == [("批评", "周文杰"), ("认为", "批评者")]


def test_a_modal_led_cue_inside_reported_content_is_part_of_it():
    q = only(run("部长说，这项计划从一开始就有缺陷，但必须承认执行团队已经尽了全力。"))
    assert q.cue == "说" and q.text.endswith("执行团队已经尽了全力")


def test_first_person_words_after_a_colon_are_direct_speech():
    q = only(run("校长在毕业典礼上说：我们这一代人欠你们一个更干净的环境。"))
    assert (q.kind, q.text) == ("direct", "我们这一代人欠你们一个更干净的环境")


def test_an_unnamed_group_subject_carries_to_a_later_cue_in_the_sentence():
    doc = run("一些反对党议员欢迎政府让步，且认为这是谈判的良好开端。")
    q = only(doc)
    assert (q.cue, q.speaker_text, q.speaker) == ("认为", "一些反对党议员", None)


def test_a_verb_after_a_negating_modal_is_no_cue():
    assert run("这座城市作为航运中心的地位不可质疑，也无可取代。").quotes == []


def test_a_cue_after_a_colon_quotation_introduces_what_follows():
    doc = run("部长对记者表示：“我们尊重法院的裁决。”她说，政府会在一个月内提出上诉，“但不会拖延执行”。")
    first, second = doc.quotes
    assert (first.kind, first.cue, first.text) == ("direct", "表示", "我们尊重法院的裁决。")
    assert (second.kind, second.cue, second.speaker_text) == ("mixed", "说", "她")
    assert second.text == "政府会在一个月内提出上诉，“但不会拖延执行”"


def test_a_short_form_of_an_earlier_speaker_opens_a_proverb_sentence():
    doc = run("经济学家科菲·阿萨莫阿（Kofi Asamoah）指出，进口依赖度在十年里翻了一番。",
              "阿萨莫阿用当地一句谚语“借来的鼓敲不出自己的节奏”来形容这种依赖。")
    assert (doc.quotes[-1].cue, doc.quotes[-1].speaker_text) == ("谚语", "阿萨莫阿")


def test_reportedly_has_no_speaker():
    assert run("这款应用成为焦点，是因为据称其数据存放在海外服务器。").quotes == []


def test_a_short_phrase_quoted_twice_is_a_term():
    doc = run("“一带一路”倡议提出十年来，沿线国家的贸易额大幅增长。",
              "研究员许文博表示，参与“一带一路”的国家越来越重视项目的可持续性。")
    assert [(q.kind, q.speaker_text) for q in doc.quotes] == [("indirect", "许文博")]


def test_a_name_listed_with_a_title_of_a_work_and_a_recognition_received_are_no_statements():
    """`《某协定》、“某框架”` lists two names, however long the second; 得到承认 is a recognition received."""
    doc = run("两国合作促成《东湖协定》、“南山—北岭湿地生物多样性保护框架”，有力推进了区域环保议程。"
              "这种新疗法一旦得到承认，费用就可以降低。卫生局发言人表示，审批将在年底前完成。")
    assert [(q.text, q.speaker_text) for q in doc.quotes] == [("审批将在年底前完成", "卫生局发言人")]


def test_name_tags_disclaimers_conditions_and_what_someone_ought_to_say_are_no_statements():
    doc = run("华信基金首席投资官：Laura Bennett",
              "债市存在泡沫吗？",
              "我们认为，长期利率仍将下行。投资者应该质疑，进一步宽松是否有效。若内容涉及投资建议，仅供参考。",
              "免责声明：本文观点仅代表作者本人。")
    assert [(q.text, q.speaker_text) for q in doc.quotes] == [("长期利率仍将下行", "我们")]
