"""The left edge of a glossed organisation's or place's name (`analyze/glosses.py`): whole words back
to a stop, a country or parent body kept when it belongs to the name (英国|通信管理局), a descriptor
left out (智库|战略与国际研究中心), a place's sounds cut from the region the tagger joined them to
(北方邦|勒克瑙), a unit read whole with the body it is named after (美国之音|中文网); and whether the
Chinese before an English phrase is a clause rather than a term.
"""

from __future__ import annotations

import re

from newsmine import data
from newsmine.analyze.gazetteer import countries, english_names, lookup
from newsmine.analyze.tagger import Token
from newsmine.analyze.text import ending_at
from newsmine.analyze.token_index import TokenIndex
from newsmine.names import is_acronym, is_han

_NAME_TAGS = frozenset({"PER", "ORG", "LOC", "nz", "nw", "n", "xc", "ns", "nt", "nr", "vn", "an"})
MAX_TERM = 24
SUFFIX_MAX = 5  # the longest suffix, cue or title looked for at a term's edge
BREAK_TAGS = frozenset({"w", "u", "p", "r", "m", "q", "f", "d", "TIME", "t", "s", "PER"})


def phrase_start(folded: str, words: TokenIndex, end: int, floor: int, original: str) -> int | None:
    """Left edge of an organisation or place name ending at `end`: whole words back to a stop."""
    i = words.ending_at(end)
    if i is None:
        return None
    titles = data.words("titles")
    if words.tokens[i].tag in ("ORG", "LOC"):
        start = _known_tail(folded, words.tokens[i].start, end)
        if " " not in original and not is_acronym(original):
            start = place_tail(folded, start, end)
        elif words.tokens[i].tag == "LOC":
            start = after_unnamed_place(folded, start, end, original)
        place = words.tokens[i].tag == "LOC" and (lookup(folded[start:end]) == "LOC" or ending_at(
            folded, end, data.words("place_suffixes"), SUFFIX_MAX) is not None)
        j = i - 1
        # a country or a parent body written before it belongs to the name: 英国|通信管理局, 美国国家航空暨|太空总署;
        # a country before a place is a place of its own (英国|苏格兰地区)
        while j >= 0 and words.tokens[j].end == start and (words.tokens[j].tag == "ORG" or (
                words.tokens[j].tag == "LOC" and mentions_place(words.tokens[j].word, original)) or (
                folded[words.tokens[j].start : start] in countries() and not place)):
            start = words.tokens[j].start
            j -= 1
    else:
        start = end
        j = i
        body = ends_like_body(folded, end)
        while j >= 0 and end - words.tokens[j].start <= MAX_TERM:
            tok = words.tokens[j]
            if tok.start < floor or (j < i and tok.word in titles) or (tok.tag not in _NAME_TAGS and not _inner_word(
                    tok, j < i and body, original,
                    words.tokens[j - 1] if j > 0 else None)):
                break
            if tok.word in titles and j == i:
                return None
            start = tok.start
            j -= 1
    start = max(_as_long_as_original(folded, words, start, end, original), floor)
    start = _known_tail(folded, start, end)  # 叫停|蚂蚁集团, 敦促世界|贸易组织: a verb glued or taken in
    # an organisation named after the body it belongs to: 多伦多大学|公民实验室
    unit = _school_inside(folded, start, end)
    if unit is not None:
        start = unit
    start = _after_descriptor(folded, start, end, original)
    start = _after_glued_descriptor(folded, start, end, original)
    # a university, company, paper or any body but a state's is named without the country before it, unless
    # its original names it: 芬兰|拉普兰大学, 美国|通用磨坊公司 (General Mills), 英国|皇家学会 (Royal Society); an
    # abbreviation cannot tell, nor (but for a university) a one-word original; a state's body keeps it:
    # 日本最高裁判所 (Supreme Court), 美国证券交易委员会 (Securities and Exchange Commission)
    school = ending_at(folded, end, data.words("school_words"), SUFFIX_MAX) and not is_acronym(original)
    private = ending_at(folded, end, data.words("private_body_words"), SUFFIX_MAX) or \
        ending_at(folded, end, data.words("media_endings"), SUFFIX_MAX)  # 英国|金融时报 (Financial Times)
    state = ending_at(folded, end, data.words("state_body_heads"), SUFFIX_MAX)
    if school or (" " in original.strip() and (private or not state)):
        for length in range(min(7, end - start - 2), 1, -1):
            head = folded[start : start + length]
            # not before a generic word (英国|央行 (Bank of England)), nor a Chinese place's own body (香港电影发展基金)
            other = not (school or private) and (end - start - length < 3 or head in _CHINESE_PLACES)
            if head in countries() and not mentions_place(head, original) and not other:
                start += length
                break
    return start if end - start >= 2 else None


def ends_like_body(folded: str, end: int) -> bool:
    """Whether the text ending at `end` ends like a body's name: a body's, a paper's or channel's, or a
    meeting's last word (委员会, 频道, 会议: 消费者新闻与商业|频道, 联合国贸易和发展|会议)."""
    return any(ending_at(folded, end, data.words(name), SUFFIX_MAX) for name in (
        "org_suffixes", "media_endings", "gathering_words"))


def _after_descriptor(folded: str, start: int, end: int, original: str) -> int:
    """Past a generic word that says what the body is, with the country before it: 智库|战略与国际研究
    中心, 中国官媒|中国环球电视网, 美国投行|摩根士丹利, 化工巨头|巴斯夫 (the name is what follows)."""
    cues = data.longest_first("org_cues") + data.longest_first("gloss_descriptors")
    for n in range(min(5, end - start - 4), 1, -1):
        cue = _starting_at_word(folded, start + n, end, cues) if folded[start : start + n] in countries() else None
        if cue and _names_alone(folded[start + n + len(cue) : end]):
            start += n
            break
    cue = _starting_at_word(folded, start, end, cues)
    if cue and _names_alone(folded[start + len(cue) : end]):  # not 美国|企业|研究所 (American Enterprise Institute)
        return start + len(cue)
    # a trade before the word: 化工|巨头, 芯片|巨头; 咨询|公司, 研究|机构 when a name of its own follows, as
    # long as its original, unless an abbreviation, suggests (not 国际商会|仲裁院 (ICC International Court of Arbitration))
    kinds, bodies = data.words("gloss_descriptors"), data.words("org_cues")
    for n in range(3, min(6, end - start - 2) + 1):
        word, rest = folded[start + n - 2 : start + n], folded[start + n : end]
        if _names_alone(rest) and (word in kinds or word in bodies and (
                is_acronym(original) or len(rest) >= expected_length(original) - 1)):
            return start + n
    return start


def _names_alone(rest: str) -> bool:
    """Whether what follows a descriptor is a name of its own, not the descriptor's own ending
    (中国企业|联合会, 阿里巴巴集团|控股有限公司): it begins with no company form or cue and is more than
    a generic ending."""
    if any(rest.startswith(form[:2]) for form in data.words("company_forms")) or \
            _starting_at_word(rest, 0, len(rest) + 2, data.words("org_cues")):
        return False
    ending = ending_at(rest, len(rest), data.words("org_suffixes"), SUFFIX_MAX) or ""
    return len(rest) - len(ending) >= 2


def _after_glued_descriptor(folded: str, start: int, end: int, original: str) -> int:
    """Past a phrase saying what the body is, ending in a generic word, that the tagger glued to the
    name as one word: 风险投资公司|蓝杉资本 (Blue Fir Capital), 国际人权组织|人权观察 — when the term is
    longer than its original suggests by more than a word and the name left is not, but for a character
    (外交智库|外交关系委员会 (Council on Foreign Relations)); a unit named after
    the body it belongs to, 国际商会仲裁院 (ICC International Court of Arbitration), has the body in its original)."""
    expected = expected_length(original)
    if is_acronym(original) or not expected or end - start <= expected + 2:
        return start
    cues = data.longest_first("org_cues")
    for pos in range(end - 2, start + 2, -1):
        cue = next((c for c in cues if pos - len(c) >= start + 1 and folded[pos - len(c) : pos] == c), None)
        if cue is not None:
            return pos if end - pos <= expected + 1 else start  # 委员会 renders one word in three
    return start


_FOUNDED_BY = frozenset({"国立", "市立", "州立", "省立", "县立", "都立", "府立", "公立", "私立"})  # (folded) a
# school's name begins with who founded it: 国立|台湾大学


def _known_tail(folded: str, start: int, end: int) -> int:
    """Where a name the gazetteers know begins inside a word the tagger made too long, when what is
    before it is neither a place nor a body: 敦促|世界贸易组织 (but 英国通信管理局, a name known whole,
    世界粮食计划署, and one led by who founded it, 国立台湾大学, stay whole)."""
    if lookup(folded[start:end]) is not None:
        return start
    for pos in range(start + 1, end - 1):
        if lookup(folded[pos:end]) is not None:
            head = folded[start:pos]
            led = (head[:2] in countries() or head[:3] in countries()) and end - pos <= 3  # a country's body
            # whose short ending the gazetteers know stays whole: 美国国际|开发署 (not 巴西敦促|世界卫生组织)
            if lookup(head) is None and head not in countries() and head not in _FOUNDED_BY and not led:
                return pos
            break
    return start


_CHINESE_PLACES = frozenset({"中国", "香港", "台湾", "澳门", "中华"})  # (folded) whose bodies keep them in their names
JOINING = frozenset({"与", "和", "及", "暨"})  # words that join two names in a list
_DIRECTIONS = ("东部", "西部", "南部", "北部", "中部", "东北部", "西北部", "东南部", "西南部")


def after_unnamed_place(folded: str, start: int, end: int, original: str) -> int:
    """Past a known place the tagger joined to a place of several words that the original does not
    name: 以色列|特拉维夫 (Tel Aviv), 北京|朝阳区 (Chaoyang District); 纽约市 (New York City) stays, and
    so does a place whose rest is a short word of no name of its own (伦敦西区 (West End)) or only says
    what the site is (桃园国际机场 (TPE))."""
    for cut in range(min(end - 2, start + 7), start + 1, -1):
        head = folded[start:cut]
        if (head in countries() or lookup(head) == "LOC") and not mentions_place(head, original):
            generic = folded[cut:end] in data.words("facility_suffixes")  # 桃园|国际机场 (TPE): the place names it
            return cut if (end - cut >= 3 or lookup(folded[cut:end]) == "LOC") and not generic else start
    return start


def place_tail(folded: str, start: int, end: int) -> int:
    """Where a one-word place begins inside a place word the tagger made too long: its sounds after
    the region or country that holds it (北方邦|勒克瑙, 乌克兰东部|顿巴斯), with the word for its kind
    after them (纽约|布鲁克林区)."""
    chars, suffixes = data.words("transliteration"), data.words("place_suffixes")
    sounds_end = end - len(ending_at(folded, end, suffixes, SUFFIX_MAX) or "")
    run = sounds_end
    while run > start and folded[run - 1] in chars:
        run -= 1
    for tail in range(max(run, start + 2), sounds_end - 1):
        head = folded[start:tail]
        if lookup(head) == "LOC" or head in countries() or head.endswith(_DIRECTIONS) or (
                ending_at(folded, tail, suffixes, SUFFIX_MAX) is not None and len(head) >= 3):
            return tail
    return start


_NUMBER_WORD = re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundred|"
                          r"thousand|first|second|third|fourth|fifth)\b", re.IGNORECASE)


def _inner_word(tok: Token, inner: bool, original: str, before: Token | None = None) -> bool:
    """A word that is not a name word but may stand inside an organisation's name (`inner`: before its
    last word, and the name ends like a body's): a word joining two of its parts that are no
    body on their own (疾病控制|与|预防中心; not 政府|和|中央银行), an adjective of two characters (法国|最高|视听委员会,
    美国|有线|新闻网络; not 实际|国内生产总值), a number the original writes too (七大|工业国组织（G7）, 五眼|联盟（Five Eyes）)."""
    if not inner:
        return False
    if tok.word in JOINING:  # 疾病控制|与|预防中心: the part before it is no body of its own
        joined = re.search(r" (?:and|&) ", original) is not None  # the original joins two words too: read the
        # tagger's name before it as a part (美国疾病控制|与|预防中心 (… Disease Control and Prevention))
        return before is not None and (joined or before.tag not in ("ORG", "LOC") and lookup(before.word) is None) \
            and ending_at(before.word, len(before.word), data.words("org_suffixes"), SUFFIX_MAX) is None
    if tok.tag == "a":
        return len(tok.word) >= 2
    return tok.tag == "m" and (any(ch.isdigit() for ch in original) or _NUMBER_WORD.search(original) is not None) \
        and not any(ch.isdigit() for ch in tok.word)


def _school_inside(folded: str, start: int, end: int) -> int | None:
    """Where a unit's name begins after the university written before it (…大学|公民实验室), if one
    is; a school's own name (北韩大学院大学) and a campus named with its university (加州大学洛杉矶分校) are
    left whole."""
    if ending_at(folded, end, data.words("school_words"), SUFFIX_MAX) or folded[end - 2 : end] == "分校":
        return None
    for pos in range(start + 2, end - 2):
        if ending_at(folded, pos, data.words("school_words"), SUFFIX_MAX):
            return pos
    return None


def expected_length(original: str) -> int:
    """About two Chinese characters for each content word of the original, or each letter of an acronym."""
    if is_acronym(original):
        return 2 * sum(ch.isalpha() for ch in original)
    return 2 * sum(w.lower() not in data.words("function_words_en") for w in re.findall(r"[A-Za-z]+", original))


def _as_long_as_original(folded: str, words: TokenIndex, start: int, end: int, original: str) -> int:
    """Whole Chinese words before `start` while the term stays no longer than its original suggests:
    全国|民主|联盟 (National League for Democracy), 联邦|巩固与|发展党; never past a particle, a title or
    a leading country, nor past a verb before an acronym's term (敦促|世界贸易组织)."""
    expected = expected_length(original)
    breaks = BREAK_TAGS | {"v", "vd", "c"} if is_acronym(original) else BREAK_TAGS
    k = words.ending_at(start)
    while k is not None and end - words.tokens[k].start <= expected and folded[start:end][:2] not in countries() \
            and folded[start:end][:3] not in countries():
        tok = words.tokens[k]
        if tok.tag in breaks or tok.word in data.words("titles") or not all(is_han(c) for c in tok.word) or \
                tok.word[-2:] in data.words("gloss_descriptors"):
            break
        start = tok.start
        k = words.ending_at(start)
    return start


def _starting_at_word(folded: str, start: int, end: int, words: frozenset[str]) -> str | None:
    for n in range(min(6, end - start - 2), 1, -1):
        if folded[start : start + n] in words:
            return folded[start : start + n]
    return None


def mentions_place(word: str, original: str) -> bool:
    """Whether the original (Latin-script) text names the place or body `word` by one of its English
    names."""
    names = english_names(word)
    if is_acronym(original):  # an abbreviation begun with the place's initials: HKIA (Hong Kong), USCIS (US)
        initials = {"".join(w[0] for w in e.split()) if " " in e else e for e in names}
        if any(len(i) >= 2 and i.isupper() and original.startswith(i) for i in initials):
            return True
    return any(re.search(rf"\b{re.escape(e)}\b", original) for e in names)



def common_term_start(words: TokenIndex, end: int, floor: int, original: str) -> int | None:
    """Left edge of a term (not a name) glossed by its English in small letters: whole Chinese words
    back to a break, a one-character verb (是, 有), a verb that leads a term (下调|大语言模型:
    data/term_lead_verbs.tsv) or a joining word, no longer than the original's content words suggest
    (two characters each, and one more word): 包括：|上网阻碍（obstacles to
    access）, 本身有|内在价值（intrinsic value）; an abbreviation in small and capital letters, two characters a
    letter (的|世界电子贸易平台（eWTP））."""
    letters = sum(ch.isupper() for ch in original)
    expected = 2 * len(original) if " " not in original and letters >= 2 else expected_length(original) + 2 * sum(
        len(w) - 1 for w in original.split() if len(w) >= 2 and is_acronym(w))  # eWTP; generative AI: two a letter
    limit = max(4, expected + 2)
    start, i = end, words.ending_at(end)
    while i is not None and i >= 0:
        tok = words.tokens[i]
        counted = tok.tag == "m" and start < end and re.search(r"\d", original) is not None  # 三期|临床试验（Phase 3 trial）
        if tok.start < floor or end - tok.start > limit or not all(is_han(c) for c in tok.word) \
                or (tok.tag in BREAK_TAGS | {"c"} and not counted) or tok.word in JOINING \
                or (len(tok.word) == 1 and tok.tag == "v") \
                or (start < end and tok.word in data.words("term_lead_verbs")):
            break
        start, i = tok.start, i - 1
    return start if end - start >= 2 else None


_CUE_LED_TAGS = frozenset({"n", "nz", "vn", "an", "a", "ORG", "nt", "j", "xc"})


def cue_led_start(folded: str, words: TokenIndex, end: int, floor: int) -> int | None:
    """Left edge of a body's name right after a word saying what it is, read back word by word from
    the parenthesis (非政府组织|保护卫士, 投资公司|博裕资本): the nearest word start that a cue (组织, 公司,
    智库) ends at, over nouns only — never past a person, a verb, a title or a break."""
    cues, titles = data.words("org_cues"), data.words("titles")
    i = words.ending_at(end)
    while i is not None and i >= 0:
        tok = words.tokens[i]
        if tok.start < floor or end - tok.start > MAX_TERM or tok.tag not in _CUE_LED_TAGS \
                or not all(is_han(c) for c in tok.word) or tok.word in titles or tok.word in cues:
            return None
        if end - tok.start >= 2 and ending_at(folded, tok.start, cues, SUFFIX_MAX) is not None:
            return tok.start
        i -= 1
    return None


_UNIT_MAX = 5  # the longest unit word after a body's name: 中文网, 国际频道, 世界新闻台


def unit_start(folded: str, end: int, floor: int, original: str) -> int | None:
    """Left edge of a unit named after the body it belongs to, a body the gazetteers know and the
    original names too, which the tagger may cut anywhere: 美国之音|中文网（VOA Chinese）, 德国之声|中文网
    （DW Chinese）; None when the parenthesis follows no such unit."""
    if ending_at(folded, end, data.words("titles"), SUFFIX_MAX) is not None:
        return None  # a title after the body is no unit: 中央情报局|局长（CIA）
    for start in range(max(floor, end - MAX_TERM), end - 3):
        for body_end in range(end - 2, max(start + 1, end - _UNIT_MAX - 1), -1):
            body = folded[start:body_end]
            if lookup(body) == "ORG" and mentions_place(body, original) and all(is_han(c) for c in folded[body_end:end]):
                return start
    return None


_ASPECT = frozenset({"了", "着", "過", "过"})


def is_clause(words: TokenIndex, start: int, end: int) -> bool:
    """Whether the Chinese before an original in small letters is a clause, not a term: it begins with a
    preposition (根据|消息来源, 用|拳头) or holds an aspect particle (打了|对手)."""
    inside = words.starting_in(start, end)
    return bool(inside) and (inside[0].tag == "p" or any(t.tag == "u" and t.word in _ASPECT for t in inside))


_TERM_HARD_TAGS = frozenset({"w", "u", "p", "r", "m", "q", "TIME", "t", "PER", "c", "x"})
_TERM_SOFT_TAGS = frozenset({"v", "vd", "d", "ad", "a", "f", "s", "LOC"})


def acronym_term_start(folded: str, words: TokenIndex, end: int, floor: int, original: str) -> int | None:
    """Left edge of a term, not a body, that an abbreviation glosses (大语言模型（LLM）, 增强|现实（AR）,
    软件|即|服务（SaaS）, 贷款市场报价利率（LPR）): whole Chinese words back to a break, about two
    characters a capital letter or digit of the abbreviation. Nouns are taken up to two characters more
    than that; a verb, adverb, adjective, place or title word (the tagger reads 增强, 微调, 专家 so) only
    while the term is still shorter. A title glossed is the title alone (公司|首席财务官（CFO））."""
    expected = 2 * sum(ch.isupper() or ch.isdigit() for ch in original)
    titles = data.words("titles")
    i = words.ending_at(end)
    if i is None or _ends_term(words, i):
        return None
    start = words.tokens[i].start
    if words.tokens[i].word in titles:
        return start if end - start >= 2 else None
    for j in range(i - 1, -1, -1):
        tok = words.tokens[j]
        soft = tok.tag in _TERM_SOFT_TAGS or tok.word in titles
        if tok.start < floor or (_ends_term(words, j) and tok.word not in _PER_UNIT | _FIRST) or _before_term(words, j) or (
                end - start >= expected if soft else end - tok.start > expected + 2):
            break
        if j > 0 and words.tokens[j - 1].end == tok.start and words.tokens[j - 1].word[-1].isascii() and \
                words.tokens[j - 1].word[-1].isalnum():
            break  # a word glued to a Latin name goes with it: Blackwell架构|图形处理器（GPU）
        start = tok.start
        if tok.word in _FIRST:
            break
    return start if end - start >= 2 else None


_PER_UNIT = frozenset({"每股", "每人"})  # read as pronouns, but they begin a term: 每股|收益（EPS）
_FIRST = frozenset({"首次"})  # read as a number, but it begins a term: 首次|公开|招股（IPO）


def _ends_term(words: TokenIndex, i: int) -> bool:
    """Whether word `i` is a break no term reads over: punctuation, a particle, a pronoun, a number."""
    tok = words.tokens[i]
    return tok.tag in _TERM_HARD_TAGS or not all(is_han(c) for c in tok.word)


def _before_term(words: TokenIndex, j: int) -> bool:
    """Whether word `j` stands before a term rather than in it: a verb news writes before a term as its
    object (data/term_lead_verbs.tsv: 推出, 采用, 进行), a word saying what a body is (公司), a one-character
    adverb, or a one-character word after a number (一年|期)."""
    tok = words.tokens[j]
    if tok.word in data.words("term_lead_verbs") or tok.word in data.words("org_cues") or (
            len(tok.word) == 1 and tok.tag in ("d", "ad")):
        return True  # 国军|将|加强|无人机（UAV）: one-character adverbs (将, 也, 已) stand before a term
    return len(tok.word) == 1 and j > 0 and words.tokens[j - 1].end == tok.start and words.tokens[j - 1].tag in ("m", "TIME")
