"""Search latency over an archive of 10,000 articles.

    python bench/search.py [--count 10000] [--db PATH|postgresql://…] [--repeat 20] [--cli-runs 5]

Builds the archive with `newsmine ingest -j 2` from generated documents (unless `--db` already
holds at least `--count` articles), then times each query of the list below `--repeat` times
in-process through `newsmine.store.queries` (what the CLI, API and pages call) and prints the
median and 95th percentile in milliseconds. Last, `newsmine search WORD` end to end (a new process
each time, start-up included): the first call with an empty cache folder (it loads jieba and writes
the copy of its dictionary), then `--cli-runs` calls that read the copy, median and fastest.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.archive_docs import generate, write_jsonl  # noqa: E402

from newsmine.store import open_store, queries  # noqa: E402

QUERIES = [
    ("word 卫星", dict(q="卫星")),
    ("traditional 衛星", dict(q="衛星")),
    ("two words 粮食 援助", dict(q="粮食 援助")),
    ("rare phrase 实质性突破", dict(q="实质性突破")),
    ("English putin", dict(q="putin")),
    ("no hit 星发", dict(q="星发")),
    ("word + outlet + dates", dict(q="停火", outlet="bbc.com", since="2026-03-01", until="2026-06-30")),
    ("person filter 普丁", dict(person="普丁")),
    ("substring 星发射", dict(q="星发射", substring=True)),
]
OTHER = [
    ("person page Vladimir Putin", lambda s: queries.person(s, queries.find_people(s, "普京")[0]["id"])),
    ("quotes --speaker 普京", lambda s: queries.quotes(s, speaker="普京")),
    ("events --participant 金正恩", lambda s: queries.events(s, participant="金正恩")),
    ("lexicon", lambda s: queries.lexicon(s)),
]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=10000)
    ap.add_argument("--db", help="archive to use or fill (default: a temporary SQLite file)")
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--cli-runs", type=int, default=5)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as t:
        db = args.db or str(Path(t) / "bench.sqlite")
        with open_store(db) as store:
            have = store.scalar("SELECT COUNT(*) AS n FROM articles")
        if have < args.count:
            jsonl = Path(t) / "docs.jsonl"
            write_jsonl(jsonl, generate(args.count, seed=5), validate=False)
            started = time.perf_counter()
            subprocess.run([sys.executable, "-m", "newsmine", "ingest", str(jsonl), "--db", db, "-j", "2"],
                           check=True, capture_output=True)
            print(f"built {args.count} articles in {time.perf_counter() - started:.1f} s")
        with open_store(db) as store:
            n = store.scalar("SELECT COUNT(*) AS n FROM articles")
            print(f"{store.dialect}, {n} articles, {args.repeat} runs each (after one warm-up)")
            print(f"{'query':32} {'hits':>6} {'median ms':>10} {'p95 ms':>8}")
            cases = [(label, (lambda kw: lambda s: queries.search(s, **kw))(kw)) for label, kw in QUERIES] + OTHER
            for label, call in cases:
                result = call(store)
                hits = result.get("total", "") if isinstance(result, dict) else len(result)
                times = []
                for _ in range(args.repeat):
                    started = time.perf_counter()
                    call(store)
                    times.append((time.perf_counter() - started) * 1000)
                times.sort()
                p95 = times[min(len(times) - 1, int(0.95 * len(times)))]
                print(f"{label:32} {hits!s:>6} {statistics.median(times):>10.1f} {p95:>8.1f}")
        cli_timings(db, Path(t) / "cache", args.cli_runs)


def cli_timings(db: str, cache: Path, runs: int) -> None:
    """`newsmine search WORD` as a user runs it: a fresh process, output to a pipe."""
    env = {**os.environ, "NEWSMINE_CACHE": str(cache), "PYTHONPATH": str(ROOT / "src")}

    def once(query: str) -> float:
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "newsmine", "search", query, "--db", db, "--format", "json"],
                       check=True, capture_output=True, env=env)
        return time.perf_counter() - started

    print(f"\n`newsmine search` end to end, s: first call (empty cache), then median / fastest of {runs}")
    print(f"{'query':32} {'first':>7} {'median':>7} {'fastest':>8}")
    for i, query in enumerate(("卫星", "衛星", "实质性突破", "putin")):
        first = once(query) if i == 0 else float("nan")
        times = sorted(once(query) for _ in range(runs))
        print(f"{query:32} {first:>7.3f} {statistics.median(times):>7.3f} {times[0]:>8.3f}")


if __name__ == "__main__":
    main()
