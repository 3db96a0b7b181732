"""Enumerations that say what kind of organisation their members are: each member of a list that
ends in 等 or a count and a word for a kind of organisation (马士基、地中海航运等航运公司, 街电、小电、
怪兽、来电4家头部企业, 包括甲银行、乙银行在内的多家银行), or follows such a word and 如 or 包括
(球队包括东方、南华、晨曦), is an organisation, whatever the tagger made of it (小红|书, 来电/v).
A step of `analyze/candidates.py` (`kind_lists`); the kinds are `data/org_kinds.tsv`.
"""

from __future__ import annotations

import re
from functools import cache

from newsmine import data
from newsmine.analyze import gazetteer
from newsmine.analyze.common_words import made_of
from newsmine.analyze.mentions import Candidate
from newsmine.analyze.tagger import Token
from newsmine.analyze.text import alternation
from newsmine.analyze.token_index import TokenIndex

_COUNT = r"(?:[0-9]+|[一二两三四五六七八九十几多数])(?:家|个|间|所)"
_ENDS = "，,。；;：:！!？?\n（）()《》“”「」『』\"…—"  # a list runs inside one clause and outside quotations
_BRACKETED = re.compile(r"[（(][^（）()\n]{1,20}[）)]")
_CONJ = re.compile(r"以及|和|及|与|跟")
_MEMBER = re.compile(r"[\u4e00-\u9fff0-9·]{2,12}|(?=.*[A-Za-z])[\u4e00-\u9fffA-Za-z0-9·&\- ]{2,20}")
NOT_IN_NAMES = frozenset("的了这那些其各该本们是在和与及或着不未没")  # particles, pronouns, negations
# the tagger's classes of common words: a member the tagger reads as one of them is a name only when
# a count says every member is one (来电/v in 街电、小电、怪兽、来电4家企业)
_COMMON = frozenset({"n", "vn", "v", "a", "an", "ad", "d", "vd", "r", "f", "s", "q", "m", "TIME", "u", "p", "c",
                     "xc", "w"})
_STOPS = frozenset({"v", "p", "u", "c", "d", "r", "f", "w", "q", "m", "TIME", "vd", "ad", "xc"})
_MODIFIER_TAGS = frozenset({"n", "nz", "a", "an", "b", "m", "q", "j", "r", "f", "vn", "LOC"})
_NUMERALS = {ch: n for n, ch in enumerate("一二三四五六七八九十", 1)} | {"两": 2}
_BEFORE = ("譬如", "比如", "例如", "包括", "像是", "如")


@cache
def _tail() -> re.Pattern[str]:
    """等 or 在内的, an optional count, a few words of kind or size and the kind word (等多家头部企业)."""
    kinds = alternation(data.marked("org_kinds", "kind"))
    return re.compile(rf"(?:(?P<etc>等等|等|在内的)(?P<count>{_COUNT})?|(?P<alone>{_COUNT}))"
                      rf"(?P<mods>[\u4e00-\u9fff]{{0,6}}?)(?:{kinds})")


@cache
def _head() -> re.Pattern[str]:
    """A kind word, then 如 or 包括 and the list (球队包括…, 超市譬如…)."""
    kinds = alternation(data.marked("org_kinds", "kind"))
    return re.compile(rf"(?:{kinds})(?:{alternation(_BEFORE)})[:：]?")


@cache
def _kind_words() -> frozenset[str]:
    """The words for a kind of organisation or place, where a list's first member cannot begin (巨头|如)."""
    return data.marked("org_kinds", "kind") | data.marked("generic_bodies", "head")


@cache
def member_words() -> frozenset[str]:
    """Words that name a kind, a trade or a field, not one organisation (银行、保险等机构); also read by
    `org_contexts`."""
    return (data.marked("org_kinds", "kind") | data.marked("generic_bodies", "head") | data.words("company_trades")
            | data.words("generic_kinds") | data.words("not_entities") | data.words("titles"))


def kind_lists(folded: str, tokens: tuple[Token, ...], candidates: list[Candidate]) -> list[Candidate]:
    """`candidates` with the members of lists of organisations of one kind made organisations, in place
    of the tagger's pieces of them."""
    words = TokenIndex(tokens)
    members: list[tuple[int, int]] = []
    masked = _BRACKETED.sub(lambda b: "#" * len(b.group()), folded)  # 甲（00700）、乙（对标丙）等公司
    for m in _tail().finditer(folded):
        if _tail_names_kind(m, words):
            count = m.group("count") or m.group("alone")
            members += _members_before(masked, words, m.start(), count, single=bool(m.group("etc")))
    for m in _head().finditer(folded):
        members += _members_after(folded, words, m.end())
    return placed_organisations(candidates, members)


def _tail_names_kind(m: re.Match[str], words: TokenIndex) -> bool:
    """Whether the words between 等 (or the count) and the kind word only say what kind or size (头部,
    互联网, 一些), not where or in what field (等地企业, 等领域的公司), and no verb or 的 is among them."""
    mods = m.group("mods")
    if "的" in mods or any(mods.startswith(w) for w in data.marked("org_kinds", "not")):
        return False
    return all(tok.tag in _MODIFIER_TAGS for tok in words.starting_in(m.start("mods"), m.end("mods")))


def _members_before(masked: str, words: TokenIndex, end: int, count: str | None,
                    single: bool) -> list[tuple[int, int]]:
    """The members of the list that ends at `end`: split at 、 and at the conjunction before the last;
    the first begins where the clause's other words end. `masked` is the text with each short
    bracket written as #, so that a member's code or note in brackets neither ends the list nor
    joins the member."""
    begin = max(masked.rfind(ch, 0, end) for ch in _ENDS) + 1
    pieces = [(s, e) for s, e in (_unmasked(masked, s, e) for s, e in _split(masked, begin, end)) if e > s]
    if not pieces or (len(pieces) == 1 and not single):
        return []
    first_start = _walk_back(words, pieces[0][0], pieces[0][1])
    if first_start is None:
        pieces = pieces[1:]
    else:
        pieces[0] = (first_start, pieces[0][1])
    counted = _counted(count) == len(pieces)
    return _names(masked, words, pieces, counted)


def _unmasked(masked: str, start: int, end: int) -> tuple[int, int]:
    """The span without the brackets written as # at its end."""
    while end > start and masked[end - 1] == "#":
        end -= 1
    return start, end


def _members_after(folded: str, words: TokenIndex, begin: int) -> list[tuple[int, int]]:
    """The members of the list after 如 or 包括: two or more, the last ending where the clause's other
    words begin (…家乐福和永旺|都已经下架)."""
    ends = [at for ch in _ENDS if (at := folded.find(ch, begin)) >= 0]
    end = min(ends) if ends else len(folded)
    etc = re.search(r"等等|等", folded[begin:end])
    pieces = _split(folded, begin, begin + etc.start() if etc else end)
    if len(pieces) < 2:
        return []
    if not etc:
        last_end = _walk_on(words, *pieces[-1])
        if last_end is None:
            return []
        pieces[-1] = (pieces[-1][0], last_end)
    return _names(folded, words, pieces, False)


def _split(folded: str, begin: int, end: int) -> list[tuple[int, int]]:
    """`begin`…`end` split at 、, and the last part at its first conjunction."""
    pieces, pos = [], begin
    for part in folded[begin:end].split("、"):
        pieces.append((pos, pos + len(part)))
        pos += len(part) + 1
    start, stop = pieces[-1]
    conj = _CONJ.search(folded, start + 2, stop - 1)
    if conj is not None:
        pieces[-1:] = [(start, conj.start()), (conj.end(), stop)]
    return [(s, e) for s, e in pieces if e > s]


def _walk_back(words: TokenIndex, begin: int, end: int) -> int | None:
    """Where the first member starts: back from `end` over the tagger's words that may be part of a
    name (a space between Latin words too: BDI Furniture), to a verb, preposition or particle (获得|腾讯,
    包括|甲), a kind word or eight characters (24 for Latin)."""
    tokens, k = words.tokens, words.last_starting_at_or_before(end - 1)
    start = None
    while k >= 0 and tokens[k].start >= begin and end - tokens[k].start <= (24 if tokens[k].word.isascii() else 8):
        tok = tokens[k]
        latin_gap = tok.word.isspace() and k > 0 and tokens[k - 1].word.isascii() and start is not None
        if (tok.tag in _STOPS and not latin_gap) or tok.word in _kind_words():
            break
        start = tok.start
        k -= 1
    return start


def _walk_on(words: TokenIndex, begin: int, end: int) -> int | None:
    """Where the last member of a list not closed by 等 ends: on from `begin` over words that may be
    part of a name, to an adverb or verb (永旺|都)."""
    stop = None
    for tok in words.starting_in(begin, end):
        if tok.end - begin > 8 or tok.tag in _STOPS:
            break
        stop = tok.end
    return stop


def _counted(count: str | None) -> int:
    """The number a count gives (4家, 三家), 0 when it gives none (多家)."""
    if not count:
        return 0
    digits = count[:-1]
    return int(digits) if digits.isdigit() else _NUMERALS.get(digits, 0)


def _names(folded: str, words: TokenIndex, pieces: list[tuple[int, int]], counted: bool) -> list[tuple[int, int]]:
    """The members that may be names: none when half or more are places the gazetteers know (北京、
    上海等城市的企业 lists places); a member the tagger reads as one common word only when a count
    says every member is a name."""
    spans = [(s, e) for s, e in (_trimmed(folded, s, e) for s, e in pieces) if e > s]
    places = sum(1 for s, e in spans if gazetteer.lookup(folded[s:e]) == "LOC")
    if places * 2 >= len(spans):
        return []
    out = []
    for s, e in spans:
        word = folded[s:e]
        if not _MEMBER.fullmatch(word) or NOT_IN_NAMES & set(word) or word in member_words() \
                or made_of(word, member_words()) or gazetteer.lookup(word) == "LOC":
            continue
        first = words.starting_in(s, s + 1)
        if not first:
            continue  # the member does not begin a word: not where a name starts
        if first[0].end == e and first[0].tag in _COMMON and not counted and not word.isascii():
            continue
        out.append((s, e))
    return out


def _trimmed(folded: str, start: int, end: int) -> tuple[int, int]:
    """The span without the spaces around it."""
    while start < end and folded[start] in " \u3000\t":
        start += 1
    while end > start and folded[end - 1] in " \u3000\t":
        end -= 1
    return start, end


def placed_organisations(candidates: list[Candidate], members: list[tuple[int, int]]) -> list[Candidate]:
    """`candidates` with each span of `members` an organisation (also for `org_contexts`): the tagger's
    mentions inside or across it and a gazetteer's name inside it (地中海|航运) give way; a member a
    gloss, a gazetteer or an alias names whole, or the tagger's organisation, is left as it is."""
    out = list(candidates)
    for start, end in sorted(set(members)):
        inside = [c for c in out if c.start < end and start < c.end]
        if any(not _gives_way(c, start, end) for c in inside):
            continue
        out = [c for c in out if c not in inside] + [Candidate(start, end, "ORG", "tagger")]
    return out


def _gives_way(cand: Candidate, start: int, end: int) -> bool:
    """Whether a mention overlapping the member `start`…`end` gives way to it."""
    if (cand.start, cand.end) == (start, end):
        return cand.source == "tagger" and cand.type != "ORG"
    return cand.source == "tagger" or (cand.source == "gazetteer" and start <= cand.start and cand.end <= end)
