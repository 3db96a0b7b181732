"""Names, in one place: folding for matching, name keys, the same-referent rule, a gloss's original.

Analysis, the archive and rendering all decide through this module whether two written names are
one referent, so "普丁 and 普京 are one person" is one change here. Like `newsmine.data` it imports
nothing else of newsmine (only the lexicons), so every layer may use it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from newsmine import data

# Variant forms that NFKC leaves alone but that mean the same character when matching.
_VARIANTS = str.maketrans({"硏": "研", "僞": "伪", "爲": "为", "衆": "众", "啓": "启", "産": "产",
                           "︰": ":"})  # ︰ (a vertical-form colon) is written for ： in Hong Kong text
_NAME_PUNCT = re.compile(r"[\s·•‧・.\-‐‑–—'’,]+")
_LONG = 200  # texts longer than this are whole documents, folded once and remembered

_FOREIGN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\uac00-\ud7af\u3040-\u30ff]")
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")  # with the rare characters of planes 2 and 3 (𫓹)
_MONEY = re.compile(r"[$£€¥₩₽]|\d\s*(?:bn|m|million|billion|trillion|%|km|kg)\b", re.I)
_LABEL_SPLIT = re.compile(r"\s*[，,、:：;；]\s*")
_ACRONYM = re.compile(r"[A-Z][A-Za-z0-9&.-]{0,9}[A-Z0-9]")


class _PerCharacter(dict):  # type: ignore[type-arg]
    """A `str.translate` table filled on first sight of each character by `fold_char`."""

    def __init__(self, fold_char: Callable[[str], str]) -> None:
        super().__init__()
        self.fold_char = fold_char

    def __missing__(self, code: int) -> str:
        self[code] = value = self.fold_char(chr(code))
        return value


def _normalise_char(ch: str) -> str:
    folded = unicodedata.normalize("NFKC", ch)
    return (folded if len(folded) == 1 else ch).translate(_VARIANTS)


_NORMALISED = _PerCharacter(_normalise_char)


def is_han(ch: str) -> bool:
    """Whether `ch` (its first character, if longer) is a Chinese character; False for ""."""
    return bool(_HAN.match(ch))


def has_han(text: str) -> bool:
    """Whether `text` holds a Chinese character anywhere."""
    return bool(_HAN.search(text))


def normalise(text: str) -> str:
    """Fold text for matching only (NFKC, full/half width, variant characters); never for output.

    The result has the same length as the input, so offsets found in it hold for the original.
    """
    return text.translate(_NORMALISED)


@cache
def _opencc(config: str):  # type: ignore[no-untyped-def]
    import opencc

    return opencc.OpenCC(config)


@cache
def _simplified(ch: str) -> str:
    out = _opencc("t2s").convert(ch)
    return out if len(out) == 1 else ch


def _fold_char(ch: str) -> str:
    ch = _normalise_char(ch)
    return _simplified(ch) if ord(ch) >= 0x3400 else ch


_FOLDED = _PerCharacter(_fold_char)


def _fold(text: str) -> str:
    return text.translate(_FOLDED)


_fold_document = lru_cache(maxsize=4)(_fold)


def fold(text: str) -> str:
    """`text` normalised (NFKC, variants) and simplified, character by character; same length.

    A whole document is folded once however many components ask (the last few are remembered).
    """
    return _fold_document(text) if len(text) > _LONG else _fold(text)


def to_simplified(text: str) -> str:
    """Traditional → simplified characters (OpenCC t2s); other scripts pass through."""
    return _opencc("t2s").convert(text)  # type: ignore[no-any-return]


def to_mainland(text: str) -> str:
    """Taiwan → mainland forms (OpenCC tw2sp): characters, plus the phrases and names OpenCC's
    dictionary lists (歐巴馬 → 奥巴马); names it does not list (普丁) stay as written."""
    return _opencc("tw2sp").convert(text)  # type: ignore[no-any-return]


def parts(name: str) -> list[str]:
    """The parts of a name between its separators: 瓦列里·阿基门科 → 瓦列里, 阿基门科; also a full stop
    between two Chinese characters (詹姆斯．克莱弗利, folded to 詹姆斯.克莱弗利)."""
    seps = data.words("separators")
    out, cur = [], ""
    for k, ch in enumerate(name):
        if ch in seps or (ch == "." and 0 < k < len(name) - 1 and not name[k - 1].isascii() and not name[k + 1].isascii()):
            out.append(cur)
            cur = ""
        else:
            cur += ch
    out.append(cur)
    return [p for p in out if p]


def abbreviations(name: str) -> list[str]:
    """The abbreviations Chinese writes for an organisation's (folded) name: its first character, at
    most one more from between, and the character kept of its generic last word
    (data/abbreviation_heads.tsv: 北京交通大学 → 北交大, 体育学院 → 体院, 中央情报局 → 中情局, 天则经济研究所
    → 天则所). Never a run of the name's own characters (those are its short forms), and of three
    characters for a name of five or more, so that ordinary words are not taken for one."""
    heads = {row["word"]: row["head"] for row in data.table("abbreviation_heads")}
    if len(name) < 4 or not _HAN.fullmatch(name[0]):
        return []
    suffixes = [name[-n:] for n in range(min(4, len(name) - 2), 0, -1) if name[-n:] in heads]
    out = []
    for suffix in (s for s in suffixes if heads[s] == heads[suffixes[0]]) if suffixes else ():
        out += [name[0] + heads[suffix]] if len(name) < 5 else []  # 中国科学院: 科学院, 学院, 院; not 委员会's 会
        out += [name[0] + ch + heads[suffix] for ch in name[1 : len(name) - len(suffix)] if _HAN.fullmatch(ch)]
    return [form for form in dict.fromkeys(out) if form not in name]


@lru_cache(maxsize=65536)
def name_key(name: str | None) -> str | None:
    """The key of a Chinese rendering: NFKC, mainland simplified forms (OpenCC tw2sp), without
    separators; 習近平 = 习近平 and 歐巴馬 = 奥巴马, but 普丁 ≠ 普京 (their glosses join those).
    Cached: the archive's writer keys the same names article after article."""
    if not name:
        return None
    key = _NAME_PUNCT.sub("", to_mainland(unicodedata.normalize("NFKC", name))).casefold()
    return key or None


@lru_cache(maxsize=65536)
def original_key(name: str | None) -> str | None:
    """The key of an original name: NFKC, case-folded, separators folded to one space (cached)."""
    if not name:
        return None
    key = _NAME_PUNCT.sub(" ", unicodedata.normalize("NFKC", name)).strip().casefold()
    return key or None


def referent_keys(name: str, original: str | None = None, aliases: Iterable[str] = ()) -> set[str]:
    """The same-referent rule: two named things of one type are one referent when these keys meet —
    a written form in common (its name key) or the same original spelling."""
    keys = {k for k in (name_key(n) for n in (name, *aliases)) if k}
    if (key := original_key(original)) is not None:
        keys.add("original:" + key)
    return keys


@dataclass(frozen=True)
class Original:
    """The original name inside a gloss's parenthesis, and whether the term renders it by sound."""

    text: str
    transliterated: bool


@cache
def gloss_labels() -> dict[str, bool]:
    """The labels a gloss's parenthesis may hold beside the name (音译, 英文: data/gloss_labels.tsv), each
    with whether it says the term renders the name by sound; read-only."""
    return {row["label"]: row["transliteration"] == "yes" for row in data.table("gloss_labels")}


def parse_original(content: str) -> Original | None:
    """The original name inside a parenthesis, with its 音译 flag; None when it is not a name."""
    pieces = [p for p in _LABEL_SPLIT.split(content.strip()) if p]
    labels = gloss_labels()
    transliterated = False
    names = []
    for piece in pieces:
        key = fold(piece)
        if piece in labels or key in labels:
            transliterated = transliterated or labels.get(piece, labels.get(key, False))
        else:
            names.append(piece)
    if len(names) == 2 and sum(bool(_HAN.search(n)) for n in names) == 1:
        names = [n for n in names if not _HAN.search(n)]  # a Chinese short form beside it: （美联储，Federal Reserve）
    if len(names) != 1:
        return None
    name = re.sub(r"\s+", " ", re.sub(r"([-‐])\s+", r"\1", names[0])).strip()
    if not _FOREIGN_LETTER.search(name) or _HAN.search(name) or _MONEY.search(name):
        return None
    words = name.split()
    if len(words) > 8 or sum(ch.isdigit() for ch in name) * 2 > len(name):
        return None
    first = next((ch for ch in name if ch.isalpha()), "")
    if first.isascii() and not first.isupper():
        return None
    return Original(name, transliterated)


def is_acronym(original: str) -> bool:
    """Whether an original is an abbreviation written in capitals (IAEA, G7, NHK)."""
    return bool(_ACRONYM.fullmatch(original))


def phonetic(term: str, original: Original, kind: str | None) -> bool:
    """Whether a glossed Chinese term renders its original by sound (普京（Putin）, 萨特省（Sarthe）),
    not by meaning (国际原子能机构（IAEA）, 苹果公司（Apple）): the article says 音译, or the term is
    written in the characters used to transliterate foreign names.

    Separators and Latin letters aside, a generic tail (a title, 省, 报) is passed over, except for an
    abbreviation's term, which is the body's name translated unless its every character is a sound
    (欧佩克（OPEC）), and for a body word of three characters or more, which makes the body's name a
    translation (诺贝尔基金会（Nobel Foundation）). A person's name is judged by most of its characters when it has four or more
    (巴切莱特), or by a separator between its parts (理查德·迪尔洛夫).
    """
    if original.transliterated:
        return True
    chars, seps = data.words("transliteration"), data.words("separators")
    sounds = "".join(ch for ch in fold(term) if ch not in seps and _HAN.match(ch))
    if not is_acronym(original.text):
        tails = data.words("titles") | data.words("org_suffixes") | data.words("place_suffixes")
        cut = next((n for n in range(min(4, len(sounds) - 2), 0, -1) if sounds[-n:] in tails), 0)
        if cut >= 3 and kind == "ORG" and sounds[-cut:] in data.words("org_suffixes"):
            return False  # a body named for someone and what it is: 诺贝尔基金会 (Nobel Foundation)
        sounds = sounds[: len(sounds) - cut]
    known = sum(ch in chars for ch in sounds)
    if len(sounds) >= 2 and known == len(sounds):
        return True
    if kind != "PER":
        return False
    return any(ch in seps for ch in term) or (len(sounds) >= 4 and 4 * known >= 3 * len(sounds))
