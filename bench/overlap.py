"""How many rows of newsmine's name lexicons are themselves scored entities of the NER benchmarks.

    python bench/overlap.py [DATA_DIR] [--rows]

For each lexicon in `src/newsmine/data/` that lists names (places, countries, organisations,
teams, leagues, titles, …), counts the rows any of whose name or alias cells is exactly the surface
of a scored entity (PER, ORG or LOC as `ner.py` scores them) in MSRA test and in CLUENER dev half B
(the measured-only half; `ner.py` fixes the halves). A high count is not proof that rows were taken
from a benchmark (常见 names such as 中国 or 北京 are gold everywhere), but rows that are rare in
news and common in a benchmark deserve a look. `--rows` also lists the matching rows and where
they match (MSRA test, CLUENER half A, CLUENER half B). DATA_DIR is as for `ner.py`; the script
skips cleanly when the data are absent. Nothing read from the data is written anywhere.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from newsmine import data

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ner import cluener_half, load_cluener, load_msra  # noqa: E402

# table lexicons: the columns that hold a name or an alias of the row's entity
TABLES: dict[str, tuple[str, ...]] = {
    "abbreviations": ("abbreviation", "name"),
    "countries": ("name", "english", "aliases", "english_aliases", "capital", "capital_english"),
    "places": ("name", "english", "aliases"),
    "international_bodies": ("name", "english", "aliases"),
    "government_bodies": ("name", "english", "aliases"),
    "news_agencies": ("name", "english", "aliases", "english_aliases"),
    "parties": ("name", "english", "aliases", "english_aliases"),
    "universities": ("name", "english", "aliases", "english_aliases"),
    "think_tanks": ("name", "english", "aliases", "english_aliases"),
    "leaders": ("name", "english", "aliases", "english_aliases"),
    "companies": ("name", "english", "aliases", "city_names"),
    "sports_clubs": ("name", "english", "aliases", "city_names"),
    "sports_leagues": ("name", "english", "aliases", "city_names"),
}
# list lexicons whose entries are names or parts of names (first column)
LISTS = ("sports_cues", "titles", "surnames", "not_entities", "armed_forces")


def lexicon_rows() -> list[tuple[str, list[tuple[str, set[str]]]]]:
    """(lexicon, [(row label, its names)]) for every name lexicon present in the package."""
    out = []
    for name, columns in TABLES.items():
        rows = []
        for row in data.table(name):
            names = {x for col in columns for x in data.split_aliases(row.get(col, ""))}
            rows.append((row.get("name") or row.get(columns[0], ""), names))
        out.append((name, rows))
    for name in LISTS:
        out.append((name, [(word, {word}) for word in sorted(data.words(name))]))
    return out


def surfaces(sentences) -> set[str]:  # type: ignore[no-untyped-def]
    """The surfaces of the scored entities of `sentences` (as loaded by ner.py)."""
    return {text[s:e] for text, gold, _ in sentences for s, e, _ in gold}


def main() -> int:
    default = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "ner"
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=default)
    parser.add_argument("--rows", action="store_true", help="also list the matching rows")
    args = parser.parse_args()
    msra_path, cluener_path = args.data / "msra_test_bio.txt", args.data / "cluener_dev.jsonl"
    if not msra_path.exists() and not cluener_path.exists():
        print(f"skipped: no NER data in {args.data}")
        return 0
    msra = surfaces(load_msra(msra_path)) if msra_path.exists() else set()
    cluener = load_cluener(cluener_path) if cluener_path.exists() else []
    half_a = surfaces([s for s in cluener if cluener_half(s[0]) == "A"])
    half_b = surfaces([s for s in cluener if cluener_half(s[0]) == "B"])
    lexicons = lexicon_rows()
    print(f"{'lexicon':<22}{'rows':>6}{'in MSRA test':>14}{'in CLUENER half B':>19}")
    for name, rows in lexicons:
        in_msra = sum(1 for _, names in rows if names & msra)
        in_b = sum(1 for _, names in rows if names & half_b)
        print(f"{name:<22}{len(rows):>6}{in_msra if msra_path.exists() else '-':>14}"
              f"{in_b if cluener_path.exists() else '-':>19}")
    if args.rows:
        for name, rows in lexicons:
            for label, names in rows:
                where = [f"{tag}: {'|'.join(sorted(names & gold))}"
                         for tag, gold in (("MSRA", msra), ("A", half_a), ("B", half_b)) if names & gold]
                if where:
                    print(f"{name}\t{label}\t" + "\t".join(where))
    return 0


if __name__ == "__main__":
    sys.exit(main())
