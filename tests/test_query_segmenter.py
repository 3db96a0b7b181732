"""Search queries segmented from the on-disk copy of jieba's dictionary give jieba's own words."""

from __future__ import annotations

import logging
from pathlib import Path
from types import SimpleNamespace

import jieba
import pytest

from newsmine.store import segmenter, words

# A small dictionary of our own: words with frequencies, so routes, prefixes and unknown runs occur.
_DICTIONARY = """\
卫星 800 n
发射 900 v
卫星发射 120 n
中心 1200 n
发射中心 300 n
粮食 700 n
援助 650 v
粮食援助 90 n
实质 300 n
实质性 400 n
突破 500 v
谈判 600 v
取得 800 v
北京 900 ns
北京市 200 ns
市长 400 n
长江 300 ns
大桥 200 n
南京 600 ns
南京市 300 ns
今天 900 t
表示 1000 v
的 5000 uj
了 3000 ul
在 4000 p
"""

_TEXTS = [
    "卫星发射中心", "粮食援助", "粮食 援助", "实质性突破", "谈判取得了实质性突破",
    "南京市长江大桥", "北京市长今天表示", "郭振华在北京表示", "塔莉娅·莫罗佐娃今天抵达",
    "putin", "Putin 在北京", "COVID-19疫情", "增长3.5%的产值", "iPhone15发布会", "a+b c#d",
    "星发", "星发射", "发射中心的卫星", "他说：“我们会继续努力。”", "  两个  空格\r\n换行 ",
    "李明华王小红赵大伟三人", "ＡＢＣ全角", "abc_def-12 x.y",
]


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> tuple[jieba.Tokenizer, segmenter.Segmenter]:
    folder = tmp_path_factory.mktemp("dict")
    (folder / "dict.txt").write_text(_DICTIONARY, encoding="utf-8")
    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer(str(folder / "dict.txt"))
    tokenizer.tmp_dir = str(folder)
    tokenizer.initialize()
    segmenter.write_from_jieba(tokenizer, folder / "copy.sqlite")
    return tokenizer, segmenter.Segmenter(folder / "copy.sqlite")


@pytest.mark.parametrize("text", _TEXTS)
def test_the_copy_segments_as_jieba_does(small: tuple[jieba.Tokenizer, segmenter.Segmenter], text: str) -> None:
    tokenizer, seg = small
    assert seg.cut(text) == tokenizer.lcut(text)


def test_every_substring_of_a_sentence_segments_as_jieba_does(
        small: tuple[jieba.Tokenizer, segmenter.Segmenter]) -> None:
    tokenizer, seg = small
    sentence = "南京市长江大桥今天表示谈判取得了实质性突破，卫星发射中心在北京市郭振华说putin到了"
    for i in range(len(sentence)):
        for j in range(i + 1, min(len(sentence), i + 12) + 1):
            assert seg.cut(sentence[i:j]) == tokenizer.lcut(sentence[i:j]), sentence[i:j]


def test_a_block_longer_than_the_limit_is_left_to_jieba(small: tuple[jieba.Tokenizer, segmenter.Segmenter]) -> None:
    _, seg = small
    assert seg.cut("卫" * (segmenter.MAX_BLOCK + 1)) is None
    assert seg.cut("卫星 " * 40) is not None


def test_the_first_query_writes_the_copy_and_later_queries_read_it(
        small: tuple[jieba.Tokenizer, segmenter.Segmenter], monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    tokenizer, _ = small
    calls: list[str] = []

    def lcut(text: str) -> list[str]:
        calls.append(text)
        return tokenizer.lcut(text)

    monkeypatch.setattr(words, "_jieba", lambda: SimpleNamespace(dt=tokenizer, lcut=lcut))
    monkeypatch.setenv("NEWSMINE_CACHE", str(tmp_path))
    segmenter.installed.cache_clear()
    try:
        assert segmenter.installed() is None
        first = words.query_phrases("实质性突破 衛星發射 Putin")
        assert calls == ["实质性突破"]  # jieba once; the terms after it come from the copy it wrote
        path = segmenter.cache_file()
        assert path is not None and path.parent == tmp_path and path.exists()
        assert words.query_phrases("实质性突破 衛星發射 Putin") == first == [["实质性", "突破"], ["卫星发射"], ["putin"]]
        assert len(calls) == 1
    finally:
        segmenter.installed.cache_clear()


def test_an_unwritable_cache_folder_still_answers(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("NEWSMINE_CACHE", str(blocker / "sub"))
    segmenter.installed.cache_clear()
    try:
        assert words.query_phrases("粮食 援助") == [["粮食"], ["援助"]]
        assert segmenter.installed() is None
    finally:
        segmenter.installed.cache_clear()
