"""Roles and affiliations from the words around a person's name.

俄罗斯总统|普京 → role 俄罗斯总统; 峨山政策硏究院（…）研究员|梁旭 → role 研究员, affiliation the
institute's entity; a byline's second line is its person's role. Affiliations are entity ids.
"""

from __future__ import annotations

from newsmine import data
from newsmine.analyze.fold import fold
from newsmine.analyze.pipeline import component
from newsmine.model import Doc, Entity, Mention, Role, Span

_STOPS = frozenset("，,。；;：:！!？?“”\"「」『』、\n")
_REACH = 20
_FIELD = 6


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


class _Context:
    """The document's mentions and glosses, indexed by where they end."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.folded = fold(doc.text)
        self.mention_at_end = {m.span.end: m for m in doc.mentions}
        self.gloss_at_end = {g.span.end: g for g in doc.glosses}

    def mention_before(self, pos: int) -> tuple[Mention | None, int]:
        """The mention ending at `pos`, looking through a gloss's parenthesis; and where it ends."""
        gloss = self.gloss_at_end.get(pos)
        if gloss is not None:
            pos = gloss.term_span.end
        return self.mention_at_end.get(pos), pos

    def role_before(self, start: int) -> tuple[Role, str | None] | None:
        """The title ending right before a name, with a country before it and any affiliation."""
        folded, titles = self.folded, data.words("titles")
        title = _ending_at(folded, start, titles)
        if title is None:
            return None
        role_start = start - len(title)
        # a country and the field before the title belong to it: 加拿大|北极事务|部长
        for gap in range(0, _FIELD + 1):
            at = role_start - gap
            if at <= 0 or (gap and (folded[at] in _STOPS or folded[at] in "的之")):
                break
            mention = self.mention_at_end.get(at)
            if mention is not None:
                while mention is not None and mention.type == "LOC":
                    role_start = mention.span.start
                    mention = self.mention_at_end.get(role_start)
                break
        modifier = _ending_at(folded, role_start, data.words("role_modifiers"), 3)
        if modifier:
            role_start -= len(modifier)
        affiliation = None
        pos = start - len(title)
        floor = max(0, start - _REACH - len(title))
        while pos > floor:
            mention, end = self.mention_before(pos)
            if mention is not None:
                if mention.type == "ORG":
                    affiliation = mention.entity
                    break
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
        return Role(text=self.doc.text[role_start:start], span=Span(role_start, start)), affiliation

    def role_after(self, end: int) -> Role | None:
        """A title right after a name: 普京|总统."""
        title = _starting_at(self.folded, end, data.words("titles"))
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
        found = context.role_before(mention.span.start)
        if found is not None:
            role, affiliation = found
            _add_role(entity, role)
            _add_affiliation(entity, affiliation)
        after = context.role_after(mention.span.end)
        if after is not None:
            _add_role(entity, after)
    _byline_roles(doc, by_id)
