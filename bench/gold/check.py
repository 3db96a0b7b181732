"""Check every gold file against its pool article and the conventions; print the corpus summary.

    python bench/gold/check.py [NAME ...]      # exit 1 on any problem

Checks: the pool text is the one annotated (sha1); every offset lies inside the text and every
`w` is the start of its span's text; glosses hold their term and original; entity ids are unique
and every reference (speaker, addressee, affiliation, participant, place) names a listed entity;
unnamed sources have their wording and no speaker; kinds, types, modalities, topics and time
values are well formed; the split is the one the hash gives.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from corpus import HERE, MAX_WORDS, event_families, gold_files, top_topics, load, pool_meta, pool_text, split_of, text_sha1

GENRES = {"news", "feature", "interview", "opinion", "report"}
KINDS = {"direct", "indirect", "mixed"}
ENTITY_TYPES = {"PER", "ORG", "LOC"}
GLOSS_TYPES = ENTITY_TYPES | {"OTHER"}
MODALITIES = {"asserted", "planned", "possible", "denied", "negated"}
_POINT = r"(?:\d{4}(?:-\d\d(?:-\d\d)?)?|\d{4}-W\d\d|\d{3}X|\d{2}XX|--\d\d(?:-\d\d)?|---\d\d)"
TIME_VALUE = re.compile(rf"{_POINT}(?:/{_POINT})?")



def check(gold: dict, text: str, name: str, families: dict[str, str], topics_ok: set[str]) -> list[str]:
    problems: list[str] = []

    def span(where: str, sp, w: str | None = None) -> bool:
        if not (isinstance(sp, list) and len(sp) == 2 and all(isinstance(x, int) for x in sp)
                and 0 <= sp[0] < sp[1] <= len(text)):
            problems.append(f"{where}: bad span {sp!r}")
            return False
        if w is not None and text[sp[0]:sp[1]][:MAX_WORDS] != w:
            problems.append(f"{where}: w {w!r} is not the span's text {text[sp[0]:sp[1]][:MAX_WORDS]!r}")
        if w is not None and len(w) > MAX_WORDS:
            problems.append(f"{where}: w longer than {MAX_WORDS} characters")
        return True

    if gold.get("article") != name:
        problems.append(f"article is {gold.get('article')!r}, file is {name}")
    if gold.get("split") != split_of(name):
        problems.append(f"split {gold.get('split')!r}, the hash gives {split_of(name)!r}")
    if gold.get("text_sha1") != text_sha1(text):
        problems.append("text_sha1 does not match the pool article (the text changed?)")
    if gold.get("genre") not in GENRES:
        problems.append(f"genre {gold.get('genre')!r}")
    if gold.get("published") != pool_meta(name).get("published"):
        problems.append("published differs from the pool's")

    for i, g in enumerate(gold.get("glosses", [])):
        where = f"glosses[{i}]"
        if span(where, g.get("span")) and span(where + ".term", g.get("term"), g.get("w")) \
                and span(where + ".original", g.get("original")):
            s, e = g["span"]
            for key in ("term", "original"):
                if not (s <= g[key][0] and g[key][1] <= e):
                    problems.append(f"{where}.{key} lies outside the gloss")
        if g.get("type") not in GLOSS_TYPES:
            problems.append(f"{where}: type {g.get('type')!r}")
        if not isinstance(g.get("transliterated"), bool):
            problems.append(f"{where}: transliterated must be true or false")

    entities = {}
    for i, ent in enumerate(gold.get("entities", [])):
        where = f"entities[{i}]"
        if ent.get("id") in entities:
            problems.append(f"{where}: duplicate id {ent.get('id')!r}")
        entities[ent.get("id")] = ent
        if ent.get("type") not in ENTITY_TYPES:
            problems.append(f"{where}: type {ent.get('type')!r}")
        span(where + ".name", ent.get("name"), ent.get("w"))
        for key in ("aliases", "roles"):
            for j, item in enumerate(ent.get(key, [])):
                span(f"{where}.{key}[{j}]", item.get("span"), item.get("w"))
        if ent.get("roles") and ent.get("type") != "PER":
            problems.append(f"{where}: roles are for people only")
    for i, ent in enumerate(gold.get("entities", [])):
        for a in ent.get("affiliations", []):
            if a not in entities:
                problems.append(f"entities[{i}]: affiliation {a!r} is not an entity")
            elif entities[a]["type"] == "PER":
                problems.append(f"entities[{i}]: affiliation {a!r} is a person")

    for i, q in enumerate(gold.get("quotes", [])):
        where = f"quotes[{i}]"
        span(where, q.get("span"), q.get("w"))
        if q.get("kind") not in KINDS:
            problems.append(f"{where}: kind {q.get('kind')!r}")
        if q.get("speaker_span") is not None:
            span(where + ".speaker_span", q["speaker_span"])
        if q.get("cue") is not None:
            span(where + ".cue", q["cue"])
        if q.get("unnamed"):
            if q.get("speaker") is not None:
                problems.append(f"{where}: an unnamed source has no speaker id")
            if q.get("speaker_span") is None:
                problems.append(f"{where}: an unnamed source needs its wording (speaker_span)")
        elif q.get("speaker") not in entities:
            problems.append(f"{where}: speaker {q.get('speaker')!r} is not an entity")
        if q.get("addressee") is not None and q["addressee"] not in entities:
            problems.append(f"{where}: addressee {q['addressee']!r} is not an entity")

    times = gold.get("times", [])
    for i, t in enumerate(times):
        span(f"times[{i}]", t.get("span"), t.get("w"))
        if not (isinstance(t.get("value"), str) and TIME_VALUE.fullmatch(t["value"])):
            problems.append(f"times[{i}]: value {t.get('value')!r} is not ISO 8601 as the conventions write it")

    for i, ev in enumerate(gold.get("events", [])):
        where = f"events[{i}]"
        span(where, ev.get("trigger"), ev.get("w"))
        for j, a in enumerate(ev.get("also", [])):
            span(f"{where}.also[{j}]", a)
        family = families.get(ev.get("type"))
        if family is None or family == "speech":
            problems.append(f"{where}: type {ev.get('type')!r} is not an annotated event type")
        for p in ev.get("participants", []):
            if p not in entities:
                problems.append(f"{where}: participant {p!r} is not an entity")
        if ev.get("place") is not None and ev["place"] not in entities:
            problems.append(f"{where}: place {ev['place']!r} is not an entity")
        if ev.get("time") is not None and not (isinstance(ev["time"], int) and 0 <= ev["time"] < len(times)):
            problems.append(f"{where}: time {ev['time']!r} is not an index into times")
        if ev.get("modality") not in MODALITIES:
            problems.append(f"{where}: modality {ev.get('modality')!r}")

    topics = gold.get("topics", [])
    if not 1 <= len(topics) <= 3 or any(t not in topics_ok for t in topics):
        problems.append(f"topics {topics!r}: one to three of {sorted(topics_ok)}")

    for layer, key in (("glosses", "span"), ("quotes", "span"), ("times", "span"), ("entities", "name")):
        seen = Counter(tuple(item[key]) for item in gold.get(layer, []) if isinstance(item.get(key), list))
        for sp, n in seen.items():
            if n > 1:
                problems.append(f"{layer}: span {list(sp)} annotated {n} times")
    return problems


def main(argv: list[str]) -> int:
    families, topics_ok = event_families(), top_topics()
    paths = [HERE / f"{n}.json" for n in argv] if argv else gold_files()
    bad = 0
    outlets, scripts, genres, splits, sizes = Counter(), Counter(), Counter(), Counter(), Counter()
    for path in paths:
        name = path.stem
        try:
            gold, text = load(path), pool_text(name)
        except (OSError, ValueError) as err:
            print(f"{path.name}: {err}")
            bad += 1
            continue
        problems = check(gold, text, name, families, topics_ok)
        for p in problems:
            print(f"{path.name}: {p}")
        bad += bool(problems)
        meta = pool_meta(name)
        outlets[meta["outlet"]] += 1
        scripts[meta["script"]] += 1
        genres[gold.get("genre")] += 1
        splits[gold.get("split")] += 1
        for layer in ("glosses", "entities", "quotes", "times", "events"):
            sizes[layer] += len(gold.get(layer, []))
    print(f"{len(paths)} gold files, {bad} with problems; {len(outlets)} outlets; "
          f"{scripts['traditional']} traditional, {scripts['simplified']} simplified; "
          f"splits {dict(splits)}; genres {dict(genres)}")
    print("items: " + ", ".join(f"{k} {v}" for k, v in sizes.items()))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
