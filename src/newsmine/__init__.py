"""newsmine: news articles → structured, cited knowledge (who said what, to whom, when, where).

    import newsmine
    doc = newsmine.analyze(Path("article.md"))   # or Markdown/HTML/plain text as str or bytes
    doc.entities, doc.quotes, doc.times, doc.events, doc.topics; doc.to_json()

`analyze`, `read`, `load` and the `Doc`/`Article` types are imported on first use, so that
`import newsmine` (and `newsmine --help`) stays fast. `newsmine.analyze` and `newsmine.read` are
also packages (analysis, readers); they are callable, so both uses work (see callable_package.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsmine.api import Analyzer, analyze, load, read
    from newsmine.model import Article, Doc

__all__ = ["Analyzer", "Article", "Doc", "analyze", "load", "read", "__version__"]
_LAZY = {"Analyzer": "newsmine.api", "load": "newsmine.api", "Article": "newsmine.model", "Doc": "newsmine.model"}


def __getattr__(name: str) -> Any:
    import importlib

    if name == "__version__":  # looked up on demand: importlib.metadata is slow to import
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("newsmine")
        except PackageNotFoundError:  # running from a source tree that was not installed
            return "0.0.0+unknown"
    if name in ("analyze", "read"):  # packages of the same name, callable as `newsmine.api.analyze`/`read`
        return importlib.import_module(f"newsmine.{name}")
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'newsmine' has no attribute {name!r}")
