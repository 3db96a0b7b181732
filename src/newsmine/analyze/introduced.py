"""Short forms an article introduces for a name it has just written: 某某协会（下称“协会”）,
某某有限公司（以下简称“某某”）, 某某（简称某某）, or the abbreviation alone in brackets, its characters
taken in order from the name (消费者委员会（消委会）). The short form names the same referent wherever it
is written after (CONVENTIONS: a Chinese short form in brackets is an alias, not a gloss).
"""

from __future__ import annotations

import re
from typing import TypeVar

T = TypeVar("T")

_INTRODUCED = re.compile(r"[（(](?:以下简称|以下称|下称|简称|以下簡稱|下稱|簡稱)[：:]?[“「\"]?([^”」\"）)，,、]{1,10})[”」\"]?[）)]")
_BARE = re.compile(r"[（(]([\u4e00-\u9fff]{2,5})[）)]")  # 消费者委员会（消委会）


def introduced_forms(folded: str, ends: dict[int, tuple[T, str]]) -> dict[str, tuple[T, int]]:
    """The short forms introduced in a parenthesis right after a name ending where `ends` has a key,
    each with that key's candidate (its value's first part; the second is the name as written) and
    where the parenthesis begins: the form names the referent from there on (协会 inside the name
    某某协会 before it is no mention)."""
    out: dict[str, tuple[T, int]] = {}
    for m in _INTRODUCED.finditer(folded):
        if (found := ends.get(m.start())) is not None and len(m.group(1)) >= 2:
            out.setdefault(m.group(1), (found[0], m.start()))
    for m in _BARE.finditer(folded):
        if (found := ends.get(m.start())) is not None and _abbreviates(m.group(1), found[1]):
            out.setdefault(m.group(1), (found[0], m.start()))
    return out


def _abbreviates(form: str, name: str) -> bool:
    """Whether `form` is an abbreviation of `name`: shorter, opening with the name's first character
    and taking the rest in order from it (世界卫生组织 … 世卫, 消费者委员会 … 消委会)."""
    rest = iter(name[1:])
    return len(form) < len(name) and form[0] == name[0] and all(ch in rest for ch in form[1:])
