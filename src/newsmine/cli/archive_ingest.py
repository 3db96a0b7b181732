"""Ingest and reanalyse: read and analyse in worker processes, store through ONE writer.

Inputs are Markdown/HTML files (read with `read_article`, then analysed), JSON Lines of newsmine/1
documents (stored as given, `pipeline = imported`), or a `.json` file holding one document. Each
article is stored in its own transaction, so an interrupted run leaves whole articles only and a
rerun picks up where it stopped (content hashes already stored are skipped before analysis).
"""

from __future__ import annotations

import fnmatch
import gc
import hashlib
import json
import multiprocessing
import os
import re
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from newsmine.errors import InputError, NewsmineError
from newsmine.model import Article, Doc, article_from_dict
from newsmine.read.source import load_bytes, load_text
from newsmine.store.db import Store
from newsmine.store.write import IMPORTED, content_hash, put_doc
from newsmine.store.words import words

JSONL_SUFFIXES = (".jsonl", ".ndjson")
MAX_JSONL_BYTES = 1024 * 1024 * 1024
"""The largest JSON Lines file (or standard input) `ingest` reads: 1 GiB, many documents."""
DEFAULT_GLOBS = ("*.md", "*.markdown", "*.txt", "*.html", "*.htm", "*.shtml", "*.html.gz", "*.jsonl", "*.ndjson")
NOT_ARTICLES = ("readme", "license", "licence", "changelog", "contributing", "provenance", "code_of_conduct",
                "security", "notice", "authors", "index")
"""File stems (any case, any extension) that a folder holds beside its articles: skipped with a note."""
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$", re.S)


def pipeline_version() -> str:
    """The analysis pipeline's version: its declared PIPELINE_VERSION, else a fingerprint.

    The fingerprint covers the component names and the source of `newsmine.analyze` and its data
    files, so any change to the analysis makes `newsmine reanalyze` redo the archive.
    """
    from newsmine.analyze import pipeline

    names = "+".join(pipeline.DEFAULT_PIPELINE)
    declared = getattr(pipeline, "PIPELINE_VERSION", None)
    if declared:
        return f"{declared}:{names}"
    digest = hashlib.sha256()
    root = resources.files("newsmine")
    for folder, pattern in (("analyze", "*.py"), ("data", "*.tsv")):
        base = Path(str(root.joinpath(folder)))
        for path in sorted(base.rglob(pattern)) if base.is_dir() else []:
            digest.update(path.relative_to(base).as_posix().encode() + b"\0" + path.read_bytes())
    return f"{names}@{digest.hexdigest()[:12]}"


@dataclass(frozen=True)
class Task:
    """One article to prepare: a file to read, a JSON document, or a stored article to redo."""

    label: str
    path: str | None = None
    data: str | None = None
    article_id: int | None = None


@dataclass
class Result:
    label: str
    status: str  # "new", "same" (already stored), "skipped" (not an article) or "failed"
    doc: dict[str, Any] | None = None
    digest: str | None = None
    pipeline: str | None = None
    search: tuple[str, str] | None = None
    error: str | None = None
    article_id: int | None = None


@dataclass
class Summary:
    total: int = 0
    new: int = 0
    same: int = 0
    failures: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def rate(self) -> float:
        done = self.new + self.same + len(self.failures) + len(self.skipped)
        return done / self.seconds if self.seconds > 0 else 0.0


@dataclass
class Collected:
    """What `collect` found: tasks, failures (paths that cannot be used) and notes (files skipped)."""

    tasks: list[Task] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _matches(path: Path, folder: Path, patterns: Iterable[str]) -> bool:
    """A glob matches a file's name or its path inside the folder (`2024/*.md`)."""
    inside = path.relative_to(folder)
    return any(inside.match(p) or fnmatch.fnmatch(path.name, p) or fnmatch.fnmatch(inside.as_posix(), p)
               for p in patterns)


def collect(paths: Iterable[str], *, globs: Iterable[str] = (), excludes: Iterable[str] = ()) -> Collected:
    """Expand PATHs (files and folders, recursively; `-` is JSON Lines on standard input) into tasks.

    In folders only files matching `globs` (default DEFAULT_GLOBS) and no `excludes` are taken, and
    READMEs, licences and provenance tables (NOT_ARTICLES) are skipped with a note; a file named
    on the command line is always read. Unusable paths become failures.
    """
    out = Collected()
    globs, excludes = tuple(globs) or DEFAULT_GLOBS, tuple(excludes)
    for raw in paths:
        if raw == "-":
            try:
                text = load_bytes("-", MAX_JSONL_BYTES).decode("utf-8-sig", errors="replace")
            except InputError as exc:
                out.failures.append(str(exc))
                continue
            out.tasks += [Task(f"-:{i}", "-", line) for i, line in enumerate(text.splitlines(), 1) if line.strip()]
            continue
        path = Path(raw)
        if path.is_dir():
            files = []
            for file in sorted(p for p in path.rglob("*") if p.is_file()):
                if not _matches(file, path, globs) or _matches(file, path, excludes):
                    continue
                if file.name.split(".")[0].lower() in NOT_ARTICLES:
                    out.notes.append(f"{file}: skipped, not an article (a {file.name.split('.')[0]} file)")
                    continue
                files.append(file)
            if not files and not out.notes:
                out.failures.append(f"{raw}: folder holds no files matching {' '.join(globs)}")
        elif not path.exists():
            out.failures.append(f"{raw}: no such file or folder")
            continue
        else:
            files = [path]
        for file in files:
            if file.suffix.lower() in JSONL_SUFFIXES:
                try:
                    lines = load_bytes(str(file), MAX_JSONL_BYTES).decode("utf-8-sig").splitlines()
                except InputError as exc:
                    out.failures.append(str(exc))
                    continue
                except UnicodeDecodeError as exc:
                    out.failures.append(f"{file}: cannot be read as UTF-8 JSON Lines ({exc})")
                    continue
                out.tasks += [Task(f"{file}:{i}", str(file), line) for i, line in enumerate(lines, 1) if line.strip()]
            else:
                out.tasks.append(Task(str(file), str(file)))
    return out


_known: frozenset[str] = frozenset()
_version = ""
_input_format = "auto"


def _init(known: frozenset[str], version: str, input_format: str = "auto") -> None:
    global _known, _version, _input_format
    _known, _version, _input_format = known, version, input_format


def not_an_article(article: Article) -> str | None:
    """Why a file that reads as text is still no article (no paragraph, only a table), else None."""
    texts = [article.lead or ""] + [b.text for b in article.blocks if b.type == "paragraph"]
    prose = [t for t in texts if t.strip() and not _TABLE_ROW.match(t)]
    if prose:
        return None
    if any(_TABLE_ROW.match(t) for t in texts if t.strip()):
        return "skipped, not an article (a table, no paragraph of text)"
    return "skipped, not an article (no paragraph of text)"


def prepare(task: Task) -> Result:
    """Read (or parse) and analyse one task; never raises."""
    try:
        return _prepare(task)
    except NewsmineError as exc:
        message = str(exc) if isinstance(exc, InputError) else f"{task.label}: {exc}"
        return Result(task.label, "failed", error=message)
    except Exception as exc:  # a bug must not stop the other articles; it is reported at the end
        return Result(task.label, "failed", error=f"{task.label}: unexpected {type(exc).__name__}: {exc}")


def _holds_nul(value: Any) -> bool:
    """True when a NUL character is anywhere in a parsed JSON value (PostgreSQL text cannot hold one)."""
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_holds_nul(k) or _holds_nul(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_holds_nul(v) for v in value)
    return False


def _is_import(task: Task) -> bool:
    """A newsmine/1 document to store as it is (a JSON Lines line or a .json file), not an article to analyse."""
    return task.data is not None or (task.path or "").lower().endswith(".json")


def _prepare(task: Task) -> Result:
    from newsmine.analyze.pipeline import analyze
    from newsmine.read import read_article

    if task.article_id is not None:
        stored = json.loads(task.data or "{}")
        article = article_from_dict(stored["article"])
        doc = analyze(article, source=stored.get("source"), anchor=stored.get("anchor")).to_dict()
        return _ready(task, doc, content_hash(stored["article"]), _version)
    if _is_import(task):
        raw = task.data if task.data is not None else load_text(task.path or "")
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise InputError(task.label, f"not JSON ({exc.msg} at column {exc.colno})") from None
        if not isinstance(data, dict) or not isinstance(data.get("article"), dict):
            raise InputError(task.label, "not a newsmine/1 document (no \"article\" object)")
        if _holds_nul(data):
            raise InputError(task.label, "holds a NUL character (\\u0000), which no archive can store")
        digest = content_hash(data["article"])
        if digest in _known:
            return Result(task.label, "same", digest=digest)
        try:
            Doc.from_dict(data)  # validates the schema and every span
        except NewsmineError as exc:
            raise InputError(task.label, str(exc)) from None
        return _ready(task, data, digest, IMPORTED)
    article = read_article(task.path or task.label, input_format=_input_format)
    if task.path and (why := not_an_article(article)):
        return Result(task.label, "skipped", error=f"{task.label}: {why}")
    from newsmine.model import article_to_dict

    digest = content_hash(article_to_dict(article))
    if digest in _known:
        return Result(task.label, "same", digest=digest)
    return _ready(task, analyze(article, source=task.path).to_dict(), digest, _version)


def _ready(task: Task, doc: dict[str, Any], digest: str, version: str) -> Result:
    search = (words(doc["article"]["title"]), words(doc["text"]))
    return Result(task.label, "new", doc, digest, version, search, article_id=task.article_id)


_WARM_UP = """# 港口新规

2025年3月4日，交通部长李明（Li Ming）在记者会上表示："新规将于下月实施。" Officials said the rules apply to all ports.
"""


def _warm_up() -> None:
    """Load the tagger model and the lexicons in this process by analysing one tiny built-in article,
    so forked workers share those pages copy-on-write instead of each loading its own copy."""
    from newsmine.analyze.pipeline import analyze
    from newsmine.read.markdown import read_markdown

    analyze(read_markdown(_WARM_UP))


def _results(tasks: list[Task], jobs: int, known: frozenset[str], version: str, input_format: str) -> Iterator[Result]:
    if jobs <= 1 or len(tasks) <= 1:
        _init(known, version, input_format)
        yield from map(prepare, tasks)
        return
    fork = hasattr(os, "fork")
    ctx = multiprocessing.get_context("fork" if fork else "spawn")
    if fork and any(t.article_id is not None or not _is_import(t) for t in tasks):
        _warm_up()
    gc.freeze()  # a worker's cyclic collector would otherwise write to (and so copy) every shared object
    try:
        pool = ctx.Pool(jobs, initializer=_init, initargs=(known, version, input_format))
    finally:
        gc.unfreeze()
    with pool:
        yield from pool.imap_unordered(prepare, tasks, chunksize=4)


def run(store: Store, tasks: list[Task], *, jobs: int = 1, failures: list[str] | None = None,
        on_result: Callable[[Summary], None] | None = None, input_format: str = "auto") -> Summary:
    """Prepare `tasks` in `jobs` processes and store each new article in its own transaction."""
    summary = Summary(total=len(tasks), failures=list(failures or []))
    known = frozenset(r["hash"] for r in store.query("SELECT hash FROM articles"))
    started = time.perf_counter()
    for result in _results(tasks, jobs, known, pipeline_version(), input_format):
        if result.status == "failed":
            summary.failures.append(result.error or result.label)
        elif result.status == "skipped":
            summary.skipped.append(result.error or result.label)
        elif result.status == "same" or result.doc is None:
            summary.same += 1
        else:
            try:
                stored = put_doc(store, result.doc, pipeline=result.pipeline or IMPORTED, digest=result.digest,
                                 replace=result.article_id, search=result.search)
            except NewsmineError as exc:
                summary.failures.append(f"{result.label}: {exc}")
            else:
                if stored is None:
                    summary.same += 1
                else:
                    summary.new += 1
        summary.seconds = time.perf_counter() - started
        if on_result:
            on_result(summary)
    summary.seconds = time.perf_counter() - started
    return summary


def stale(store: Store, *, everything: bool = False) -> list[Task]:
    """Stored articles whose analysis is out of date (all of them with `everything`)."""
    version = pipeline_version()
    rows = store.query("SELECT id, pipeline, doc FROM articles ORDER BY id")
    return [Task(f"article {r['id']}", data=r["doc"], article_id=int(r["id"])) for r in rows
            if everything or (r["pipeline"] != version and r["pipeline"] != IMPORTED)]
