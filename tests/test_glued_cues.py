"""A speech or reaction verb the tagger glued to the end of a person's name (郑家伟表示, 黃母嘆, 柯林斯笑說)
is cut off when the article gives evidence that it is a verb; a given name ending in such a character stays."""

from __future__ import annotations

import pytest

from newsmine.analyze.mentions import Candidate
from newsmine.analyze.name_cuts import unglued_people
from newsmine.names import fold


def people(text: str, *glued: str) -> list[str]:
    """The persons left after the repair (in the folded, simplified text the repair reads), given the
    tagger's persons `glued` (each at its first place in the text after the one before)."""
    folded = fold(text)
    found, pos = [], 0
    for word in glued:
        pos = folded.index(fold(word), pos)
        found.append(Candidate(pos, pos + len(word), "PER", "tagger"))
        pos += len(word)
    return [folded[c.start : c.end] for c in unglued_people(folded, found)]


@pytest.mark.parametrize("text, glued, name", [
    ("记者追问加税一事，郑家伟表示：“我们不会让步。”", "郑家伟表示", "郑家伟"),  # a two-character cue
    ("談到債務，黃母嘆，家中積蓄早已用光。", "黃母嘆", "黃母"),  # traditional, a sigh before a comma
    ("對於外界批評，羅德里格斯坦言「我們做得不夠」。", "羅德里格斯坦言", "羅德里格斯"),  # a transliterated name
    ("会后梁志强指，方案仍需修改。", "梁志强指", "梁志强"),
])
def test_a_cue_glued_to_a_name_before_the_statement_opens(text: str, glued: str, name: str) -> None:
    assert people(text, glued) == [fold(name)]


def test_a_cue_glued_to_a_name_the_article_writes_alone() -> None:
    # no punctuation after 说: the statement follows at once, and 罗伟 is written alone elsewhere
    text = "罗伟说他不会辞职。罗伟今年五十岁，任职董事二十年。"
    assert people(text, "罗伟说") == ["罗伟"]


def test_a_reaction_before_the_cue_and_the_same_form_elsewhere() -> None:
    # 柯林斯|笑|說: the laugh leads the cue; 柯林斯笑 where no cue follows is the same name and verb
    text = "主持人提到通脹，柯林斯（Ann Collins）點頭。柯林斯笑說「這要問央行」。台下追問時，柯林斯笑到停不下來。"
    assert people(text, "柯林斯笑", "柯林斯笑") == ["柯林斯", "柯林斯"]  # the same in both scripts


@pytest.mark.parametrize("text, name", [
    ("张一笑，女，1990年生于杭州，现任乐团首席。", "张一笑"),  # 笑 ends a given name; no cue follows
    ("许家称在台上领取了奖杯。", "许家称"),  # 称 ends the name, and 许家 is never written alone
    ("周小问今年考上了大学。", "周小问"),
])
def test_a_given_name_ending_in_a_cue_character_stays_whole(text: str, name: str) -> None:
    assert people(text, name) == [fold(name)]
