"""One shard's work, run by a worker (a local process or a Dask worker): each article goes through
the ingest path (`newsmine.work.prepare`: read, analyse, hash), then into the shard's Parquet file
and/or the archive.

The worker writes its own output, so documents never travel through the driver or the scheduler:
with a remote cluster, --out must be a folder every worker sees at the same path and --db an
archive every worker reaches (a PostgreSQL server, or an SQLite file on one machine).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsmine import work
from newsmine.batch.output import ShardWriter
from newsmine.batch.plan import Shard
from newsmine.collect import jsonl_tasks, warc_tasks
from newsmine.errors import InputError
from newsmine.read.warc import WarcFilters, WarcStats
from newsmine.store.db import Store, open_store
from newsmine.store.ingest import Context, Result, Seen, Task, stored_hashes
from newsmine.store.write import IMPORTED, outlet_of, put_doc


@dataclass(frozen=True)
class Job:
    """What every shard of a batch does: where rows go, how inputs are read, which pipeline."""

    pipeline: str
    out: str | None = None
    db: str | None = None
    input_format: str = "auto"
    warc: WarcFilters | None = None


@dataclass
class ShardDone:
    """A finished shard: articles seen, its file's rows, SHA-256 and size, articles stored in (or
    already in) the archive, web-archive pages dropped as duplicates (URL or payload digest) or
    left out (WARC records that are no HTML page, by reason), and per-article problems."""

    name: str
    articles: int = 0
    rows: int = 0
    sha256: str | None = None
    bytes: int = 0
    stored: int = 0
    unchanged: int = 0
    duplicates: int = 0
    left_out: dict[str, int] = field(default_factory=dict)
    failed: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def warm_up() -> None:
    """Load the tagger and the lexicons in this process, once, before any shard (ingest's warm-up,
    given one article task so that it always loads)."""
    work.warm_up([Task("warm-up", path="warm-up.md")])


def tasks(shard: Shard, stats: WarcStats, filters: WarcFilters | None = None) -> Iterator[Task]:
    """The shard's articles as ingest tasks, in input order (a WARC file's pages as it streams them;
    damage ends the file with a task carrying the error); an unreadable JSON Lines file raises InputError."""
    for path in shard.inputs:
        if shard.kind == "articles":
            yield Task(path, path)
        elif shard.kind == "jsonl":
            yield from jsonl_tasks(path)
        else:
            yield from warc_tasks([path], filters, stats)


def row(result: Result) -> dict[str, Any]:
    """One Parquet row (output.COLUMNS): identity, metadata, counts, and the document as JSON."""
    doc = result.doc or {}
    a = doc["article"]
    entities = doc.get("entities", [])
    return {
        "hash": result.digest, "input": result.label, "url": a.get("url"), "title": a.get("title"),
        "published": a.get("published"), "fetched": result.fetch.fetched if result.fetch else None,
        "language": a.get("language"), "script": a.get("script"), "outlet": outlet_of(a.get("url")),
        "pipeline": result.pipeline or IMPORTED, "characters": len(doc.get("text", "")),
        "entities": len(entities), "people": sum(e.get("type") == "PER" for e in entities),
        "quotes": len(doc.get("quotes", [])), "events": len(doc.get("events", [])),
        "times": len(doc.get("times", [])), "topics": len(doc.get("topics", [])),
        "doc": json.dumps(doc, ensure_ascii=False, sort_keys=True, separators=(",", ":")),
    }


def run_shard(shard: Shard, job: Job) -> ShardDone:
    """Process one shard completely; raises only when the shard itself cannot be finished."""
    done = ShardDone(shard.name)
    store = open_store(job.db) if job.db else None
    writer: ShardWriter | None = None
    try:
        writer = ShardWriter(Path(job.out), shard.file) if job.out else None
        known: frozenset[str] = frozenset()
        if store is not None and writer is None:  # only the archive wants them: skip stored articles unread
            known = stored_hashes(store)
        context = Context(known, job.pipeline, job.input_format)
        seen: set[str] = set()
        duplicate = Seen(store if writer is None else None)  # pages already stored, or earlier in the shard
        stats = WarcStats()
        try:
            for task in tasks(shard, stats, job.warc):
                if task.page is not None and duplicate(task.page):
                    done.duplicates += 1
                    continue
                result = Result(task.label, "failed", error=task.error) if task.error else work.prepare(task, context)
                _keep(result, done, seen, writer, store)
        except InputError as exc:
            done.failed.append(str(exc))
        done.left_out = dict(sorted(stats.left_out.items()))
        if writer is not None:
            done.rows, done.sha256, done.bytes = writer.commit()
    except BaseException:
        if writer is not None:
            writer.abort()
        raise
    finally:
        if store is not None:
            store.close()
    return done


def _keep(result: Result, done: ShardDone, seen: set[str], writer: ShardWriter | None, store: Store | None) -> None:
    """Count a failed or skipped article; write a new one's row and/or store it (once per shard)."""
    done.articles += 1
    if result.status == "failed":
        done.failed.append(result.error or result.label)
    elif result.status == "skipped":
        done.skipped.append(result.error or result.label)
    elif result.doc is None or result.digest in seen:
        done.unchanged += 1
    else:
        seen.add(result.digest or "")
        if writer is not None:
            writer.add(row(result))
        if store is not None:
            stored = put_doc(store, result.doc, pipeline=result.pipeline or IMPORTED, digest=result.digest,
                             search=result.search, fetch=result.fetch)
            if stored is None:
                done.unchanged += 1
            else:
                done.stored += 1
