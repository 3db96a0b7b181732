"""Publisher profiles, fundus style: one class per publisher, nested versions, one method per field.

A `Profile` says which pages it reads (`matches`) and holds its layout versions, oldest first,
each valid until a date (`VALID_UNTIL`, the last one open-ended). The version is chosen by the
page's publication date; a version that finds no body hands the page to the next one, and a
profile that finds nothing returns None so the generic reader takes over.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, ClassVar

from newsmine.model import Article, Block, Figure, Person

if TYPE_CHECKING:
    from newsmine.read.html import Page


class Version:
    """One layout of a publisher's pages; subclasses override the field methods they need."""

    VALID_UNTIL: ClassVar[date | None] = None

    def __init__(self, page: Page) -> None:
        self.page = page
        self.meta = page.meta
        self.root = page.root

    def title(self) -> str | None:
        return self.meta.title

    def section(self) -> str | None:
        return self.meta.section

    def authors(self) -> list[Person]:
        return [Person(name=n) for n in self.meta.authors]

    def published(self) -> str | None:
        return self.meta.published

    def url(self) -> str | None:
        return self.meta.url

    def lead(self) -> str | None:
        return None

    def body(self) -> tuple[list[Block], list[Figure]]:
        return [], []

    def contributor_line(self) -> str | None:
        return None

    def read(self) -> Article | None:
        """The Article, or None when this layout does not fit the page."""
        title = self.title()
        blocks, figures = self.body()
        if not title or not blocks:
            return None
        return Article(title=title, section=self.section(), authors=self.authors(), published=self.published(),
                       url=self.url(), lead=self.lead(), blocks=blocks, figures=figures,
                       contributor_line=self.contributor_line())


class Profile:
    """A publisher: which pages it reads, and its layout versions oldest first."""

    NAME: ClassVar[str] = ""
    VERSIONS: ClassVar[list[type[Version]]] = []

    @classmethod
    def matches(cls, page: Page) -> bool:
        raise NotImplementedError

    @classmethod
    def versions_for(cls, published: str | None) -> list[type[Version]]:
        """The version valid at `published` first, then the others newest first."""
        ordered = list(reversed(cls.VERSIONS))
        if published:
            try:
                when = date.fromisoformat(published[:10])
            except ValueError:
                when = None
            if when is not None:
                valid = next((v for v in cls.VERSIONS if v.VALID_UNTIL is None or when < v.VALID_UNTIL), None)
                if valid is not None:
                    ordered.remove(valid)
                    ordered.insert(0, valid)
        return ordered

    @classmethod
    def read(cls, page: Page) -> Article | None:
        for version in cls.versions_for(page.meta.published):
            article = version(page).read()
            if article is not None:
                return article
        return None
