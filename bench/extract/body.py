"""Body-text F1 on aeb, trafilatura_eval and chinese_wced: newsmine beside trafilatura, same run.

    python bench/extract/body.py --aeb ../shared/data/extraction/aeb \
        --trafilatura-eval ../shared/data/extraction/trafilatura_eval \
        --chinese-wced ../shared/data/extraction/chinese_wced [--no-trafilatura] [--limit N]

Each data set is skipped cleanly when its folder is absent. Metric: ../shared/data/README.md.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (  # noqa: E402
    newsmine_extract,
    skip,
    timed,
    trafilatura_available,
    trafilatura_decoded,
    trafilatura_extract,
)
from metric import bootstrap_sd, corpus_prf, page_counts, paired_bootstrap  # noqa: E402


def extractors(use_trafilatura: bool) -> dict:
    out = {"newsmine": newsmine_extract}
    if use_trafilatura and trafilatura_available():
        out["trafilatura"] = trafilatura_extract
    return out


def report(name: str, label: str, pages: list, speed: float, extra: str = "") -> None:
    p, r, f1 = corpus_prf(pages)
    print(f"{name:18} {label:12} F1 {f1:.3f} ± {bootstrap_sd(pages):.3f}  P {p:.3f}  R {r:.3f}  "
          f"{speed:6.1f} pages/s{extra}")


def compare(name: str, scored: dict[str, list], speeds: dict[str, float]) -> None:
    """newsmine against trafilatura on the same pages: paired bootstrap and the speed ratio."""
    if "trafilatura" in scored:
        p = paired_bootstrap(scored["newsmine"], scored["trafilatura"])
        ratio = speeds["newsmine"] / speeds["trafilatura"] if speeds["trafilatura"] else float("inf")
        print(f"{name:18} newsmine vs trafilatura: paired bootstrap p = {p:.3f} (newsmine not better); "
              f"speed {ratio:.1f}x")


def aeb(root: Path, fns: dict, limit: int | None) -> None:
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(truth)[:limit]
    pages = [gzip.decompress((root / "html" / f"{i}.html.gz").read_bytes()) for i in ids]
    scored, speeds = {}, {}
    for label, fn in fns.items():
        outs, speeds[label] = timed(fn, pages)
        scored[label] = [page_counts(truth[i]["articleBody"], o["text"]) for i, o in zip(ids, outs)]
        report("aeb", label, scored[label], speeds[label])
    compare("aeb", scored, speeds)


def trafilatura_eval(root: Path, fns: dict, limit: int | None) -> None:
    data = json.loads((root / "evaldata.json").read_text(encoding="utf-8"))
    names = sorted(k for k in data if (root / "html" / f"{data[k]['file']}.gz").exists())[:limit]
    pages = [gzip.decompress((root / "html" / f"{data[k]['file']}.gz").read_bytes()) for k in names]
    for label, fn in fns.items():
        outs, speed = timed(fn, pages)
        tp = fp = fn_ = 0
        for k, o in zip(names, outs):
            text = " ".join(o["text"].split())
            for snippet in data[k].get("with", []):
                if " ".join(snippet.split()) in text:
                    tp += 1
                else:
                    fn_ += 1
            fp += sum(1 for s in data[k].get("without", []) if " ".join(s.split()) in text)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn_) if tp + fn_ else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        print(f"{'trafilatura_eval':18} {label:12} F1 {f1:.3f}  P {precision:.3f}  R {recall:.3f}  "
              f"{speed:6.1f} pages/s  (snippets: with/without, as trafilatura's evaluation)")


def chinese_wced(root: Path, fns: dict, limit: int | None) -> None:
    names = sorted(p.stem for p in (root / "original").glob("*.html"))[:limit]
    pages = [(root / "original" / f"{n}.html").read_bytes() for n in names]
    truths = [(root / "cleaned" / f"{n}.txt").read_text(encoding="utf-8", errors="replace") for n in names]
    scored, speeds = {}, {}
    if "trafilatura" in fns:
        fns = {**fns, "traf+decode": trafilatura_decoded}
    for label, fn in fns.items():
        outs, speeds[label] = timed(fn, pages)
        scored[label] = [page_counts(t, o["text"]) for t, o in zip(truths, outs)]
        report("chinese_wced", label, scored[label], speeds[label])
    compare("chinese_wced", scored, speeds)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--aeb", type=Path)
    ap.add_argument("--trafilatura-eval", type=Path)
    ap.add_argument("--chinese-wced", type=Path)
    ap.add_argument("--no-trafilatura", action="store_true", help="newsmine only")
    ap.add_argument("--limit", type=int, default=None, help="first N pages of each set")
    args = ap.parse_args()
    fns = extractors(not args.no_trafilatura)
    if "trafilatura" not in fns and not args.no_trafilatura:
        print("trafilatura is not installed (pip install -e '.[bench]'): newsmine only")
    for name, path, run in (("aeb", args.aeb, aeb), ("trafilatura_eval", args.trafilatura_eval, trafilatura_eval),
                            ("chinese_wced", args.chinese_wced, chinese_wced)):
        if not skip(name, path):
            run(path, fns, args.limit)


if __name__ == "__main__":
    main()
