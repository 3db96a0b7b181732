"""The bisected span look-ups that keep mentions and quotes linear agree with a scan of every span."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsmine.analyze.mentions import RANK, Candidate, choose, overlaps, parentheses
from newsmine.analyze.antecedents import Holders
from newsmine.model import Gloss, Span

CHECKS = settings(max_examples=300, derandomize=True, deadline=None, database=None)
spans = st.tuples(st.integers(0, 40), st.integers(0, 6)).map(lambda p: Span(p[0], p[0] + p[1]))
candidates = st.lists(st.tuples(spans, st.sampled_from(sorted(RANK))).map(
    lambda p: Candidate(p[0].start, p[0].end, "PER", p[1])), max_size=15)


def _gloss(term: Span, extra: int) -> Gloss:
    return Gloss(term_span=term, span=Span(term.start, term.end + extra), term="", gloss="")


glosses = st.lists(st.tuples(spans, st.integers(0, 5)).map(lambda p: _gloss(*p)), max_size=4)


def _apart(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[1] <= b[0] or a[0] >= b[1]


@CHECKS
@given(candidates, glosses)
def test_overlaps_agrees_with_a_scan_of_every_parenthetical(cands: list[Candidate], gl: list[Gloss]) -> None:
    starts, reach = parentheses(gl)
    for c in cands:
        scanned = not all(_apart((c.start, c.end), (g.term_span.end, g.span.end)) for g in gl)
        assert overlaps(starts, reach, c.start, c.end) == scanned


@CHECKS
@given(candidates, glosses)
def test_chosen_mentions_are_apart_and_every_dropped_one_clashes(cands: list[Candidate], gl: list[Gloss]) -> None:
    chosen = choose(cands, gl)
    inside = [(g.term_span.end, g.span.end) for g in gl]
    spans_ = [(c.start, c.end) for c in chosen]
    assert all(_apart(a, b) for i, a in enumerate(spans_) for b in spans_[i + 1:])
    assert all(all(_apart(s, p) for p in inside) for s in spans_)
    for c in cands:
        if c not in chosen:
            s = (c.start, c.end)
            assert not all(_apart(s, p) for p in inside) or not all(_apart(s, t) for t in spans_)


@CHECKS
@given(st.lists(spans, max_size=12), st.lists(spans, max_size=12))
def test_holders_agree_with_a_scan_of_every_span(held: list[Span], asked: list[Span]) -> None:
    holders = Holders()
    for span in held:
        holders.add(span)
    for span in asked:
        assert holders.holds(span) == any(h.start <= span.start and span.end <= h.end for h in held)
