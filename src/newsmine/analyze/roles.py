"""Roles and affiliations from the words around a person's name.

俄罗斯总统|普京 → role 俄罗斯总统; 峨山政策硏究院（…）研究员|梁旭 → role 研究员, affiliation the
institute's entity; a byline's second line is its person's role. Affiliations are entity ids.
"""

from __future__ import annotations

from typing import NamedTuple

from newsmine import data
from newsmine.analyze import gazetteer
from newsmine.analyze.pipeline import component
from newsmine.model import Doc, Entity, Mention, Role, Span
from newsmine.names import fold

_STOPS = frozenset("，,。；;：:！!？?“”\"「」『』、\n")
_REACH = 20
_FIELD = 6
_LABEL = "：: \u3000"  # between a label and its name: 记者：王田, 新闻发言人 武平
_APPOSITION = "，,是"  # before a clause that describes the name: 某某，前国务卿，/ 某某是…的教授
_OPEN, _CLOSE = "（(", "）)"
_LISTED = 6  # people in one list


def _ending_at(folded: str, end: int, words: frozenset[str], longest: int = 8) -> str | None:
    for n in range(min(longest, end), 0, -1):
        if folded[end - n : end] in words:
            return folded[end - n : end]
    return None


def _starting_at(folded: str, start: int, words: frozenset[str], longest: int = 8) -> str | None:
    for n in range(longest, 0, -1):
        if folded[start : start + n] in words:
            return folded[start : start + n]
    return None


def _office_verb(folded: str, end: int) -> str | None:
    """A verb that gives a post, right after a name or after one adverb (将, 则, 会, 已, 曾, 本人会)."""
    verbs = data.words("office_verbs")
    for skip in range(0, 4):
        verb = _starting_at(folded, end + skip, verbs, 4)
        if verb is not None and all(ch not in _STOPS for ch in folded[end : end + skip]):
            return folded[end : end + skip] + verb
    return None


class _Found(NamedTuple):
    """A role, the affiliations written with it, and where the words that name them begin."""

    role: Role
    affiliations: list[str]
    left: int


class _Context:
    """The document's mentions and glosses, indexed by where they end."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.folded = fold(doc.text)
        self.mention_at_end = {m.span.end: m for m in doc.mentions}
        self.gloss_at_end = {g.span.end: g for g in doc.glosses}
        self.gloss_after_term = {g.term_span.end: g for g in doc.glosses}
        self.person_starts = {m.span.start for m in doc.mentions if m.type == "PER"}

    def mention_before(self, pos: int) -> tuple[Mention | None, int]:
        """The mention ending at `pos`, looking through a gloss's parenthesis; and where it ends."""
        gloss = self.gloss_at_end.get(pos)
        if gloss is not None:
            pos = gloss.term_span.end
        return self.mention_at_end.get(pos), pos

    def role_before(self, start: int) -> _Found | None:
        """The title ending right before a name, with a country before it, and the affiliations it names.

        The country and the organisations written before the title are the person's affiliations:
        中国|外交部|发言人 → 中国 and 外交部; 美国|总统 → 美国 (CONVENTIONS: the country, for officials).
        """
        folded, titles = self.folded, data.words("titles")
        title = _ending_at(folded, start, titles)
        if title is None:
            return None
        role_start = start - len(title)
        countries: list[str] = []
        # a country and the field before the title belong to it: 加拿大|北极事务|部长
        for gap in range(0, _FIELD + 1):
            at = role_start - gap
            if at <= 0 or (gap and (folded[at] in _STOPS or folded[at] in "的之")):
                break
            mention = self.mention_at_end.get(at)
            if mention is not None:
                while mention is not None and mention.type == "LOC":
                    if mention.entity and fold(mention.text) in gazetteer.countries():
                        countries.append(mention.entity)
                    role_start = mention.span.start
                    mention = self.mention_at_end.get(role_start)
                break
        modifier = _ending_at(folded, role_start, data.words("role_modifiers"), 3)
        if modifier:
            role_start -= len(modifier)
        role = Role(text=self.doc.text[role_start:start], span=Span(role_start, start))
        organisations, left = self.organisation_before(start - len(title), max(0, start - _REACH - len(title)))
        return _Found(role, countries + organisations, min(left, role_start))

    def organisation_before(self, pos: int, floor: int) -> tuple[list[str], int]:
        """The nearest organisation before `pos` in its clause, with the places and organisations written
        right before it (中国|外交部), and where they begin; nothing past another person."""
        folded = self.folded
        while pos > floor:
            mention, end = self.mention_before(pos)
            if mention is not None:
                if mention.type == "ORG":
                    found, left = [mention.entity], mention.span.start
                    prior = self.mention_at_end.get(left)
                    while prior is not None and prior.type in ("ORG", "LOC"):
                        found.append(prior.entity)
                        left = prior.span.start
                        prior = self.mention_at_end.get(left)
                    return [e for e in found if e], left
                if mention.type == "PER":
                    break
                pos = mention.span.start
                continue
            if end != pos:
                pos = end
                continue
            if folded[pos - 1] in _STOPS:
                break
            pos -= 1
        return [], len(folded)

    def organisation_right_before(self, start: int) -> str | None:
        """An organisation written right before a name, with no title between: 社民连|曾健成."""
        mention = self.mention_at_end.get(start)
        return mention.entity if mention is not None and mention.type == "ORG" else None

    def roles_before(self, start: int) -> list[_Found]:
        """The title before a name (also as a label: 记者：王田) and those listed before it with 、
        (哈佛大学访问学者、北京电影学院退休教授|郝建)."""
        pos = start - 1 if start > 0 and self.folded[start - 1] in _LABEL else start
        if pos > 0 and self.folded[pos - 1] in _CLOSE:
            opening = max(self.folded.rfind(o, max(0, pos - _REACH), pos) for o in _OPEN)
            pos = opening if opening > 0 else pos  # 中央情报局局长（CIA）|蓬佩奥
        out: list[_Found] = []
        found = self.role_before(pos)
        while found is not None and len(out) < 3:
            out.append(found)
            at = found.left - 1
            found = self.role_before(at) if at > 0 and self.folded[at] == "、" else None
        return out

    def list_head(self, start: int) -> int:
        """Where the first of the people listed with 、 before a name begins: 航天员|景海鹏、刘洋 — the
        title before the list is each one's (not across 和 or 与: 总统特朗普和金正恩)."""
        for _ in range(_LISTED):
            if start < 2 or self.folded[start - 1] != "、":
                break
            mention = self.mention_at_end.get(start - 1)
            if mention is None or mention.type != "PER":
                break
            start = mention.span.start
        return start

    def role_in_apposition(self, end: int) -> _Found | None:
        """A short clause right after the name (or its gloss) that ends in a title: 某某，前国务卿，;
        某某是该校的教授。; 某某将出任副首相。"""
        folded = self.folded
        title = _starting_at(folded, end, data.words("titles"))  # 约翰•布朗|勋爵（Lord Browne），…
        gloss = self.gloss_after_term.get(end) or (self.gloss_after_term.get(end + len(title)) if title else None)
        if gloss is not None:
            end = gloss.span.end
        while end < len(folded) and folded[end] == " ":
            end += 1
        if end >= len(folded):
            return None
        if folded[end] not in _APPOSITION:
            verb = _office_verb(folded, end)
            if verb is None:
                return None
            end += len(verb) - 1  # 某某(将)出任|副首相: the clause after the verb ends in the post
        stop = end + 1
        limit = min(len(folded), end + 1 + _REACH)
        while stop < limit and folded[stop] not in _STOPS:
            if stop in self.person_starts:
                return None
            stop += 1
        if stop == limit or stop == end + 1:
            return None
        return self.role_before(stop)

    def role_after(self, end: int) -> Role | None:
        """A title right after a name, after its gloss or in parentheses: 普京|总统, 敏昂莱(…)|大将, 某某（队长）."""
        titles = data.words("titles")
        title = _starting_at(self.folded, end, titles)  # also between a name and its gloss: 迪尔洛夫|爵士（…）
        gloss = self.gloss_after_term.get(end)
        if title is None and gloss is not None:
            end = gloss.span.end
            title = _starting_at(self.folded, end, titles)
        if title is None and end < len(self.folded) and self.folded[end] in _OPEN:
            inner = _starting_at(self.folded, end + 1, titles)
            if inner is not None and self.folded[end + 1 + len(inner) : end + 2 + len(inner)] in tuple(_CLOSE):
                end, title = end + 1, inner
        if title is None or title in data.words("role_verbs"):
            return None
        return Role(text=self.doc.text[end : end + len(title)], span=Span(end, end + len(title)))


def _add_role(entity: Entity, role: Role) -> None:
    if all(fold(r.text) != fold(role.text) for r in entity.roles):
        entity.roles.append(role)


def _add_affiliation(entity: Entity, affiliation: str | None) -> None:
    if affiliation and affiliation != entity.id and affiliation not in entity.affiliations:
        entity.affiliations.append(affiliation)


def _byline_roles(doc: Doc, by_id: dict[str, Entity]) -> None:
    """A byline part is `name（original）` then the role on the next line."""
    for part in doc.parts:
        if part.part != "byline":
            continue
        body = doc.text[part.span.start : part.span.end]
        if "\n" not in body:
            continue
        role_start = part.span.start + body.index("\n") + 1
        role_end = part.span.end
        people = [m for m in doc.mentions if part.span.start <= m.span.start < role_start and m.type == "PER"]
        orgs = [m for m in doc.mentions if role_start <= m.span.start < role_end and m.type == "ORG"]
        for person in people[:1]:
            entity = by_id[person.entity]  # type: ignore[index]
            _add_role(entity, Role(text=doc.text[role_start:role_end], span=Span(role_start, role_end)))
            for org in orgs:
                _add_affiliation(entity, org.entity)


@component("roles", assigns=["roles"], requires=["entities"])
def roles(doc: Doc) -> None:
    """Fill each person's `roles` and `affiliations` from the titles and organisations around its name."""
    context = _Context(doc)
    by_id = {e.id: e for e in doc.entities}
    for mention in doc.mentions:
        if mention.type != "PER" or mention.entity not in by_id:
            continue
        entity = by_id[mention.entity]
        found = context.roles_before(context.list_head(mention.span.start))
        apposition = context.role_in_apposition(mention.span.end)
        if apposition is not None:
            found.append(apposition)
        for role, affiliations, _ in found:
            _add_role(entity, role)
            for affiliation in affiliations:
                _add_affiliation(entity, affiliation)
        _add_affiliation(entity, context.organisation_right_before(mention.span.start))
        after = context.role_after(mention.span.end)
        if after is not None:
            _add_role(entity, after)
    _byline_roles(doc, by_id)
