"""Expand the paths given to `ingest` (and `batch`) into ingest tasks: files, folders of them, JSON
Lines of newsmine/1 documents (one task a line), `-` for JSON Lines on standard input, and the
pages of WARC files (streamed: one task at a time)."""

from __future__ import annotations

import fnmatch
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from newsmine.errors import InputError
from newsmine.read.source import load_bytes
from newsmine.store.ingest import Task

if TYPE_CHECKING:
    from newsmine.read.warc import WarcFilters, WarcStats

JSONL_SUFFIXES = (".jsonl", ".ndjson")
MAX_JSONL_BYTES = 1024 * 1024 * 1024
"""The largest JSON Lines file (or standard input) `ingest` reads: 1 GiB, many documents."""
DEFAULT_GLOBS = ("*.md", "*.markdown", "*.txt", "*.html", "*.htm", "*.shtml", "*.html.gz", "*.jsonl", "*.ndjson")
NOT_ARTICLES = ("readme", "license", "licence", "changelog", "contributing", "provenance", "code_of_conduct",
                "security", "notice", "authors", "index")
"""File stems (any case, any extension) that a folder holds beside its articles: skipped with a note."""


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


def folder_files(folder: Path, globs: Iterable[str], excludes: Iterable[str]) -> tuple[list[Path], list[str]]:
    """The files under `folder` (recursively, sorted) matching `globs` and not `excludes`, and a note
    for each one left out for its name (README, LICENSE …)."""
    files, notes = [], []
    for file in sorted(p for p in folder.rglob("*") if p.is_file()):
        if not _matches(file, folder, globs) or _matches(file, folder, excludes):
            continue
        if file.name.split(".")[0].lower() in NOT_ARTICLES:
            notes.append(f"{file}: skipped, not an article (a {file.name.split('.')[0]} file)")
            continue
        files.append(file)
    return files, notes


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
            files, notes = folder_files(path, globs, excludes)
            out.notes += notes
            if not files and not notes:
                out.failures.append(f"{raw}: folder holds no files matching {' '.join(globs)}")
        elif not path.exists():
            out.failures.append(f"{raw}: no such file or folder")
            continue
        else:
            files = [path]
        for file in files:
            if file.suffix.lower() in JSONL_SUFFIXES:
                try:
                    out.tasks += jsonl_tasks(str(file))
                except InputError as exc:
                    out.failures.append(str(exc))
            else:
                out.tasks.append(Task(str(file), str(file)))
    return out


def jsonl_tasks(path: str) -> list[Task]:
    """One task per non-blank line of a JSON Lines file of newsmine/1 documents, labelled `path:line`;
    InputError when the file cannot be had or is not UTF-8."""
    try:
        text = load_bytes(path, MAX_JSONL_BYTES).decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(path, f"cannot be read as UTF-8 JSON Lines ({exc})") from None
    return [Task(f"{path}:{i}", path, line) for i, line in enumerate(text.splitlines(), 1) if line.strip()]


def warc_files(paths: Iterable[str]) -> tuple[list[str], list[str]]:
    """(WARC files, failures): PATHs as given, and the `.warc`/`.warc.gz` files inside folders."""
    from newsmine.read.warc import is_warc

    files: list[str] = []
    failures: list[str] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(str(p) for p in path.rglob("*") if p.is_file() and is_warc(p))
            if not found:
                failures.append(f"{raw}: folder holds no .warc or .warc.gz files")
            files += found
        elif not path.exists():
            failures.append(f"{raw}: no such file or folder")
        else:
            files.append(raw)
    return files, failures


def warc_tasks(files: Iterable[str], filters: WarcFilters | None = None,
               stats: WarcStats | None = None) -> Iterator[Task]:
    """One task per page of each WARC file, read lazily; a file that cannot be read on gives one task
    carrying its error (after the tasks of the pages before the damage), and the next file is read."""
    from newsmine.read.warc import iter_pages

    for file in files:
        try:
            for page in iter_pages(file, filters, stats):
                yield Task.of_page(page)
        except InputError as exc:
            yield Task(file, error=str(exc))
