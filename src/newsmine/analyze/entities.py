"""Mentions and entities: one entity per referent, with its fullest name, original spelling,
aliases (阿基门科 → 瓦列里·阿基门科; 耶鲁 → 耶鲁大学) and every mention's offsets.

Mentions come from the candidate layer (`analyze/candidates.py`: the tagger, the gazetteers, the
glosses and their repairs); its last step, `aliases`, registered here, adds later short forms.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import replace
from functools import cache

from newsmine import data
from newsmine.analyze import gazetteer
from newsmine.analyze.candidates import Candidates, find_candidates, step
from newsmine.analyze.credits import own_outlet
from newsmine.analyze.introduced import introduced_forms
from newsmine.analyze.mentions import Candidate, choose, overlaps, parentheses, tails
from newsmine.analyze.name_cuts import cue_characters
from newsmine.analyze.name_forms import (CHINESE_NAME, abbreviations_of, ends_with_suffix, org_short_form, other_forms,
                                          without_trade)
from newsmine.analyze.pipeline import component
from newsmine.analyze.tagger import Token, tag
from newsmine.analyze.text import alternation
from newsmine.analyze.units import cut_units
from newsmine.model import Doc, Entity, EntityType, Gloss, Mention, Span
from newsmine.names import fold, parts

_TYPE_ORDER = {"gloss": 0, "gazetteer": 1, "alias": 2, "tagger": 3, "short": 4}


def _latin_at(folded: str, pos: int) -> bool:
    return 0 <= pos < len(folded) and folded[pos].isascii() and folded[pos].isalnum()


def _alias_candidates(folded: str, chosen: list[Candidate], tokens: tuple[Token, ...],
                      glosses: list[Gloss]) -> list[Candidate]:
    """Other occurrences of names already found, the short forms of foreign full names and of
    organisations, and a gloss's original written on its own (范若伊（Haze Fan）… Haze Fan)."""
    starts = {t.start for t in tokens}
    ends = {t.end for t in tokens}
    originals = {(g.term_span.start, g.term_span.end): g.gloss for g in glosses}
    forms: dict[str, tuple[Candidate, str]] = {}
    shared = _shared_forms(folded, chosen)
    formed: set[tuple[str, str, str | None]] = set()  # a name written again adds no form its first writing did not
    for cand in sorted(chosen, key=lambda c: c.end - c.start):
        name = folded[cand.start : cand.end]
        keyed = cand if cand.key else Candidate(cand.start, cand.end, cand.type, cand.source, _key(name, cand))
        if len(name) >= 2 and cand.named_from is None:  # 美国|司法部: the forms are those of the whole
            forms[name] = (keyed, "alias" if cand.source in ("gloss", "alias") else cand.source)
        named = folded[_named_from(cand) : cand.end]
        if (named, cand.type, original := originals.get((cand.start, cand.end))) in formed:
            continue
        formed.add((named, cand.type, original))
        for form, source in other_forms(named, cand.type, original):
            if form != named and form not in shared:  # the whole would be read over the place's own mention
                forms.setdefault(form, (keyed, source))
    for head, cand in _generic_heads(folded, chosen).items():
        forms.setdefault(head, (cand, "short"))
    introduced = introduced_forms(folded, {c.end: (forms[name][0], name) for c in chosen
                                           if (name := folded[c.start : c.end]) in forms})  # 某协会（下称“协会”）
    forms.update({form: (named, "alias") for form, (named, _) in introduced.items()})
    abbreviated = {form for cand in chosen if cand.type == "ORG" for form in abbreviations_of(folded[cand.start : cand.end])}
    traded = {form for cand in chosen if cand.type == "ORG" and (form := without_trade(folded[cand.start : cand.end]))}
    nouns = {t.start: t.end for t in tokens if t.tag in ("n", "an", "vn")}
    noun_ends = set(nouns.values())  # 社会|大众: a common noun, not 大众汽车
    companies = _company_words()
    shortened = {form for cand in chosen if cand.type == "ORG" and not folded[cand.start : cand.end].endswith(companies)
                 and (form := org_short_form(folded[cand.start : cand.end]))}
    inside = parentheses(glosses)
    out = []
    lengths: dict[str, list[int]] = {}  # the lengths of the forms that begin with each character, shortest first
    for size, first in sorted({(len(form), form[0]) for form in forms if form}):
        lengths.setdefault(first, []).append(size)
    # every occurrence of every form: at each place where a form can start, a look-up per form length
    # (one scan of the characters: a regex of this article's first characters costs more to compile)
    for pos in [at for at, char in enumerate(folded) if char in lengths]:
        for length in lengths[folded[pos]]:
            form = folded[pos : pos + length]
            if len(form) < length or form not in forms:
                continue
            cand, source = forms[form]
            end = pos + length
            if form in introduced and pos < introduced[form][1]:
                continue
            latin = form.isascii()
            whole = not latin or (not _latin_at(folded, pos - 1) and not _latin_at(folded, end))
            if (form in traded and pos in noun_ends) or (form in shortened and _common_nouns(nouns, pos, end)):
                continue  # 金融(时报), 国际密码(协会): a field in common nouns, not the body's name (but 蚂蚁(集团))
            whole_word = form in abbreviated or form in traded
            bounded = (pos in starts and end in ends) if whole_word else (pos in starts or end in ends)
            if whole and (bounded or latin) and not overlaps(*inside, pos, end):
                out.append(Candidate(pos, end, cand.type, source, cand.key))
    return out


def _shared_forms(folded: str, chosen: list[Candidate]) -> set[str]:
    """The forms two bodies named with their places both give (瑞典外交部 and 芬兰外交部: 外交部): a bare
    外交部 after them names neither."""
    by_form: dict[str, set[str]] = {}
    for cand in chosen:
        if cand.named_from is not None:
            named = folded[cand.named_from : cand.end]
            for form, _ in other_forms(named, cand.type, None):
                by_form.setdefault(form, set()).add(named)
    return {form for form, names in by_form.items() if len(names) > 1}


def _named_from(cand: Candidate) -> int:
    """Where the candidate's name starts: before its mention when a place written before it is part
    of the name (`placed_bodies`)."""
    return cand.start if cand.named_from is None else cand.named_from


@cache
def _company_words() -> tuple[str, ...]:
    """The words that end a company's name (its forms and trades, 集团, 公司), for one endswith."""
    return tuple(sorted(data.words("company_forms") | data.words("company_trades") | {"集团", "公司"}))


def _common_nouns(nouns: dict[int, int], start: int, end: int) -> bool:
    """Whether `start`…`end` is common nouns only, word after word (`nouns`: their starts and ends)."""
    while start in nouns and start < end:
        start = nouns[start]
    return start == end


def _generic_heads(folded: str, chosen: list[Candidate]) -> dict[str, Candidate]:
    """The generic word that ends one organisation's name, when no other organisation found ends
    with it: a later 基金会 is the 苹果基金会 named before (a word of three characters or more)."""
    by_head: dict[str, set[str]] = {}
    first: dict[str, Candidate] = {}
    for cand in chosen:
        name = folded[cand.start : cand.end]
        head = ends_with_suffix(name) if cand.type == "ORG" else None
        if head is not None and len(head) >= 3 and len(name) > len(head):
            key = _key(name, cand)
            by_head.setdefault(head, set()).add(key)
            first.setdefault(head, Candidate(cand.start, cand.end, cand.type, cand.source, key))
    return {head: first[head] for head, keys in by_head.items() if len(keys) == 1}


def _surnames_before_titles(folded: str, chosen: list[Candidate], tokens: tuple[Token, ...]) -> list[Candidate]:
    """A surname and a title (金主席, 习主席) naming the one person of that surname found: the surname
    is a mention of that person, the title a role."""
    by_surname: dict[str, set[str]] = {}
    first: dict[str, Candidate] = {}
    for cand in chosen:
        name = folded[cand.start : cand.end]
        if cand.type == "PER" and CHINESE_NAME.fullmatch(name) and name[0] in data.words("surnames"):
            key = _key(name, cand)
            by_surname.setdefault(name[0], set()).add(key)
            first.setdefault(name[0], Candidate(cand.start, cand.end, "PER", cand.source, key))
    titles = data.words("titles")
    sizes = _title_sizes()
    out = []
    alone = "".join(surname for surname, keys in by_surname.items() if len(keys) == 1)  # of one person found
    for m in re.finditer(f"[{re.escape(alone)}]", folded) if alone else ():
        pos, surname = m.start(), m.group()
        k = bisect_left(tokens, (pos,))  # the token starting there, if one does
        if k == len(tokens) or tokens[k].start != pos:
            continue  # the surname starts a word: 金主席, not 资金主席团
        if any(folded[pos + 1 : pos + 1 + n] in titles for n in sizes) or _speaks_alone(folded, pos, first[surname].start):
            out.append(Candidate(pos, pos + 1, "PER", "alias", first[surname].key))
    return out


@cache
def _title_sizes() -> list[int]:
    """The lengths of the titles of two characters or more, shortest first."""
    return sorted({len(t) for t in data.words("titles") if len(t) >= 2})


_CLAUSE_START = "\n。，；：！？」”』\""  # what a clause's subject follows
_ADVERBS = "又续亦也则还再更便就"  # between a subject and its cue verb: 张又说, 張續稱


def _speaks_alone(folded: str, pos: int, named: int) -> bool:
    """A surname alone as a clause's subject, after its person is named, before a cue verb (with an
    adverb: 张又说, 張續稱) or 本人: the surname alone names that person (CONVENTIONS: 蔡 for 蔡英文)."""
    if pos <= named or (pos > 0 and folded[pos - 1] not in _CLAUSE_START):
        return False
    after = pos + 1 + (folded[pos + 1 : pos + 2] in tuple(_ADVERBS))
    return folded[after : after + 2] == "本人" or (folded[after : after + 1] in cue_characters() and (
        after > pos + 1 or folded[after + 1 : after + 2] in "：:，,"))


@step("aliases", after="addresses")
def _aliases(c: Candidates) -> list[Candidate]:
    """Other occurrences and short forms of the names found; overlaps resolved."""
    named = {(cand.start, cand.end): cand for cand in c.found if cand.named_from is not None}
    chosen = choose(c.found + _alias_candidates(c.folded, c.found, c.tokens, c.glosses)
                    + _surnames_before_titles(c.folded, c.found, c.tokens), c.glosses)
    return [named.get((cand.start, cand.end), cand) for cand in chosen]  # an alias read over it keeps its name


@step("surnames", after="aliases")
def _surnames(c: Candidates) -> list[Candidate]:
    """A surname alone, with a courtesy title or glued to a cue verb, made a mention of its person."""
    return bare_surnames(c.folded, c.found)


def _glued_cue(folded: str, start: int, end: int) -> bool:
    """A one-character cue verb glued to a surname by the tagger: 蔡|指, 何|笑说, 何|笑 (before 说), or
    an adverb before one: 张|又 (before 说)."""
    cues = cue_characters()
    word = folded[start + 1 : end]
    smiling = word[:1] == "笑" and (word[1:] or folded[end : end + 1]) in cues
    adverb = len(word) == 1 and word in _ADVERBS and folded[end : end + 1] in cues  # 张|又|说, 張|續|稱
    return word in cues or (len(word) <= 2 and smiling) or adverb


def bare_surnames(folded: str, found: list[Candidate]) -> list[Candidate]:
    """A person named again by the surname alone (何), with a courtesy title (何女士) or with a cue verb
    the tagger glued to it (蔡指): a mention of the person of that surname named before it (the last
    one, when several were); a surname glued to a cue with no such person named before is no one, and
    one with a form of address after it (吴医生) is the person as written; a surname after 姓 (姓吴的)
    names no one."""
    surnames, courtesy = data.words("surnames"), data.words("courtesy_titles")
    people = sorted((c for c in found if c.type == "PER" and c.end - c.start >= 2 and folded[c.start] in surnames
                     and CHINESE_NAME.fullmatch(folded[c.start : c.start + 2])
                     and not _glued_cue(folded, c.start, c.end)), key=lambda c: c.start)
    out = []
    for cand in found:
        name = folded[cand.start : cand.end]
        glued = cand.type == "PER" and name[0] in surnames and _glued_cue(folded, cand.start, cand.end)
        bare = cand.type == "PER" and name[0] in surnames and (len(name) == 1 or name[1:] in courtesy)
        if not glued and not bare:
            out.append(cand)
            continue
        if len(name) == 1 and folded[cand.start - 1 : cand.start] == "姓":
            continue  # 一名姓吴的医生: the surname is said, no one is named by it
        before = [p for p in people if p.start < cand.start and folded[p.start] == name[0]
                  and folded[p.start : p.end] != name and _same_sex(folded[p.start : p.end], name)]
        if before:
            target = before[-1]
            out.append(Candidate(cand.start, cand.start + 1 if glued else cand.end, "PER", cand.source,
                                 _key(folded[target.start : target.end], target)))
        elif not glued:
            addressed = _addressed(folded, cand) if len(name) == 1 else cand
            if addressed is not cand:  # 吴医生: the one the surname alone names after it
                people = sorted([*people, addressed], key=lambda c: c.start)
            out.append(addressed)
    return out


def _addressed(folded: str, cand: Candidate) -> Candidate:
    """A surname alone with a form of address after it (吴|医生, 张|老师) and no one of that surname
    named before: the person as written, like 林先生."""
    form = next((w for w in sorted(data.words("address_forms"), key=len, reverse=True)
                 if folded.startswith(w, cand.end)), None)
    return cand if form is None else Candidate(cand.start, cand.end + len(form), "PER", cand.source, cand.key)


def _sex(name: str) -> str:
    """男 or 女 when the way a person is written says it (林姓男子, 陈女士, 马先生), else empty."""
    if name[1:2] == "姓" and name[2:3] in ("男", "女"):
        return name[2]
    if name[1:] in data.words("courtesy_titles"):
        return "男" if name[1:] == "先生" else "女"
    return ""


def _same_sex(name: str, other: str) -> bool:
    """Whether two ways of writing a person can name one (林女士 is not the 林姓男子 named before)."""
    return not _sex(name) or not _sex(other) or _sex(name) == _sex(other)


def _self_references(folded: str, chosen: list[Candidate], tokens: tuple[Token, ...]) -> list[Candidate]:
    """The words by which the article's own outlet names itself (本台, 本报), as mentions of that outlet
    when the credits name it (`credits.own_outlet`)."""
    outlet = own_outlet(folded, ((c.start, c.end, _key(folded[c.start : c.end], c)) for c in chosen if c.type == "ORG"))
    if outlet is None:
        return []
    starts, ends = {t.start for t in tokens}, {t.end for t in tokens}
    taken = [(c.start, c.end) for c in chosen]
    words = alternation(data.words("self_references"))
    return [Candidate(m.start(), m.end(), "ORG", "alias", outlet) for m in re.finditer(words, folded)
            if m.start() in starts and m.end() in ends and not any(s < m.end() and m.start() < e for s, e in taken)]


def _key(folded_name: str, cand: Candidate) -> str:
    if cand.key:
        return cand.key
    entry = gazetteer.known(folded_name)
    if entry is not None:
        return entry.name
    generic = tails("generic")
    for tail in generic if folded_name.endswith(generic) else ():
        head = folded_name[: -len(tail)]
        if folded_name.endswith(tail) and gazetteer.known(head) is not None:
            return gazetteer.known(head).name  # type: ignore[union-attr]
    return "".join(parts(folded_name))


def _abbreviations_named(folded: str, chosen: list[Candidate]) -> list[Candidate]:
    """A one-character abbreviation read as its full name (澳 → 澳大利亚) names instead another place it
    stands for (澳门) when the article names that one and not the full name."""
    named = {_key(folded[c.start : c.end], c) for c in chosen if c.end - c.start > 1}
    out = []
    for c in chosen:
        if c.end - c.start == 1 and c.key and c.key not in named:
            other = next((o for o in gazetteer.abbreviated_also(folded[c.start]) if o in named), None)
            c = replace(c, key=other) if other else c
        out.append(c)
    return out


def find_entities(text: str, tokens: tuple[Token, ...], glosses: list[Gloss],
                  english: bool = False) -> tuple[list[Mention], list[Entity]]:
    """The mentions of `text` and the entities they cluster into (ids `e1`, `e2`, … by first mention).

    With `english`, the Chinese tagger is not used: names come from the gazetteers' English names.
    """
    folded = fold(text)
    if english:
        found = [Candidate(s, e, k.type, "gazetteer", k.name) for s, e, k in gazetteer.find_english(text)]
        chosen = choose(found, glosses)
    else:
        chosen = cut_units(folded, find_candidates(folded, tokens, glosses))
        chosen = sorted(chosen + _self_references(folded, chosen, tokens), key=lambda c: c.start)

    chosen = _abbreviations_named(folded, chosen)
    originals = {(g.term_span.start, g.term_span.end): g.gloss for g in glosses}
    groups: dict[str, list[Candidate]] = {}
    forms: dict[str, str] = {}
    shared = _shared_forms(folded, chosen)
    # glossed terms first, so that their originals join the Latin forms written elsewhere (Citizen Lab)
    for cand in sorted(chosen, key=lambda c: ((c.start, c.end) not in originals, -(c.end - _named_from(c)), c.start)):
        name = folded[_named_from(cand) : cand.end]
        key = _key(name, cand)
        group = forms.get(key) or forms.get("".join(parts(name))) or key
        groups.setdefault(group, []).append(cand)
        forms.setdefault(key, group)
        for form, _ in other_forms(name, cand.type, originals.get((cand.start, cand.end))):
            if form not in shared:
                forms.setdefault(form, group)

    gloss_at = {(g.term_span.start, g.term_span.end): g for g in glosses}
    ordered = sorted(groups.values(), key=lambda cs: min(c.start for c in cs))
    mentions: list[Mention] = []
    entities: list[Entity] = []
    for n, cands in enumerate(ordered, 1):
        cands.sort(key=lambda c: c.start)
        eid = f"e{n}"
        kind = _entity_type(cands)
        texts = [text[c.start : c.end] for c in cands]
        names = [text[_named_from(c) : c.end] for c in cands]  # 美国|司法部 is named 美国司法部
        chinese = [t for t in names if not t.isascii()] or names  # 布林肯 over a longer Blinken written alone
        name = max(chinese, key=lambda t: (len(t), -names.index(t)))
        gloss = next((gloss_at[(c.start, c.end)] for c in cands if (c.start, c.end) in gloss_at), None)
        aliases: list[str] = []
        for t in names:
            if t != name and t not in aliases:
                aliases.append(t)
        entities.append(Entity(id=eid, type=kind, name=name, original_name=gloss.gloss if gloss else None,
                               transliterated=bool(gloss and gloss.transliterated), aliases=aliases,
                               mentions=[Span(c.start, c.end) for c in cands]))
        mentions += [Mention(span=Span(c.start, c.end), text=t, type=kind, entity=eid, source=c.source)
                     for c, t in zip(cands, texts)]
    mentions.sort(key=lambda m: m.span.start)
    return mentions, entities


def _entity_type(cands: list[Candidate]) -> EntityType:
    """The type its most trusted source gives (gloss, then gazetteer), else the most frequent."""
    best = min(cands, key=lambda c: _TYPE_ORDER[c.source])
    if best.source in ("gloss", "gazetteer"):
        return best.type
    return Counter(c.type for c in cands).most_common(1)[0][0]


@component("entities", assigns=["mentions", "entities"], requires=["glosses"])
def entities(doc: Doc) -> None:
    """Fill `doc.mentions` and `doc.entities` (PER, ORG, LOC), every mention carrying its entity id."""
    english = doc.article.language == "en"
    doc.mentions, doc.entities = find_entities(doc.text, () if english else tag(doc.text), doc.glosses, english)
