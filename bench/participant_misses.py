"""Where the event participants the analysis misses are named: which kinds of miss dominate, per half of dev.

    python bench/participant_misses.py --dev-half a|b [--details FILE] [--pool DIR]

For every gold event the analysis finds (as `bench/analysis.py` matches them) and every gold participant none
of its matching frames names, the miss is put in one class by where the gold entity is written in the Markdown
text (its name or an alias):
- `entity not found`: no predicted entity is the gold one (a miss of the entities layer, not of the events);
- `in sentence, before trigger`: written before the trigger in the trigger's sentence (chosen wrong);
- `in sentence, only after trigger`: written in the sentence, after the trigger only (an object list);
- `earlier in paragraph`: named earlier in the trigger's paragraph, not in its sentence (a pronoun, a zero
  subject, a referring noun such as 该校, 两家公司);
- `earlier paragraph`: named only in paragraphs before (the story's protagonist);
- `only after the sentence`: named only later (a list after `分别是`, who is invited next sentence).
Only dev articles are read; `--details FILE` writes each miss with its sentence as JSON Lines, for half a
only (half b is the held-out check: totals only). Skips cleanly when the pool is absent.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from analysis import Annotated, dev_articles  # noqa: E402
from corpus import POOL, event_families  # noqa: E402
from resolve import occurrences  # noqa: E402

from newsmine.analyze.pipeline import DEFAULT_PIPELINE, Pipeline  # noqa: E402

CLASSES = ("entity not found", "in sentence, before trigger", "in sentence, only after trigger",
           "earlier in paragraph", "earlier paragraph", "only after the sentence")
_ENDS = "。！？\n"


def where_named(md: str, trigger: tuple[int, int], forms: set[str]) -> str:
    """The class of a found gold participant by where its names are written relative to the trigger."""
    t0 = trigger[0]
    starts = sorted(i for f in forms if f for i in occurrences(md, f))
    s0 = max(md.rfind(c, 0, t0) for c in _ENDS) + 1
    s1 = min([k for k in (md.find(c, t0) for c in _ENDS) if k >= 0] + [len(md)])
    paragraph = md.rfind("\n", 0, t0) + 1
    if any(s0 <= i < t0 for i in starts):
        return "in sentence, before trigger"
    if any(t0 <= i < s1 for i in starts):
        return "in sentence, only after trigger"
    if any(paragraph <= i < s0 for i in starts):
        return "earlier in paragraph"
    return "earlier paragraph" if any(i < paragraph for i in starts) else "only after the sentence"


def misses(art: Annotated, families: dict[str, str]) -> list[dict]:  # type: ignore[type-arg]
    """One record per gold participant of a found event that no matching frame names."""
    pred, matches = art.event_matches(families)
    ents = {e["id"]: e for e in art.gold["entities"]}
    out = []
    for g, hits in matches:
        for x in g["participants"] if hits else ():
            if any(art.pred_of.get(x, set()) & set(pred[h][1].participants) for h in hits):
                continue
            e = ents[x]
            forms = {art.md_text(s) for s in [e["name"]] + [a["span"] for a in e["aliases"]]}
            kind = where_named(art.md, tuple(g["trigger"]), forms) if art.pred_of.get(x) else CLASSES[0]
            out.append({"article": art.gold["article"], "class": kind, "type": g["type"], "trigger": g["w"],
                        "gold": art.entity_name(x), "predicted": [art.pred_name(p) for p in pred[hits[0]][1].participants]})
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev-half", choices=("a", "b"), required=True)
    parser.add_argument("--details", type=Path, help="write half a's misses here as JSON Lines")
    parser.add_argument("--pool", type=Path, default=POOL)
    args = parser.parse_args()
    if args.details and args.dev_half != "a":
        parser.error("--details is for half a only: half b is held out (totals only)")
    if not args.pool.is_dir():
        print(f"skipped: no pool at {args.pool}")
        return 0
    families, found, pipeline = event_families(), [], Pipeline(list(DEFAULT_PIPELINE))
    for _, art in dev_articles(args.pool, args.dev_half, pipeline):
        found += misses(art, families)
    counts = Counter(r["class"] for r in found)
    print(f"| missed participants of found events, dev half {args.dev_half} | count | share |")
    print("| --- | ---: | ---: |")
    for kind in CLASSES:
        print(f"| {kind} | {counts[kind]} | {counts[kind] / max(1, len(found)):.2f} |")
    print(f"| all | {len(found)} | 1.00 |")
    if args.details:
        args.details.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in found), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
