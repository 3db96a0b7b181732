"""`Marked`'s clause and sentence boundaries, looked up from the places found once, are where a walk
character by character (outside quotations and parentheticals) finds them, at every position."""

from newsmine.analyze.marks import Marked
from newsmine.analyze.text import CLAUSE_END, SENTENCE_END
from newsmine.model import Span

PARAGRAPHS = [
    "【港股收市】恒指周三跌1.2%，科技股领跌；分析师李明远（化名，曾任某券商研究主管）表示：“资金仍在观望。”他补充，"
    "下月议息前“不宜追高”，而“短线反弹，或许有限。但长线看好”。",
    "市长王立群周二在记者会上说：「我们会在年底前完成第一期工程，（资金已到位）不会延误。」记者追问时，她没有回答。",
    "暴雨红色预警 全市学校停课 交通部门：地铁维持运行",
    "“未完的引语，没有收尾，以及（括号里的话；还有逗号，",
    "",
]


def _walk_clause_start(m: Marked, i: int) -> int:
    for j in range(i - 1, m.start - 1, -1):
        gap = m.char(j).isspace() and m.start < j < m.end - 1 and not m.char(j - 1).isascii() and not m.char(j + 1).isascii()
        if not m.shielded(j) and (m.char(j) in CLAUSE_END or m.char(j) in "】]" or gap):
            return j + 1
        if any(s.end - 1 == j and not s.term for s in m.segments):
            return j + 1
    return m.start


def _walk_clause_end(m: Marked, i: int) -> int:
    j = i
    while j < m.end and (m.shielded(j) or m.char(j) not in CLAUSE_END) and m.segment_at(j) is None:
        j += 1
    return j


def _walk_sentence_start(m: Marked, i: int) -> int:
    return next((j + 1 for j in range(i - 1, m.start - 1, -1) if not m.shielded(j) and m.char(j) in SENTENCE_END), m.start)


def _walk_sentence_end(m: Marked, i: int, heading: bool) -> int:
    for j in range(i, m.end):
        gap = m.char(j).isspace() and m.start < j < m.end - 1 and not m.char(j - 1).isascii() and not m.char(j + 1).isascii()
        if not m.shielded(j) and (m.char(j) in SENTENCE_END or heading and gap):
            return j
    return m.end


def test_boundaries_agree_with_a_walk_at_every_position() -> None:
    offset = 7  # the paragraph stands inside a longer text
    for heading in (False, True):
        for para in PARAGRAPHS:
            text = "标题在前。\n\n" + para
            m = Marked(text, Span(offset, len(text)), heading=heading)
            for i in range(m.start, m.end + 1):
                assert m.clause_end(i) == _walk_clause_end(m, i)
                assert m.sentence_end(i) == _walk_sentence_end(m, i, heading)
                assert m.clause_start(i) == _walk_clause_start(m, i)
                assert m.sentence_start(i) == _walk_sentence_start(m, i)


def test_a_quotation_made_a_term_later_no_longer_starts_a_clause() -> None:
    text = "他称这是“新常态”下的选择"
    m = Marked(text, Span(0, len(text)))
    quote = m.segments[0]
    after = quote.end + 1
    quote.term = False
    assert m.clause_start(after) == quote.end
    quote.term = True
    assert m.clause_start(after) == 0


def test_first_at_gives_the_first_word_in_order() -> None:
    text = "根据通报，另据报道"
    m = Marked(text, Span(0, len(text)))
    assert m.first_at(0, ("根据", "根")) == "根据"
    assert m.first_at(0, ("根", "根据")) == "根"
    assert m.first_at(5, ("据", "另据")) == "另据"
    assert m.first_at(1, ("根据", "另据")) is None


def test_words_by_their_first_character_hold_every_word_once() -> None:
    from newsmine.analyze.marks import lexicon

    lex = lexicon()
    grouped = lex.by_first("role")
    assert sorted(w for group in grouped.values() for w in group) == sorted(lex.words("role"))
    assert all(w.startswith(first) for first, group in grouped.items() for w in group)
