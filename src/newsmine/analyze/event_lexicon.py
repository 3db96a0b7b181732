"""The event lexicons, read once and folded for matching: trigger words and the type each opens
(`data/event_triggers.tsv`) and the other type a word opens when its clause names what it is about (`senses`:
发布 a study, 检查 at a hospital), the types' families, PLOVER classes and roles (`data/event_types.tsv`), the cues of
modality, place and what is given (`data/event_cues.tsv`), the regions wider than a country and the LOC
abbreviations a visit word uses (访华)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from newsmine.analyze.text import alternation
from newsmine.data import table
from newsmine.names import fold

_MODAL_KINDS = ("planned", "possible", "negated", "denied", "none")
_UNREAL_KINDS = ("hypothetical", "averted", "habitual", "obligation", "none")
_DOMESTIC = ("justice", "politics")  # a country that arrests, tries, bans or elects does so at home
_AMOUNT = r"\d[\d,.]* ?(?:[万亿元]|萬|億)"  # 提供200万美元: an amount says money is given
_FIGURE = (rf"{_AMOUNT}|\d[\d,.]* ?(?:%|％|倍|成|个百分点|個百分點|基点|基點|点|點)|百分之"  # 收入增长两成, 利润翻了3倍, 恒指升619点
           r"|[一二三四五六七八九十两]+(?:倍|成)")
ACHIEVED = re.compile(r"实现|录得|取得|转为")  # 实现年度盈利: results reported without a figure


@dataclass(frozen=True)
class Lexicon:
    """The event lexicons folded for matching: each trigger's type and what it needs, the types' PLOVER classes,
    families and roles, the cue words by kind with the patterns that find them, places and their abbreviations."""

    triggers: dict[str, str]
    needs_place: frozenset[str]
    needs_aid: frozenset[str]
    needs_object: frozenset[str]
    needs_time: frozenset[str]  # 1961年5月生, 1996年3月任: a biography's entry, only right after its date
    needs_organisation: frozenset[str]  # 进入谷歌: joining, only with the organisation right after it
    needs_alone: frozenset[str]  # 举行: a happening only when its clause names no other (举行会谈 is the talks)
    senses: dict[str, tuple[tuple[str, re.Pattern[str]], ...]]
    supplied_re: re.Pattern[str]
    trigger_re: re.Pattern[str]
    plover: dict[str, str | None]
    domestic: frozenset[str]
    agentless: frozenset[str]
    roles: dict[str, frozenset[str]]
    cues: dict[str, str]
    modal: dict[str, str]
    modality_re: re.Pattern[str]
    place_re: re.Pattern[str]
    sites: tuple[str, ...]
    regions: frozenset[str]
    abbreviations: dict[str, str]
    unreal: dict[str, str]  # a condition, a habit, what should happen or is wanted; and the `none` words
    unreal_re: re.Pattern[str]
    after_re: re.Pattern[str]  # a head noun or a time frame right after a trigger
    after: dict[str, str]
    toward: frozenset[str]  # 到, 去: the place after it is where what its clause tells next is done (到医院检查)
    needs_figure: frozenset[str]  # 收入, 盈利: a company's results only with a figure in the clause (not 广告收入低迷)
    figure_re: re.Pattern[str]
    charged_re: re.Pattern[str]  # 涉嫌, 被控: what a crime word after it names is a charge, not a happening told


@cache
def lexicon() -> Lexicon:
    """The event lexicons (triggers, types, cues, LOC abbreviations) read once, folded for matching."""
    types = table("event_types")
    triggers = {fold(row["trigger"]): row["type"] for row in table("event_triggers")}
    cues = {row["word"]: row["kind"] for row in table("event_cues")}
    folded = list(dict.fromkeys((fold(row["word"]), row["kind"]) for row in table("event_cues")))  # 补贴: two kinds
    modal = {w: k for w, k in folded if k in _MODAL_KINDS}
    place = [w for w, k in folded if k in ("place", "toward")]
    needs = {need: frozenset(fold(row["trigger"]) for row in table("event_triggers") if row["needs"] == need)
             for need in ("place", "aid", "object", "time", "organisation", "alone", "figure")}
    senses = {fold(row["trigger"]): _senses(row["senses"]) for row in table("event_triggers") if row["senses"]}
    supplied = alternation([w for w, k in folded if k == "supplied"])
    after = {w: k for w, k in folded if k in ("head", "frame")}
    unreal = {w: k for w, k in folded if k in _UNREAL_KINDS}
    return Lexicon(triggers, needs["place"], needs["aid"], needs["object"], needs["time"], needs["organisation"],
                   needs["alone"], senses, re.compile(rf"{_AMOUNT}|{supplied}"),
                   re.compile(alternation(triggers)),
                   {row["type"]: row["plover"] or None for row in types},
                   frozenset(row["type"] for row in types if row["family"] in _DOMESTIC),
                   frozenset(row["type"] for row in types if "agent" not in row["roles"].split()),
                   {row["type"]: frozenset(row["roles"].split()) for row in types}, cues, modal,
                   re.compile(alternation(modal)), re.compile(alternation(place)),
                   tuple(w for w, k in folded if k == "site"),
                   frozenset(w for w, k in folded if k == "region")
                   | frozenset(fold(row["name"]) for row in table("places") if row["level"] == "region"),
                   {row["abbreviation"]: row["name"] for row in table("abbreviations") if row["type"] == "LOC"},
                   unreal, re.compile(alternation(unreal)),
                   re.compile(alternation(after)), after,
                   frozenset(w for w, k in folded if k == "toward"), needs["figure"], re.compile(_FIGURE),
                   re.compile(rf"(?:{alternation([w for w, k in folded if k == 'charged'])})[^，。；：、,;:\s]{{0,4}}$"))


def _senses(cell: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """A `senses` cell (`research:研究|论文;illness:医院`) as (type, pattern of the words that call for it) pairs."""
    out = []
    for part in cell.split(";"):
        etype, _, words = part.partition(":")
        out.append((etype.strip(), re.compile(alternation([fold(w) for w in words.split("|") if w.strip()]))))
    return tuple(out)
