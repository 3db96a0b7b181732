"""The real-article gold corpus: where the pool and the gold files are, the dev/test split, loading.

Gold files (`bench/gold/NAME.json`, one per annotated pool article) point into the pool article's
Markdown file (`../shared/data/news_zh/pool/NAME.md`, read as UTF-8, offsets in code points) and
carry at most a few words of it (`w`), never passages. CONVENTIONS.md beside this file says what is
annotated and how.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from newsmine import data

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
POOL = Path(os.environ.get("NEWSMINE_POOL", REPO.parent / "shared" / "data" / "news_zh" / "pool"))

#: Longest `w` a gold item may carry; long spans (quotes) carry only their first words.
MAX_WORDS = 12


def split_of(name: str) -> str:
    """`test` for about one article in three, `dev` otherwise, by a hash of the article's name.

    Fixed before any annotation, so nobody chooses which articles are held out.
    """
    return "test" if int(hashlib.sha1(name.encode("utf-8")).hexdigest(), 16) % 3 == 0 else "dev"


def pool_text(name: str, pool: Path = POOL) -> str:
    """The pool article's Markdown exactly as the gold offsets count it."""
    return (pool / f"{name}.md").read_text("utf-8")


def pool_meta(name: str, pool: Path = POOL) -> dict:
    return json.loads((pool / f"{name}.json").read_text("utf-8"))


def text_sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def gold_files(gold_dir: Path = HERE) -> list[Path]:
    """Every gold file, sorted by article name."""
    return sorted(p for p in gold_dir.glob("*.json") if not p.name.startswith("_"))


def load(path: Path) -> dict:
    return json.loads(path.read_text("utf-8"))


def words(text: str, start: int, end: int) -> str:
    """The `w` a span carries: its text, cut to MAX_WORDS characters."""
    return text[start:end][:MAX_WORDS]


def event_families() -> dict[str, str]:
    """Event type → family, from the inventory the gold and newsmine share (`data/event_types.tsv`)."""
    return {row["type"]: row["family"] for row in data.table("event_types")}


def top_topics() -> set[str]:
    """The top-level topic ids of newsmine's taxonomy (`data/topic_taxonomy.tsv`), the gold's topics."""
    return {row["id"] for row in data.table("topic_taxonomy") if not row["parent"]}
