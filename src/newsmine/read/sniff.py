"""What an input is, from its bytes: a web page, Markdown or plain text (the file name is only a hint)."""

from __future__ import annotations

import re
from typing import Literal

InputFormat = Literal["markdown", "html", "text"]
INPUT_FORMATS = ("auto", "markdown", "html", "text")

_HTML_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b",
                         re.I | re.S)
_HTML_TAGS = re.compile(rb"<(?:html|head|body)\b[^>]*>", re.I)
_HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz", ".xhtml", ".shtml")
_MARKDOWN_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+\S|^\S.*\n ?={3,}[ \t]*$", re.M)
_SNIFF = 4096


def is_html(data: bytes, source: str = "-") -> bool:
    """The bytes open like a page, or hold `<html>`/`<head>`/`<body>` near the start, or the name ends
    in `.html`/`.htm`/`.shtml` (a name alone never makes a page of text: the HTML reader then says so)."""
    head = data[:_SNIFF].removeprefix(b"\xef\xbb\xbf")
    return bool(_HTML_START.match(head) or _HTML_TAGS.search(head) or source.lower().endswith(_HTML_SUFFIXES))


def text_format(body: str, *, front_matter: bool = False) -> InputFormat:
    """`markdown` for a post with front matter or text with a `#` or `===`-underlined heading, else `text`."""
    return "markdown" if front_matter or _MARKDOWN_HEADING.search(body[:_SNIFF]) else "text"
