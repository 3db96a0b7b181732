"""Helpers for the names tests: analyse a snippet of plain text as a one-paragraph article."""

from __future__ import annotations

from newsmine.analyze.pipeline import analyze
from newsmine.model import Article, Block, Doc, Entity


def analyse_text(text: str, title: str = "测试") -> Doc:
    """A Doc for `text` as the only paragraph of an article titled `title`."""
    return analyze(Article(title=title, blocks=[Block(type="paragraph", text=text)]))


def entity_named(doc: Doc, name: str) -> Entity:
    """The entity called `name` (or with `name` among its aliases); fails the test when absent."""
    for entity in doc.entities:
        if entity.name == name or name in entity.aliases:
            return entity
    raise AssertionError(f"no entity {name!r} in {[e.name for e in doc.entities]}")
