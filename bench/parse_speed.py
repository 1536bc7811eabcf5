#!/usr/bin/env python3
"""How fast we turn a page into an article, next to trafilatura on the same pages.

Measured, in one run and on the same bytes:
  * ours         -- parsers.parse_page(page_bytes, url=None, ref_date=REF_DATE)
  * trafilatura  -- trafilatura.extract(page_bytes), default settings: the library a
                    user would otherwise pick.
Both get raw bytes, so both pay for charset detection and decoding, as in a crawl.

Pages:
  1. synthetic -- the five seed captures (seeds/pages/*.txt) rendered as full portal
     pages by crawler.demo.pages.render_capture(chrome=True): navigation menus, a dated
     sidebar list, link rows, a table, head script and style. Each in UTF-8 and in GBK
     (what Chinese government sites often serve), with several layout seeds.
  2. devset    -- every HTML page of the development set (bench/devset/pages, or --pages DIR).
  3. real      -- every bench/pages/*.html, if that directory holds any.

Method: one untimed warm-up pass per extractor (imports, caches, OpenCC dictionaries),
then --rounds (default 5) timed rounds. In a round the two extractors take turns page
by page, and which goes first swaps on every page, so bursts of load from other
processes land on both alike; each call is timed with time.perf_counter and summed per
extractor (gc.collect() before each round). A set of fewer than 80 pages is walked
several times per round, so a round never lasts only a few milliseconds. Reported:
the median over rounds of pages per second, the matching ms per page and KB/s
(1 KB = 1024 bytes of page input), the slowest-fastest spread over rounds, and the
median of the per-round speed ratios ours/trafilatura (steadier under load). Pages
an extractor rejects (a ParseError such as NotAnArticle from ours, None from
trafilatura) are still timed, since the work was done, and counted apart.

This is a benchmark, not a test: nothing is asserted about the timings.

Usage (from the project root, with the project venv; under a minute on 2 cores):
    python bench/parse_speed.py                 # plain tables
    python bench/parse_speed.py --markdown      # Markdown tables for docs/benchmarks.md
    python bench/parse_speed.py --rounds 9      # more rounds, steadier medians
"""
from __future__ import annotations

import argparse
import gc
import os
import platform
import statistics
import sys
import time
from dataclasses import dataclass
from datetime import date
from importlib import metadata
from pathlib import Path

from machine import cpu_model
from typing import Callable

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
SEEDS_DIR = ROOT / "seeds" / "pages"
REAL_DIR = BENCH_DIR / "pages"
DEVSET_DIR = BENCH_DIR / "devset" / "pages"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import trafilatura  # noqa: E402

from crawler.demo.pages import render_capture  # noqa: E402
from parsers import ParseError, parse_page  # noqa: E402

REF_DATE = date(2026, 11, 21)  # fixed, so runs on different days do the same work
CHARSETS = ("utf-8", "gbk")
LAYOUT_SEEDS = range(4)  # 5 captures x 2 charsets x 4 seeds = 40 pages
KB = 1024
SIZE_RANGE_KB = (40, 60)  # what render_capture(chrome=True) promises
LIBRARIES = ("trafilatura", "beautifulsoup4", "lxml", "opencc")
MIN_PARSES_PER_ROUND = 80  # a small page set is looped so a round isn't a few ms of noise


@dataclass(frozen=True)
class Page:
    name: str
    data: bytes


# ------------------------------------------------------------------ the two extractors

def run_ours(data: bytes) -> bool:
    """Our pipeline as the crawler calls it; True when it returned an article."""
    try:
        article = parse_page(data, url=None, ref_date=REF_DATE)
    except ParseError:  # NotAnArticle and other refusals: timed, counted as no output
        return False
    return bool(article.text)


def run_trafilatura(data: bytes) -> bool:
    """trafilatura as a user would call it on a fetched page; True when it found text."""
    return bool(trafilatura.extract(data))


EXTRACTORS: dict[str, Callable[[bytes], bool]] = {"ours": run_ours, "trafilatura": run_trafilatura}


# ------------------------------------------------------------------ pages

def synthetic_pages() -> list[Page]:
    """Seed captures inside portal chrome: realistic size and noise, known content."""
    pages = []
    for path in sorted(SEEDS_DIR.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for charset in CHARSETS:
            for seed in LAYOUT_SEEDS:
                data = render_capture(text, charset=charset, chrome=True, seed=seed)
                pages.append(Page(f"{path.stem[:3]}-{charset}-{seed}", data))
    return pages


def real_pages() -> list[Page]:
    """Saved real pages, if another run has collected any; none is not an error."""
    if not REAL_DIR.is_dir():
        return []
    return [Page(p.stem, p.read_bytes()) for p in sorted(REAL_DIR.glob("*.html"))]


def devset_pages(directory: Path) -> list[Page]:
    """The development set's HTML pages, both splits (a speed is no quality figure; text
    captures are left out: trafilatura reads HTML)."""
    if not directory.is_dir():
        return []
    return [Page(p.stem, p.read_bytes()) for p in sorted(directory.glob("*.html"))]


def size_summary(pages: list[Page]) -> str:
    """Count and size range of a page set, for the table caption."""
    sizes = [len(p.data) / KB for p in pages]
    return f"{len(pages)} pages, {min(sizes):.1f}-{max(sizes):.1f} KB, {sum(sizes):.0f} KB in all"


def out_of_range(pages: list[Page]) -> list[str]:
    """Synthetic pages whose size misses SIZE_RANGE_KB (reported, not fatal)."""
    low, high = SIZE_RANGE_KB
    return [f"{p.name} ({len(p.data) / KB:.1f} KB)" for p in pages if not low <= len(p.data) / KB <= high]


# ------------------------------------------------------------------ timing

def loops_per_round(pages: list[Page]) -> int:
    """How many times a round walks the page set: enough for MIN_PARSES_PER_ROUND parses each."""
    return -(-MIN_PARSES_PER_ROUND // len(pages))


def timed_round(pages: list[Page], loops: int, flip: bool) -> dict[str, float]:
    """Seconds per parse for each extractor over one round.

    The extractors take turns page by page, and who goes first swaps on every page, so a
    burst of load from another process (seconds long on this shared 2-core machine) is
    billed to both rather than to whichever pass it happened to fall in.
    """
    names = list(EXTRACTORS)
    spent = dict.fromkeys(names, 0.0)
    gc.collect()
    turn = flip
    for _ in range(loops):
        for page in pages:
            for name in reversed(names) if turn else names:
                start = time.perf_counter()
                EXTRACTORS[name](page.data)
                spent[name] += time.perf_counter() - start
            turn = not turn
    parses = loops * len(pages)
    return {name: secs / parses for name, secs in spent.items()}


def warm_up(pages: list[Page]) -> dict[str, int]:
    """One untimed pass each (loads dictionaries, fills caches); returns pages with output."""
    return {name: sum(extract(p.data) for p in pages) for name, extract in EXTRACTORS.items()}


def measure(pages: list[Page], rounds: int) -> dict[str, list[float]]:
    """Seconds per parse of each extractor, one figure per round."""
    loops = loops_per_round(pages)
    times: dict[str, list[float]] = {name: [] for name in EXTRACTORS}
    for r in range(rounds):
        for name, secs in timed_round(pages, loops, flip=r % 2 == 1).items():
            times[name].append(secs)
    return times


def summarise(pages: list[Page], times: dict[str, list[float]], found: dict[str, int]) -> list[dict]:
    """Median pages/s per extractor, with ms/page, KB/s, spread and output count."""
    mean_kb = sum(len(p.data) for p in pages) / KB / len(pages)
    rows = []
    for name, secs in times.items():
        median = statistics.median(secs)  # seconds per page
        rows.append({
            "extractor": name,
            "pages/s": 1 / median,
            "ms/page": 1000 * median,
            "KB/s": mean_kb / median,
            "spread": f"{1 / max(secs):.1f}-{1 / min(secs):.1f}",
            "output": f"{found[name]}/{len(pages)}",
        })
    return rows


# ------------------------------------------------------------------ reporting

def environment() -> list[tuple[str, str]]:
    """What the figures depend on: interpreter, libraries, cores, load at start."""
    versions = ", ".join(f"{lib} {metadata.version(lib)}" for lib in LIBRARIES)
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    load = " ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "n/a"
    return [
        ("python", f"{platform.python_version()} ({platform.python_implementation()}, {platform.machine()})"),
        ("libraries", versions),
        ("cpus", f"{os.cpu_count()} (usable: {usable})"),
        ("processor", platform.processor() or cpu_model()),
        ("load average at start (1/5/15 min)", load),
    ]


COLUMNS = ["extractor", "pages/s", "ms/page", "KB/s", "spread", "output"]
HEADERS = ["extractor", "pages/s (median)", "ms/page", "KB/s", "pages/s min-max", "pages with output"]


def cell(value) -> str:
    return f"{value:.1f}" if isinstance(value, float) else str(value)


def ratio_line(times: dict[str, list[float]]) -> str:
    """The number the target is about, ours over trafilatura in pages/s. Taken round by
    round (both shared that round's load), it is steadier than the ratio of medians."""
    ratios = sorted(t / o for o, t in zip(times["ours"], times["trafilatura"]))
    return (f"ours / trafilatura, pages per second: {statistics.median(ratios):.2f}x "
            f"(median of per-round ratios; range {ratios[0]:.2f}-{ratios[-1]:.2f}x)")


def plain_table(rows: list[dict]) -> str:
    """Fixed-width table for a terminal."""
    cells = [HEADERS] + [[cell(r[c]) for c in COLUMNS] for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(COLUMNS))]
    lines = ["  ".join(v.ljust(w) if i == 0 else v.rjust(w) for i, (v, w) in enumerate(zip(row, widths))) for row in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def markdown_table(rows: list[dict]) -> str:
    """Pipe table to paste into docs/benchmarks.md."""
    lines = ["| " + " | ".join(HEADERS) + " |", "|" + "|".join(["---"] + ["---:"] * (len(COLUMNS) - 1)) + "|"]
    lines += ["| " + " | ".join(cell(r[c]) for c in COLUMNS) + " |" for r in rows]
    return "\n".join(lines)


def report(title: str, pages: list[Page], rounds: int, markdown: bool) -> None:
    """Warm up, measure and print one page set's table."""
    found = warm_up(pages)
    times = measure(pages, rounds)
    rows = summarise(pages, times, found)
    how = f"median of {rounds} rounds, each {loops_per_round(pages)}x over the set"
    if markdown:
        print(f"**{title}**: {size_summary(pages)}; {how}\n")
        print(markdown_table(rows))
        print(f"\n{ratio_line(times)}\n")
    else:
        print(f"{title}: {size_summary(pages)}; {how}")
        print(plain_table(rows))
        print(f"{ratio_line(times)}\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--markdown", action="store_true", help="print Markdown tables")
    parser.add_argument("--rounds", type=int, default=5, help="timed rounds per extractor (default 5)")
    parser.add_argument("--pages", type=Path, default=DEVSET_DIR, help="the development set (default bench/devset/pages)")
    args = parser.parse_args(argv)

    env = environment()
    if args.markdown:
        print("\n".join(f"- {k}: {v}" for k, v in env))
    else:
        print("\n".join(f"{k}: {v}" for k, v in env))
    print()

    synthetic = synthetic_pages()
    outside = out_of_range(synthetic)
    if outside:
        low, high = SIZE_RANGE_KB
        print(f"WARNING: {len(outside)} synthetic pages outside {low}-{high} KB: {', '.join(outside)}\n")
    report("Synthetic portal pages (5 seed captures x UTF-8/GBK x 4 layouts)", synthetic, args.rounds, args.markdown)

    devset = devset_pages(args.pages)
    if devset:
        report("Development set (bench/devset/pages/*.html)", devset, args.rounds, args.markdown)
    real = real_pages()
    if real:
        report("Real pages (bench/pages/*.html)", real, args.rounds, args.markdown)
        print("Real pages in this run: " + ", ".join(p.name for p in real))
    else:
        print(f"No real pages: {REAL_DIR.relative_to(ROOT)}/ holds no *.html; table skipped.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
