"""Speaker attribution, one general cause of wrong speakers per test: a pronoun's antecedent
(subject position after quoted terms, titles, ages, relative clauses), an anonymous source inside a
longer phrase, the subject of a subjectless cue, a run of quotes interrupted by a new voice, a
demonstrative nominal, a glossed name the names layer missed.

Names are given by hand as the names layer would (`tests/test_quotes_speakers.py`); then the real
`quotes` component runs over invented articles.
"""

from __future__ import annotations

from tests.test_quotes_speakers import name, prepare, quotes


def test_a_quoted_term_before_a_name_does_not_make_that_name_a_subject():
    doc = prepare("陈启明曾说，教育预算不能再削减。",
                  "罗兰德此行不获“亲北京派”议员马克斯支持，但他在演讲中表示，小国也要捍卫自己的选择。")
    name(doc, "E1", "PER", "陈启明")
    name(doc, "E2", "PER", "罗兰德")
    name(doc, "E3", "PER", "马克斯")
    found = quotes(doc)
    assert [(q.speaker_text, q.speaker) for q in found] == [("陈启明", "E1"), ("他", "E2")]


def test_a_statement_closing_its_quotation_ends_the_clause_before_a_pronoun():
    doc = prepare("罗兰德说：“我们不会退让。”马克斯点头，他说，谈判仍有空间。")
    name(doc, "E2", "PER", "罗兰德")
    name(doc, "E3", "PER", "马克斯")
    assert [q.speaker for q in quotes(doc)] == ["E2", "E3"]


def test_a_pen_name_in_quotation_marks_can_be_a_pronouns_antecedent():
    doc = prepare("退休工程师韦伯斯表示，当地的工厂运转正常。",
                  "「小雨」在工厂做了六年会计。她表示，账目每个月都按时公开。")
    name(doc, "E1", "PER", "韦伯斯")
    name(doc, "E2", "PER", "小雨")
    found = quotes(doc)
    assert [q.speaker for q in found] == ["E1", "E2"]


def test_an_adverb_after_an_anonymous_source_is_not_part_of_it():
    doc = prepare("在环保方面，北京和上海七成的受访者都认为，品牌应该减少包装。")
    name(doc, "L1", "LOC", "北京")
    name(doc, "L2", "LOC", "上海")
    [found] = quotes(doc)
    assert (found.speaker, found.speaker_text, found.resolved_by) == (None, "北京和上海七成的受访者", "unnamed")


def test_someone_of_a_named_person_after_de_is_an_anonymous_source_not_that_person():
    doc = prepare("旅居悉尼的作家孙立新的友人最新介绍指，孙立新的律师上周首次获准会见他。")
    name(doc, "E1", "PER", "孙立新")
    found = quotes(doc)[0]
    assert (found.speaker, found.speaker_text, found.resolved_by) == (None, "旅居悉尼的作家孙立新的友人", "unnamed")


def test_a_clause_opening_with_an_anonymous_source_gives_a_subjectless_cue_its_speaker():
    doc = prepare("调查在去年年底进行。广东受访者，同样有过半（55%）表示会在旅游上花更多钱。")
    name(doc, "L1", "LOC", "广东")
    found = quotes(doc)
    assert [(q.speaker, q.speaker_text) for q in found] == [(None, "广东受访者")]


def test_a_clause_that_is_only_a_described_person_is_the_subject_of_the_next():
    doc = prepare("导演李文山也出席了首映礼。看起来有些紧张的林小川，一开场就用粤语说：“大家好！”")
    name(doc, "E1", "PER", "李文山")
    name(doc, "E2", "PER", "林小川")
    [found] = quotes(doc)
    assert (found.speaker, found.speaker_text) == ("E2", "林小川")


def test_a_pronoun_goes_to_a_subject_introduced_by_a_country_and_a_title():
    doc = prepare("作家郑伯年表示，这本书的版权已经卖出。",
                  "波兰诗人马莱克（Marek Nowak）早年在华沙教书，他说，诗歌不会消失。")
    name(doc, "E1", "PER", "郑伯年")
    name(doc, "L1", "LOC", "波兰")
    name(doc, "E2", "PER", "马莱克", original="Marek Nowak")
    found = quotes(doc)
    assert [q.speaker for q in found] == ["E1", "E2"]


def test_an_uncued_quotation_goes_to_the_person_opening_its_sentence_after_a_country_and_title():
    doc = prepare("评论员高振东认为，假消息传播得比辟谣快。",
                  "德国社会学家韦伯林（Hans Weberling）留下过一句名言：“谣言先于事实抵达。”")
    name(doc, "E1", "PER", "高振东")
    name(doc, "L1", "LOC", "德国")
    name(doc, "E2", "PER", "韦伯林", original="Hans Weberling")
    found = quotes(doc)
    assert [q.speaker for q in found][-1] == "E2"


def test_a_clause_that_is_only_a_title_and_name_is_the_subject_of_the_next():
    doc = prepare("校方当天没有回应。清华大学化学系教授罗家明，昨日在个人网页发文，称实验室的安全规程早已过时。")
    name(doc, "O1", "ORG", "清华大学")
    name(doc, "E1", "PER", "罗家明")
    assert [(q.speaker, q.speaker_text) for q in quotes(doc)] == [("E1", "罗家明")]


def test_a_run_of_quotes_keeps_its_voice_until_another_person_opens_the_sentence():
    doc = prepare("洪水退去后，志愿者周海涛回到了隧道口。“我得把每辆车都再看一遍。”",
                  "他先爬上车顶，再试着拉开车门，“门打不开就砸窗”。",
                  "武汉市民刘先生用手机拍下了他搜救的过程，“我走开一个小时，回来他还在水里”。")
    name(doc, "E1", "PER", "周海涛")
    name(doc, "L1", "LOC", "武汉")
    name(doc, "E2", "PER", "刘先生")
    found = quotes(doc)
    assert [q.speaker for q in found] == ["E1", "E1", "E2"]
    assert found[-1].sieve == "salience"


def test_a_gloss_between_a_company_and_a_title_still_leaves_the_name_in_subject_position():
    doc = prepare("主持人韩立说，节目不会停播。",
                  "北方电视公司（NTC）副总监葛兰（Helen Grant）事后在网上讽刺观众，“不喜欢就别看”。")
    name(doc, "E1", "PER", "韩立")
    name(doc, "O1", "ORG", "北方电视公司", original="NTC")
    name(doc, "E2", "PER", "葛兰", original="Helen Grant")
    assert [q.speaker for q in quotes(doc)] == ["E1", "E2"]


def test_a_name_after_an_age_and_a_kinship_word_is_a_subject_for_a_later_pronoun():
    doc = prepare("丈夫黄国栋说：“我现在只能躺着。”",
                  "38岁太太郑美华跟女儿一起替丈夫翻身，她说，家里的积蓄已经用完了。")
    name(doc, "E1", "PER", "黄国栋")
    name(doc, "E2", "PER", "郑美华")
    assert [q.speaker for q in quotes(doc)] == ["E1", "E2"]


def test_a_name_after_a_relative_clause_is_a_subject_but_a_name_after_a_preposition_is_not():
    doc = prepare("母亲林淑芬说，治疗费每月要两万元。",
                  "读小学二年级的大女儿陈小雯在一旁画画，她说，希望妈妈的头发快点长出来。",
                  "林淑芬说，她会撑下去。尽管与住在隔壁病房的病友何佩玲并不熟，她说，两人常常互相打气。")
    name(doc, "E1", "PER", "林淑芬")
    name(doc, "E2", "PER", "陈小雯")
    name(doc, "E3", "PER", "何佩玲")
    assert [q.speaker for q in quotes(doc)] == ["E1", "E2", "E1", "E1"]


def test_a_quantifier_or_a_group_noun_is_an_anonymous_source_not_the_person_last_named():
    doc = prepare("自从总理贝尔格（Olaf Berger）出访后，网上出现上千条相关推文，大部分指他身在邻国，有些更说出了具体的城市。",
                  "事故发生后，乘客表示，列车在隧道里停了将近一个小时。")
    name(doc, "E1", "PER", "贝尔格", original="Olaf Berger")
    found = quotes(doc)
    assert [(q.speaker, q.speaker_text, q.resolved_by) for q in found] == [
        (None, "大部分", "unnamed"), (None, "乘客", "unnamed")]


def test_a_glossed_name_the_names_layer_missed_stays_unresolved_not_the_place_before_it():
    doc = prepare("英国驻东京的前任大使霍桑德（Peter Horsand）表示，这宗案件可能与外交角力有关。")
    name(doc, "L1", "LOC", "英国")
    name(doc, "L2", "LOC", "东京")
    [found] = quotes(doc)
    assert (found.speaker, found.speaker_text, found.resolved_by) == (None, "霍桑德", "unresolved")
    assert found.confidence < 0.5


def test_a_demonstrative_nominal_refers_back_to_an_organisation_or_a_place_by_its_noun():
    doc = prepare("远航电池公司上月宣布在匈牙利建厂。该公司表示，新厂明年投产。",
                  "匈牙利随后批准了补贴，远航电池公司的股价应声上涨。该国表示，补贴符合欧盟规则。")
    name(doc, "O1", "ORG", "远航电池公司")
    name(doc, "L1", "LOC", "匈牙利")
    assert [q.speaker for q in quotes(doc)] == ["O1", "L1"]


def test_an_organisation_opening_the_sentence_interrupts_a_run_of_quotes():
    doc = prepare("星河科技公司首席隐私官罗文斯表示，公司会逐条审查过滤词。“我们没有接到任何指令。”",
                  "但数字权利中心给星河科技公司的评价是“对用户的隐私漫不经心，过滤词前后矛盾”。")
    name(doc, "O1", "ORG", "星河科技公司")
    name(doc, "E1", "PER", "罗文斯")
    name(doc, "O2", "ORG", "数字权利中心")
    assert [q.speaker for q in quotes(doc)][-1] == "O2"


def test_a_person_of_the_organisation_opening_the_sentence_speaks_rather_than_the_organisation():
    doc = prepare("歌手林嘉欣说：“音乐会必须继续。”",
                  "东岸电视台（EBC）副总监兼法律顾问傅瑞华（Vera Fuller）事后在网上嘲讽中枪的观众“如果是对方的支持者，就不值得同情”。")
    name(doc, "E1", "PER", "林嘉欣")
    name(doc, "O1", "ORG", "东岸电视台", original="EBC")
    name(doc, "E2", "PER", "傅瑞华", original="Vera Fuller")
    assert [q.speaker for q in quotes(doc)] == ["E1", "E2"]


def test_someone_unnamed_of_a_named_body_or_person_is_an_anonymous_source():
    doc = prepare("南岭中学校长方志诚说，学校已经停课。",
                  "该校一名教师对本报表示，学生们都很害怕。",
                  "方志诚一位朋友说，他这几天很少出门。")
    name(doc, "O1", "ORG", "南岭中学")
    name(doc, "E1", "PER", "方志诚")
    found = quotes(doc)
    assert [(q.speaker, q.speaker_text, q.resolved_by) for q in found] == [
        ("E1", "方志诚", "name"), (None, "该校一名教师", "unnamed"), (None, "方志诚一位朋友", "unnamed")]


def test_the_source_whose_words_a_medium_cites_speaks_not_the_place_inside_it():
    doc = prepare("《环球邮报》周二援引三名加拿大外交官的话称，谈判已经陷入僵局。")
    name(doc, "O1", "ORG", "环球邮报")
    name(doc, "L1", "LOC", "加拿大")
    found = quotes(doc)
    assert [(q.speaker, q.speaker_text, q.resolved_by) for q in found] == [(None, "三名加拿大外交官", "unnamed")]


def test_a_pronoun_reporting_what_a_body_urged_is_the_speaker_of_it():
    doc = prepare("财政部发言人林志远说，政府将削减开支。",
                  "他说，中方敦促各方保持克制，避免局势升级。")
    name(doc, "E1", "PER", "林志远")
    name(doc, "O1", "ORG", "财政部")
    found = quotes(doc)
    assert [(q.speaker, q.text) for q in found] == [("E1", "政府将削减开支"), ("E1", "中方敦促各方保持克制，避免局势升级")]


def test_an_uncued_quotation_that_names_the_person_opening_its_sentence_is_not_theirs():
    doc = prepare("建筑评论家罗德明说：“他的设计改变了这座城市。”",
                  "建筑师韩允中去年退休。“这证明了韩允中的眼光，他从不追随潮流。”")
    name(doc, "E1", "PER", "罗德明")
    name(doc, "E2", "PER", "韩允中")
    found = quotes(doc)
    assert [(q.speaker, q.sieve) for q in found] == [("E1", "cue-before"), ("E1", "main-voice")]


def test_an_adverb_or_a_manner_after_the_name_is_no_part_of_the_speaker():
    """李母|只是|觉得, 王明|却|表示, 肖冰|言之凿凿地|告诉: the speaker is the name alone."""
    doc = prepare("在她怀孕期间，李母只是觉得女儿最近胖了一些。王明却表示，他不会辞职。",
                  "办案人员肖冰言之凿凿地告诉记者，这则广告违反了法律。")
    name(doc, "E1", "PER", "李母")
    name(doc, "E2", "PER", "王明")
    name(doc, "E3", "PER", "肖冰")
    assert [q.speaker_text for q in quotes(doc)] == ["李母", "王明", "办案人员肖冰"]


def test_du_and_tongyang_after_the_subject_are_no_part_of_it_and_lingren_jingtan_is_no_cue():
    doc = prepare("这些厂商都声称，新产品可以让人年轻十岁。教育局的通知同样指出，学生暂不返校。",
                  "壁画的细腻线条都令人惊叹，但更令人叹服的是它的色彩。")
    assert [q.speaker_text for q in quotes(doc)] == ["这些厂商", "教育局的通知"]


def test_a_statement_issued_then_another_act_is_no_statement():
    """发表联合声明，签署了…: what follows the comma is an act, not the statement's words."""
    doc = prepare("两国元首发表了关于气候变化的联合声明，签署了近20项合作文件。",
                  "两国发表联合声明，宣布建立全面战略伙伴关系。")
    assert [doc.text[q.span.start : q.span.end] for q in quotes(doc)] == ["宣布建立全面战略伙伴关系"]


def test_a_point_of_view_the_writer_takes_is_no_speaker():
    doc = prepare("但是，从法律程序上说，应该以工商部门的最终处罚决定书为准。", "他说，这项政策有利于经济发展。")
    assert [q.speaker_text for q in quotes(doc)] == ["他"]


def test_one_who_heard_it_is_no_speaker_the_one_heard_is():
    doc = prepare("听网吧老板说，他们有的玩了通宵。", "听众表示，演出非常精彩。")
    assert [q.speaker_text for q in quotes(doc)] == ["网吧老板", "听众"]
