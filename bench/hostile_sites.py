"""What the hostile web costs a crawl: each trap of crawler.demo.hostile crawled on its own,
on 127.0.0.1, with its outcome as recorded, the peak memory of the crawl's whole process
tree (the crawl, the forkserver, the parse workers) and its wall time.

    .venv/bin/python bench/hostile_sites.py [--markdown] [--only NAME ...]

Beside ours, where a user would otherwise pick Scrapy's stock middlewares (robots.txt,
offsite filter), the same crawl with those, to show what they let through; and for the
big pages, the fingerprint as it was (every 3-gram occurrence at once) against the one now
(distinct 3-grams, in chunks), each in a fresh process.

Every scenario is bounded: a list page cap, an item cap, a 5 s download timeout and no
retries (the defaults, 30 s and 2 retries, only make the trickle and the hanging
robots.txt take longer), and a 300 s limit on each crawl.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from crawler.demo.hostile import NON_ASCII_PATH, HostileServer, sites_toml  # noqa: E402

SAMPLE_SECONDS = 0.05
CRAWL_LIMIT_SECONDS = 300
BOUNDS = ["-s", "DOWNLOAD_TIMEOUT=5", "-s", "RETRY_TIMES=0", "-s", "AUTOTHROTTLE_ENABLED=False"]
# Scrapy's stock robots.txt and offsite middlewares in place of ours (retries stay ours).
STOCK = ["-s", 'DOWNLOADER_MIDDLEWARES={"scrapy.downloadermiddlewares.retry.RetryMiddleware": null,'
               ' "crawler.middlewares.BackoffRetryMiddleware": 550}']


@dataclass
class Scenario:
    name: str
    start: str  # the list page's path
    robots: str = "ok"
    extra: list[str] = field(default_factory=list)
    watch: tuple[str, ...] = ()  # paths whose fetch record is the outcome to report
    stock: bool = False  # also run with Scrapy's stock middlewares


SCENARIOS = [
    Scenario("one ordinary article (baseline)", "/just/a/1.html", watch=("/a/1.html",)),
    Scenario("gzip bomb (200 MB inflated)", "/just/bomb.html", watch=("/bomb.html",)),
    Scenario("200 MB stream, no length", "/just/stream.html", watch=("/stream.html",)),
    Scenario("1 byte/s trickle", "/just/trickle.html", watch=("/trickle.html",)),
    Scenario("page over the 10 MiB cap", "/just/over-cap.html", watch=("/over-cap.html",)),
    Scenario("redirect loop", "/just/loop/1.html", watch=("/loop/1.html",)),
    Scenario("off-domain redirect", "/just/away.html", watch=("/away.html",)),
    Scenario("redirect to localhost", "/just/to-localhost.html", watch=("/to-localhost.html",)),
    Scenario("meta refresh", "/just/refresh.html", watch=("/refresh.html", "/landed.html")),
    Scenario("non-HTML (PDF)", "/just/file.pdf", watch=("/file.pdf",)),
    Scenario("every trap on one list page, 5 malformed links", "/list.html",
             watch=("/a/0.html", "/a/1.html", "/a/2.html", "/a/3.html", quote(NON_ASCII_PATH))),
    Scenario("20,000 links (500 fetched)", "/many.html", extra=["-s", "CLOSESPIDER_ITEMCOUNT=500"]),
    Scenario("endless pagination", "/endless/1.html"),
    Scenario("two 9.5 MB articles", "/biglist.html", watch=("/big/1.html", "/big/2.html")),
    *(Scenario(f"robots.txt: {mode}", "/just/private/secret.html", robots=mode, watch=("/private/secret.html",), stock=True)
      for mode in ("error", "hang", "huge", "bomb", "missing")),
]


def descendants(pid: int) -> list[int]:
    """`pid` and every process below it, from /proc (Linux)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            parent = int(stat[stat.rindex(")") + 2:].split()[1])
            children.setdefault(parent, []).append(int(entry))
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        todo.extend(children.get(current, []))
    return found


def rss_bytes(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def run_measured(args: list[str]) -> tuple[subprocess.CompletedProcess, float, int]:
    """Run a command; (its result, wall seconds, peak RSS of its process tree, bytes)."""
    started = time.monotonic()
    process = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak, done = 0, threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, sum(rss_bytes(p) for p in descendants(process.pid)))
            done.wait(SAMPLE_SECONDS)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        stdout, stderr = process.communicate(timeout=CRAWL_LIMIT_SECONDS)
    except subprocess.TimeoutExpired:
        process.kill()
        stdout, stderr = process.communicate()
    done.set()
    sampler.join()
    return subprocess.CompletedProcess(args, process.returncode, stdout, stderr), time.monotonic() - started, peak


def crawl(scenario: Scenario, work: Path, stock: bool = False) -> dict:
    with HostileServer(scenario.robots) as server:
        sites = work / "sites.toml"
        sites.write_text(sites_toml(server.base_url, scenario.start), encoding="utf-8")
        db = work / f"{abs(hash((scenario.name, stock)))}.db"
        args = [sys.executable, "-m", "crawler.cli", "crawl", "--sites", str(sites), "--db", str(db), "--json",
                *BOUNDS, *scenario.extra, *(STOCK if stock else [])]
        done, seconds, peak = run_measured(args)
        visits = dict(server.site.visits)
        base = server.base_url
    summary = json.loads(done.stdout) if done.stdout.strip().startswith("{") else {}
    with closing(sqlite3.connect(db)) as conn:
        fetches = {url.replace(base, ""): (outcome, reason) for url, outcome, reason in
                   conn.execute("SELECT url, outcome, reason FROM fetches WHERE kind = 'article'")}
        pending = sum(1 for outcome, _ in fetches.values() if outcome == "pending")
        articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    outcomes = [f"{path}: {fetches[path][0]}" + (f" ({fetches[path][1][:70]})" if fetches[path][1] else "")
                if path in fetches else f"{path}: (no record)" for path in scenario.watch]
    last = (done.stderr.strip().splitlines() or [""])[-1]
    return {"scenario": scenario.name + (" — stock Scrapy middlewares" if stock else ""), "exit": done.returncode,
            "seconds": round(seconds, 1), "peak_mb": round(peak / 2**20), "articles": articles,
            "links_recorded": len(fetches), "pending": pending, "list_pages": summary.get("list_pages"),
            "errors": summary.get("errors"), "bad_links": sum(site.get("bad_links", 0) for site in summary.get("sites", [])),
            "outcomes": outcomes,
            "private_fetched": visits.get("/private/secret.html", 0), "said": last if done.returncode else "",
            "traceback": "Traceback" in done.stderr}


# numpy reports its arrays to tracemalloc, so its peak is the fingerprint's own memory.
FINGERPRINT_CHILD = """
import sys, time, tracemalloc
import numpy
sys.path.insert(0, {root!r})
from crawler.demo.hostile import big_article
from parsers import parse_page
from crawler.store import fingerprint as fp
text = parse_page(big_article(1), url="http://x/big.html").text
started = time.process_time()
tracemalloc.start()
if {old!r}:
    fp_text = fp.fingerprint_text(text)
    hashes = fp.shingle_hashes(fp_text)
    multipliers, offsets = fp.permutations()
    signature = (hashes[None, :] * multipliers + offsets).min(axis=1)
    distinct = numpy.unique(hashes)
else:
    fp.fingerprint(text)
print(tracemalloc.get_traced_memory()[1] // 1024, time.process_time() - started)
"""


def fingerprint_memory() -> list[dict]:
    """Peak memory the fingerprint adds for one 9.5 MB page: as it was, and now."""
    rows = []
    for label, old in (("every 3-gram occurrence at once (before)", True), ("distinct 3-grams, chunked (now)", False)):
        done = subprocess.run([sys.executable, "-c", FINGERPRINT_CHILD.format(root=str(ROOT), old=old)],
                              capture_output=True, text=True, check=True)
        kib, cpu = done.stdout.split()
        rows.append({"fingerprint": label, "added_mb": round(int(kib) / 1024), "seconds": round(float(cpu), 2)})
    return rows


def markdown(results: list[dict], fingerprints: list[dict]) -> str:
    lines = ["| scenario | exit | wall s | peak MB (tree) | articles | links recorded | pending | errors (bad links) | outcome as recorded |",
             "|---|---|---|---|---|---|---|---|---|"]
    for r in results:
        outcome = "; ".join(r["outcomes"]) or f"{r['list_pages']} list pages"
        if r["scenario"].startswith("robots.txt"):
            outcome += f"; /private/ fetched {r['private_fetched']}×"
        if r["said"]:
            outcome += f"; says: `{r['said'][:110]}`"
        if r["traceback"]:
            outcome += "; **traceback**"
        lines.append(f"| {r['scenario']} | {r['exit']} | {r['seconds']} | {r['peak_mb']} | {r['articles']} | "
                     f"{r['links_recorded']} | {r['pending']} | {r['errors']} ({r['bad_links']}) | {outcome.replace('|', '/')} |")
    lines += ["", "| fingerprint of one 9.5 MB page (3.2 M characters) | peak memory MB | CPU s |", "|---|---|---|"]
    lines += [f"| {f['fingerprint']} | {f['added_mb']} | {f['seconds']} |" for f in fingerprints]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--markdown", action="store_true", help="Print tables for docs/benchmarks.md.")
    parser.add_argument("--only", nargs="*", help="Run only scenarios whose name contains one of these.")
    args = parser.parse_args()
    chosen = [s for s in SCENARIOS if not args.only or any(o in s.name for o in args.only)]
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for scenario in chosen:
            for stock in (False, True) if scenario.stock else (False,):
                result = crawl(scenario, Path(tmp), stock)
                results.append(result)
                print(json.dumps(result, ensure_ascii=False), file=sys.stderr)
    fingerprints = fingerprint_memory() if not args.only or any("9.5" in o for o in args.only) else []
    print(markdown(results, fingerprints) if args.markdown else json.dumps({"crawls": results, "fingerprints": fingerprints},
                                                                           ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
