"""The other forms a name is written in later in the same article: a person's family name (阿基门科
for 瓦列里·阿基门科, 老陈 for 陈立人), an organisation without its generic word, legal form, trade,
field, place or city word (耶鲁 for 耶鲁大学, 武汉卫健委 for 武汉市卫健委), its abbreviations, a
mission without its post, a country's other names, the gloss's original.
"""

from __future__ import annotations

import re
from functools import cache

from newsmine import data
from newsmine.analyze import gazetteer
from newsmine.analyze.name_edges import REGNAL
from newsmine.analyze.text import alternation
from newsmine.model import EntityType
from newsmine.names import abbreviations, fold, parts

CHINESE_NAME = re.compile(r"[\u4e00-\u9fff]{2,3}")


@cache
def _suffixes(name: str) -> tuple[str, ...]:
    """The words of list file `name` as a tuple, for `str.endswith`."""
    return tuple(data.words(name))


def _short_forms(name: str) -> list[str]:
    """Later forms that name the same person: the family name of 瓦列里·阿基门科 is 阿基门科, and of
    a four-character Japanese name 岸田文雄 its first two characters; a monarch without the regnal
    number (查理斯三世 … 查理斯)."""
    if (number := REGNAL.search(name)) is not None and number.end() == len(name) and number.start() >= 2:
        return [name[: number.start()]]
    pieces = parts(name)
    if len(pieces) >= 2:
        return [pieces[-1]] if len(pieces[-1]) >= 2 else []
    if len(name) == 4 and name[:2] not in data.words("surnames"):
        return [name[:2]]
    return []


def org_short_form(name: str) -> str | None:
    """An organisation named without its generic last word, its legal form or its trade: 耶鲁|大学,
    顶新|集团, 天则经济|研究所 → 天则经济, 杭州野生动物园|有限公司 → 杭州野生动物园, 大众|汽车 → 大众."""
    form = next((f for f in data.longest_first("company_forms") if name.endswith(f)), None)
    if form is not None and len(name) - len(form) >= 2:
        return name[: -len(form)]
    if (short := without_trade(name)) is not None:
        return short
    for n in range(min(5, len(name) - 2), 1, -1):
        if name[-n:] in data.words("org_suffixes") and not name[:-n].endswith(_suffixes("org_suffixes")):
            return name[:-n]
    return None


_RESEARCH = ("研究所", "研究院", "研究中心", "研究会")  # the generic words of research bodies


def _without_field(short: str) -> str | None:
    """A research body's own name without its field, once its generic last word is gone: 天则经济 → 天则
    (data/research_fields.tsv); not when what is left is a place, a body of its own (北京大学|经济) or
    the gazetteers' name for something else."""
    field = next((f for f in data.longest_first("research_fields") if short.endswith(f)), None)
    head = short[: -len(field)] if field is not None else ""
    if len(head) < 2 or gazetteer.lookup(head) is not None or ends_with_suffix(head) is not None:
        return None
    return head


def without_trade(name: str) -> str | None:
    """A company named without its trade: 大众|汽车, 腾讯|控股 (two characters or more left); not a
    sector named by trade words alone (金融|科技)."""
    trade = next((t for t in data.longest_first("company_trades") if name.endswith(t)), None)
    if trade is None or len(name) - len(trade) < 2:
        return None
    head = name[: -len(trade)]
    return None if head.endswith(_suffixes("company_trades")) or head in data.words("generic_kinds") else head


def _without_place(name: str) -> str | None:
    """An organisation named without the place before it: 英国|通信管理局, 台湾|教育部 — unless the
    gazetteers know the whole as another body than the rest (美国|国务院 is not 国务院)."""
    for n in range(min(5, len(name) - 3), 1, -1):
        if gazetteer.lookup(name[:n]) == "LOC":
            if name[n] in _ADMIN:
                return None  # 宁波|市商务局: the rest is no name (`_without_admin_word` gives 宁波商务局)
            rest, whole = gazetteer.known(name[n:]), gazetteer.known(name)
            if rest is None or whole is None or rest.name == whole.name:
                return name[n:]
            return None
    return None


_ADMIN = "市省"  # a city's or province's word, left out when it is named again: 白银市 … 白银


def _without_admin_word(name: str) -> str | None:
    """A body named with its city or province written without 市 or 省: 武汉市卫健委 … 武汉卫健委,
    海南省发展控股有限公司 … 海南发展控股有限公司."""
    for n in range(2, min(5, len(name) - 3)):
        if name[n] in _ADMIN and gazetteer.lookup(name[:n]) == "LOC":
            return name[:n] + name[n + 1 :]
    return None


@cache
def abbreviations_of(name: str) -> list[str]:
    """An organisation's abbreviations (`names.abbreviations`), of the name with or without the place
    before it (香港|体育学院 → 体院), leaving out those the gazetteers know as another name and those
    that begin with a place (中国|院)."""
    unplaced = _without_place(name)
    forms = abbreviations(name) + (abbreviations(unplaced) if unplaced else [])
    return [f for f in dict.fromkeys(forms) if gazetteer.known(f) is None and gazetteer.lookup(f[:2]) != "LOC"]


def familiar_forms(name: str) -> list[str]:
    """How Chinese news, Cantonese reporting too, calls a person familiarly: 老 with the family name
    (陈立人 … 老陈), 阿 with the last given character or that character with 哥 or 姐 (李健和 … 阿和,
    和哥; 陈美玲 … 玲姐). Not 小 with the family name: a younger person of that name as often."""
    given = name[-1]
    return ["老" + name[0], "阿" + given, given + "哥", given + "姐"]


def other_forms(name: str, kind: EntityType, original: str | None) -> list[tuple[str, str]]:
    """Other forms that name the same referent, with the trust they get: a person's family name (and
    林男 for 林姓男子), an organisation without its generic last word, legal form, trade or field or
    with an equivalent word, a mission without its post, a country's other names, the gloss's
    original and its last word."""
    out: list[tuple[str, str]] = []
    if kind == "PER":
        out += [(short, "short") for short in _short_forms(name)]
        if CHINESE_NAME.fullmatch(name) and name[0] in data.words("surnames"):
            out += [(form, "short") for form in familiar_forms(name)]
        surname, sex = _anonymised(name)
        if surname:  # 林姓男子 … 林男, 林先生, 林某; 姓陳女子 … 陳女, 陳女士
            out += [(surname + sex, "short"), (surname + "某", "short")]
            out += [(surname + t, "short") for t in (("先生",) if sex == "男" else ("女士", "小姐"))]
        if len(name) == 3 and name.endswith("某某") and name[0] in data.words("surnames"):
            out.append((name[:2], "short"))  # 陈某某 … 陈某
        words = name.split()
        if len(words) >= 2 and name.isascii() and len(words[-1]) >= 3 and words[-1][0].isupper():
            out.append((words[-1], "short"))  # a Latin name written first in full: Mark Evans … Evans
    elif kind == "ORG":
        if (short := org_short_form(name)) is not None and _own_short_form(short):
            out.append((short, "short"))
            if name.endswith(_RESEARCH) and (own := _without_field(short)) is not None:
                out.append((own, "short"))
            if name.endswith(tuple(data.words("company_forms"))) and (bare := _without_place(short)) is not None \
                    and len(bare) >= 3:
                out.append((bare, "short"))  # 杭州|野生动物园|有限公司 → 野生动物园, not 上海市|养老服务|协会 → 养老服务
        if (unplaced := _without_place(name)) is not None:
            out.append((unplaced, "short"))
        if (unadmin := _without_admin_word(name)) is not None:
            out.append((unadmin, "short"))
        if name.endswith("集团公司") and len(name) >= 6:
            out.append((name[:-2], "short"))  # 某某集团公司 … 某某集团
        out += [(form, "alias") for form in abbreviations_of(name)]  # a whole word of the text, over a tagger guess
        out += [(form, "alias") for form in _mission_forms(name)]  # over the sender's own name: 美国|使馆
    named = [name] + ([unplaced] if kind == "ORG" and (unplaced := _without_place(name)) is not None else [])
    for row in data.table("generic_equivalents") if kind == "ORG" else ():
        out += [(n[: -len(row["word"])] + row["same"], "alias") for n in named  # 美国政府 → 美国当局, 美国参议院 → 参院
                if n.endswith(row["word"]) and len(n) > len(row["word"])]
    if kind == "LOC":
        out += [(other, "short") for other in _country_references().get(name, ())]
        if len(name) >= 3 and name[-1] in _ADMIN and gazetteer.lookup(name[:-1]) in (None, "LOC"):
            out.append((name[:-1], "short"))  # 白银市 … 白银
    if original and len(original) >= 2:
        out.append((fold(original), "alias"))
        words = original.split()
        if kind == "PER" and len(words) >= 2 and len(words[-1]) >= 3:
            out.append((fold(words[-1]), "short"))
    return out


def _own_short_form(short: str) -> bool:
    """Whether `short`, a name without its generic word, can name the body: not a place, not a field
    or kind of trade (金融|时报, 经济|学院, 国际|大学)."""
    return (gazetteer.lookup(short) in (None, "ORG") and short not in data.words("research_fields")
            and short not in data.words("generic_kinds"))


def _anonymised(name: str) -> tuple[str, str]:
    """The surname and sex (男 or 女) of a person named by them: 林姓男子, 姓陳女子; ("", "") otherwise."""
    if len(name) >= 4 and name[1] == "姓" and name[2] in "男女" and name[0] in data.words("surnames"):
        return name[0], name[2]
    if len(name) >= 4 and name[0] == "姓" and name[2] in "男女" and name[1] in data.words("surnames"):
        return name[1], name[2]
    return "", ""


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


def ends_with_suffix(name: str) -> str | None:
    """The generic word (data/org_suffixes.tsv) an organisation's name ends with."""
    return next((name[-n:] for n in range(min(5, len(name) - 1), 0, -1) if name[-n:] in data.words("org_suffixes")),
                None)
