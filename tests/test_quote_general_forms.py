"""Speaker attribution, one general form of Chinese news writing per test: several speakers named at
once, a person's relative or lawyer, a manner word between speaker and cue, 该+noun for a body,
a title with 驻 before a name, a quoted sub-head, a quotation before the sentence naming its
speaker, and a subject after a relative clause.

Names are given by hand as the names layer would (`tests/test_quotes_speakers.py`); then the real
`quotes` component runs over invented articles.
"""

from __future__ import annotations

from tests.test_quotes_speakers import name, prepare, quotes


def test_several_speakers_named_at_once_go_to_the_first_named():
    doc = prepare("韩国外长朴振宇和澳大利亚外长克莱尔·沃森在会后发表联合声明，主张航行自由应当得到尊重。")
    name(doc, "E1", "PER", "朴振宇")
    name(doc, "E2", "PER", "克莱尔·沃森")
    [found] = quotes(doc)
    assert (found.speaker, found.speaker_text) == ("E1", "朴振宇")


def test_bodies_joined_after_a_gloss_go_to_the_first_named():
    doc = prepare("综合东方电视台（ETV）、北岸日报等报道，暴雨已造成三座桥梁封闭。")
    name(doc, "O1", "ORG", "东方电视台", original="ETV")
    name(doc, "O2", "ORG", "北岸日报")
    [found] = quotes(doc)
    assert found.speaker == "O1"


def test_a_role_after_de_is_not_the_person_before_it():
    doc = prepare("法院定于下月开庭。而周文斌的代理律师表示，尚不清楚他的健康状况。")
    name(doc, "E1", "PER", "周文斌")
    [found] = quotes(doc)
    assert (found.speaker, found.speaker_text, found.resolved_by) == (None, "周文斌的代理律师", "unnamed")


def test_a_role_after_a_relative_clause_naming_someone_stays_with_its_holder():
    doc = prepare("郑国华宣布的三名新部长：财政部长由林志强担任。")
    name(doc, "E1", "PER", "郑国华")
    name(doc, "E2", "PER", "林志强")
    assert quotes(doc) == []  # a list of appointments, no one's words (and no unnamed holder)
    doc = prepare("郑国华的新任财政部长林志强表示，预算将在月底公布。")
    name(doc, "E1", "PER", "郑国华")
    name(doc, "E2", "PER", "林志强")
    [found] = quotes(doc)
    assert (found.speaker, found.resolved_by) == ("E2", "name")  # the holder is named after the role


def test_a_manner_word_before_the_cue_is_not_part_of_a_relatives_phrase():
    doc = prepare("小雨（化名）上周在学校受伤。小雨母亲哭诉称，孩子至今不敢独自出门。")
    name(doc, "E1", "PER", "小雨")
    [found] = quotes(doc)
    assert (found.speaker, found.speaker_text, found.resolved_by) == (None, "小雨母亲", "unnamed")


def test_a_wry_smile_before_the_cue_leaves_the_name_whole():
    doc = prepare("联赛已停摆三个月。教练邓启光苦笑指，球队连训练场都租不到。")
    name(doc, "E1", "PER", "邓启光")
    [found] = quotes(doc)
    assert (found.speaker, found.speaker_text) == ("E1", "邓启光")


def test_a_demonstrative_and_a_kind_of_body_refer_to_the_body_so_named():
    doc = prepare("北欧某国驻华使馆周三发表声明，批评有关报道失实。随后外交部宣布召见该国大使，该使馆则回应，大使将按时赴约。")
    name(doc, "O1", "ORG", "北欧某国驻华使馆")
    name(doc, "O2", "ORG", "外交部")
    found = quotes(doc)
    assert [(q.speaker_text, q.speaker) for q in found if q.speaker_text == "该使馆"] == [("该使馆", "O1")]


def test_a_title_with_zhu_before_a_name_puts_the_name_in_subject_position():
    doc = prepare("学者唐思远表示，两国关系正在降温。",
                  "日本驻美大使佐藤健早在三年前任驻英大使期间，他就曾公开表示，贸易争端应当通过谈判解决。")
    name(doc, "E1", "PER", "唐思远")
    name(doc, "E2", "PER", "佐藤健")
    name(doc, "L1", "LOC", "日本")
    found = quotes(doc)
    assert [(q.speaker_text, q.speaker) for q in found] == [("唐思远", "E1"), ("他", "E2")]


def test_a_quoted_sub_head_speaks_for_the_section_below_not_the_one_above():
    doc = prepare("邻居许桂兰说，她常去帮忙照看孩子，“能帮一点是一点。”",
                  "“日子总会好起来”",
                  "72岁的外婆梁秀英说，女儿生病后，家里的积蓄都用完了。")
    name(doc, "E1", "PER", "许桂兰")
    name(doc, "E2", "PER", "梁秀英")
    head = next(q for q in quotes(doc) if q.text.startswith("日子"))
    assert (head.speaker, head.speaker_text, head.resolved_by) == ("E2", "外婆梁秀英", "section")


def test_a_quotation_closing_its_sentence_goes_to_the_person_opening_the_next():
    doc = prepare("新开的烧烤店越来越多，老店的客流却在下降。",
                  "“我们这个月的营业额掉了一半。”孙德海在城东经营一家烧烤店，他说，房租还在涨。")
    name(doc, "E1", "PER", "孙德海")
    found = quotes(doc)
    assert [q.speaker for q in found] == ["E1", "E1"]


def test_a_person_turning_to_their_own_view_after_a_closed_quotation_is_not_its_speaker():
    doc = prepare("店主孙德海说：“生意还行。”",
                  "“今年比去年难做多了。”邻居梁明则在隔壁开了一家新店。")
    name(doc, "E1", "PER", "孙德海")
    name(doc, "E2", "PER", "梁明")
    uncued = next(q for q in quotes(doc) if q.text.startswith("今年"))
    assert uncued.speaker == "E1"


def test_a_subjectless_cue_takes_a_person_opening_its_clause_after_a_relative_clause():
    doc = prepare("警方上月破获一宗伪造视频案；受害人之一的市议员范玉华与市议员黄丽君今日召开记者会，批评现行法规无法保护受害者。")
    name(doc, "E1", "PER", "范玉华")
    name(doc, "E2", "PER", "黄丽君")
    name(doc, "O1", "ORG", "警方")
    [found] = quotes(doc)
    assert found.speaker == "E1"


def test_a_user_named_in_quotation_marks_speaks_not_the_kind_of_user():
    doc = prepare("事件在网上引起争论。名为「Sam Porter」的网民在影片下留言：「为什么没有人负责？」")
    name(doc, "E1", "PER", "Sam Porter")
    [found] = quotes(doc)
    assert (found.speaker, found.speaker_text) == ("E1", "Sam Porter")


def test_a_user_named_so_without_an_entity_keeps_the_name_given():
    doc = prepare("争议发酵后，名为“江边晚风”的微博账号写道，“这样的处理让人失望。”")
    [found] = quotes(doc)
    assert (found.speaker, found.speaker_text, found.resolved_by) == (None, "江边晚风", "unresolved")


def test_discourse_markers_built_on_shuo_introduce_no_statement():
    doc = prepare("新规要求图书馆登记每一本下架的书。也就是说，任何处置都必须留下记录。",
                  "如果说，这项规定能够落实，争议自然会减少。")
    assert quotes(doc) == []


def test_a_four_character_predicate_after_biaoshi_is_a_statement():
    doc = prepare("新片昨晚在影展开幕式上首映，导演林嘉文表示非常开心。")
    name(doc, "E1", "PER", "林嘉文")
    [found] = quotes(doc)
    assert (found.text, found.speaker) == ("非常开心", "E1")


def test_a_quotation_after_a_copula_is_part_of_the_writers_clause():
    doc = prepare("创业之初，公司创始人许志刚常对员工讲起自己的经历。这家公司的使命是“让每个小店都能开下去”，员工们都能背下来。")
    name(doc, "E1", "PER", "许志刚")
    assert quotes(doc) == []


def test_a_whole_sentence_in_quotation_marks_after_a_copula_is_still_said():
    doc = prepare("创始人许志刚回忆起创业之初。他最常说的一句话是“只要还有一个客户，就不能停。”")
    name(doc, "E1", "PER", "许志刚")
    assert [q.speaker for q in quotes(doc)] == ["E1"]


def test_a_relative_time_word_after_the_speaker_ends_the_speaker_phrase():
    doc = prepare("今年三月，平台暂停了新用户注册。网络监管机构当月谴责平台管理不力，要求其提交整改报告。")
    name(doc, "O1", "ORG", "网络监管机构")
    [found] = quotes(doc)
    assert (found.speaker, found.speaker_text) == ("O1", "网络监管机构")


def test_the_person_in_charge_of_a_named_body_is_an_unnamed_source():
    doc = prepare("“停业是为了配合卫生检查。”位于市中心的青禾餐厅相关人员对本报说。")
    name(doc, "O1", "ORG", "青禾餐厅")
    [found] = quotes(doc)
    assert (found.speaker, found.resolved_by) == (None, "unnamed")
    assert found.speaker_text.endswith("青禾餐厅相关人员")


def test_an_uncued_quotation_with_nobody_in_its_paragraph_is_a_guess_and_says_so():
    doc = prepare("建筑评论家罗德明说：“他的设计改变了这座城市。”",
                  "新馆的外墙用了本地的红砖。",
                  "新馆明年开放。“城市需要这样的公共空间。”",
                  "馆长周佩玲站在门口，“我们等这一天等了十年。”")
    name(doc, "E1", "PER", "罗德明")
    name(doc, "E2", "PER", "周佩玲")
    guess, opened = quotes(doc)[1:]
    assert (guess.speaker, guess.sieve, opened.speaker, opened.sieve) == ("E1", "main-voice", "E2", "salience")
    assert guess.confidence < opened.confidence
