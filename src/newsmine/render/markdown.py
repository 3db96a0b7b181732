"""Article → BBC-style Markdown, docs/markdown.md (the inverse of `read/markdown.py`)."""

from __future__ import annotations

import re

from newsmine.model import Article, Figure, Person
from newsmine.urls import safe_url

_LABELS = {
    "simplified": ("图像来源，  ", "图像加注文字，"),
    "traditional": ("圖像來源，  ", "圖像加註文字，"),
    "en": ("Image source, ", "Image caption, "),
}
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<])")
_LINE_START_SPECIAL = re.compile(r"^(\s*\d*)(>|[#+\-.)](?=\s|$)|-(?=--))", re.M)


def write_markdown(article: Article) -> str:
    """The Article as BBC-style Markdown; reading it back gives an equal Article."""
    out: list[str] = []
    if article.section:
        out += [f"# [{article.section}] {_escape(article.title)}", f"#  {_escape(article.title)}"]
    else:
        out.append(f"# {_escape(article.title)}")
    if article.authors:
        out.append("\n".join(line for p in article.authors for line in _byline(p)) + "\n\n\n")
    if article.lead:
        out.append(f"**{_escape(article.lead)}**")
    credit_label, caption_label = _labels(article)
    for block in article.blocks:
        if block.type == "figure" and block.figure is not None:
            out += _figure(article.figures[block.figure], credit_label, caption_label)
        elif block.type == "heading":
            out.append("#" * (block.level or 2) + " " + _escape(block.text))
        elif block.type == "quote":
            out.append("\n>\n".join("> " + _escape(line) for line in block.text.split("\n")))
        elif block.type == "list":
            out.append("\n".join("* " + _escape(item) for item in block.items))
        else:
            out.append(_escape(block.text))
    if article.contributor_line:
        out.append(f"**{_escape(article.contributor_line)}**")
    return "\n\n".join(out) + "\n"


def normalise(markdown: str) -> str:
    """Markdown with trailing spaces dropped and runs of blank lines folded: how round trips compare."""
    lines = [line.rstrip() for line in markdown.replace("\r\n", "\n").lstrip("\ufeff").split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines))
    return text.strip("\n") + "\n"


def _byline(person: Person) -> list[str]:
    name = f"{person.name}（{person.original_name}）" if person.original_name else person.name
    lines = [f"  * {_escape(name)} "]
    if person.role:
        lines.append(f"  * {_escape(person.role)} ")
    return lines


def _figure(figure: Figure, credit_label: str, caption_label: str) -> list[str]:
    src = safe_url(figure.src) or ""
    src = f"<{src}>" if re.search(r"[\s()<>]", src) else src
    out = [f"![{_escape(figure.alt)}]({src})"]
    lines = []
    if figure.credit:
        lines.append(f"> {credit_label}{_escape(figure.credit)}")
    if figure.caption:
        lines.append(f"> {caption_label}{_escape(figure.caption)}")
    if lines:
        out.append("\n>\n".join(lines))
    return out


def _labels(article: Article) -> tuple[str, str]:
    if article.language != "zh":
        return _LABELS["en"]
    return _LABELS["traditional" if article.script == "traditional" else "simplified"]


def _escape(text: str) -> str:
    text = _INLINE_SPECIAL.sub(r"\\\1", text)
    return _LINE_START_SPECIAL.sub(r"\1\\\2", text)
