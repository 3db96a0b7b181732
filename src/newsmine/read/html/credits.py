"""Credit wording in captions: the labels, prefixes and trailing forms news pages use to print
who made a picture (`Photo: X`, `Foto: X`, `© X`, `(AP Photo/X)`, `…＝共同`, `[사진 출처 = X]`,
`X撮影`), and the cleaning that leaves the name alone. The label words are data
(`data/credit_labels.tsv`)."""

from __future__ import annotations

import re

from newsmine.data import lines


def _labels(use: str) -> str:
    """The credit label words of `data/credit_labels.tsv` used as `use` (`opens`/`closes`), as one
    alternation, longest first."""
    words = [parts[0] for line in lines("credit_labels")
             if (parts := line.split("\t")) and len(parts) > 1 and parts[1].strip() in (use, "both")]
    return "|".join(sorted(words, key=len, reverse=True))


_TRAILING_CREDIT = re.compile(
    rf"\s*[(（\[]?\s*(?:(?:{_labels('closes')})\s*[:：]|©|\u00a9|图/|圖/|图：|圖：)\s*([^()（）\[\]]{{2,120}}?)\s*[)）\]]?\s*$",
    re.I)
CREDIT_PREFIX = re.compile(r"^(?:(?:Photo|Photos|Photograph|Image|Picture|Foto|Fotos) (?:by|von|de|di)\s*[:：]?\s*|"
                           rf"(?:{_labels('opens')})\s*[:：]\s*|©\s*|Copyright\s+|Courtesy(?: of)?\s+)", re.I)
SEPARATORS = "—–-|/·•:,;"
_TRAILING_PAREN = re.compile(r"\s*[(（]([A-Z\u4e00-\u9fff][^()（）]{1,58})[)）]\s*$")
_TRAILING_PIPE = re.compile(r"\s+[|｜]\s*([^|｜]{2,80})$")
# `… in the lobby. Supplied` / `…연설하고 있다. 연합뉴스`: a last "sentence" of one to three short words.
_TRAILING_NAME = re.compile(r"[.。]\s+((?:[^\s.。]{1,14})(?:\s[^\s.。]{1,14}){0,2})\s*$")
EMBEDDED_COPYRIGHT = re.compile(r"^(.{12,}?)\s+(?:©|\(c\)|Foto:|Photo:|Bild:)\s*(.{2,80})$")
TRAILING_SLASH = re.compile(r"\s+/\s*([^/\s][^/]{1,60})$")
CAPTION_PREFIX = re.compile(r"^(?:Legende|Bildlegende|Bildunterschrift|Caption|Légende|Didascalia)\s*:\s*", re.I)
# Korean and Chinese: … [사진 출처 = 연합뉴스], …【图/新华社】
_TRAILING_BRACKET = re.compile(r"[.。]?\s*[\[【]\s*(?:사진\s*출처|사진|출처|图片来源|圖片來源|图|圖|Photo|Foto)\s*[=:：/]\s*"
                               r"([^\]】]{1,40})[\]】]\s*$")
_TRAILING_AGENCY_PHOTO = re.compile(r"\s*[(（]?((?:AP|AAP|AFP|EPA|Reuters|Getty Images|Xinhua)\s+Photos?/[^()（）]{2,60}?)"
                                    r"[)）]?\s*$")  # … (AP Photo/Eric Gay, File)
_TRAILING_EQUALS = re.compile(r"\s*(?:[＝=]|[（(][ＣCc©][）)])\s*([^＝=（）()]{1,30})$")  # Japanese: …＝ＡＰ, …（Ｃ）共同通信社
_TRAILING_SLASH_NAME = re.compile(r"\s+/\s+((?:[A-ZÀ-Ý][\w.'-]*)(?:\s+[A-ZÀ-Ý][\w.'-]*){0,3})$")  # … / Lorenzo Marina
TITLE_CREDIT = re.compile(r"^(.+?)\s+[|©]\s*([^|©]{2,60})$")
_COPYRIGHT_NOTICE = re.compile(r"\s*/?\s*Copyright\s+\d{4}\b.*$|\s*All rights reserved\.?\s*$", re.I)
LABEL_ONLY = re.compile(r"^(?:Copyright|Credits?|Photos?|Fotos?|Bild|Image|Source|Quelle|Crédits?)\s*[:：]?$", re.I)
# `潟沼義樹撮影`, `新华社记者张三摄`: the photographer's name with the word for "photographed by"
_CREDIT_SUFFIX = re.compile(r"(?<=\S)\s*(?:撮影|攝影|摄影|摄|攝)$")


def clean_credit(text: str) -> str:
    """`Photo: Gwen Palmer` → `Gwen Palmer`; `（图片来源：X）` → `X`."""
    text = text.strip().strip("()（）[]").strip()
    text = _COPYRIGHT_NOTICE.sub("", text)
    while (stripped := CREDIT_PREFIX.sub("", text, count=1)) != text:
        text = stripped  # `Foto: Bild: SN/APA`
    text = _CREDIT_SUFFIX.sub("", text)
    return text.strip(" /|,;")


def split_caption(text: str) -> tuple[str, str | None]:
    """A caption and the credit written at its end (`… (Photo: X)`, `… 图片来源：X`), if any."""
    for pattern in (_TRAILING_BRACKET, _TRAILING_AGENCY_PHOTO, _TRAILING_CREDIT, _TRAILING_PIPE, _TRAILING_PAREN,
                    _TRAILING_EQUALS, _TRAILING_SLASH_NAME, _TRAILING_NAME):
        m = pattern.search(text)
        if m and m.start() > 0:
            return text[: m.start() + (1 if pattern is _TRAILING_NAME else 0)].strip(), clean_credit(m.group(1).strip(" .,;"))
    return text, None
