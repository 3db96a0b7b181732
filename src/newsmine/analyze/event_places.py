"""Where an event happened: the place a cue (`在`, `抵达` …) names in the trigger's clause, the destination right after
a visit or arrival, a location in the clause of a happening without an agent (a fire, a quake), the setting of a
sentence, the city a local body is named for (北京市市场监管局), the place a visit word abbreviates (访华), and the
place the first dated sentence gives a headline's happenings; a city rather than its country, a country rather than
a region wider than one (`breadth`)."""

from __future__ import annotations

import re

from newsmine import data
from newsmine.analyze.event_lexicon import lexicon
from newsmine.analyze.gazetteer import countries
from newsmine.analyze.text import starting_at
from newsmine.model import Doc, Event, Mention, Span
from newsmine.names import fold

COMPANION = re.compile(r"[与和同跟與]")  # 在与普京…会谈后: 在 opens a time frame here, not a place
_PHRASE_END = re.compile(r"[被遭对對向与與和同跟把将將]")  # 在北京同来访的法国外长会谈: the phrase ends at 同
_PLACE_WINDOW = 16
_DESTINATION_GAP = 2  # 访问了台湾, 到訪北京: the place right after a visit or arrival is where it happened
MOVES = ("visit", "arrive", "depart")
_PLACE_NAME = 6  # the longest place name an organisation's name begins with (拉斯维加斯, 北京市)
_NATIONALS = re.compile(  # 中国工人, 韩国籍男子: a country that says whose nationality, not where anything happened
    r"籍?(?:公民|工人|劳工|男子|女子|男性|女性|游客|旅客|乘客|船员|学生|留学生|员工|侨民|华人|华侨|移民|士兵|人质|女孩|男孩"
    r"|科学家|专家|学者|医生|律师|商人|球员|选手|运动员)")


def descriptions(text: str, mentions: list[Mention]) -> set[int]:
    """The ids of the places that describe rather than locate: a place written right before a smaller one inside it
    (`安徽六安`, `韩国京畿道华城`: the smaller says where; not two abbreviations, `中英`), a country before a word
    for people or a title (`一位中国工人`, `与德国外长会谈`: whose they are, not where it happened)."""
    places = [m for m in mentions if m.type == "LOC"]
    out = {id(m) for m, n in zip(places, places[1:])
           if n.span.start == m.span.end and min(len(m.text), len(n.text)) > 1}  # 中英 are two, side by side
    folded, titles = fold(text), data.words("titles")
    return out | {id(m) for m in places if fold(m.text) in countries() and (
        _NATIONALS.match(folded, m.span.end) or starting_at(folded, m.span.end, titles) is not None)}


def place(doc: Doc, folded: str, clause: Span, trigger: Span, etype: str,
          mentions: list[Mention]) -> tuple[Mention, Span] | None:
    """Where the event happened, and the phrase naming it (`抵达俄罗斯远东的阿穆尔州`: 阿穆尔州)."""
    best = None
    for cue in lexicon().place_re.finditer(folded, clause.start, clause.end):
        if COMPANION.match(doc.text, cue.end()) or cue.group() in lexicon().toward and (
                cue.end() > trigger.start or not any(m.span.start == cue.end() for m in mentions)):
            continue  # 运到北京: where a thing ends up; 去年, 过去: no going
        stop = trigger.start if cue.end() <= trigger.start else clause.end
        stop = min(stop, cue.end() + _PLACE_WINDOW)
        turns = (t.start() for t in _PHRASE_END.finditer(doc.text, cue.end(), stop)
                 if not any(m.span.start <= t.start() < m.span.end for m in mentions))
        stop = next(turns, stop)  # 在深圳被中国警方拘留: the phrase ends where the verb phrase begins
        for m in mentions:
            site = m.type == "LOC" or (m.type == "ORG" and m.span.start == cue.end()
                                       and fold(m.text).endswith(lexicon().sites))  # 在北京交通大学, 在纽约法院
            if site and cue.end() <= m.span.start and m.span.end <= stop:
                best = (m, Span(cue.end(), m.span.end))
    if best:
        return best
    if etype in MOVES:
        after = next((m for m in mentions if m.span.start >= trigger.end), None)
        if after and after.type == "LOC" and after.span.start - trigger.end <= _DESTINATION_GAP:
            return after, after.span
    if etype in lexicon().agentless:  # a fire, quake or election: a location in its clause is where it happened
        site = _finest(mentions, set())
        if site:
            return site, site.span
    return None


def place_headline(events: list[Event], dated: Span, in_dated: list[Mention], qualifiers: set[int],
                    names: dict[str, str]) -> None:
    """Happenings told before the first dated sentence (the headline, an undated lead) that name no place finer
    than a country take the place finer than one where that sentence is set (`智利…山火` / `…上周二…在瓦尔帕莱索
    郊外…`): the sentence that says when the story happened also says where."""
    site = _finest(in_dated, qualifiers)
    if site is None or breadth(site) > 0:
        return
    for event in events:
        if event.trigger.start < dated.start and (
                event.place is None or breadth_of(names[event.place]) > 0) and site.entity not in event.participants:
            event.place = site.entity


def breadth(place: Mention) -> int:
    """How wide a place is: 0 finer than a country (a city, a province, a site), 1 a country, 2 a region wider than
    one (欧洲, 东北亚, 朝鲜半岛), which names where a story's issue lies rather than where anything happened."""
    return breadth_of(place.text)


def breadth_of(name: str) -> int:
    """How wide the place of this name is (see `breadth`)."""
    folded = fold(name)
    return 2 if folded in lexicon().regions else 1 if folded in countries() else 0


def named_for(organisation: str, named: dict[str, str], kinds: dict[str, str]) -> str | None:
    """The id of the city or region finer than a country an organisation is named for (`北京市市场监管局`, `拉斯维加斯警方`,
    `杭州星河翻译社`: a local body acts where its name says), when the article names that place (`named`: folded name
    to id, `kinds`: id to type); a country in the name (`加蓬军方`) says no more than a country that acts does."""
    name = fold(organisation)
    return next((named[name[:n]] for n in range(min(len(name) - 1, _PLACE_NAME), 1, -1)
                 if kinds.get(named.get(name[:n], "")) == "LOC" and breadth_of(name[:n]) == 0), None)


def setting(mentions: list[Mention], qualifiers: set[int]) -> str | None:
    """Where a sentence is set: its first place finer than a country (拉斯维加斯 beside 美国), else its first country,
    else its first region."""
    place = _finest(mentions, qualifiers)
    return place.entity if place else None


def _finest(mentions: list[Mention], qualifiers: set[int]) -> Mention | None:
    """The first of the narrowest places among the mentions, but for those that only qualify (`qualifiers`)."""
    return min((m for m in mentions if m.type == "LOC" and id(m) not in qualifiers), key=breadth, default=None)


def abbreviated(word: str, named: dict[str, str]) -> str | None:
    """The place a visit or arrival word names by its abbreviation (访华, 訪美, 赴港, 来台, 返港), when the article names
    it in full."""
    lex = lexicon()
    full = lex.abbreviations.get(word[-1]) if len(word) == 2 and word[0] in "访抵赴来返回" else None
    return named.get(fold(full)) if full else None
