"""Front matter (Jekyll, Hugo): the YAML (`---`) or TOML (`+++`) block that opens a post.

It gives the article's title, date, authors and address; it is metadata, never article text.
"""

from __future__ import annotations

import re
import tomllib
from typing import Any

from newsmine.errors import NotAnArticle
from newsmine.model import Article
from newsmine.read.markdown import person_from_text

_YAML = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_TOML = re.compile(r"\A\+\+\+[ \t]*\n(.*?)\n\+\+\+[ \t]*(?:\n|\Z)", re.S)
_URL_KEYS = ("url", "canonical_url", "canonicalURL", "canonical", "link", "source_url")
_DATE_KEYS = ("date", "published", "publishDate", "pubDate")


def split_front_matter(text: str, source: str = "-") -> tuple[dict[str, Any], str]:
    """(the front matter as a mapping, the text after it); `({}, text)` when there is none."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n")
    if m := _YAML.match(text):
        import yaml

        try:
            meta = yaml.safe_load(m.group(1))
        except yaml.YAMLError as exc:
            raise NotAnArticle(source, f"has front matter that is not valid YAML ({_first_line(exc)})") from None
    elif m := _TOML.match(text):
        try:
            meta = tomllib.loads(m.group(1))
        except tomllib.TOMLDecodeError as exc:
            raise NotAnArticle(source, f"has front matter that is not valid TOML ({exc})") from None
    else:
        return {}, text
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise NotAnArticle(source, "has front matter that is not a set of `key: value` lines")
    return meta, text[m.end():]


def front_title(meta: dict[str, Any]) -> str | None:
    """The post's title, when its front matter gives one."""
    title = meta.get("title")
    return str(title).strip() or None if title is not None else None


def apply_front_matter(article: Article, meta: dict[str, Any]) -> None:
    """Fill the Article's date, authors and address from the front matter (it wins over the text)."""
    from newsmine.read.html.dates import to_iso

    date = next((meta[k] for k in _DATE_KEYS if meta.get(k)), None)
    if date is not None and (iso := to_iso(str(date))):
        article.published = iso
    authors = meta.get("authors", meta.get("author"))
    names = authors if isinstance(authors, list) else [authors] if authors else []
    people = [person_from_text(_name(n)) for n in names if _name(n)]
    if people:
        article.authors = people
    url = next((str(meta[k]) for k in _URL_KEYS if meta.get(k)), None)
    if url and url.startswith(("http://", "https://")):
        article.url = url


def _name(value: Any) -> str:
    """An author written as a string, or as a mapping with a `name` (Hugo's and Jekyll's author data)."""
    if isinstance(value, dict):
        value = value.get("name", "")
    return str(value or "").strip()


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
