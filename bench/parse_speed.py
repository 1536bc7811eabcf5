#!/usr/bin/env python3
"""How fast we turn a page into an article, next to trafilatura on the same pages.

Measured, in one run and on the same bytes:
  * ours         -- parsers.parse_page(page_bytes, url=None, ref_date=REF_DATE)
  * trafilatura  -- trafilatura.extract(page_bytes), default settings: the library a
                    user would otherwise pick.
Both get raw bytes, so both pay for charset detection and decoding, as in a crawl.

Pages:
  1. synthetic -- the five seed captures (seeds/pages/*.txt) rendered as full portal
     pages by crawler.demo_pages.render_capture(chrome=True): navigation menus, a dated
     sidebar list, link rows, a table, head script and style. Each in UTF-8 and in GBK
     (what Chinese government sites often serve), with several layout seeds.
  2. real      -- every bench/pages/*.html, if that directory holds any.

Method: one untimed warm-up pass per extractor (imports, caches, OpenCC dictionaries),
then ROUNDS timed passes over the whole page set, alternating the two extractors and
swapping which goes first each round, so background load hits both alike. A pass is
timed with time.perf_counter after a gc.collect(); a set under 40 pages is walked
several times per pass so a pass is never a few milliseconds. Reported: the median over rounds of
pages per second, the matching ms per page and KB/s (1 KB = 1024 bytes of page
input), and the slowest-fastest spread over rounds. Pages an extractor rejects
(NotAnArticle, or None from trafilatura) are still timed: the work was done.

This is a benchmark, not a test: nothing is asserted about the timings.

Usage (from the project root, with the project venv; about 30 s on 2 cores):
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
from typing import Callable

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
SEEDS_DIR = ROOT / "seeds" / "pages"
REAL_DIR = BENCH_DIR / "pages"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import trafilatura  # noqa: E402

from crawler.demo_pages import render_capture  # noqa: E402
from parsers import NotAnArticle, parse_page  # noqa: E402

REF_DATE = date(2026, 11, 21)  # fixed, so runs on different days do the same work
CHARSETS = ("utf-8", "gbk")
LAYOUT_SEEDS = range(4)  # 5 captures x 2 charsets x 4 seeds = 40 pages
KB = 1024
SIZE_RANGE_KB = (40, 60)  # what render_capture(chrome=True) promises
LIBRARIES = ("trafilatura", "beautifulsoup4", "lxml", "opencc")
MIN_PARSES_PER_PASS = 40  # a small page set is looped so one pass isn't a few ms of noise


@dataclass(frozen=True)
class Page:
    name: str
    data: bytes


# ------------------------------------------------------------------ the two extractors

def run_ours(data: bytes) -> bool:
    """Our pipeline as the crawler calls it; True when it returned an article."""
    try:
        article = parse_page(data, url=None, ref_date=REF_DATE)
    except NotAnArticle:
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


def size_summary(pages: list[Page]) -> str:
    """Count and size range, flagging pages outside what render_capture promises."""
    sizes = [len(p.data) / KB for p in pages]
    return f"{len(pages)} pages, {min(sizes):.1f}-{max(sizes):.1f} KB, {sum(sizes):.0f} KB in all"


def out_of_range(pages: list[Page]) -> list[str]:
    """Synthetic pages whose size misses SIZE_RANGE_KB (reported, not fatal)."""
    low, high = SIZE_RANGE_KB
    return [f"{p.name} ({len(p.data) / KB:.1f} KB)" for p in pages if not low <= len(p.data) / KB <= high]


# ------------------------------------------------------------------ timing

def loops_per_pass(pages: list[Page]) -> int:
    """How many times a pass walks the page set: enough for MIN_PARSES_PER_PASS parses."""
    return -(-MIN_PARSES_PER_PASS // len(pages))


def timed_pass(extract: Callable[[bytes], bool], pages: list[Page], loops: int) -> float:
    """Seconds per parse over one pass; gc first so one pass's garbage isn't billed to the next."""
    gc.collect()
    start = time.perf_counter()
    for _ in range(loops):
        for page in pages:
            extract(page.data)
    return (time.perf_counter() - start) / (loops * len(pages))


def warm_up(pages: list[Page]) -> dict[str, int]:
    """One untimed pass each (loads dictionaries, fills caches); returns pages with output."""
    return {name: sum(extract(p.data) for p in pages) for name, extract in EXTRACTORS.items()}


def measure(pages: list[Page], rounds: int) -> dict[str, list[float]]:
    """Alternate the extractors, swapping order each round, so noise is shared fairly."""
    loops = loops_per_pass(pages)
    times: dict[str, list[float]] = {name: [] for name in EXTRACTORS}
    names = list(EXTRACTORS)
    for r in range(rounds):
        for name in names if r % 2 == 0 else reversed(names):
            times[name].append(timed_pass(EXTRACTORS[name], pages, loops))
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


def cpu_model() -> str:
    """platform.processor() is empty on Linux; /proc/cpuinfo names the CPU."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown"


COLUMNS = ["extractor", "pages/s", "ms/page", "KB/s", "spread", "output"]
HEADERS = ["extractor", "pages/s (median)", "ms/page", "KB/s", "pages/s min-max", "pages with output"]


def cell(value) -> str:
    return f"{value:.1f}" if isinstance(value, float) else str(value)


def ratio_line(rows: list[dict]) -> str:
    """The one number the target is about: our speed relative to trafilatura's."""
    by = {r["extractor"]: r["pages/s"] for r in rows}
    return f"ours / trafilatura = {by['ours'] / by['trafilatura']:.2f}x pages per second"


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
    rows = summarise(pages, measure(pages, rounds), found)
    how = f"median of {rounds} rounds, each pass {loops_per_pass(pages)}x over the set"
    if markdown:
        print(f"**{title}**: {size_summary(pages)}; {how}\n")
        print(markdown_table(rows))
        print(f"\n{ratio_line(rows)}\n")
    else:
        print(f"\n{title}: {size_summary(pages)}; {how}")
        print(plain_table(rows))
        print(ratio_line(rows))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--markdown", action="store_true", help="print Markdown tables")
    parser.add_argument("--rounds", type=int, default=5, help="timed rounds per extractor (default 5)")
    args = parser.parse_args(argv)

    env = environment()
    if args.markdown:
        print("\n".join(f"- {k}: {v}" for k, v in env) + "\n")
    else:
        print("\n".join(f"{k}: {v}" for k, v in env))

    synthetic = synthetic_pages()
    outside = out_of_range(synthetic)
    if outside:
        low, high = SIZE_RANGE_KB
        print(f"\nWARNING: {len(outside)} synthetic pages outside {low}-{high} KB: {', '.join(outside)}")
    report("Synthetic portal pages (5 seed captures x UTF-8/GBK x 4 layouts)", synthetic, args.rounds, args.markdown)

    real = real_pages()
    if real:
        report("Real pages (bench/pages/*.html)", real, args.rounds, args.markdown)
    else:
        print(f"\nNo real pages: {REAL_DIR.relative_to(ROOT)}/ holds no *.html; table skipped.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
