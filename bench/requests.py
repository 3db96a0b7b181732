"""Crafted requests against the web app: every endpoint × hostile parameter values; counts by status.

    python bench/requests.py [--db PATH|URL]

Builds an archive from `examples/*.md` (in a temporary SQLite file unless `--db` names an empty
one, e.g. a PostgreSQL database), then sends each page and API endpoint every hostile value of
`VALUES` in each of its parameters (plus out-of-range ids in the paths), with GET and HEAD, and
prints how many answers had each status. A 500 is a bug; 422 is a refused parameter.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import warnings
from collections import Counter
from pathlib import Path

from newsmine.analyze.pipeline import analyze
from newsmine.read import read_article
from newsmine.store import open_store
from newsmine.store.write import put_doc

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
ENDPOINTS = {
    "/api/search": ["q", "since", "until", "outlet", "person", "section", "substring", "limit", "offset"],
    "/api/people": ["name"], "/api/quotes": ["speaker", "about", "since", "until", "limit", "offset"],
    "/api/events": ["participant", "since", "until", "type", "limit", "offset"], "/api/lexicon": ["type", "q", "format"],
    "/": ["q", "since", "until", "outlet", "person", "section", "offset"], "/person": ["name"],
    "/quotes": ["speaker", "about", "since", "until", "offset"], "/events": ["participant", "since", "until", "type", "offset"],
    "/lexicon": ["type", "q"],
}
VALUES = ["", " ", "²", "٣", "-1", "0", "9" * 30, str(2**63), str(2**63 - 1), "1e9", "NaN", "%" * 20_000, "_" * 5000,
          "x" * 501, "𝐱" * 500, "卫星" * 250, "a\x00b", "\x00", "'; DROP TABLE articles; --", "a & !b | c:*", "\"",
          "<script>alert(1)</script>", "javascript:alert(1)", "2026-02-30", "9999-99-99", "普京", "Putin", "\ud7ff",
          "\u202e", "\\", "%00", "true", "csv", "../../etc/passwd"]
PATHS = ["/api/people/{}", "/people/{}", "/articles/{}", "/api/articles/{}"]
IDS = ["1", "0", "-1", "²", "9" * 30, str(2**63), str(2**63 - 1), "1.5", "abc", "%00"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="an empty archive to fill (default: a temporary SQLite file)")
    args = parser.parse_args()
    db = args.db or str(Path(tempfile.mkdtemp(prefix="newsmine-requests-")) / "a.sqlite")
    with open_store(db) as store:
        for path in sorted(EXAMPLES.glob("*.md")):
            put_doc(store, analyze(read_article(str(path))).to_dict(), pipeline="bench")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

        from newsmine.web import create_app

        client = TestClient(create_app(db), raise_server_exceptions=False)
    statuses: Counter[int] = Counter()
    failures: list[str] = []
    requests = [(path, {name: value}) for path, names in ENDPOINTS.items() for name in names for value in VALUES]
    requests += [(pattern.format(i), {}) for pattern in PATHS for i in IDS]
    for path, params in requests:
        for method in ("GET", "HEAD"):
            response = client.request(method, path, params=params, follow_redirects=False)
            statuses[response.status_code] += 1
            if response.status_code >= 500:
                failures.append(f"{response.status_code} {method} {path} {str(params)[:80]}")
    print(f"{sum(statuses.values())} requests: " + ", ".join(f"{n} × {code}" for code, n in sorted(statuses.items())))
    for line in failures[:20]:
        print(line)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
