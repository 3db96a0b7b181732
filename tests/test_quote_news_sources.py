"""Sources as Chinese news writes them: a speaker telling a medium, a cited document, a survey
reporting what its respondents said. Speaker phrases, addressees and statement counts.

Every sentence here is written for newsmine (invented people, outlets and events).
"""

from __future__ import annotations

from newsmine.analyze.pipeline import analyze
from newsmine.model import Doc
from newsmine.read import read_markdown


def run(*paragraphs: str) -> Doc:
    body = "\n\n".join(paragraphs)
    return analyze(read_markdown(f"# 测试标题\n\n{body}\n"))


def said(doc: Doc) -> list[tuple[str, str | None, str | None]]:
    return [(q.text, q.speaker_text, q.addressee_text) for q in doc.quotes]


def test_a_speaker_telling_a_news_agency_is_the_speaker_and_the_agency_the_addressee():
    doc = run("美国国务院一名官员对美联社说，双方的谈判仍在进行。")
    assert said(doc) == [("双方的谈判仍在进行", "美国国务院一名官员", "美联社")]
    assert doc.quotes[0].resolved_by == "unnamed"


def test_a_medium_whose_name_starts_like_a_compound_is_still_the_addressee():
    doc = run("一名台湾官员对台湾中央社表示，会谈的时间还没有确定。",
              "北京大学对美政策研究员李明远表示，关税不会很快取消。")
    assert said(doc) == [("会谈的时间还没有确定", "一名台湾官员", "台湾中央社"),
                         ("关税不会很快取消", "李明远", None)]


def test_a_document_cited_with_genju_is_the_source_not_the_preposition():
    doc = run("根据公开数据显示，今年前三季度的出口增长了百分之五。")
    assert said(doc) == [("今年前三季度的出口增长了百分之五", "公开数据", None)]
    doc = run("根據警方的資料顯示，同類案件在去年增加了兩成。")
    assert said(doc) == [("同類案件在去年增加了兩成", "警方的資料", None)]


def test_an_open_letter_is_a_source_and_publicly_still_an_adverb():
    doc = run("公开信指出，过去一年有十二名记者被拘留。", "他公开表示，自己不会参选。")
    assert said(doc) == [("过去一年有十二名记者被拘留", "公开信", None), ("自己不会参选", "他", None)]


def test_a_survey_reports_what_its_respondents_said_in_one_statement():
    doc = run("一项调查显示，44%的受访者表示会增加旅游开支，而只有10%表示会减少支出。")
    assert said(doc) == [("44%的受访者表示会增加旅游开支，而只有10%表示会减少支出", "一项调查", None)]


def test_respondents_inside_a_media_analysis_are_part_of_it():
    doc = run("日本媒体分析指，首相的支持率持续下跌，近四成受访者认为他应该辞职。")
    assert said(doc) == [("首相的支持率持续下跌，近四成受访者认为他应该辞职", "日本媒体", None)]


def test_written_in_a_diary_or_on_a_card_is_a_statement():
    doc = run("她在日记里写过，“我不怕输，只怕不敢开始。”", "卡片上写着：“谢谢你们，消防员叔叔。”")
    assert [(q.text, q.cue) for q in doc.quotes] == [("我不怕输，只怕不敢开始。", "写过"),
                                                      ("谢谢你们，消防员叔叔。", "写着")]


def test_an_accusation_of_someone_in_quotation_marks_is_the_accuser_s_direct_statement():
    doc = run("反对党议员郑立文指控政府“把纳税人的钱当作自己的钱”。")
    assert [(q.kind, q.text, q.cue) for q in doc.quotes] == [("direct", "把纳税人的钱当作自己的钱", "指控")]
    assert doc.quotes[0].speaker_text.endswith("郑立文")


def test_naming_someone_in_quotation_marks_or_a_demanded_noun_is_no_statement():
    doc = run("她把那段日子形容为“上山下乡”。", "工会提出加薪，这一要求，资方至今没有回应。")
    assert doc.quotes == []


def test_what_a_body_told_someone_that_another_admitted_is_the_body_s_one_statement():
    doc = run("此前，中国外交部曾在今年3月告诉加拿大驻北京大使馆，康文杰已承认对他的间谍罪指控。")
    assert said(doc) == [("康文杰已承认对他的间谍罪指控", "中国外交部", "加拿大驻北京大使馆")]


def test_a_named_person_s_family_is_an_unnamed_source_not_the_person():
    doc = run("王小明家属告诉本报，医院表示一切正常，不需要转院。")
    assert said(doc) == [("医院表示一切正常，不需要转院", "王小明家属", "本报")]
    assert (doc.quotes[0].speaker, doc.quotes[0].resolved_by) == (None, "unnamed")


def test_a_kinship_noun_opening_the_sentence_is_the_unnamed_speaker_of_a_subjectless_cue():
    doc = run("吴建华的哥哥知道弟弟一向热心，笑着说“那就快去吧”。")
    assert said(doc) == [("那就快去吧", "吴建华的哥哥", None)]
    assert (doc.quotes[0].speaker, doc.quotes[0].resolved_by) == (None, "unnamed")


def test_a_sentence_with_no_subject_keeps_the_person_opening_the_sentence_before():
    doc = run("老陈把孙子抱了起来。笑着说：“又长高了。”")
    assert said(doc) == [("又长高了。", "老陈", None)]


def test_an_uncued_quotation_goes_to_the_source_opening_the_clause_after_it():
    doc = run("“我只想知道真相，以后别的孩子也要上学呀”，上述这名家属希望有人重视起来。")
    assert said(doc) == [("我只想知道真相，以后别的孩子也要上学呀", "上述这名家属", None)]
    doc = run("邻居王秀兰问：“你吃饭了没有？”说完递来一个苹果。“当时我一下子就哭了”，郭志远觉得很温暖。")
    names = {e.id: e.name for e in doc.entities}
    assert [(q.text, names.get(q.speaker)) for q in doc.quotes] == [("你吃饭了没有？", "王秀兰"),
                                                                     ("当时我一下子就哭了", "郭志远")]


def headline(title: str, *paragraphs: str) -> Doc:
    return analyze(read_markdown(f"# {title}\n\n" + "\n\n".join(paragraphs) + "\n"))


def test_a_headline_cue_takes_terse_content_up_to_the_space_after_it():
    doc = headline("【峰会】北韩承诺彻底去核 特朗普：深信对方", "两国领导人周二在新加坡会面。")
    assert sorted((q.text, q.speaker_text, q.cue) for q in doc.quotes) == [
        ("彻底去核", "北韩", "承诺"), ("深信对方", "特朗普", "：")]
    doc = headline("人民币中间价创新低 做市商称符合预期", "人民币中间价周三下调。")
    assert [(q.text, q.speaker_text) for q in doc.quotes] == [("符合预期", "做市商")]


def test_the_press_asking_about_something_leaves_the_answer_as_the_statement():
    doc = run("8月12日，本报记者致电招商银行广州一家支行询问此事，一名客户经理表示，这种情况可能是账户长期没有交易导致的。")
    assert said(doc) == [("这种情况可能是账户长期没有交易导致的", "一名客户经理", None)]


def test_a_role_of_a_body_referred_back_to_is_unnamed_not_the_last_person_quoted():
    doc = run("加拿大总理特鲁多周三对路透社表示，渥太华不会改变立场。",
              "该公司发言人接受彭博社采访时说，公司将在明年上市。")
    first, second = doc.quotes
    assert (first.speaker_text, first.addressee_text) == ("特鲁多", "路透社")
    assert (second.speaker, second.speaker_text, second.resolved_by) == (None, "该公司发言人", "unnamed")


def test_an_adverb_of_manner_before_a_cue_leaves_the_sentence_s_subject_speaking():
    doc = run("赵海燕还用粤语录制视频，高兴地预告电影将在5月1日于香港上映。")
    assert said(doc) == [("电影将在5月1日于香港上映", "赵海燕", None)]
    doc = run("当地居民说，河水已经退了。")
    assert said(doc) == [("河水已经退了", "当地居民", None)]


def test_what_was_told_may_follow_the_addressee_without_a_comma_when_it_opens_with_ziji():
    doc = run("他给母亲打电话报平安，告诉母亲自己在武汉当志愿者。")
    assert [(q.text, q.addressee_text) for q in doc.quotes] == [("自己在武汉当志愿者", "母亲")]


def test_a_cue_word_after_de_is_a_noun_unless_it_names_a_report():
    doc = run("近年来大部分关于工厂污染的揭露，是建立在工人提供的照片之上的。")
    assert doc.quotes == []
    doc = run("该报的报道，市政府已经暂停了这项工程。", "市长补充，工程将在明年重新招标。")
    assert [(q.text, q.cue) for q in doc.quotes] == [("市政府已经暂停了这项工程", "报道"),
                                                      ("工程将在明年重新招标", "补充")]


def test_a_sub_head_speaking_as_someone_from_a_place_is_named_by_the_section_below():
    doc = run("首次来港的厦门客：以为香港东西很贵", "从厦门来的陈志明称第一次来香港，感觉吃得不错。")
    head, body = doc.quotes
    names = {e.id: e.name for e in doc.entities}
    assert (head.text, head.sieve, head.resolved_by) == ("以为香港东西很贵", "colon", "section")
    assert names[head.speaker] == names[body.speaker] == "陈志明"


def test_according_to_what_someone_said_cites_that_person():
    doc = run("按王小明所说，公司的应届生工资比同行高三成。", "按规定，公司必须在月底前公布年报。")
    assert said(doc) == [("公司的应届生工资比同行高三成", "王小明", None)]
    doc = run("据李红所说，那天晚上没有人值班。")
    assert said(doc) == [("那天晚上没有人值班", "李红", None)]


def test_an_unnamed_voice_after_an_exclamation_interrupts_a_run_of_quotes():
    doc = run("郭志远对她大喊：“你别下去！”", "“你们到底怎么救的人！”家属也冲郭志远吼。")
    assert [(q.text, q.speaker_text) for q in doc.quotes][-1] == ("你们到底怎么救的人！", "家属")
    assert doc.quotes[-1].resolved_by == "unnamed"


def test_an_agency_citing_people_s_words_gives_those_people_as_speakers():
    doc = run("路透社援引两名知情人士的话说，交易最快下周宣布。", "话说当年，这里还是一片农田。")
    assert said(doc) == [("交易最快下周宣布", "两名知情人士", None)]
    assert doc.quotes[0].resolved_by == "unnamed"


def test_registry_information_is_a_document_kept_as_an_unnamed_source():
    doc = analyze(read_markdown("# 测试标题\n\n工商信息显示，这家公司成立于2015年，注册资本为五百万元。\n"))
    (q,) = doc.quotes
    assert (q.speaker, q.speaker_text, q.resolved_by) == (None, "工商信息", "unnamed")


def test_a_notice_read_on_its_page_speaks_for_the_body_last_quoted():
    doc = analyze(read_markdown("# 测试标题\n\n青山区卫生健康委员会表示，已派出工作组进驻学校。"
                                "通报上说，涉事食堂已经停业整顿，三名负责人被停职。\n"))
    said = doc.quotes[-1]
    assert said.text.startswith("涉事食堂") and said.resolved_by == "document"
    assert next(e.name for e in doc.entities if e.id == said.speaker) == "青山区卫生健康委员会"


def test_a_child_s_grandmother_and_family_are_unnamed_sources_not_the_child():
    doc = analyze(read_markdown("# 测试标题\n\n小花在学校被同学推倒，眼睛受了伤。\n\n"
                                "小花奶奶说，孩子回家后一直哭，晚上也睡不着。\n\n"
                                "小刚家表示，两家已经在老师的见证下达成和解。\n"))
    said = [(q.speaker, q.speaker_text, q.resolved_by) for q in doc.quotes]
    assert said == [(None, "小花奶奶", "unnamed"), (None, "小刚家", "unnamed")]


def test_a_company_whose_name_ends_in_home_is_still_named():
    doc = analyze(read_markdown("# 测试标题\n\n宜家表示，受台风影响的三家门店下周恢复营业。\n"))
    (q,) = doc.quotes
    assert q.speaker is not None and q.speaker_text == "宜家"


def test_a_demonstrative_before_a_source_word_refers_back_to_the_unnamed_source():
    doc = analyze(read_markdown("# 测试标题\n\n青山区卫生健康委员会表示，已派出工作组。\n\n"
                                "记者联系了一名遇难者家属。该家属表示，父亲所在的工地已停工一个多月。\n"))
    said = doc.quotes[-1]
    assert (said.speaker, said.speaker_text, said.resolved_by) == (None, "该家属", "unnamed")


def test_scientists_and_staff_are_unnamed_sources():
    doc = analyze(read_markdown("# 测试标题\n\n科学家警告称，研究的窗口正在关闭。\n\n"
                                "工地的工作人员表示，已经通知所有工人撤离。\n"))
    assert [(q.speaker, q.resolved_by) for q in doc.quotes] == [(None, "unnamed"), (None, "unnamed")]


def test_it_is_reported_and_rules_cited_are_unnamed_sources():
    doc = analyze(read_markdown("# 测试标题\n\n市交通委员会表示，新线路下月开通。\n\n"
                                "据报道，这座大桥于2015年动工，耗资三亿元。\n\n"
                                "根据规定，候选人可以通过两种渠道提名。\n\n"
                                "根据《城市供水条例》，供水企业不得擅自停止供水。\n"))
    said = [(q.text[:6], q.speaker, q.speaker_text) for q in doc.quotes[1:]]
    assert said == [("这座大桥于2", None, "报道"), ("候选人可以通", None, "规定"),
                    ("供水企业不得", None, "《城市供水条例》")]


def test_a_notice_cited_bare_speaks_for_the_body_last_quoted():
    doc = analyze(read_markdown("# 测试标题\n\n青山区卫生健康委员会表示，已派出工作组进驻学校。\n\n"
                                "根据通报，当天共有十四名学生出现呕吐症状。\n"))
    said = doc.quotes[-1]
    assert said.text.startswith("当天共有") and said.resolved_by == "document"


def test_sources_cited_by_ju_open_reported_content():
    doc = analyze(read_markdown("# 测试标题\n\n据两名消息来源，这名教授于去年底离开了研究所。\n\n"
                                "据一名知情人的讲述，案发前三天两人曾发生争吵。\n"))
    assert [(q.text[:6], q.speaker) for q in doc.quotes] == [("这名教授于去", None), ("案发前三天两", None)]


def test_a_classmate_speaks_though_xue_shuo_is_also_a_word_for_doctrine():
    doc = run("遇害学生周小雨（化名）的同学说，那天放学后她一个人走回家。他的同学也说，校门口没有保安。"
              "这种学说认为，人性本善。")
    assert [(q.text, q.speaker_text, q.speaker, q.resolved_by) for q in doc.quotes][:2] == [
        ("那天放学后她一个人走回家", "遇害学生周小雨（化名）的同学", None, "unnamed"),
        ("校门口没有保安", "他的同学", None, "unnamed")]


def test_a_caller_who_claims_to_be_police_is_the_speaker_and_a_phone_call_says():
    doc = run("一名自称警察的男子打电话说，她的银行账户涉嫌洗钱。陈太太打电话说，她已经报警。")
    assert [(q.text, q.speaker_text, q.cue) for q in doc.quotes] == [
        ("她的银行账户涉嫌洗钱", "一名自称警察的男子", "说"), ("她已经报警", "陈太太", "说")]


def test_a_manner_adverb_and_a_posting_act_are_not_part_of_the_speaker():
    doc = run("店主李志成無奈地說：「我已經等了三個小時。」有网友留言说：“这样的规定太不合理了。”"
              "当地居民说，河水已经发臭。")
    assert [q.speaker_text for q in doc.quotes] == ["店主李志成", "有网友", "当地居民"]


def test_when_clauses_times_of_day_and_a_briefing_word_do_not_make_the_speaker():
    doc = run("民進黨團總召柯志銘受訪時強調，立法院將盡快審議預算。",
              "總統府發言人林玉蟬晚間發布新聞稿指出，總統對事件表示遺憾。",
              "晶盛電子董事長魏家和在法說會上表示，今年營收將成長兩成。",
              "法官判刑時指，被告行為嚴重。教育局回覆查詢時表示，會密切留意情況。",
              "央行有关负责人答记者问时表示，将保持流动性合理充裕。")
    assert [(q.speaker_text, q.text) for q in doc.quotes] == [
        ("民進黨團總召柯志銘", "立法院將盡快審議預算"), ("林玉蟬", "總統對事件表示遺憾"),
        ("魏家和", "今年營收將成長兩成"), ("法官", "被告行為嚴重"), ("教育局", "會密切留意情況"),
        ("央行有关负责人", "将保持流动性合理充裕")]


def test_the_press_asking_after_a_colon_is_no_one_s_statement():
    doc = run("被問到會否參選，他笑言：「現階段未有計劃。」", "記者問：「你會否為事件道歉？」他答：「我沒有做錯。」")
    assert [(q.text, q.speaker_text) for q in doc.quotes] == [("現階段未有計劃。", "他"), ("我沒有做錯。", "他")]


def test_a_pronoun_before_an_adverb_of_manner_is_the_speaker():
    doc = run("菜农周志刚站在田边。他激动地说，今年的收成比去年好。", "高兴地说完，她转身离开。")
    assert [(q.text, q.speaker_text, q.resolved_by) for q in doc.quotes] == [
        ("今年的收成比去年好", "他", "pronoun")]


def test_a_visit_an_adviser_or_accountability_before_a_comma_asks_nothing():
    """问 is a cue only before punctuation (问：…); 訪問，顧問，問責， end words that ask nothing."""
    doc = run("荷蘭國王周二展開日本國事訪問，是其登基後首次訪日。該校經濟顧問，同時是財團董事。"
              "官員應被問責，市民才會信服。外交部發言人表示，雙方關係穩定。")
    assert [(q.text, q.speaker_text) for q in doc.quotes] == [("雙方關係穩定", "外交部發言人")]


def test_unions_departments_and_companies_of_a_country_are_unnamed_sources_not_the_country():
    doc = run("据法国交管部门统计，周一早上巴黎环城路堵车逾500公里。法国各工会号召周四继续罢工。"
              "法国政府表示，改革方案不会撤回。")
    assert [(q.speaker_text, q.speaker is None, q.resolved_by) for q in doc.quotes] == [
        ("法国交管部门统计", True, "unnamed"), ("法国各工会", True, "unnamed"), ("法国政府", False, "name")]


def test_to_guarantee_capacity_is_no_speech_but_a_pledge_before_a_comma_is():
    doc = run("铁路公司宣布，周四全国铁路仅能保证三成运力。市长保证，所有学校周五照常上课。")
    assert [(q.text, q.speaker_text, q.cue) for q in doc.quotes] == [
        ("周四全国铁路仅能保证三成运力", "铁路公司", "宣布"), ("所有学校周五照常上课", "市长", "保证")]


def test_a_medium_cited_before_a_speaker_of_its_own_is_only_the_source_of_the_statement():
    doc = run("据中新网周五报道，针对外媒的指控，星辰手机公司当天对记者表示，“大多数指控都是错误的。”"
              "据路透社报道，该公司已暂停两条生产线。")
    assert [(q.text, q.speaker_text) for q in doc.quotes] == [
        ("大多数指控都是错误的。", "星辰手机公司"), ("该公司已暂停两条生产线", "路透社")]


def test_a_statement_sent_to_a_medium_is_the_senders_and_a_local_police_force_is_unnamed():
    doc = run("星辰科技公司发给路透社的一份声明称，用户数据存放在本地。英国当地警方发布消息称，遇难者身份已确认。"
              "参议院未能对这些提名做出回应，这对被提名者不公平。")
    names = {e.id: e.name for e in doc.entities}
    assert [(q.text, names.get(q.speaker or ""), q.resolved_by) for q in doc.quotes] == [
        ("用户数据存放在本地", "星辰科技公司", "document"), ("遇难者身份已确认", None, "unnamed")]


def test_that_lady_refers_back_to_the_unnamed_woman_not_to_her_office():
    doc = run("记者致电市体育局，局里的一位女士告诉记者，联赛并无统一规定。不过该女士也表示，不少球员有赞助。"
              "王女士说，她不知道此事。")
    names = {e.id: e.name for e in doc.entities}
    assert [(q.speaker_text, names.get(q.speaker or ""), q.resolved_by) for q in doc.quotes] == [
        ("局里的一位女士", None, "unnamed"), ("该女士", None, "unnamed"), ("王女士", "王女士", "name")]
