"""Parenthetical glosses: `普京（Vladimir Putin）` — a Chinese term followed by its original spelling.

The hard part is the term's left edge (美国国务院发言人|马修·米勒, 位于首尔的|梨花女子大学). It is
found from the tagger's words and the small set of characters used to transliterate foreign names,
never from a fixed window. Parentheticals that are not original names (dates, sums of money,
explanations in Chinese, datelines, stock codes) are rejected. A term's English in small letters
(内容限制（limits on content）) glosses a term of no type, read back to a break; a clause and its
translation in small letters (“用拳头打了对手”（punched his rival）) are no gloss. Also read: a meeting
or festival by its whole name (慕尼黑安全会议), a title glossed by its English (国防部长（Secretary of
Defense）), a name in marks before a word saying what it is (《经济学人》杂志), the original after a
label in its own parenthesis (（音译）（…）), a borrowed word rendered by sound (芬太尼（fentanyl）); a
dateline (华盛顿（Reuters）) is no gloss. Medicines, products, laws and plans are read by
`gloss_products.py`, bodies known by a brand or after their trade by `gloss_brands.py`; a term ending in
the number its original ends in keeps it (胰高血糖素样肽-1（GLP-1））; a common noun before the
parenthesis (该公司（Nvidia）) is no gloss; a one-word original read as a person in a list of glossed bodies
is a body (标普（S&P）、穆迪（Moody's））. A ship after a word saying what it is (航母|辽宁号) is a term; a news
agency after a person or a clause (拜登（Reuters）) is a photo's credit and a Chinese name before the English
name of a university (王乐（Stanford University）) an affiliation, neither a gloss; a one-word name before its
head's title (超微（AMD）执行长) is a body.
"""

from __future__ import annotations

import re
from functools import cache

from newsmine import data
from newsmine.analyze.gazetteer import lookup
from newsmine.analyze.gloss_brands import after_trade, brand_term, is_bare_ticker, listed_bodies
from newsmine.analyze.gloss_marks import (BRACKETS, TITLE_WITH_COMMA, bracketed_term, kind_after_brackets, names_body,
                                          quoted_around, titled_in_marks)
from newsmine.analyze.gloss_originals import (english_kind, in_small_letters, is_common_phrase, is_translated_clause,
                                              listed_small_words, original_of, quoted_terms_english)
from newsmine.analyze.gloss_persons import (after_surname_word, described_body, name_after_glued_title, name_after_title,
                                            named_after_person, person_or_place, person_start, sounds_after_cue,
                                            sounds_term, surname_start)
from newsmine.analyze.gloss_products import (described_product, designated_term, drug_term_start, has_term_head,
                                             is_drug_name,
                                             law_or_plan, listed_initials_start, named_term, vessel_term, without_place)
from newsmine.analyze.gloss_phrases import (BREAK_TAGS, JOINING, MAX_TERM, SUFFIX_MAX, acronym_term_start,
                                            after_unnamed_place, common_term_start, cue_led_start, ends_like_body,
                                            is_clause, mentions_place, phrase_start, place_tail, unit_start)
from newsmine.analyze.pipeline import component
from newsmine.analyze.tagger import Token, tag
from newsmine.analyze.text import ending_at
from newsmine.analyze.token_index import TokenIndex
from newsmine.model import Doc, EntityType, Gloss, Span
from newsmine.names import Original, fold, gloss_labels, is_acronym, is_han, phonetic

_PAREN = re.compile(r"\(([^()\n]{1,100})\)")
_SMALL_ONE = re.compile(r"[a-z]{3,}(?:-[a-z]+)*")  # one word in small letters: fentanyl, omicron
_Term = tuple[int, int, "EntityType | None"]
_SAINT = re.compile(r"(?:San|Santa|Santo|São|Saint|St\.?|Sainte|Ste\.?|Sankt) ")
_LATIN_BEFORE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9&-]*$")
_NUMBER_TAIL = re.compile(r"-?\d{1,3}$")
_GENERATION = re.compile(r"第[一二三四五六七八九十\d]{1,2}代")
_CAMEL = re.compile(r"[a-z][A-Z][a-z]")  # a capital inside a word: BlackRock, DeepSeek (not SaaS)
_LIST_ENDS = ")、,"  # (folded) what ends the name before a joining word: its gloss, a list comma


@cache
def _agencies() -> frozenset[str]:
    """The English names of the news agencies and outlets data/news_agencies.tsv lists (Reuters, AFP)."""
    return frozenset(name for row in data.table("news_agencies")
                     for name in (row["english"], *data.split_aliases(row.get("english_aliases", ""))) if name)


def _label_before(folded: str, end: int, floor: int) -> tuple[int, bool] | None:
    """Where a parenthesis holding only a label (（音译）, （英文）) right before the original's begins,
    and whether the label says 音译; None when there is none."""
    if folded[end - 1 : end] != ")":
        return None
    opening = folded.rfind("(", floor, end)
    labels = gloss_labels()
    inner = folded[opening + 1 : end - 1].strip() if opening > floor else ""
    return (opening, labels[inner]) if inner in labels else None


def find_glosses(text: str, tokens: tuple[Token, ...], bounds: list[tuple[int, int]]) -> list[Gloss]:
    """Every `term（original）` in `text`; `bounds` are the parts' spans (a term never crosses one)."""
    folded = fold(text)
    words = TokenIndex(tokens)
    out: list[Gloss] = []
    listed = listed_small_words(folded)
    for m in _PAREN.finditer(folded):
        original = original_of(text[m.start(1) : m.end(1)])
        end = m.start()
        floor = max((s for s, e in bounds if s <= end), default=0)
        floor = max(floor, text.rfind("\n", 0, end) + 1)
        while end > floor + 1 and folded[end - 1] == " ":
            end -= 1  # web text sometimes puts a space before the parenthesis
        if original is None and _SMALL_ONE.fullmatch(m.group(1).strip()):
            sounds = sounds_term(folded, words, end, floor)
            if sounds is None and is_drug_name(m.group(1)):  # 降糖药|二甲双胍（metformin）: a medicine
                sounds = drug_term_start(folded, words, end, floor)
            if sounds is not None:  # 芬太尼（fentanyl）: a word rendered by sound is a borrowed term
                out.append(Gloss(span=Span(sounds, m.end()), term_span=Span(sounds, end), term=text[sounds:end],
                                 gloss=m.group(1).strip(), type=None, transliterated=False, phonetic=True))
            elif m.start() in listed and (start := common_term_start(words, end, floor, m.group(1))) is not None:
                out.append(Gloss(span=Span(start, m.end()), term_span=Span(start, end), term=text[start:end],
                                 gloss=m.group(1).strip(), type=None))
            continue
        if original is None and folded[end - 1 : end] in BRACKETS:
            original = quoted_terms_english(m.group(1))
        if original is None and TITLE_WITH_COMMA.fullmatch(inner := m.group(1).strip().strip("\"“”")):
            # a title with a comma in its English: 「我们的星球，我们的未来（Our Planet, Our Future）」, and a
            # quoted name: 「一国两制」（One Country, Two Systems）
            titled = Original(re.sub(r"\s+", " ", inner), False)
            quoted = folded[end - 1 : end] in BRACKETS and all(w[:1].isupper() or w in data.words("function_words_en")
                                                               for w in inner.replace(",", " ").split())
            original = titled if quoted or titled_in_marks(folded, end, floor, titled) else None
        if original is None or end == 0:
            continue
        label = _label_before(folded, end, floor)
        if label is not None:  # 史蒂文斯（音译）（Mark Stevens）: the term is before the label
            end, original = label[0], Original(original.text, original.transliterated or label[1])
        numbered, tail = None, _NUMBER_TAIL.search(folded, max(floor + 1, end - 5), end)
        if tail is not None and is_han(folded[tail.start() - 1]) and original.text.endswith(tail.group().lstrip("-")):
            numbered, end = end, tail.start()  # 胰高血糖素样肽|-1（GLP-1）: read before the number its original ends in
        kind_word = kind_after_brackets(folded, end, floor)
        end -= len(kind_word)  # 《经济学人》杂志（The Economist）: the name is in the marks
        titled = "" if (around := quoted_around(folded, words, end, m.end(), floor)) else titled_in_marks(
            folded, end, floor, original)
        around = around or titled
        bracketed = folded[end - 1] in BRACKETS or bool(around)
        if bracketed:
            found = bracketed_term(folded, words, end, floor, original, around)
            after = folded[m.end() : m.end() + SUFFIX_MAX + 1].lstrip()  # 《自然》（Nature）|杂志: a journal is a body;
            published = any(after.startswith(w) for w in data.words("publication_words") | data.words("org_cues")) or (
                folded[end - 1] in "”」』\"" and _CAMEL.search(original.text) is not None)  # “深度思维”（DeepMind）
            found = (found[0], found[1], "ORG") if found is not None and (names_body(kind_word) or published) else found
            found = (found[0], found[1], None) if found is not None and (
                titled or "," in folded[found[0] : found[1]] or described_product(folded, found[0] - 1, floor)) \
                else found  # a title is a work; a name with a comma inside is a slogan or a work, not a body; so is
            # one after a word saying it is a product or an app: 应用程式|「安心出行」（LeaveHomeSafe）
        elif is_common_phrase(original.text):
            found = _common_term(words, end, floor, original)
        elif (gathering := _gathering(folded, words, end, floor, original)) is not None:
            found = gathering
        elif (law := law_or_plan(folded, words, end, floor, original)) is not None:
            found = law
        elif (vessel := vessel_term(folded, end, floor)) is not None:
            found = vessel
        elif (model := designated_term(folded, words, end, floor, original.text)) is not None:
            found = model
        elif (family := after_surname_word(folded, end, floor)) is not None:
            found = family
        else:
            unit = None if original.transliterated else unit_start(folded, end, floor, original.text)
            found = (unit, end, "ORG") if unit is not None else _before_title(
                folded, words, end, floor, original) or _cue_led(
                folded, words, end, floor, original, _plain_term(folded, words, end, floor, original)) \
                or _known_term(folded, words, end, floor)
            if found is None and original.text[:1].islower():  # the Taiwan question, eWTP: a term, not a name
                found = _common_term(words, end, floor, original)
            if found is None and has_term_head(original):
                found = named_term(words, _common_term(words, end, floor, original), floor, original)
                found = (without_place(folded, found[0], found[1], original), found[1], None) if found else None
                # 冷战（Cold War）: an event, a law, a plan; 阿尔忒弥斯|计划（Artemis program）: one named after a name
            if found is None and set(original.text.split()) & data.words("title_words_en"):
                title = ending_at(folded, end, data.words("titles"), SUFFIX_MAX)  # 国防部长（Secretary of Defense）
                found = (end - len(title), end, None) if title and 2 <= len(title) <= end - floor else None
            if found is None:
                found = _latin_ended_term(folded, words, end, floor, original)
        if found is None or _affiliation(folded, words, end, original):
            continue
        term_start, term_end, kind = found
        term_end = numbered if numbered is not None and term_end == end else term_end
        if original.text in _agencies() and (lookup(folded[term_start:term_end]) == "LOC" or kind in ("PER", None)):
            continue  # a dateline: 华盛顿（Reuters）; a photo's credit after a caption: 美国总统拜登（Reuters）
        title = ending_at(folded, term_end, data.words("titles"), SUFFIX_MAX)
        if in_small_letters(original.text) and (is_translated_clause(original.text) or is_clause(
                words, term_start, term_end) or (title is not None and original.text == original.text.lower())):
            continue  # a clause and its translation (“根据知情人士”（according to insiders）), a job described
        if title is not None and folded[term_start:term_end] in data.words("titles") and term_end - len(title) >= floor:
            term_start = min(term_start, term_end - len(title))  # a glossed title is the whole title: 副|国务卿
        if kind is None and is_common_phrase(original.text) and \
                len(ending_at(folded, term_end, data.words("org_suffixes"), SUFFIX_MAX) or "") >= 2:
            kind = "ORG"  # a body named in words: 「元老理事会」（council of elders）
        if not bracketed and kind != "PER":  # a body or thing named after a person: 约翰·|霍普金斯大学
            term_start = named_after_person(folded, words, term_start, floor)
        if term_end - term_start >= 3 and folded[term_start] in JOINING and folded[term_start - 1 : term_start] in _LIST_ENDS:
            term_start += 1  # the next of a list of glossed names: 国家安全局（…）及|国防情报局（…）
        if _SAINT.match(original.text) and kind in (None, "PER", "LOC"):
            # a town named for a saint (San Jose, St. Louis); 圣 renders San, Santa, Saint: 圣|何塞
            if folded[term_start - 1 : term_start] == "圣" and term_start - 1 >= floor:
                term_start -= 1
            saint = folded.find("圣", term_start + 1, term_end - 1)
            if saint > 0 and lookup(folded[term_start:saint]) == "LOC":
                term_start = saint  # a place written before it is not in its name: 加州|圣克拉拉（Santa Clara）
            if folded[term_start] == "圣":
                kind = "LOC"
        if kind == "PER" and " " not in original.text:
            term_start = sounds_after_cue(folded, term_start, floor)
            if described_product(folded, term_start, floor):
                kind = None  # a medicine, a product or a work: 抗病毒药物|帕罗韦德（Paxlovid）
            elif folded[term_start - 1 : term_start] != "姓" and (described_body(folded, term_start, floor) or
                                                                  original.text.isupper() or _CAMEL.search(original.text)):
                kind = "ORG"  # a one-word name after what the body is (投资银行|杰富瑞（Jefferies）), in capitals or
                # with a capital inside (贝莱德（BlackRock）): a brand, not a person
        if kind in (None, "PER") and not bracketed and original.text.endswith(" AI"):  # 初创公司|月之暗面（Moonshot AI）
            cue_end = next((at for at in range(term_start, max(floor, term_start - 3) - 1, -1)
                            if described_body(folded, at, floor) and all(is_han(c) for c in folded[at:term_start])), None)
            term_start, kind = (cue_end, "ORG") if cue_end is not None else (term_start, kind)
        generation = _GENERATION.search(folded, max(floor, term_start - 5), term_start)
        if generation is not None and generation.end() == term_start and re.search(r"\d", original.text):
            term_start = generation.start()  # 第五代|移动通信技术（5G）: the generation its number gives
        latin = _LATIN_BEFORE.search(folded, max(floor, term_start - 12), term_start)
        if latin is not None and not bracketed and re.search(rf"\b{re.escape(latin.group())}\b", original.text):
            term_start = latin.start()  # a Latin word its original writes too begins the term: MSCI|中国指数
        one_word = original.text[0].isupper() and " " not in original.text and (
            not original.text.isupper() or term_end - term_start <= 3)  # 标普（S&P）, not 公司|每股收益（EPS）
        brand = kind is None and not bracketed and not title and one_word and (
            _CAMEL.search(original.text) or described_body(folded, term_start, floor))
        headed = kind is None and not bracketed and one_word and any(
            folded[m.end() :].startswith(w) for w in data.words("body_officers"))  # 超微（AMD）执行长
        if folded[term_start:term_end] in data.marked("stock_exchanges", "prefix") or brand or headed:
            kind = "ORG"  # an exchange, not a place: 在纳斯达克（Nasdaq）上市; a brand: 速卖通（AliExpress）, 开发商|
            # 开放人工智能（OpenAI）
        if is_bare_ticker(folded, folded[term_start:term_end], m.end(), original.text):
            continue  # 特斯拉（TSLA）股价: a stock code without its exchange
        if _generic_term(folded, words, term_start, term_end, bracketed):
            continue  # 该公司（Nvidia）, 节目中（CNBC）: a common noun is no name
        if not bracketed:  # a table's cells: 吉隆坡站\t|某礼堂（…）
            term_start = max(term_start, text.rfind("\t", term_start, term_end) + 1)
            term_start = term_end - len(text[term_start:term_end].lstrip())
        if term_start >= term_end:
            continue
        term = text[term_start:term_end]
        out.append(Gloss(span=Span(term_start - 1 if bracketed else term_start, m.end()),
                         term_span=Span(term_start, term_end), term=term, gloss=original.text, type=kind,
                         transliterated=original.transliterated, phonetic=phonetic(term, original, kind)))
    return listed_bodies(folded, out)


_SCHOOL_EN = re.compile(r"\b(?:University|College|Institute|School|Academy)\b")


def _affiliation(folded: str, words: TokenIndex, end: int, original: Original) -> bool:
    """Whether the parenthesis gives the school of the Chinese person named before it, not the
    person's original name (王乐（Southern Methodist University））."""
    i = words.ending_at(end)
    tok = words.tokens[i] if i is not None else None
    return tok is not None and tok.tag == "PER" and 2 <= len(tok.word) <= 3 and tok.word[0] in data.words(
        "surnames") and _SCHOOL_EN.search(original.text) is not None


def _generic_term(folded: str, words: TokenIndex, start: int, end: int, bracketed: bool = False) -> bool:
    """Whether a term is a common noun, not a name: a word saying what a body or a thing is (公司, 平台,
    药物: data/org_cues.tsv, data/gloss_descriptors.tsv, data/product_cues.tsv), or words ending in a
    one-character place word (节目|中, 会|上) — but for a name in marks, which may end so (「反送中」)."""
    term = folded[start:end]
    if any(term in data.words(name) for name in ("org_cues", "gloss_descriptors", "product_cues")):
        return True
    last = words.ending_at(end)
    return not bracketed and last is not None and words.tokens[last].tag == "f" and \
        len(words.tokens[last].word) == 1 and words.tokens[last].start > start


def _before_title(folded: str, words: TokenIndex, end: int, floor: int, original: Original) -> _Term | None:
    """The name before a title that stands between it and the parenthesis: 中央情报局|局长（CIA）,
    理查德•迪尔洛夫|爵士（Richard Dearlove）, also when the tagger glued the title to the person; the
    title stays in the term when the original writes it too (约翰•布朗勋爵（Lord Browne）)."""
    i = words.ending_at(end)
    if i is None:
        return None
    tok, honoured = words.tokens[i], original.text.split()[0] in data.words("honorifics_en")
    glued = ending_at(tok.word, len(tok.word), data.words("titles"), SUFFIX_MAX) if tok.tag == "PER" else None
    if glued is not None and len(tok.word) - len(glued) >= 2:
        start = person_start(folded, words, end, floor)
        return (start, end if honoured else end - len(glued), "PER") if start is not None else None
    if i == 0 or tok.word not in data.words("titles"):
        return None
    head = words.tokens[i - 1]
    if head.end != tok.start or head.tag not in ("PER", "ORG") or head.start < floor:
        return None
    found = _plain_term(folded, words, head.end, floor, original)
    if found is None or found[2] not in ("PER", "ORG"):
        return None
    return found[0], end if honoured else found[1], found[2]


def _cue_led(folded: str, words: TokenIndex, end: int, floor: int, original: Original,
             plain: _Term | None) -> _Term | None:
    """A body's name after a word saying what it is (人权组织|保护卫士（Safeguard Defenders））, where the
    plain reading found nothing, or only a person or a nameless term shorter than the name."""
    i = words.ending_at(end)
    if original.transliterated or i is None or words.tokens[i].tag == "PER" or (
            plain is not None and plain[2] not in ("PER", None)):
        return plain
    start = cue_led_start(folded, words, end, floor)
    if start is None or (plain is not None and plain[0] <= start) or folded[start:end] in data.words("not_entities"):
        return plain
    return start, end, lookup(folded[start:end]) or "ORG"


def _common_term(words: TokenIndex, end: int, floor: int, original: Original) -> _Term | None:
    """A term glossed by its English in small letters: a term of no type (OTHER)."""
    start = common_term_start(words, end, floor, original.text)
    return (start, end, None) if start is not None else None


def _gathering(folded: str, words: TokenIndex, end: int, floor: int, original: Original) -> _Term | None:
    """A meeting, fair, festival or contest named in whole words ending in a word for one
    (慕尼黑安全会议（Munich Security Conference）, 全球|代码|大会（Code Conference）): an event, a term
    of no type unless the gazetteers know it as a body (世界经济论坛)."""
    word = ending_at(folded, end, data.words("gathering_words"), SUFFIX_MAX)
    if original.transliterated or is_acronym(original.text) or word is None:
        return None
    starts = [s for s in (common_term_start(words, end, floor, original.text), _named_words_start(words, end, floor))
              if s is not None]  # the nouns and places before it, which may be more than its English suggests:
    start = min(starts, default=None)  # 台北|国际|电脑展（Computex）, 华为|全联接|大会（HUAWEI CONNECT）
    if start is None or not all(is_han(c) for c in folded[start:end]) or end - start <= len(word):
        return None  # the word alone names no event: 会议（Meeting）
    return start, end, lookup(folded[start:end])


def _latin_ended_term(folded: str, words: TokenIndex, end: int, floor: int, original: Original) -> _Term | None:
    """A term ending in the Latin word its original ends in, after Chinese words (生成式|AI（Generative AI））."""
    tail = _LATIN_BEFORE.search(folded, floor, end)
    last = original.text.split()[-1]
    if tail is None or len(original.text.split()) < 2 or tail.group().lower() != last.lower():
        return None
    head, glued = " ".join(original.text.split()[:-1]), words.containing(tail.start() - 1)
    cut = glued.start if glued is not None and glued.end == end and glued.start >= floor else tail.start()  # 人工智能PC
    start = common_term_start(words, cut, floor, head) if cut == tail.start() else cut
    return (start, end, None) if start is not None and start < tail.start() else None


def _named_words_start(words: TokenIndex, end: int, floor: int) -> int | None:
    """Where the nouns and place names before `end` begin, within ten characters."""
    start, i = end, words.ending_at(end)
    while i is not None and words.tokens[i].start >= floor and end - words.tokens[i].start <= 10 and \
            words.tokens[i].tag in ("n", "nz", "LOC", "ORG") and all(is_han(c) for c in words.tokens[i].word):
        start, i = words.tokens[i].start, i - 1
    return start if start < end else None


def _known_term(folded: str, words: TokenIndex, end: int, floor: int) -> _Term | None:
    """A name the gazetteers know, ending at the parenthesis and beginning a word, that the tagger cut
    into ordinary words: 自由|之|家（Freedom House）; the longest such name."""
    starts = {t.start for t in words.tokens}
    for start in range(max(floor, end - MAX_TERM), end - 2):
        kind = lookup(folded[start:end]) if start in starts else None
        if kind is not None:
            return start, end, kind
    return None


def _plain_term(folded: str, words: TokenIndex, end: int, floor: int, original: Original) -> _Term | None:
    """The term ending right before the parenthesis: its left edge and type."""
    if not is_han(folded[end - 1]):
        return None
    i = words.ending_at(end)
    last_tag = words.tokens[i].tag if i is not None else None
    if i is not None and last_tag != "PER" and (named := name_after_glued_title(words.tokens[i])) is not None:
        return max(named, floor), end, "PER"
    english = english_kind(original.text)
    org = ending_at(folded, end, data.words("org_suffixes"), SUFFIX_MAX)
    place = ending_at(folded, end, data.words("place_suffixes"), SUFFIX_MAX)
    kind: EntityType | None = None
    if original.transliterated or (last_tag == "PER" and english is None):
        kind = "PER"
    elif last_tag == "ORG" or english == "ORG" or (org and (len(org) >= 2 or is_acronym(original.text))):
        kind = "ORG"
    elif english == "LOC" or (place and len(place) >= 2):
        kind = "LOC"
    elif is_acronym(original.text):
        # an abbreviation of a body the lists know (国际原子能机构（IAEA）) or of a term (国内生产总值（GDP）)
        start = phrase_start(folded, words, end, floor, original.text)
        if start is None or lookup(folded[start:end]) is None and not ends_like_body(folded, end):
            if (known := _known_term(folded, words, end, floor)) is not None:
                return known  # a body the gazetteers know, though the tagger cut it into words: 无|国界|记者（RSF）
            start = listed_initials_start(folded, words, end, floor, original.text)  # 环境、社会和治理（ESG）
            if start is None:  # a term, not a body: 增强|现实（AR）
                start = acronym_term_start(folded, words, end, floor, original.text)
            described = after_trade(folded, start, end) if start is not None else None
            if described is not None:  # 跨国药企|默沙东（MSD）: a body after what it is
                return described, end, lookup(folded[described:end]) or "ORG"
        return (start, end, lookup(folded[start:end])) if start is not None else None
    if kind in ("ORG", "LOC"):
        start = phrase_start(folded, words, end, floor, original.text)
        if is_acronym(original.text) and (start is None or folded[start:end] in data.words("org_suffixes")):
            start = acronym_term_start(folded, words, end, floor, original.text)  # a generic ending alone or
            # nothing: the words before it belong to the name, 保护记者|委员会（CPJ）, 市区|重建|局（URA）
    else:
        start = person_start(folded, words, end, floor)
        if start is None and len(original.text.split()) >= 2:
            start = surname_start(folded, end, floor)
            inside = words.containing(start) if start is not None else None
            if inside is not None and (inside.start < start or inside.tag == "p" and len(inside.word) == 1):
                start = None  # a surname's character inside a word is no name: 阿波|罗计划; nor one read as a
                # preposition before a place: 事发|于|旺角（Mong Kok）
            if start is None and (start := name_after_title(folded, end, floor, original.text)) is not None:
                return start, end, "PER"  # 英国外相|祈礼望（David Cameron）
        if start is None and i is not None and last_tag in ("nz", "nw", "LOC", "s"):
            # a proper noun that is not a person: a place, or a name of no type (a law, a slogan)
            start = words.tokens[i].start
            if last_tag in ("LOC", "s"):  # 北方邦|勒克瑙（Lucknow）, 以色列|特拉维夫（Tel Aviv）
                start = place_tail(folded, start, end) if " " not in original.text else \
                    after_unnamed_place(folded, start, end, original.text)
            if last_tag == "s":  # a place word: only a place's sounds after a region (北方邦|勒克瑙)
                if start == words.tokens[i].start:
                    return None
                last_tag = "LOC"
            before = words.tokens[i - 1] if i > 0 else None
            if end - start == 1 and before is not None and before.end == start and before.start >= floor and \
                    len(before.word) == 1 and is_han(before.word) and before.tag not in BREAK_TAGS | {"c"}:
                start = before.start  # one character is no name: 领|英（LinkedIn）
            elif last_tag == "nz" and before is not None and before.end == start and before.start >= floor and \
                    before.tag == "LOC" and mentions_place(before.word, original.text):
                start = before.start  # a place its original names too: 巴黎|奥运（Paris 2024）
            return start, end, lookup(folded[start:end]) or person_or_place(
                folded, start, end, original.text, last_tag, None, default=None)
        if start is None and i is not None:
            return brand_term(folded, words, i, floor, original)
    if start is None:
        return None
    known = lookup(folded[start:end])
    if known:
        kind = known
    elif kind is None or (kind == "PER" and not original.transliterated and last_tag != "PER"):
        kind = person_or_place(folded, start, end, original.text, last_tag, kind)
    elif kind == "PER" and " " not in original.text and ending_at(folded, start, data.words("place_cues"), SUFFIX_MAX):
        kind = "LOC"  # a one-word name after a word saying it is a place, though the tagger read a person: 城市|巴赫穆特
    return start, end, kind


@component("glosses", assigns=["glosses"], requires=["sentences"])
def glosses(doc: Doc) -> None:
    """Fill `doc.glosses` with every parenthetical original name in the text (Chinese text only)."""
    if doc.article.language == "en":
        doc.glosses = []
        return
    bounds = [(p.span.start, p.span.end) for p in doc.parts]
    doc.glosses = find_glosses(doc.text, tag(doc.text), bounds)
