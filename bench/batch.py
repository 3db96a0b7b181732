"""`newsmine batch` throughput: articles/s with 1 and 2 workers, local processes against Dask, and
the fixed cost of each engine's start-up.

    python bench/batch.py [../shared/data/news_zh/pool] [--shard-size 20] [--rounds 2]

Runs the real command (`python -m newsmine batch FOLDER --glob '*.md' --out TMP`) in a fresh
process per run, each into an empty output folder, on the Markdown articles of the folder (the
pool's other files are not read). Reports the wall time of the whole command (start-up, imports
and, for Dask, starting a LocalCluster of -j worker processes whose plugin loads the model), the
run's own rate from its summary line, the CPU seconds of the command and every process it waited
for (workers, Dask's nannies and workers: the cost, whatever else the machine runs), and the fixed
cost: the same command on one article.
The best of --rounds runs is kept (the machine may be shared: compare the ratios).
"""

from __future__ import annotations

import argparse
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONFIGS = [("local", 1), ("local", 2), ("dask", 1), ("dask", 2)]


def cpu_of_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(inputs: list[str], engine: str, jobs: int, shard_size: int, tmp: Path) -> tuple[float, int, float, float]:
    """(wall seconds, articles, seconds the summary line reports, CPU seconds of the command and
    every process it waited for: workers, Dask nannies) for one fresh run."""
    out = Path(tempfile.mkdtemp(dir=tmp))
    command = [sys.executable, "-m", "newsmine", "batch", *inputs, "--glob", "*.md", "--out", str(out / "out"),
               "--engine", engine, "-j", str(jobs), "--shard-size", str(shard_size)]
    cpu, started = cpu_of_children(), time.perf_counter()
    proc = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env={"PYTHONPATH": str(ROOT / "src"),
                          "PATH": "/usr/bin:/bin", "HOME": str(Path.home())})
    wall, cpu = time.perf_counter() - started, cpu_of_children() - cpu
    line = next((ln for ln in proc.stdout.splitlines() if ln.startswith("batch:")), "")
    found = re.search(r"; (\d+) articles, .* in ([\d.]+) s", line)
    if proc.returncode != 0 or not found:
        raise SystemExit(f"{' '.join(command)} failed:\n{proc.stdout}{proc.stderr[-2000:]}")
    return wall, int(found.group(1)), float(found.group(2)), cpu


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", type=Path, default=ROOT.parent / "shared" / "data" / "news_zh" / "pool")
    ap.add_argument("--shard-size", type=int, default=20, help="articles per shard (default 20)")
    ap.add_argument("--rounds", type=int, default=2, help="runs per configuration; the best is kept (default 2)")
    args = ap.parse_args()
    if not args.folder.is_dir():
        print(f"skipped: {args.folder} is absent")
        return
    one = sorted(p for p in args.folder.glob("*.md") if p.name.lower() != "readme.md")[:1]
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        print(f"newsmine batch on {args.folder} (*.md), shard size {args.shard_size}, best of {args.rounds}")
        print(f"{'engine':7} {'-j':>3} {'articles':>9} {'wall s':>8} {'wall art/s':>11} {'run s':>7} "
              f"{'run art/s':>10} {'CPU s':>7} {'1-article wall s':>17} {'1-article CPU s':>16}")
        for engine, jobs in CONFIGS:
            wall, articles, inside, cpu = min(run([str(args.folder)], engine, jobs, args.shard_size, tmp)
                                              for _ in range(args.rounds))
            fixed_wall, _, _, fixed_cpu = min(run([str(one[0])], engine, jobs, args.shard_size, tmp)
                                              for _ in range(args.rounds))
            print(f"{engine:7} {jobs:>3} {articles:>9} {wall:>8.2f} {articles / wall:>11.1f} {inside:>7.2f} "
                  f"{articles / inside:>10.1f} {cpu:>7.1f} {fixed_wall:>17.2f} {fixed_cpu:>16.1f}")


if __name__ == "__main__":
    main()
