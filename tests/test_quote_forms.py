"""Forms of Chinese news reporting the statement finder knows: where a statement's span ends,
which kind it is, and which quotations and cue words are no statement at all.

Every sentence here is written for newsmine (invented people and events).
"""

from __future__ import annotations

from newsmine.analyze.pipeline import analyze
from newsmine.model import Doc
from newsmine.read import read_markdown


def run(*paragraphs: str) -> Doc:
    body = "\n\n".join(paragraphs)
    return analyze(read_markdown(f"# 测试标题\n\n{body}\n"))


def found(doc: Doc) -> list[tuple[str, str]]:
    return [(q.kind, q.text) for q in doc.quotes]


def test_a_vertical_form_colon_after_the_cue_opens_a_direct_quote():
    doc = run("渔农署高级主任梁嘉晴說︰「今年的雨水比往年少，果农要提早灌溉。」")
    assert found(doc) == [("direct", "今年的雨水比往年少，果农要提早灌溉。")]


def test_a_quotation_after_a_comma_closes_one_mixed_statement_at_its_closing_mark():
    doc = run("店主黃志明說，鋪租已加了兩成，「再加下去我只能搬走。」翌日下午，記者再到店舖，鐵閘已經落下。")
    assert found(doc) == [("mixed", "鋪租已加了兩成，「再加下去我只能搬走。」")]


def test_a_quotation_the_reported_content_opens_with_a_colon_is_a_direct_statement_of_its_own():
    doc = run("店主黃志明表示鋪租已加了兩成：「再加下去我只能搬走。」翌日下午，記者再到店舖，鐵閘已經落下。")
    assert found(doc) == [("indirect", "鋪租已加了兩成"), ("direct", "再加下去我只能搬走。")]


def test_a_view_after_a_connective_is_the_view_of_the_one_named():
    doc = run("很多朋友向他道贺。但在周启明自己看来，官司并没有打赢。")
    assert found(doc) == [("indirect", "官司并没有打赢")]
    assert doc.quotes[0].cue == "看来"


def test_two_cue_verbs_in_a_row_make_one_statement():
    doc = run("律师林国栋向记者透露称，他的当事人周四已获准保释。")
    assert found(doc) == [("indirect", "他的当事人周四已获准保释")]


def test_a_tell_verb_and_a_cue_after_the_addressee_make_one_statement():
    doc = run("律师林国栋还告诉《南方日报》指，保释金为五万元。")
    assert found(doc) == [("indirect", "保释金为五万元")]


def test_a_quoted_event_name_in_the_next_paragraph_continues_no_one():
    doc = run("工会主席方志远说：“我们会继续谈判。”",
              "“快递员夜班猝死”事件在网上引起广泛讨论，多家平台随后调整了排班。")
    assert found(doc) == [("direct", "我们会继续谈判。")]


def test_a_short_clause_after_a_cue_without_punctuation_is_reported_speech():
    doc = run("反对党领袖苏文达认为选举存在舞弊。")
    assert found(doc) == [("indirect", "选举存在舞弊")]


def test_a_short_noun_phrase_after_a_cue_is_no_statement():
    doc = run("市长郑伟文在视频里表示哀伤的样子。", "评论员叶家明夸赞这部小说的结构。")
    assert found(doc) == []


def test_a_cue_word_after_a_measure_word_is_a_noun():
    doc = run("家属随后在网上发出三个质疑，焦点是仓库里为何存放大量烟花。")
    assert found(doc) == []


def test_the_press_asking_is_no_source():
    doc = run("有記者質問，如何確保新機場不會再延誤，運輸局局長簡志恒回應稱，工程已進入最後階段。")
    assert found(doc) == [("indirect", "工程已進入最後階段")]


def test_a_cue_word_after_a_possessive_is_a_noun():
    doc = run("他说，自己不会接受那些人的建议，尽管他们可能是专家。")
    assert found(doc) == [("indirect", "自己不会接受那些人的建议，尽管他们可能是专家")]


def test_whom_a_cue_addresses_before_the_next_cue_is_no_statement():
    doc = run("警方提醒市民，指若闻到燃气气味，应立即打开门窗并离开。")
    assert found(doc) == [("indirect", "若闻到燃气气味，应立即打开门窗并离开")]


def test_a_quoted_phrase_after_a_cue_that_names_a_thing_is_not_linked_to_the_quote_before():
    doc = run("“大家都看得很开心。”短片反复强调“同一片海”的画面，导演张明说观众反应热烈。")
    assert "同一片海" not in [t for _, t in found(doc)]


def test_an_attitude_after_biaoshi_is_no_statement():
    doc = run("不少企业家对陈立新表示钦佩，把他看作改革的先行者。")
    assert found(doc) == []


def test_a_repeated_reply_after_the_press_asks_is_the_answer():
    doc = run("有記者質問，新機場會否再延誤，運輸局局長簡志恒多番回應稱，工程已進入最後階段。")
    assert found(doc) == [("indirect", "工程已進入最後階段")]


def test_zhi_after_a_long_subject_ending_in_a_name_is_a_cue():
    doc = run("澳大利亚和新西兰指俄罗斯必须为这次坠机负责。")
    assert found(doc) == [("indirect", "俄罗斯必须为这次坠机负责")]


def test_zhi_after_a_long_phrase_that_names_no_one_is_no_cue():
    doc = run("这次调查的结果与多数专家的预测相反的数据所指向的方向并不清楚。", "这几个月的气温变化曲线直指北方地区。")
    assert found(doc) == []


def test_words_after_a_cue_and_a_colon_run_on_to_the_paragraph_end():
    doc = run("人权组织发言人达瓦说：联合国的很多机构都已经被渗透。人权理事会的功能完全失效。")
    assert found(doc) == [("indirect", "联合国的很多机构都已经被渗透。人权理事会的功能完全失效")]


def headed(title: str, *paragraphs: str) -> Doc:
    body = "\n\n".join(paragraphs)
    return analyze(read_markdown(f"# {title}\n\n{body}\n"))


def test_a_cue_and_a_colon_in_a_headline_give_a_direct_statement():
    doc = headed("夜市摊位减少 老顾客感慨：味道没有以前好了", "台南花园夜市的摊位比去年少了三成。")
    assert found(doc) == [("direct", "味道没有以前好了")]


def test_a_labelled_or_questioning_headline_is_no_statement():
    doc = headed("专访：夜市还有明天吗？", "记者走访了十多个摊位。")
    assert found(doc) == []


def test_a_cue_word_in_a_time_clause_is_a_noun():
    doc = run("市长陈立新在网民批评之后，撤回了新规定。")
    assert found(doc) == []


def test_a_cited_document_opens_reported_content():
    doc = run("根据环保署的《年度水质报告》，全港四成泳滩的水质属于良好。")
    assert found(doc) == [("indirect", "全港四成泳滩的水质属于良好")]
    assert doc.quotes[0].speaker_text is not None


def test_a_cited_survey_or_account_opens_reported_content():
    doc = run("據調查，珠寶和手錶是本地受訪者最常購買的二手商品。", "據死者家屬轉述，當晚的救護車遲了四十分鐘才到。")
    assert [k for k, _ in found(doc)] == ["indirect", "indirect"]


def test_ju_without_a_source_cites_no_one():
    doc = run("据悉，该公司下月将裁员两成。", "据了解，新厂房明年才会投产。")
    assert found(doc) == []


def test_the_agent_of_a_passive_cue_makes_the_statement():
    doc = run("这个团体被港府指控颠覆国家政权，今午开会议决解散。", "这项新规遭到外界批评太过保守。")
    assert found(doc) == [("indirect", "颠覆国家政权"), ("indirect", "太过保守")]
    assert [q.speaker_text for q in doc.quotes] == ["港府", "外界"]


def test_a_passive_without_an_agent_or_a_noun_led_by_bei_is_no_statement():
    doc = run("他被指收受贿款。", "被告律师指控方证据不足，要求法庭撤销控罪。")
    assert "收受贿款" not in [t for _, t in found(doc)]
    assert all(q.speaker_text != "告律师" for q in doc.quotes)


def test_more_reporting_verbs_of_chinese_news():
    doc = run("有网民觉得，这次停电是管理不善造成的。",
              "导演许芷晴预告新片将在明年春节上映。",
              "市议员邓立言致信电力公司，询问停电期间的备用电源为何没有启动。",
              "校长林志明通知家长，周五学校停课一天。")
    assert [k for k, _ in found(doc)] == ["indirect"] * 4


def test_a_notice_received_is_no_statement():
    doc = run("居民上周收到物业通知，小区的门禁将改为人脸识别。")
    assert [q.cue for q in doc.quotes] != ["通知"]


def test_a_subjectless_cue_right_after_another_is_part_of_its_content():
    doc = run("经济学家罗家伟在报告中写道，相信央行今年仍会维持汇率稳定。")
    assert found(doc) == [("indirect", "相信央行今年仍会维持汇率稳定")]
    assert doc.quotes[0].cue == "写道"


def test_announcing_a_decision_is_an_act_but_an_announcement_after_a_comma_is_a_statement():
    doc = run("台北市政府周三宣布全市中小学停课一天。", "台北市政府周三宣布，全市中小学停课一天。")
    assert found(doc) == [("indirect", "全市中小学停课一天")]


def test_a_quotation_closing_on_a_comma_runs_on_to_its_attribution():
    doc = run("“开放市场会带来开放的社会，”在一场敦促议会通过贸易协定的演讲中，前总理约翰·霍华德曾这样表示。")
    assert found(doc) == [("direct", "开放市场会带来开放的社会")]
    assert (doc.quotes[0].cue, doc.quotes[0].speaker_text) == ("表示", "约翰·霍华德")


def test_a_quotation_closing_a_sentence_is_not_linked_across_a_new_clause():
    doc = run("“工厂下月停产。”公司发出通告后，工会代表梁志成表示，会争取补偿。")
    assert [q.sieve for q in doc.quotes if q.text == "工厂下月停产。"] != ["cue-after"]


def test_what_a_tell_verb_tells_a_pronoun_is_reported_content():
    doc = run("医生刘建华告诉他不要干重活、不要熬夜、不要着凉。")
    assert found(doc) == [("indirect", "不要干重活、不要熬夜、不要着凉")]
    assert doc.quotes[0].addressee_text == "他"


def test_an_introducing_verb_with_a_comma_after_it_reports_what_was_introduced():
    doc = run("校长何文清向记者介绍，学院从2012年起就开设了护理课程，每年招收两百名学生。")
    assert found(doc) == [("indirect", "学院从2012年起就开设了护理课程，每年招收两百名学生")]
    assert doc.quotes[0].speaker_text == "何文清"


def test_an_introducing_verb_before_its_object_reports_nothing():
    doc = run("校长何文清在开学典礼上介绍了新校区的三栋教学楼。")
    assert found(doc) == []


def test_a_remembered_scene_after_a_comma_is_the_memory_of_the_one_who_remembers():
    doc = run("参加过救援的志愿者邓国华记得，那天的水已经淹到了二楼的窗台。")
    assert found(doc) == [("indirect", "那天的水已经淹到了二楼的窗台")]


def test_remembering_a_thing_without_a_comma_reports_nothing():
    doc = run("邓国华还记得那家面馆的招牌。")
    assert found(doc) == []


def test_a_firm_belief_is_a_stated_view():
    doc = run("俱乐部主席孟庆林坚信，球队下赛季一定能够重返甲级联赛。")
    assert found(doc) == [("indirect", "球队下赛季一定能够重返甲级联赛")]


def test_an_impression_and_a_feeling_with_a_comma_are_views_of_the_one_named():
    doc = run("室友唐雨萱印象中，林可欣很少在宿舍里待到十点以后。但唐雨萱感觉，林可欣的压力一直很大。")
    assert found(doc) == [("indirect", "林可欣很少在宿舍里待到十点以后"), ("indirect", "林可欣的压力一直很大")]
    assert {q.speaker_text for q in doc.quotes} == {"室友唐雨萱", "唐雨萱"}


def test_a_feeling_as_a_noun_reports_nothing():
    doc = run("这种感觉，很多住在老城区的人都有。")
    assert found(doc) == []


def test_a_run_of_quotations_right_after_a_cued_one_is_the_same_voice():
    doc = run("新规出台后，不少网友调侃，“以后连咖啡都喝不起了？”“打工人太难了”“还是在家泡茶吧”。")
    assert found(doc) == [("direct", "以后连咖啡都喝不起了？"), ("direct", "打工人太难了"), ("direct", "还是在家泡茶吧")]
    assert {q.speaker_text for q in doc.quotes} == {"不少网友"}


def test_titles_listed_in_quotation_marks_after_narration_are_no_run_of_quotes():
    doc = run("她先后获得“全国技术能手”“三八红旗手”等称号。")
    assert found(doc) == []


def test_what_a_recollection_is_about_before_its_quotation_is_no_statement():
    doc = run("她曾憶述初來香港打工的日子：「我每天凌晨四點起身包餃子，一做就是十年。」")
    assert found(doc) == [("direct", "我每天凌晨四點起身包餃子，一做就是十年。")]


def test_a_clause_reported_before_a_quotation_stays_a_statement():
    doc = run("教练方国伟表示对手不易应付：「他们的后卫很强。」")
    assert found(doc) == [("indirect", "对手不易应付"), ("direct", "他们的后卫很强。")]
