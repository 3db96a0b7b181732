"""The linear models: bench/learn.py fits weights that rank the right candidate first, and
analyze/linear.py reads such a file back and turns scores into probabilities."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from newsmine.analyze import linear

BENCH = Path(__file__).resolve().parent.parent / "bench" / "learn.py"


def _learn():
    spec = importlib.util.spec_from_file_location("learn", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# speakers of quotes: the candidate next to the speech verb is right, except where it sits inside the quote
GROUPS = [
    ([["cue=adjacent", "type=PER"], ["cue=far", "type=PER"]], 0),
    ([["cue=far", "type=ORG"], ["cue=adjacent", "type=PER"]], 1),
    ([["cue=adjacent", "inside-quote"], ["cue=far", "type=PER"]], 1),
    ([["cue=far", "type=PER"], ["cue=adjacent", "type=ORG"], ["cue=far", "type=LOC"]], 1),
]


def test_fit_ranks_the_right_candidate_first_and_writes_a_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    learn = _learn()
    weights = learn.fit(GROUPS, steps=300)
    assert learn.accuracy(weights, GROUPS) == 1.0
    assert weights["cue=adjacent"] > weights["cue=far"]
    assert weights["inside-quote"] < 0
    path = tmp_path / "toy_speakers.tsv"
    learn.write(path, weights, "trained on four invented groups")
    assert path.read_text(encoding="utf-8").startswith("# trained on four invented groups\n")

    monkeypatch.setattr(linear.data, "lines", lambda name: tuple(path.read_text("utf-8").splitlines()[1:]))
    linear.weights.cache_clear()
    try:
        probs = linear.probabilities("toy_speakers", [["cue=far", "type=PER"], ["cue=adjacent", "type=PER"], ["unknown"]])
        assert probs.index(max(probs)) == 1
        assert sum(probs) == pytest.approx(1.0)
        assert linear.score("toy_speakers", ["never-seen"]) == 0.0
    finally:
        linear.weights.cache_clear()


def test_groups_without_a_right_candidate_are_left_out() -> None:
    learn = _learn()
    weights = learn.fit([([["a"], ["b"]], 0), ([["a"], ["b"]], 5)], steps=50)
    assert weights["a"] > 0 > weights["b"]
    assert linear.probabilities("any", []) == []
