"""One round of following: read each source, fetch the pages it lists that are new, store them.

Fetching runs in worker threads (`Options.workers`), at most two jobs per host at a time and all
of them held to the shared per-host rate limit. The pages fetched go, as a lazy stream of
`Task.of_page`, into the same ingest path as `newsmine ingest` (`newsmine.work.ingest`): read,
checked against the archive (payload digest and content hash), analysed and stored by the single
writer, which is the calling thread; the state tables are written in that thread too. A source is
a feed or a sitemap; a sitemap index's sitemaps are followed in the same round. Nothing raises for
one bad source or page: each problem is one line in `Summary.failures`.
"""

from __future__ import annotations

import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from typing import Any

from newsmine import work
from newsmine.errors import NewsmineError
from newsmine.follow import state
from newsmine.follow.addresses import AddressPolicy
from newsmine.follow.canonical import canonical_url, host_key
from newsmine.follow.fetch import Fetcher, Limits, Page, user_agent
from newsmine.follow.listings import Link, read_listing
from newsmine.follow.politeness import DEFAULT_INTERVAL, HostSlots, Stopped
from newsmine.follow.robots import Disallowed, Robots
from newsmine.model import Page as FetchedPage
from newsmine.model import payload_digest
from newsmine.read.warc import HTML_TYPES
from newsmine.store.db import Store
from newsmine.store.ingest import Seen, Task
from newsmine.store.ingest import Summary as Ingested

DEFAULT_WORKERS = 4
MAX_LISTING_BYTES = 50 * 1024 * 1024
"""The largest feed or sitemap (decompressed): the sitemap protocol's own limit of 50 MB."""
AHEAD = 2
"""Jobs of one host handed to workers at once: the second waits for its turn in HostSlots, so the
host stays busy while the writer analyses a page, and one slow host cannot take every worker."""
PAGE_TYPES = (*HTML_TYPES, "")
"""Content types handed to the reader: a web archive's HTML types, and no Content-Type at all (the reader
decides from the bytes)."""


@dataclass(frozen=True)
class Options:
    """How to follow: the per-host interval, workers, per-page limits, which addresses, a page budget."""

    interval: float = DEFAULT_INTERVAL
    workers: int = DEFAULT_WORKERS
    limits: Limits = field(default_factory=Limits)
    policy: AddressPolicy = field(default_factory=AddressPolicy)
    max_pages: int | None = None
    contact: str | None = None


@dataclass
class Summary:
    """What a round did; `failures` and `robots` hold one line per address."""

    listings_read: int = 0
    listings_unchanged: int = 0
    fetched: int = 0
    new: int = 0
    unchanged: int = 0
    duplicates: int = 0
    known: int = 0
    not_articles: list[str] = field(default_factory=list)
    """Pages that are no web page (a PDF, an image) or hold no article (an index page)."""
    robots: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    deferred: int = 0
    queued: int = 0
    seconds: float = 0.0
    interrupted: bool = False


@dataclass(frozen=True)
class _Job:
    url: str
    listing: bool
    link: Link | None = None
    seen: dict[str, Any] | None = None

    @property
    def host(self) -> str:
        return host_key(self.url)


class _Round:
    def __init__(self, store: Store, options: Options, slots: HostSlots,
                 on_progress: Callable[[Summary], None] | None) -> None:
        self.store, self.options, self.on_progress = store, options, on_progress
        self.fetcher = Fetcher(slots, options.policy, options.limits, user_agent(options.contact))
        self.robots = Robots(self.fetcher, state.cached_robots(store))
        self.summary = Summary()
        self.queues: dict[str, deque[_Job]] = {}
        self.busy: Counter[str] = Counter()
        self.fetch_failures: list[str] = []
        self.not_pages: list[str] = []
        self.done = Ingested()
        self.read: list[str] = []
        self.handed: list[tuple[str, str]] = []
        """(address, final address) of each page handed to the ingest path."""
        self.retry = False
        self.visited: set[str] = set()
        self.pages = 0

    def add(self, job: _Job) -> None:
        if job.url in self.visited:
            return
        self.visited.add(job.url)
        self.queues.setdefault(job.host, deque()).append(job)
        self.summary.queued += 1

    def submit(self, pool: ThreadPoolExecutor, job: _Job) -> Future[Page]:
        """Hand JOB to a worker; its validators are read here, in the writer's thread."""
        if job.listing:
            etag, modified = state.listing_validators(self.store, job.url)
        else:
            etag, modified = (job.seen or {}).get("etag"), (job.seen or {}).get("last_modified")
        return pool.submit(self.fetcher.get, job.url, etag=etag, last_modified=modified, permit=self.robots.check,
                           max_bytes=max(MAX_LISTING_BYTES, self.options.limits.max_bytes) if job.listing else None)

    def tasks(self, pool: ThreadPoolExecutor) -> Iterator[Task]:
        """Fetch until nothing is left, yielding each web page fetched as a task for the ingest path."""
        pending: dict[Future[Page], _Job] = {}
        while True:
            for depth in range(1, AHEAD + 1):  # every host gets a worker before any gets a second
                for host, queue in self.queues.items():
                    if queue and self.busy[host] < depth and len(pending) < self.options.workers:
                        job = queue.popleft()
                        self.busy[host] += 1
                        pending[self.submit(pool, job)] = job
            if not pending:
                return
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                job = pending.pop(future)
                self.busy[job.host] -= 1
                self.summary.queued -= 1
                task = self.settle(job, future)
                self.ingested(self.done)
                if task:
                    yield task

    def settle(self, job: _Job, future: Future[Page]) -> Task | None:
        try:
            page = future.result()
        except Disallowed as exc:
            self.summary.robots.append(str(exc))
            return None
        except Stopped:
            return None
        except Exception as exc:  # a bug must not stop the round either; it is reported with the address
            known = isinstance(exc, NewsmineError)
            self.fetch_failures.append(str(exc) if known else f"{job.url}: unexpected {type(exc).__name__}: {exc}")
            if not job.listing and state.page_failed(self.store, job.url) < state.MAX_TRIES:
                self.retry = True
            return None
        if not job.listing:
            return self.page(job, page)
        try:
            self.listing(job, page)
        except NewsmineError as exc:
            self.fetch_failures.append(str(exc) if str(exc).startswith(job.url) else f"{job.url}: {exc}")
        return None

    def ingested(self, done: Ingested) -> None:
        """The ingest path's counts so far (DONE): fold them in and report progress."""
        self.done = done
        self.fold()
        if self.on_progress:
            self.on_progress(self.summary)

    def fold(self) -> None:
        """The fetch problems and the ingest path's counts, into the round's summary."""
        done, s = self.done, self.summary
        s.new, s.duplicates = done.new, done.duplicates + done.same
        s.not_articles = [*self.not_pages, *done.skipped]
        s.failures = [*self.fetch_failures, *done.failures]

    def listing(self, job: _Job, page: Page) -> None:
        if page.status == 304:
            self.summary.listings_unchanged += 1
            row = self.store.one("SELECT kind FROM follow_listings WHERE url = ?", (job.url,))
            state.save_listing(self.store, job.url, row["kind"] if row else "feed", page.headers, "unchanged")
            return
        listing = read_listing(page.body, page.url, MAX_LISTING_BYTES)
        self.summary.listings_read += 1
        for child in listing.sitemaps:
            self.add(_Job(child.url, listing=True, link=child))
        for link in listing.pages:
            self.queue_page(link)
        state.save_listing(self.store, job.url, listing.kind, page.headers, "read")
        self.read.append(job.url)

    def queue_page(self, link: Link) -> None:
        if link.url in self.visited:
            return
        seen = state.seen_page(self.store, link.url)
        if seen and seen["status"] == state.FAILED:
            known = seen["failures"] >= state.MAX_TRIES
        elif seen:
            known = not state.newer(link.lastmod, seen["fetched_at"])
        else:
            known = state.stored(self.store, link.url)
        if known:
            self.visited.add(link.url)
            self.summary.known += 1
            return
        if self.options.max_pages is not None and self.pages >= self.options.max_pages:
            self.visited.add(link.url)
            self.summary.deferred += 1
            return
        self.pages += 1
        self.add(_Job(link.url, listing=False, link=link, seen=seen))

    def page(self, job: _Job, page: Page) -> Task | None:
        if page.status == 304:
            self.summary.unchanged += 1
            state.touch_page(self.store, job.url)
            return None
        self.summary.fetched += 1
        if page.content_type not in PAGE_TYPES:
            self.not_pages.append(f"{job.url}: not a web page ({page.content_type})")
            state.save_page(self.store, job.url, final_url=page.url, headers=page.headers, status=state.NOT_A_PAGE)
            return None
        state.save_page(self.store, job.url, final_url=page.url, headers=page.headers, status=state.FETCHED)
        self.handed.append((job.url, page.url))
        digest = payload_digest(page.body)
        meta = job.link.meta if job.link else {}
        return Task.of_page(FetchedPage(page.body, page.url, fetched=state.now(), meta=meta, charset=page.charset,
                                        digest=digest, format="html"))


def follow(sources: Iterable[str], store: Store, options: Options | None = None, *,
           on_progress: Callable[[Summary], None] | None = None, slots: HostSlots | None = None) -> Summary:
    """Follow each source (feed or sitemap address) once; new pages are analysed and stored in STORE.

    Pass the same `slots` to successive rounds (as `--every` does) to hold the per-host interval
    across them too. On Ctrl-C the requests under way finish, no new one starts, and the summary
    says `interrupted`.
    """
    options = options or Options()
    slots = slots or HostSlots(options.interval)
    started = time.perf_counter()
    job = _Round(store, options, slots, on_progress)
    for source in sources:
        url = canonical_url(source)
        if url is None:
            job.fetch_failures.append(f"{source}: not an http(s) address")
            continue
        job.add(_Job(url, listing=True))
    pool = ThreadPoolExecutor(max(1, options.workers), thread_name_prefix="newsmine-follow")
    try:
        # one analysing process: forking workers while fetch threads run is unsafe, and the per-host
        # interval, not the analysis, is what bounds the pace
        job.ingested(work.ingest(store, job.tasks(pool), seen=Seen(store, by_url=False), on_result=job.ingested))
    except KeyboardInterrupt:
        job.summary.interrupted = True
        slots.stop.set()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        job.fetcher.close()
        state.save_robots(store, job.robots.fresh)
        job.fold()
    if job.summary.interrupted:  # pages fetched but not stored yet are fetched again next round
        state.forget_pages(store, [url for url, final in job.handed if not state.stored(store, final)])
    if job.summary.deferred or job.summary.interrupted or job.retry:
        # pages left over, or to try again, must not wait behind a 304 for their listing to change
        state.forget_validators(store, job.read)
    job.summary.seconds = time.perf_counter() - started
    return job.summary
