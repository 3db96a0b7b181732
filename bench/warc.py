"""Web archives at CC-NEWS scale: stream a 1-GB-class WARC through the reader, and through `ingest`.

    python bench/warc.py [--size-mb 1024] [--out /tmp/nm/ingest/bench.warc.gz] [--keep]
                         [--ingest-hosts 1] [--jobs 1 2]

1. Generates (unless `--out` exists) a `.warc.gz` of about `--size-mb` MB on disk, one gzip member
   per record as crawlers write them, from synthetic pages built here: short news articles from
   sentence templates (simplified and traditional Chinese, English) inside page furniture (navigation,
   related links, an inline script holding random data, as real pages carry), plus images, 404s and
   re-fetches of the same URL. 100 hosts, dates spread over March 2026.
2. Streams it through `newsmine.read.warc.iter_pages` in a fresh process, without filters, with a
   host filter, and with `--lang zh --script traditional` (which decodes every page's text): records/s,
   MB/s and the process's peak RSS.
3. Runs `newsmine ingest --warc FILE --host HOST` over the whole file (every record is read; the
   pages of `--ingest-hosts` of the 100 hosts are analysed and stored) with each `--jobs`: articles/s
   and the peak RSS of the largest process.

Nothing here is tuned: the figures are measurements (bench/README.md).
"""

from __future__ import annotations

import argparse
import base64
import gzip
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOSTS = [f"news{i:02d}.example.{tld}" for i, tld in zip(range(100), ["cn", "com", "com.tw", "com.hk", "org"] * 20)]

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉力宁志国海波丹俊鹏斌宇浩凯"
PLACES = ["东川", "南湖", "西岭", "北塘", "青州", "云港", "石门", "安平", "临江", "白沙"]
OFFICES = ["交通局局长", "教育局副局长", "卫生局发言人", "环保局局长", "港务局局长", "文化局副局长", "气象台台长"]
TOPICS = [("新建地铁线路", "明年底通车"), ("扩建港口码头", "两年内完工"), ("改造老旧小区", "年内开工"),
          ("开放夜间图书馆", "下月开始试行"), ("增设公交专线", "本周起运行"), ("整治河道污染", "三年内见效")]
ZH = [
    "{place}市{office}{name}（{latin}）{weekday}在记者会上宣布，{place}将{topic}，预计{when}。",
    "{name}说：“这项工程关系到{n}万市民的日常出行，我们会按期完成。”",
    "据{place}市政府公布的数字，项目总投资约{n}亿元，其中三成来自省级财政。",
    "当地居民{name2}表示，希望施工期间噪音和交通管制的影响能降到最低。",
    "{office}还说，明年{month}月将就下一阶段计划公开征求意见。",
    "分析人士认为，{place}近年人口增长较快，公共设施的压力逐年上升。",
]
EN = [
    "{place_en} city officials said on {weekday_en} that work to {topic_en} would begin in {month_en}.",
    "\"This project affects {n},000 residents every day, and we intend to finish on time,\" said {name_en}, who heads the works office.",
    "The council put the cost at about {n} million dollars, a third of it from the regional budget.",
    "Residents told reporters they hoped noise and road closures would be kept to a minimum.",
]


def person(rng: random.Random) -> tuple[str, str]:
    s, g = rng.choice(SURNAMES), "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2))))
    return s + g, f"{'Wang Li Zhang Chen Lin Zhou Wu Xu'.split()[rng.randrange(8)]} {'Wei Fang Min Jing Qiang Jun'.split()[rng.randrange(6)]}"


def article(rng: random.Random, kind: str) -> tuple[str, list[str]]:
    name, latin = person(rng)
    name2, _ = person(rng)
    topic, when = rng.choice(TOPICS)
    place = rng.choice(PLACES)
    slots = dict(place=place, office=rng.choice(OFFICES), name=name, latin=latin, name2=name2,
                 weekday="周" + "一二三四五"[rng.randrange(5)], topic=topic, when=when, n=rng.randrange(3, 90),
                 month=rng.randrange(1, 13), place_en=f"Marren{rng.randrange(99)}",
                 weekday_en=rng.choice(["Monday", "Tuesday", "Friday"]), topic_en="rebuild the river bridge",
                 month_en=rng.choice(["April", "June", "October"]), name_en=f"Helen Okafor{rng.randrange(99)}")
    if kind == "en":
        return f"Marren{slots['n']} to rebuild river bridge", [s.format(**slots) for s in EN]
    paras = [s.format(**slots) for s in ZH[: rng.randrange(4, len(ZH) + 1)]]
    title = f"{place}将{topic}"
    return title, paras


def page(rng: random.Random, url: str, kind: str) -> bytes:
    title, paras = article(rng, kind)
    nav = "".join(f'<li><a href="/section/{i}?ref={rng.getrandbits(32):x}">栏目{i}</a></li>' for i in range(40))
    related = "".join(f'<li><a href="/2026/03/{rng.getrandbits(40):x}.html">相关报道 {rng.getrandbits(20)}</a></li>'
                      for _ in range(30))
    blob = base64.b64encode(rng.randbytes(rng.randrange(20_000, 60_000))).decode()
    lang = {"en": "en", "zh-hant": "zh-Hant"}.get(kind, "zh-CN")
    body = "".join(f"<p>{p}</p>" for p in paras)
    html = (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
            f'<meta property="og:url" content="{url}"></head><body><nav><ul>{nav}</ul></nav>'
            f'<article><h1>{title}</h1>{body}</article><aside><ul>{related}</ul></aside>'
            f'<script>window.__STATE__="{blob}";</script><footer>© 2026</footer></body></html>')
    return (_to_traditional(html) if kind == "zh-hant" else html).encode("utf-8")


def _to_traditional(text: str) -> str:
    import opencc

    return opencc.OpenCC("s2t").convert(text)


def record(url: str, body: bytes, when: str, ctype: str = "text/html; charset=utf-8", status: int = 200) -> bytes:
    http = (f"HTTP/1.1 {status} {'OK' if status == 200 else 'Not Found'}\r\nContent-Type: {ctype}\r\n"
            f"Content-Length: {len(body)}\r\n\r\n").encode("latin-1") + body
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\nWARC-Date: {when}\r\n"
            f"WARC-Target-URI: {url}\r\nContent-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(http)}\r\n\r\n").encode("utf-8")
    return gzip.compress(head + http + b"\r\n\r\n", compresslevel=6)


def generate(out: Path, size_mb: int, seed: int = 5) -> dict[str, int]:
    rng = random.Random(seed)
    counts = {"records": 0, "html": 0, "images": 0, "404": 0, "refetch": 0}
    target = size_mb * 1_000_000
    written = 0
    urls: list[str] = []
    tmp = out.with_suffix(".part")
    with open(tmp, "wb") as fh:
        while written < target:
            host = rng.choice(HOSTS)
            when = f"2026-03-{rng.randrange(1, 32):02d}T{rng.randrange(24):02d}:{rng.randrange(60):02d}:00Z"
            roll = rng.random()
            if roll < 0.05:
                data, kind = record(f"https://{host}/img/{rng.getrandbits(48):x}.jpg", rng.randbytes(30_000), when,
                                    "image/jpeg"), "images"
            elif roll < 0.08:
                data, kind = record(f"https://{host}/gone/{rng.getrandbits(32):x}", b"<html>not found</html>", when,
                                    status=404), "404"
            elif roll < 0.10 and urls:
                url = rng.choice(urls)
                data, kind = record(url, page(rng, url, "zh"), when), "refetch"
            else:
                url = f"https://{host}/2026/03/{rng.getrandbits(48):x}.html"
                urls.append(url)
                kind_of_page = "en" if roll > 0.92 else "zh-hant" if roll > 0.82 else "zh"
                data, kind = record(url, page(rng, url, kind_of_page), when), "html"
            fh.write(data)
            written += len(data)
            counts["records"] += 1
            counts[kind] += 1
    tmp.rename(out)
    return counts


READER = """
import json, resource, sys, time
from datetime import date
from newsmine.read.warc import WarcFilters, WarcStats, iter_pages
args = json.loads(sys.argv[1])
filters = WarcFilters(hosts=tuple(args["hosts"]), languages=tuple(args["languages"]), scripts=tuple(args["scripts"]))
stats = WarcStats()
started = time.perf_counter()
for page in iter_pages(args["path"], filters, stats):
    pass
seconds = time.perf_counter() - started
usage = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({"seconds": seconds, "cpu": usage.ru_utime + usage.ru_stime, "records": stats.records,
                  "pages": stats.pages, "rss_mb": usage.ru_maxrss / 1024}))
"""


def read_run(path: Path, **filters: list[str]) -> dict[str, float]:
    args = {"path": str(path), "hosts": [], "languages": [], "scripts": [], **filters}
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    out = subprocess.run([sys.executable, "-c", READER, json.dumps(args)], capture_output=True, text=True, env=env,
                         check=True)
    return json.loads(out.stdout)


INGEST = """
import json, resource, sys
from newsmine.cli import main
try:
    main(sys.argv[1:], standalone_mode=False)
finally:
    me, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    print("RSS " + json.dumps({"main": me.ru_maxrss / 1024, "workers": workers.ru_maxrss / 1024}))
"""


def ingest_run(path: Path, hosts: list[str], jobs: int) -> tuple[str, float, dict[str, float]]:
    """`newsmine ingest --warc` in a fresh process: its output, wall seconds, and the peak RSS of the
    main process (reader and writer) and of the largest worker."""
    with tempfile.TemporaryDirectory(dir=path.parent) as tmp:
        db = str(Path(tmp) / "archive.sqlite")
        host_args = [a for h in hosts for a in ("--host", h)]
        env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
        started = time.perf_counter()
        proc = subprocess.run([sys.executable, "-c", INGEST, "ingest", "--warc", str(path), *host_args,
                               "--db", db, "-j", str(jobs)], capture_output=True, text=True, env=env)
        seconds = time.perf_counter() - started
    lines = proc.stdout.strip().splitlines()
    rss = json.loads(next(ln[4:] for ln in lines if ln.startswith("RSS ")))
    return " | ".join(ln for ln in lines if not ln.startswith("RSS ")), seconds, rss


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size-mb", type=int, default=1024)
    parser.add_argument("--out", type=Path, default=Path("/tmp/nm/ingest/bench.warc.gz"))
    parser.add_argument("--keep", action="store_true", help="Keep the generated file.")
    parser.add_argument("--ingest-hosts", type=int, default=1, help="How many of the 100 hosts ingest analyses.")
    parser.add_argument("--jobs", type=int, nargs="*", default=[1, 2], help="ingest runs (none: read only)")
    args = parser.parse_args()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    if not args.out.exists():
        started = time.perf_counter()
        counts = generate(args.out, args.size_mb)
        print(f"generated {args.out} ({args.out.stat().st_size / 1e6:.0f} MB) in {time.perf_counter() - started:.0f} s: "
              + ", ".join(f"{k} {v}" for k, v in counts.items()))
    size = args.out.stat().st_size / 1e6
    try:
        for label, filters in (("no filter", {}), ("--host (1 of 100 hosts)", {"hosts": [HOSTS[7]]}),
                               ("--lang zh --script traditional", {"languages": ["zh"], "scripts": ["traditional"]})):
            r = read_run(args.out, **filters)
            print(f"read, {label}: {r['records']} records, {r['pages']} pages in {r['seconds']:.1f} s = "
                  f"{r['records'] / r['seconds']:.0f} records/s, {size / r['seconds']:.1f} MB/s (compressed); "
                  f"{r['cpu']:.1f} CPU s = {r['records'] / r['cpu']:.0f} records per CPU s; peak RSS {r['rss_mb']:.0f} MB")
        for jobs in args.jobs:
            line, seconds, rss = ingest_run(args.out, HOSTS[: args.ingest_hosts], jobs)
            print(f"ingest --warc -j {jobs} --host ({args.ingest_hosts} of 100 hosts): {line} [wall {seconds:.0f} s; "
                  f"peak RSS: main process {rss['main']:.0f} MB, largest worker {rss['workers']:.0f} MB]")
    finally:
        if not args.keep:
            args.out.unlink()


if __name__ == "__main__":
    main()
