"""The work of ingesting one input: read it (or parse it), analyse it, and hand the document to the
archive's single writer. `prepare` is the worker that `newsmine.store.ingest.run` runs in its
processes; `ingest` and `reanalyze` wire it to the archive with the analysis version.

This module sits above read/, analyze/ and store/ (as api.py does), so that the store never imports
the readers or the analysis: `store.ingest.run` receives `prepare` as a function.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from typing import Any

from newsmine.errors import InputError, NewsmineError
from newsmine.model import Article, Doc, article_from_dict, article_to_dict
from newsmine.read.source import load_text
from newsmine.store.db import Store
from newsmine.store.ingest import Context, Result, Seen, Summary, Task, run, stale
from newsmine.store.write import IMPORTED, Fetch, content_hash
from newsmine.store.words import words

__all__ = ["ingest", "not_an_article", "prepare", "reanalyze", "warm_up"]

_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$", re.S)


def ingest(store: Store, tasks: Iterable[Task], *, jobs: int = 1, input_format: str = "auto",
           failures: Iterable[str] = (), seen: Seen | None = None,
           on_result: Callable[[Summary], None] | None = None) -> Summary:
    """Read, analyse and store `tasks` (files, JSON documents, pages in memory; any iterable, read
    lazily) in `jobs` worker processes through one writer; see `newsmine.store.ingest.run`."""
    from newsmine.analyze.version import pipeline_version

    share_cores(jobs)
    return run(store, tasks, prepare, version=pipeline_version(), jobs=jobs, input_format=input_format,
               failures=failures, seen=seen, on_result=on_result, warm_up=warm_up)


def reanalyze(store: Store, *, everything: bool = False, jobs: int = 1,
              on_result: Callable[[Summary], None] | None = None) -> Summary:
    """Redo the analysis of stored articles that an older pipeline produced (all with `everything`),
    keeping their ids, fetch times and metadata."""
    from newsmine.analyze.version import pipeline_version

    version = pipeline_version()
    share_cores(jobs)
    return run(store, stale(store, version, everything=everything), prepare, version=version, jobs=jobs,
               on_result=on_result, warm_up=warm_up)


def prepare(task: Task, context: Context) -> Result:
    """Read (or parse) and analyse one task; never raises."""
    try:
        return _prepare(task, context)
    except NewsmineError as exc:
        message = str(exc) if isinstance(exc, InputError) else f"{task.label}: {exc}"
        return Result(task.label, "failed", error=message)
    except Exception as exc:  # a bug must not stop the other articles; it is reported at the end
        return Result(task.label, "failed", error=f"{task.label}: unexpected {type(exc).__name__}: {exc}")


def not_an_article(article: Article) -> str | None:
    """Why a file that reads as text is still no article (no paragraph, only a table), else None."""
    texts = [article.lead or ""] + [b.text for b in article.blocks if b.type == "paragraph"]
    prose = [t for t in texts if t.strip() and not _TABLE_ROW.match(t)]
    if prose:
        return None
    if any(_TABLE_ROW.match(t) for t in texts if t.strip()):
        return "skipped, not an article (a table, no paragraph of text)"
    return "skipped, not an article (no paragraph of text)"


def is_import(task: Task) -> bool:
    """A newsmine/1 document to store as it is (a JSON Lines line or a .json file), not an article to analyse."""
    return task.article_id is None and task.page is None and (
        task.data is not None or (task.path or "").lower().endswith(".json"))


def _prepare(task: Task, context: Context) -> Result:
    from newsmine.analyze.pipeline import analyze

    if task.article_id is not None:
        stored = json.loads(task.data or "{}")
        article = article_from_dict(stored["article"])
        doc = analyze(article, source=stored.get("source"), anchor=stored.get("anchor")).to_dict()
        return _ready(task, doc, content_hash(stored["article"]), context.version, task.fetch)
    if is_import(task):
        return _imported(task, context)
    page = task.page
    if page is not None:
        from newsmine.read import read_bytes
        from newsmine.read.html.dates import to_iso

        fmt = page.format if page.format != "auto" else context.input_format
        article = read_bytes(page.content, page.url, input_format=fmt, charset=page.charset)
        article.url = page.url
        article.published = article.published or to_iso(page.meta.get("news_publication_date"))
        fetch = Fetch(page.fetched, page.digest, page.meta or None)
    else:
        from newsmine.read import read_article

        article = read_article(task.path or task.label, input_format=context.input_format)
        fetch = None
    if (task.path or page) and (why := not_an_article(article)):
        return Result(task.label, "skipped", error=f"{task.label}: {why}")
    digest = content_hash(article_to_dict(article))
    if digest in context.known:
        return Result(task.label, "same", digest=digest)
    source = page.source if page is not None else task.path
    return _ready(task, analyze(article, source=source).to_dict(), digest, context.version, fetch)


def _imported(task: Task, context: Context) -> Result:
    raw = task.data if task.data is not None else load_text(task.path or "")
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InputError(task.label, f"not JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(data, dict) or not isinstance(data.get("article"), dict):
        raise InputError(task.label, "not a newsmine/1 document (no \"article\" object)")
    if "\\u0000" in raw and _holds_nul(data):  # JSON text can hold a NUL only as that escape
        raise InputError(task.label, "holds a NUL character (\\u0000), which no archive can store")
    digest = content_hash(data["article"])
    if digest in context.known:
        return Result(task.label, "same", digest=digest)
    try:
        Doc.from_dict(data)  # validates the schema and every span
    except NewsmineError as exc:
        raise InputError(task.label, str(exc)) from None
    return _ready(task, data, digest, IMPORTED, None)


def _holds_nul(value: Any) -> bool:
    """True when a NUL character is anywhere in a parsed JSON value (PostgreSQL text cannot hold one)."""
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_holds_nul(k) or _holds_nul(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_holds_nul(v) for v in value)
    return False


def _ready(task: Task, doc: dict[str, Any], digest: str, version: str, fetch: Fetch | None) -> Result:
    search = (words(doc["article"]["title"]), words(doc["text"]))
    return Result(task.label, "new", doc, digest, version, search, article_id=task.article_id, fetch=fetch)


_WARM_UP = """# 港口新规

2025年3月4日，交通部长李明（Li Ming）在记者会上表示："新规将于下月实施。" Officials said the rules apply to all ports.
"""


def share_cores(jobs: int) -> None:
    """Give each of `jobs` worker processes its share of the machine's cores for tagging (one
    process alone tags on all of them)."""
    from newsmine.analyze import tagger

    tagger.use_threads(cores_per_worker(jobs) if jobs > 1 else None)


def cores_per_worker(jobs: int) -> int:
    """A worker's share of the machine's cores when `jobs` workers run on it."""
    from newsmine.analyze import tagger

    return max(1, tagger.cores() // jobs)


def warm_up(first: list[Task]) -> None:
    """Load jieba (the search index's segmenter, which every stored document needs) and, when some
    of the `first` tasks will be analysed, the tagger model and the lexicons, in this process by
    analysing one tiny built-in article, so forked workers share those pages copy-on-write instead
    of each loading its own copy (about a second of CPU for jieba alone, per worker)."""
    if all(is_import(t) for t in first):
        words(_WARM_UP)
        return
    from newsmine.analyze.pipeline import analyze
    from newsmine.read.markdown import read_markdown

    words(analyze(read_markdown(_WARM_UP)).text)
