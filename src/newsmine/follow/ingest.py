"""Hand an Article to the archive through the same path as `newsmine ingest`."""

from __future__ import annotations

from newsmine.model import Article, article_to_dict
from newsmine.store.db import Store


def store_article(store: Store, article: Article, source: str) -> tuple[int | None, str]:
    """Analyse and store ARTICLE; (its id, "stored"), (None, "duplicate") or (None, why it is no article)."""
    from newsmine.analyze.pipeline import analyze
    from newsmine.cli.archive_ingest import not_an_article, pipeline_version
    from newsmine.follow.state import DUPLICATE, STORED
    from newsmine.store.write import content_hash, has_hash, put_doc

    if why := not_an_article(article):
        return None, why
    digest = content_hash(article_to_dict(article))
    if has_hash(store, digest):
        return None, DUPLICATE
    article_id = put_doc(store, analyze(article, source=source).to_dict(), pipeline=pipeline_version(), digest=digest)
    return article_id, STORED if article_id is not None else DUPLICATE
