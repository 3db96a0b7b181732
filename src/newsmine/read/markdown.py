"""Markdown → Article: BBC-style Markdown (docs/markdown.md: BBC 中文 pages as Markdown), and plain Markdown.

The format:

    # [Section] Title            the title line; the same title repeated as a second `#` line
      * 黄晓恩（Tessa Wong）       byline bullets: a name (original name glossed), then a role
      * BBC亚洲数字记者
    **lead**                     the bold lead paragraph
    ![alt](file.jpg)             a figure, followed by a `>` block with
    > 图像来源，  credit          the credit (English pages: `Image source, `)
    > 图像加注文字，caption        and the caption (`Image caption, `)
    **具酉娜（Yuna Ku）在首尔补充报道。**   the bold closing contributor line

The Markdown is parsed by markdown-it-py; this module only interprets its block tokens.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from markdown_it import MarkdownIt
from markdown_it.token import Token

from newsmine.errors import NotAnArticle
from newsmine.model import Article, Block, Figure, Person
from newsmine.read import language
from newsmine.read.limits import check_markup
from newsmine.urls import safe_url

CREDIT_LABELS = ("图像来源，", "圖像來源，", "Image source, ")
CAPTION_LABELS = ("图像加注文字，", "圖像加註文字，", "图像加註文字，", "Image caption, ")
_CONTRIBUTOR_CUES = re.compile(r"补充报道|補充報導|補充報道|协助报道|協助報導|additional reporting|contributed", re.I)
_SECTION_TITLE = re.compile(r"^\[([^\[\]]+)\]\s*(.+)$")
_GLOSSED_NAME = re.compile(r"^(?P<name>[^（(]+?)\s*[（(](?P<orig>[^）)]+)[）)]\s*$")
_SENTENCE_END = ("。", "！", "？", ".", "!", "?")

_md = MarkdownIt("commonmark")


@dataclass
class _Node:
    """One top-level Markdown block, reduced to what the dialect needs."""

    kind: str  # heading, paragraph, list, quote, image
    text: str = ""
    level: int = 0
    items: list[str] = field(default_factory=list)
    bold: bool = False
    src: str = ""


def read_markdown(text: str, source: str = "-", *, title: str | None = None) -> Article:
    """Parse BBC-style Markdown (or plain Markdown) into an Article.

    `title` (from front matter) is the title; a heading that repeats it is dropped, others are body.
    """
    check_markup(text, source)
    nodes = _nodes(text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n"))
    if title is not None:
        title_at = next((i for i, n in enumerate(nodes) if n.kind == "heading" and n.text.strip() == title), None)
        if title_at is None:
            nodes.insert(0, _Node("heading", title, level=1))
            title_at = 0
    else:
        title_at = next((i for i, n in enumerate(nodes) if n.kind == "heading" and n.level == 1), None)
    if title_at is None:
        title_at = next((i for i, n in enumerate(nodes) if n.kind == "heading"), None)
    if title_at is None or not nodes[title_at].text.strip():
        raise NotAnArticle(source, "has no title (expected a '# Title' heading)")

    section, title = None, nodes[title_at].text.strip()
    m = _SECTION_TITLE.match(title)
    if m:
        section, title = m.group(1).strip(), m.group(2).strip()
    article = Article(title=title, section=section)

    rest = nodes[:title_at] + nodes[title_at + 1 :]
    i = title_at
    if i < len(rest) and rest[i].kind == "heading" and rest[i].level == 1 and rest[i].text.strip() == title:
        del rest[i]
    if i < len(rest) and rest[i].kind == "list" and _looks_like_byline(rest[i].items):
        article.authors = _byline(rest.pop(i).items)
    if i < len(rest) and rest[i].kind == "paragraph" and rest[i].bold:
        article.lead = rest.pop(i).text
    if rest and rest[-1].kind == "paragraph" and rest[-1].bold and _CONTRIBUTOR_CUES.search(rest[-1].text):
        article.contributor_line = rest.pop().text
        article.contributors = contributors_from_line(article.contributor_line)

    _body(article, rest)
    article.language, article.script = language.detect(_all_text(article))
    return article


def contributors_from_line(line: str) -> list[Person]:
    """The people named in a closing line such as `具酉娜（Yuna Ku）在首尔补充报道。`."""
    english = re.search(r"\bby\s+(.+?)(?:\s+in\s+[A-Z][\w .-]*)?[.。]?$", line)
    if english:
        names = re.split(r",\s*|\s+and\s+", english.group(1))
        return [Person(name=n.strip()) for n in names if n.strip()]
    cue = _CONTRIBUTOR_CUES.search(line)
    head = line[: cue.start()] if cue else line
    # "在首尔" (in Seoul) before the cue is a place, not a name: cut at the last 在 outside a gloss.
    place = re.search(r"在[^（）()]*$", head)
    if place:
        head = head[: place.start()]
    head = re.sub(r"^由", "", head)
    people = []
    for part in re.split(r"[、，,和与與及]\s*(?![^（(]*[）)])", head):
        part = part.strip()
        if part:
            people.append(person_from_text(part))
    return people


def person_from_text(text: str) -> Person:
    """`黄晓恩（Tessa Wong）` → Person(name='黄晓恩', original_name='Tessa Wong')."""
    m = _GLOSSED_NAME.match(text.strip())
    if m:
        return Person(name=m.group("name").strip(), original_name=m.group("orig").strip())
    return Person(name=text.strip())


def _looks_like_byline(items: list[str]) -> bool:
    return 0 < len(items) <= 8 and all(0 < len(t) <= 60 and not t.endswith(_SENTENCE_END) for t in items)


def _byline(items: list[str]) -> list[Person]:
    """Bullets alternate name and role; a glossed bullet always starts a new person."""
    people: list[Person] = []
    for item in items:
        glossed = _GLOSSED_NAME.match(item) is not None
        if people and not glossed and people[-1].role is None:
            people[-1].role = item
        else:
            people.append(person_from_text(item))
    return people


def _body(article: Article, nodes: list[_Node]) -> None:
    i = 0
    while i < len(nodes):
        node = nodes[i]
        if node.kind == "image":
            figure = Figure(src=safe_url(node.src) or "", alt=node.text)
            if i + 1 < len(nodes) and nodes[i + 1].kind == "quote" and _labelled(nodes[i + 1].items):
                i += 1
                for line in nodes[i].items:
                    if (credit := _strip_label(line, CREDIT_LABELS)) is not None:
                        figure.credit = credit
                    elif (caption := _strip_label(line, CAPTION_LABELS)) is not None:
                        figure.caption = caption
            article.blocks.append(Block(type="figure", figure=len(article.figures)))
            article.figures.append(figure)
        elif node.kind == "heading":
            article.blocks.append(Block(type="heading", text=node.text, level=node.level))
        elif node.kind == "quote":
            article.blocks.append(Block(type="quote", text="\n".join(node.items)))
        elif node.kind == "list":
            article.blocks.append(Block(type="list", items=node.items))
        elif node.text:
            article.blocks.append(Block(type="paragraph", text=node.text))
        i += 1


def _labelled(lines: list[str]) -> bool:
    return any(_strip_label(line, CREDIT_LABELS + CAPTION_LABELS) is not None for line in lines)


def _strip_label(line: str, labels: tuple[str, ...]) -> str | None:
    for label in labels:
        if line.startswith(label.strip()):
            return line[len(label.strip()) :].strip()
    return None


def _all_text(article: Article) -> str:
    parts = [article.title, article.lead or ""]
    parts += [b.text or "\n".join(b.items) for b in article.blocks]
    return "\n".join(parts)


# --- markdown-it tokens → _Node ---------------------------------------------------------------


def _nodes(text: str) -> list[_Node]:
    lines = text.split("\n")
    tokens = _md.parse(text)
    nodes: list[_Node] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.type == "heading_open":
            nodes.append(_Node("heading", _inline_text(tokens[i + 1]), level=int(tok.tag[1:])))
            i += 3
        elif tok.type == "paragraph_open":
            inline = tokens[i + 1]
            image = _lone_image(inline)
            if image is not None:
                nodes.append(image)
            else:
                raw = "\n".join(lines[tok.map[0] : tok.map[1]]).strip() if tok.map else ""
                bold = len(raw) > 4 and raw.startswith("**") and raw.endswith("**")
                body = _inline_text(inline)
                if bold and body.startswith("**") and body.endswith("**"):
                    body = body[2:-2].strip()  # bold markers CommonMark did not pair (CJK punctuation)
                nodes.append(_Node("paragraph", body, bold=bold))
            i += 3
        elif tok.type in ("bullet_list_open", "ordered_list_open", "blockquote_open"):
            close = _closing(tokens, i)
            texts = [_inline_text(t) for t in tokens[i:close] if t.type == "inline"]
            kind = "quote" if tok.type == "blockquote_open" else "list"
            nodes.append(_Node(kind, items=[t for t in texts if t]))
            i = close + 1
        elif tok.type in ("fence", "code_block"):
            nodes.append(_Node("paragraph", tok.content.strip()))
            i += 1
        else:
            i += 1
    return nodes


def _closing(tokens: list[Token], i: int) -> int:
    depth = 0
    for j in range(i, len(tokens)):
        depth += tokens[j].nesting
        if depth == 0:
            return j
    return len(tokens) - 1


def _lone_image(inline: Token) -> _Node | None:
    children = [c for c in inline.children or [] if not (c.type == "text" and not c.content.strip())]
    if len(children) == 1 and children[0].type == "image":
        img = children[0]
        src = _md.normalizeLinkText(str(img.attrs.get("src", "")))
        return _Node("image", text=_inline_text(img), src=src)
    return None


def _inline_text(tok: Token) -> str:
    """Plain text of an inline token: markup dropped, soft breaks joined, hard breaks kept."""
    out: list[str] = []
    for child in tok.children or []:
        if child.type in ("text", "code_inline"):
            out.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            out.append("\n")
        elif child.type == "image":
            out.append(_inline_text(child))
    return join_lines("".join(out)).strip()


def join_lines(text: str) -> str:
    """Join soft-wrapped lines: nothing between CJK characters, one space between other words."""
    if "\n" not in text:
        return text
    pieces = [p.strip() for p in text.split("\n")]
    out = pieces[0]
    for p in pieces[1:]:
        if out and p and (language.is_cjk(out[-1]) or language.is_cjk(p[0]) or not out[-1].isascii()):
            out += p
        else:
            out += " " + p
    return out
