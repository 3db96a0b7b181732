"""Glossed terms in quotation or title marks (`analyze/glosses.py`): the name inside 《》, 「」, 『』 or “”
before the parenthesis, or inside marks that close after it; the word after the marks saying what the
name is (《经济学人》|杂志, “一带一路”|倡议); a title whose English is in title case, with its pronouns and
commas, in marks that close after its parenthesis or not at all.
"""

from __future__ import annotations

import re

from newsmine import data
from newsmine.analyze.gazetteer import lookup
from newsmine.analyze.gloss_originals import english_kind
from newsmine.analyze.gloss_phrases import MAX_TERM, SUFFIX_MAX
from newsmine.analyze.text import ending_at
from newsmine.analyze.token_index import TokenIndex
from newsmine.model import EntityType
from newsmine.names import Original, has_han

BRACKETS = {"》": "《", "〉": "〈", "】": "【", "」": "「", "』": "『", "”": "“", '"': '"'}
_CLAUSE_TAGS = frozenset({"r", "d", "p", "c", "PER"})
_CLAUSE_MARK = re.compile(r"[,.;:!?、。\s“”\"《》「」]")
_Term = tuple[int, int, "EntityType | None"]


def kind_after_brackets(folded: str, end: int, floor: int) -> str:
    """The word saying what a name in marks is, between the closing mark and the parenthesis
    (《经济学人》|杂志, “人权观察”|组织, “一带一路”|倡议: data/publication_words.tsv, data/org_cues.tsv,
    data/term_kind_words.tsv), or ""."""
    for n in range(min(SUFFIX_MAX, end - floor - 2), 1, -1):
        word = folded[end - n : end]
        if folded[end - n - 1] in BRACKETS and (names_body(word) or word in data.words("term_kind_words")):
            return word
    return ""


def names_body(word: str) -> bool:
    return word in data.words("publication_words") or word in data.words("org_cues")


def quoted_around(folded: str, words: TokenIndex, end: int, after: int, floor: int) -> str:
    """The closing mark when quotation marks stand around the term and its parenthesis
    (“疾病地图（DiseaseMap）”), else "" — also when they hold a clause (a quotation ending in a gloss:
    punctuation, a pronoun, an adverb, a preposition or a conjunction inside)."""
    closing = folded[after : after + 1]
    if closing not in BRACKETS or folded[end - 1] in BRACKETS:
        return ""
    opening = folded.rfind(BRACKETS[closing], floor, end)
    if opening < 0 or end - opening > 16 or _CLAUSE_MARK.search(folded[opening + 1 : end]):
        return ""
    return "" if any(t.tag in _CLAUSE_TAGS for t in words.starting_in(opening + 1, end)) else closing


_PLACE_PREPOSITIONS = frozenset("在于從从")
_OPENINGS = {"“": "”", "「": "」", "『": "』", "《": "》"}
TITLE_WITH_COMMA = re.compile(r"[A-Z][A-Za-z'’-]*(?:,? [A-Za-z'’-]+){1,7}")


def titled_in_marks(folded: str, end: int, floor: int, original: Original) -> str:
    """The closing mark of a title in marks whose original is written in title case, of two words or
    more, when the marks open before the term and close after its parenthesis or not at all
    (「我们的星球，我们的未来（Our Planet, Our Future）」): a pronoun or a comma inside is the title's."""
    words = re.findall(r"[A-Za-z]+(?:['’][a-z]+)?", original.text)
    small = data.words("function_words_en")
    if len(words) < 2 or folded[end - 1] in BRACKETS or not all(w[0].isupper() or w in small for w in words):
        return ""
    for at in range(end - 2, max(floor, end - 17) - 1, -1):
        if folded[at] in BRACKETS or folded[at] in "。!?;:":
            return ""
        if folded[at] in _OPENINGS:
            return _OPENINGS[folded[at]]
    return ""


def bracketed_term(folded: str, words: TokenIndex, end: int, floor: int, original: Original,
                    around: str = "") -> _Term | None:
    """The name inside 《…》, 「…」, 『…』 or “…” right before the parenthesis, or inside the marks that
    close (`around`) right after it."""
    inner = end if around else end - 1
    opening = folded.rfind(BRACKETS[around or folded[end - 1]], floor, inner)
    if opening < 0 or inner - opening > MAX_TERM or not has_han(folded[opening:end]) or folded[inner - 1] in "!?。…":
        return None  # a quoted sentence and its translation are no term: “警察站在我们这边！”（…）
    paper = ending_at(folded, inner, data.words("media_endings"), SUFFIX_MAX) or ""
    body = ending_at(folded, inner, data.words("org_suffixes"), SUFFIX_MAX) or ""  # 「澳英美联盟」（AUKUS）
    org = ending_at(folded, opening, data.words("org_cues") | data.words("publication_words"), SUFFIX_MAX) or \
        english_kind(original.text) == "ORG" or (len(body) >= 2 and inner - opening - 1 > len(body)) or (
        folded[inner : inner + 1] == "》" and (len(paper) >= 2 or paper == "报") and (
            inner - opening > 3 or original.text.startswith("The ")))  # 《卫报》（The Guardian）
    start = opening + 1
    first = words.containing(start)
    named = original.text.split()
    if first is not None and first.word in _PLACE_PREPOSITIONS and first.tag == "p" and inner - start >= 4 and \
            len(named) >= 2 and named[0].lower() not in ("in", "at", "on", "from", "to"):
        start += 1  # a quoted place after its preposition, which its English in words leaves out: “在|白宫战情室”
        # （The Situation Room）; a code cannot tell (“在外同胞签证”（F4）)
    known = lookup(folded[start:inner]) if folded[inner : inner + 1] != "》" else None  # 「无国界记者」（RSF）
    return start, inner, "ORG" if org else known  # a paper or magazine by its name is a body: 《明镜周刊》


