"""jieba's segmentation of a short text (a search query) without loading jieba's dictionary.

Loading jieba's 350,000-word dictionary takes seconds, while a query needs the frequencies of its
own substrings only. They are read from an on-disk SQLite copy of the dictionary and of jieba's
HMM tables (in the user's cache folder, keyed by jieba's files), written the first time jieba is
loaded for a query. `cut` follows jieba 0.42's accurate mode with the HMM step by step (words of
the dictionary as a DAG, the most probable route, runs of unknown single characters through the
HMM), so it gives the same words as `jieba.lcut`.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import sqlite3
import tempfile
from functools import cache
from math import log
from pathlib import Path
from typing import Any

from newsmine.cache import cache_dir

MAX_BLOCK = 64  # longer runs of word characters are left to jieba itself (n² substrings)

_HAN_BLOCK = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._%\\-]+)")
_SKIP = re.compile(r"(\r\n|\s)")
_HMM_HAN = re.compile("([\u4E00-\u9FD5]+)")
_HMM_SKIP = re.compile(r"([a-zA-Z0-9]+(?:\.\d+)?%?)")
_MIN_FLOAT = -3.14e100
_PREV_STATES = {"B": "ES", "M": "MB", "S": "SE", "E": "BM"}


def cache_file() -> Path | None:
    """Where the copy of the installed jieba's dictionary lives (None when there is nowhere)."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:
        return None
    package = Path(spec.origin).parent
    try:
        key = "-".join(f"{s.st_size}.{s.st_mtime_ns}" for s in
                       ((package / "dict.txt").stat(), (package / "finalseg" / "prob_emit.py").stat()))
        base = cache_dir()
    except (OSError, RuntimeError):  # jieba's files unreadable, or no home folder
        return None
    return base / f"jieba-{key}.sqlite"


def write(path: Path, freq: dict[str, int], total: int, start: dict[str, float],
          trans: dict[str, dict[str, float]], emit: dict[str, dict[str, float]]) -> None:
    """Write a dictionary copy atomically (a concurrent reader sees the old file or the new one)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    os.close(fd)
    try:
        with sqlite3.connect(tmp) as db:
            db.execute("PRAGMA journal_mode=OFF")
            db.execute("PRAGMA synchronous=OFF")
            db.execute("CREATE TABLE freq (word TEXT PRIMARY KEY, n INTEGER) WITHOUT ROWID")
            db.execute("CREATE TABLE emit (ch TEXT, state TEXT, p REAL, PRIMARY KEY (ch, state)) WITHOUT ROWID")
            db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
            db.executemany("INSERT INTO freq VALUES (?, ?)", sorted(freq.items()))
            db.executemany("INSERT INTO emit VALUES (?, ?, ?)",
                           ((ch, state, p) for state, table in emit.items() for ch, p in table.items()))
            db.executemany("INSERT INTO meta VALUES (?, ?)", (("total", json.dumps(total)),
                           ("start", json.dumps(start)), ("trans", json.dumps(trans))))
        db.close()
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def write_from_jieba(tokenizer: Any, path: Path) -> None:
    """Copy a loaded jieba tokenizer's dictionary and jieba's HMM tables to `path`."""
    from jieba import finalseg

    write(path, tokenizer.FREQ, tokenizer.total, finalseg.start_P, finalseg.trans_P, finalseg.emit_P)


class Segmenter:
    """jieba's accurate mode with the HMM over a dictionary copy written by `write`."""

    def __init__(self, path: Path) -> None:
        self.db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, check_same_thread=False)
        meta = dict(self.db.execute("SELECT key, value FROM meta"))
        self.log_total = log(json.loads(meta["total"]))
        self.start: dict[str, float] = json.loads(meta["start"])
        self.trans: dict[str, dict[str, float]] = json.loads(meta["trans"])

    def cut(self, text: str) -> list[str] | None:
        """The words `jieba.lcut(text)` gives, or None when a block is too long for this path."""
        blocks = _HAN_BLOCK.split(text)
        if any(len(b) > MAX_BLOCK for b in blocks):
            return None
        out: list[str] = []
        for block in blocks:
            if not block:
                continue
            if _HAN_BLOCK.match(block):
                out += self._cut_block(block)
                continue
            for piece in _SKIP.split(block):
                if _SKIP.match(piece):
                    out.append(piece)
                else:
                    out.extend(piece)
        return out

    def _freq(self, text: str) -> dict[str, int]:
        subs = sorted({text[i:j] for i in range(len(text)) for j in range(i + 1, len(text) + 1)})
        marks = ",".join("?" * len(subs))
        return dict(self.db.execute(f"SELECT word, n FROM freq WHERE word IN ({marks})", subs))

    def _cut_block(self, s: str) -> list[str]:
        freq = self._freq(s)
        n = len(s)
        dag: dict[int, list[int]] = {}
        for k in range(n):
            ends, i, frag = [], k, s[k]
            while i < n and frag in freq:
                if freq[frag]:
                    ends.append(i)
                i += 1
                frag = s[k:i + 1]
            dag[k] = ends or [k]
        route: dict[int, tuple[float, int]] = {n: (0, 0)}
        for k in range(n - 1, -1, -1):
            route[k] = max((log(freq.get(s[k:x + 1]) or 1) - self.log_total + route[x + 1][0], x)
                           for x in dag[k])
        out: list[str] = []
        buf = ""
        x = 0
        while x < n:
            y = route[x][1] + 1
            if y - x == 1:
                buf += s[x:y]
            else:
                out += self._flush(buf, freq)
                buf = ""
                out.append(s[x:y])
            x = y
        return out + self._flush(buf, freq)

    def _flush(self, buf: str, freq: dict[str, int]) -> list[str]:
        if len(buf) <= 1:
            return [buf] if buf else []
        return list(buf) if freq.get(buf) else self._hmm(buf)

    def _hmm(self, text: str) -> list[str]:
        out: list[str] = []
        for block in _HMM_HAN.split(text):
            if _HMM_HAN.match(block):
                out += self._viterbi_cut(block)
            else:
                out += [x for x in _HMM_SKIP.split(block) if x]
        return out

    def _viterbi_cut(self, s: str) -> list[str]:
        chars = sorted(set(s))
        emit: dict[str, dict[str, float]] = {state: {} for state in "BMES"}
        for ch, state, p in self.db.execute(
                f"SELECT ch, state, p FROM emit WHERE ch IN ({','.join('?' * len(chars))})", chars):
            emit[state][ch] = p
        table = [{y: self.start[y] + emit[y].get(s[0], _MIN_FLOAT) for y in "BMES"}]
        path = {y: [y] for y in "BMES"}
        for t in range(1, len(s)):
            row, new_path = {}, {}
            for y in "BMES":
                em = emit[y].get(s[t], _MIN_FLOAT)
                prob, state = max((table[t - 1][y0] + self.trans[y0].get(y, _MIN_FLOAT) + em, y0)
                                  for y0 in _PREV_STATES[y])
                row[y] = prob
                new_path[y] = path[state] + [y]
            table.append(row)
            path = new_path
        _, state = max((table[-1][y], y) for y in "ES")
        out: list[str] = []
        begin = nexti = 0
        for i, (ch, pos) in enumerate(zip(s, path[state])):
            if pos == "B":
                begin = i
            elif pos == "E":
                out.append(s[begin:i + 1])
                nexti = i + 1
            elif pos == "S":
                out.append(ch)
                nexti = i + 1
        if nexti < len(s):
            out.append(s[nexti:])
        return out


@cache
def installed() -> Segmenter | None:
    """The segmenter over the installed jieba's dictionary copy, or None until the copy exists."""
    path = cache_file()
    if path is None or not path.exists():
        return None
    try:
        return Segmenter(path)
    except sqlite3.Error:
        return None
