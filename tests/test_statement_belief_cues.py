"""推测 and 担心 report a belief or a worry when punctuation follows them (`警方推测，…`,
`她担心，…`); written without it, or as a noun after 的, they are the writer's words.

Articles invented for these tests; the real `quotes` component runs over them.
"""

from __future__ import annotations

from tests.test_quotes_speakers import name, prepare, quotes


def test_a_guess_or_a_worry_followed_by_a_comma_is_reported_content():
    doc = prepare("现场没有发现撬锁痕迹。警方推测，嫌疑人事先配有仓库的钥匙。",
                  "店主何秀兰担心，连续的暴雨会让进货再推迟半个月。")
    name(doc, "E1", "PER", "何秀兰")
    found = quotes(doc)
    assert [(q.text, q.kind) for q in found] == [("嫌疑人事先配有仓库的钥匙", "indirect"),
                                                 ("连续的暴雨会让进货再推迟半个月", "indirect")]
    assert (found[0].speaker_text, found[1].speaker) == ("警方", "E1")


def test_a_worry_without_punctuation_or_as_a_noun_reports_nothing():
    doc = prepare("家长们的担心，并非没有道理。", "不少家长担心孩子的视力。")
    assert quotes(doc) == []
