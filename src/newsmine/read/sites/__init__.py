"""Publisher profiles: where the generic reader is not enough. `find_profile` picks one for a page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsmine.read.sites.base import Profile, Version
from newsmine.read.sites.bbc_zhongwen import BBCZhongwen
from newsmine.read.sites.tvb_news import TVBNews

if TYPE_CHECKING:
    from newsmine.read.html import Page

PROFILES: list[type[Profile]] = [BBCZhongwen, TVBNews]

__all__ = ["PROFILES", "Profile", "Version", "find_profile"]


def find_profile(page: Page) -> type[Profile] | None:
    """The first profile that claims the page, or None."""
    return next((p for p in PROFILES if p.matches(page)), None)
