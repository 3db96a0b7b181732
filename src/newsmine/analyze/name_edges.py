"""A name's edges where the tagger let the next word in: a conjunction glued to a body (英国皇家学会|和),
one character of the next word glued to a known name (联合国|任由, 首尔|朝九晚五), a place and a party
as one word (伊利诺伊州|民主党); and a person's last given character (李健|和) or regnal number (查理斯|三世)
the tagger left out.
Steps of `analyze/candidates.py`.
"""

from __future__ import annotations

import re
from functools import cache

from newsmine import data
from newsmine.analyze import gazetteer
from newsmine.analyze.mentions import Candidate


def trailing_conjunctions(folded: str, candidates: list[Candidate]) -> list[Candidate]:
    """The tagger's organisation or place with the conjunction after it glued on (英国皇家学会|和):
    cut when the rest is a name the gazetteers know or ends like an organisation."""
    heads = tuple(data.words("org_suffixes") | data.words("institution_heads"))
    out = []
    for cand in candidates:
        name = folded[cand.start : cand.end]
        rest = name[:-1]
        if cand.source == "tagger" and cand.type in ("ORG", "LOC") and len(rest) >= 3 and name[-1] in "和与及" \
                and (gazetteer.known(rest) is not None or rest.endswith(heads)):
            cand = Candidate(cand.start, cand.end - 1, cand.type, cand.source, cand.key)
        out.append(cand)
    return out


def known_heads(folded: str, candidates: list[Candidate]) -> list[Candidate]:
    """The tagger's organisation or place that is a name the gazetteers know and one character of the
    next word (联合国|任由, 首尔|朝九晚五, 北京|大部分, 解放军|会在): the known name, when that character
    is not one that ends a name (市, 队, 馆, 军 … of the suffix lists; 会 only in such a word: 协会) and
    the gazetteers do not know the whole;
    a known place and the part of it meant (北京|西部, 非洲|南端) is the place."""
    out = []
    for cand in candidates:
        name = folded[cand.start : cand.end]
        part = _PART.search(name) if cand.type == "LOC" else None
        size = len(part.group()) if part is not None else 1
        head = gazetteer.known(name[:-size]) if cand.source == "tagger" and cand.type in ("ORG", "LOC") \
            and len(name) > size + 1 and (part is not None or name[-1] not in _name_endings() or _modal(name)) \
            and gazetteer.known(name) is None else None
        if head is not None and head.type != "PER":
            cand = Candidate(cand.start, cand.end - size, head.type, cand.source, head.name)
        out.append(cand)
    return out


def cut_places(folded: str, candidates: list[Candidate]) -> list[Candidate]:
    """A body whose place the tagger cut before the place's last character, gluing that character to
    the body (北部|都会|区咨询委员会): the known place and the body are one organisation's name
    (北部都会区咨询委员会), and the pieces of the place before it are no mentions of their own."""
    out = list(candidates)
    for cand in candidates:
        if cand.type != "ORG" or cand.source != "tagger" or cand.end - cand.start < 4:
            continue
        start = next((cand.start - k for k in range(6, 1, -1)
                      if gazetteer.lookup(folded[max(0, cand.start - k) : cand.start + 1]) == "LOC"
                      and cand.start - k >= 0), None)
        if start is None or gazetteer.known(folded[cand.start : cand.end]) is not None:
            continue
        out = [c for c in out if c is not cand and not (start <= c.start < cand.start)]
        out.append(Candidate(start, cand.end, "ORG", cand.source))
    return out


_DESCRIBED_COUNTRY = ("邦交国", "盟国", "友邦", "邻国", "岛国", "小国", "大国", "国家")  # 中美洲邦交国|危地马拉


def described_countries(folded: str, candidates: list[Candidate]) -> list[Candidate]:
    """The tagger's place made of a word saying what a country is to another and the country
    (中美洲|邦交国|危地马拉): the country, and a known place the words begin with (中美洲)."""
    out = []
    for cand in candidates:
        name = folded[cand.start : cand.end]
        country = next((name[-n:] for n in range(min(6, len(name) - 3), 1, -1)
                        if name[-n:] in gazetteer.countries()), None) \
            if cand.type == "LOC" and cand.source == "tagger" and gazetteer.known(name) is None else None
        rest = name[: -len(country)] if country else ""
        if not country or not rest.endswith(_DESCRIBED_COUNTRY):
            out.append(cand)
            continue
        region = next((n for n in range(len(rest) - 2, 1, -1) if gazetteer.lookup(rest[:n]) == "LOC"), 0)
        if region:
            out.append(Candidate(cand.start, cand.start + region, "LOC", cand.source))
        out.append(Candidate(cand.end - len(country), cand.end, "LOC", cand.source))
    return out


def shared_heads(folded: str, candidates: list[Candidate]) -> list[Candidate]:
    """A body whose last character the tagger left to the title after it (台湾国安|局长, 某某|署长): the
    body ends with it (国安局), the title is 局长."""
    out = []
    for cand in candidates:
        head = folded[cand.end : cand.end + 2]
        if cand.type in ("ORG", "LOC") and cand.source == "tagger" and len(head) == 2 and head[0] in _HEAD_CHARS \
                and head[1] == "长" and folded[cand.end - 1] not in _HEAD_CHARS:
            cand = Candidate(cand.start, cand.end + 1, "ORG", cand.source, cand.key)
        out.append(cand)
    return out


_HEAD_CHARS = "局署部院处厅所"  # a body's last character that a title repeats: 国安局 … 局长


def _modal(name: str) -> bool:
    """Whether the 会 that ends a name is the modal verb after it (解放军|会, 中联办|会): no word that
    ends a body's name in 会 (协会, 议会, 委员会 …) ends it."""
    return name.endswith("会") and not any(name.endswith(w) for w in data.words("org_suffixes") if len(w) >= 2)


_PART = re.compile(r"(?:东|西|南|北|中|东北|西北|东南|西南)(?:部|端)$")  # 北京|西部, 非洲|南端


@cache
def _name_endings() -> frozenset[str]:
    """The last characters of the words that end places, bodies and sites (市, 队, 馆, 场), and of
    peoples and forces (人, 军): a character after a known name that makes another name."""
    words: set[str] = set()
    for name in ("place_suffixes", "org_suffixes", "facility_suffixes", "admin_suffixes", "address_suffixes"):
        words |= data.words(name)
    return frozenset(w[-1] for w in words) | frozenset("人籍军方")


def party_places(folded: str, candidates: list[Candidate]) -> list[Candidate]:
    """The tagger's one word made of a place and a party the gazetteers know, in either order
    (伊利诺伊州|民主党 参议员, 共和党|南卡罗来纳州 参议员): two mentions, the place and the party; a
    name they know whole stays whole."""
    out = []
    for cand in candidates:
        name = folded[cand.start : cand.end]
        split = _party_split(name) if cand.source == "tagger" and cand.type in ("ORG", "LOC") \
            and gazetteer.known(name) is None else None
        if split is None:
            out.append(cand)
            continue
        at, party_first = split
        kinds = ("ORG", "LOC") if party_first else ("LOC", "ORG")
        out += [Candidate(cand.start, cand.start + at, kinds[0], cand.source),
                Candidate(cand.start + at, cand.end, kinds[1], cand.source)]
    return out


def _party_split(name: str) -> tuple[int, bool] | None:
    """Where a party and a place meet in `name`, and whether the party comes first."""
    for at in range(2, len(name) - 1):
        head, rest = name[:at], name[at:]
        if rest in gazetteer.names_in("parties") and _is_place(head):
            return at, False
        if head in gazetteer.names_in("parties") and _is_place(rest):
            return at, True
    return None


def _is_place(word: str) -> bool:
    """A place the gazetteers know, or a name of three characters or more ending in 州, 省 or 市."""
    known = gazetteer.known(word)
    return known is not None and known.type == "LOC" or len(word) >= 3 and word[-1] in "州省市"


def given_name_tails(folded: str, candidates: list[Candidate]) -> list[Candidate]:
    """A two-character person (family name and one given character) the tagger cut from a third
    character that follows every time the name is written, while what follows the three varies
    (李健|和批評, 李健|和（, 李健|和生於): the third character is the name's own, even when it is a
    word of its own elsewhere (和, 在)."""
    tails: dict[str, str | None] = {}
    for cand in candidates:
        name = folded[cand.start : cand.end]
        if cand.type == "PER" and cand.source == "tagger" and len(name) == 2 and name not in tails:
            tails[name] = _given_tail(folded, name)
    out = []
    for cand in candidates:
        tail = tails.get(folded[cand.start : cand.end]) if cand.type == "PER" and cand.source == "tagger" else None
        if tail is not None and folded[cand.end : cand.end + 1] == tail:
            cand = Candidate(cand.start, cand.end + 1, cand.type, cand.source, cand.key)
        out.append(cand)
    return out


def _given_tail(folded: str, name: str) -> str | None:
    if name[0] not in data.words("surnames"):
        return None
    at = [m.start() for m in re.finditer(name, folded)]
    nexts = {folded[i + 2 : i + 3] for i in at}
    if len(at) < 3 or len(nexts) != 1 or not _HANZI.fullmatch(tail := nexts.pop()):
        return None
    return tail if len({folded[i + 3 : i + 4] for i in at}) >= 2 else None


_HANZI = re.compile(r"[\u4e00-\u9fff]")


REGNAL = re.compile(r"[一二三四五六七八九十]{1,3}世(?!纪|紀|界)")  # 三世, 十六世; not 世纪, 世界


def regnal_numbers(folded: str, candidates: list[Candidate]) -> list[Candidate]:
    """A monarch's or pope's regnal number written after the name is part of it (查理斯|三世, 本笃|十六世)."""
    out = []
    for cand in candidates:
        number = REGNAL.match(folded, cand.end) if cand.type == "PER" else None
        out.append(Candidate(cand.start, number.end(), "PER", cand.source, cand.key) if number else cand)
    return out
