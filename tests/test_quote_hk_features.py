"""Speaker attribution in Hong Kong and Taiwan features written in traditional characters, one
general form per test: 預期 after a comparison (不似預期) is a noun; an interjection verb (插嘴) says
both halves of a quotation; a cue after 這樣 points back and introduces nothing; 他 and 她 pass over
someone named as the other sex (林小姐, 黃先生); a country's media in short (韓媒) is an unnamed source
and 解讀為 a cue; a reaction provoked (激起網民批評) is a noun; an adverb or connective alone before a
cue (更表示, 竟說, 亦有市民認為, 至於) is no speaker; a bare 答： is the feature's most quoted voice;
說了一句「…」 keeps cue and quotation together; 他 after 記者問X is X; shouting and choked voices
(高呼, 大叫, 哽咽道) are cues; 公司 or 集團 alone is the company reported on; an unnamed source after a
relative clause opened by an adverbial (在現場目睹事件的市民) speaks.

Names are given by hand as the names layer would (`tests/test_quotes_speakers.py`); the sentences
are invented.
"""

from __future__ import annotations

from tests.test_quotes_speakers import name, prepare, quotes


def test_expected_after_a_comparison_is_a_noun_not_a_cue():
    doc = prepare("雖然成績不似預期，但何俊文今季兩個目標都已經達到，「一個係入決賽，一個係破個人紀錄。」")
    name(doc, "E1", "PER", "何俊文")
    found = quotes(doc)
    assert [q.cue for q in found if q.cue] == []
    assert all(q.speaker == "E1" for q in found)
    doc = prepare("公司去年盈利遜預期，股價連跌三日。")
    assert quotes(doc) == []


def test_an_interjection_verb_between_two_halves_of_a_quotation_says_both():
    doc = prepare("「媽媽成日話自己唔攰，」阿晴在旁邊插嘴，「但我知佢每晚都膊頭痛。」")
    name(doc, "E1", "PER", "阿晴")
    found = quotes(doc)
    assert [(q.speaker, q.cue) for q in found] == [("E1", "插嘴"), ("E1", "插嘴")]
    assert doc.text[found[0].span.start : found[0].span.end] == "媽媽成日話自己唔攰"


def test_he_does_not_refer_back_to_a_woman_named_by_surname_and_title():
    doc = prepare("林小姐稱，她一家四口住在一個百多呎的單位。一名姓黃的男子在同一幢大廈居住，他向記者表示，大廈的消防設施殘舊。")
    name(doc, "E1", "PER", "林小姐")
    first, second = quotes(doc)
    assert first.speaker == "E1"
    assert second.speaker is None  # the man is no one named


def test_she_does_not_refer_back_to_a_man_named_by_surname_and_title():
    doc = prepare("區議員何美玲到場了解情況。黃先生指，單位漏水已有半年。她表示，會要求房署盡快跟進。")
    name(doc, "E1", "PER", "何美玲")
    name(doc, "E2", "PER", "黃先生")
    first, second = quotes(doc)
    assert (first.speaker, second.speaker) == ("E2", "E1")


def test_a_cue_pointing_back_with_this_way_introduces_nothing():
    doc = prepare("「我識計數，唔識沖奶茶。」梁子軒說。梁國棟聽到兒子這樣說，笑着搖頭。")
    name(doc, "E1", "PER", "梁子軒")
    name(doc, "E2", "PER", "梁國棟")
    [found] = quotes(doc)
    assert found.speaker == "E1"
    doc = prepare("被問到前景，梁國棟這樣說：「做得一日得一日。」")
    name(doc, "E2", "PER", "梁國棟")
    [found] = quotes(doc)
    assert (found.speaker, found.kind) == ("E2", "direct")  # a colon after it: the words follow


def test_a_countrys_media_in_short_is_an_unnamed_source_and_reading_as_is_a_cue():
    doc = prepare("莫志強強調香港不是旁觀者，韓媒解讀為是向北京表態。")
    name(doc, "E1", "PER", "莫志強")
    first, second = quotes(doc)
    assert first.speaker == "E1" and doc.text[first.span.start : first.span.end] == "香港不是旁觀者"
    assert (second.speaker, second.speaker_text, second.cue) == (None, "韓媒", "解讀為")


def test_a_reaction_provoked_is_a_noun_and_the_next_clause_names_who_said_it():
    doc = prepare("不過，Alan Lee的留言激起另一批網民批評，不少人形容這番言論是「涼薄」，又稱他只顧政治立場。")
    name(doc, "E1", "PER", "Alan Lee")
    found = quotes(doc)
    assert [q.cue for q in found] == ["形容", "稱"]
    assert all(q.speaker is None and q.speaker_text == "不少人" for q in found)
    doc = prepare("陳家明對引起爭議的言論表示，他無意冒犯任何人。")
    name(doc, "E2", "PER", "陳家明")
    [found] = quotes(doc)
    assert found.speaker == "E2"  # 引起 inside a relative clause before the speaker's cue


def test_an_adverb_alone_before_the_cue_leaves_the_subject_of_the_sentence_speaking():
    for adverb in ("更", "竟", "卻", "遂", "再次", "終於"):
        doc = prepare(f"梁志輝見到警員登門，{adverb}表示，自己早知有這麼一天。")
        name(doc, "E1", "PER", "梁志輝")
        [found] = quotes(doc)
        assert (found.speaker, found.cue) == ("E1", "表示"), adverb
    doc = prepare("梁志輝接受訪問時，更坦言：「我早知有呢一日。」")
    name(doc, "E1", "PER", "梁志輝")
    [found] = quotes(doc)
    assert (found.speaker, found.cue) == ("E1", "坦言")


def test_a_bare_answer_is_the_most_quoted_voice_not_the_neighbour_quoted_last():
    doc = prepare("「那時候大家都說我瘋了。」蔡明哲笑說。",
                  "他指出，過去茶農多半把茶菁賣給盤商，「我們想讓客人直接認識種茶的人。」",
                  "鄰居林姓婦人說，蔡家父子感情很好，常一起在茶園工作到天黑。",
                  "問：未來有什麼計畫？",
                  "答：希望五年內開一間茶屋，讓遊客體驗採茶。")
    name(doc, "E1", "PER", "蔡明哲")
    name(doc, "E2", "PER", "林姓婦人")
    answer = quotes(doc)[-1]
    assert doc.text[answer.span.start : answer.span.end].startswith("希望五年內")
    assert (answer.speaker, answer.sieve) == ("E1", "main-voice")


def test_a_measure_of_words_between_the_cue_and_the_quotation_keeps_them_together():
    doc = prepare("父親黃文彬沒有責備他，只說了一句「茶樹會再長」。")
    name(doc, "E1", "PER", "黃文彬")
    [found] = quotes(doc)
    assert (found.speaker, found.cue, found.kind) == ("E1", "說", "direct")
    doc = prepare("黃文彬臨走前說了幾句：「茶樹會再長。做人都一樣。」")
    name(doc, "E1", "PER", "黃文彬")
    [found] = quotes(doc)
    assert (found.speaker, found.sieve) == ("E1", "cue-before")


def test_yi_opening_a_clause_before_an_unnamed_source_is_a_connective():
    doc = prepare("有街坊表示，重建是好事，「啲樓咁殘，早就應該拆。」亦有市民認為，政府應該先諮詢居民意見。")
    first, second = quotes(doc)
    assert (first.speaker_text, second.speaker_text) == ("有街坊", "有市民")
    assert second.speaker is None and second.cue == "認為"


def test_he_after_the_press_asks_someone_is_the_one_asked():
    doc = prepare("「唔係所有嘢都要拆晒。」關注組的梁家俊說。",
                  "記者問何伯會否考慮搬去女兒家，他搖頭：「我唔想麻煩佢。」")
    name(doc, "E1", "PER", "梁家俊")
    name(doc, "E2", "PER", "何伯")
    first, second = quotes(doc)
    assert (first.speaker, second.speaker) == ("E1", "E2")


def test_shouting_and_choked_voices_are_cues():
    doc = prepare("現場有人高呼，政府應該先諮詢居民意見。")
    [found] = quotes(doc)
    assert (found.speaker, found.cue) == (None, "高呼")
    doc = prepare("何伯大叫：「唔好拆！」何太哽咽道：「我真係好唔捨得。」")
    name(doc, "E1", "PER", "何伯")
    name(doc, "E2", "PER", "何太")
    first, second = quotes(doc)
    assert [(q.speaker, q.cue) for q in (first, second)] == [("E1", "大叫"), ("E2", "哽咽道")]


def test_as_for_opening_a_clause_is_a_connective():
    doc = prepare("伍志明認為旅遊股前景明朗。至於近日國家旅遊局預測，今年內地出遊人次將會按年增長8成。")
    name(doc, "E1", "PER", "伍志明")
    name(doc, "O1", "ORG", "國家旅遊局")
    first, second = quotes(doc)
    assert (first.speaker, second.speaker, second.speaker_text) == ("E1", "O1", "國家旅遊局")


def test_the_company_alone_as_a_speaker_is_the_company_reported_on():
    doc = prepare("星河科技公布全年業績，虧損收窄。公司指出，第四季平均日活躍用戶創歷史新高。")
    name(doc, "O1", "ORG", "星河科技")
    [found] = quotes(doc)
    assert (found.speaker, found.speaker_text) == ("O1", "公司")


def test_an_unnamed_source_after_a_relative_clause_opened_by_an_adverbial_speaks():
    for phrase in ("在現場目睹事件的市民", "在現場目睹事件的一名司機"):
        doc = prepare(f"{phrase}表示，當時場面非常混亂。")
        [found] = quotes(doc)
        assert (found.speaker, found.speaker_text, found.resolved_by) == (None, phrase, "unnamed")
