"""Mentions and entities: one entity per referent, with its fullest name, original spelling,
aliases (阿基门科 → 瓦列里·阿基门科; 耶鲁 → 耶鲁大学) and every mention's offsets.

Mentions come from the candidate layer (`analyze/candidates.py`: the tagger, the gazetteers, the
glosses and their repairs); its last step, `aliases`, registered here, adds later short forms.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from newsmine import data
from newsmine.analyze import gazetteer
from newsmine.analyze.candidates import Candidates, find_candidates, step
from newsmine.analyze.credits import own_outlet
from newsmine.analyze.mentions import Candidate, choose, overlaps, parentheses, tails
from newsmine.analyze.pipeline import component
from newsmine.analyze.repairs import cue_characters
from newsmine.analyze.tagger import Token, tag
from newsmine.analyze.text import alternation
from newsmine.model import Doc, Entity, EntityType, Gloss, Mention, Span
from newsmine.names import abbreviations, fold, parts

_CHINESE_NAME = re.compile(r"[\u4e00-\u9fff]{2,3}")
_TYPE_ORDER = {"gloss": 0, "gazetteer": 1, "alias": 2, "tagger": 3, "short": 4}


def _short_forms(name: str) -> list[str]:
    """Later forms that name the same person: the family name of 瓦列里·阿基门科 is 阿基门科, and of
    a four-character Japanese name 岸田文雄 its first two characters."""
    pieces = parts(name)
    if len(pieces) >= 2:
        return [pieces[-1]] if len(pieces[-1]) >= 2 else []
    if len(name) == 4 and name[:2] not in data.words("surnames"):
        return [name[:2]]
    return []


def _org_short_form(name: str) -> str | None:
    """An organisation named without its generic last word, its legal form or its trade: 耶鲁|大学,
    顶新|集团, 天则经济|研究所 → 天则经济, 杭州野生动物园|有限公司 → 杭州野生动物园, 大众|汽车 → 大众."""
    form = next((f for f in sorted(data.words("company_forms"), key=len, reverse=True) if name.endswith(f)), None)
    if form is not None and len(name) - len(form) >= 2:
        return name[: -len(form)]
    if (short := _without_trade(name)) is not None:
        return short
    for n in range(min(5, len(name) - 2), 1, -1):
        if name[-n:] in data.words("org_suffixes") and not name[:-n].endswith(tuple(data.words("org_suffixes"))):
            return name[:-n]
    return None


_RESEARCH = ("研究所", "研究院", "研究中心", "研究会")  # the generic words of research bodies


def _without_field(short: str) -> str | None:
    """A research body's own name without its field, once its generic last word is gone: 天则经济 → 天则
    (data/research_fields.tsv); not when what is left is a place, a body of its own (北京大学|经济) or
    the gazetteers' name for something else."""
    field = next((f for f in sorted(data.words("research_fields"), key=len, reverse=True) if short.endswith(f)), None)
    head = short[: -len(field)] if field is not None else ""
    if len(head) < 2 or gazetteer.lookup(head) is not None or _ends_with_suffix(head) is not None:
        return None
    return head


def _without_trade(name: str) -> str | None:
    """A company named without its trade: 大众|汽车, 腾讯|控股 (two characters or more left); not a
    sector named by trade words alone (金融|科技)."""
    trades = data.words("company_trades")
    trade = next((t for t in trades if name.endswith(t)), None)
    if trade is None or len(name) - len(trade) < 2:
        return None
    head = name[: -len(trade)]
    return None if head.endswith(tuple(trades)) or head in data.words("generic_kinds") else head


def _without_place(name: str) -> str | None:
    """An organisation named without the place before it: 英国|通信管理局, 台湾|教育部 — unless the
    gazetteers know the whole as another body than the rest (美国|国务院 is not 国务院)."""
    for n in range(min(5, len(name) - 3), 1, -1):
        if gazetteer.lookup(name[:n]) == "LOC":
            rest, whole = gazetteer.known(name[n:]), gazetteer.known(name)
            if rest is None or whole is None or rest.name == whole.name:
                return name[n:]
            return None
    return None


@cache
def _abbreviations(name: str) -> list[str]:
    """An organisation's abbreviations (`names.abbreviations`), of the name with or without the place
    before it (香港|体育学院 → 体院), leaving out those the gazetteers know as another name and those
    that begin with a place (中国|院)."""
    unplaced = _without_place(name)
    forms = abbreviations(name) + (abbreviations(unplaced) if unplaced else [])
    return [f for f in dict.fromkeys(forms) if gazetteer.known(f) is None and gazetteer.lookup(f[:2]) != "LOC"]


def _other_forms(name: str, kind: EntityType, original: str | None) -> list[tuple[str, str]]:
    """Other forms that name the same referent, with the trust they get: a person's family name (and
    林男 for 林姓男子), an organisation without its generic last word, legal form, trade or field or
    with an equivalent word, a mission without its post, a country's other names, the gloss's
    original and its last word."""
    out: list[tuple[str, str]] = []
    if kind == "PER":
        out += [(short, "short") for short in _short_forms(name)]
        if len(name) >= 4 and name[1] == "姓" and name[2] in "男女" and name[0] in data.words("surnames"):
            out.append((name[0] + name[2], "short"))  # 林姓男子 … 林男, 陈姓女子 … 陈女
        words = name.split()
        if len(words) >= 2 and name.isascii() and len(words[-1]) >= 3 and words[-1][0].isupper():
            out.append((words[-1], "short"))  # a Latin name written first in full: Mark Evans … Evans
    elif kind == "ORG":
        if (short := _org_short_form(name)) is not None and gazetteer.lookup(short) in (None, "ORG"):
            out.append((short, "short"))
            if name.endswith(_RESEARCH) and (own := _without_field(short)) is not None:
                out.append((own, "short"))
            if (bare := _without_place(short)) is not None and len(bare) >= 3:
                out.append((bare, "short"))  # 杭州|野生动物园|有限公司 → 野生动物园
        if (unplaced := _without_place(name)) is not None:
            out.append((unplaced, "short"))
        out += [(form, "alias") for form in _abbreviations(name)]  # a whole word of the text, over a tagger guess
        out += [(form, "alias") for form in _mission_forms(name)]  # over the sender's own name: 美国|使馆
    for row in data.table("generic_equivalents") if kind == "ORG" else ():
        if name.endswith(row["word"]) and len(name) - len(row["word"]) >= 2:
            out.append((name[: -len(row["word"])] + row["same"], "alias"))  # 美国政府 → 美国当局, not 美国
    if kind == "LOC":
        out += [(other, "short") for other in _country_references().get(name, ())]
    if original and len(original) >= 2:
        out.append((fold(original), "alias"))
        words = original.split()
        if kind == "PER" and len(words) >= 2 and len(words[-1]) >= 3:
            out.append((fold(words[-1]), "short"))
    return out


@cache
def _mission() -> re.Pattern[str]:
    words = alternation(data.words("missions"))
    return re.compile(rf"(.{{2,}}?)常?驻.+?({words})")


def _mission_forms(name: str) -> list[str]:
    """A mission (data/missions.tsv) named again without where it is posted: 美国驻波兰大使馆 →
    美国大使馆, 美国使馆; 中国常驻日内瓦代表团 → 中国代表团."""
    m = _mission().fullmatch(name)
    if m is None:
        return []
    sender, kind = m.groups()
    return [sender + kind] + ([sender + "使馆"] if kind == "大使馆" else [])


@cache
def _country_references() -> dict[str, tuple[str, ...]]:
    """The other names that refer to a country already named (中国 → 大陆, 内地)."""
    return {row["name"]: tuple(data.split_aliases(row["others"])) for row in data.table("country_references")}


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
    for cand in sorted(chosen, key=lambda c: c.end - c.start):
        name = folded[cand.start : cand.end]
        keyed = cand if cand.key else Candidate(cand.start, cand.end, cand.type, cand.source, _key(name, cand))
        if len(name) >= 2:
            forms[name] = (keyed, "alias" if cand.source in ("gloss", "alias") else cand.source)
        for form, source in _other_forms(name, cand.type, originals.get((cand.start, cand.end))):
            forms.setdefault(form, (keyed, source))
    for head, cand in _generic_heads(folded, chosen).items():
        forms.setdefault(head, (cand, "short"))
    abbreviated = {form for cand in chosen if cand.type == "ORG" for form in _abbreviations(folded[cand.start : cand.end])}
    traded = {form for cand in chosen if cand.type == "ORG" and (form := _without_trade(folded[cand.start : cand.end]))}
    noun_ends = {t.end for t in tokens if t.tag in ("n", "an", "vn")}  # 社会|大众: a common noun, not 大众汽车
    inside = parentheses(glosses)
    out = []
    lengths: dict[str, list[int]] = {}  # the lengths of the forms that begin with each character, shortest first
    for size, first in sorted({(len(form), form[0]) for form in forms if form}):
        lengths.setdefault(first, []).append(size)
    for pos, char in enumerate(folded):  # every occurrence of every form: a look-up per form length, no scan per form
        for length in lengths.get(char, ()):
            form = folded[pos : pos + length]
            if len(form) < length or form not in forms:
                continue
            cand, source = forms[form]
            end = pos + length
            latin = form.isascii()
            whole = not latin or (not _latin_at(folded, pos - 1) and not _latin_at(folded, end))
            if form in traded and pos in noun_ends:
                continue
            whole_word = form in abbreviated or form in traded
            bounded = (pos in starts and end in ends) if whole_word else (pos in starts or end in ends)
            if whole and (bounded or latin) and not overlaps(*inside, pos, end):
                out.append(Candidate(pos, end, cand.type, source, cand.key))
    return out


def _generic_heads(folded: str, chosen: list[Candidate]) -> dict[str, Candidate]:
    """The generic word that ends one organisation's name, when no other organisation found ends
    with it: a later 基金会 is the 苹果基金会 named before (a word of three characters or more)."""
    by_head: dict[str, set[str]] = {}
    first: dict[str, Candidate] = {}
    for cand in chosen:
        name = folded[cand.start : cand.end]
        head = _ends_with_suffix(name) if cand.type == "ORG" else None
        if head is not None and len(head) >= 3 and len(name) > len(head):
            key = _key(name, cand)
            by_head.setdefault(head, set()).add(key)
            first.setdefault(head, Candidate(cand.start, cand.end, cand.type, cand.source, key))
    return {head: first[head] for head, keys in by_head.items() if len(keys) == 1}


def _ends_with_suffix(name: str) -> str | None:
    return next((name[-n:] for n in range(min(5, len(name) - 1), 0, -1) if name[-n:] in data.words("org_suffixes")),
                None)


def _surnames_before_titles(folded: str, chosen: list[Candidate], tokens: tuple[Token, ...]) -> list[Candidate]:
    """A surname and a title (金主席, 习主席) naming the one person of that surname found: the surname
    is a mention of that person, the title a role."""
    by_surname: dict[str, set[str]] = {}
    first: dict[str, Candidate] = {}
    for cand in chosen:
        name = folded[cand.start : cand.end]
        if cand.type == "PER" and _CHINESE_NAME.fullmatch(name) and name[0] in data.words("surnames"):
            key = _key(name, cand)
            by_surname.setdefault(name[0], set()).add(key)
            first.setdefault(name[0], Candidate(cand.start, cand.end, "PER", cand.source, key))
    titles = data.words("titles")
    sizes = sorted({len(t) for t in titles if len(t) >= 2})
    out = []
    for tok in tokens:  # the surname starts a word: 金主席, not 资金主席团
        surname = folded[tok.start]
        if len(by_surname.get(surname, ())) == 1 and any(
                folded[tok.start + 1 : tok.start + 1 + n] in titles for n in sizes):
            out.append(Candidate(tok.start, tok.start + 1, "PER", "alias", first[surname].key))
    return out


@step("aliases", after="addresses")
def _aliases(c: Candidates) -> list[Candidate]:
    """Other occurrences and short forms of the names found; overlaps resolved."""
    return choose(c.found + _alias_candidates(c.folded, c.found, c.tokens, c.glosses)
                  + _surnames_before_titles(c.folded, c.found, c.tokens), c.glosses)


@step("surnames", after="aliases")
def _surnames(c: Candidates) -> list[Candidate]:
    """A surname alone, with a courtesy title or glued to a cue verb, made a mention of its person."""
    return bare_surnames(c.folded, c.found)


def _glued_cue(folded: str, start: int, end: int) -> bool:
    """A one-character cue verb glued to a surname by the tagger: 蔡|指, 何|笑说, 何|笑 (before 说)."""
    cues = cue_characters()
    word = folded[start + 1 : end]
    smiling = word[:1] == "笑" and (word[1:] or folded[end : end + 1]) in cues
    return word in cues or (len(word) <= 2 and smiling)


def bare_surnames(folded: str, found: list[Candidate]) -> list[Candidate]:
    """A person named again by the surname alone (何), with a courtesy title (何女士) or with a cue verb
    the tagger glued to it (蔡指): a mention of the person of that surname named before it (the last
    one, when several were); a surname glued to a cue with no such person named before is no one."""
    surnames, courtesy = data.words("surnames"), data.words("courtesy_titles")
    people = sorted((c for c in found if c.type == "PER" and c.end - c.start >= 2 and folded[c.start] in surnames
                     and _CHINESE_NAME.fullmatch(folded[c.start : c.start + 2])
                     and not _glued_cue(folded, c.start, c.end)), key=lambda c: c.start)
    out = []
    for cand in found:
        name = folded[cand.start : cand.end]
        glued = cand.type == "PER" and name[0] in surnames and _glued_cue(folded, cand.start, cand.end)
        bare = cand.type == "PER" and name[0] in surnames and (len(name) == 1 or name[1:] in courtesy)
        if not glued and not bare:
            out.append(cand)
            continue
        before = [p for p in people if p.start < cand.start and folded[p.start] == name[0]
                  and folded[p.start : p.end] != name and _same_sex(folded[p.start : p.end], name)]
        if before:
            target = before[-1]
            out.append(Candidate(cand.start, cand.start + 1 if glued else cand.end, "PER", cand.source,
                                 _key(folded[target.start : target.end], target)))
        elif not glued:
            out.append(cand)
    return out


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
    for tail in tails("generic"):
        head = folded_name[: -len(tail)]
        if folded_name.endswith(tail) and gazetteer.known(head) is not None:
            return gazetteer.known(head).name  # type: ignore[union-attr]
    return "".join(parts(folded_name))


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
        chosen = find_candidates(folded, tokens, glosses)
        chosen = sorted(chosen + _self_references(folded, chosen, tokens), key=lambda c: c.start)

    originals = {(g.term_span.start, g.term_span.end): g.gloss for g in glosses}
    groups: dict[str, list[Candidate]] = {}
    forms: dict[str, str] = {}
    # glossed terms first, so that their originals join the Latin forms written elsewhere (Citizen Lab)
    for cand in sorted(chosen, key=lambda c: ((c.start, c.end) not in originals, -(c.end - c.start), c.start)):
        name = folded[cand.start : cand.end]
        key = _key(name, cand)
        group = forms.get(key) or forms.get("".join(parts(name))) or key
        groups.setdefault(group, []).append(cand)
        forms.setdefault(key, group)
        for form, _ in _other_forms(name, cand.type, originals.get((cand.start, cand.end))):
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
        chinese = [t for t in texts if not t.isascii()] or texts  # 布林肯 over a longer Blinken written alone
        name = max(chinese, key=lambda t: (len(t), -texts.index(t)))
        gloss = next((gloss_at[(c.start, c.end)] for c in cands if (c.start, c.end) in gloss_at), None)
        aliases: list[str] = []
        for t in texts:
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
