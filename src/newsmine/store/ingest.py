"""Ingest as a library: workers prepare tasks, ONE writer stores them, whole articles only.

    tasks (any iterable, consumed lazily) ──▶ Seen (url / payload digest already in?) ──▶ worker
    processes: worker(task, context) -> Result ──▶ this process: put_doc, the results that came
    back together in one transaction (if one of them fails, each alone in its own)

`ingest`, `reanalyze`, `follow` and `batch` all go through `run`. The store may import only the
model, so the worker that reads and analyses (`newsmine.work.prepare`) is passed in: it must be a
module-level function (workers receive it by reference). An interrupted run leaves whole articles
only, and a rerun picks up where it stopped: the content hashes already stored go to the workers
(`Context.known`), which skip those articles before analysing them.
"""

from __future__ import annotations

import gc
import json
import multiprocessing
import os
import queue
import time
from collections.abc import Callable, Iterable, Iterator, Sized
from dataclasses import dataclass, field
from functools import partial
from itertools import chain, islice
from typing import Any

from newsmine.errors import NewsmineError
from newsmine.model import Page
from newsmine.store.db import Store, StoreError
from newsmine.store.write import IMPORTED, Fetch, put_doc

CHUNK = 4
"""Tasks sent to a worker at once."""
CHUNKS_PER_WORKER = 2
"""Chunks in flight per worker: enough to keep each busy, few enough that a stream of millions of
WARC records never sits in memory (at most jobs × CHUNK × CHUNKS_PER_WORKER tasks are held)."""


@dataclass(frozen=True)
class Task:
    """One article to prepare: a file to read (`path`), a JSON document (`data`, with `path` naming
    the file it came from), a stored article to redo (`article_id` and its stored document in `data`,
    `fetch` carried over), or a page held in memory (`page`). A task with an `error` is an input
    that failed before it could become an article (a damaged WARC file): counted as a failure."""

    label: str
    path: str | None = None
    data: str | None = None
    article_id: int | None = None
    page: Page | None = None
    fetch: Fetch | None = None
    error: str | None = None

    @classmethod
    def of_page(cls, page: Page) -> Task:
        """A task for a fetched page, labelled by its URL."""
        return cls(page.url, page=page)


@dataclass
class Result:
    """What a worker made of a task. `status`: `new` (a document to store), `same` (its content is
    stored already), `skipped` (not an article, with the reason in `error`) or `failed`."""

    label: str
    status: str
    doc: dict[str, Any] | None = None
    digest: str | None = None
    pipeline: str | None = None
    search: tuple[str, str] | None = None
    error: str | None = None
    article_id: int | None = None
    fetch: Fetch | None = None


@dataclass(frozen=True)
class Context:
    """What every worker needs besides its task: the content hashes stored already, the analysis
    version to record, and how to read inputs (`auto`, `markdown`, `html`, `text`)."""

    known: frozenset[str]
    version: str
    input_format: str = "auto"


Worker = Callable[[Task, Context], Result]
"""Prepare one task; never raises (a failure is a `failed` Result naming the input)."""


@dataclass
class Summary:
    """Counts so far (passed to the progress callback after every result) and at the end."""

    total: int = 0
    new: int = 0
    same: int = 0
    duplicates: int = 0
    failures: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def done(self) -> int:
        return self.new + self.same + self.duplicates + len(self.failures) + len(self.skipped)

    @property
    def rate(self) -> float:
        return self.done / self.seconds if self.seconds > 0 else 0.0


class Seen:
    """De-duplication of pages before analysis: a page whose URL or payload digest is in the archive
    already, or came earlier in this run, is not analysed again. Memory grows with the pages of the
    run (one URL and digest each), not with the archive, which is asked through its indexes.
    Without a store, only the pages of this run count."""

    def __init__(self, store: Store | None = None, *, by_url: bool = True, by_digest: bool = True) -> None:
        self.store, self.by_url, self.by_digest = store, by_url, by_digest
        self._urls: set[str] = set()
        self._digests: set[str] = set()

    def __call__(self, page: Page) -> bool:
        """True when `page` is a duplicate; otherwise remember it and return False."""
        url = page.url if self.by_url else None
        digest = page.digest if self.by_digest else None
        if (url and url in self._urls) or (digest and digest in self._digests):
            return True
        if self.store is not None and self._stored(url, digest):
            return True
        if url:
            self._urls.add(url)
        if digest:
            self._digests.add(digest)
        return False

    def _stored(self, url: str | None, digest: str | None) -> bool:
        assert self.store is not None
        if url and self.store.one("SELECT 1 AS x FROM articles WHERE url = ? LIMIT 1", (url,)):
            return True
        return bool(digest and self.store.one("SELECT 1 AS x FROM articles WHERE payload_digest = ? LIMIT 1",
                                              (digest,)))


def run(store: Store, tasks: Iterable[Task], worker: Worker, *, version: str, jobs: int = 1,
        input_format: str = "auto", failures: Iterable[str] = (), seen: Seen | None = None,
        on_result: Callable[[Summary], None] | None = None,
        warm_up: Callable[[list[Task]], None] | None = None) -> Summary:
    """Prepare `tasks` with `worker` in `jobs` processes and store each new article whole (the results that
    come back together share a transaction; if one of them fails, each is stored alone).

    `tasks` is consumed lazily (a generator of millions of WARC records is fine); `version` is the
    analysis version recorded with analysed articles; `failures` are problems found before the run
    (reported with the others); `seen` drops duplicate pages before they reach a worker; `on_result`
    gets the Summary after every task; `warm_up(first_tasks)` runs before the workers are forked
    (to load models once and share them copy-on-write).
    """
    summary = Summary(total=len(tasks) if isinstance(tasks, Sized) else 0, failures=list(failures))
    counted = isinstance(tasks, Sized)
    context = Context(stored_hashes(store), version, input_format)
    started = time.perf_counter()

    def report() -> None:
        summary.seconds = time.perf_counter() - started
        if on_result:
            on_result(summary)

    def admitted() -> Iterator[Task]:
        for task in tasks:
            if not counted:
                summary.total += 1
            if task.error is not None:
                summary.failures.append(task.error)
                report()
                continue
            if seen is not None and task.page is not None and seen(task.page):
                summary.duplicates += 1
                report()
                continue
            yield task

    for results in _results(admitted(), worker, context, jobs, warm_up):
        if not _store_together(store, results, summary):
            for result in results:
                _store(store, result, summary)
        for _ in results:
            report()
    summary.seconds = time.perf_counter() - started
    return summary


def _store_together(store: Store, results: list[Result], summary: Summary) -> bool:
    """Store results that arrived together in one transaction (one commit, and SQLite's full-text
    index written once, instead of one per article); False, with nothing stored or counted, when
    fewer than two are new or any of them fails (then each goes alone through `_store`)."""
    if sum(r.status == "new" and r.doc is not None for r in results) < 2:
        return False
    stored: list[int | None] = []
    try:
        with store.transaction():
            for result in results:
                if result.status == "new" and result.doc is not None:
                    stored.append(_put(store, result))
    except Exception:  # rolled back: the articles are stored one by one, each failure named
        return False
    ids = iter(stored)
    for result in results:
        if result.status == "new" and result.doc is not None:
            if next(ids) is None:
                summary.same += 1
            else:
                summary.new += 1
        else:
            _store(store, result, summary)
    return True


def _put(store: Store, result: Result) -> int | None:
    assert result.doc is not None
    return put_doc(store, result.doc, pipeline=result.pipeline or IMPORTED, digest=result.digest,
                   replace=result.article_id, search=result.search, fetch=result.fetch)


def _store(store: Store, result: Result, summary: Summary) -> None:
    """The single writer: count the result, storing a new document in its own transaction."""
    if result.status == "failed":
        summary.failures.append(result.error or result.label)
    elif result.status == "skipped":
        summary.skipped.append(result.error or result.label)
    elif result.status == "same" or result.doc is None:
        summary.same += 1
    else:
        try:
            stored = _put(store, result)
        except NewsmineError as exc:
            summary.failures.append(f"{result.label}: {exc}")
        except Exception as exc:
            refused = store.refused(exc)
            if refused is None:
                raise
            if not refused:  # the archive failed: stop, keeping every article stored before this one
                raise StoreError(f"{store.name}: storing {result.label} failed ({exc}); "
                                 "the articles stored before it are kept, a rerun goes on from there") from None
            summary.failures.append(f"{result.label}: the archive refused it ({exc})")
        else:
            if stored is None:
                summary.same += 1
            else:
                summary.new += 1


def stored_hashes(store: Store) -> frozenset[str]:
    """The content hashes of every stored article (`Context.known`: workers skip those unanalysed)."""
    return frozenset(r["hash"] for r in store.query("SELECT hash FROM articles"))


def stale(store: Store, version: str, *, everything: bool = False) -> list[Task]:
    """Stored articles whose analysis is not `version` (all of them with `everything`); imported
    JSON documents only with `everything`."""
    rows = store.query("SELECT id, pipeline, doc, fetched_at, payload_digest, meta FROM articles ORDER BY id")
    return [Task(f"article {r['id']}", data=r["doc"], article_id=int(r["id"]), fetch=_fetch_of(r)) for r in rows
            if everything or (r["pipeline"] != version and r["pipeline"] != IMPORTED)]


def _fetch_of(row: dict[str, Any]) -> Fetch | None:
    if row["fetched_at"] is None and row["payload_digest"] is None and row["meta"] is None:
        return None
    return Fetch(row["fetched_at"], row["payload_digest"], json.loads(row["meta"]) if row["meta"] else None)


# --- the workers -------------------------------------------------------------------------------

_worker: Worker | None = None
_context = Context(frozenset(), "")


def _init(worker: Worker, context: Context) -> None:
    global _worker, _context
    _worker, _context = worker, context


def _prepare(task: Task) -> Result:
    assert _worker is not None, "_init was not called"
    return _worker(task, _context)


def _prepare_chunk(tasks: list[Task]) -> list[Result]:
    return [_prepare(t) for t in tasks]


def _results(tasks: Iterator[Task], worker: Worker, context: Context, jobs: int,
             warm_up: Callable[[list[Task]], None] | None) -> Iterator[list[Result]]:
    """Results in the order they are ready, in lists of those ready at once: one by one in this
    process for one job (or one task), else from a pool fed a bounded number of chunks at a time."""
    head = list(islice(tasks, jobs * CHUNK * CHUNKS_PER_WORKER))
    if jobs <= 1 or len(head) <= 1:
        _init(worker, context)
        yield from ([result] for result in map(_prepare, chain(head, tasks)))
        return
    fork = hasattr(os, "fork")
    ctx = multiprocessing.get_context("fork" if fork else "spawn")
    if fork and warm_up is not None:
        warm_up(head)
    gc.freeze()  # a worker's cyclic collector would otherwise write to (and so copy) every shared object
    try:
        pool = ctx.Pool(jobs, initializer=_init, initargs=(worker, context))
    finally:
        gc.unfreeze()
    with pool:
        yield from _bounded(pool, chain(head, tasks), jobs * CHUNKS_PER_WORKER)


def _bounded(pool: Any, tasks: Iterator[Task], window: int) -> Iterator[list[Result]]:
    """Feed the pool `window` chunks at a time (Pool.imap would read the whole iterable at once);
    yield the results of every chunk done by then, waiting for one when none is."""
    done: queue.SimpleQueue[list[Result]] = queue.SimpleQueue()
    pending = 0

    def ready() -> list[Result]:
        nonlocal pending
        results = done.get()
        pending -= 1
        while pending and not done.empty():
            results += done.get()
            pending -= 1
        return results

    while chunk := list(islice(tasks, CHUNK)):
        labels = [t.label for t in chunk]
        pool.apply_async(_prepare_chunk, (chunk,), callback=done.put,
                         error_callback=partial(_chunk_failed, done, labels))
        pending += 1
        if pending >= window:
            yield ready()
    while pending:
        yield ready()


def _chunk_failed(done: queue.SimpleQueue[list[Result]], labels: list[str], exc: BaseException) -> None:
    """A chunk that could not reach a worker or come back (a task that does not pickle …)."""
    done.put([Result(label, "failed", error=f"{label}: unexpected {type(exc).__name__}: {exc}") for label in labels])
