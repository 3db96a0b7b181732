"""Quote attribution by sieves on whole articles written for newsmine (invented people and events):
a long-interview feature, a traditional-character court story, a wire story citing media; then one
test per form, the sieve switches and the confidence shown to readers.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from newsmine.analyze.pipeline import analyze
from newsmine.analyze.sieves import SIEVES, confidence, ordered, switched_off
from newsmine.cli import main
from newsmine.errors import PipelineError
from newsmine.model import Doc, Quote
from newsmine.read import read_markdown
from newsmine.render.quotes import render_quotes, select, speaker_groups, speaker_shown

FEATURE = """# 守灯塔的人：“海上没有一盏灯是多余的”

记者 林晓舟

在浙江东部的一座小岛上，64岁的灯塔看守人郑海生已经独自工作了二十六年。

郑海生每天傍晚五点爬上塔顶，检查灯泡和镜片。“灯一灭，船就看不见礁石了。”他说，“这不是一份工作，是一份交代。”

“刚来的时候我才三十八岁，岛上连自来水都没有。”

“台风来的那几夜最难熬，整座塔都在晃，我就抱着发电机守着。”

他记得1998年的那场台风。“那天晚上有一艘渔船在礁石边打转，船老大陈国栋后来专门上岛来谢我。陈国栋说，要不是看见灯，他们一船人都回不去了。”

“我儿子劝我退休，说城里的房子已经买好了。可我走了，谁来守？”

谈到未来，郑海生显得很平静。“机器总有一天会替代我，这我知道。但在那之前，我不想让这盏灯在我手里灭掉。”

当地海事局副局长王建平表示，灯塔明年将改为自动化管理，“郑师傅的经验对我们设计新系统帮助很大”。

“我最舍不得的是这片海。”郑海生说。
"""

COURT = """# 詐騙集團車手案宣判 法官：被告犯後態度不佳

台中地方法院昨日宣判一宗詐騙集團車手案，32歲陳姓男子被判處有期徒刑2年6個月。

檢方指控，陳姓男子去年7月起加入詐騙集團，負責到銀行提領被害人匯入的款項，共提領逾新台幣400萬元。

陳姓男子在庭上稱，自己「只是幫朋友領錢，根本不知道是詐騙」。

法官在判決書中指出，被告多次變更說詞，「犯後態度不佳，難認有悔意」。

被害人之一的林姓婦人強調：「那是我存了一輩子的退休金，我只希望他們把錢還回來。」

「我每天晚上都睡不著。」林姓婦人說。

辯護律師黃志明表示，將與當事人討論是否上訴。
"""

WIRE = """# 美国拟限制芯片设备出口 荷兰称将“独立决定”

据美国《华尔街日报》报道，美国政府正考虑进一步限制向中国出口先进芯片制造设备，新规最快下月公布。

白宫在声明中表示，相关措施“只针对军事用途”，不会影响正常贸易。

法院文件显示，一家加州设备商去年曾向深圳一家企业出售价值1200万美元的设备。

“我们会根据自己的国家利益作出决定。”荷兰外贸大臣范德堡（Mark Evans）周二告诉路透社。

范德堡说，荷兰政府尚未收到美方的正式请求。

一位不愿具名的欧盟官员透露，布鲁塞尔担心此举会引发新一轮贸易摩擦。他说：“没有人希望看到报复措施。”

《金融时报》援引知情人士称，日本也在考虑类似的限制。
"""


def doc_of(markdown: str) -> Doc:
    return analyze(read_markdown(markdown))


def run(*paragraphs: str) -> Doc:
    return doc_of("# 测试标题\n\n" + "\n\n".join(paragraphs) + "\n")


def who(doc: Doc, quote: Quote) -> str | None:
    """The speaker's entity name, else None."""
    return next((e.name for e in doc.entities if e.id == quote.speaker), None)


def quote_starting(doc: Doc, words: str) -> Quote:
    found = [q for q in doc.quotes if q.text.startswith(words)]
    assert len(found) == 1, [q.text for q in doc.quotes]
    return found[0]


# --- whole articles ----------------------------------------------------------------------------


def test_a_long_interview_keeps_its_main_voice_and_never_a_name_inside_a_quote():
    doc = doc_of(FEATURE)
    quoted = [q for q in doc.quotes if q.speaker_text != "王建平"]
    assert len(quoted) == 8
    assert {who(doc, q) for q in quoted} == {"郑海生"}
    assert all(q.speaker_text in ("郑海生", "他") for q in quoted)  # never 陈国栋, who is named inside one
    runs = [q for q in quoted if q.cue is None]
    assert len(runs) == 5 and {q.sieve for q in runs} == {"continuation"}
    assert all(q.kind == "direct" for q in quoted)
    last = quote_starting(doc, "我最舍不得")
    assert (last.sieve, last.resolved_by, last.cue) == ("cue-after", "name", "说")


def test_a_traditional_court_story_with_corner_marks_and_anonymised_people():
    doc = doc_of(COURT)
    by_cue = {q.cue: q for q in doc.quotes}
    assert by_cue["指控"].speaker_text == "檢方" and by_cue["指控"].kind == "indirect"
    claim = by_cue["稱"]
    assert (claim.kind, who(doc, claim), claim.speaker_text, claim.resolved_by) == ("mixed", "陳姓男子", "陳姓男子", "name")
    assert by_cue["指出"].speaker_text == "法官" and "說詞" in by_cue["指出"].text  # 說詞 is no cue
    stressed = by_cue["強調"]
    assert stressed.kind == "direct" and stressed.text.startswith("那是我存了一輩子") and who(doc, stressed) == "林姓婦人"
    after = by_cue["說"]
    assert (after.text, after.speaker_text, after.sieve) == ("我每天晚上都睡不著。", "林姓婦人", "cue-after")
    assert who(doc, by_cue["表示"]) == "黃志明"


def test_a_wire_story_citing_media_a_statement_and_a_court_document():
    doc = doc_of(WIRE)
    report = quote_starting(doc, "美国政府正考虑")
    assert report.cue == "报道" and "华尔街日报" in (who(doc, report) or "")
    statement = quote_starting(doc, "相关措施")
    assert (statement.kind, who(doc, statement)) == ("mixed", "白宫")
    filed = quote_starting(doc, "一家加州设备商")
    assert (filed.speaker, filed.speaker_text, filed.resolved_by) == (None, "法院文件", "unnamed")  # a document
    told = quote_starting(doc, "我们会根据自己的国家利益")
    assert (told.sieve, told.speaker_text, told.addressee_text) == ("cue-after", "范德堡", "路透社")
    official = quote_starting(doc, "没有人希望看到")
    assert official.speaker is None and official.resolved_by == "unresolved"  # 他: the unnamed official
    assert quote_starting(doc, "日本也在考虑").speaker_text == "知情人士"


# --- one form each -----------------------------------------------------------------------------


def test_speaker_after_the_quote_with_an_addressee():
    q = run("“调查还没有结束，我们会公布全部结果。”调查组组长罗文华告诉本台。").quotes[0]
    assert (q.sieve, q.speaker_text, q.addressee_text, q.kind) == ("cue-after", "罗文华", "本台", "direct")


def test_reported_content_after_a_quote_then_cue():
    doc = run("“我们都很震惊。”卡米拉说，家人对这个案子一无所知，“但我们知道她已经被关了五个月。”")
    assert [(q.kind, q.speaker_text) for q in doc.quotes] == [("direct", "卡米拉"), ("mixed", "卡米拉")]


def test_a_heading_with_a_role_and_a_colon_is_a_statement():
    doc = doc_of("# 财政部长：今年不会加税\n\n财政部长周立群周一在国会作证。\n")
    q = doc.quotes[0]
    assert (q.text, q.kind, q.sieve, q.speaker_text) == ("今年不会加税", "direct", "colon", "财政部长")


def test_a_title_whose_colon_follows_no_speaker_is_not_a_statement():
    doc = doc_of("# 普京与金正恩会晤：他们究竟谈了些什么\n\n两国领导人周三在远东会面。\n")
    assert doc.quotes == []


def test_interview_answers_and_credits():
    doc = run("作者：李明", "记者：你为什么选择回国？", "周文涛：我一直想把实验室建在家乡，这里的学生很需要机会。主管当时对我说，你再考虑一下。")
    assert [(q.speaker_text, q.sieve) for q in doc.quotes] == [("周文涛", "colon")]  # the inner 说 is nested


def test_an_uncued_quote_goes_to_the_person_opening_its_sentence():
    doc = run("市民刘建华在路口指挥车辆，他站在齐腰深的水里大喊，“往高处走，别停下！”")
    q = doc.quotes[-1]
    assert q.text == "往高处走，别停下！" and q.speaker_text in ("他", "刘建华") and who(doc, q) == "刘建华"


def test_a_pronoun_prefers_the_last_subject_over_an_object_named_later():
    doc = run("环境部长苏珊娜·莫雷蒂周四表示，新规将在明年生效。", "反对党批评莫雷蒂操之过急，但她强调，时间表不会改变。")
    stressed = quote_starting(doc, "时间表不会改变")
    assert stressed.speaker_text == "她" and who(doc, stressed) == "苏珊娜·莫雷蒂" and stressed.resolved_by == "pronoun"


def test_a_report_speaks_for_the_body_last_quoted_and_a_new_document_for_nobody():
    doc = run("国际透明组织周二称，全球腐败指数连续第三年下降。", "报告指出，东欧国家的下降幅度最大。",
              "一份政府文件显示，相关预算已被削减。")
    named = quote_starting(doc, "东欧国家")
    assert named.resolved_by == "document" and named.speaker == quote_starting(doc, "全球腐败指数").speaker
    assert quote_starting(doc, "相关预算").resolved_by == "unnamed"


def test_traditional_cues_and_corner_marks():
    doc = run("張文彬稱，將在下週提交報告。", "他強調：「我們不會讓步。」", "李佳蓉指，「這個決定太倉促。」")
    assert [q.cue for q in doc.quotes] == ["稱", "強調", "指"]
    assert doc.quotes[1].text == "我們不會讓步。" and doc.quotes[2].speaker_text == "李佳蓉"


def test_latin_script_speakers_stay_whole():
    doc = run("“这项研究改变了我们对古代航海的理解。”Mark Evans说。",
              "考古学家J. Robert Hale表示，沉船的位置说明当时的航线比想象的更靠北。",
              "罗伯特·“鲍勃”·沃克告诉记者：“我们还要再潜十次。”")
    assert [q.speaker_text for q in doc.quotes] == ["Mark Evans", "J. Robert Hale", "罗伯特·“鲍勃”·沃克"]


def test_a_titled_work_in_quotation_marks_is_not_speech():
    doc = run("他在题为“行动是最好的语言”的演讲中回顾了三十年的外交。")
    assert doc.quotes == []


# --- sieves, confidence and what readers see ---------------------------------------------------


def test_sieves_are_ordered_and_every_quote_carries_its_confidence():
    assert [s.name for s in ordered("quote")][:2] == ["cue-after", "cue-before"]
    assert [s.name for s in ordered("mention")][-2:] == ["unresolved", "ranker"]
    assert all(0 < s.confidence <= 1 for s in SIEVES.values())
    with switched_off({"ranker"}):  # the sieves alone: a quote's confidence is the product of its two sieves'
        doc = doc_of(WIRE)
    for q in doc.quotes:
        assert q.sieve in SIEVES and q.resolved_by in SIEVES
        assert q.confidence == confidence(q.sieve, q.resolved_by)
    assert max(q.confidence for q in doc.quotes if q.resolved_by == "unresolved") < 0.5


def test_switching_a_sieve_off_leaves_its_work_undone():
    with switched_off({"continuation"}):
        doc = doc_of(FEATURE)
    assert not any(q.sieve == "continuation" for q in doc.quotes)
    with switched_off({"pronoun"}):
        doc = doc_of(FEATURE)
    he = [q for q in doc.quotes if q.speaker_text == "他"]
    assert he and all(q.speaker is None for q in he)
    with pytest.raises(PipelineError, match="no sieve named nonsense"):
        with switched_off({"nonsense"}):
            pass


def test_readers_see_names_never_a_bare_pronoun():
    assert speaker_shown("郑海生", "他", "pronoun", 0.85) == "郑海生"
    assert speaker_shown("郑海生", "他", "pronoun", 0.3) == "郑海生 (uncertain)"
    assert speaker_shown(None, "他", "unresolved", 0.28) == "unresolved: 他"
    assert speaker_shown(None, "知情人士", "unnamed", 0.72) == "知情人士 (unnamed source)"
    assert speaker_shown("普京", "普京总统", "name", 0.9) == "普京总统"


def test_the_report_marks_uncertain_speakers_and_min_confidence_filters(tmp_path):
    with switched_off({"ranker"}):  # the sieves' confidence in the unresolved 他 is below 0.5
        doc = doc_of(WIRE)
    groups = speaker_groups(doc.to_dict())
    page = render_quotes(groups, width=200)
    assert "speaker uncertain" in page and "unnamed source" in page
    kept = select(groups, None, 0.5)
    assert all(q["confidence"] >= 0.5 for g in kept for q in g["quotes"])
    path = tmp_path / "wire.md"
    path.write_text(WIRE, encoding="utf-8")
    result = CliRunner().invoke(main, ["quotes", str(path), "--min-confidence", "0.8", "--format", "json"])
    data = json.loads(result.stdout)
    quotes = [q for s in data["speakers"] for q in s["quotes"]]
    assert quotes and all(q["confidence"] >= 0.8 for q in quotes)


def test_a_time_phrase_before_the_speaker_is_not_the_speaker():
    q = run("周二早些时候外交部发言人林国强说，双方仍在沟通。").quotes[0]
    assert (q.speaker_text, q.sieve, q.text) == ("林国强", "cue-before", "双方仍在沟通")


def test_a_headline_with_a_cue_is_a_statement():
    doc = doc_of("# 警方指本季詐騙個案按季增一倍\n\n警方今日公布最新數字。\n")
    assert [(q.sieve, q.speaker_text, q.text) for q in doc.quotes] == [("cue-before", "警方", "本季詐騙個案按季增一倍")]


QA = """# 专访返乡创业的程序员：“我不后悔离开大厂”

记者 许立文

三年前，前互联网工程师邓志远辞职回到贵州老家，办起了一家茶叶合作社。

晨风周刊：你为什么离开深圳？

邓志远：我在那里加班了八年，身体先扛不住了。

回到村里以后，我才发现家里的茶园已经荒了一半。老支书跟我说，年轻人都走光了，没人管。

晨风周刊：合作社现在怎么样？

邓志远：去年卖了四十万元，够给二十户人家分红。

当然也有难处，物流就是最大的麻烦。

合作社的茶叶今年首次进入省城的超市。
"""


def test_a_qa_answer_runs_on_through_the_next_paragraphs_until_the_next_question():
    doc = doc_of(QA)
    said = [(q.text[:8], q.speaker_text, q.sieve) for q in doc.quotes]
    assert ("回到村里以后，我", "邓志远", "continuation") in said
    assert ("当然也有难处，物", "邓志远", "continuation") in said
    assert not any(t.startswith("年轻人") or "省城" in t for t, _, _ in said)  # nested speech; the article's narration
    assert not any(t.startswith("合作社现在") for t, _, _ in said)  # the outlet's question


def test_a_quoted_colon_statement_in_a_news_story_does_not_run_on():
    doc = run("议员郭佩仪：“这项法案必须在年底前通过。”", "法案目前仍在委员会审议，下周将再次表决。",
              "主持人：明天的会还开吗？")
    assert [q.text for q in doc.quotes] == ["这项法案必须在年底前通过。"]


def test_a_sub_head_question_followed_by_narration_opens_no_interview():
    doc = run("罗建国：谁来为停摆的工地负责？", "罗建国是这家建筑公司的创始人，工地已经停工两个月。",
              "唐雅琴：工人的工资必须先发", "唐雅琴是当地劳工组织的负责人，她上周去了工地三次。")
    assert not any(q.text.startswith("唐雅琴是") for q in doc.quotes)


def test_a_speaker_after_the_quote_led_by_a_relative_clause_is_its_head():
    doc = run("“这座桥撑不过下一个雨季，”在河对岸住了四十年的退休工程师高振邦说。“我们写了三封信，没有人回。”")
    first, second = doc.quotes
    assert (first.text, first.sieve, first.speaker_text) == ("这座桥撑不过下一个雨季", "cue-after", "退休工程师高振邦")
    assert second.sieve == "continuation" and who(doc, second) == who(doc, first) == "高振邦"


def test_a_report_speaks_for_the_outlet_cited_not_for_the_body_it_quotes():
    doc = run("《纽约时报》在一篇调查报道中指出，多家航运公司向港口管理局隐瞒了货物的真实重量。",
              "港口管理局周三表示，已经开始核查过去两年的申报记录。",
              "报道说，至少有三艘货轮因超载在公海上发生倾斜。")
    said = quote_starting(doc, "至少有三艘")
    assert said.resolved_by == "document" and who(doc, said) == "纽约时报"


def test_a_source_cited_after_a_quotation_opens_its_own_statement():
    doc = run("报导称，律师陈振宇说，“他的精神状况还算可以。”另据英国《卫报》报导，直到会见前几天，他仍在接受讯问。")
    cited = quote_starting(doc, "直到会见前几天")
    assert cited.kind == "indirect" and who(doc, cited) == "卫报"


def test_a_cue_in_a_reason_clause_is_no_statement_and_a_long_lead_ends_in_the_speaker():
    doc = run("因为揭露药厂数据造假而被解雇的前质检员方国梁（Leo Fang）表示，他会继续上诉。",
              "《东方时报》报道，方国梁因披露内部文件而被公司起诉。")
    said = quote_starting(doc, "他会继续上诉")
    assert said.speaker_text == "方国梁"
    reported = quote_starting(doc, "方国梁因披露")
    assert reported.speaker_text == "《东方时报》"  # not 方国梁, whose 披露 gives a reason


def test_someone_of_a_named_body_or_person_is_an_unnamed_source():
    doc = run("国际货币基金组织（IMF）第一副总裁称，新兴市场需要更灵活的汇率。",
              "作家梁志豪被拘押已有一年。梁志豪的友人周二透露，律师本周首次获准会见他。",
              "演员韩冬被判刑后，他朋友称，韩冬是被人设计陷害的。")
    for words, wording in (("新兴市场", "第一副总裁"), ("律师本周", "梁志豪的友人"), ("韩冬是被人", "他朋友")):
        q = quote_starting(doc, words)
        assert q.speaker is None and q.resolved_by == "unnamed" and q.speaker_text.endswith(wording), q


def test_reported_words_then_a_colon_and_a_whole_quotation_are_two_statements():
    doc = run("隊長馬志恆表示3支對手均不易應付，港隊會盡力爭勝：「去年我們上了寶貴一課，每一個細節都很重要。」")
    reported, quoted = doc.quotes
    assert (reported.kind, reported.text) == ("indirect", "3支對手均不易應付，港隊會盡力爭勝")
    assert (quoted.kind, quoted.text[:6], quoted.speaker_text) == ("direct", "去年我們上了", "馬志恆")


def test_a_traditional_title_before_a_heading_colon_speaks():
    doc = doc_of("# 新任財長：預算案不會加稅\n\n財政部長林國棟周一宣誓就職。\n")
    q = doc.quotes[0]
    assert (q.text, q.sieve, q.speaker_text) == ("預算案不會加稅", "colon", "新任財長")


def test_a_quotation_after_a_quoted_paragraph_goes_to_the_person_its_paragraph_opens_with():
    doc = run("物流公司调度员邱美华说：“每天凌晨三点，仓库就已经排满了车。”",
              "司机韦志坚是去年入职的。公司安排他跑最远的线路，“一趟下来十四个小时，回家倒头就睡。”")
    q = quote_starting(doc, "一趟下来")
    assert q.sieve == "salience" and who(doc, q) == "韦志坚"


def test_a_cue_without_subject_skips_the_clauses_of_the_same_speech_back_to_the_speaker():
    doc = run("瑞典议长安德斯·林德（Anders Lind）率团访问台湾，他周二在大学发表演讲时，"
              "讽刺世界卫生组织（WHO）对北京的绥靖政策，批评各国的防疫合作流于形式。")
    q = quote_starting(doc, "各国的防疫合作")
    assert q.sieve == "sentence-subject" and q.speaker_text == "他" and who(doc, q) == "安德斯·林德"


def test_a_persons_records_are_an_unnamed_source():
    doc = run("死者许文辉生前是一名化学研究生。",
              "据许文辉生前与同学的聊天记录显示，实验室里存放了三十桶镁粉。")
    q = quote_starting(doc, "实验室里存放")
    assert q.speaker is None and q.resolved_by == "unnamed" and q.speaker_text.endswith("聊天记录")


def test_a_heading_descriptor_is_the_first_speaker_named_below_it():
    doc = doc_of("# 美媒：航空公司隐瞒发动机故障\n\n"
                 "《纽约时报》周二报道，一家大型航空公司多次推迟检修出现故障的发动机。\n\n"
                 "一名码头工人：我们不是机器\n\n"
                 "码头工人韩立军对记者说，他已经连续三个月没有休息过一天。\n")
    title, body, sub, worker = doc.quotes
    assert (title.speaker_text, title.resolved_by, who(doc, title)) == ("美媒", "section", who(doc, body))
    assert who(doc, body) == "纽约时报"
    assert sub.resolved_by == "section" and who(doc, sub) == who(doc, worker) == "韩立军"
    with switched_off({"section"}):
        assert analyze(read_markdown("# 美媒：航空公司隐瞒发动机故障\n\n《纽约时报》周二报道，一家大型航空公司多次推迟检修。\n")).quotes[0].speaker is None


def test_a_quoted_person_speaks_again_by_surname_alone():
    doc = run("支联会副主席蔡耀昌表示，对解散感到伤心。", "蔡指根据法例，常委会已停止工作，未来不会再有任何活动。")
    q = quote_starting(doc, "根据法例")
    assert (q.speaker_text, q.resolved_by, who(doc, q)) == ("蔡", "alias", "蔡耀昌")


def test_a_persons_report_of_someone_elses_words_is_one_statement_of_the_person():
    doc = run("新西兰外长玛丽安·科尔（Marianne Kerr）周一说，越南政府上周向新西兰表示，两名渔民已在岘港被拘留。")
    q = only_quote(doc)
    assert q.text.startswith("越南政府上周") and who(doc, q) == "玛丽安·科尔"


def only_quote(doc: Doc) -> Quote:
    assert len(doc.quotes) == 1, [x.text for x in doc.quotes]
    return doc.quotes[0]


def test_a_cue_without_subject_after_an_outlets_report_goes_to_the_clause_subject():
    doc = run("日本首相岸田文雄周二访问华盛顿。共同社报道，岸田文雄与拜登会谈期间，强调两国在台海问题上立场一致。")
    q = quote_starting(doc, "两国在台海")
    assert who(doc, q) == "岸田文雄"


def test_a_role_naming_someone_introduced_unnamed_stays_unnamed():
    doc = run("货车司机陈立华说，那晚的雨大得看不清路。", "他在路边等了很久，才碰上一个出租车司机。这位司机表示：“这么大的雨，没人愿意出车。”")
    q = quote_starting(doc, "这么大的雨")
    assert (q.speaker, q.speaker_text, q.resolved_by) == (None, "这位司机", "unnamed")  # not the driver quoted before


def test_a_cue_word_used_as_a_noun_after_a_phrase_naming_nobody_is_no_statement():
    doc = run("市政府周二公布了新的垃圾分类规定。不管批评或赞同，新规定都将在明年一月实施。",
              "在很长一段时间里，这种认为经济增长自然会带来环境改善的看法在官员中很常见。",
              "环保学者周明远认为，新规定来得太晚。")
    q = only_quote(doc)  # not 不管 (批评) nor 这种 (认为), with no punctuation after the word
    assert (q.text, who(doc, q)) == ("新规定来得太晚", "周明远")


def test_a_headline_colon_after_a_descriptor_and_a_name_or_a_space_is_the_persons_statement():
    doc = doc_of("# “骑手社保第一案”周立新：官司赢了，我还在等赔偿\n\n"
                 "外卖骑手周立新去年起诉一家配送公司，要求补缴社保。\n")
    head = quote_starting(doc, "官司赢了")
    assert (head.sieve, head.kind, who(doc, head)) == ("colon", "direct", "周立新")
    doc = doc_of("# 亚运专访 跳水选手梁嘉欣 ：不想在三十岁时后悔\n\n梁嘉欣说，她明年会继续参加比赛。\n")
    head = quote_starting(doc, "不想在三十岁")
    assert (head.sieve, who(doc, head)) == ("colon", "梁嘉欣")


def test_the_act_between_a_source_and_its_cue_is_not_part_of_the_source():
    doc = run("韩国总统尹锡悦周五结束访日行程。韩国媒体分析指，这次访问缓和了两国在劳工赔偿问题上的紧张关系。")
    q = quote_starting(doc, "这次访问")
    assert (q.speaker, q.speaker_text, q.resolved_by) == (None, "韩国媒体", "unnamed")  # not 韩国 by way of 韩国媒体分析


def test_an_unnamed_sources_report_of_a_bodys_words_is_one_statement_of_the_source():
    doc = run("《经济日报》援引分析人士观点称，央行在声明中暗示降息只是暂时的，未来仍可能收紧。")
    q = only_quote(doc)  # the analysts' reading, not a statement of 央行
    assert (q.text, q.speaker, q.speaker_text) == ("央行在声明中暗示降息只是暂时的，未来仍可能收紧", None, "分析人士")


def test_a_bare_report_or_its_text_speaks_for_the_outlet_last_named():
    doc = run("《卫报》报导指，消息人士上月曾向该报透露，被拘的作家刘文海已被单独关押半年。",
              "报导还称，刘文海的家人至今没有收到任何通知。",
              "《海峡时报》周二发布了一篇题为“港口罢工结束”的新闻，内文指“工会与资方已在周一晚达成协议”。")
    told = quote_starting(doc, "被拘的作家")
    assert (told.speaker, told.speaker_text) == (None, "消息人士")  # 上月 is no part of the source
    later = quote_starting(doc, "刘文海的家人")
    assert (later.resolved_by, who(doc, later)) == ("document", "卫报")  # no quote of 卫报 to follow: its name
    inner = quote_starting(doc, "工会与资方")
    assert (inner.speaker_text, who(doc, inner)) == ("内文", "海峡时报")


def test_a_short_quotation_closing_its_sentence_after_a_comma_is_speech_not_a_term():
    doc = run("货车司机韦志坚在高速公路上被大雪困了两天两夜。",
              "他把仅剩的面包分给了邻车的孩子，“饿一顿没事”。第二天凌晨，路政人员送来了热水，“总算喝上了”。",
              "这场被称为“世纪寒潮”的降雪让三条高速公路封闭。")
    assert [q.text for q in doc.quotes] == ["饿一顿没事", "总算喝上了"]  # not 世纪寒潮
    assert {who(doc, q) for q in doc.quotes} == {"韦志坚"}


def test_words_printed_or_a_work_named_after_a_naming_word_are_no_statement():
    doc = run("退休教师林淑芬上月在网上购买了一台按摩椅。",
              "她在一个标榜售卖日本家电的专页「东京直送家电馆」看到这款按摩椅，价钱比商场便宜一半。",
              "示威者身穿的白色T恤上印着“我们只想回家。”",
              "她说，卖家收款后就再也联络不上。")
    q = only_quote(doc)  # not the T-shirt's words (印着), not the page's name (专页)
    assert (q.text, who(doc, q)) == ("卖家收款后就再也联络不上", "林淑芬")


def test_an_outlets_turns_in_a_qa_are_questions_even_without_a_question_mark():
    doc = run("前快递站站长周立伟因举报公司违规被辞退，本月获得劳动仲裁支持。",
              "澎湃新闻：你什么时候决定举报的？",
              "周立伟：去年夏天，站里连续三个月克扣工资。",
              "澎湃新闻：说说仲裁那天的情况吧。",
              "周立伟：那天我很紧张，但证据都在我手里。")
    assert [q.text for q in doc.quotes] == ["去年夏天，站里连续三个月克扣工资", "那天我很紧张，但证据都在我手里"]
    assert {who(doc, q) for q in doc.quotes} == {"周立伟"}  # never 澎湃新闻, nor its 说说 as a cue


def test_a_passive_cue_is_said_of_its_subject_not_by_it():
    doc = run("专栏作者莫里斯·杜邦日前被质疑根本不存在，多家法国媒体开始追查文章的来历。",
              "出版社周五表示，作者确有其人。")
    q = only_quote(doc)  # 被质疑: others doubt 杜邦; he says nothing
    assert q.text == "作者确有其人"


def test_an_interview_with_unlabelled_questions_and_surname_labels_gives_each_answer_its_speaker():
    doc = run("研究员潘志坚和工程师温嘉欣接受本报访问，解答读者关心的问题：",
              "电动车的电池能用多少年？",
              "潘：一般可以用八到十年，之后容量会降到原来的七成左右。",
              "这还要看充电习惯，天天快充的电池老得更快。",
              "旧电池最后去了哪里？",
              "温：大部分会拆解回收，锂和钴都能提炼出来再用。")
    said = [(q.text[:6], who(doc, q)) for q in doc.quotes]
    assert ("一般可以用八", "潘志坚") in said
    assert ("这还要看充电", "潘志坚") in said  # the answer runs on
    assert ("大部分会拆解", "温嘉欣") in said
    assert not any(t.startswith(("电动车的", "旧电池最")) for t, _ in said)  # the questions


def test_a_magazine_named_in_title_marks_asking_is_the_interviewer_not_a_source():
    doc = run("地质学家罗振华今年春天去了冰川考察。",
              "《山野》：这次考察最大的发现是什么？",
              "罗振华：冰川的末端比十年前后退了三百多米。")
    said = [(q.text[:6], who(doc, q)) for q in doc.quotes]
    assert said == [("冰川的末端比", "罗振华")]


def test_a_monologue_after_its_lead_in_is_the_teller_speaking_paragraph_by_paragraph():
    doc = run("在新加坡做了九年厨师的黄振宇，今年决定回福建老家开店。",
              "以下是黄振宇对本报记者的讲述：",
              "我第一次出国是二十三岁，在一家海鲜酒楼洗碗，一天站十四个小时。",
              "后来老板看我肯学，让我跟着大厨配菜。那几年攒下的钱，都寄回了家里。",
              "现在回来，是因为父母年纪大了，我想离他们近一点。")
    said = [(q.text[:6], who(doc, q), q.kind) for q in doc.quotes]
    assert said == [("我第一次出国", "黄振宇", "direct"), ("后来老板看我", "黄振宇", "direct"),
                    ("现在回来，是", "黄振宇", "direct")]


def test_a_lead_in_without_a_telling_word_opens_no_monologue():
    doc = run("以下是本次调价涉及的主要线路：", "市区往机场的快线票价由二十元调整为二十五元。")
    assert doc.quotes == []
