"""The body-text metric of ../shared/data/README.md (the aeb benchmark's definition), and field scores.

Tokens are `\\w+` runs with every CJK character a token of its own; texts are compared as multisets
of contiguous 4-token shingles; page scores are averaged (macro) and F1 is taken from the means.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def tokens(text: str) -> list[str]:
    """`\\w+` tokens, except that every CJK character is a token of its own."""
    out: list[str] = []
    for m in re.finditer(r"\w+", text or ""):
        word = m.group(0)
        if _CJK.search(word):
            buf = ""
            for ch in word:
                if _CJK.match(ch):
                    if buf:
                        out.append(buf)
                        buf = ""
                    out.append(ch)
                else:
                    buf += ch
            if buf:
                out.append(buf)
        else:
            out.append(word)
    return out


def shingles(text: str, n: int = 4) -> Counter:
    toks = tokens(text)
    if not toks:
        return Counter()
    if len(toks) < n:
        return Counter([tuple(toks)])
    return Counter(tuple(toks[i : i + n]) for i in range(len(toks) - n + 1))


def page_counts(truth: str, predicted: str) -> tuple[float, float, float]:
    """(TP, FP, FN) for one page, divided by TP+FP+FN so every page weighs the same."""
    t, p = shingles(truth), shingles(predicted)
    tp = sum((t & p).values())
    fp = sum(p.values()) - tp
    fn = sum(t.values()) - tp
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def page_pr(tp: float, fp: float, fn: float) -> tuple[float | None, float | None]:
    """Page precision and recall (None when the page does not count for that mean)."""
    if fp == 0 and fn == 0 and tp > 0:
        return 1.0, 1.0
    precision = tp / (tp + fp) if tp + fp > 0 else None
    recall = tp / (tp + fn) if tp + fn > 0 else None
    return precision, recall


def corpus_prf(pages: Sequence[tuple[float, float, float]]) -> tuple[float, float, float]:
    """Mean page precision (pages with output), mean page recall (pages with truth), F1 of the means."""
    ps, rs = [], []
    for tp, fp, fn in pages:
        p, r = page_pr(tp, fp, fn)
        if p is not None:
            ps.append(p)
        if r is not None:
            rs.append(r)
    precision = sum(ps) / len(ps) if ps else 0.0
    recall = sum(rs) / len(rs) if rs else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def bootstrap_sd(pages: Sequence[tuple[float, float, float]], rounds: int = 1000, seed: int = 0) -> float:
    """Standard deviation of corpus F1 over bootstrap resamples of pages."""
    rng = random.Random(seed)
    n = len(pages)
    if n == 0:
        return 0.0
    values = [corpus_prf([pages[rng.randrange(n)] for _ in range(n)])[2] for _ in range(rounds)]
    mean = sum(values) / rounds
    return (sum((v - mean) ** 2 for v in values) / rounds) ** 0.5


def fold(text: str | None) -> str:
    """NFKC and whitespace folding, for exact title comparison."""
    return " ".join(unicodedata.normalize("NFKC", text or "").split())


def name_key(name: str) -> str:
    """A normalised author name for micro P/R/F1."""
    return fold(name).casefold().strip(" .,;")


def micro_f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def paired_bootstrap(a: Sequence[tuple[float, float, float]], b: Sequence[tuple[float, float, float]],
                     rounds: int = 1000, seed: int = 0) -> float:
    """Share of page resamples in which extractor `a` does not beat `b` on F1 (a one-sided p-value)."""
    rng = random.Random(seed)
    n = len(a)
    if n == 0:
        return 1.0
    worse = 0
    for _ in range(rounds):
        idx = [rng.randrange(n) for _ in range(n)]
        if corpus_prf([a[i] for i in idx])[2] <= corpus_prf([b[i] for i in idx])[2]:
            worse += 1
    return worse / rounds
