"""Speaker and addressee resolution against the names layer (`doc.mentions`, `doc.entities`).

Written against the contract only: a speaker phrase resolves to the entity of the mention that
overlaps it (the last PER, else ORG, else LOC: Chinese noun phrases end in their head), or to the
entity whose name, original name or alias matches it; a pronoun to the most recent person before
it. With empty layers everything resolves to None and the quote keeps its text and span.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from functools import lru_cache

from newsmine.analyze.text import normalise
from newsmine.model import Doc, Entity, Mention, Span

PREFERENCE = ("PER", "ORG", "LOC")


@lru_cache(maxsize=4096)
def _key(text: str) -> str:
    """A name or phrase as matched (normalised, no case, spaces or name dots); kept, since the same
    entity names are keyed again for every speaker phrase looked up."""
    return normalise(text).casefold().replace(" ", "").replace("·", "").replace("•", "")


class Resolver:
    """Looks speakers up in one Doc's mentions and entities."""

    def __init__(self, doc: Doc, roles: frozenset[str] = frozenset()) -> None:
        self.mentions: list[Mention] = sorted(doc.mentions, key=lambda m: (m.span.start, m.span.end))
        self._starts = [m.span.start for m in self.mentions]
        self.entities: dict[str, Entity] = {e.id: e for e in doc.entities}
        self.roles = roles
        self._names: dict[str, list[Entity]] = {}
        for entity in doc.entities:
            for name in {entity.name, entity.original_name or "", *entity.aliases} - {""}:
                self._names.setdefault(_key(name), []).append(entity)
        # every ending of organisation and person names, and of people's roles, for short forms and nominals
        self._name_ends: dict[str, set[str]] = {}
        self._roles: dict[str, set[str]] = {}
        self._role_ends: dict[str, set[str]] = {}
        for entity in doc.entities:
            if entity.type in PREFERENCE[:2]:
                name = _key(entity.name)
                for k in range(len(name)):
                    self._name_ends.setdefault(name[k:], set()).add(entity.id)
            for r in entity.roles if entity.type == "PER" else ():
                role = _key(r.text)
                if role:
                    self._roles.setdefault(role, set()).add(entity.id)
                for k in range(len(role)):
                    self._role_ends.setdefault(role[k:], set()).add(entity.id)

    def protected(self, region: Span) -> list[Span]:
        """Mention spans inside a region: a speaker phrase is never cut inside a name."""
        return [m.span for m in self.mentions_in(region.start, region.end)]

    def mention_for(self, span: Span) -> Mention | None:
        """The head mention of a phrase: the last PER overlapping it, else the last ORG, else LOC."""
        inside = self.mentions_in(span.start, span.end)
        for kind in PREFERENCE:
            typed = [m for m in inside if m.type == kind]
            if typed:
                return typed[-1]
        return None

    def entity_for_text(self, text: str) -> str | None:
        """An entity by name: exact (name, original, alias), `普京总统` (name + role), or `阿基门科` (short form)."""
        key = _key(text)
        if not key:
            return None
        found = self._names.get(key)
        if not found:
            found = [e for e in self.entities.values()
                     if len(_key(e.name)) >= 2 and key.startswith(_key(e.name)) and text[len(e.name):] in self.roles]
        if not found and len(key) >= 2:
            found = [e for e in self.entities.values() if e.type == "PER" and "·" in e.name
                     and _key(e.name.rsplit("·", 1)[-1]) == key]
        for kind in PREFERENCE:
            typed = [e for e in found if e.type == kind]
            if typed:
                return typed[0].id
        return None

    def resolve(self, span: Span, text: str) -> tuple[str | None, Mention | None]:
        """The entity id for a speaker or addressee phrase, and the mention it came from (if any)."""
        mention = self.mention_for(span)
        if mention is not None and mention.entity is not None:
            return mention.entity, mention
        return self.entity_for_text(text), mention

    def person_before(self, position: int, *, exclude: set[str], skip: Callable[[Span], bool],
                      kinds: tuple[str, ...] = ("PER",)) -> str | None:
        """The entity of the most recent mention of `kinds` before `position` (a pronoun's antecedent)."""
        found = self.mention_before(position, exclude=exclude, skip=skip, kinds=kinds)
        return found.entity if found is not None else None

    def mention_before(self, position: int, *, exclude: set[str], skip: Callable[[Span], bool],
                       kinds: tuple[str, ...] = ("PER",)) -> Mention | None:
        """The most recent mention of `kinds` with an entity before `position`, not `skip`ped."""
        for j in range(bisect_right(self._starts, position) - 1, -1, -1):  # no copy of the mentions before
            m = self.mentions[j]
            if m.span.end > position or m.type not in kinds or m.entity is None:
                continue
            if m.entity in exclude or skip(m.span):
                continue
            return m
        return None

    def mentions_in(self, a: int, b: int) -> list[Mention]:
        """The mentions starting in `[a - 40, b)` that overlap `[a, b)` (names are shorter than 40)."""
        lo, hi = bisect_right(self._starts, a - 40), bisect_right(self._starts, b - 1)
        return [m for m in self.mentions[lo:hi] if m.span.end > a]

    def by_suffix(self, text: str) -> str | None:
        """`公民实验室` for `加拿大多伦多大学公民实验室`: the one entity whose name ends in the text."""
        key = _key(text)
        found = self._name_ends.get(key, set()) if len(key) >= 3 else set()
        return next(iter(found)) if len(found) == 1 else None

    def by_role(self, role: str) -> str | None:
        """The one person whose role ends in `role`, or whose role `role` ends in (`新任财长`, `捷克议长`)."""
        found = self.holders(role)
        return next(iter(found)) if len(found) == 1 else None

    def holders(self, role: str) -> set[str]:
        """The people whose role ends in `role`, or whose role `role` ends in."""
        key = _key(role)
        found = set(self._role_ends.get(key, set()))
        for k in range(len(key)):
            found |= self._roles.get(key[k:], set())
        return found
