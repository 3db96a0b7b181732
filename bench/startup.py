"""Start-up of the command: `newsmine --version`, `newsmine --help`, and `newsmine search WORD` end to end.

    python bench/startup.py [--repeat 10] [--db ARCHIVE] [--word 卫星]

Each command runs as its own process (as a user runs it), `--repeat` times; prints the median and
the fastest run in seconds, beside a bare `python -c pass` for the interpreter's own start-up.
With `--db`, also times `newsmine search WORD --db ARCHIVE` (build one with bench/search.py).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def timed(args: list[str], repeat: int) -> list[float]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(args, env=env, check=True, capture_output=True)
        runs.append(time.perf_counter() - start)
    return runs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--db", help="an archive to search (e.g. the one bench/search.py builds)")
    parser.add_argument("--word", default="卫星")
    args = parser.parse_args()
    cases = [("python -c pass", [sys.executable, "-c", "pass"]),
             ("newsmine --version", [sys.executable, "-m", "newsmine", "--version"]),
             ("newsmine --help", [sys.executable, "-m", "newsmine", "--help"])]
    if args.db:
        cases.append((f"newsmine search {args.word}",
                      [sys.executable, "-m", "newsmine", "search", args.word, "--db", args.db]))
    print(f"{'command':<28} {'median s':>9} {'fastest s':>10}")
    for label, command in cases:
        runs = timed(command, args.repeat)
        print(f"{label:<28} {statistics.median(runs):>9.3f} {min(runs):>10.3f}")


if __name__ == "__main__":
    main()
