"""A person the tagger glued to a character of a time word (林芷|今天, 上周|微软) is cut back to the
name when the article writes the name without it elsewhere; a given name that ends like a time
word's first character stays whole without that evidence; a name the tagger cut short in a list
of names is made whole."""

from __future__ import annotations

import re

from newsmine.analyze.mentions import Candidate
from newsmine.analyze.name_cuts import cut_names, timed_people
from newsmine.analyze.name_edges import given_name_tails
from newsmine.analyze.tagger import Token
from tests.helpers_names import analyse_text


def test_name_glued_to_today_is_cut_when_written_alone_elsewhere() -> None:
    folded = "市议员林芷今天召开记者会。林芷说，她将继续推动修法。"
    glued = Candidate(3, 6, "PER", "tagger")  # 林芷今
    alone = Candidate(13, 15, "PER", "tagger")
    cut = timed_people(folded, [glued, alone])
    assert [(folded[c.start : c.end], c.type) for c in cut] == [("林芷", "PER"), ("林芷", "PER")]


def test_known_company_after_last_week_takes_its_type() -> None:
    folded = "上周微软在市场传出消息，微软股价随即上涨。"
    glued = Candidate(1, 4, "PER", "tagger")  # 周微软
    [cut] = timed_people(folded, [glued])
    assert (folded[cut.start : cut.end], cut.type) == ("微软", "ORG")


def test_given_name_ending_like_a_time_word_stays_without_evidence() -> None:
    folded = "工程师王晓明天天加班，王晓明的同事也一样。"
    whole = Candidate(3, 6, "PER", "tagger")  # 王晓明|天天: 明天 is a time word, but 王晓 is never written alone
    assert timed_people(folded, [whole]) == [whole]


def test_third_character_alone_before_a_list_mark_ends_the_name() -> None:
    folded = "获奖学者包括孙建华、韦大为、邱明轩。"
    words = ["获奖", "学者", "包括", "孙建华", "、", "韦大", "为", "、", "邱明轩", "。"]
    tags = ["vn", "n", "v", "PER", "w", "PER", "p", "w", "PER", "w"]
    tokens, at = [], 0
    for word, tag in zip(words, tags):
        tokens.append(Token(at, at + len(word), word, tag))
        at += len(word)
    cut = Candidate(tokens[5].start, tokens[5].end, "PER", "tagger")  # 韦大|为、: the tagger's slip
    [whole] = cut_names(folded, tuple(tokens), [cut])
    assert folded[whole.start : whole.end] == "韦大为"
    words_after = Candidate(6, 9, "PER", "tagger")  # 孙建华、 is whole already and stays so
    assert cut_names(folded, tuple(tokens), [words_after]) == [words_after]


def test_cantonese_words_in_their_folded_form_name_no_one() -> None:
    from newsmine.analyze.name_cuts import unglued_people
    from newsmine.names import fold

    folded = fold("我哋嗰代人好辛苦，踢波搵唔到食。")
    era = Candidate(folded.index("代") - 1, folded.index("代") + 1, "PER", "tagger")  # 嗰代, folded
    living = Candidate(folded.index("波"), folded.index("波") + 2, "PER", "tagger")  # 波搵
    assert unglued_people(folded, [era, living]) == []


def test_a_given_character_the_tagger_leaves_out_is_joined_when_it_follows_every_mention() -> None:
    text = "退役球员李健和批评足总。李健和生于离岛，李健和（和哥）说，青训才是根本。"
    found = [Candidate(m.start(), m.start() + 2, "PER", "tagger") for m in re.finditer("李健", text)]
    joined = given_name_tails(text, found)
    assert {text[c.start : c.end] for c in joined} == {"李健和"}


def test_a_name_always_followed_by_the_same_word_keeps_its_length() -> None:
    text = "外长王毅表示欢迎。王毅表示，双方同意。王毅表示会继续沟通。"
    found = [Candidate(m.start(), m.start() + 2, "PER", "tagger") for m in re.finditer("王毅", text)]
    assert {text[c.start : c.end] for c in given_name_tails(text, found)} == {"王毅"}


def test_a_name_of_a_rarer_surname_cut_by_the_tagger_is_made_whole() -> None:
    """宣 is a 百家姓 surname that is no ordinary word: the tagger's 宣志|能 is the official 宣志能, whose
    statements are his, not a pronoun's guess."""
    doc = analyse_text("國家外匯管理局副局長宣志能在論壇上表示，跨境資金流動總體穩定。宣志能指出，外匯市場韌性增強。"
                       "宣志能又說，匯率將保持基本穩定。")
    assert [(e.name, e.type) for e in doc.entities if e.type == "PER"] == [("宣志能", "PER")]


def test_a_regnal_number_is_part_of_the_name_and_a_century_is_not() -> None:
    doc = analyse_text("國王腓特烈五世周三抵達柏林。腓特烈五世隨後出席國宴。十九世紀的宮殿已修復。")
    assert [(m.text, m.type) for m in doc.mentions if m.type == "PER"] == [("腓特烈五世", "PER"), ("腓特烈五世", "PER")]


def test_a_country_abbreviated_before_a_one_character_title_is_the_place_not_the_title() -> None:
    doc = analyse_text("英王腓特烈五世周三抵達柏林。日相山本和夫表示將訪美。")
    assert ("英王", "LOC") not in {(m.text, m.type) for m in doc.mentions}
    assert {("英", "LOC"), ("日", "LOC")} <= {(m.text, m.type) for m in doc.mentions}


def test_names_in_a_tab_separated_list_are_one_person_each() -> None:
    """A tab ends a word as a line break does: a list of supervisors set out in columns gives each name
    alone, never `某某\\t某某` as one."""
    doc = analyse_text("指导教师：周明远\t胡晓岚\t郑思齐  何嘉伦。")
    assert [m.text for m in doc.mentions if m.type == "PER"] == ["周明远", "胡晓岚", "郑思齐", "何嘉伦"]
