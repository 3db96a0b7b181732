"""Realistic newsmine/1 documents for archive tests and benchmarks, written by us (invented events).

Each document is a short wire story: two people meet somewhere on a date, one is quoted directly,
the other indirectly. Every layer (glosses, mentions, entities with roles and affiliations, times,
quotes, events, topics) is filled by hand with exact offsets; sentences come from the real
pipeline. Outlets in Taiwan write traditional characters and their own renderings (普丁, 川普).
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import opencc

from newsmine.analyze.pipeline import analyze
from newsmine.model import Article, Block, Person, validate_dict

_S2T = opencc.OpenCC("s2t")


@dataclass(frozen=True)
class Figure:
    """A person: original name, simplified rendering, Taiwan rendering (traditional), role, organisation."""

    original: str
    simplified: str
    taiwan: str
    role: str
    org: str
    org_original: str


PEOPLE = (
    Figure("Vladimir Putin", "普京", "普丁", "俄罗斯总统", "克里姆林宫", "Kremlin"),
    Figure("Kim Jong Un", "金正恩", "金正恩", "朝鲜最高领导人", "朝鲜劳动党", "Workers' Party of Korea"),
    Figure("Matthew Miller", "马修·米勒", "馬修·米勒", "美国国务院发言人", "美国国务院", "State Department"),
    Figure("Donald Trump", "特朗普", "川普", "美国总统", "白宫", "White House"),
    Figure("Antonio Guterres", "古特雷斯", "古特瑞斯", "联合国秘书长", "联合国", "United Nations"),
    Figure("Emmanuel Macron", "马克龙", "馬克宏", "法国总统", "爱丽舍宫", "Élysée Palace"),
    Figure("Olaf Scholz", "朔尔茨", "蕭茲", "德国总理", "德国联邦政府", "German Federal Government"),
    Figure("Barack Obama", "奥巴马", "歐巴馬", "美国前总统", "奥巴马基金会", "Obama Foundation"),
    Figure("Ingrid Halvorsen", "英格丽·哈尔沃森", "英格麗·哈爾沃森", "挪威外交大臣", "挪威外交部", "Norwegian Foreign Ministry"),
)
PLACES = ("莫斯科", "平壤", "北京", "日内瓦", "巴黎", "柏林", "纽约", "特罗姆瑟")
TOPICS = (
    ("卫星", "双方讨论了侦察卫星发射计划和地区安全局势"),
    ("粮食", "双方讨论了粮食援助和港口运输安排"),
    ("能源", "双方讨论了天然气供应和能源价格问题"),
    ("停火", "双方讨论了停火安排和人道主义通道"),
    ("气候", "双方讨论了减排目标和北极航道的救援合作"),
)
DIRECT = (
    "我们愿意在平等互利的基础上继续对话",
    "这次会谈坦率而且富有成果",
    "任何一方都不应该在这个问题上采取单方面行动",
    "我们的大门始终是敞开的",
)
INDIRECT = ("双方将在年底前再次会面", "有关协议的细节仍需进一步磋商", "会谈没有取得实质性突破")
OUTLETS = (
    ("https://www.bbc.com/zhongwen/simp/world-{n}", "simplified"),
    ("https://www.voachinese.com/a/{n}.html", "simplified"),
    ("https://www.zaobao.com.sg/news/world/story{n}", "simplified"),
    ("https://www.cna.com.tw/news/aopl/{n}.aspx", "traditional"),
    ("https://www.rfi.fr/tw/{n}", "traditional"),
)
WEEKDAYS = "一二三四五六日"


class _Para:
    """A paragraph built from pieces, remembering where each marked piece sits."""

    def __init__(self, traditional: bool) -> None:
        self.text = ""
        self.marks: dict[str, tuple[int, int]] = {}
        self.traditional = traditional

    def add(self, piece: str, mark: str | None = None, *, convert: bool = True) -> _Para:
        if convert and self.traditional:
            piece = _S2T.convert(piece)
        if mark:
            self.marks[mark] = (len(self.text), len(self.text) + len(piece))
        self.text += piece
        return self


def make_doc(n: int, *, pair: tuple[int, int], outlet: int, topic: int, day: date,
             place: int = 0, quote: int = 0) -> dict[str, Any]:
    """One story (number `n`): PEOPLE[pair[0]] meets PEOPLE[pair[1]], as a newsmine/1 dict."""
    url, script = OUTLETS[outlet]
    trad = script == "traditional"
    a, b = PEOPLE[pair[0]], PEOPLE[pair[1]]
    ra, rb = (a.taiwan, b.taiwan) if trad else (a.simplified, b.simplified)
    word, summary = TOPICS[topic]
    where = PLACES[place]
    wd = WEEKDAYS[day.weekday()]

    p1 = _Para(trad)
    p1.add(a.role, "role_a")
    p1.add(ra, "a1", convert=False).add("（").add(a.original, "a1_gloss", convert=False).add("）")
    p1.add("周" + wd, "t0").add(f"（{day.month}月{day.day}日）在").add(where, "place")
    p1.add("与").add(rb, "b1", convert=False).add("（").add(b.original, "b1_gloss", convert=False).add("）")
    p1.add("举行会谈", "trigger").add(f"，约{100 + n}名代表出席。").add(summary, "topic").add("。")
    p1.add(a.org, "org_a").add("随后发表了声明。")
    p2 = _Para(trad)
    p2.add("“").add(DIRECT[quote % len(DIRECT)], "q1").add("”").add(ra, "a2", convert=False)
    p2.add("在会后对记者").add("说", "cue1").add("。")
    p3 = _Para(trad)
    p3.add(rb, "b2", convert=False).add("表示", "cue2").add("，").add(INDIRECT[quote % len(INDIRECT)], "q2")
    p3.add("。")
    title = f"{ra}与{rb}在{where}会谈 聚焦{word}议题" if not trad else _S2T.convert(
        f"在{where}会谈 聚焦{word}议题") + f"：{ra}與{rb}"
    article = Article(
        title=title, section="World" if outlet % 2 == 0 else "国际",
        authors=[Person("林晓雯" if not trad else "林曉雯", "Lin Xiaowen", "BBC中文记者" if not trad else "駐外記者")],
        published=day.isoformat(), url=url.format(n=100000 + n), language="zh", script=script,
        lead=None, blocks=[Block("paragraph", p.text) for p in (p1, p2, p3)])
    doc = analyze(article, source=f"generated/{n}").to_dict()
    base = {i: next(pt["span"][0] for pt in doc["parts"] if pt["part"] == "block" and pt["block"] == i)
            for i in range(3)}

    def at(para: int, p: _Para, mark: str) -> list[int]:
        s, e = p.marks[mark]
        return [base[para] + s, base[para] + e]

    def whole(span: list[int], left: int = 1, right: int = 1) -> list[int]:
        return [span[0] - left, span[1] + right]

    text = doc["text"]
    sp = {k: at(0, p1, k) for k in p1.marks} | {k: at(1, p2, k) for k in p2.marks} | {k: at(2, p3, k) for k in p3.marks}
    doc["glosses"] = [
        {"span": [sp["a1"][0], sp["a1_gloss"][1] + 1], "term_span": sp["a1"], "term": ra, "gloss": a.original,
         "type": "PER", "transliterated": True},
        {"span": [sp["b1"][0], sp["b1_gloss"][1] + 1], "term_span": sp["b1"], "term": rb, "gloss": b.original,
         "type": "PER", "transliterated": True},
    ]
    mention = lambda k, t, e: {"span": sp[k], "text": text[sp[k][0]:sp[k][1]], "type": t, "entity": e, "source": "gloss"}
    doc["mentions"] = [mention("a1", "PER", "e1"), mention("place", "LOC", "e4"),
                       mention("b1", "PER", "e2"), mention("org_a", "ORG", "e3"), mention("a2", "PER", "e1"), mention("b2", "PER", "e2")]
    doc["entities"] = [
        {"id": "e1", "type": "PER", "name": ra, "original_name": a.original, "transliterated": True,
         "aliases": [], "roles": [{"text": text[sp["role_a"][0]:sp["role_a"][1]], "span": sp["role_a"]}],
         "affiliations": ["e3"], "mentions": [sp["a1"], sp["a2"]]},
        {"id": "e2", "type": "PER", "name": rb, "original_name": b.original, "transliterated": True,
         "aliases": [], "roles": [], "affiliations": [], "mentions": [sp["b1"], sp["b2"]]},
        {"id": "e3", "type": "ORG", "name": text[sp["org_a"][0]:sp["org_a"][1]], "original_name": a.org_original,
         "transliterated": False, "aliases": [], "roles": [], "affiliations": [], "mentions": [sp["org_a"]]},
        {"id": "e4", "type": "LOC", "name": text[sp["place"][0]:sp["place"][1]], "original_name": None,
         "transliterated": False, "aliases": [], "roles": [], "affiliations": [], "mentions": [sp["place"]]},
    ]
    doc["times"] = [{"span": sp["t0"], "text": text[sp["t0"][0]:sp["t0"][1]], "value": day.isoformat(),
                     "partial": False, "range": None}]
    doc["quotes"] = [
        {"span": whole(sp["q1"]), "text": text[sp["q1"][0]:sp["q1"][1]], "kind": "direct", "speaker": "e1",
         "speaker_text": ra, "speaker_span": sp["a2"], "addressee": None, "addressee_text": None,
         "addressee_span": None, "cue": text[sp["cue1"][0]:sp["cue1"][1]],
         "cue_span": sp["cue1"]},
        {"span": sp["q2"], "text": text[sp["q2"][0]:sp["q2"][1]], "kind": "indirect", "speaker": "e2",
         "speaker_text": rb, "speaker_span": sp["b2"], "addressee": None, "addressee_text": None,
         "addressee_span": None, "cue": text[sp["cue2"][0]:sp["cue2"][1]],
         "cue_span": sp["cue2"]},
    ]
    sentence = next(s["span"] for s in doc["sentences"] if s["span"][0] <= sp["trigger"][0] < s["span"][1])
    doc["events"] = [{"type": "meet", "trigger": sp["trigger"], "span": sentence, "plover": "CONSULT",
                      "participants": ["e1", "e2"], "place": "e4", "time": 0, "modality": "asserted"}]
    doc["topics"] = [{"label": word, "evidence": [sp["topic"]], "event": 0}]
    return doc


def generate(count: int, *, seed: int = 7, start: date = date(2026, 1, 5)) -> Iterator[dict[str, Any]]:
    """`count` distinct stories, deterministic for a seed."""
    rng = random.Random(seed)
    for n in range(count):
        i, j = rng.sample(range(len(PEOPLE)), 2)
        yield make_doc(n, pair=(i, j), outlet=rng.randrange(len(OUTLETS)), topic=rng.randrange(len(TOPICS)),
                       day=start + timedelta(days=rng.randrange(300)), place=rng.randrange(len(PLACES)),
                       quote=rng.randrange(12))


def write_jsonl(path: Path, docs: Iterator[dict[str, Any]] | list[dict[str, Any]], *, validate: bool = True) -> int:
    """Write documents as JSON Lines (validated against newsmine/1 first); return how many."""
    n = 0
    with path.open("w", encoding="utf-8") as fh:
        for doc in docs:
            if validate:
                validate_dict(doc)
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
            n += 1
    return n


if __name__ == "__main__":  # python -m tests.archive_docs COUNT OUT.jsonl
    import sys

    print(write_jsonl(Path(sys.argv[2]), generate(int(sys.argv[1])), validate=False))
