"""Roles and affiliations from the words around a person's name.

俄罗斯总统|普京 → role 俄罗斯总统; 峨山政策硏究院（…）研究员|梁旭 → role 研究员, affiliation the
institute's entity; a byline's second line is its person's role. Affiliations are entity ids.
"""

from __future__ import annotations

from newsmine import data
from newsmine.analyze import gazetteer, units
from newsmine.analyze.bodies import REACH, STOPS, body_led, workplace_after
from newsmine.analyze.careers import career_roles
from newsmine.analyze.credits import byline_roles, credit_affiliations
from newsmine.analyze.job_clauses import job_roles, listed_after
from newsmine.analyze.leaders import (chambers_of_members, leaders_countries, national_titles_countries,
                                     state_bodies_countries)
from newsmine.analyze.mentions import JOINS
from newsmine.analyze.pipeline import component
from newsmine.analyze.references import body_headed, body_referred_to, organisation_earlier, posts_of_the_last_named
from newsmine.analyze.role_clauses import (Found, body_in_parentheses, body_represented, country_right_before,
                                          organisations_right_before, posts_of_pronouns, role_given_before,
                                          role_held_by, role_in_apposition, role_in_biography, workplace_before)
from newsmine.analyze.text import CLOSE_PARENS, OPEN_PARENS, ending_at, starting_at
from newsmine.model import Doc, Entity, Mention, Role, Span
from newsmine.names import fold

_FIELD = 6
_FIELD_ENDS = "的之兼" + OPEN_PARENS + CLOSE_PARENS  # a title's words never run past these (nor a space): 某社某地电（|记者, 某（某地）公司就|歌手
_LABEL = "：: \u3000"  # between a label and its name: 记者：王田, 新闻发言人 武平
_CLOSE_QUOTES = "」』”\"》"  # may close an organisation's name right before its title: 「世维会」发言人
OBJECT_OF = "向对给从到往赴访"  # prepositions and verbs that take a place as their object
_BUDGET = 8  # characters outside any name between a title and its organisation: 在彭博北京分社工作的|记者
_UNIT = 8  # more of them when they name a unit of it: 某医学院|人文和社会科学学院|教授
_LISTED = 6  # people in one list
_REFERRING = {"其": 1, "其中": 2}  # before a title, the body named before: 其|发言人, 其中|副主席
_LIST_FIELD = 10  # characters of a field between a listed title and the next: 某大学教授、科技伦理领域|专家


class _Context:
    """The document's mentions and glosses, indexed by where they end."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.folded = fold(doc.text)
        self.mention_at_end = {m.span.end: m for m in doc.mentions}
        self.gloss_at_end = {g.span.end: g for g in doc.glosses}
        self.gloss_after_term = {g.term_span.end: g for g in doc.glosses}
        self.person_starts = {m.span.start for m in doc.mentions if m.type == "PER"}
        self.person_ends = {m.span.end for m in doc.mentions if m.type == "PER"}
        self.mention_at_start = {m.span.start: m for m in doc.mentions}
        self.mentions = sorted(doc.mentions, key=lambda m: m.span.start)
        self.country_ids = {fold(name): e.id for e in doc.entities if e.type == "LOC"
                            for name in (e.name, *e.aliases) if fold(name) in gazetteer.countries()}
        self.types = {e.id: e.type for e in doc.entities}
        self.organisation_ids = {fold(name): e.id for e in doc.entities if e.type == "ORG" for name in (e.name, *e.aliases)}

    def mention_before(self, pos: int) -> tuple[Mention | None, int]:
        """The mention ending at `pos`, looking through a gloss's parenthesis; and where it ends."""
        gloss = self.gloss_at_end.get(pos)
        if gloss is not None:
            pos = gloss.term_span.end
        return self.mention_at_end.get(pos), pos

    def role_before(self, start: int, floor: int = 0) -> Found | None:
        """The title ending right before a name, with the places and organisations written before it.

        A country before the title is an affiliation of an official (CONVENTIONS: 美国|总统 → 美国), but
        a nationality before an occupation is not (法国|哲学家); the organisations named before the title
        are affiliations (中国|外交部|发言人), and so is the body 其 stands for (世维会…，其|发言人; 某会常委
        被捕，其中|副主席|某某).
        """
        folded = self.folded
        found = self.title_ending_at(start)
        if found is None:
            return None
        title, fused = found
        if title in data.words("role_verbs") and start - len(title) in self.person_ends:
            return None  # 甲代表|乙: a verb between two people, not a title
        places, role_start = self.places_before(start - len(title), floor)
        shared = self.place_sharing(start - len(title)) if not places else None
        if shared is not None:
            places, role_start = [shared.entity], shared.span.start  # type: ignore[list-item]
        trade = is_trade(title)
        if trade:
            places = []
        modifier = ending_at(folded, role_start, data.words("role_modifiers"), 3)
        if modifier:
            role_start -= len(modifier)
        role = Role(text=self.doc.text[role_start:start], span=Span(role_start, start))
        if fused is not None:
            organisations, left = self.organisation_chain(fused)
        else:
            organisations, left = self.organisation_before(start - len(title), max(floor, start - REACH - len(title)))
        if not organisations and (back := _REFERRING.get(folded[role_start - 2 : role_start]) or
                                  _REFERRING.get(folded[role_start - 1 : role_start])):
            organisations = organisation_earlier(folded, self.mentions, role_start - back)
        if not organisations:
            organisations = body_referred_to(folded, self.mentions, role_start)
        if not organisations and not places:
            organisations = self.shared_before(role_start) or self.title_written_earlier(title, role_start) \
                or body_headed(folded, self.mentions, title, role_start)
        if trade:  # 日本|共同社|记者: a trade's country is a nationality, its body's is not its own
            organisations = [o for o in organisations if self.types.get(o) != "LOC"]
        return Found(role, places + organisations, min(left, role_start))

    def title_ending_at(self, end: int) -> tuple[str, Mention | None] | None:
        """The longest title ending at `end` that does not begin inside an organisation's name (某大学
        社会学系|主任, not 社会学|系主任, when the tagger read 某大学社会学系 as one name), unless what is
        left is no title: then the two share a character (国安局|长 for 国安局局长), and that
        organisation comes with the title."""
        folded, titles = self.folded, data.words("titles")
        title = ending_at(folded, end, titles)
        while title is not None:
            body = next((m for at in range(end - len(title) + 1, end) if (m := self.mention_at_end.get(at))
                         is not None and m.type == "ORG" and m.span.start < end - len(title)), None)
            if body is None:
                return title, None
            rest = folded[body.span.end : end]
            if rest not in titles:  # one character shared (国安局|长), else a name read too long
                return title, body if body.span.end == end - len(title) + 1 else None
            title = rest
        return None

    def title_written_earlier(self, title: str, pos: int) -> list[str]:
        """The body of a bare title that repeats the post named just before in the paragraph with its
        organisation: 某国外交部发言人……；发言人|某某 speaks for that ministry (and its country)."""
        folded = self.folded
        if title in data.marked("titles", "occupation"):
            return []  # 历史学家甲……历史学家乙: a trade is no post of one body
        at = folded.rfind(title, folded.rfind("\n", 0, pos) + 1, pos)
        if at < 0 or ending_at(folded, at + len(title), data.words("titles")) != title:
            return []
        return self.organisation_before(at, max(0, at - REACH))[0]

    def shared_before(self, pos: int) -> list[str]:
        """The body of the person named just before, joined by 及, 和 or 与: 某会主席甲及前副主席|乙."""
        before = self.mention_at_end.get(pos - 1) if self.folded[pos - 1 : pos] in JOINS else None
        found = self.role_before(before.span.start) if before is not None and before.type == "PER" else None
        return found.affiliations if found is not None else []

    def places_before(self, pos: int, floor: int = 0) -> tuple[list[str], int]:
        """The places in a title's field (加拿大|北极事务|部长) that are affiliations, and where the field
        begins: a country, or a place written right before the title (高雄|市长); never a place after
        驻, which is where the person is posted (中国驻|英国|大使 serves 中国)."""
        folded = self.folded
        out: list[str] = []
        at = begin = pos
        free = 0
        crossed = False  # past the 的 after a posted place (澳洲驻北京的|前任大使): the title's words end there
        while at > floor:
            mention = self.mention_at_end.get(at)
            if mention is not None:
                if mention.type != "LOC" or mention.span.start < floor:
                    break
                if at != begin and folded[mention.span.start - 1 : mention.span.start] in OBJECT_OF:
                    break  # 向|北韩|提出总统: the place is the object of a verb in between, not the title's
                posted = self.posted_place(at)
                country = not posted and fold(mention.text) in gazetteer.countries()
                if mention.entity and not posted and (at == pos or country):
                    out.append(mention.entity)
                at = mention.span.start - posted  # 驻 goes with its place: 中国|驻英国|大使
                begin = begin if crossed else at
                if country:  # the outermost qualifier: 朝鲜与|时任美国总统
                    break
                continue
            if folded[at - 1] == "的" and not crossed and self.posted_place(at - 1):
                crossed = True
                at -= 1
                continue
            if free == _FIELD or folded[at - 1] in STOPS or folded[at - 1] in _FIELD_ENDS or folded[at - 1].isspace():
                break
            free += 1
            at -= 1
        return out, begin

    def place_sharing(self, pos: int) -> Mention | None:
        """A place whose name ends in the first character of the title written from `pos` (新北市长 read
        as 新北市 and 市长, 宜兰县长 as 宜兰县 and 县长): the place whose office it is."""
        mention = self.mention_at_end.get(pos + 1)
        if mention is not None and mention.type == "LOC" and mention.entity and mention.span.start < pos:
            return mention
        return None

    def posted_place(self, end: int) -> bool:
        """Whether a place ending at `end` follows 驻: where a diplomat is posted, not whom they serve."""
        mention = self.mention_at_end.get(end)
        return mention is not None and mention.type == "LOC" and self.folded[mention.span.start - 1 : mention.span.start] == "驻"

    def organisation_before(self, pos: int, floor: int) -> tuple[list[str], int]:
        """The nearest organisation before `pos` in its clause, with the places and organisations written
        right before it (中国|外交部; 彭博（Bloomberg）|北京分社), the country its name begins with
        (美国共和党 → 美国), and where they begin; nothing past another person, a closing quote only
        right after the organisation (「世维会」发言人), and no more than a few other characters (more
        when they end in a unit's word: 某医学院|人文和社会科学学院|教授)."""
        folded = self.folded
        free = 0
        budget = _BUDGET + _UNIT if units.unit_ending(folded, pos) else _BUDGET
        while pos > floor:
            mention, end = self.mention_before(pos)
            if mention is not None:
                if mention.type == "ORG":
                    return self.organisation_chain(mention)
                if mention.type == "PER":
                    break
                pos = mention.span.start
                continue
            if end != pos:
                pos = end
                continue
            if folded[pos - 1] in _CLOSE_QUOTES and self.mention_at_end.get(pos - 1) is not None:
                pos -= 1
                continue
            if folded[pos - 1] in STOPS or folded[pos - 1] in CLOSE_PARENS or free == budget:
                break  # (某台) 某国外交部长: a credit in parentheses before the sentence is not its body
            free += 1
            pos -= 1
        return [], len(folded)

    def organisation_chain(self, mention: Mention) -> tuple[list[str], int]:
        """An organisation, the organisations and places written right before it, and the country its
        name begins with; and where the first of them begins."""
        found, left = [mention], mention.span.start
        prior = self.mention_joined_before(left)
        while prior is not None and prior.type in ("ORG", "LOC"):
            found.append(prior)
            left = prior.span.start
            prior = self.mention_joined_before(left)
        ids = [m.entity for m in found if m.entity]
        ids += [c for m in found if m.type == "ORG" and (c := self.country_at_head(m.text)) is not None]
        ids += [h for m in found if m.type == "ORG" and (h := self.body_at_head(m.text, m.entity)) is not None]
        return list(dict.fromkeys(ids)), left

    def body_at_head(self, name: str, entity: str | None) -> str | None:
        """The organisation of the article that a unit's name begins with: one who works in 某大学|社会学系
        or 某银行|研究部 works for 某大学 or 某银行 too (what is left is two characters or more)."""
        folded = fold(name)
        for n in range(len(folded) - 2, 1, -1):
            head = self.organisation_ids.get(folded[:n])
            if head is not None and head != entity:
                return head
        return None

    def mention_joined_before(self, pos: int) -> Mention | None:
        """The mention right before `pos` (through a gloss), or the organisation joined to it by 和, 及
        or 与 (甲党和|乙党的主席)."""
        mention, _ = self.mention_before(pos)
        if mention is None and self.folded[pos - 1 : pos] in JOINS:
            joined = self.mention_at_end.get(pos - 1)
            return joined if joined is not None and joined.type == "ORG" else None
        return mention

    def country_at_head(self, name: str) -> str | None:
        """The entity of the country an organisation's name begins with when the rest is a body the
        gazetteers know as the same (美国|共和党), and the article names that country on its own — not
        when the whole is a body's own name apart from the rest's (美国国务院 is not 国务院), nor when
        the rest is only another name of the whole (人民大学 of 中国人民大学: the country is part of its
        own name), nor for a university or company named after a place (台湾大学)."""
        folded = fold(name)
        for n in range(min(5, len(folded) - 2), 1, -1):
            if folded[:n] in gazetteer.countries() and folded[:n] in self.country_ids:
                whole, rest = gazetteer.known(folded), gazetteer.known(folded[n:])
                same = rest is not None and (whole is None or (
                    whole.name != rest.name and bool(set(whole.english) & set(rest.english))))
                return self.country_ids[folded[:n]] if same else None
        return None

    def roles_before(self, start: int) -> list[Found]:
        """The title before a name (also as a label: 记者：王田) and those listed before it with 、 or 兼
        (哈佛大学访问学者、北京电影学院退休教授|郝建; 国务委员兼外长|某某)."""
        pos = start - 1 if start > 0 and self.folded[start - 1] in _LABEL + _CLOSE_QUOTES else start  # “亲华总统”|某某
        if pos > 0 and self.folded[pos - 1] in CLOSE_PARENS:
            opening = max(self.folded.rfind(o, max(0, pos - REACH), pos) for o in OPEN_PARENS)
            pos = opening if opening > 0 else pos  # 中央情报局局长（CIA）|蓬佩奥
        out: list[Found] = []
        found = self.role_before(pos)
        while found is not None and len(out) < 4:
            out.append(found)
            at = None
            if found.role is not None and found.role.span.start > found.left:
                at = self.listed_before(found.role.span.start)  # 某公司副总监兼|法律顾问: the body is both posts'
                at = at if at is not None and at > found.left else None
            at = self.listed_before(found.left) if at is None else at
            found = self.role_before(at) if at is not None else None
        return out

    def listed_before(self, pos: int) -> int | None:
        """Where the title listed before another ends: right before 、 or 兼, also across a field
        with no name in it (主席、六四学运|领袖, 教授、科技伦理领域|专家)."""
        for at in range(pos - 1, max(0, pos - 1 - _LIST_FIELD), -1):
            if self.folded[at] in "、兼":
                return at if at > 0 else None
            if self.folded[at] in STOPS or at + 1 in self.mention_at_end:
                return None
        return None

    def list_head(self, start: int) -> int:
        """Where the first of the people listed with 、 (or a space, as bylines list them) before a name
        begins: 航天员|景海鹏、刘洋, 记者 王海 李明远 — the title before the list is each one's (not across
        和 or 与: 总统特朗普和金正恩)."""
        for _ in range(_LISTED):
            if start < 2 or self.folded[start - 1] not in "、 \u3000":
                break
            mention = self.mention_at_end.get(start - 1)
            if mention is None or mention.type != "PER":
                break
            start = mention.span.start
        return start

    def role_after(self, end: int) -> Role | None:
        """A title right after a name or after its gloss: 普京|总统, 敏昂莱(…)|大将; not one another name
        follows (某某|秘书|某某)."""
        titles = data.words("titles")
        title = starting_at(self.folded, end, titles)  # also between a name and its gloss: 迪尔洛夫|爵士（…）
        gloss = self.gloss_after_term.get(end)
        if title is None and gloss is not None:
            end = gloss.span.end
            title = starting_at(self.folded, end, titles)
        if title is None or title in data.words("role_verbs") or end + len(title) in self.person_starts:
            return None  # 某某秘书|某某: the title of the one named after, whose employer is named before
        return Role(text=self.doc.text[end : end + len(title)], span=Span(end, end + len(title)))

    def role_in_parentheses(self, end: int) -> Found | None:
        """A parenthesis after the name (or its gloss) that ends in a title, with the country or body
        written in it: 某某（队长）, 某某（美国跨栏选手）."""
        folded = self.folded
        gloss = self.gloss_after_term.get(end)
        if gloss is not None:
            end = gloss.span.end
        if end >= len(folded) or folded[end] not in OPEN_PARENS:
            return None
        close = next((i for i in range(end + 1, min(len(folded), end + 1 + REACH)) if folded[i] in CLOSE_PARENS), None)
        found = self.role_before(close) if close is not None else None
        return found if found is not None and found.role is not None and found.role.span.start > end else None


def is_trade(title: str) -> bool:
    """Whether a title names a trade (data/titles.tsv, `occupation`) rather than an office."""
    return fold(title).endswith(tuple(data.marked("titles", "occupation")))


def _add_role(entity: Entity, role: Role) -> None:
    if all(fold(r.text) != fold(role.text) for r in entity.roles):
        entity.roles.append(role)


def _add_affiliation(entity: Entity, affiliation: str | None) -> None:
    if affiliation and affiliation != entity.id and affiliation not in entity.affiliations:
        entity.affiliations.append(affiliation)


@component("roles", assigns=["roles"], requires=["entities"])
def roles(doc: Doc) -> None:
    """Fill each person's `roles` and `affiliations` from the titles and organisations around its name."""
    context = _Context(doc)
    by_id = {e.id: e for e in doc.entities}
    for mention in doc.mentions:
        if mention.type != "PER" or mention.entity not in by_id:
            continue
        entity = by_id[mention.entity]
        start, end = context.list_head(mention.span.start), mention.span.end
        found = context.roles_before(start)
        left = min([f.left for f in found], default=start)
        role_start = min([f.role.span.start for f in found if f.role is not None], default=start)
        found += [f for f in (role_in_apposition(context, end), context.role_in_parentheses(end),
                              role_given_before(context, role_start), role_held_by(context, left, end),
                              workplace_before(context, role_start), body_represented(context, role_start),
                              role_in_biography(context, end))
                  if f is not None]
        for role, affiliations, _ in found + listed_after(context, found):
            if role is not None:
                _add_role(entity, role)
            for affiliation in affiliations:
                _add_affiliation(entity, affiliation)
        for affiliation in organisations_right_before(context, mention.span.start):
            _add_affiliation(entity, affiliation)
        gloss = context.gloss_after_term.get(end)
        after = gloss.span.end if gloss is not None else end
        _add_affiliation(entity, body_led(context.folded, context.mention_at_start, after))
        _add_affiliation(entity, workplace_after(context.folded, context.mention_at_start, context.person_starts, end))
        after = context.role_after(end)
        if after is not None:
            _add_role(entity, after)
        bracketed = body_in_parentheses(context, after.span.end if after is not None else end)
        for affiliation in bracketed.affiliations if bracketed is not None else []:
            _add_affiliation(entity, affiliation)
        titles = [f.role for f in found if f.role is not None] + ([after] if after is not None else [])
        if any(not is_trade(r.text) for r in titles):
            _add_affiliation(entity, country_right_before(context, mention.span.start,
                                                          after is not None and not is_trade(after.text)))
    for eid, role in posts_of_the_last_named(context.folded, doc.text, context.mentions):
        if eid in by_id and by_id[eid].type == "PER":
            _add_role(by_id[eid], role)
    people = [m for m in context.mentions if m.type == "PER"]
    for eid, found in career_roles(context, context.mentions) + posts_of_pronouns(context, people) + job_roles(context, people):
        if eid in by_id and by_id[eid].type == "PER" and found.role is not None:
            _add_role(by_id[eid], found.role)
            for affiliation in found.affiliations:
                _add_affiliation(by_id[eid], affiliation)
    byline_roles(doc, by_id)
    credit_affiliations(doc, by_id)
    leaders_countries(doc)
    national_titles_countries(doc)
    state_bodies_countries(doc)
    chambers_of_members(doc)
