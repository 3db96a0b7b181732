"""Ingest workers: speed with -j 1 and -j 2, and the memory each process holds (issue 17, item 3).

    python bench/workers.py [FOLDER] [--jobs 1 2] [--repeat 1]

Runs `newsmine ingest FOLDER -j N` into a new temporary SQLite archive for each N (default: the
Markdown articles of ../shared/data/news_zh/pool), timing the whole command, and samples every
0.25 s the memory of the command and of its worker processes from /proc/PID/smaps_rollup: PSS
(shared pages divided among the processes sharing them) and USS (pages a process alone holds:
Private_Clean + Private_Dirty). It prints, per run, the wall time, the rate, and each process's
largest PSS and USS, and the largest PSS of all the run's processes summed at one instant. What
another worker costs is its USS (the pages it alone holds), set against the -j 1 process. Linux only (smaps_rollup); the machine may be shared, so compare runs made
one after the other.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

POOL = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "news_zh" / "pool"


def memory(pid: int) -> tuple[int, int] | None:
    """(PSS, USS) of a process in kB, or None when it is gone."""
    try:
        text = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return None
    fields = {line.split(":")[0]: int(line.split()[1]) for line in text.splitlines()[1:] if line.endswith("kB")}
    return fields.get("Pss", 0), fields.get("Private_Clean", 0) + fields.get("Private_Dirty", 0)


def children(pid: int) -> list[int]:
    try:
        return [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def run(folder: Path, jobs: int) -> tuple[float, dict[str, tuple[int, int]], int, str]:
    """Wall seconds, the largest (PSS, USS) seen of the parent and of each worker, the largest PSS of
    all of them summed at one instant, and the command's summary line."""
    peaks: dict[int, tuple[int, int]] = {}
    total = 0
    with tempfile.TemporaryDirectory() as tmp:
        command = [sys.executable, "-m", "newsmine", "ingest", str(folder), "-j", str(jobs), "--db", f"{tmp}/a.sqlite"]
        started = time.perf_counter()
        proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        done = threading.Event()

        def sample() -> None:
            nonlocal total
            while not done.is_set():
                now = 0
                for pid in [proc.pid, *children(proc.pid)]:
                    if (got := memory(pid)) is not None:
                        old = peaks.get(pid, (0, 0))
                        peaks[pid] = (max(old[0], got[0]), max(old[1], got[1]))
                        now += got[0]
                total = max(total, now)
                time.sleep(0.25)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        out, _ = proc.communicate()
        seconds = time.perf_counter() - started
        done.set()
        sampler.join()
    named = {"parent": peaks.pop(proc.pid, (0, 0))}
    for i, pid in enumerate(sorted(peaks), 1):
        named[f"worker {i}"] = peaks[pid]
    return seconds, named, total, out.strip().splitlines()[-1] if out.strip() else ""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=POOL)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    if not args.folder.is_dir():
        print(f"workers: no folder {args.folder}; skipped")
        return 0
    articles = len(list(args.folder.glob("*.md")))
    print(f"{articles} Markdown articles in {args.folder}")
    print("| run | wall s | articles/s | process | peak PSS MB | peak USS MB | all at once: peak PSS MB |")
    print("| --- | ---: | ---: | --- | ---: | ---: | ---: |")
    for round_ in range(args.repeat):
        for jobs in args.jobs:
            seconds, procs, total, summary = run(args.folder, jobs)
            for name, (pss, uss) in procs.items():
                print(f"| -j {jobs} #{round_ + 1} | {seconds:.1f} | {articles / seconds:.1f} | {name} | "
                      f"{pss / 1024:.0f} | {uss / 1024:.0f} | {total / 1024:.0f} |")
            print(f"<!-- {summary} -->")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
