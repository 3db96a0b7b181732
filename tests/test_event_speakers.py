"""Who acts when a clause names them only by a 我 inside a quotation: the quotation's speaker, as the quotes layer
found it (a 我们 is a group, not the speaker alone). Articles written for these tests; names are built by hand
(tests/by_hand.py), quotes found by the quotes layer itself."""

from __future__ import annotations

from newsmine.analyze.pipeline import Pipeline, make_doc
from newsmine.model import Doc
from newsmine.read import read_markdown

from .by_hand import add_entities
from .test_events import frames

ANCHOR = "2026-03-12"  # a Thursday


def _analysed(body: str, names: dict) -> tuple[Doc, dict[str, str]]:
    doc = make_doc(read_markdown(f"# 新闻\n\n{body}\n"), anchor=ANCHOR)
    Pipeline(["sentences", "times"])(doc)
    ids = add_entities(doc, names)
    Pipeline(["quotes", "events"], present=["sentences", "times", "mentions", "entities"])(doc)
    return doc, {v: k for k, v in ids.items()}


NAMES = {"周海涛": ("PER", []), "郑国华": ("PER", []), "临海": ("LOC", []), "江州": ("LOC", []),
         "江州机械厂": ("ORG", [])}


def test_i_inside_a_quotation_is_its_speaker_not_the_person_it_last_named():
    body = ("在临海做厨师的周海涛对记者回忆起刚到江州的日子。\n\n“江州机械厂的厂长郑国华很严厉，动不动就扣工资。"
            "那份工作我干了半年，觉得没有前途，就辞职了。”他说。")
    doc, ids = _analysed(body, NAMES)
    assert [ids[q.speaker] for q in doc.quotes] == ["周海涛"]  # the quotes layer read 他 as 周海涛
    (quit_,) = [f for f in frames(doc, ids) if f[0] == "resign"]
    assert quit_[2] == ["周海涛"]


def test_we_inside_a_quotation_is_not_its_speaker_alone():
    body = ("在临海做厨师的周海涛对记者回忆起刚到江州的日子。\n\n“江州机械厂的厂长郑国华很严厉，动不动就扣工资。"
            "后来我们全厂工人一起辞职了。”他说。")
    doc, ids = _analysed(body, NAMES)
    (quit_,) = [f for f in frames(doc, ids) if f[0] == "resign"]
    assert "周海涛" not in quit_[2]
