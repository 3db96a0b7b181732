"""Run newsmine and trafilatura on the same page bytes, timing each (one process, same run)."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from newsmine.errors import NewsmineError  # noqa: E402
from newsmine.read.html import body_text, read_html  # noqa: E402


def newsmine_extract(data: bytes) -> dict[str, Any]:
    """newsmine's reading of one page: body text and the structured fields the benchmarks score."""
    try:
        article = read_html(data, "page")
    except NewsmineError:
        return {"text": "", "title": None, "authors": [], "date": None, "figures": []}
    return {"text": body_text(article), "title": article.title, "authors": [p.name for p in article.authors],
            "date": article.published, "figures": article.figures, "article": article}


def trafilatura_available() -> bool:
    try:
        import trafilatura  # noqa: F401
    except ImportError:
        return False
    return True


def trafilatura_extract(data: bytes) -> dict[str, Any]:
    """trafilatura's default text extraction of the same bytes (as ../shared/data/README.md measured it)."""
    import trafilatura

    return {"text": trafilatura.extract(data) or ""}


def trafilatura_decoded(data: bytes) -> dict[str, Any]:
    """trafilatura on the text newsmine decoded (its own charset guess fails on many GB2312 pages)."""
    import trafilatura

    from newsmine.read.encoding import decode_page

    try:
        text = decode_page("page", data)[0]
    except NewsmineError:
        return {"text": ""}
    return {"text": trafilatura.extract(text) or ""}


def trafilatura_full(data: bytes) -> dict[str, Any]:
    """trafilatura with metadata and images (Markdown output), for the structured-field benchmarks."""
    import trafilatura

    doc = trafilatura.bare_extraction(data, with_metadata=True, include_images=True, output_format="markdown")
    if doc is None:
        return {"text": "", "title": None, "authors": [], "date": None, "markdown": ""}
    d = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    authors = [a.strip() for a in (d.get("author") or "").split(";") if a.strip()]
    markdown = trafilatura.extract(data, include_images=True, output_format="markdown") or ""
    return {"text": d.get("text") or "", "title": d.get("title"), "authors": authors, "date": d.get("date"),
            "markdown": markdown}


def timed(fn: Callable[[bytes], dict[str, Any]], pages: list[bytes]) -> tuple[list[dict[str, Any]], float]:
    """Outputs and pages per second."""
    start = time.perf_counter()
    out = [fn(p) for p in pages]
    elapsed = time.perf_counter() - start
    return out, (len(pages) / elapsed if elapsed > 0 else 0.0)


def skip(name: str, path: Path | None) -> bool:
    if path is None or not path.exists():
        print(f"{name}: skipped (data not found at {path})")
        return True
    return False
