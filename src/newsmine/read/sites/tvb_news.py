"""無綫新聞 TVB News (news.tvb.com): a Next.js page whose story exists only in its data island.

The rendered HTML holds navigation and legal links; the story (title, text, pictures, category,
time) is in `<script id="__NEXT_DATA__">` under `props.pageProps.newsItems`, the text as `desc`
with paragraphs separated by blank lines.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from newsmine.model import Block, Figure, Person
from newsmine.read.html.dates import to_iso
from newsmine.read.html.dom import clean
from newsmine.read.sites.base import Profile, Version

if TYPE_CHECKING:
    from newsmine.read.html import Page


class TVBNews(Profile):
    """無綫新聞 TVB News."""

    NAME = "無綫新聞 TVB News"

    @classmethod
    def matches(cls, page: Page) -> bool:
        return "news.tvb.com" in (page.meta.url or "") or "TVB News" in (page.meta.site_name or "")

    class V2023(Version):
        """The Next.js site: everything from `newsItems` in `__NEXT_DATA__`."""

        VALID_UNTIL = None

        def item(self) -> dict[str, Any]:
            try:
                data = json.loads(self.page.data.get("__NEXT_DATA__") or "{}")
            except ValueError:
                return {}
            item = data.get("props", {}).get("pageProps", {}).get("newsItems")
            return item if isinstance(item, dict) else {}

        def title(self) -> str | None:
            return clean(self.item().get("title_tc") or self.item().get("title")) or None

        def section(self) -> str | None:
            category = self.item().get("category")
            if isinstance(category, list):
                category = category[0] if category else None
            return (clean(category.get("title")) or None) if isinstance(category, dict) else None

        def authors(self) -> list[Person]:
            return []  # TVB prints no byline; the <meta name="author"> is the station itself

        def published(self) -> str | None:
            return to_iso(self.item().get("publish_datetime")) or self.meta.published

        def body(self) -> tuple[list[Block], list[Figure]]:
            text = self.item().get("desc") or ""
            blocks = [Block(type="paragraph", text=t) for p in text.split("\n\n") if (t := clean(p))]
            figures: list[Figure] = []
            images = (self.item().get("media") or {}).get("image") or []
            for image in images if isinstance(images, list) else []:
                src = image.get("big") or image.get("1200x630") or image.get("medium") if isinstance(image, dict) else None
                if src:
                    figures.append(Figure(src=src, caption=clean(image.get("image_title")) or None))
            if figures:
                blocks.insert(0, Block(type="figure", figure=0))
                for i in range(1, len(figures)):
                    blocks.append(Block(type="figure", figure=i))
            return blocks, figures

    VERSIONS = [V2023]
