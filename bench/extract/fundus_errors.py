"""Per-publisher error dump for the fundus figures: missed images, wrong captions and credits.

    python bench/extract/fundus_errors.py ../shared/data/extraction/fundus [--publisher NAME] [--what images|captions|credits|summary]

Reads the pages with newsmine only and prints, per publisher, its counts and each miss (truth
beside newsmine's figure), to look for general markup rules; nothing is written.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import newsmine_extract, skip  # noqa: E402
from fundus import caption_ok, credit_words, file_name, pairs  # noqa: E402


def _get(fig: object, key: str) -> str | None:
    return fig.get(key) if isinstance(fig, dict) else getattr(fig, key)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("root", type=Path, nargs="?")
    ap.add_argument("--publisher", default=None, help="only page names starting with this")
    ap.add_argument("--what", default="summary", choices=["summary", "images", "captions", "credits", "extra"])
    args = ap.parse_args()
    if skip("fundus", args.root):
        return
    root = args.root / "test_data" if (args.root / "test_data").is_dir() else args.root
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for name, data, truth in pairs(root, None):
        pub = name.rsplit("_", 1)[0]
        if args.publisher and not name.startswith(args.publisher):
            continue
        figures = newsmine_extract(data)["figures"] or []
        by_name = {file_name(_get(f, "src") or ""): f for f in figures}
        c = counts[pub]
        matched = set()
        for image in truth.get("images") or []:
            names = {file_name(v["url"]) for v in image.get("versions") or [] if v.get("url")}
            c["true"] += 1
            hit = next((by_name[x] for x in names if x in by_name), None)
            if hit is None:
                if args.what == "images":
                    print(f"{name} MISS {sorted(names)[:3]} cap={image.get('caption')!r:.80}")
                continue
            matched |= names
            c["found"] += 1
            cap, cred = _get(hit, "caption"), _get(hit, "credit")
            if image.get("caption"):
                c["cap_n"] += 1
                ok = caption_ok(cap, image["caption"], cred)
                c["cap_ok"] += ok
                if not ok and args.what == "captions":
                    print(f"{name} CAP\n   truth {image['caption']!r}\n   ours  {cap!r} | credit {cred!r}")
            if image.get("authors"):
                c["cred_n"] += 1
                ok = bool(cred) and credit_words(cred) == credit_words(" ".join(image["authors"]))
                c["cred_ok"] += ok
                if not ok and args.what == "credits":
                    print(f"{name} CRED truth {image['authors']!r} ours {cred!r} | cap {cap!r:.60}")
        for key, fig in by_name.items():
            c["pred"] += 1
            if key not in matched and args.what == "extra":
                print(f"{name} EXTRA {_get(fig, 'src')!r:.120}")
    print(f"{'publisher':28} {'img':>9} {'cap':>9} {'cred':>9} pred")
    for pub, c in sorted(counts.items()):
        print(f"{pub:28} {c['found']:4}/{c['true']:<4} {c['cap_ok']:4}/{c['cap_n']:<4} {c['cred_ok']:4}/{c['cred_n']:<4} {c['pred']}")


if __name__ == "__main__":
    main()
