"""The left edge of a glossed person's name or of a term rendered by sound (`analyze/glosses.py`):
the run of transliteration characters and name separators before the parenthesis, joined across
the parts the tagger split (马修/·/米勒), cut after a title or a word of place (前财政部长|达因,
总理|内塔尼亚胡), and the two- or three-character Chinese or Korean name after a surname; and whether a
one-word name rendered by sound right after a word saying what a body is names the body (初创企业|里维安).
Hong Kong and Taiwan forms: a title the tagger glued before a name (前特首|林郑月娥), a name after a title
the tagger cut across (外相|祈礼望), a name split into one-character words (碧|咸), a first name read as an
unknown place (哈山|达力), a family name after 姓 (姓李（Lee）).
"""

from __future__ import annotations

from newsmine import data
from newsmine.analyze.gazetteer import lookup
from newsmine.analyze.gloss_originals import english_kind
from newsmine.analyze.gloss_phrases import MAX_TERM, SUFFIX_MAX
from newsmine.analyze.tagger import Token
from newsmine.analyze.text import ending_at
from newsmine.analyze.token_index import TokenIndex
from newsmine.model import EntityType
from newsmine.names import is_han

_STOP_TAGS = frozenset({"v", "vd", "p", "c", "u", "d", "r", "m", "q", "f", "a", "ad", "w", "TIME", "t", "s"})
_INNER = frozenset("“”\"?")
_PROPER_TAGS = frozenset({"nz", "nw", "PER"})  # the tags of a proper noun that is no place or body


def _translit_run(folded: str, end: int, floor: int) -> int:
    """Start of the run of transliteration characters and name separators ending at `end`; a quoted
    nickname (罗伯特·“鲍勃”·沃克), a ? standing for a middle dot lost in encoding and spaces around a
    separator (马妮莎 · 阿努拉吉) stay inside."""
    chars, seps = data.words("transliteration"), data.words("separators")
    start = end

    def inner(at: int) -> bool:
        need = 2 if folded[at] == "?" else 1  # a ? needs a name part of two characters before it
        return folded[at] in _INNER and at - need >= floor and all(
            folded[at - k] in chars or (need == 1 and folded[at - k] in seps) for k in range(1, need + 1))

    def spaced(at: int) -> bool:  # a space beside a separator: 马妮莎 · 阿努拉吉
        return folded[at] == " " and at > floor and (folded[at - 1] in seps or folded[at + 1] in seps)

    while start > floor and end - start < MAX_TERM and (
            folded[start - 1] in chars or folded[start - 1] in seps or inner(start - 1) or spaced(start - 1)):
        start -= 1
    while start < end and folded[start] in seps:
        start += 1
    return start


def person_start(folded: str, words: TokenIndex, end: int, floor: int) -> int | None:
    """Left edge of a personal or transliterated name ending at `end`, or None."""
    chars, seps = data.words("transliteration"), data.words("separators")
    tagged: int | None = None
    i = words.ending_at(end)
    if i is not None:
        tok = words.tokens[i]
        all_translit = all(ch in chars for ch in tok.word)
        prev = words.tokens[i - 1] if i > 0 else None
        if tok.tag == "PER" or (all_translit and prev is not None and prev.tag == "PER" and prev.end == tok.start):
            j = i if tok.tag == "PER" else i - 1
            # join parts split by the tagger across a separator: 马修/PER ·/w 米勒/PER
            while True:
                if j >= 2 and words.tokens[j - 1].word in seps and (
                        words.tokens[j - 2].tag == "PER" or all(ch in chars for ch in words.tokens[j - 2].word)):
                    j -= 2
                elif j >= 1 and len(words.tokens[j - 1].word) > 1 and words.tokens[j - 1].word[-1] in seps and (
                        words.tokens[j - 1].tag == "PER" or all(ch in chars for ch in words.tokens[j - 1].word[:-1])):
                    j -= 1
                else:
                    break
            tagged = words.tokens[j].start + _title_leading(words.tokens[j].word)  # 前特首|林郑月娥
            if folded[tagged] in seps:  # the tagger left a one-sound first name out: 让|-保罗·萨特
                tagged = tagged - 1 if tagged - 1 >= floor and folded[tagged - 1] in chars else tagged + 1
    run = raw = _translit_run(folded, end, floor)
    if end - run >= 2:
        cut = words.containing(run)
        if cut is not None and cut.start < run and (cut.tag in _STOP_TAGS or cut.tag in ("LOC", "ORG")
                                                    or cut.end < end):
            run = cut.end  # the run began inside a word that ends before the name: 丈|夫约翰
        while True:
            tok = words.containing(run)
            if tok is None or tok.start != run or tok.end >= end:
                break
            if _sound_after_title(words, tok, chars) or _unknown_place_sounds(tok, chars) or \
                    _split_into_sounds(words, run, end, chars):
                break
            if tok.tag in _STOP_TAGS or tok.tag in ("LOC", "ORG") or tok.word in data.words("titles"):
                run = tok.end
            else:
                break
        if end - run < 2:
            run = _after_title(folded, raw, end)
    if i is not None and tok.tag == "nz" and len(tok.word) == 3 and tok.start < run and tok.start >= floor and \
            i > 0 and words.tokens[i - 1].word in data.words("titles") and all(is_han(c) for c in tok.word):
        return tok.start  # a foreigner's Chinese name after a title, read as one proper noun: 大使|恒安石
    if tagged is not None and (end - run < 2 or run >= tagged or _common_nouns(words, run, tagged)):
        return max(tagged, floor)  # 亿万|富翁|马斯克: a common noun before the person is no part of the name
    if end - run >= 2:
        return run if tagged is None else min(run, tagged)
    return None


def sounds_term(folded: str, words: TokenIndex, end: int, floor: int) -> int | None:
    """Where a term of two or more characters begins that the tagger reads as a proper noun and that
    is written in the characters used to transliterate (瑞德西韦, 芬太尼: most of its characters);
    None when there is none, or when it is an ordinary noun (基金, 咖啡)."""
    chars = data.words("transliteration")
    i = words.ending_at(end)
    if i is None:
        return None
    tok = words.tokens[i]
    if len(tok.word) >= 2 and tok.start >= floor and all(is_han(c) for c in tok.word) and \
            3 * sum(c in chars for c in tok.word) >= 2 * len(tok.word) and tok.tag in _PROPER_TAGS:
        return tok.start
    return None


def name_after_glued_title(tok: Token) -> int | None:
    """Where a transliterated name begins inside a word the tagger made of a title and the name
    (国务卿庞培欧/ORG): after the longest title the word begins with, when two or more sounds follow."""
    titles, chars = data.words("titles"), data.words("transliteration")
    for n in range(min(SUFFIX_MAX, len(tok.word) - 2), 1, -1):
        if tok.word[:n] in titles and all(ch in chars for ch in tok.word[n:]):
            return tok.start + n
    return None


def _title_leading(word: str) -> int:
    """How many characters of a person's word the tagger glued a title to are the title, with the words
    qualifying it (前特首|林郑月娥, 时任局长|陈大文), when two or more are left for the name; else 0."""
    titles, modifiers = data.words("titles"), data.words("role_modifiers")
    lead = next((len(m) for m in sorted(modifiers, key=len, reverse=True) if word.startswith(m)), 0)
    for n in range(min(SUFFIX_MAX, len(word) - lead - 2), 1, -1):
        if word[lead : lead + n] in titles:
            return lead + n
    return 0


def name_after_title(folded: str, end: int, floor: int, original: str) -> int | None:
    """Where a person's name of two to four characters begins right after a title, when the tagger cut
    it into ordinary words across the title (英国外相|祈礼望（David Cameron））: only for an original
    of two to four capitalised words that name no body or place."""
    words = original.split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words) or english_kind(original) is not None:
        return None
    start = _after_title(folded, max(floor, end - 4), end)
    return start if start < end and all(is_han(c) for c in folded[start:end]) else None


def after_surname_word(folded: str, end: int, floor: int) -> tuple[int, int, EntityType] | None:
    """A family name glossed right after 姓 (姓李（Lee）, 姓麦克唐纳（McDonald））: a person's name, however
    the tagger reads it; not 百姓."""
    for start in range(end - 1, max(floor + 1, end - 4) - 1, -1):
        if not is_han(folded[start]):
            return None
        if folded[start - 1] == "姓" and folded[start - 2 : start - 1] != "百":
            return start, end, "PER"
    return None


def _split_into_sounds(words: TokenIndex, start: int, end: int, chars: frozenset[str]) -> bool:
    """Whether the tagger read a name of two or three sounds as as many one-character words
    (球星|碧/a|咸/a): each a transliteration character, none a particle or a pronoun."""
    inside = words.starting_in(start, end)
    return 2 <= len(inside) <= 3 and inside[0].start == start and inside[-1].end == end and all(
        len(t.word) == 1 and t.word in chars and t.tag in ("a", "n", "v", "d", "f") for t in inside)


def _unknown_place_sounds(tok: Token, chars: frozenset[str]) -> bool:
    """Whether `tok` is a first name the tagger read as a place no gazetteer knows, all of it sounds
    (前财长|哈山/LOC|达力): it begins the name rather than standing before it as a place would (以色列|…)."""
    return tok.tag == "LOC" and len(tok.word) >= 2 and all(ch in chars for ch in tok.word) and lookup(tok.word) is None


def _sound_after_title(words: TokenIndex, tok: Token, chars: frozenset[str]) -> bool:
    """Whether `tok` is a transliteration character right after a title that the tagger read as a
    word of place (总理|内|塔尼亚胡): the first sound of the name."""
    i = words.ending_at(tok.start)
    return len(tok.word) == 1 and tok.tag == "f" and tok.word in chars and i is not None and \
        words.tokens[i].word in data.words("titles")


def _common_nouns(words: TokenIndex, start: int, end: int) -> bool:
    """Whether `start`–`end` is whole common nouns of two or more characters (富翁, 歌手)."""
    inside = words.starting_in(start, end)
    return bool(inside) and inside[0].start == start and inside[-1].end == end and \
        all(t.tag == "n" and len(t.word) >= 2 for t in inside)


def _after_title(folded: str, start: int, end: int) -> int:
    """Where a short transliterated name begins right after a title, though the tagger read its
    characters as ordinary words (前财政部长|达因（Daim Zainuddin）); `end` when no title ends there."""
    titles = data.words("titles")
    return next((p for p in range(start, end - 1) if ending_at(folded, p, titles, SUFFIX_MAX) is not None
                 and end - p <= 4), end)


def surname_start(folded: str, end: int, floor: int) -> int | None:
    """Left edge of a two- or three-character Chinese or Korean name ending at `end`."""
    surnames, titles = data.words("surnames"), data.words("titles")
    for n in (3, 2):
        start = end - n
        if start < floor or not all(is_han(c) for c in folded[start:end]):
            continue
        if folded[start] in surnames and not any(folded[start:end].startswith(t) for t in titles):
            if n == 3 and ending_at(folded, start + 1, titles, SUFFIX_MAX) is None \
                    and folded[start - 1 : start + 1] in titles:
                continue
            return start
    return None


def named_after_person(folded: str, words: TokenIndex, start: int, floor: int) -> int:
    """Where a term begins that names a body or thing after a person whose name, joined by a
    separator, the term's left edge cut (约翰·|霍普金斯大学, 詹姆斯·|韦伯太空望远镜): the start of the
    person's name when it begins a word; else `start`."""
    seps, chars = data.words("separators"), data.words("transliteration")
    i = words.ending_at(start)
    person = words.tokens[i] if i is not None else None
    if person is not None and person.tag == "PER" and person.start >= floor and any(ch in seps for ch in person.word):
        return person.start  # the tagger read the person's whole name: 詹姆斯·韦伯|太空望远镜
    if start - 2 < floor or folded[start - 1] not in seps or folded[start - 2] not in chars:
        return start
    run = _translit_run(folded, start, floor)
    inside = words.containing(run)
    return run if run < start - 1 and (inside is None or inside.start == run) else start


def described_body(folded: str, start: int, floor: int) -> bool:
    """Whether a word saying what a body is (公司, 机构, 投行, 巨头: data/org_cues.tsv,
    data/gloss_descriptors.tsv) ends right before `start`."""
    cues = data.words("org_cues") | data.words("gloss_descriptors")
    return ending_at(folded, start, cues, SUFFIX_MAX) is not None and start - floor >= 2


def sounds_after_cue(folded: str, start: int, floor: int) -> int:
    """Where a name rendered by sound begins when one or two of its sounds stand between it and a word
    saying what the body is (初创企业|里|维安, the tagger reading 里 as "inside"), else `start`."""
    chars = data.words("transliteration")
    for back in (1, 2):
        at = start - back
        if at - 2 < floor or not all(ch in chars for ch in folded[at:start]):
            break
        if described_body(folded, at, floor):
            return at
    return start


def person_or_place(folded: str, start: int, end: int, original: str,
                     last_tag: str | None, kind: EntityType | None,
                     default: EntityType | None = "PER") -> EntityType | None:
    """A glossed name the tagger did not mark as a person: place when the words say so, a person when
    it is a full name right after a title."""
    english = english_kind(original)
    if english:
        return english
    if len(original.split()) >= 2 and ending_at(folded, start, data.words("titles"), SUFFIX_MAX) is not None:
        return "PER"  # a full name right after a title, though the tagger read a place: 前财长|哈山马力肯
    if last_tag == "LOC" or ending_at(folded, end, data.words("place_suffixes"), SUFFIX_MAX):
        return "LOC"
    if last_tag == "ORG":
        return "ORG"
    cue = ending_at(folded, start, data.words("place_cues"), SUFFIX_MAX)
    if cue is None and start >= 1 and folded[start - 1] == "的" and len(original.split()) == 1:  # not a person's
        # full name after 流亡英国的 (罗冠聪（Nathan Law）)
        cue = ending_at(folded, start - 1, data.words("place_cues"), SUFFIX_MAX)
        for length in range(2, 8):
            if start - 1 - length >= 0 and lookup(folded[start - 1 - length : start - 1]) == "LOC":
                cue = "的"
    before = folded[max(0, start - 1) : start]
    if cue is not None or (before == "在" and len(original.split()) == 1):
        return "LOC"
    return kind if kind is not None else default
