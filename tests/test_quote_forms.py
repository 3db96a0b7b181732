"""Forms of Chinese news reporting the statement finder knows: where a statement's span ends,
which kind it is, and which quotations and cue words are no statement at all.

Every sentence here is written for newsmine (invented people and events).
"""

from __future__ import annotations

from newsmine.analyze.pipeline import analyze
from newsmine.model import Doc
from newsmine.read import read_markdown


def run(*paragraphs: str) -> Doc:
    body = "\n\n".join(paragraphs)
    return analyze(read_markdown(f"# 测试标题\n\n{body}\n"))


def found(doc: Doc) -> list[tuple[str, str]]:
    return [(q.kind, q.text) for q in doc.quotes]


def test_a_vertical_form_colon_after_the_cue_opens_a_direct_quote():
    doc = run("渔农署高级主任梁嘉晴說︰「今年的雨水比往年少，果农要提早灌溉。」")
    assert found(doc) == [("direct", "今年的雨水比往年少，果农要提早灌溉。")]


def test_reported_speech_ends_at_a_closing_quote_that_ends_a_sentence():
    doc = run("店主黃志明說，鋪租已加了兩成，「再加下去我只能搬走。」翌日下午，記者再到店舖，鐵閘已經落下。")
    assert found(doc) == [("indirect", "鋪租已加了兩成"), ("direct", "再加下去我只能搬走。")]
