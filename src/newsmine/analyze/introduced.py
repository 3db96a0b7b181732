"""Short forms an article introduces for a name it has just written: 某某协会（下称“协会”）,
某某有限公司（以下简称“某某”）, 某某（简称某某）. The short form names the same referent wherever it is
written after (CONVENTIONS: a Chinese short form in brackets is an alias, not a gloss).
"""

from __future__ import annotations

import re
from typing import TypeVar

T = TypeVar("T")

_INTRODUCED = re.compile(r"[（(](?:以下简称|以下称|下称|简称|以下簡稱|下稱|簡稱)[：:]?[“「\"]?([^”」\"）)，,、]{1,10})[”」\"]?[）)]")


def introduced_forms(folded: str, ends: dict[int, T]) -> dict[str, tuple[T, int]]:
    """The short forms introduced in a parenthesis right after a name ending where `ends` has a key,
    each with that key's value (the name's candidate) and where the parenthesis begins: the form
    names the referent from there on (协会 inside the name 某某协会 before it is no mention)."""
    out: dict[str, tuple[T, int]] = {}
    for m in _INTRODUCED.finditer(folded):
        named = ends.get(m.start())
        if named is not None and len(m.group(1)) >= 2:
            out.setdefault(m.group(1), (named, m.start()))
    return out
