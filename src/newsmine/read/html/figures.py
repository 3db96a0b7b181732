"""Figures: an image's address with the caption and credit that belong to it.

A figure is read from its own container (`<figure>`, or a `<div>` holding one image and its
caption), so a caption is never borrowed from a neighbouring image. The credit is the part the
page marks as such (a credit/copyright/source class, a `图像来源，`/`Image source, ` label) or a
trailing `Photo: …`/`Foto: …`/`©…`/`(图片来源：…)` inside the caption (credits.py holds that wording).
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from newsmine.urls import path_of, safe_url

from newsmine.model import Figure
from newsmine.read.html.credits import (
    CAPTION_PREFIX,
    CREDIT_PREFIX,
    EMBEDDED_COPYRIGHT,
    LABEL_ONLY,
    SEPARATORS,
    TITLE_CREDIT,
    TRAILING_SLASH,
    clean_credit,
    split_caption,
)
from newsmine.read.html.dom import IMAGE_TAGS, IMAGES, Node, attr, class_id, clean, descendant, text_of

__all__ = ["clean_credit", "image_src", "read_figure", "split_caption"]

CREDIT_LABELS = ("图像来源，", "圖像來源，", "Image source, ", "Image source,", "图片来源，", "圖片來源，")
CAPTION_LABELS = ("图像加注文字，", "圖像加註文字，", "图像加註文字，", "Image caption, ", "Image caption,",
                  "视频加注文字，", "視頻加註文字，", "Video caption, ")
_CREDIT_CLASS = re.compile(r"credit|copyright|photographer|attribution|rights|licen[cs]e|(?<![a-z])source|"
                           r"(?:bild|foto|photo|img|image)-?(?:autor|nachweis|quelle)|"
                           r"(?<![a-z])author|byline|urheber|fotograf|quelle|copy(?![a-z])")
_CAPTION_CLASS = re.compile(r"caption|legend|description|cutline|figcaption|bildunterschrift|subtitle|"
                            r"img-?text|image-?text|photo-?text|desc")
_BUTTON_CLASS = re.compile(r"(?:^|[\s_-])(?:button|btn)(?:$|[\s_-])", re.I)
_EMPTY_BRACKETS = re.compile(r"\s*[(（\[]\s*[)）\]]")
_LOOSE_CAPTION = "small, span, em, i, p, div"
_MIN_LOOSE_CAPTION = 12
_LETTERS = re.compile(r"[^\W\d_]")
_SIZE_WORDS = re.compile(r"(\d+)w")
PLACEHOLDER = re.compile(r"^data:|placeholder|blank\.gif|spacer|transparent|1x1|pixel\.gif|grey-placeholder|"
                         r"(?:icon|logo|sprite|indicator)[^/]*\.svg(?:$|\?)", re.I)  # interface icons are no pictures


def image_src(img: Node, base_url: str | None) -> str | None:
    """The image's real address: lazy-loading attributes and the largest `srcset` entry first."""
    candidates = [attr(img, k) for k in ("data-src", "data-original", "data-lazy-src", "data-url", "data-srcset",
                                         "data-full-src", "data-hi-res-src", "src")]
    srcset = attr(img, "srcset") or attr(img, "data-srcset")
    if srcset:
        best = _largest(srcset)
        if best:
            candidates.insert(0, best)
    for src in candidates + _picture_sources(img):
        src = src.strip().split(" ")[0] if src else ""
        if src and not PLACEHOLDER.search(src):
            return safe_url(src, base_url)
    return None


def _picture_sources(img: Node) -> list[str]:
    """The largest entry of each `<source>` of the image's `<picture>`: the only address of an image
    whose own `src` is left for script to fill in."""
    if img.parent is None or img.parent.tag != "picture":
        return []
    out = []
    for source in img.parent.css("source"):
        best = _largest(attr(source, "srcset") or attr(source, "data-srcset") or attr(source, "srcSet"))
        if best:
            out.append(best)
    return out


def srcset_urls(srcset: str) -> list[tuple[str, int]]:
    """(url, width) pairs of a `srcset`, parsed as the HTML standard does (URLs may hold commas)."""
    out: list[tuple[str, int]] = []
    pos, n = 0, len(srcset)
    while pos < n:
        while pos < n and (srcset[pos].isspace() or srcset[pos] == ","):
            pos += 1
        start = pos
        while pos < n and not srcset[pos].isspace():
            pos += 1
        url = srcset[start:pos].rstrip(",")
        descriptor = ""
        if not srcset[start:pos].endswith(","):
            end = srcset.find(",", pos)
            end = n if end == -1 else end
            descriptor, pos = srcset[pos:end].strip(), end + 1
        if url:
            m = _SIZE_WORDS.match(descriptor)
            out.append((url, int(m.group(1)) if m else 0))
    return out


def _largest(srcset: str) -> str | None:
    urls = srcset_urls(srcset)
    return max(urls, key=lambda u: u[1])[0] if urls else None


def image_names(img: Node) -> set[str]:
    """The file names an image is known by (src, lazy attributes, every srcset entry)."""
    urls = [attr(img, k) for k in ("src", "data-src", "data-original", "data-lazy-src", "data-url")]
    for key in ("srcset", "data-srcset"):
        urls += [u for u, _ in srcset_urls(attr(img, key))]
    if img.parent is not None and img.parent.tag == "picture":
        for source in img.parent.css("source"):
            for key in ("srcset", "data-srcset"):
                urls += [u for u, _ in srcset_urls(attr(source, key))]
    return {file_key(u) for u in urls if u and not u.startswith("data:")}


def file_key(url: str) -> str:
    """The last path segment of an image address, lower-cased: how two sizes of one image agree."""
    path = path_of(url.strip()).rstrip("/")
    return unquote(path.rsplit("/", 1)[-1]).lower()


def strip_label(text: str, labels: tuple[str, ...]) -> tuple[str, bool]:
    """Text without a leading accessibility label, and whether one was there."""
    for label in labels:
        if text.startswith(label.strip()):
            return text[len(label.strip()) :].strip(), True
    return text, False


def read_figure(node: Node, base_url: str | None) -> Figure | None:
    """A Figure from a container holding one image (or None when it holds no usable image)."""
    img = _main_image(node)
    if img is None:
        return None
    src = image_src(img, base_url)
    if not src:
        return None
    # a second <figcaption> that is only a credit (`Image Credits: X`) beside the caption's own
    figcaptions = node.css("figcaption")
    credit_captions = [f for f in figcaptions if len(figcaptions) > 1 and len(t := text_of(f)) <= 120
                       and CREDIT_PREFIX.match(t)]
    credit_nodes = [n for n in node.css("*") if _is_credit_node(n)
                    and not any(n.mem_id == f.mem_id or _contains(f, n) for f in credit_captions)] + credit_captions
    credit_nodes = [n for n in credit_nodes if not any(_contains(n, o) for o in credit_nodes if o is not n)]
    credits = [t for n in credit_nodes if (t := clean_credit(strip_label(text_of(n), CREDIT_LABELS)[0]))
               and not LABEL_ONLY.match(t)]
    credit = " ".join(dict.fromkeys(credits)) or None
    caption_node = next((f for f in figcaptions if f not in credit_captions), None) or next(
        (n for n in node.css("*") if _CAPTION_CLASS.search(class_id(n)) and n.css_first(IMAGES) is None), None)
    if caption_node is None and node.tag not in IMAGE_TAGS:
        # an image box's own paragraph is its caption; else a <figcaption> just after the box;
        # else its one short unmarked text (`<small>`, `<span>`)
        credit_texts = {text_of(n) for n in credit_nodes}
        caption_node = next((p for p in node.css("p") if p.css_first(IMAGES) is None and text_of(p)
                             and text_of(p) not in credit_texts and not strip_label(text_of(p), CREDIT_LABELS)[1]
                             and not any(_contains(p, n) and text_of(n) == text_of(p) for n in credit_nodes)), None)
        if caption_node is None and (caption_node := _caption_beside(node)) is not None and credit is None:
            inner = [n for n in caption_node.css("*") if _is_credit_node(n)]
            credit_nodes += inner
            credit = " ".join(dict.fromkeys(t for n in inner if (t := clean_credit(text_of(n))))) or None
        if caption_node is None and node.tag != "picture":
            caption_node = _loose_caption(node, credit_nodes)
            if caption_node is not None and credit is None and (line := _credit_line_after(caption_node)):
                credit, credit_nodes = clean_credit(text_of(line)), credit_nodes + [line]
    caption = None
    if caption_node is not None:
        caption = _caption_text(caption_node, {n.mem_id for n in credit_nodes})
        if credit is None and (first := _leading_credit_child(caption_node, caption)) is not None:
            credit = clean_credit(first)
            caption = caption[len(first):].strip()
        caption = strip_label(caption, CAPTION_LABELS)[0]
        caption = strip_label(caption, CREDIT_LABELS)[0] if credit is None else caption
        if credit is None and (last := _trailing_credit_child(caption_node, caption)) is not None:
            credit = clean_credit(last)
            caption = caption[: len(caption) - len(last)].strip()
    if credit and not caption and (inside := EMBEDDED_COPYRIGHT.match(credit)):
        caption, credit = inside.group(1).strip(), clean_credit(inside.group(2))  # "caption © credit" in one node
    if caption and credit is None:
        caption, credit = split_caption(caption)
    elif caption and credit and (tail := TRAILING_SLASH.search(caption)):
        caption, credit = caption[: tail.start()], f"{credit} /{tail.group(1).strip()}"  # "… /AFP via Getty Images"
    if caption and credit is None and len(caption) <= 120 and CREDIT_PREFIX.match(caption):
        caption, credit = None, clean_credit(caption)  # the box's only text is its credit (`Photo: AFP`)
    if caption:
        caption = _EMPTY_BRACKETS.sub("", caption)
        caption = CAPTION_PREFIX.sub("", caption).strip(SEPARATORS + " ")
    alt = " ".join((attr(img, "alt") or attr(img, "title")).split())
    if credit is None and (titled := TITLE_CREDIT.match(" ".join(attr(img, "title").split()))):
        if titled.group(1) in (alt, caption or ""):
            credit = clean_credit(titled.group(2))  # title="alt text | Agency"
    return Figure(src=src, alt=alt, caption=caption or None, credit=credit or None)


def _caption_text(caption_node: Node, credit_ids: set[int]) -> str:
    """A caption element's text without its credit elements and its controls (buttons, hidden
    `Show more` toggles, shop links)."""
    parts: list[str] = []
    stack = list(caption_node.iter(include_text=True))[::-1]  # no recursion: captions may nest deeply
    while stack:
        child = stack.pop()
        if child.tag == "-text":
            parts.append(child.text_content or "")
        elif child.mem_id in credit_ids or _is_control(child):
            parts.append(" ")
        elif child.tag not in ("script", "style", "svg"):
            stack.extend(list(child.iter(include_text=True))[::-1])
    return clean("".join(parts))


def _loose_caption(node: Node, credit_nodes: list[Node]) -> Node | None:
    """The first innermost text element of an image box that is neither a credit nor a control
    (`<button>`, a link) nor a scrap such as a `1 / 5` counter: the caption of boxes that mark none."""
    for n in node.css(_LOOSE_CAPTION):
        text = text_of(n)
        if not _caption_like(text) or n.css_first(IMAGES) is not None:
            continue
        if any(n.mem_id == c.mem_id or _contains(c, n) for c in credit_nodes):
            continue
        if any(_contains(n, c) and text_of(c) == text for c in credit_nodes):
            continue
        if _inside_control(n, node) or descendant(n, "div, p, span, small") is not None:
            continue  # innermost text elements only
        return n
    return None


def _caption_like(text: str) -> bool:
    """Words, not a scrap: several space-separated words with letters in them, not a date, a
    counter or a single label."""
    return len(text) >= _MIN_LOOSE_CAPTION and " " in text and len(_LETTERS.findall(text)) >= _MIN_LOOSE_CAPTION // 2


def _credit_line_after(caption_node: Node) -> Node | None:
    """An unmarked caption's next element when it is a name-like line of up to five words with
    no sentence in it (`REUTERS`, `Getty Images`): the credit printed under the caption."""
    after = _next_element(caption_node)
    if after is None or after.tag not in ("div", "span", "small", "p", "em", "i", "cite") or descendant(after, "*"):
        return None
    text = text_of(after)
    if not text or len(text) > 40 or len(text.split()) > 5 or text[-1] in ".!?:" or _is_control(after):
        return None
    return after


def _caption_beside(box: Node) -> Node | None:
    """A `<figcaption>` written just after the image's `<figure>` or box (or after the wrapper
    holding only it)."""
    node: Node | None = box
    for _ in range(2):
        if node is None:
            return None
        after = _next_element(node)
        if after is not None:
            return after if after.tag == "figcaption" else None
        node = node.parent
    return None


def _next_element(node: Node) -> Node | None:
    sib = node.next
    while sib is not None and sib.tag in ("-text", "-comment") and not (sib.text_content or "").strip():
        sib = sib.next
    return sib if sib is not None and sib.tag not in ("-text", "-comment") else None


def _leading_credit_child(caption_node: Node, caption: str) -> str | None:
    """A short first element of a caption set apart by a line break or marked as a credit:
    `<figcaption><span>Agency</span><br>Caption…</figcaption>`."""
    first = next((c for c in caption_node.iter() if c.tag != "-text"), None)
    if first is None or first.tag not in ("span", "small", "em", "i", "b", "strong", "cite"):
        return None
    text = text_of(first)
    if not text or len(text) > 60 or not caption.startswith(text) or len(caption) < 2 * len(text):
        return None
    after = _next_element(first)
    if (after is not None and after.tag == "br") or CREDIT_PREFIX.match(text):
        return text
    return None


def _inside_control(n: Node, box: Node) -> bool:
    p: Node | None = n
    while p is not None and p.mem_id != box.mem_id:
        if p.tag in ("a", "noscript", "label") or _is_control(p):
            return True
        p = p.parent
    return False


def _trailing_credit_child(caption_node: Node, caption: str) -> str | None:
    """The text of a short last element inside a caption (`<small>`, `<cite>`, `<span>`…) that ends it:
    how many pages print the credit after the caption text."""
    children = [c for c in caption_node.iter() if c.tag not in ("br",) and not _is_control(c)]
    if len(children) < 1 or not caption:
        return None
    last = children[-1]
    text = text_of(last)
    if last.tag in ("p", "div") and len(children) == 1:
        return None
    if not text or not caption.endswith(text) or len(text) > 80 or len(text) > 0.6 * len(caption):
        return None
    if last.tag in ("small", "cite", "em", "i", "span", "strong", "b") or CREDIT_PREFIX.match(text):
        return text
    return None


def _main_image(node: Node) -> Node | None:
    if node.tag in IMAGE_TAGS:
        return node
    for img in node.css(IMAGES):
        if PLACEHOLDER.search(attr(img, "src")) and not (attr(img, "data-src") or attr(img, "srcset")):
            continue
        if _tiny(img):
            continue
        return img
    return None


def _tiny(img: Node) -> bool:
    for key in ("width", "height"):
        value = attr(img, key)
        if value.isdigit() and int(value) < 50:
            return True
    return False


def _is_control(n: Node) -> bool:
    """A button, toggle or shop link (`Vis mer`, `View 3 images`, `$139 at Shop`), or a hidden
    element: page controls, never caption or credit."""
    a = n.attributes
    if n.tag == "button" or (a.get("role") or "").lower() == "button":
        return True
    if "hidden" in a or "display:none" in (a.get("style") or "").replace(" ", "").lower():
        return True  # not shown (`aria-hidden` text is shown: it is only kept from screen readers)
    return n.tag == "a" and ("sponsored" in (a.get("rel") or "") or bool(_BUTTON_CLASS.search(a.get("class") or "")))


def _is_credit_node(n: Node) -> bool:
    if _is_control(n) or n.tag in IMAGE_TAGS or n.tag in ("picture", "source", "figcaption"):
        return False
    if n.css_first(f"{IMAGES}, figcaption") is not None:
        return False
    text = text_of(n)
    if not text or len(text) > 200:
        return False
    if any(text.startswith(label.strip()) and len(text) > len(label.strip()) for label in CREDIT_LABELS):
        return True
    if len(text) <= 120 and CREDIT_PREFIX.match(text) and descendant(n, _LOOSE_CAPTION) is None:
        return True  # `<small>© Name</small>`, `<span>Foto: Name</span>`
    return bool(_CREDIT_CLASS.search(class_id(n))) and len(text) <= 120


def _contains(outer: Node, inner: Node) -> bool:
    p = inner.parent
    while p is not None:
        if p.mem_id == outer.mem_id:
            return True
        p = p.parent
    return False
