"""Readers: sources (web pages, Markdown, plain text; files, bytes or standard input) → Article.

What an input is comes from its bytes (`sniff`), not its name: a page is HTML wherever it came
from (`.shtml`, `.php`, no extension, stdin); text with a `#` heading is Markdown, other text is
plain text whose first line is the title. Front matter (Jekyll/Hugo) is metadata. Readers never analyse.
The package is callable: `newsmine.read(source, ...)` is the public `newsmine.api.read`.
"""

from __future__ import annotations

from newsmine.callable_package import make_callable
from newsmine.errors import UnreadableInput
from newsmine.model import Article
from newsmine.read.limits import check_article
from newsmine.read.markdown import read_markdown
from newsmine.read.sniff import INPUT_FORMATS, InputFormat, is_html, text_format
from newsmine.read.source import STDIN, decode_text, load_input

__all__ = ["STDIN", "INPUT_FORMATS", "InputFormat", "read_article", "read_bytes", "read_markdown"]


def read_article(source: str, *, input_format: str = "auto") -> Article:
    """Read one source (a path, or `-` for standard input) into an Article.

    `input_format` is `auto` (decided by the bytes) or `markdown`, `html`, `text` to override.
    """
    try:
        data = load_input(source)
    except OSError as exc:  # a name the file system refuses outright (too long, …)
        raise UnreadableInput(source, f"cannot be read ({exc.strerror or exc})") from None
    return read_bytes(data, source, input_format=input_format)


def read_bytes(data: bytes, source: str = "-", *, input_format: str = "auto", charset: str | None = None) -> Article:
    """Read an input's bytes into an Article; `source` names it in errors; `charset` is what an HTTP
    `Content-Type` declared for a page (checked against the bytes like a `<meta charset>`)."""
    from newsmine.read.frontmatter import apply_front_matter, front_title, split_front_matter

    if input_format == "html" or (input_format == "auto" and is_html(data, source)):
        from newsmine.read.html import read_html

        return check_article(read_html(data, source, charset=charset), source)
    meta, body = split_front_matter(decode_text(source, data), source)
    fmt = text_format(body, front_matter=bool(meta)) if input_format == "auto" else input_format
    title = front_title(meta)
    if fmt == "markdown":
        article = read_markdown(body, source, title=title)
    else:
        from newsmine.read.text import read_text

        article = read_text(body, source, title=title)
    apply_front_matter(article, meta)
    return check_article(article, source)


make_callable(__name__, "read")
