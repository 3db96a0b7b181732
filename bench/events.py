"""Event detection on DuEE 1.0: sentence-level event-type F1, trigger F1 and argument F1.

    python bench/events.py [DATA_DIR] [--train-sample N] [--limit N] [--errors FILE]

`DATA_DIR` (default `../shared/data/events/duee`) holds `duee_train.json` and `duee_dev.json`
(JSON Lines, one sentence each; `../shared/data/events/README.md`). Each sentence is analysed as
a one-part document by newsmine's default pipeline (names, times, events; no anchor date).

DuEE's 65 types are mapped onto newsmine's inventory below (`DUEE_TYPES`, a DuEE type → the
newsmine types that count as it); the mapping lives here, not in the package, and nothing of
DuEE goes into the package. Scores, micro-averaged over sentences:

- **event type**: per sentence, the set of gold DuEE types against the set of predicted newsmine
  types that some DuEE type maps to (predicted types outside the mapping are not scored, since
  DuEE does not annotate them); a gold type is found when a predicted type is one it maps to;
- **trigger**: gold (type, trigger) against predicted (type, trigger) one to one: the type
  maps and the spans overlap;
- **arguments**, on trigger-matched events, for the roles that map (`ROLE_CLASS`): time (the
  event's time expression), place (its place's mention in the sentence), participant (any agent
  or patient role: a mention of a participant in the sentence) and the type-specific `amount`,
  `casualties`, `count`, `term` and `magnitude` (the event's `arguments`); an argument is right
  when a predicted one of its class overlaps it, one to one.

The discipline (bench/README.md): rules may be written against DuEE **train** (`--errors` lists
train misses only); DuEE **dev** is measured only, totals printed, never inspected.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from tally import Count, fmt  # noqa: E402

from newsmine.analyze.pipeline import DEFAULT_PIPELINE, Pipeline, make_doc  # noqa: E402
from newsmine.model import Article, Doc, Event  # noqa: E402

DATA = HERE.parent.parent / "shared" / "data" / "events" / "duee"

#: DuEE type → the newsmine types (`src/newsmine/data/event_types.tsv`) that count as it.
DUEE_TYPES: dict[str, tuple[str, ...]] = {
    "财经/交易-出售/收购": ("deal",), "财经/交易-跌停": ("price",), "财经/交易-加息": ("price",),
    "财经/交易-降价": ("price",), "财经/交易-降息": ("price",), "财经/交易-融资": ("invest",),
    "财经/交易-上市": ("listing",), "财经/交易-涨价": ("price",), "财经/交易-涨停": ("price",),
    "产品行为-发布": ("product", "announce"), "产品行为-获奖": ("win",), "产品行为-上映": ("product",),
    "产品行为-下架": ("recall", "censor", "ban"), "产品行为-召回": ("recall",),
    "交往-道歉": ("apologise",), "交往-点赞": ("thank",), "交往-感谢": ("thank",),
    "交往-会见": ("meet", "talks"), "交往-探班": ("visit",),
    "竞赛行为-夺冠": ("win",), "竞赛行为-晋级": ("advance",), "竞赛行为-禁赛": ("ban",),
    "竞赛行为-胜负": ("match", "win"), "竞赛行为-退赛": ("withdraw",), "竞赛行为-退役": ("retire",),
    "人生-产子/女": ("birth",), "人生-出轨": ("marriage",), "人生-订婚": ("marriage",),
    "人生-分手": ("marriage",), "人生-怀孕": ("birth",), "人生-婚礼": ("marriage",),
    "人生-结婚": ("marriage",), "人生-离婚": ("marriage",), "人生-庆生": ("ceremony",),
    "人生-求婚": ("marriage",), "人生-失联": ("missing",), "人生-死亡": ("death",),
    "司法行为-罚款": ("fine",), "司法行为-拘捕": ("arrest",), "司法行为-举报": ("sue",),
    "司法行为-开庭": ("trial",), "司法行为-立案": ("investigate",), "司法行为-起诉": ("sue", "charge"),
    "司法行为-入狱": ("sentence", "arrest"), "司法行为-约谈": ("investigate", "summon"),
    "灾害/意外-爆炸": ("explosion",), "灾害/意外-车祸": ("accident",), "灾害/意外-地震": ("natural_disaster",),
    "灾害/意外-洪灾": ("natural_disaster",), "灾害/意外-起火": ("fire",), "灾害/意外-坍/垮塌": ("collapse",),
    "灾害/意外-袭击": ("attack",), "灾害/意外-坠机": ("accident",),
    "组织关系-裁员": ("layoff",), "组织关系-辞/离职": ("resign",), "组织关系-加盟": ("join",),
    "组织关系-解雇": ("dismiss",), "组织关系-解散": ("dissolve",), "组织关系-解约": ("terminate",),
    "组织关系-停职": ("dismiss",), "组织关系-退出": ("join", "withdraw"),
    "组织行为-罢工": ("strike",), "组织行为-闭幕": ("ceremony",), "组织行为-开幕": ("ceremony",),
    "组织行为-游行": ("protest",),
}
MAPPED = {t for types in DUEE_TYPES.values() for t in types}

#: DuEE role → the argument class newsmine gives it (roles absent here are not scored).
ROLE_CLASS: dict[str, str] = {
    "时间": "time", "地点": "place", "震中": "place", "死亡人数": "casualties", "受伤人数": "casualties",
    "罚款金额": "amount", "融资金额": "amount", "出售价格": "amount", "裁员人数": "count", "罢工人数": "count",
    "游行人数": "count", "刑期": "term", "震级": "magnitude",
} | {role: "participant" for role in (
    "出售方", "收购方", "降价方", "加息机构", "降息机构", "领投方", "跟投方", "融资方", "上市企业", "涨价方",
    "发布方", "获奖人", "颁奖机构", "上映方", "下架方", "被下架方", "召回方", "道歉者", "道歉对象", "点赞方",
    "点赞对象", "致谢人", "被感谢人", "会见主体", "会见对象", "探班主体", "探班对象", "冠军", "晋级方",
    "被禁赛人员", "禁赛机构", "胜者", "败者", "退赛方", "退役者", "产子者", "出生者", "出轨方", "出轨对象",
    "订婚主体", "分手双方", "怀孕者", "参礼人员", "结婚双方", "离婚双方", "生日方", "庆祝方", "求婚者",
    "求婚对象", "失联者", "死者", "罚款对象", "执法机构", "拘捕者", "被拘捕者", "举报发起方", "举报对象",
    "开庭法院", "立案机构", "立案对象", "被告", "原告", "入狱者", "约谈对象", "约谈发起方", "袭击对象",
    "袭击者", "裁员方", "离职者", "原所属组织", "加盟者", "所加盟组织", "解雇方", "被解雇人员", "解散方",
    "被解约方", "解约方", "所属组织", "停职人员", "退出方", "罢工人员", "游行组织")}


@dataclass
class Scores:
    types: Count
    triggers: Count
    arguments: Count

    @classmethod
    def empty(cls) -> Scores:
        return cls(Count(), Count(), Count())

    def add(self, other: Scores) -> None:
        for mine, theirs in ((self.types, other.types), (self.triggers, other.triggers),
                             (self.arguments, other.arguments)):
            mine.add(theirs)


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def arguments(doc: Doc, event: Event) -> list[tuple[str, tuple[int, int]]]:
    """newsmine's arguments of an event as (class, span) in the sentence."""
    out: list[tuple[str, tuple[int, int]]] = []
    if event.time is not None:
        t = doc.times[event.time].span
        out.append(("time", (t.start, t.end)))
    out += [(a.role, (a.span.start, a.span.end)) for a in event.arguments]
    for m in doc.mentions:
        if m.entity == event.place:
            out.append(("place", (m.span.start, m.span.end)))
        elif m.entity in event.participants:
            out.append(("participant", (m.span.start, m.span.end)))
    return out


def one_to_one(gold: list, pred: list, match) -> tuple[int, list[tuple[int, int]]]:  # type: ignore[no-untyped-def]
    """Greedy one-to-one matching in order; the number matched and the pairs."""
    used: set[int] = set()
    pairs = []
    for i, g in enumerate(gold):
        j = next((j for j, p in enumerate(pred) if j not in used and match(g, p)), None)
        if j is not None:
            used.add(j)
            pairs.append((i, j))
    return len(pairs), pairs


def score_sentence(item: dict, doc: Doc) -> tuple[Scores, dict]:
    """The three counts for one DuEE sentence, and a record of its misses."""
    gold = [e for e in item["event_list"] if e["event_type"] in DUEE_TYPES]
    pred = [e for e in doc.events if e.type in MAPPED]
    s = Scores.empty()
    gold_types = {e["event_type"] for e in gold}
    pred_types = {e.type for e in pred}
    s.types = Count(len(gold_types), len(pred_types),
                    sum(bool(set(DUEE_TYPES[t]) & pred_types) for t in gold_types),
                    sum(any(t in DUEE_TYPES[g] for g in gold_types) for t in pred_types))
    spans = [(e["trigger_start_index"], e["trigger_start_index"] + len(e["trigger"])) for e in gold]
    n, pairs = one_to_one(list(zip(gold, spans)), pred, lambda g, p: p.type in DUEE_TYPES[g[0]["event_type"]]
                          and overlaps(g[1], (p.trigger.start, p.trigger.end)))
    s.triggers = Count(len(gold), len(pred), n, n)
    args = s.arguments
    matched = dict(pairs)
    for i, g in enumerate(gold):
        want = [(ROLE_CLASS[a["role"]], (a["argument_start_index"], a["argument_start_index"] + len(a["argument"])))
                for a in g["arguments"] if a["role"] in ROLE_CLASS]
        got = arguments(doc, pred[matched[i]]) if i in matched else []
        hit, _ = one_to_one(want, got, lambda w, p: w[0] == p[0] and overlaps(w[1], p[1]))
        args.gold += len(want)
        args.pred += len(got)
        args.hit_gold += hit
        args.hit_pred += hit
    for j, p in enumerate(pred):
        if j not in matched.values():
            args.pred += len(arguments(doc, p))
    miss = {"text": item["text"], "gold": [(e["event_type"], e["trigger"]) for e in gold],
            "predicted": [(e.type, doc.span_text(e.trigger)) for e in pred]}
    return s, miss


def run(items: list[dict], pipeline: Pipeline) -> Iterator[tuple[Scores, dict]]:
    for item in items:
        doc = pipeline(make_doc(Article(title=item["text"])))
        yield score_sentence(item, doc)


def report(name: str, s: Scores, n: int, seconds: float) -> None:
    print(f"\n## {name} ({n} sentences, {n / seconds:.0f} sentences/s)\n")
    print("| score | gold | predicted | P | R | F1 |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for label, c in (("event type", s.types), ("trigger", s.triggers), ("arguments (mapped roles)", s.arguments)):
        p, r, f = c.prf()
        print(f"| {label} | {c.gold} | {c.pred} | {fmt(p)} | {fmt(r)} | {fmt(f)} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, nargs="?", default=DATA)
    parser.add_argument("--train-sample", type=int, default=1500,
                        help="score this many train sentences (a fixed random sample; 0: none)")
    parser.add_argument("--limit", type=int, help="only the first N dev sentences")
    parser.add_argument("--errors", type=Path, help="write the train sample's misses here as JSON Lines")
    args = parser.parse_args()
    dev_path, train_path = args.data / "duee_dev.json", args.data / "duee_train.json"
    if not dev_path.is_file():
        print(f"skipped: no DuEE dev at {dev_path}")
        return 0
    pipeline = Pipeline(DEFAULT_PIPELINE)
    print(f"# newsmine on DuEE 1.0 ({len(DUEE_TYPES)} types mapped onto {len(MAPPED)} newsmine types)")
    if args.train_sample and train_path.is_file():
        train = random.Random(13).sample(load(train_path), args.train_sample)
        total, t0, misses = Scores.empty(), time.perf_counter(), []
        for s, miss in run(train, pipeline):
            total.add(s)
            if s.triggers.hit_gold < s.triggers.gold or s.triggers.hit_pred < s.triggers.pred:
                misses.append(miss)
        report("train sample — tuned on", total, len(train), time.perf_counter() - t0)
        if args.errors:
            args.errors.write_text("".join(json.dumps(m, ensure_ascii=False) + "\n" for m in misses), "utf-8")
            print(f"\n{len(misses)} train sentences with trigger misses written to {args.errors}")
    dev = load(dev_path)[: args.limit]
    total, t0 = Scores.empty(), time.perf_counter()
    for s, _ in run(dev, pipeline):
        total.add(s)
    report("dev — measured only, never inspected", total, len(dev), time.perf_counter() - t0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
