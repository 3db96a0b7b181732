"""How time grows with the input: the seed article's body repeated 1×, 2×, 4× … 64×, timed per step.

    python bench/growth.py [SEED] [--max-factor 64] [--budget SECONDS] [--repeat N]

Times, for each factor, the Markdown reader, every pipeline component (one after the other on the
same Doc) and the web article page's highlighter, and prints microseconds per character of the
canonical text plus two figures per step: `×k/×1`, the time per character at the largest factor
measured over the time per character at 1× (≤ 1.5 is the target: linear), and the growth exponent
`b` of `time ≈ n^b` fitted over all factors (1 is linear, 2 quadratic). The article-size cap is not
applied here: the point is to see the growth past it. Once one factor's whole run passes `--budget`
seconds, larger factors are skipped (and said so). Skips cleanly when the seed is absent.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from newsmine.analyze.pipeline import DEFAULT_PIPELINE, Pipeline, make_doc
from newsmine.analyze.tagger import tag
from newsmine.read import read_markdown
from newsmine.names import _fold_document
from newsmine.render.highlight import highlight

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seed" / "000_46e311496093fa8d.txt"


def repeated(markdown: str, k: int) -> str:
    """The seed's Markdown with its body (everything after the title line) written K times."""
    title, _, body = markdown.partition("\n")
    return title + "\n" + "\n\n".join([body.strip("\n")] * k) + "\n"


def measure(markdown: str, repeat: int) -> tuple[int, dict[str, float]]:
    """Characters of canonical text, and the fastest of REPEAT runs of each step, in seconds."""
    best: dict[str, float] = {}

    def step(name: str, func: Callable[[], Any]) -> Any:
        start = time.perf_counter()
        result = func()
        best[name] = min(best.get(name, math.inf), time.perf_counter() - start)
        return result

    for _ in range(repeat):
        tag.cache_clear()  # the tagger remembers recent texts: every run starts cold
        _fold_document.cache_clear()  # so does the folding of whole documents
        article = step("read (Markdown)", lambda: read_markdown(markdown, "seed"))
        doc = make_doc(article)
        for comp in Pipeline(DEFAULT_PIPELINE).components:
            step(comp.name, lambda c=comp: c.func(doc))
        as_dict = doc.to_dict()
        step("web highlighter", lambda: highlight(as_dict, {}))
    return len(doc.text), best


def exponent(points: list[tuple[int, float]]) -> float:
    """Least-squares slope of log(time) over log(n)."""
    xs = [math.log(n) for n, _ in points]
    ys = [math.log(max(t, 1e-7)) for _, t in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    den = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / den if den else float("nan")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("seed", nargs="?", type=Path, default=SEED)
    parser.add_argument("--max-factor", type=int, default=64)
    parser.add_argument("--budget", type=float, default=600.0, help="skip larger factors once one run takes this long")
    parser.add_argument("--repeat", type=int, default=1, help="runs per step at each factor (the fastest counts)")
    args = parser.parse_args()
    if not args.seed.is_file():
        print(f"growth: the seed article is not at {args.seed}; skipped")
        return 0
    markdown = args.seed.read_text(encoding="utf-8")
    measure(repeated(markdown, 1), 1)  # load lexicons and models before anything is timed
    results: dict[int, tuple[int, dict[str, float]]] = {}
    k = 1
    while k <= args.max_factor:
        start = time.perf_counter()
        results[k] = measure(repeated(markdown, k), args.repeat)
        spent = time.perf_counter() - start
        print(f"×{k}: {results[k][0]:,} characters, {spent:.1f} s", file=sys.stderr)
        if spent > args.budget and k < args.max_factor:
            print(f"×{k} took {spent:.0f} s, over the {args.budget:.0f} s budget: larger factors skipped")
            break
        k *= 2
    factors = sorted(results)
    names = list(results[factors[0]][1])
    print("\nmicroseconds per character, seed body repeated (characters: "
          + ", ".join(f"×{f} {results[f][0]:,}" for f in factors) + ")\n")
    print(f"| step | {' | '.join(f'×{f}' for f in factors)} | ×{factors[-1]}/×1 | exponent b |")
    print(f"| --- | {' | '.join('---:' for _ in factors)} | ---: | ---: |")
    for name in [*names, "total"]:
        per = []
        for f in factors:
            n, steps = results[f]
            seconds = sum(steps.values()) if name == "total" else steps[name]
            per.append((n, seconds))
        micro = [t / n * 1e6 for n, t in per]
        ratio = micro[-1] / micro[0] if micro[0] else float("nan")
        print(f"| {name} | {' | '.join(f'{m:.2f}' for m in micro)} | {ratio:.1f} | {exponent(per):.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
