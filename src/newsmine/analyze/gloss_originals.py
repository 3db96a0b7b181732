"""The original inside a gloss's parenthesis, in the forms `names.parse_original` leaves aside: a
label glued to the name (缅甸名Ma Kyal Sin, 英文简称WHO), the full name written with its abbreviation
(World Health Organization，WHO: the full name is kept), and a name whose first letter is small
because it begins with an article or is written so (the Guardian, iPhone, eBay), which is told from
an ordinary lower-case phrase (third way) by the capital that follows. A term's English written in
small letters, of two to five words (intrinsic value, limits on content), is its original too; one
small word (tagline, distort) is the translation of an ordinary word, not a gloss. A work's title
with its subtitle after a colon (Empire of Dust: A History) is one original. So are surnames led by a
lower-case particle (von der Leyen, al-Assad), designations of letters and a number (G20, A320), long
names in title case, names in Hebrew, Arabic, Devanagari or Thai script, and a name followed by a
Chinese explanation, years of life or an age; a credit (数据来源：UNHCR, 摄影：…) is none. Several pieces
give the first name with its abbreviation (TSMC，Taiwan Semiconductor …; also after 、 or a slash, and an
abbreviation made of the name's initials in another order, University of Hong Kong，HKU) once stock codes
and Chinese alternatives are left out; codes on two exchanges (09988.HK / BABA.US) are none. One small
word is an original when a list of terms glosses each so; a name in title case whose first capital was lost
in typing (nternational Science Council) is one.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from newsmine import data
from newsmine.model import EntityType
from newsmine.names import Original, fold, has_han, is_acronym, parse_original

# a few Chinese characters saying what follows, ending in 名/称/文/语/写, glued to a Latin name
# (英文名为, 英文全称是, 音译自 — the label may end in a verb saying "is" or "from")
_GLUED_LABEL = re.compile(r"[\u4e00-\u9fff]{0,4}(?:[名称稱文语語写寫][为為是]?|[译譯]自)[:：]?\s*(?=[A-Za-z\u00c0-\u024f])")
_ALIAS_LABEL = re.compile(r"(?:又|亦|别|別|人|昵|暱)(?:名|称|稱)|外号|外號|绰号|綽號")
_TICKER = re.compile(r"[A-Z0-9]{1,6}[. -]([A-Z]{1,3})")  # TSLA.O, 0700.HK, NVDA US, NVDA-US
# an exchange's name or a label saying "stock code" before a colon and the code: NASDAQ：TSLA, 纽交所：BABA, 股票代码：600519
_EXCHANGE = re.compile(r"([A-Za-z]+|[A-Za-z]*[\u4e00-\u9fff]{2,8})\s*[:：]\s*[A-Z0-9]{1,6}(?:\.[A-Z])?$")
_CODE_LABEL = re.compile(r"[A-Za-z]*[\u4e00-\u9fff]{0,6}(?:代码|代碼|代号|代號)")  # 股票代码, NASDAQ代號
_SLASHED = re.compile(r"\s/\s|／")  # two forms of a name parted by a slash
_PIECES = re.compile(r"\s*[，,；;、／]\s*|\s+/\s+")  # also 、 and a slash between spaces (IMF、International …)
_SMALL_START = re.compile(r"(?:the (?=[A-Z])|[a-z]{1,2}(?=[A-Z]))")
_SMALL_WORD = r"[a-z]+(?:[-'’][a-z]+)*"
_LOST_CAPITAL = re.compile(r"[a-z]{4,}(?: (?:of|and|for|the|on|in) )?(?: ?[A-Z][a-z]+){2,6}")  # first word small, the rest capitalised
_COMMON_PHRASE = re.compile(rf"{_SMALL_WORD}(?: {_SMALL_WORD}){{1,4}}")
_SMALL_THEN_ACRONYM = re.compile(rf"{_SMALL_WORD}(?: {_SMALL_WORD}){{0,3}} [A-Z]{{2,5}}s?")  # generative AI
_CODE = re.compile(r"[A-Z]{1,5}-?\d{2,4}[A-Z]?")  # a designation of letters and a number: G20, A320, F-35
_PARTICLE = re.compile(r"([a-z]+)(?:[ -]|(?<=[dl])['’])")
_QUOTED = re.compile(r"[“\"'‘「『]([^“”\"'‘’「」『』]+)[”\"'’」』]")
# a name in a script `parse_original` does not read: Hebrew, Arabic, Devanagari, Thai, Georgian, Armenian
_SCRIPTS = r"[\u0590-\u05ff\u0600-\u06ff\u0900-\u097f\u0e00-\u0e7f\u10a0-\u10ff\u0530-\u058f]+"
_OTHER_SCRIPT = re.compile(rf"{_SCRIPTS}(?: {_SCRIPTS}){{0,5}}")
_LIFE = re.compile(r"\d{4}\s*[-–—－~～]\s*(?:\d{4})?|\d{1,3}|\d{4}年?生")  # years of life or an age
_EXPLAINED = re.compile(r"\s*[:：，,；;]\s*")
_WIDE_LATIN = re.compile(r"[Ａ-Ｚａ-ｚ]")
# a name in Japanese: kana with or without kanji (トヨタ自動車, ソニーグループ); kanji alone read as Chinese
_LANGUAGE_LABEL = re.compile(r"^[\u4e00-\u9fff]{1,3}[文语語]\s*[:：]\s*")
_JAPANESE = re.compile(r"(?=.*[\u3040-\u30ff])[\u3040-\u30ff\u3400-\u9fff・ー]{2,20}")
_KANJI = re.compile(r"[\u3400-\u9fff々]{2,20}")
_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f\u0400-\u04ff\uac00-\ud7af]")  # Latin, Cyrillic or Hangul
# what a name keeps after a comma: a company's legal form (Samsung Electronics Co., Ltd.; Meta Platforms, Inc.),
# a generation (Martin Luther King, Jr.), the District of Columbia (Washington, D.C.)
_NAME_TAIL = re.compile(r"(?:Inc|Ltd|LLC|Co|Corp|plc|PLC|S\.A|N\.V|AG|SE|GmbH|L\.P|LP|Limited|S\.p\.A|Pte|Jr|Sr|D\.C)\.?|II|III|IV")


def original_of(content: str) -> Original | None:
    """The original name a parenthesis gives, or None when it gives none (a stock code, 阿里巴巴（BABA.US）,
    or another name the person goes by, 又名Alvin, is none); quotation marks around the whole of it
    are left out (（“Five Eyes”）)."""
    if _WIDE_LATIN.search(content):  # ＮＶＩＤＩＡ: letters written full-width
        content = unicodedata.normalize("NFKC", content)
    quoted = _QUOTED.fullmatch(content.strip())
    if quoted is not None:
        content = quoted.group(1)
    if _is_stock_code(content) or _ALIAS_LABEL.match(content.strip()) or _is_credit(content):
        return None
    found = parse_original(content) if not _SLASHED.search(content) else None  # Financial Times / FT: the first
    if found is not None:
        return found
    bare = content.strip()
    japanese = _LANGUAGE_LABEL.sub("", bare)  # 日文：トヨタ自動車
    if _JAPANESE.fullmatch(japanese) or (_KANJI.fullmatch(japanese) and set(japanese) & data.words("japanese_kanji")):
        return Original(japanese, False)  # トヨタ自動車; 日本経済新聞, in kanji of Japanese forms (data/japanese_kanji.tsv)
    if _CODE.fullmatch(bare) or _is_long_name(bare) or (
            _OTHER_SCRIPT.fullmatch(bare) and sum(ch.isalpha() for ch in bare) >= 2):
        return Original(re.sub(r"\s+", " ", bare), False)
    particled = _after_particles(bare)
    if particled:
        found = parse_original(particled[0].upper() + particled[1:])
        return Original(bare[: len(bare) - len(particled)] + particled, found.transliterated) if found else None
    explained = _EXPLAINED.split(bare, maxsplit=1)
    if len(explained) == 2 and not has_han(explained[0]) and (_LIFE.fullmatch(explained[1]) or (
            has_han(explained[1]) and not re.search(r"[A-Za-z]", explained[1]))):
        return parse_original(explained[0])  # explained, or years or an age: （Quad：美、日…）, （Ann Lee，1920-2011）
    if _SMALL_START.match(bare) or _LOST_CAPITAL.fullmatch(bare):  # nternational Science Council: a name whose
        found = parse_original(bare[0].upper() + bare[1:])  # first capital a typing slip lost
        return Original(found.text[0].lower() + found.text[1:], found.transliterated) if found else None
    if is_common_phrase(bare) or (_SMALL_THEN_ACRONYM.fullmatch(re.sub(r"\s+", " ", bare)) and
                                  bare.split()[0] not in data.words("function_words_en")):
        return Original(re.sub(r"\s+", " ", bare), False)
    title = re.split(r"\s*[:：]\s*", bare, maxsplit=1)
    if len(title) == 2 and not has_han(bare) and all(parse_original(part) for part in title):
        return Original(re.sub(r"\s+", " ", bare), False)
    return _first_of_pieces(content)


def _first_of_pieces(content: str) -> Original | None:
    """The original among the pieces a comma or semicolon parts, once a stock code (NASDAQ：NVDA) and a
    Chinese alternative or label (下同, 简称美联储) are left out: the one piece, or the first of a name and
    its abbreviation in either order (International Energy Agency，IEA; TSMC，Taiwan Semiconductor …); a
    company's legal form or a generation after a comma stays with its name (Meta Platforms, Inc.; King, Jr.)."""
    pieces: list[tuple[str, str]] = []  # each name as read, and as written with its tail (Co., Ltd.)
    for piece in (_unlabelled(p) for p in _PIECES.split(content.strip()) if p.strip()):
        if pieces and _NAME_TAIL.fullmatch(piece):
            pieces[-1] = (pieces[-1][0], f"{pieces[-1][1]}, {piece}")
        elif not _is_stock_code(piece) and (_LETTER.search(piece) or not has_han(piece)):
            pieces.append((piece, piece))
    if len(pieces) == 1:
        found = parse_original(pieces[0][0]) if pieces[0][1] != content.strip() or pieces[0][0] != pieces[0][1] else None
        return Original(pieces[0][1], found.transliterated) if found is not None else None
    if len(pieces) == 2 and _describes_person(pieces[1][0]):  # Tom Lee, CEO of Fundstrat; Mary Zhang, PhD
        found = parse_original(pieces[0][0])
        return found if found is not None and len(found.text.split()) >= 2 else None
    if len(pieces) == 2:
        first, second = parse_original(pieces[0][0]), parse_original(pieces[1][0])
        if first is None or second is None or is_acronym(first.text) == is_acronym(second.text):
            return None
        short, full = (first, second) if is_acronym(first.text) else (second, first)
        lead = re.sub(r"^(?:The|the|Le|La|Les|Der|Die|Das|El|Il)\s+", "", full.text)  # The Wall Street Journal，WSJ
        initials = {w[0].upper() for w in full.text.split()}
        if short.text[0].upper() in (full.text[0].upper(), lead[:1].upper()) or \
                {ch for ch in short.text if ch.isupper()} <= initials:  # University of Hong Kong，HKU
            return Original(pieces[0][1], first.transliterated)
    return None


_DEGREES = frozenset({"PhD", "Ph.D.", "MD", "M.D.", "Esq.", "Esq", "MBA", "CFA", "OBE", "CBE", "KBE", "MBE"})


def _describes_person(piece: str) -> bool:
    """Whether the piece after a person's name says who they are, not another name: a degree or honour
    (PhD, Esq.) or a title (CEO of Fundstrat: data/title_words_en.tsv)."""
    first = piece.split()[0] if piece.split() else ""
    return piece in _DEGREES or first in data.words("title_words_en")


def _is_long_name(bare: str) -> bool:
    """Whether `bare` is a long name in title case, longer than `parse_original` allows (US District
    Court for the Southern District of New York): nine to sixteen words, each capitalised or an
    article, preposition or conjunction."""
    words = bare.split()
    small = data.words("function_words_en")
    return 9 <= len(words) <= 16 and words[0][:1].isupper() and all(
        re.fullmatch(r"[A-Z][A-Za-z'’.&-]*", w) or w in small for w in words)


def _after_particles(bare: str) -> str:
    """What follows the lower-case particles a surname begins with (von der Leyen → Leyen, al-Assad →
    Assad, d’Estaing → Estaing), or "" when `bare` begins with none or nothing capitalised follows."""
    at = 0
    while (m := _PARTICLE.match(bare, at)) is not None and (m.group(1) in data.words("name_particles")
                                                           or m.group(1) in ("d", "l") and m.end() - m.start() == 2):
        at = m.end()
    return bare[at:] if at and bare[at : at + 1].isupper() else ""


def _unlabelled(piece: str) -> str:
    """`piece` without a label glued before its Latin name (简称WHO → WHO)."""
    piece = piece.strip()
    label = _GLUED_LABEL.match(piece)
    return piece[label.end() :] if label is not None else piece


_MIXED_WORD = r"[A-Za-z]+(?:[-'’][A-Za-z]+)*"
_TERMS_ENGLISH = re.compile(rf"[a-z]+(?:[-'’][A-Za-z]+)*(?:,? (?:{_MIXED_WORD})){{1,5}}")


def quoted_terms_english(content: str) -> Original | None:
    """The English of a term in quotation marks, begun in small letters, two to six words, some
    capitalised or a comma between them (“动态清零”（dynamic zero-COVID）, “小院高墙”（small yard, high
    fence））; None for a clause (a pronoun, or an article after a verb) or anything else."""
    text = re.sub(r"\s+", " ", content.strip())
    if not _TERMS_ENGLISH.fullmatch(text) or is_translated_clause(text.lower()) or \
            text.split()[0] in data.words("function_words_en"):
        return None
    return Original(text, False)


def is_common_phrase(original: str) -> bool:
    """Whether an original is a term's English in small letters, two to five words (after a leading
    `the`) not led by a preposition (talking points, the middle way, violations of user rights)."""
    text = re.sub(r"\s+", " ", original.strip()).removeprefix("the ")
    return bool(_COMMON_PHRASE.fullmatch(text)) and text.split()[0] not in data.words("function_words_en")


def in_small_letters(original: str) -> bool:
    """Whether an original is written as a phrase or a sentence, not as a name: in small letters, or
    in two or more words of which only the first is capitalised (Punched his rival)."""
    words = re.findall(r"[A-Za-z]+(?:['’][a-z]+)?", original)
    return original == original.lower() or (len(words) >= 2 and all(w == w.lower() for w in words[1:]))


def is_translated_clause(original: str) -> bool:
    """Whether an original in small letters (`in_small_letters`) translates a clause rather than names
    a term: it holds a pronoun (punched his rival) or an article right after its first word, which is
    then a verb with its object (bully the whole profession); a term's English (freedom of the press)
    has neither."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+(?:['’][a-z]+)?", original)]
    if len(words) < 2 or not in_small_letters(original):
        return False
    return any(w in data.words("pronouns_en") for w in words) or words[1] in ("the", "a", "an")


@cache
def _credit_label() -> re.Pattern[str]:
    """A credit's label before a colon: a picture credit's (data/credit_labels.tsv), a staff credit's
    (data/credit_words.tsv), or a source's (来源, 数据来源, 资料来源)."""
    labels = [line.split("\t")[0] for line in data.lines("credit_labels")]
    words = sorted(data.words("credit_words"), key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(labels + [re.escape(w) for w in words])}|[\u4e00-\u9fff]{{0,2}}[来來]源)\s*[:：]",
                      re.IGNORECASE)


def _is_credit(content: str) -> bool:
    """Whether a parenthesis holds a credit, not an original: （数据来源：UNHCR）, （摄影：Anna Berg）."""
    return _credit_label().match(fold(content.strip())) is not None


def _is_stock_code(content: str) -> bool:
    """Whether a parenthesis holds a stock code: TSLA.O, 0700.HK, NVDA US, NASDAQ：TSLA, 纽交所：BABA
    (data/stock_exchanges.tsv), 股票代码：TSLA."""
    text = content.strip()
    codes = [piece for piece in _PIECES.split(text) if piece]
    if len(codes) > 1:  # its codes on two exchanges: 09988.HK / BABA.US
        return all(_is_stock_code(piece) for piece in codes)
    ticker = _TICKER.fullmatch(text)
    if ticker is not None:
        return ticker.group(1) in data.marked("stock_exchanges", "suffix")
    exchange = _EXCHANGE.match(text)
    return exchange is not None and (exchange.group(1) in data.marked("stock_exchanges", "prefix")
                                     or _CODE_LABEL.fullmatch(exchange.group(1)) is not None)


def english_kind(original: str) -> EntityType | None:
    """ORG or LOC when the original holds a word that marks a body or a place (data/org_words_en.tsv,
    data/place_words_en.tsv), else None."""
    words = set(re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", original))  # Solid-State is no State, Stéphane no St
    last = original.replace(",", " ").split()[-1:] or [""]
    if words & data.words("org_words_en") or (len(original.split()) >= 2 and _NAME_TAIL.fullmatch(last[0])
                                               and last[0].rstrip(".") not in ("Jr", "Sr", "II", "III", "IV", "D.C")):
        # a company's legal form ends it: ASML Holding N.V., AstraZeneca plc
        return "ORG"
    if words & data.words("place_words_en"):
        return "LOC"
    return None


_LISTED = re.compile(r"\(([a-z]{3,}(?:-[a-z]+)*)\)(?=[、,]|[和及与或][\u4e00-\u9fff])")


def listed_small_words(folded: str) -> set[int]:
    """Where the parentheses of a list of terms each glossed by one word in small letters open
    (替代（replacement）、减少（reduction）和优化（refinement）): one such parenthesis followed by a list's
    separator, then at most eight Chinese characters and the next such parenthesis; both are glosses."""
    found: set[int] = set()
    for m in _LISTED.finditer(folded):
        after = re.match(r"[、,和及与或]([\u4e00-\u9fff]{1,8})\(([a-z]{3,}(?:-[a-z]+)*)\)", folded[m.end() :])
        if after is not None:
            found |= {m.start(), m.end() + after.start(2) - 1}
    return found
