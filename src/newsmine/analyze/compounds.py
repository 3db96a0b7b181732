"""Names built on names: a country's armed forces (美国|海军), the branch of a bank or company
(农业银行|湖北省|分行, 某公司|上海分公司), a site named after a place or person (王子公园|球场, 梅兰芳|纪念馆),
a place's own council or police (观塘区|议会, 沙田|警署), a place's sports body (香港|足总), a state's
mission abroad (美国|驻|波兰|大使馆), an age-group team (中国|U21足球队), a station's channel (某某电视台|
都市频道). Each is one mention.
"""

from __future__ import annotations

import re
from functools import cache

from newsmine import data
from newsmine.analyze import gazetteer
from newsmine.analyze.lists import list_members
from newsmine.analyze.mentions import Candidate


@cache
def _facility_suffixes() -> tuple[str, ...]:
    """The facility words of two characters or more, longest first (one character names no facility)."""
    return tuple(w for w in data.longest_first("facility_suffixes") if len(w) >= 2)


def _word_at(folded: str, pos: int, words: tuple[str, ...]) -> str | None:
    """The first (longest) of `words` starting at `pos`."""
    if not folded.startswith(words, pos):
        return None  # one test of them all: most places hold none
    for word in words:
        if folded.startswith(word, pos):
            return word
    return None


def _forces(folded: str, cand: Candidate) -> Candidate:
    """A country followed by its forces (美国军方, 巴西海军) names the forces; not forces stationed
    there (驻叙利亚部队)."""
    if cand.type != "LOC" or gazetteer.known(folded[cand.start : cand.end]) is None or \
            folded[cand.start - 1 : cand.start] == "驻":
        return cand
    word = _word_at(folded, cand.end, data.longest_first("armed_forces"))
    return Candidate(cand.start, cand.end + len(word), "ORG", cand.source, None) if word else cand


def _site(folded: str, cand: Candidate) -> Candidate:
    """A name followed by a site word (公园|球场, 梵高|博物馆) names the site; a country before a
    common noun (法国|教堂) does not."""
    if folded[cand.start : cand.end] in gazetteer.countries():
        return cand
    word = _word_at(folded, cand.end, _facility_suffixes())
    return Candidate(cand.start, cand.end + len(word), "LOC", cand.source, None) if word else cand


def _sports_body(folded: str, cand: Candidate) -> Candidate:
    """A place followed by the short form of its sports body (香港|足总, 英格兰|足总, 日本|奥委会)
    names that body, an organisation, also when the tagger took the whole for a place."""
    if cand.type != "LOC":
        return cand
    name = folded[cand.start : cand.end]
    whole = next((w for w in data.longest_first("sports_bodies") if name.endswith(w) and len(name) > len(w)), None)
    if whole is not None:
        return Candidate(cand.start, cand.end, "ORG", cand.source, None)
    word = _word_at(folded, cand.end, data.longest_first("sports_bodies"))
    return Candidate(cand.start, cand.end + len(word), "ORG", cand.source, None) if word else cand


def _local_body(folded: str, cand: Candidate) -> Candidate:
    """A district or city followed by its council or police (观塘区|议会, 沙田|警署) names that body;
    not a country (日本|地方法院 is no one court)."""
    if cand.type != "LOC" or folded[cand.start : cand.end] in gazetteer.countries():
        return cand
    word = _word_at(folded, cand.end, data.longest_first("place_bodies"))
    return Candidate(cand.start, cand.end + len(word), "ORG", cand.source, None) if word else cand


@cache
def _mission() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in data.longest_first("missions"))
    return re.compile(rf"常?驻[\u3400-\u9fff]{{1,6}}?(?:{words})")


def _missions(folded: str, cands: list[Candidate]) -> list[Candidate]:
    """A country, 驻 and the place, and the word for a mission (美国|驻|波兰|大使馆, 中国|常驻|日内瓦|
    代表团) are one organisation, whatever pieces the tagger made of them."""
    out: list[Candidate] = []
    skip_to = -1
    for cand in cands:
        if cand.start < skip_to:
            continue
        m = _mission().match(folded, cand.end)
        if m is not None and folded[cand.start : cand.end] in gazetteer.countries():
            out.append(Candidate(cand.start, m.end(), "ORG", cand.source, None))
            skip_to = m.end()
            continue
        inner = next((n for n in range(2, min(6, cand.end - cand.start)) if folded[cand.start : cand.start + n]
                      in gazetteer.countries()), None)
        if inner is not None and _mission().fullmatch(folded, cand.start + inner, cand.end):
            cand = Candidate(cand.start, cand.end, "ORG", cand.source, None)  # the tagger's one word, a place
        out.append(cand)
    return out


_AGE_GROUP = re.compile(r"U ?[12][0-9](?:国家队|国奥队|足球队|男足|女足|男篮|女篮|男排|女排|队)?")


def _age_teams(folded: str, cands: list[Candidate]) -> list[Candidate]:
    """A country or a club followed by an age group and its team word (中国|U21足球队, 狼队|U23, 日本
    U23国家队) is one team, whatever pieces the tagger and the Latin-name step made of it."""
    out: list[Candidate] = []
    skip_to = -1
    for cand in cands:
        if cand.start < skip_to:
            continue
        m = _AGE_GROUP.match(folded, cand.end) if cand.type in ("LOC", "ORG") else None
        if m is not None and not folded[m.end() : m.end() + 1].isdigit():
            out.append(Candidate(cand.start, m.end(), "ORG", cand.source, None))
            skip_to = m.end()
            continue
        out.append(cand)
    return out


_CHANNEL = re.compile(r"[\u4e00-\u9fff]{2,4}频道")


def _channel(folded: str, cand: Candidate) -> Candidate:
    """A station followed by one of its channels (某某电视台|都市频道) names the channel, an outlet of
    its own."""
    if cand.type != "ORG" or not folded.endswith(("电视台", "卫视", "电台"), cand.start, cand.end):
        return cand
    m = _CHANNEL.match(folded, cand.end)
    return Candidate(cand.start, m.end(), "ORG", cand.source, None) if m else cand


def _placed_branch(folded: str, cand: Candidate) -> bool:
    """Whether the tagger's organisation is a place and a branch word alone (上海|分公司, 伦敦|分行):
    the branch of the organisation written before it, not a body of its own."""
    name = folded[cand.start : cand.end]
    word = next((w for w in data.longest_first("branch_words") if name.endswith(w)), None)
    return cand.type == "ORG" and word is not None and gazetteer.lookup(name[: -len(word)]) == "LOC"


def join_compounds(folded: str, chosen: list[Candidate]) -> list[Candidate]:
    """`chosen` (sorted, non-overlapping) with forces, sites, local bodies, missions and branches
    joined into one mention."""
    out: list[Candidate] = []
    cands = _age_teams(folded, _missions(folded, sorted(chosen, key=lambda c: c.start)))
    i = 0
    while i < len(cands):
        cand = _channel(folded, _site(folded, _local_body(folded, _sports_body(folded, _forces(folded, cands[i])))))
        nxt = i + 1
        branch = cands[nxt] if nxt < len(cands) and cands[nxt].start == cand.end else None
        if cand.type == "ORG" and branch is not None and _placed_branch(folded, branch):
            cand = Candidate(cand.start, branch.end, "ORG", cand.source, None)  # 某公司|上海分公司
            nxt += 1
        elif cand.type == "ORG":
            end = cand.end
            if nxt < len(cands) and cands[nxt].start == end and cands[nxt].type == "LOC":
                end = cands[nxt].end
                nxt += 1
            word = _word_at(folded, end, data.longest_first("branch_words"))
            if word:
                cand = Candidate(cand.start, end + len(word), "ORG", cand.source, None)  # 中国银行|伦敦|分行
            else:
                nxt = i + 1
        while nxt < len(cands) and cands[nxt].start < cand.end:
            nxt += 1  # a mention swallowed by the joined one
        out.append(cand)
        i = nxt
    return sorted(list_members(folded, out), key=lambda c: c.start)
