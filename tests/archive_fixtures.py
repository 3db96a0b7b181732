"""Fixtures for archive tests: a fresh archive on each backend, and the generated documents.

SQLite always runs; PostgreSQL runs when NEWSMINE_TEST_PG holds a postgresql:// URL of a server
where that user may create databases (`.ci/run` starts one); each test gets its own database.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

from .archive_docs import generate, write_jsonl

PG_ENV = "NEWSMINE_TEST_PG"
BACKENDS = ["sqlite", "postgresql"]


def _pg_database(base: str) -> Iterator[str]:
    import psycopg

    name = "newsmine_test_" + uuid.uuid4().hex[:12]
    with psycopg.connect(base, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    parts = urlsplit(base)
    try:
        yield urlunsplit(parts._replace(path="/" + name))
    finally:
        with psycopg.connect(base, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def archive_url(backend: str, tmp_path: Path) -> Iterator[str]:
    """A URL (or path) of an empty archive on `backend`."""
    if backend == "sqlite":
        yield str(tmp_path / "archive.sqlite")
        return
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"{PG_ENV} is not set (a postgresql:// URL); .ci/run starts a server and sets it")
    yield from _pg_database(base)


@pytest.fixture(params=BACKENDS)
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty archive, once on SQLite and once on PostgreSQL."""
    yield from archive_url(request.param, tmp_path)


@pytest.fixture(scope="session")
def thousand(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """1,000 generated newsmine/1 documents as JSON Lines, each validated against the schema."""
    path = tmp_path_factory.mktemp("generated") / "thousand.jsonl"
    write_jsonl(path, generate(1000))
    return path
