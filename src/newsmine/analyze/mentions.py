"""Candidate name mentions (PER, ORG, LOC) from the tagger, the gazetteers and the glosses, with
the tagger's known slips repaired (马修/PER ·/w 米勒/PER joined; 俄朝 split into 俄 and 朝).
"""

from __future__ import annotations

from dataclasses import dataclass

from newsmine import data
from newsmine.analyze import gazetteer
from newsmine.analyze.tagger import NAME_TAGS, Token
from newsmine.model import EntityType, Gloss

# how much a source is trusted when two candidates overlap
RANK = {"gloss": 2, "alias": 2, "gazetteer": 1, "tagger": 1}


@dataclass(frozen=True)
class Candidate:
    """A possible mention: `[start, end)`, type, where it came from, and a canonical key if known."""

    start: int
    end: int
    type: EntityType
    source: str
    key: str | None = None


def _is_translit(word: str) -> bool:
    chars = data.words("transliteration")
    return bool(word) and all(ch in chars for ch in word)


def from_tagger(folded: str, tokens: tuple[Token, ...]) -> list[Candidate]:
    """PER/ORG/LOC words from the tagger, joined and split where it is known to slip."""
    seps, suffixes = data.words("separators"), data.words("place_suffixes")
    titles, stop = data.words("titles"), data.words("not_entities")
    out: list[Candidate] = []
    i, n = 0, len(tokens)
    while i < n:
        tok = tokens[i]
        if tok.tag not in NAME_TAGS:
            i += 1
            continue
        start, end, kind, j = tok.start, tok.end, tok.tag, i + 1
        if kind == "PER":
            while True:
                if folded[end - 1] in seps and j < n and tokens[j].start == end and (
                        tokens[j].tag == "PER" or _is_translit(tokens[j].word)):
                    end, j = tokens[j].end, j + 1
                elif j + 1 < n and tokens[j].word in seps and tokens[j].start == end and (
                        tokens[j + 1].tag == "PER" or _is_translit(tokens[j + 1].word)):
                    end, j = tokens[j + 1].end, j + 2
                elif j < n and tokens[j].start == end and tokens[j].tag != "PER" and \
                        _is_translit(tokens[j].word) and len(tokens[j].word) <= 3 and \
                        tokens[j].word not in titles and folded[start:end][-1:] not in seps and \
                        _joins_name(folded, tokens, j):
                    end, j = tokens[j].end, j + 1
                else:
                    break
            while end - start > 1 and folded[end - 1] in seps:
                end -= 1
            # a title swallowed at the front: 总统普京 → 普京
            for t in sorted(titles, key=len, reverse=True):
                if folded.startswith(t, start) and end - start - len(t) >= 2:
                    start += len(t)
                    break
        elif j < n and tokens[j].start == end and tokens[j].word in suffixes and len(tokens[j].word) >= 2:
            end, kind, j = tokens[j].end, "LOC", j + 1
        word = folded[start:end]
        if kind in ("ORG", "LOC"):
            start, end, kind = _trim(folded, start, end, kind, suffixes)
            word = folded[start:end]
        if word in stop:
            i = j
            continue
        if kind == "LOC" and len(word) == 2 and all(gazetteer.abbreviation(c) for c in word):
            for k, ch in enumerate(word):
                entry = gazetteer.abbreviation(ch)
                out.append(Candidate(start + k, start + k + 1, entry.type, "tagger", entry.name))  # type: ignore[union-attr]
        elif len(word) == 1:
            entry = gazetteer.abbreviation(word)
            if entry is not None:
                out.append(Candidate(start, end, entry.type, "tagger", entry.name))
        else:
            out.append(Candidate(start, end, kind, "tagger"))  # type: ignore[arg-type]
        i = j
    return out


def _trim(folded: str, start: int, end: int, kind: str, suffixes: frozenset[str]) -> tuple[int, int, str]:
    """A known name plus a generic tail keeps the name (北约|联盟); a base or airport is a place."""
    for tail in ("联盟", "组织", "方面"):
        if folded.endswith(tail, start, end) and gazetteer.known(folded[start : end - len(tail)]):
            return start, end - len(tail), gazetteer.known(folded[start : end - len(tail)]).type  # type: ignore[union-attr]
    if any(folded.endswith(s, start, end) for s in suffixes if len(s) >= 2) and end - start >= 4:
        kind = "LOC"
    return start, end, kind


def _joins_name(folded: str, tokens: tuple[Token, ...], j: int) -> bool:
    """Whether a short transliteration word after a PER word continues the name (阿基|门科)."""
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    return nxt is None or nxt.tag not in ("n", "nz") or not _is_translit(nxt.word)


def from_gazetteer(folded: str, tokens: tuple[Token, ...]) -> list[Candidate]:
    """Gazetteer names that agree with the tagger's word boundaries (or are long enough to trust)."""
    starts = {t.start for t in tokens}
    ends = {t.end for t in tokens}
    out = []
    for start, end, entry in gazetteer.find(folded):
        if start in starts and end in ends:
            out.append(Candidate(start, end, entry.type, "gazetteer", entry.name))
    return out


def from_glosses(glosses: list[Gloss]) -> list[Candidate]:
    """The glossed terms that name a person, organisation or place."""
    return [Candidate(g.term_span.start, g.term_span.end, g.type, "gloss")
            for g in glosses if g.type is not None]


def choose(candidates: list[Candidate], glosses: list[Gloss]) -> list[Candidate]:
    """Non-overlapping candidates outside the glosses' parentheses: trusted sources first, then longer."""
    inside = [(g.term_span.end, g.span.end) for g in glosses]
    candidates = [c for c in candidates if all(c.end <= s or c.start >= e for s, e in inside)]
    ordered = sorted(candidates, key=lambda c: (-RANK[c.source], -(c.end - c.start), c.source != "gazetteer", c.start))
    taken: list[Candidate] = []
    for cand in ordered:
        if all(cand.end <= t.start or cand.start >= t.end for t in taken):
            taken.append(cand)
    return sorted(taken, key=lambda c: c.start)
