"""Cue words inside idioms, discourse phrases and fixed verb-object phrases are no statement, and
adverbs of frequency or time between a speaker and the cue are not part of the speaker: forms any
outlet writes, found on unannotated real pages (essays, features, market briefs, speeches).

Articles invented for these tests; the quotes step runs over them.
"""

from __future__ import annotations

from tests.test_quote_sieves import run
from tests.test_quotes_speakers import prepare, quotes


def said(*paragraphs: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker_text) for q in quotes(prepare(*paragraphs))]


def test_discourse_phrases_built_on_say_are_the_writers_own_voice():
    assert said("老街的改造，或者说老街的消失，已经持续了整整十年。") == []
    assert said("严格说来，这条规定从颁布之日起就没有真正执行过。") == []
    assert said("对于火灾的起因，外界众说纷纭，至今没有定论。") == []
    assert said("他投出去的那份简历，说不定明天就有回音。") == []
    assert said("所以说，这场比赛的胜负早在开赛前就决定了。") == []
    assert said("这当然不是说，所有的承包商都偷工减料。") == []
    assert said("恕我直言，这份计划书根本没有考虑成本。") == []
    assert said("人们不难发现，新区的写字楼大多空置。") == []
    assert said("夸张点说，这家小店撑起了半条街的生意。") == []


def test_a_discourse_phrase_leaves_a_real_statement_beside_it_standing():
    found = said("老街的改造，或者说老街的消失，已经持续了整整十年。",
                 "区文化局局长邵敏华说，明年起老街将列入保护名录。")
    assert found == [("明年起老街将列入保护名录", "邵敏华")]


def test_a_figure_compared_with_expectations_is_no_one_forecasting():
    assert said("日本四月工业产值按月跌1.2%，跌幅大于预期，三月数字经修订后上调。") == []
    assert said("该行第三季度盈利好过预期，股价早段急升。") == []
    found = said("分析师预期，央行本月会维持利率不变。")
    assert found == [("央行本月会维持利率不变", "分析师")]


def test_known_as_and_calling_by_a_name_are_no_speech():
    assert said("这座石桥素有“江南第一桥”之称，每年吸引数十万游客。") == []
    assert said("村民们平时称呼他为老队长，很少叫他的本名。") == []


def test_a_memoir_and_persuading_someone_are_no_statement():
    assert said("退休法官孟庆华的回忆录记述了他在基层法院的三十年。") == []
    assert said("李红劝说丈夫卖掉了那辆旧货车，换了一台电动三轮。") == []


def test_a_request_or_advice_taken_as_the_object_of_a_verb_is_a_noun():
    assert said("图书馆连续两周向读者收集建议，是为了调整周末的开放时间。") == []
    assert said("新车型满足要求，已获准在本月上市。") == []


def test_a_question_whether_someone_denies_is_no_denial():
    assert said("他们能否认同学校的安排，引起家长的普遍关注。") == []


def test_expressing_warm_congratulations_is_a_gesture_not_a_statement():
    assert said("校友会对母校百年校庆表示热烈祝贺，对全体师生表示诚挚问候。") == []


def test_adverbs_of_frequency_and_time_are_not_part_of_the_speaker():
    assert said("周建平一直认为，乡村学校缺的不是设备而是老师。") == [
        ("乡村学校缺的不是设备而是老师", "周建平")]
    assert said("市卫健委一名工作人员昨向记者证实，该诊所已被责令停业。") == [
        ("该诊所已被责令停业", "市卫健委一名工作人员")]
    assert said("其后梁思远表示，合同早在去年就已终止。") == [
        ("合同早在去年就已终止", "梁思远")]


def test_a_speech_act_and_a_smile_between_speaker_and_cue_are_not_the_speaker():
    assert said("代市长林正文讲话中指出，今年要新建三所公立幼儿园。") == [
        ("今年要新建三所公立幼儿园", "林正文")]
    doc = run("一名值班护士微笑着告诉记者，病房今天全部住满了。")
    assert [(q.text, q.speaker_text) for q in doc.quotes] == [("病房今天全部住满了", "一名值班护士")]


def test_a_cue_word_listed_with_nouns_is_a_noun():
    assert said("项目组对照甲方提出的预算、工期、要求，重新排定了施工计划。") == []


def test_two_verbs_of_saying_in_a_row_give_the_speaker_before_the_first():
    assert said("何志明强调承诺在月底前退还全部押金。") == [("在月底前退还全部押金", "何志明")]


def test_a_negated_verb_of_belief_inside_reported_content_is_no_second_statement():
    found = said("公司发言人表示不要相信网上流传的不实报道，工厂生产一切正常。")
    assert [speaker for _, speaker in found] == ["公司发言人"]
    assert said("邻居们都不敢相信这个消息，直到看见警车才明白过来。") == []


def test_a_noun_of_reply_with_is_gives_the_speaker_before_it_not_the_most_salient_person():
    doc = run("市议员刘启明昨日在议会质询交通局长，要求公开延误原因。",
              "对于延误，公司发言人周立平的回应是，“我们从未收到过任何投诉，一切按规定办理。”")
    reply = next(q for q in doc.quotes if q.text.startswith("我们从未"))
    assert (reply.speaker_text, reply.sieve) == ("周立平", "cue-before")
    doc = run("学生会主席梁志诚批评学校挪用捐款。", "对于外界的质疑，校长郑国华的解释是：“这笔钱全部用于修缮宿舍。”")
    answer = next(q for q in doc.quotes if q.text.startswith("这笔钱"))
    assert (answer.speaker_text, answer.kind, answer.sieve) == ("郑国华", "direct", "cue-before")


def test_someone_said_it_well_before_a_colon_is_their_statement():
    doc = run("主持人冯美玲请嘉宾谈城市记忆。", "历史学家韩东说得好：“记忆是一座城市的根。”")
    quote = next(q for q in doc.quotes if q.text.startswith("记忆"))
    assert quote.sieve == "cue-before" and quote.speaker_text.endswith("韩东")


def test_the_likeliest_or_only_explanation_is_the_writers_reasoning_not_a_reply():
    assert said("最合理的解释是：停电让冷库的温度升高了。") == []
    assert said("而物业公司的答复是，电梯维修费用应由业主分摊。") == [("电梯维修费用应由业主分摊", "物业公司")]


def test_a_survey_introduced_by_one_and_a_relative_clause_speaks_as_a_whole():
    doc = run("一项对800名上班族的调查发现，近三成受访者每周加班超过十小时。")
    assert [(q.speaker_text, q.resolved_by) for q in doc.quotes] == [("一项对800名上班族的调查", "unnamed")]


def test_how_the_words_were_said_between_the_cue_and_a_quotation_keeps_the_cue():
    doc = run("股东代表陈大伟在会上连续发问，陈大伟说，公司三年没有分红，“股东的耐心是有限的。”",
              "面对追问，董事长罗文杰回答得很干脆：“明年一定分红。”")
    answer = next(q for q in doc.quotes if q.text.startswith("明年"))
    assert (answer.cue, answer.sieve) == ("回答", "cue-before") and answer.speaker_text.endswith("罗文杰")
    doc = run("分析员黄立明连日点评该行业绩，黄立明认为盈利前景转弱。",
              "该行发言人郭美玲回应巧妙，“这个问题要问董事会。”")
    reply = next(q for q in doc.quotes if q.text.startswith("这个问题"))
    assert (reply.cue, reply.sieve) == ("回应", "cue-before") and reply.speaker_text.endswith("郭美玲")
    doc = run("股东代表陈大伟连续发问，陈大伟说，公司三年没有分红。",
              "对于记者的追问，该公司一位高层人士回答肯定，“会的！新车型明年三月上市。”")
    yes = next(q for q in doc.quotes if q.text.startswith("会的"))
    assert (yes.cue, yes.speaker_text) == ("回答", "该公司一位高层人士")


def test_a_title_awarded_or_a_thing_become_in_quotation_marks_is_a_term():
    doc = run("舞蹈家柳如眉说，她从小就梦想登台。", "去年，她被文化部授予“人民舞蹈家”。")
    assert [q.text for q in doc.quotes] == ["她从小就梦想登台"]
    doc = run("厂长吴国栋说，工厂已经转型。", "这家老厂如今成为“城市文化地标”。")
    assert [q.text for q in doc.quotes] == ["工厂已经转型"]


def test_what_something_makes_one_feel_or_doubt_is_no_ones_statement():
    assert said("这座公园的设计简洁，让人觉得宽敞又安静。") == []
    assert said("这份报告的数据前后矛盾，令人质疑其可信度。") == []


def test_the_reporters_question_named_as_a_noun_is_no_speaker():
    doc = run("对于记者“新厂是否会在年内投产”的提问，该公司副总裁邓立新点头确认，“是的，设备已经全部到位。”")
    assert [q.speaker_text for q in doc.quotes] == ["邓立新"]
