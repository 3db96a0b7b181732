"""`newsmine follow`: the fetch rate per host against the politeness budget, on a site served locally.

    python bench/follow.py [--pages 40] [--hosts 2] [--interval 0.5] [--workers 4]

Serves `--hosts` sites on 127.0.0.1 (one port each, so each is its own host for the rate limit),
each with a robots.txt, a sitemap and `--pages / --hosts` generated articles (invented events,
Chinese), and follows all the sitemaps in one round into an empty SQLite archive: every page is
fetched, read, analysed and stored. The test server records when each request arrived; the
benchmark prints, per host, the requests, their rate against the budget (1 / interval), and the
smallest and median gap between two requests. A second round (everything unchanged: one
conditional request per sitemap) is timed too.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from tests.follow_site import Site, page, serve, sitemap  # noqa: E402

from newsmine.follow import AddressPolicy, Limits, Options, follow  # noqa: E402
from newsmine.follow.politeness import HostSlots  # noqa: E402
from newsmine.store.db import open_store  # noqa: E402

TOWNS = ["青屿", "南湾", "北河", "安平", "东渠", "西岭", "临川", "白沙"]
THINGS = ["新公交线路", "社区图书馆", "防汛泵站", "夜间集市", "儿童医院分院", "跨河步行桥"]


def article(host: int, n: int) -> str:
    town, thing = TOWNS[(host + n) % len(TOWNS)], THINGS[n % len(THINGS)]
    return page(f"{town}{thing}第{n}期工程完工", f"2025-11-{1 + n % 28:02d}T09:00:00+08:00",
                f"{town}市住房和城乡建设局{n % 12 + 1}月{n % 27 + 1}日表示，{thing}第{n}期工程已经完工，"
                f"总投资约{n + 3}千万元。",
                f"项目负责人王{TOWNS[n % len(TOWNS)]}说：“工程比原计划提前{n % 9 + 1}天完成。”")


def build(site: Site, host: int, count: int) -> None:
    paths = [f"/{host}/{n}.html" for n in range(count)]
    for n, path in enumerate(paths):
        site.add(path, article(host, n))
    site.add("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain")
    site.add("/sitemap.xml", sitemap(site.base, paths), "application/xml")


def report(sites: list[Site], interval: float, since: int = 0) -> None:
    print(f"{'host':>6} {'requests':>9} {'req/s':>7} {'budget':>7} {'min gap':>8} {'median gap':>11} {'max gap':>8}")
    for i, site in enumerate(sites):
        times = sorted(h.at for h in site.hits[since:])
        gaps = [b - a for a, b in zip(times, times[1:])]
        span = times[-1] - times[0] if len(times) > 1 else 0.0
        rate = (len(times) - 1) / span if span else 0.0
        print(f"{i + 1:>6} {len(times):>9} {rate:>7.3f} {1 / interval:>7.3f} "
              f"{min(gaps, default=0):>8.3f} {statistics.median(gaps) if gaps else 0:>11.3f} {max(gaps, default=0):>8.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=40)
    parser.add_argument("--hosts", type=int, default=2)
    parser.add_argument("--interval", type=float, default=0.5)
    parser.add_argument("--workers", type=int, default=4)
    args = parser.parse_args()
    with ExitStack() as stack, tempfile.TemporaryDirectory() as tmp:
        sites = [stack.enter_context(serve(Site())) for _ in range(args.hosts)]
        for i, site in enumerate(sites):
            build(site, i, args.pages // args.hosts)
        options = Options(interval=args.interval, workers=args.workers, limits=Limits(),
                          policy=AddressPolicy(allowed=frozenset(("127.0.0.1", s.port) for s in sites)))
        slots = HostSlots(args.interval)
        db = str(Path(tmp) / "bench.sqlite")
        with open_store(db) as store:
            started = time.perf_counter()
            first = follow([f"{s.base}/sitemap.xml" for s in sites], store, options, slots=slots)
            wall = time.perf_counter() - started
        print(f"round 1: {first.fetched} pages fetched, {first.new} new, {len(first.failures)} failed "
              f"in {wall:.1f} s ({first.fetched / wall:.2f} pages/s over {args.hosts} hosts; "
              f"budget {args.hosts / args.interval:.2f})")
        report(sites, args.interval)
        before = [len(s.hits) for s in sites]
        with open_store(db) as store:
            started = time.perf_counter()
            second = follow([f"{s.base}/sitemap.xml" for s in sites], store, options, slots=slots)
            wall = time.perf_counter() - started
        requests = sum(len(s.hits) - b for s, b in zip(sites, before))
        print(f"round 2: {second.fetched} pages fetched, {second.listings_unchanged} sitemaps unchanged, "
              f"{requests} requests in {wall:.2f} s")


if __name__ == "__main__":
    main()
