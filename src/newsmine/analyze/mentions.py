"""Candidate name mentions (PER, ORG, LOC) from the tagger, the gazetteers and the glosses, with
the tagger's known slips repaired (马修/PER ·/w 米勒/PER joined; 俄朝 split into 俄 and 朝).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from itertools import accumulate
from dataclasses import dataclass
from functools import cache

from newsmine import data
from newsmine.analyze import gazetteer
from newsmine.analyze.tagger import NAME_TAGS, Token
from newsmine.model import EntityType, Gloss
from newsmine.names import fold

# how much a source is trusted when two candidates overlap
RANK = {"gloss": 2, "alias": 2, "gazetteer": 1, "tagger": 1, "short": 0}


@dataclass(frozen=True)
class Candidate:
    """A possible mention: `[start, end)`, type, where it came from, and a canonical key if known;
    `named_from`, when a place written right before the mention is the first part of the name
    (美国|司法部: the mention is 司法部, the name 美国司法部), is where the name starts."""

    start: int
    end: int
    type: EntityType
    source: str
    key: str | None = None
    named_from: int | None = None


def _is_translit(word: str) -> bool:
    chars = data.words("transliteration")
    return bool(word) and all(ch in chars for ch in word)


_CONGRESS = re.compile(r"(?:中共)?(?:二十|十[一二三四五六七八九])大")


@cache
def tails(does: str) -> tuple[str, ...]:
    """The name tails of one kind (`generic`, `government`, `event`) from `data/name_tails.tsv`."""
    return tuple(row["word"] for row in data.table("name_tails") if row["does"] == does)


@cache
def _long_place_suffixes() -> tuple[str, ...]:
    """The place suffixes of two or more characters, as one tuple for `str.endswith`."""
    return tuple(w for w in data.words("place_suffixes") if len(w) >= 2)


_COUNTED = re.compile(r"[一二三四五六七八九十两几各贵我该本其他全]国$")


def from_tagger(folded: str, tokens: tuple[Token, ...]) -> list[Candidate]:
    """PER/ORG/LOC words from the tagger, joined and split where it is known to slip."""
    stop = data.words("not_entities")
    out: list[Candidate] = []
    i, n = 0, len(tokens)
    while i < n:
        tok = tokens[i]
        if tok.tag not in NAME_TAGS:
            if len(tok.word) in (2, 3) and (gazetteer.abbreviation(tok.word[0]) or gazetteer.abbreviation(tok.word[1])):
                out += _abbreviations(folded, tokens, i)  # the only lengths an abbreviation form has, one in its first two
            elif len(tok.word) == 1 and i > 0:
                out += _abbreviation_after_cue(tokens[i - 1], tok)
            i += 1
            continue
        start, end, kind, j = tok.start, tok.end, tok.tag, i + 1
        if kind == "PER":
            start, end, j = _person(folded, tokens, i)
            if any(folded.endswith(t, start, end) for t in tails("government")) and end - start >= 3:
                kind = "ORG"  # 蔡政府: a leader's government
        else:
            start, end, kind, j = _place_or_org(folded, tokens, i)
        if kind == "LOC" and folded[start] == "前" and gazetteer.lookup(folded[start + 1 : end]) == "LOC":
            start += 1  # 前|苏联, 前|南斯拉夫: the former state
        word = folded[start:end]
        if word in stop or end <= start or _not_a_name(word, kind) or _verb_compound(folded, start, end):
            i = j
            continue
        if kind == "LOC" and len(word) == 2 and word[0] == "驻" and (entry := gazetteer.abbreviation(word[1])):
            out.append(Candidate(start + 1, end, entry.type, "tagger", entry.name))  # 驻|港: the place posted to
            i = j
            continue
        if kind == "LOC" and (country := _country_of_title(tokens, i)) is not None:
            out.append(country)  # 英王 read as a place: the country of the title
            i = j
            continue
        if kind in ("LOC", "ORG") and len(word) in (2, 3) and all(gazetteer.abbreviation(c) for c in word):
            out += _split_abbreviations(start, word)
        elif not (kind == "PER" and word[0] in data.words("surnames")) and \
                (places := _places_before_title(folded, start, word)) is not None:
            out += _split_abbreviations(start, places)  # 港|特首, 中美|元首: the places, then the title
        elif len(word) == 1 and gazetteer.abbreviation(word) is not None:
            entry = gazetteer.abbreviation(word)
            out.append(Candidate(start, end, entry.type, "tagger", entry.name))  # type: ignore[union-attr]
        else:
            out.append(Candidate(start, end, kind, "tagger"))  # type: ignore[arg-type]
        i = j
    return out


_LEAVE_OR_JOIN = frozenset("脱退入留")  # 脱欧, 入欧: a word for leaving or joining, no place named


def _verb_compound(folded: str, start: int, end: int) -> bool:
    """Whether the word `[start, end)` is the 欧 of a verb compound of leaving or joining a union (脱欧)."""
    return folded[start:end] == "欧" and folded[start - 1 : start] in _LEAVE_OR_JOIN


def _person(folded: str, tokens: tuple[Token, ...], i: int) -> tuple[int, int, int]:
    """A PER word, joined across name separators and split-off transliterated tails; titles cut."""
    seps, titles, surnames = data.words("separators"), data.words("titles"), data.words("surnames")
    start, end, j, n = tokens[i].start, tokens[i].end, i + 1, len(tokens)
    while True:
        if folded[end - 1] in seps and j < n and tokens[j].start == end and (
                tokens[j].tag == "PER" or _is_translit(tokens[j].word)):
            end, j = tokens[j].end, j + 1
        elif j + 1 < n and (tokens[j].word in seps or (tokens[j].word == "." and _is_translit(folded[end - 1]))) \
                and tokens[j].start == end and (tokens[j + 1].tag == "PER" or _is_translit(tokens[j + 1].word)):
            end, j = tokens[j + 1].end, j + 2  # 詹姆斯|．|克莱弗利: a full-width stop, folded, between two parts
        elif j < n and tokens[j].start == end and tokens[j].tag == "PER" and _is_translit(folded[start:end]) \
                and any(sep in tokens[j].word[1:-1] for sep in seps):
            end, j = tokens[j].end, j + 1  # 弗拉基|米尔‧普丁: a given name cut before its separator
        elif j < n and tokens[j].start == end and tokens[j].tag in ("n", "nz", "xc") and \
                _is_translit(tokens[j].word) and _is_translit(folded[start:end].split("·")[-1]) and \
                len(tokens[j].word) <= 3 and tokens[j].word not in titles and _joins_name(tokens, j):
            end, j = tokens[j].end, j + 1
        else:
            break
    while end - start > 1 and folded[end - 1] in seps:
        end -= 1
    # a title swallowed at either end: 总统普京 → 普京, 王局长 → 王 (news names a person by surname
    # and title, 李总理, 王先生; the surname is then the only name written)
    longest = _longest_title()
    for size in range(min(longest, end - start - 2), 0, -1):  # the longest title first
        if folded[start : start + size] in titles:
            start += size
            break
    for size in range(min(longest, end - start), 0, -1):
        head = end - size
        if folded[head:end] in titles and (head - start >= 2 or (head - start == 1 and folded[start] in surnames)):
            end = head
            break
    return start, end, j


@cache
def _longest_title() -> int:
    return max(map(len, data.words("titles")), default=0)


def _place_or_org(folded: str, tokens: tuple[Token, ...], i: int) -> tuple[int, int, str, int]:
    """An ORG or LOC word with the tagger's slips repaired (a place suffix split off, a country's body,
    a generic tail after a known name)."""
    tok, n = tokens[i], len(tokens)
    start, end, kind, j = tok.start, tok.end, tok.tag, i + 1
    suffixes = data.words("place_suffixes")
    if j < n and tokens[j].start == end and tokens[j].word in suffixes and len(tokens[j].word) >= 2:
        end, kind, j = tokens[j].end, "LOC", j + 1
    if kind == "LOC" and j < n and tokens[j].start == end and _is_body(tokens[j].word):
        end, kind, j = tokens[j].end, "ORG", j + 1  # 秘鲁|参议院
    word = folded[start:end]
    for tail in tails("event"):
        head = word[: -len(tail)]
        if word.endswith(tail) and head:
            # 俄乌战争 names an event, not a place; a head of abbreviations still names places
            keep = len(head) in (2, 3) and all(gazetteer.abbreviation(c) for c in head)
            return start, start + (len(head) if keep else 0), "LOC", j
    if word.endswith("族") and kind in ("ORG", "LOC"):
        return start, start, kind, j  # an ethnic group is none of the three
    for tail in tails("generic"):
        head = word[: -len(tail)]
        entry = gazetteer.known(head) if word.endswith(tail) and len(head) >= 2 else None
        if entry is not None:
            return start, end - len(tail), entry.type, j
    if len(word) >= 4 and word.endswith(_long_place_suffixes()):
        kind = "LOC"
    if kind == "ORG" and any(word.endswith(s) and len(word) > len(s) for s in data.words("facility_suffixes")):
        kind = "LOC"  # 大英博物馆, 青山滑雪酒店: a building or site people go to
    return start, end, kind, j


def _not_a_name(word: str, kind: str) -> bool:
    """Tagger names that are not: a title (国务委员), a counted 两国, a stray single character, a code of
    digits and marks alone (050401), a word holding a symbol (│││环境保护局), a body or place holding
    written Cantonese (嗰啲; a person's is cut in `name_cuts`), a trade or field alone (电信)."""
    if word in data.words("titles") or _COUNTED.match(word) or not any(ch.isalpha() for ch in word):
        return True
    if kind != "PER" and not data.words("cantonese_function_chars").isdisjoint(word):
        return True
    if kind == "ORG" and gazetteer.known(word) is None and (word in data.words("company_trades")
                                                            or word in data.words("research_fields")):
        return True  # 电信, 金融: a trade or field alone, as in 放宽电信、医疗等服务业准入
    if any(unicodedata.category(ch).startswith("S") for ch in word):
        return True
    if len(word) == 1:
        return not (gazetteer.abbreviation(word) or (kind == "PER" and word in data.words("surnames")))
    return False


def _is_body(word: str) -> bool:
    """A government body named without its country (参议院, 外交部)."""
    entry = gazetteer.known(word)
    return entry is not None and entry.type == "ORG" and \
        not any(gazetteer.lookup(word[:k]) == "LOC" for k in range(2, len(word)))


def _places_before_title(folded: str, start: int, word: str) -> str | None:
    """The place abbreviations a tagger's word of up to four characters opens with, when a title of two
    or three characters starts right after them (港|特首, 中美|元首, the word ending inside the title or not)."""
    for k in range(1, min(3, len(word))):
        if len(word) <= 4 and all(gazetteer.abbreviation(c) for c in word[:k]) and \
                any(folded[start + k : start + k + n] in data.words("titles") for n in (2, 3)):
            return word[:k]
    return None


def _split_abbreviations(start: int, word: str) -> list[Candidate]:
    out = []
    for k, ch in enumerate(word):
        entry = gazetteer.abbreviation(ch)
        out.append(Candidate(start + k, start + k + 1, entry.type, "tagger", entry.name))  # type: ignore[union-attr]
    return out


def _title_glued(folded: str, start: int, end: int) -> str | None:
    """A title of two or more characters ending an organisation's word, leaving a name of two or more."""
    titles = data.words("titles")
    for n in range(min(5, end - start - 2), 1, -1):
        if folded[end - n : end] in titles and folded[end - n : end] not in data.words("org_suffixes"):
            return folded[end - n : end]
    return None


def cut_glued_titles(folded: str, candidates: list[Candidate]) -> list[Candidate]:
    """The tagger's organisations without a member's title or 籍 glued to their end: 民进党|立委,
    共和党|籍; and its places without an official's title, when what is left is a place the gazetteers
    know: 美国|国务卿, 北京|市长; a person's word without the last character of a title before it
    (博士|生泰勒斯)."""
    out = []
    for cand in candidates:
        glued = None
        if cand.type == "ORG" and cand.source == "tagger":
            glued = "籍" if folded[cand.end - 1] == "籍" and cand.end - cand.start >= 3 else \
                _title_glued(folded, cand.start, cand.end)
        elif cand.type == "LOC" and cand.source == "tagger" and gazetteer.known(folded[cand.start : cand.end]) is None:
            glued = _title_glued(folded, cand.start, cand.end)
            place = gazetteer.known(folded[cand.start : cand.end - len(glued)]) if glued else None
            glued = glued if place is not None and place.type == "LOC" else None
        if glued:
            cand = Candidate(cand.start, cand.end - len(glued), cand.type, cand.source, cand.key)
        elif cand.type == "PER" and cand.source == "tagger" and cand.end - cand.start >= 3 and _title_before(folded, cand.start):
            cand = Candidate(cand.start + 1, cand.end, "PER", cand.source, cand.key)  # 博士|生泰勒斯: 博士生|泰勒斯
        out.append(cand)
    return out


def _title_before(folded: str, start: int) -> bool:
    """Whether the first character of a person's word ends a title written right before it (博士|生泰勒斯)."""
    return any(folded[start - n : start + 1] in data.words("titles") for n in (1, 2, 3) if start - n >= 0)


def _abbreviations(folded: str, tokens: tuple[Token, ...], i: int) -> list[Candidate]:
    """Place abbreviations in ordinary words: 中美 (two places), 访华 and 在京 (one)."""
    word, start = tokens[i].word, tokens[i].start
    if word in data.words("not_entities"):
        return []
    if len(word) in (2, 3) and all(gazetteer.abbreviation(c) for c in word) and tokens[i].tag in ("n", "nz", "j", "f"):
        return _split_abbreviations(start, word)
    if len(word) == 2 and word[1] == "方" and (entry := gazetteer.abbreviation(word[0])) is not None \
            and entry.name in gazetteer.countries():
        return [Candidate(start, start + 2, "LOC", "tagger", entry.name)]  # 中方, 美方: the country as a party
    if (country := _country_of_title(tokens, i)) is not None:
        return [country]
    if len(word) == 2 and word[1] == "军" and gazetteer.abbreviation(word[0]):
        return [Candidate(start, start + 2, "ORG", "tagger")]  # 美军, 日军: a country's armed forces
    if len(word) == 2 and word[0] in data.words("abbreviation_cues") and gazetteer.abbreviation(word[1]) \
            and tokens[i].tag in ("v", "vn", "p"):
        entry = gazetteer.abbreviation(word[1])
        return [Candidate(start + 1, start + 2, entry.type, "tagger", entry.name)]  # type: ignore[union-attr]
    return []


_MONARCH_OR_PREMIER = frozenset("王相皇")  # 英王, 日相, 日皇: a one-character title after a country's


def _country_of_title(tokens: tuple[Token, ...], i: int) -> Candidate | None:
    """The country of a title written with its one-character abbreviation, as one word, right before a person
    (英王|查理斯三世, 日相|岸田文雄, 英相|苏纳克): the country is a mention, the title is not a place."""
    word, start = tokens[i].word, tokens[i].start
    entry = gazetteer.abbreviation(word[0]) if 2 <= len(word) <= 4 else None
    if entry is None or entry.name not in gazetteer.countries() or i + 1 >= len(tokens) or tokens[i + 1].tag != "PER":
        return None
    title = word[1:]
    if title in _MONARCH_OR_PREMIER or title in data.words("titles"):
        return Candidate(start, start + 1, "LOC", "tagger", entry.name)
    return None


def _abbreviation_after_cue(before: Token, tok: Token) -> list[Candidate]:
    """A place abbreviation the tagger split, as a noun, from the verb or preposition before it: 来|台,
    驻|法 (not 对|非 or 在|以, which it reads as a verb or preposition)."""
    if tok.tag not in ("n", "j") or before.tag not in ("v", "p") or before.end != tok.start:
        return []
    entry = gazetteer.abbreviation(tok.word)
    if entry is None or entry.type != "LOC" or before.word not in data.words("abbreviation_cues"):
        return []
    return [Candidate(tok.start, tok.end, "LOC", "tagger", entry.name)]


def _joins_name(tokens: tuple[Token, ...], j: int) -> bool:
    """Whether a short transliteration word after a PER word continues the name (阿基|门科)."""
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    return nxt is None or nxt.tag not in ("n", "nz") or not _is_translit(nxt.word)


def from_congresses(folded: str) -> list[Candidate]:
    """Party congresses named by number (十五大, 中共二十大): the party's National Congress, which its
    constitution names as its highest leading body (an organ, so ORG)."""
    blockers = data.words("congress_blockers")
    return [Candidate(m.start(), m.end(), "ORG", "tagger") for m in _CONGRESS.finditer(folded)
            if folded[m.end() : m.end() + 1] not in blockers]


_HEADS = frozenset({"LOC", "ORG", "PER", "nz"})
_INNER = frozenset({"n", "nz", "vn", "j", "an", "nw"})
JOINS = frozenset({"和", "及", "与"})  # words that join two names (甲和乙, 甲党及乙党)


@cache
def _tail_sizes() -> frozenset[int]:
    return frozenset(map(len, data.words("org_compound_tails")))


def from_org_tails(tokens: tuple[Token, ...]) -> list[Candidate]:
    """Organisations the tagger left in pieces: a place, person or name, common nouns, and a word that
    ends organisation names (中国|汽车|及|零部件|研究会, 鲁迅|研究会)."""
    tails_ = data.words("org_compound_tails")
    out = []
    for k, tok in enumerate(tokens):
        if tok.tag not in ("n", "nz") or not any(tok.word[-size:] in tails_ for size in _tail_sizes()):
            continue
        i, inner = k - 1, 0
        while i >= 0 and k - i <= 4 and tokens[i].end == tokens[i + 1].start:
            t = tokens[i]
            if t.tag in _HEADS:
                generic = not inner and tok.word in tails("generic") and gazetteer.known(t.word) is not None
                if (t.tag != "LOC" or inner or tok.word not in tails_) and not generic and t.word[-1] not in JOINS:
                    out.append(Candidate(t.start, tok.end, "ORG", "tagger"))
                break
            if t.tag in _INNER or (t.word in JOINS and i > 0 and tokens[i - 1].tag in _INNER):
                inner += t.tag in _INNER
                i -= 1
                continue
            break
    return out


def _word_across(tokens: tuple[Token, ...], starts: list[int], pos: int) -> str | None:
    """The word of the token that `pos` falls inside (not at its start), if any (`starts`: the tokens' starts)."""
    i = bisect_right(starts, pos) - 1
    return tokens[i].word if i >= 0 and tokens[i].start < pos < tokens[i].end else None


def from_gazetteer(folded: str, tokens: tuple[Token, ...]) -> list[Candidate]:
    """Gazetteer names that agree with the tagger's word boundaries (or are long enough to trust); a place
    the tagger read with 前 before it (前苏联, 前南斯拉夫) is the place."""
    starts = {t.start for t in tokens}
    ends = {t.end for t in tokens}
    first = [t.start for t in tokens]  # in text order
    titles = data.words("titles")
    out = []
    for start, end, entry in gazetteer.find(folded):
        former = folded[start - 1 : start] == "前" and start - 1 in starts and entry.type == "LOC"  # 前|苏联
        if (start in starts or former) and (end in ends or (end - start >= 4 and _word_across(tokens, first, end)
                                                            not in titles)) \
                and _read_as_word(tokens, first, start, end) is None:
            out.append(Candidate(start, end, entry.type, "gazetteer", entry.name))
    return out


_WORD_TAGS = frozenset({"v", "vd", "vn", "a", "ad", "an", "d"})  # a verb, adjective or adverb here, not a name


def _read_as_word(tokens: tuple[Token, ...], first: list[int], start: int, end: int) -> Token | None:
    """The tagger's token that is exactly `[start, end)` when it reads it as a verb, adjective or adverb:
    `让人联想到` is no company, though 联想 names one."""
    i = bisect_right(first, start) - 1
    token = tokens[i] if i >= 0 else None
    return token if token is not None and token.start == start and token.end == end and token.tag in _WORD_TAGS else None


def from_glosses(glosses: list[Gloss]) -> list[Candidate]:
    """The glossed terms that name a person, organisation or place; a person's title written in the
    term (约翰•布朗勋爵（Lord Browne）) is a role, not part of the name."""
    out = []
    for g in glosses:
        if g.type is None:
            continue
        term, titles = fold(g.term), data.words("titles")
        title = next((n for n in range(min(4, len(term) - 2), 1, -1) if term[-n:] in titles), 0) if g.type == "PER" else 0
        out.append(Candidate(g.term_span.start, g.term_span.end - title, g.type, "gloss"))
    return out


def choose(candidates: list[Candidate], glosses: list[Gloss]) -> list[Candidate]:
    """Non-overlapping candidates outside the glosses' parentheses: trusted sources first, then longer."""
    starts, reach = parentheses(glosses)
    candidates = [c for c in candidates if not overlaps(starts, reach, c.start, c.end)]
    ordered = sorted(candidates, key=lambda c: (-RANK[c.source], -(c.end - c.start), c.source != "gazetteer", c.start))
    taken: list[Candidate] = []
    spans: list[tuple[int, int]] = []  # the taken spans by (start, end): disjoint, so their ends ascend too
    taken_starts: list[int] = []
    taken_ends: list[int] = []
    for cand in ordered:
        if not overlaps(taken_starts, taken_ends, cand.start, cand.end):
            taken.append(cand)
            k = bisect_left(spans, (cand.start, cand.end))
            spans.insert(k, (cand.start, cand.end))
            taken_starts.insert(k, cand.start)
            taken_ends.insert(k, cand.end)
    return sorted(taken, key=lambda c: c.start)


def parentheses(glosses: list[Gloss]) -> tuple[list[int], list[int]]:
    """The glosses' parentheticals (term end to gloss end) as sorted starts and, for each, the
    furthest end up to it: what `overlaps` bisects, so no mention is checked against every gloss."""
    inside = sorted((g.term_span.end, g.span.end) for g in glosses)
    return [s for s, _ in inside], list(accumulate((e for _, e in inside), max))


def overlaps(starts: list[int], reach: list[int], start: int, end: int) -> bool:
    """Whether `[start, end)` overlaps one of the spans whose sorted STARTS are given, REACH[k] being
    the furthest end among the first k+1 of them: a bisection instead of a scan of every span."""
    k = bisect_left(starts, end)
    return k > 0 and reach[k - 1] > start
