"""Connections to the archive: one small interface over SQLite (sqlite3) and PostgreSQL (psycopg 3).

SQL is written once with `?` placeholders; the PostgreSQL connection rewrites them to `%s`.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Literal

from newsmine.errors import NewsmineError

ENV_DB = "NEWSMINE_DB"
Dialect = Literal["sqlite", "postgresql"]


class StoreError(NewsmineError):
    """The archive cannot be opened or used: the message names the database and what to do."""


class QueryTooSlow(StoreError):
    """A read ran past its time limit (`Store.limit_time`); narrow the query and try again."""


def default_db() -> str:
    """`NEWSMINE_DB` if set, else `archive.sqlite` under the user's data directory."""
    env = os.environ.get(ENV_DB)
    if env:
        return env
    import platformdirs

    return str(Path(platformdirs.user_data_dir("newsmine")) / "archive.sqlite")


def is_postgres(url: str) -> bool:
    return url.startswith(("postgresql://", "postgres://"))


class Store:
    """An open archive. `execute`/`query` take `?` placeholders; writes go through `transaction`."""

    dialect: Dialect

    def __init__(self, url: str) -> None:
        self.url = url
        if is_postgres(url):
            self.dialect = "postgresql"
            self._conn = _connect_postgres(url)
        else:
            self.dialect = "sqlite"
            self._conn = _connect_sqlite(url)
        self._in_tx = False

    def _sql(self, sql: str) -> str:
        return sql.replace("?", "%s") if self.dialect == "postgresql" else sql

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """Run one statement and return the cursor."""
        return self._conn.execute(self._sql(sql), tuple(params))

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if not rows:
            return
        if self.dialect == "postgresql":
            with self._conn.cursor() as cur:
                cur.executemany(self._sql(sql), [tuple(r) for r in rows])
        else:
            self._conn.executemany(sql, [tuple(r) for r in rows])

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """All rows as dicts."""
        return [dict(r) for r in self.execute(sql, params).fetchall()]

    def one(self, sql: str, params: Sequence[Any] = ()) -> dict[str, Any] | None:
        row = self.execute(sql, params).fetchone()
        return dict(row) if row is not None else None

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self.execute(sql, params).fetchone()
        return None if row is None else list(dict(row).values())[0]

    def insert(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run an INSERT … RETURNING id and return the new id."""
        return int(self.scalar(sql + " RETURNING id", params))

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic unit: everything inside is committed together or not at all."""
        if self._in_tx:
            yield
            return
        self._in_tx = True
        try:
            if self.dialect == "sqlite":
                self._conn.execute("BEGIN IMMEDIATE")
                try:
                    yield
                except BaseException:
                    self._conn.execute("ROLLBACK")
                    raise
                self._conn.execute("COMMIT")
            else:
                with self._conn.transaction():
                    yield
        finally:
            self._in_tx = False

    def limit_time(self, seconds: float) -> None:
        """Make every statement from now on fail with `QueryTooSlow` once it runs past `seconds`
        (for the web server, as Datasette does: one slow query must not hold a worker)."""
        if self.dialect == "postgresql":
            self._conn.execute(f"SET statement_timeout = {int(seconds * 1000)}")
            return
        state = {"deadline": 0.0}
        original = self.execute

        def timed(sql: str, params: Sequence[Any] = ()) -> Any:
            state["deadline"] = time.monotonic() + seconds
            try:
                return original(sql, params)
            except sqlite3.OperationalError as exc:
                if "interrupted" in str(exc):
                    raise QueryTooSlow(f"the query ran longer than {seconds:g} s") from None
                raise

        self._conn.set_progress_handler(lambda: int(time.monotonic() > state["deadline"]), 2000)
        self.execute = timed  # type: ignore[method-assign]

    def refused(self, exc: BaseException) -> bool | None:
        """What a database error from a write says: True when the database refused that one row (a
        value it cannot hold, a broken constraint), False when the archive itself failed (disk full,
        lost connection), None when `exc` is no database error at all."""
        if self.dialect == "sqlite":
            driver: Any = sqlite3
        else:
            import psycopg

            driver = psycopg
        if not isinstance(exc, driver.Error):
            return None
        return isinstance(exc, (driver.DataError, driver.IntegrityError))

    @property
    def name(self) -> str:
        """The archive as error messages name it (a PostgreSQL URL without its password)."""
        return _redact(self.url)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _connect_sqlite(path: str) -> sqlite3.Connection:
    target = Path(path)
    if target.is_dir():
        raise StoreError(f"{path}: is a directory; give --db a file path")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=30)
        conn.row_factory = sqlite3.Row
        _wal(conn)
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
    except (OSError, sqlite3.DatabaseError) as exc:
        raise StoreError(f"{path}: cannot open as an SQLite archive ({exc})") from None
    return conn


def _wal(conn: sqlite3.Connection, wait: float = 30.0) -> None:
    """Switch to WAL. The switch needs the database to itself and SQLite does not wait for it as it
    waits for a write lock, so a process opening a new archive while another creates it retries."""
    deadline = time.monotonic() + wait
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _connect_postgres(url: str) -> Any:
    try:
        import psycopg
        from psycopg.rows import dict_row
    except ImportError:  # pragma: no cover - psycopg is a dependency
        raise StoreError("PostgreSQL needs psycopg 3: pip install 'psycopg[binary]'") from None
    try:
        return psycopg.connect(url, autocommit=True, row_factory=dict_row)
    except psycopg.Error as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise StoreError(f"{_redact(url)}: cannot connect to PostgreSQL ({first})") from None


def _redact(url: str) -> str:
    """The URL without its password, for error messages."""
    if "@" in url and ":" in url.split("@", 1)[0].split("//", 1)[-1]:
        scheme, rest = url.split("//", 1)
        user = rest.split("@", 1)[0].split(":", 1)[0]
        return f"{scheme}//{user}:***@{rest.split('@', 1)[1]}"
    return url


def require_archive(url: str) -> None:
    """Refuse an SQLite archive that does not exist, so that a mistyped path is not a new, empty archive."""
    if not is_postgres(url) and url != ":memory:" and not Path(url).exists():
        raise StoreError(f"{url}: no archive there (check --db or ${ENV_DB}); "
                         f"`newsmine ingest --db {url} FILE...` creates one")


def open_store(url: str | None = None, *, migrate: bool = True, create: bool = True) -> Store:
    """Open (and by default create or upgrade) the archive at `url` (a path or postgresql:// URL);
    without `create`, a missing SQLite archive is a StoreError."""
    from newsmine.store.schema import migrate as run_migrations

    url = url or default_db()
    if not create:
        require_archive(url)
    store = Store(url)
    if migrate:
        run_migrations(store)
    return store
