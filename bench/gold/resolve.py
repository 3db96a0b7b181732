"""Turn an annotator's draft into a gold file: spans written as snippets become offsets.

    python bench/gold/resolve.py DRAFT.json [DRAFT.json ...]   # writes bench/gold/NAME.json

A draft has the shape of a gold file (CONVENTIONS.md) but any span may be written as text, so
that nobody counts characters by hand. The draft stays outside the repository (it holds
snippets of the article); the gold file keeps offsets and at most MAX_WORDS characters.

Span forms, in a draft:
- `[start, end]`: offsets, kept as they are;
- `"X"`: the first occurrence of X (for a quote's speaker and cue, and a gloss's term and
  original: the occurrence nearest the quote or gloss);
- `"X#k"`: the k-th occurrence of X (1-based);
- `"left[[X]]right"`: X where it stands between that left and right context;
- `"START|...|END"`: from the start of START to the end of the first END after it (long quotes).
`split`, `published` and `text_sha1` are filled in from the pool.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from corpus import HERE, pool_meta, pool_text, split_of, text_sha1, words


class DraftError(ValueError):
    pass


def occurrences(text: str, needle: str) -> list[int]:
    out, i = [], text.find(needle)
    while i >= 0:
        out.append(i)
        i = text.find(needle, i + 1)
    return out


def locate(text: str, spec, near: tuple[int, int] | None = None,
           within: tuple[int, int] | None = None) -> list[int] | None:
    """Offsets `[start, end]` for one span spec (see the module docstring)."""
    if spec is None:
        return None
    if isinstance(spec, list):
        if len(spec) != 2 or not all(isinstance(x, int) for x in spec):
            raise DraftError(f"bad span {spec!r}")
        return spec
    if not isinstance(spec, str) or not spec:
        raise DraftError(f"bad span {spec!r}")
    if "|...|" in spec:
        first, last = spec.split("|...|", 1)
        s = locate(text, first, near, within)[0]
        e = text.find(last, s + len(first))
        if e < 0:
            raise DraftError(f"end {last!r} not found after {first!r}")
        return [s, e + len(last)]
    m = re.fullmatch(r"(.*)\[\[(.+?)\]\](.*)", spec, re.S)
    if m:
        left, mid, right = m.groups()
        hits = occurrences(text, left + mid + right)
        if not hits:
            raise DraftError(f"{spec!r} not found")
        s = _pick(hits, near) + len(left)
        return [s, s + len(mid)]
    m = re.fullmatch(r"(.+)#(\d+)", spec, re.S)
    if m:
        hits = occurrences(text, m.group(1))
        k = int(m.group(2))
        if k < 1 or k > len(hits):
            raise DraftError(f"{spec!r}: only {len(hits)} occurrence(s)")
        return [hits[k - 1], hits[k - 1] + len(m.group(1))]
    hits = occurrences(text, spec)
    if within is not None:
        hits = [h for h in hits if within[0] <= h and h + len(spec) <= within[1]]
    if not hits:
        raise DraftError(f"{spec!r} not found" + (" inside its item" if within else ""))
    s = _pick(hits, near) if near else hits[0]
    return [s, s + len(spec)]


def _pick(hits: list[int], near: tuple[int, int] | None) -> int:
    if not near:
        return hits[0]
    return min(hits, key=lambda h: 0 if near[0] <= h < near[1] else min(abs(h - near[0]), abs(h - near[1])))


def span_item(text: str, spec, **kw) -> dict:
    s, e = locate(text, spec, **kw)
    return {"span": [s, e], "w": words(text, s, e)}


def resolve(draft: dict) -> dict:
    name = draft["article"]
    text = pool_text(name)
    meta = pool_meta(name)
    out = {
        "article": name,
        "split": split_of(name),
        "genre": draft.get("genre", "news"),
        "published": meta.get("published"),
        "text_sha1": text_sha1(text),
    }
    glosses = []
    for g in draft.get("glosses", []):
        s, e = locate(text, g["span"])
        term = locate(text, g["term"], near=(s, e), within=(s, e))
        orig = locate(text, g["original"], near=(s, e), within=(s, e))
        glosses.append({"span": [s, e], "term": term, "original": orig, "w": words(text, *term),
                        "type": g["type"], "transliterated": bool(g.get("transliterated", False))})
    out["glosses"] = glosses
    entities = []
    for ent in draft.get("entities", []):
        s, e = locate(text, ent["name"])
        entities.append({
            "id": ent["id"], "type": ent["type"], "name": [s, e], "w": words(text, s, e),
            "original": ent.get("original"),
            "aliases": [span_item(text, a) for a in ent.get("aliases", [])],
            "roles": [span_item(text, r) for r in ent.get("roles", [])],
            "affiliations": list(ent.get("affiliations", [])),
        })
    out["entities"] = entities
    quotes = []
    for q in draft.get("quotes", []):
        s, e = locate(text, q["span"])
        sp = locate(text, q.get("speaker_span"), near=(s, e))
        cue = locate(text, q.get("cue"), near=(s, e))
        quotes.append({"span": [s, e], "w": words(text, s, e), "kind": q["kind"],
                       "speaker": q.get("speaker"), "unnamed": bool(q.get("unnamed", False)),
                       "speaker_span": sp, "cue": cue, "addressee": q.get("addressee")})
    out["quotes"] = quotes
    out["times"] = [dict(span_item(text, t["span"]), value=t.get("value")) for t in draft.get("times", [])]
    events = []
    for ev in draft.get("events", []):
        s, e = locate(text, ev["trigger"])
        events.append({"type": ev["type"], "trigger": [s, e], "w": words(text, s, e),
                       "also": [locate(text, a) for a in ev.get("also", [])],
                       "participants": list(ev.get("participants", [])), "place": ev.get("place"),
                       "time": ev.get("time"), "modality": ev.get("modality", "asserted")})
    out["events"] = events
    out["topics"] = list(draft.get("topics", []))
    return out


def main(argv: list[str]) -> int:
    status = 0
    for arg in argv:
        try:
            draft = json.loads(Path(arg).read_text("utf-8"))
            gold = resolve(draft)
        except (DraftError, KeyError, json.JSONDecodeError, OSError) as err:
            print(f"{arg}: {type(err).__name__}: {err}", file=sys.stderr)
            status = 1
            continue
        path = HERE / f"{gold['article']}.json"
        dumped = json.dumps(gold, ensure_ascii=False, indent=1)
        dumped = re.sub(r"\[\s+(\d+),\s+(\d+)\s+\]", r"[\1, \2]", dumped)
        path.write_text(dumped + "\n", "utf-8")
        print(f"{arg} -> {path}")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
