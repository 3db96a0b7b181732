"""Which HTML parser: selectolax (Lexbor) against lxml, on the same decoded aeb pages.

    python bench/extract/parsers.py ../shared/data/extraction/aeb [--rounds 3]

Measures what the reader does with a parser: parse the page, then select every <p> and read its
text. Prints pages per second for each (best of --rounds).
"""

from __future__ import annotations

import argparse
import gzip
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import skip  # noqa: E402
from newsmine.read.encoding import decode_page  # noqa: E402


def with_lexbor(text: str) -> int:
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(text)
    return sum(len(p.text()) for p in tree.css("p"))


def with_lxml(text: str) -> int:
    import lxml.html

    try:
        tree = lxml.html.fromstring(text)
    except (ValueError, lxml.etree.ParserError):
        tree = lxml.html.fromstring(text.encode("utf-8"))
    return sum(len(p.text_content()) for p in tree.iter("p"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("aeb", type=Path, nargs="?")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    if skip("aeb", args.aeb):
        return
    texts = [decode_page(p.name, gzip.decompress(p.read_bytes()))[0] for p in sorted((args.aeb / "html").glob("*.html.gz"))]
    for name, fn in (("selectolax/lexbor", with_lexbor), ("lxml", with_lxml)):
        best = 0.0
        for _ in range(args.rounds):
            start = time.perf_counter()
            for text in texts:
                fn(text)
            best = max(best, len(texts) / (time.perf_counter() - start))
        print(f"{name:18} parse + <p> text: {best:7.1f} pages/s ({len(texts)} aeb pages)")


if __name__ == "__main__":
    main()
