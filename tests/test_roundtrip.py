"""Read → write → read gives an equal Article, and the written Markdown equals the input."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsmine.read import read_article, read_markdown
from newsmine.render.markdown import normalise, write_markdown

from .conftest import EXAMPLES


def _round_trip(path: Path) -> None:
    article = read_article(str(path))
    written = write_markdown(article)
    assert read_markdown(written) == article
    assert normalise(written) == normalise(path.read_text(encoding="utf-8"))


def test_seed_round_trip(seed_path):
    _round_trip(seed_path)


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_example_round_trip(path):
    _round_trip(path)


def test_there_are_at_least_three_examples_one_traditional():
    scripts = [read_article(str(p)).script for p in EXAMPLES]
    assert len(EXAMPLES) >= 3 and "traditional" in scripts


def test_markdown_specials_in_text_survive_the_round_trip():
    text = "# Title with * star\n\nA paragraph with *asterisks*, _under_scores_ and [brackets].\n\n# not a heading\n"
    article = read_markdown(text)
    for body in ("1. starts like a list, has * and _ and [x] and <b>", "- a dash", "> angle", "---", "# hash", "3.5亿人"):
        article.blocks[0].text = body
        assert read_markdown(write_markdown(article)) == article, body
