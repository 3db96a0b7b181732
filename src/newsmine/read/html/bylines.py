"""Bylines shown on the page when the metadata names nobody.

Marked-up bylines first (`rel=author`, `itemprop=author`, author/byline classes), then the Chinese
conventions written in the text near the top: `作者：X`, `记者 X`, `文/X`, `（记者 X）`.
"""

from __future__ import annotations

import re

from newsmine.read.html.dom import Node, class_id, header_zone, text_of
from newsmine.read.html.metadata import split_names

_AUTHOR_SELECTORS = ('[itemprop="author"] [itemprop="name"]', '[itemprop="author"]', 'a[rel="author"]',
                     '[class*="author-name"]', '[class*="authorName"]', '[class*="byline__name"]',
                     '[class*="byline-name"]', '[class*="author"] a', '[class*="byline"] a')
_AUTHOR_TOKEN = re.compile(r"^(?:[a-z]+[-_])?(?:author|byline|writer|reporter|journalist)(?:[-_]?name)?s?$")
_NOT_A_NAME = re.compile(r"相关|相關|链接|連結|更多|分享|关注|關注|^name$|^author$|^by$|^more$|related|share|follow|"
                         r"subscribe|newsletter|爆料|報料|报料|投稿|热线|熱線|\btips?\b|tip-?off", re.I)
_PREFIX = re.compile(r"^\s*(?:by|von|par|por|di|door|av|af|przez|autor(?:in)?|text|texto|作者|文|记者|記者)\s*[:：/]?\s*", re.I)
_CJK_BYLINE = re.compile(
    r"(?:(?:作者|撰文|文字|撰稿)\s*[:：/|｜]?|(?:记者|記者)\s*[:：/|｜\s]|[（(](?:记者|記者)|文\s*[/／:：|｜])\s*((?:[\u4e00-\u9fff·]{2,4}[\s、，,]*){1,4})(?=[\s　|｜）)]|$|来源|來源|编辑|編輯|发布|發布|\d)")
# `（中央社記者王小明、林美華台北21日電）`: the agency, its reporters, the place and the day of filing.
_WIRE_DATELINE = re.compile(r"[（(][\u4e00-\u9fff]{1,4}社(?:记者|記者)((?:[\u4e00-\u9fff]{2,4}、)*)([\u4e00-\u9fff]{4,8}?)"
                            r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})日(?:专|專)?(?:电|電)")
_FOLLOW_BUTTON = re.compile(r"\s*(?:フォロー|关注|關注|\+?\s*follow)\s*$", re.I)
_CJK_PERSON = re.compile(r"[\u4e00-\u9fff\u3040-\u30ff·]{2,4}")
_EDITOR = re.compile(r"编辑|編輯|editor|责编|責編")
_NOT_NAMES = re.compile(r"^(?:来源|來源|编辑|編輯|责任|責任|日期|时间|時間|本报|本報|新华社|新華社|通讯|通訊)|报道$|報道$|报导$|報導$|摄$|攝$")


def dom_authors(root: Node, main: Node) -> list[str]:
    """Author names from the page's markup or from a Chinese byline line; [] when none is shown."""
    scope = _article_scope(main) or root
    for selector in _AUTHOR_SELECTORS:
        names: list[str] = []
        for node in scope.css(selector)[:10]:
            text = _FOLLOW_BUTTON.sub("", _PREFIX.sub("", text_of(node)))
            if 1 < len(text) <= 60 and not text.startswith("http"):
                names += [n for n in split_names(text) if looks_like_name(n)]
        if names:
            return list(dict.fromkeys(names))[:8]
    found = cjk_byline(header_zone(root)) or cjk_byline(text_of(main)[:400])
    if found:
        return found
    for node in scope.css("[class]")[:4000]:
        if any(_AUTHOR_TOKEN.match(c) for c in class_id(node).split()):
            text = _PREFIX.sub("", text_of(node))
            names = [n for n in split_names(text) if looks_like_name(n)]
            if names and len(text) <= 40 and not _EDITOR.search(text):
                return names[:8]
    return []


def looks_like_name(text: str) -> bool:
    """A person's or desk's name: letters, no digits, no trailing colon, not a link label."""
    if not text or any(ch.isdigit() for ch in text) or text.endswith((":", "：")) or _NOT_A_NAME.search(text):
        return False
    cjk = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    return cjk <= 12 and len(text) >= 2 and any(ch.isalpha() for ch in text)


def _article_scope(main: Node) -> Node | None:
    """The `<article>` around the main content, where its own byline is (not the related stories')."""
    node: Node | None = main
    while node is not None:
        if node.tag == "article":
            return node
        node = node.parent
    return None


def cjk_byline(text: str) -> list[str]:
    """Names after `作者：`/`记者` in Chinese page text, or the reporters of a wire dateline."""
    found = wire_reporters(text)
    if found:
        return found
    m = _CJK_BYLINE.search(text)
    if not m:
        return []
    names = [n for n in re.split(r"[\s、，,]+", m.group(1))
             if 2 <= len(n) <= 5 and not _NOT_NAMES.search(n) and looks_like_name(n)]
    return names[:4]


def wire_reporters(text: str) -> list[str]:
    """The reporters a wire dateline names. The last name runs into the place without a break:
    it is taken as three characters (the commonest length), two when only four are left."""
    m = _WIRE_DATELINE.search(text)
    if not m:
        return []
    last = m.group(2)
    names = [n for n in m.group(1).split("、") if n] + [last[:3] if len(last) > 4 else last[:2]]
    return [n for n in names if not _NOT_NAMES.search(n) and looks_like_name(n)][:4]


def people_not_outlet(names: list[str], outlets: list[str]) -> list[str]:
    """The names that can be a person's rather than the outlet's, an agency's or a desk's: two to
    four Chinese or Japanese characters, or two to four capitalised words."""
    folded = [o.casefold() for o in outlets if o]
    kept = []
    for name in names:
        key = name.casefold()
        if any(key in o or o in key for o in folded):
            continue
        words = name.split()
        if _CJK_PERSON.fullmatch(name) or (2 <= len(words) <= 4 and all(w[:1].isupper() for w in words)):
            kept.append(name)
    return kept
