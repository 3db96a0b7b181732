"""TokenIndex: the tagger's words looked up by offset (the word covering or ending at a position, the
words starting in a stretch), and none for English text."""

from newsmine.analyze.tagger import Token
from newsmine.analyze.token_index import TokenIndex
from newsmine.model import Article, Block, Doc

# 邵文娟在宁波 会见了记者 (a space between 宁波 and 会见: no token covers it)
WORDS = TokenIndex((
    Token(0, 3, "邵文娟", "PER"),
    Token(3, 4, "在", "p"),
    Token(4, 6, "宁波", "LOC"),
    Token(7, 9, "会见", "v"),
    Token(9, 10, "了", "u"),
    Token(10, 12, "记者", "n"),
))


def test_the_word_covering_a_position() -> None:
    assert WORDS.containing(0).word == "邵文娟"
    assert WORDS.containing(2).word == "邵文娟"
    assert WORDS.containing(5).word == "宁波"
    assert WORDS.containing(6) is None  # the space
    assert WORDS.containing(12) is None  # past the text


def test_the_word_ending_at_a_position() -> None:
    assert WORDS.ending_at(6) == 2
    assert WORDS.ending_at(12) == 5
    assert WORDS.ending_at(5) is None  # inside 宁波


def test_words_starting_before_and_after_a_position() -> None:
    assert WORDS.last_starting_at_or_before(5) == 2
    assert WORDS.last_starting_at_or_before(7) == 3
    assert WORDS.first_starting_after(5) == 3
    assert WORDS.first_starting_after(11) == len(WORDS.tokens)
    assert TokenIndex(()).last_starting_at_or_before(3) == -1


def test_the_words_starting_in_a_stretch() -> None:
    assert [t.word for t in WORDS.starting_in(3, 9)] == ["在", "宁波", "会见"]
    assert [t.word for t in WORDS.starting_in(1, 4)] == ["在"]  # 邵文娟 starts before the stretch
    assert WORDS.starting_in(10, 10) == ()


def test_a_document_s_words_come_from_the_tagger_except_in_english() -> None:
    text = "邵文娟在宁波会见了记者。"
    chinese = Doc(article=Article(title="", language="zh", blocks=[Block(type="paragraph", text=text)]), text=text)
    words = TokenIndex.of(chinese)
    assert "".join(t.word for t in words.tokens) == text
    assert words.containing(text.index("宁波")).word == "宁波"
    english = "Shao Wenjuan met reporters in Ningbo."
    doc = Doc(article=Article(title="", language="en", blocks=[Block(type="paragraph", text=english)]), text=english)
    assert TokenIndex.of(doc).tokens == ()
