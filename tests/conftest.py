"""Shared fixtures: the bundled examples and, when the shared folder is beside the checkout, the seed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# The copy of jieba's dictionary that search queries read (newsmine.store.segmenter) is written
# once beside pytest's own cache, not in the user's cache folder.
os.environ.setdefault("NEWSMINE_CACHE", str(ROOT / ".pytest_cache" / "newsmine"))
EXAMPLES = sorted((ROOT / "examples").glob("*.md"))
SEED = ROOT.parent / "shared" / "seed" / "000_46e311496093fa8d.txt"


@pytest.fixture
def seed_path() -> Path:
    if not SEED.exists():
        pytest.skip(f"the seed article is not at {SEED}")
    return SEED
