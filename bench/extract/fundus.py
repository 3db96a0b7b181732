"""Structured fields on fundus's publisher fixtures: images with captions and credits linked to the
right image, authors, dates, titles; newsmine beside trafilatura on the same pages, same run.

    python bench/extract/fundus.py ../shared/data/extraction/fundus [--no-trafilatura] [--limit N]

Pairing (as the data's PROVENANCE.md says): per publisher, the i-th oldest page goes with the i-th
sorted version key of `<Publisher>.json` when the counts match; other publishers are skipped.
Scores (../shared/data/README.md): title exact after NFKC and whitespace folding; date equal at day
precision; authors micro P/R/F1 over normalised names; images P/R over file names, then caption and
credit per matched image (over the matched images whose truth has one; captions compared after
folding and without a final full stop).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
from pathlib import Path
from urllib.parse import unquote, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import newsmine_extract, skip, timed, trafilatura_available, trafilatura_full  # noqa: E402
from metric import fold, micro_f1, name_key  # noqa: E402

_END_PUNCT = " .。．"
_MD_IMAGE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)")
_CREDIT_WORDS = {"photo", "photos", "foto", "fotos", "by", "bild", "credit", "credits", "image", "quelle", "source"}


def pairs(root: Path, limit: int | None) -> list[tuple[str, bytes, dict]]:
    """(name, page bytes, expected record) for every publisher whose page and version counts match."""
    out = []
    for truth_file in sorted(root.glob("*/*.json")):
        expected = json.loads(truth_file.read_text(encoding="utf-8"))
        pages = sorted(truth_file.parent.glob(f"{truth_file.stem}_*.html.gz"))
        if len(pages) != len(expected):
            continue
        for page, key in zip(pages, sorted(expected)):
            out.append((page.name, gzip.decompress(page.read_bytes()), expected[key]))
    return out[:limit]


def file_name(url: str) -> str:
    return unquote(urlsplit(url.strip()).path.rstrip("/").rsplit("/", 1)[-1]).lower()


def credit_words(text: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"\w+", fold(text).casefold()) if w not in _CREDIT_WORDS)


def caption_ok(ours: str | None, theirs: str, credit: str | None) -> bool:
    a, b = fold(ours).rstrip(_END_PUNCT), fold(theirs).rstrip(_END_PUNCT)
    if not a:
        return False
    return a == b or (b.startswith(a) and bool(credit) and credit_words(b[len(a):]) <= credit_words(credit or "") | {""})


class Score:
    def __init__(self) -> None:
        self.n = {k: 0 for k in ("titles", "title_ok", "dates", "date_ok", "a_tp", "a_fp", "a_fn", "img_true",
                                 "img_found", "img_pred", "img_pred_ok", "cap_n", "cap_ok", "cred_n", "cred_ok")}

    def add(self, out: dict, truth: dict) -> None:
        n = self.n
        if truth.get("title"):
            n["titles"] += 1
            n["title_ok"] += fold(out.get("title")) == fold(truth["title"])
        if truth.get("publishing_date"):
            n["dates"] += 1
            n["date_ok"] += (out.get("date") or "")[:10] == truth["publishing_date"][:10]
        gold = {name_key(a) for a in truth.get("authors") or []}
        pred = {name_key(a) for a in out.get("authors") or []}
        n["a_tp"] += len(gold & pred)
        n["a_fp"] += len(pred - gold)
        n["a_fn"] += len(gold - pred)
        figures = out.get("figures") or []
        by_name = {file_name(f["src"] if isinstance(f, dict) else f.src): f for f in figures}
        n["img_pred"] += len(by_name)
        matched_pred = set()
        for image in truth.get("images") or []:
            names = {file_name(v["url"]) for v in image.get("versions") or [] if v.get("url")}
            n["img_true"] += 1
            hit = next((by_name[x] for x in names if x in by_name), None)
            if hit is None:
                continue
            n["img_found"] += 1
            matched_pred |= names & set(by_name)
            caption = hit.get("caption") if isinstance(hit, dict) else hit.caption
            credit = hit.get("credit") if isinstance(hit, dict) else hit.credit
            if image.get("caption"):
                n["cap_n"] += 1
                n["cap_ok"] += caption_ok(caption, image["caption"], credit)
            if image.get("authors"):
                n["cred_n"] += 1
                n["cred_ok"] += bool(credit) and credit_words(credit) == credit_words(" ".join(image["authors"]))
        n["img_pred_ok"] += len(matched_pred)

    def line(self, label: str, speed: float) -> str:
        n = self.n
        p, r, f1 = micro_f1(n["a_tp"], n["a_fp"], n["a_fn"])
        ratio = lambda a, b: n[a] / n[b] if n[b] else 0.0  # noqa: E731
        return (f"fundus {label:12} images R {ratio('img_found', 'img_true'):.3f} P {ratio('img_pred_ok', 'img_pred'):.3f}"
                f" | caption {ratio('cap_ok', 'cap_n'):.3f} ({n['cap_n']}) credit {ratio('cred_ok', 'cred_n'):.3f}"
                f" ({n['cred_n']}) on the matched image | authors F1 {f1:.3f} (P {p:.3f} R {r:.3f})"
                f" | date {ratio('date_ok', 'dates'):.3f} | title {ratio('title_ok', 'titles'):.3f} | {speed:.1f} pages/s")


def trafilatura_fields(data: bytes) -> dict:
    """trafilatura's metadata, and its Markdown images as figures (it links no caption or credit)."""
    out = trafilatura_full(data)
    out["figures"] = [{"src": u, "caption": None, "credit": None} for u in _MD_IMAGE.findall(out.get("markdown") or "")]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("root", type=Path, nargs="?", help="the fundus folder (holding test_data/)")
    ap.add_argument("--no-trafilatura", action="store_true")
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args()
    if skip("fundus", args.root):
        return
    root = args.root / "test_data" if (args.root / "test_data").is_dir() else args.root
    data = pairs(root, args.limit)
    print(f"fundus: {len(data)} pages paired with their expected records")
    runs = {"newsmine": newsmine_extract}
    if not args.no_trafilatura and trafilatura_available():
        runs["trafilatura"] = trafilatura_fields
    for label, fn in runs.items():
        outs, speed = timed(fn, [d for _, d, _ in data])
        score = Score()
        for (_, _, truth), out in zip(data, outs):
            score.add(out, truth)
        print(score.line(label, speed))


if __name__ == "__main__":
    main()
