"""Repairs of the candidate mentions that no single source gets right: people named by surname only
(陈姓男子), Latin-script names (Mark Evans whole; The and Notice are no one), a country glued to a
body named on its own (南韩|国家情报院), a known Latin-script name glued to Chinese words (BBC|科技),
a word saying what a body is glued to its name (智库|兰德公司), a name cut at a spaced separator
(马妮莎 · 阿努拉吉), a place written before a place (广西|南宁), a medium before its reporter
(经济观察网|记者), a title in 《》 that acts as a source (《财经》记者). Each is a step of
`analyze/candidates.py`; people glued to a neighbouring word or cut short are `analyze/name_cuts.py`.
"""

from __future__ import annotations

import re
from functools import cache

from newsmine import data
from newsmine.analyze import gazetteer
from newsmine.analyze.common_words import made_of, without_common_words
from newsmine.analyze.mentions import Candidate
from newsmine.analyze.name_forms import ends_with_suffix
from newsmine.analyze.tagger import Token
from newsmine.analyze.text import alternation

_LATIN_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
_INITIAL = re.compile(r"(?:[A-Z]\. ?)+(?=[A-Z])")  # a middle initial: Peter H. Diamandis
_LATIN_BEFORE = re.compile(r"(?<![A-Za-z])[A-Z][a-z]+$")
_WORD_REACH = 30  # the longest Latin word looked at before a name, so the look stays local


@cache
def _anonymised() -> re.Pattern[str]:
    surnames = alternation(s for s in data.words("surnames") if len(s) == 1)
    heads = alternation(data.words("anonymised_heads"))
    return re.compile(rf"(?:{surnames})姓(?:{heads})|(?<=[一名位个個])姓(?:{surnames})(?:{heads})")  # 一名姓陳男子


@cache
def _publication() -> re.Pattern[str]:
    cues = alternation(row["cue"] for row in data.table("speech_verbs"))
    return re.compile(rf"《([^《》\n]{{2,12}})》(?:{alternation(data.words('publication_words'))})"
                      rf"[^，。；！？\n]{{0,4}}?(?:{cues})")


@cache
def _acting_title() -> re.Pattern[str]:
    says = alternation(row["cue"] for row in data.table("speech_verbs") if row["class"] == "say")
    return re.compile(rf"《 ?([^《》\n ]{{2,12}}) ?》(?=(?:{alternation(data.words('publication_cues'))}|{says}))")


def publications(folded: str) -> list[Candidate]:
    """A title in 《》 followed by the word for a publication and a cue names a source, the publication:
    美国《时代》周刊分析指 (a magazine only mentioned, 刊登于《…》杂志, is left to the tagger); so does a
    title followed right away by its reporter or report or a cue (《财经》记者, 《某报》报道, 《某刊》专访,
    《某报》称) unless it is a law's or a document's (《某某条例》规定), a title that is a medium
    the gazetteers know (《 纽约时报》), and one that ends like a daily paper's name (《某某日报》)."""
    found = [Candidate(m.start(1), m.end(1), "ORG", "alias") for m in _publication().finditer(folded)]
    documents = data.words("document_words")
    found += [Candidate(m.start(1), m.end(1), "ORG", "alias") for m in _acting_title().finditer(folded)
              if not any(m.group(1).endswith(w) for w in documents)]  # 《某某法》规定: a law
    for m in re.finditer(r"《 ?([^《》\n ]{2,12}) ?》", folded):
        known = gazetteer.known(m.group(1))
        if known is not None and known.type == "ORG":
            found.append(Candidate(m.start(1), m.end(1), "ORG", "gazetteer", known.name))
        elif re.fullmatch(_NEWSPAPER, m.group(1)):  # 《巴彦淖尔日报》: a paper by its name's ending
            found.append(Candidate(m.start(1), m.end(1), "ORG", "alias"))
    return list({(c.start, c.end): c for c in found}.values())


_NEWSPAPER = r"[\u4e00-\u9fff]{2,8}(?:日报|日報|晚报|晚報|时报|時報|早报|早報|商报|商報|晨报|晨報|都市报|都市報)"


def anonymised_people(folded: str) -> list[Candidate]:
    """People named by their surname and what they are: 陈姓男子, 林姓妻子, 一名姓陳男子 (PER, as written); people
    named by a quoted name they go by and what they are (名为“雨后青山”的网友: 雨后青山)."""
    found = [Candidate(m.start(), m.end(), "PER", "alias") for m in _anonymised().finditer(folded)]
    return found + [Candidate(m.start(1), m.end(1), "PER", "alias") for m in _pseudonymous().finditer(folded)]


@cache
def _pseudonymous() -> re.Pattern[str]:
    heads = alternation(data.words("anonymised_heads"))
    return re.compile(rf"(?:{alternation(data.words('naming_words'))})[“「『]([^“”「」『』，。！？、\n]{{2,12}})[”」』]的?(?:{heads})")


def latin_names(folded: str, candidates: list[Candidate]) -> list[Candidate]:
    """A Latin-script person kept whole (Mark|Evans → Mark Evans, Peter H. Diamandis); a lone
    capitalised word that is a function word or is followed by lower-case English (The, Notice was)
    is no one, and so is a disease the tagger took for a name (埃博拉, SARS)."""
    out = []
    for cand in candidates:
        word = folded[cand.start : cand.end]
        if word.upper() in data.words("diseases"):
            continue
        if cand.type != "PER" or not _LATIN_WORD.fullmatch(word):
            out.append(cand)
            continue
        if word.lower() in data.words("function_words_en"):
            continue
        start, end = cand.start, cand.end
        while folded[end : end + 1] == " " and (after_word := _next_latin_word(folded, end + 1)) is not None:
            end = after_word
        while start >= 2 and folded[start - 1] == " " and (
                m := _LATIN_BEFORE.search(folded, max(0, start - 1 - _WORD_REACH), start - 1)):
            if m.group().lower() in data.words("function_words_en") or m.group() in data.words("title_words_en") \
                    or folded[max(0, m.start() - 4) : m.start()] in (" of ", "for "):
                break  # President|Joe Biden, Secretary of State|Marco Rubio: a title is no part of the name
            start = m.start()
        after = folded[end : end + 3]
        alone = start == cand.start and end == cand.end
        if alone and re.match(r" [a-z]{2}", after):
            continue
        out.append(Candidate(start, end, "PER", cand.source, cand.key))
    return _without_overlaps(out)


def _next_latin_word(folded: str, pos: int) -> int | None:
    """Where the capitalised word at `pos` ends, middle initials before it included (H. Diamandis)."""
    initials = _INITIAL.match(folded, pos)
    m = _LATIN_WORD.match(folded, initials.end() if initials else pos)
    return m.end() if m else None


def titled_bodies(folded: str, tokens: tuple[Token, ...], candidates: list[Candidate]) -> list[Candidate]:
    """A body the gazetteers know, which the tagger glued to the title after it (立法|会议员,
    保安局局长 as one word): the body is a mention when a title begins right where its name ends; a
    known body the tagger glued to its start is one too (民建联|立法会议员); a medium the tagger left
    unnamed before its reporter (经济观察网|记者) is one."""
    starts = {t.start for t in tokens}
    titles = data.words("titles")
    out = list(candidates) + _media_before_reporters(folded, tokens, candidates)
    for start, end, entry in gazetteer.find(folded):
        if entry.type != "ORG" or not any(folded[end : end + n] in titles for n in range(2, 6)):
            continue
        inside = [c for c in out if c.start < end and start < c.end]
        if start in starts and not inside:
            out.append(Candidate(start, end, "ORG", "gazetteer", entry.name))
        elif len(inside) == 1 and inside[0].source == "tagger" and inside[0].start < start < inside[0].end < end \
                and (head := gazetteer.known(folded[inside[0].start : start])) is not None:
            # 民建联立法|会议员: the tagger's word is one known body and the start of the next
            out.remove(inside[0])
            out += [Candidate(inside[0].start, start, head.type, "gazetteer", head.name),
                    Candidate(start, end, "ORG", "gazetteer", entry.name)]
    return out


def _media_before_reporters(folded: str, tokens: tuple[Token, ...], candidates: list[Candidate]) -> list[Candidate]:
    """The tagger's word of three characters or more that ends like a medium's name (某某网, 某某报)
    and stands right before 记者: the medium whose reporter it is."""
    taken = {c.start for c in candidates}
    endings = data.words("media_endings")
    return [Candidate(word.start, word.end, "ORG", "tagger") for word, after in zip(tokens, tokens[1:])
            if after.word.startswith("记者") and after.start == word.end and word.tag in ("nz", "n")
            and len(word.word) >= 3 and word.start not in taken and any(word.word.endswith(e) for e in endings)]


def dotted_people(folded: str, candidates: list[Candidate]) -> list[Candidate]:
    """Two people the tagger found on either side of a name separator, spaces around it or not, are
    one name: 马妮莎 · 阿努拉吉, 让 - 保罗."""
    seps = data.words("separators")
    out: list[Candidate] = []
    for cand in sorted(candidates, key=lambda c: c.start):
        prev = out[-1] if out else None
        gap = folded[prev.end : cand.start].strip(" ") if prev is not None else ""
        if prev is not None and prev.type == cand.type == "PER" and len(gap) == 1 and gap in seps \
                and cand.start - prev.end <= 3:
            out[-1] = Candidate(prev.start, cand.end, "PER", prev.source, prev.key)
            continue
        out.append(cand)
    return out


def country_bodies(folded: str, candidates: list[Candidate]) -> list[Candidate]:
    """The tagger's organisation or place that the gazetteers do not know whole, split into its country
    and a body or place they know on its own: 美国|参议院, 南韩|国家情报院, 印度|新德里 (the country a
    place of its own); a name they know whole (中国共产党, 美国国务院) stays whole."""
    out = []
    for cand in candidates:
        name = folded[cand.start : cand.end]
        split = None
        if cand.type in ("ORG", "LOC") and cand.source == "tagger" and gazetteer.known(name) is None:
            split = next((n for n in range(2, min(6, len(name) - 1)) if name[:n] in gazetteer.countries()
                          and (body := gazetteer.known(name[n:])) is not None and body.type != "PER"), None)
        if split is None and cand.type == "ORG" and cand.source == "tagger":
            split = _foreign_institution(name)
            if split is not None:  # 美国|匹兹堡大学
                country = gazetteer.known(name[:split])
                out += [Candidate(cand.start, cand.start + split, "LOC", cand.source, country.name if country else None),
                        Candidate(cand.start + split, cand.end, "ORG", cand.source)]
                continue
        if split is None:
            split = _place_before_place(name, cand.type) if cand.source == "tagger" else None
            if split is not None:  # 广西|南宁, 英国|牛津经济研究院
                place, rest = gazetteer.known(name[:split]), gazetteer.known(name[split:])
                out += [Candidate(cand.start, cand.start + split, "LOC", cand.source, place.name if place else None),
                        Candidate(cand.start + split, cand.end, rest.type if rest else cand.type, cand.source,
                                  rest.name if rest else None)]
                continue
            out.append(cand)
            continue
        country, body = gazetteer.known(name[:split]), gazetteer.known(name[split:])
        out += [Candidate(cand.start, cand.start + split, "LOC", cand.source, country.name),  # type: ignore[union-attr]
                Candidate(cand.start + split, cand.end, body.type, cand.source, body.name)]  # type: ignore[union-attr]
    return out


_HOME_STATES = frozenset({"中国", "台湾", "香港", "澳门"})  # their institutions' names begin with the place


def _foreign_institution(name: str) -> int | None:
    """Where a foreign country ends in the tagger's organisation that is the country and an
    institution the gazetteers do not know (美国|匹兹堡大学, 英国|皇家学会): the rest is four
    characters or more ending like a university, academy, hospital, society, foundation or museum, and
    does not begin with 国 (新加坡|国立大学 is one name); a Chinese, Taiwanese or Hong Kong body's
    name begins with its place (香港中文大学), so those stay whole."""
    if gazetteer.known(name) is not None:
        return None
    for n in range(min(5, len(name) - 4), 1, -1):
        country, rest = gazetteer.known(name[:n]), name[n:]
        if name[:n] in gazetteer.countries() and country is not None and country.name not in _HOME_STATES \
                and not rest.startswith("国") and rest.endswith(tuple(data.words("institution_heads"))):
            return n
    return None


_PLACE_PARTS = re.compile(r".{0,2}(?:部|方|岸|境|内|外|大陆|本土|地区|全境|各地|沿海|一带)")


def _place_before_place(name: str, kind: str) -> int | None:
    """Where a place the gazetteers know ends, when another place follows it in the tagger's one
    word: a known city after its country or province (广西|南宁), a foreign name after its country
    (法国|图卢兹), a body named after a city after the city's country (英国|牛津经济研究院, 美国|
    华盛顿…基金会); not a part of the place (乌克兰|东部, 中国|大陆) or a Chinese body whose official
    name begins with the country (中国|长江三峡集团)."""
    for n in range(min(5, len(name) - 2), 1, -1):
        place, rest = gazetteer.known(name[:n]), name[n:]
        if place is None or place.type != "LOC" or _PLACE_PARTS.fullmatch(rest):
            continue
        after = gazetteer.known(rest)
        if kind == "LOC" and (after is not None and after.type == "LOC" or name[:n] in gazetteer.countries()
                              and all(ch in data.words("transliteration") for ch in rest)):
            return n  # 广西|南宁, 法国|图卢兹 (but 澳洲|大使馆, 中华|民国 are one name)
        if kind == "ORG" and name[:n] in gazetteer.countries() and place.name != "中国" and any(
                _names_a_place(rest[:k]) for k in range(2, min(6, len(rest)))):
            return n
    return None


def _names_a_place(word: str) -> bool:
    """Whether the gazetteers know `word` as a place or a body other than a country (牛津, 华盛顿)."""
    known = gazetteer.known(word)
    return known is not None and known.type != "PER" and word not in gazetteer.countries()


def country_kinds(folded: str, candidates: list[Candidate]) -> list[Candidate]:
    """The tagger's organisation made of a country and words that only say what kind of body is meant
    (中国|能源|公司, 美国|传媒, 中国|互联网) names the country alone: a place; the words of
    `analyze/common_words.py` (澳籍, 大城市, 欧美) name no one."""
    kinds = data.words("generic_kinds")
    out = []
    for cand in without_common_words(folded, candidates):
        name = folded[cand.start : cand.end]
        country = next((n for n in range(min(5, len(name) - 2), 1, -1) if name[:n] in gazetteer.countries()), 0) \
            if cand.type == "ORG" and cand.source == "tagger" and gazetteer.known(name) is None else 0
        place = gazetteer.known(name[:country]) if country and made_of(name[country:], kinds) else None
        if place is not None:
            cand = Candidate(cand.start, cand.start + country, "LOC", cand.source, place.name)
        out.append(cand)
    return out


def administrations(folded: str, candidates: list[Candidate]) -> list[Candidate]:
    """A leader's or party's government (特朗普|政府, 国民党|政府) names the leader or the party, not a
    body of its own; a country's government (中国政府) stays a body."""
    people = {folded[c.start : c.end] for c in candidates if c.type == "PER"}
    out = []
    for cand in candidates:
        head = folded[cand.start : cand.end - 2]
        if cand.type == "ORG" and cand.source == "tagger" and folded[cand.end - 2 : cand.end] == "政府" and head:
            known = gazetteer.known(head)
            kind = known.type if known is not None else ("PER" if head in people else None)
            if kind in ("PER", "ORG"):
                cand = Candidate(cand.start, cand.end - 2, kind, cand.source, known.name if known else None)
        out.append(cand)
    return out


_QUOTED = re.compile(r"[“「『《]([^“”「」『』《》，。！？,!?\n]{2,20})[”」』》]")
_ANAPHORIC = frozenset("该这此其本")


def described_organisations(folded: str, candidates: list[Candidate]) -> list[Candidate]:
    """A word saying what a body is, written before its name, is not part of it: 独立|智库|天则经济研究所,
    美国|智库|布鲁金斯学会 (the country stays a place), nor is a verb (敦促|世贸组织); after such a
    word a quoted name is the organisation (美国人权组织“人道中国”), and the descriptor alone names
    no one."""
    cues = data.words("org_cues")
    out = []
    quoted = []
    for m in _QUOTED.finditer(folded):
        if _names_a_body(folded, m.start(), cues) and "的" not in m.group(1):
            quoted.append(Candidate(m.start(1), m.end(1), "ORG", "alias"))
    before_quotes = {q.start - 1 for q in quoted}
    for cand in candidates:
        name = folded[cand.start : cand.end]
        glued = _glued_word(name, cand.type) if cand.source == "tagger" else 0
        if glued:  # 敦促|世界贸易组织: the verb before the body; 于|尼克松图书馆
            out.append(Candidate(cand.start + glued, cand.end, cand.type, cand.source))
            continue
        if cand.type != "ORG" or cand.source != "tagger":
            out.append(cand)
            continue
        country = next((n for n in range(min(5, len(name) - 2), 1, -1) if name[:n] in gazetteer.countries()), 0)
        cue = next((name[country : country + n] for n in range(6, 1, -1) if name[country : country + n] in cues), None)
        if cand.end in before_quotes:
            out += [Candidate(cand.start, cand.start + country, "LOC", cand.source)] if country else []
            continue  # 美国人权组织“…”: the descriptor, not a name
        if cue is not None and len(name) - country - len(cue) >= 3:
            if country:
                out.append(Candidate(cand.start, cand.start + country, "LOC", cand.source))
            out.append(Candidate(cand.start + country + len(cue), cand.end, "ORG", cand.source))
            continue
        out += _after_inner_descriptor(folded, cand)
    return out + quoted


_INNER_CUES = ("智库", "组织", "机构", "团体", "媒体", "官媒")  # 华府|保守派|智库|哈德逊研究所


def _after_inner_descriptor(folded: str, cand: Candidate) -> list[Candidate]:
    """A body written after a place and a descriptor inside the tagger's one word (华府保守派智库|哈德逊研究所):
    the place and the body, when what follows the descriptor is a name with an organisation's ending."""
    name = folded[cand.start : cand.end]
    at = max((name.rfind(cue) + len(cue) for cue in _INNER_CUES if name.rfind(cue) > 0), default=0)
    rest = name[at:]
    if not at or len(rest) < 4 or ends_with_suffix(rest) is None or gazetteer.known(name) is not None:
        return [cand]
    place = next((n for n in range(min(5, at - 1), 1, -1) if gazetteer.lookup(name[:n]) == "LOC"), 0)
    return ([Candidate(cand.start, cand.start + place, "LOC", cand.source)] if place else []) + [
        Candidate(cand.start + at, cand.end, "ORG", cand.source)]


def _glued_word(name: str, kind: str) -> int:
    """The length of a preposition or verb the tagger glued before a body's or a site's name (在|世卫,
    敦促|世界贸易组织, 入读|浸会大学, 于|尼克松图书馆), or 0: the rest is a name the gazetteers know,
    or a name with an organisation's ending after a word of two characters, or a site's name of four
    characters or more."""
    if kind not in ("ORG", "LOC") or gazetteer.known(name) is not None:
        return 0
    for n in (2, 1):
        rest = name[n:]
        if name[:n] in data.words("glued_words") and len(rest) >= 2 and (
                (known := gazetteer.known(rest)) is not None and known.type != "PER"
                or kind == "ORG" and n == 2 and len(rest) >= 4 and rest.endswith(tuple(data.words("org_suffixes")))
                or kind == "LOC" and len(rest) >= 4 and rest.endswith(tuple(data.words("facility_suffixes")))):
            return n
    return 0


def _names_a_body(folded: str, quote: int, cues: frozenset[str]) -> bool:
    """Whether the quotation opening at `quote` follows a word saying what a body is (民间机构“48家集团”,
    电讯公司「数码通」) rather than a body already named (苹果公司“…”, 该组织“…”), whose words it quotes."""
    cue = _cue_ending(folded, quote, cues)
    if cue is None or folded[max(0, quote - len(cue) - 1) : quote - len(cue)] in _ANAPHORIC:
        return False
    return not any(gazetteer.lookup(folded[quote - n : quote]) for n in range(2, min(12, quote) + 1))


def _cue_ending(folded: str, end: int, cues: frozenset[str]) -> str | None:
    return next((folded[end - n : end] for n in range(min(6, end), 1, -1) if folded[end - n : end] in cues), None)


_LATIN_HEAD = re.compile(r"[A-Za-z][A-Za-z0-9&.\-]*")


def latin_heads(folded: str, candidates: list[Candidate]) -> list[Candidate]:
    """The tagger's organisation cut to the known Latin-script name it begins with when Chinese words
    that do not end a name follow (BBC|科技新闻编辑; but Google公司 stays whole)."""
    out = []
    for cand in candidates:
        name = folded[cand.start : cand.end]
        head = _LATIN_HEAD.match(name) if cand.source == "tagger" and cand.type in ("ORG", "LOC") else None
        known = gazetteer.known(head.group()) if head is not None and head.end() < len(name) else None
        if known is not None and head is not None and not any(name.endswith(s) for s in data.words("org_suffixes")):
            out.append(Candidate(cand.start, cand.start + head.end(), known.type, cand.source, known.name))
        else:
            out.append(cand)
    return out


def _without_overlaps(candidates: list[Candidate]) -> list[Candidate]:
    """Later candidates swallowed by a widened one are dropped (Mark Evans swallows Evans)."""
    out: list[Candidate] = []
    for cand in sorted(candidates, key=lambda c: (c.start, -(c.end - c.start))):
        if out and cand.start < out[-1].end and cand.end <= out[-1].end and cand.type == out[-1].type == "PER":
            continue
        out.append(cand)
    return out
