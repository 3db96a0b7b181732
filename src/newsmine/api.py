"""The Python API: `analyze(source) -> Doc` and `read(source) -> Article`, over one reused pipeline.

A source is Markdown, HTML or plain text as `str` or `bytes`, or a path (`pathlib.Path`, or a
one-line `str` naming a file). What it is comes from its content (see `newsmine.read`).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from datetime import date as Date
from functools import cache
from pathlib import Path

from newsmine.errors import UnreadableInput
from newsmine.model import Article, Doc

Source = str | bytes | os.PathLike[str]
_PATH_SUFFIXES = (".md", ".markdown", ".txt", ".html", ".htm", ".gz", ".shtml", ".php", ".aspx", ".xhtml")


class Analyzer:
    """A loaded analysis pipeline: call it on sources as often as needed (lexicons and the tagger
    are loaded once per process, on the first call)."""

    def __init__(self, components: Sequence[str] | None = None) -> None:
        """`components` names registered pipeline components in order; default: the full pipeline."""
        from newsmine.analyze.pipeline import DEFAULT_PIPELINE, Pipeline

        self.pipeline = Pipeline(components or DEFAULT_PIPELINE)

    def __call__(self, source: Source, *, date: str | Date | None = None, url: str | None = None,
                 format: str | None = None) -> Doc:
        """Read and analyse one source; see `newsmine.analyze`."""
        from newsmine.analyze.pipeline import make_doc

        article = read(source, url=url, format=format)
        anchor = date.isoformat() if isinstance(date, Date) else date
        return self.pipeline(make_doc(article, source=_name(source), anchor=anchor))

    def pipe(self, sources: Iterable[Source], **options: str | Date | None) -> Iterator[Doc]:
        """Analyse sources one after another with the same options (a generator, as spaCy's `nlp.pipe`)."""
        for source in sources:
            yield self(source, **options)  # type: ignore[arg-type]


@cache
def load() -> Analyzer:
    """The default Analyzer, built once per process and shared by `newsmine.analyze`."""
    return Analyzer()


def analyze(source: Source, *, date: str | Date | None = None, url: str | None = None,
            format: str | None = None) -> Doc:
    """Read and analyse a news article into a Doc (the `newsmine/1` document).

    `date` (YYYY-MM-DD) anchors relative times (`周三`, `昨天`), defaulting to the article's own date;
    `url` is the article's address when the source does not give one; `format` forces `markdown`,
    `html` or `text` instead of deciding by the content. Raises `newsmine.errors.InputError` for a
    source that is not an article.
    """
    return load()(source, date=date, url=url, format=format)


def read(source: Source, *, url: str | None = None, format: str | None = None) -> Article:
    """Read a source into an Article (structure only: title, byline, date, blocks, figures), without analysis."""
    from newsmine.read import INPUT_FORMATS, read_article, read_bytes

    fmt = format or "auto"
    if fmt not in INPUT_FORMATS:
        raise ValueError(f"format must be one of {', '.join(INPUT_FORMATS)}, not {format!r}")
    if isinstance(source, bytes):
        article = read_bytes(source, "<bytes>", input_format=fmt)
    elif isinstance(source, os.PathLike) or _names_a_file(source):
        article = read_article(os.fspath(source), input_format=fmt)
    else:
        article = read_bytes(source.encode("utf-8"), "<text>", input_format=fmt)
    if url and not article.url:
        article.url = url
    return article


def _names_a_file(source: str) -> bool:
    """A one-line string that is an existing file, or that looks like a file name (then it must exist)."""
    if _is_file(source):
        return True
    if "\n" not in source and len(source.split()) == 1:
        if source.lower().startswith(("http://", "https://")):
            raise UnreadableInput(source, "is a web address; newsmine reads no network: pass the page's bytes or file")
        if source.lower().endswith(_PATH_SUFFIXES):
            raise UnreadableInput(source, "no such file")
    return False


def _is_file(source: str) -> bool:
    """Does a one-line string name an existing file? (Text too long for a file name does not.)"""
    if "\n" in source or len(source) > 4096:
        return False
    try:
        return Path(source).is_file()
    except (OSError, ValueError):  # a name too long for the file system, or with a NUL character
        return False


def _name(source: Source) -> str | None:
    """How the Doc records its source: the path when it came from a file."""
    if isinstance(source, os.PathLike):
        return os.fspath(source)
    return source if isinstance(source, str) and _is_file(source) else None
