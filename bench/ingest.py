"""Ingest throughput in articles per second with -j 1 and -j 2.

    python bench/ingest.py [--count 2000] [--db-url postgresql://…] [--data FOLDER]

Runs the real `newsmine ingest` command on (a) generated newsmine/1 documents as JSON Lines
(validated and stored as given), (b) the same articles as Markdown files (read, analysed, stored),
and (c) with `--data`, a folder of real articles (e.g. ../shared/data/news_zh/text); (c) is
skipped with a note when the folder is absent. Each run starts from an empty archive: a temporary
SQLite file, or with `--db-url` a fresh database created on that PostgreSQL server.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.archive_docs import generate, write_jsonl  # noqa: E402

from newsmine.model import article_from_dict  # noqa: E402
from newsmine.render.markdown import write_markdown  # noqa: E402


def fresh_db(tmp: Path, pg: str | None) -> tuple[str, Callable[[], None]]:
    if not pg:
        path = tmp / f"{uuid.uuid4().hex}.sqlite"
        return str(path), lambda: None
    import psycopg

    name = "newsmine_bench_" + uuid.uuid4().hex[:10]
    with psycopg.connect(pg, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')

    def drop() -> None:
        with psycopg.connect(pg, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    return urlunsplit(urlsplit(pg)._replace(path="/" + name)), drop


def run(inputs: list[str], jobs: int, tmp: Path, pg: str | None) -> tuple[int, float, str]:
    db, drop = fresh_db(tmp, pg)
    try:
        started = time.perf_counter()
        proc = subprocess.run([sys.executable, "-m", "newsmine", "ingest", *inputs, "--db", db, "-j", str(jobs)],
                              capture_output=True, text=True)
        seconds = time.perf_counter() - started
    finally:
        drop()
    line = next((ln for ln in proc.stdout.splitlines() if ln.startswith("ingest:")), proc.stderr[-300:])
    new = int(m.group(1)) if (m := re.search(r"(\d+) new", line)) else 0
    return new, seconds, line


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=2000, help="generated articles (default 2000)")
    ap.add_argument("--db-url", help="a postgresql:// URL whose user may create databases (default: SQLite)")
    ap.add_argument("--data", type=Path, help="a folder of real articles (.md/.html) to ingest as well")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        docs = list(generate(args.count, seed=11))
        jsonl = tmp / "docs.jsonl"
        write_jsonl(jsonl, docs, validate=False)
        md = tmp / "md"
        md.mkdir()
        for i, doc in enumerate(docs):
            (md / f"{i:05d}.md").write_text(write_markdown(article_from_dict(doc["article"])), encoding="utf-8")
        cases = [("JSON Lines (validate, store)", [str(jsonl)]), ("Markdown (read, analyse, store)", [str(md)])]
        if args.data:
            if args.data.is_dir():
                cases.append((f"real articles in {args.data}", [str(args.data)]))
            else:
                print(f"skipped: {args.data} is absent")
        backend = "PostgreSQL" if args.db_url else "SQLite"
        print(f"newsmine ingest throughput, {backend}, wall time of the whole command (start-up included)")
        print(f"{'input':36} {'-j':>3} {'articles':>9} {'seconds':>8} {'articles/s':>11}")
        for label, inputs in cases:
            for jobs in (1, 2):
                new, seconds, line = run(inputs, jobs, tmp, args.db_url)
                print(f"{label:36} {jobs:>3} {new:>9} {seconds:>8.2f} {new / seconds:>11.1f}")


if __name__ == "__main__":
    main()
