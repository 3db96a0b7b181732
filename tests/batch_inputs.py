"""Articles written for the batch tests (invented events and people), laid out as a folder of
Markdown and HTML files, a JSON Lines file of newsmine/1 documents and a WARC file; and a batch
output's rows."""

from __future__ import annotations

import json
from pathlib import Path

MARKDOWN = {
    "harbour.md": """# 东湖港新码头下月启用

2025年4月8日，东湖港务集团总经理周文涛（Zhou Wentao）在记者会上表示："新码头下月起接靠万吨级货轮。"
他说，码头建设历时两年，总投资约十二亿元。

港务集团副总经理林佩珊补充说，新码头将优先服务内河航运企业。
""",
    "library.md": """# 西岭市图书馆延长开放时间

西岭市文化局3月2日宣布，市图书馆从本周六起每天开放到晚上十点。

文化局局长何建明说："希望更多上班族下班后能来读书。"据介绍，延长开放首月将增加二十名志愿者。
""",
    "rail.md": """# Northvale council approves tram extension

Northvale city council voted on Tuesday, 11 March 2025, to extend the harbour tram line by four
kilometres.

"The extension will link the new hospital to the station," said council leader Margaret Ellison.
Construction is expected to begin in the autumn.
""",
}

HTML = {
    "festival.html": """<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<title>南溪茶文化节开幕</title><meta property="article:published_time" content="2025-05-20T09:00:00+08:00">
</head><body><article><h1>南溪茶文化节开幕</h1>
<p>第五届南溪茶文化节5月20日在南溪县开幕，吸引了来自十二个省份的三百多家茶企参展。</p>
<p>南溪县县长吴志远在开幕式上说："茶产业已经成为全县农民增收的主要来源。"</p>
</article></body></html>
""",
    "bridge.html": """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Eastbrook bridge reopens after repairs</title>
<meta property="article:published_time" content="2025-06-02T08:30:00Z"></head><body><article>
<h1>Eastbrook bridge reopens after repairs</h1>
<p>The Eastbrook river bridge reopened to traffic on Monday after eight months of repairs, the
regional transport office said.</p>
<p>"Drivers can expect shorter journeys from today," said transport director Daniel Okafor.</p>
</article></body></html>
""",
}

JSONL_TEXTS = [
    """# 北川县启动山区道路改造

北川县交通局局长郑海峰6月3日说，全县今年将改造山区道路一百二十公里。""",
    """# Southport opens a new ferry terminal

Southport's harbour master, Priya Raman, said on Friday that the new terminal would serve four
ferry routes.""",
]


def write_inputs(root: Path) -> dict[str, Path]:
    """Write the articles under `root`: `articles/` (Markdown and HTML), `docs.jsonl`, and
    `crawl.warc.gz` (tests/warc_fixtures.py: four pages, two duplicates, two records no page)."""
    from newsmine.api import analyze

    from .warc_fixtures import crawl, write_warc

    folder = root / "articles"
    folder.mkdir(parents=True)
    for name, text in {**MARKDOWN, **HTML}.items():
        (folder / name).write_text(text, encoding="utf-8")
    jsonl = root / "docs.jsonl"
    lines = [json.dumps(analyze(text).to_dict(), ensure_ascii=False) for text in JSONL_TEXTS]
    jsonl.write_text("\n".join(lines) + "\n", encoding="utf-8")
    warc = write_warc(root / "crawl.warc.gz", crawl())
    return {"folder": folder, "jsonl": jsonl, "warc": warc}


def rows(out: Path) -> list[dict]:
    """Every row of the shards the manifest of `out` lists, sorted by content."""
    import pyarrow.parquet as pq

    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    found = []
    for entry in manifest["shards"].values():
        found += pq.read_table(out / entry["file"]).to_pylist()
    return sorted(found, key=lambda r: json.dumps(r, sort_keys=True, ensure_ascii=False))
