#!/usr/bin/env python3
"""Does the monitoring daemon's memory stay flat over many crawl cycles?

What is run: `python -m crawler.cli --log-level INFO run --demo --db DB
-s GOVNEWS_RETRY_BACKOFF=0.05` as a subprocess, from the project root, with a fresh
database in a temporary directory. That is the daemon as a user starts it: the demo site
served from a thread of the daemon process itself, polled every 5 seconds (fixed by
crawler.demo.site.demo_site_entry), each crawl in a process of its own, the demo settings
(crawler.demo.site.DEMO_SETTINGS) with a shorter retry pause. The first crawl stores
the demo's articles and meets its 500, 404 and off-site redirect; every later one reads
the list pages again and finds nothing new ("0 new, ..."), since stored articles are
fetched again only when due for a revisit. So the daemon's side of a cycle is the same
each time: start a crawl subprocess, read its summary, check the site's health.

--interval SECONDS (at least 0.6: interval_minutes has a floor of 0.01) runs a faster
variant instead: `python -m crawler.cli demo-site --port 0` in a process of its own, and
the daemon started with `run --config FILE` on a config holding the same demo site entry
with that interval, and the demo settings passed with -s. Crawls then follow each other
as fast as a crawl subprocess runs (2-3 s); the ticks that fall during a crawl are
skipped by APScheduler and logged as warnings. The demo site's memory is then not in the
daemon's RSS, so the two modes' figures are not interchangeable.

How: the daemon's stderr is read line by line; a crawl cycle is complete when the daemon
logs "crawled demo:" (success) or "crawl of demo" (failed, timed out). At every completed
cycle the daemon process's own /proc/PID/status is read -- VmRSS, VmHWM (peak RSS),
Threads -- with its open file descriptors (/proc/PID/fd) and live child processes
(/proc/PID/task/*/children); the crawl subprocesses are never counted in its memory.
Reported: RSS at cycle 10 and at the last cycle (--cycles, default 200), the growth
between them in % (target: under 10%), the least-squares slope of RSS over those cycles,
RSS and the other counts at cycle 1, 10, every 25 cycles and the last; cycles per minute
and the time from daemon start to the last cycle. Then, one second into the next crawl
(so that a crawl is running, the harder case), the daemon gets SIGTERM; its exit code (0
expected), how long it took to stop, and whether the crawl subprocess outlived it are
reported. The sample is taken when the cycle's log line arrives, right after the
crawl subprocess has exited and before the daemon's health check: the same moment of
every cycle.

This is a benchmark, not a test: nothing is asserted; the verdict is printed.

Usage (from the project root, with the project venv; 200 cycles take about 17 minutes):
    python bench/daemon_soak.py                    # plain tables
    python bench/daemon_soak.py --markdown         # Markdown, for docs/benchmarks.md
    python bench/daemon_soak.py --cycles 30        # a shorter run
    python bench/daemon_soak.py --interval 0.6     # the faster variant (see above)
"""
from __future__ import annotations

import argparse
import contextlib
import os
import platform
import queue
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from machine import cpu_model, load_average

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from crawler.demo.site import DEMO_SETTINGS  # noqa: E402 (after the path fix above)

CYCLE_MARKERS = ("crawled demo:", "crawl of demo")
RETRY_BACKOFF = "0.05"
BASELINE_CYCLE = 10
TREND_EVERY = 25
TARGET_GROWTH_PERCENT = 10.0
MIN_INTERVAL_SECONDS = 0.6  # interval_minutes >= 0.01 (crawler/sites.py)
STALL_SECONDS = 300  # no cycle for this long: the run is abandoned
STOP_TIMEOUT_SECONDS = 60
STOP_INTO_CRAWL_SECONDS = 1.0  # SIGTERM this long after the crawl following the last cycle starts
LIBRARIES = ("scrapy", "apscheduler")
KB_PER_MB = 1024


@dataclass
class Sample:
    """The daemon process at the end of one crawl cycle."""

    cycle: int
    elapsed: float  # seconds since the daemon was started
    rss_kb: int
    hwm_kb: int
    threads: int
    fds: int
    children: int


# ------------------------------------------------------------------ the daemon process

def proc_status(pid: int) -> dict[str, int]:
    """VmRSS, VmHWM (kB) and Threads from /proc/PID/status."""
    values = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in ("VmRSS", "VmHWM", "Threads"):
            values[key] = int(rest.split()[0])
    return values


def child_pids(pid: int) -> list[int]:
    pids = []
    for children in Path(f"/proc/{pid}/task").glob("*/children"):
        try:
            pids += [int(p) for p in children.read_text().split()]
        except OSError:
            pass  # the thread ended meanwhile
    return pids


def sample(pid: int, cycle: int, started: float) -> Sample:
    status = proc_status(pid)
    return Sample(cycle, time.monotonic() - started, status["VmRSS"], status["VmHWM"], status["Threads"],
                  len(os.listdir(f"/proc/{pid}/fd")), len(child_pids(pid)))


def alive(pid: int) -> bool:
    """True while the process exists and is not a zombie."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return False


def start_demo_site() -> tuple[subprocess.Popen, str]:
    """`govnews demo-site --port 0` in its own process; returns it and its base URL."""
    process = subprocess.Popen([sys.executable, "-m", "crawler.cli", "demo-site", "--port", "0"], cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    line = process.stdout.readline()  # "demo site at http://127.0.0.1:PORT/news/list_1.html (Ctrl-C to stop)"
    if not line.startswith("demo site at "):
        process.kill()
        raise RuntimeError(f"demo-site did not start: {line!r}")
    return process, line.split()[3].rsplit("/news/", 1)[0]


def write_config(path: Path, base_url: str, interval_seconds: float) -> None:
    """The demo site entry of crawler.demo.site.demo_site_entry, with another interval."""
    path.write_text(
        "[[site]]\n"
        'name = "demo"\n'
        f'start_urls = ["{base_url}/news/list_1.html"]\n'
        'allowed_domains = ["127.0.0.1"]\n'
        'article_links = "ul.news a"\n'
        'next_page = "a.next"\n'
        f"interval_minutes = {interval_seconds / 60!r}\n"
        "delay = 0\n"
        "concurrency = 8\n", encoding="utf-8")


def daemon_command(db: Path, config: Path | None) -> list[str]:
    command = [sys.executable, "-m", "crawler.cli", "--log-level", "INFO", "run", "--db", str(db)]
    if config is None:
        return command + ["--demo", "-s", f"GOVNEWS_RETRY_BACKOFF={RETRY_BACKOFF}"]
    settings = {**DEMO_SETTINGS, "GOVNEWS_RETRY_BACKOFF": RETRY_BACKOFF}
    command += ["--config", str(config)]
    for name, value in settings.items():
        command += ["-s", f"{name}={value}"]
    return command


def read_lines(stream, lines: queue.Queue) -> None:
    """Every stderr line into the queue, then None at the end of the stream."""
    for line in stream:
        lines.put(line.rstrip("\n"))
    lines.put(None)


# ------------------------------------------------------------------ the soak

def checkpoints(cycles: int) -> set[int]:
    return {1, BASELINE_CYCLE, cycles, *range(TREND_EVERY, cycles + 1, TREND_EVERY)}


def soak(args, work: Path) -> dict:
    """Run the daemon for args.cycles cycles, then stop it; everything measured."""
    server = None
    config = None
    if args.interval:
        server, base_url = start_demo_site()
        config = work / "soak.toml"
        write_config(config, base_url, args.interval)
    command = daemon_command(work / "soak.db", config)
    result = {"command": command, "samples": [], "rss": [], "failed": 0, "skipped": 0, "warnings": [], "tail": []}
    try:
        started = time.monotonic()
        daemon = subprocess.Popen(command, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.PIPE, text=True, encoding="utf-8", errors="replace")
        lines: queue.Queue = queue.Queue()
        threading.Thread(target=read_lines, args=(daemon.stderr, lines), daemon=True).start()
        try:
            watch(daemon, lines, started, args.cycles, result)
        finally:
            stop(daemon, lines, result)
    finally:
        if server is not None:
            server.terminate()
            server.wait()
    return result


def watch(daemon: subprocess.Popen, lines: queue.Queue, started: float, cycles: int, result: dict) -> None:
    """Count cycles on the daemon's stderr and sample it after each one."""
    wanted = checkpoints(cycles)
    cycle = 0
    while cycle < cycles:
        line = next_line(daemon, lines, cycle, result)
        if any(marker in line for marker in CYCLE_MARKERS):
            cycle += 1
            result["failed"] += "crawl of demo" in line
            point = sample(daemon.pid, cycle, started)
            result["rss"].append(point.rss_kb)
            if cycle in wanted:
                result["samples"].append(point)
    result["elapsed"] = time.monotonic() - started
    while "govnews.daemon: crawling demo" not in next_line(daemon, lines, cycle, result):
        pass
    time.sleep(STOP_INTO_CRAWL_SECONDS)


def next_line(daemon: subprocess.Popen, lines: queue.Queue, cycle: int, result: dict) -> str:
    """The daemon's next stderr line, remembered; RuntimeError if it stalls or exits."""
    try:
        line = lines.get(timeout=STALL_SECONDS)
    except queue.Empty:
        raise RuntimeError(f"nothing logged for {STALL_SECONDS} s after cycle {cycle}; the daemon's last lines:\n"
                           + "\n".join(result["tail"])) from None
    if line is None:
        raise RuntimeError(f"the daemon exited (code {daemon.wait()}) after {cycle} cycles; its last lines:\n"
                           + "\n".join(result["tail"]))
    remember(line, result)
    return line


def remember(line: str, result: dict) -> None:
    result["tail"] = (result["tail"] + [line])[-20:]
    if "a run was skipped" in line:
        result["skipped"] += 1
    elif "maximum number of running instances reached" in line:
        pass  # APScheduler's own line for the same skip
    elif (" WARNING " in line or " ERROR " in line) and "demo site at" not in line:
        result["warnings"].append(line)


def stop(daemon: subprocess.Popen, lines: queue.Queue, result: dict) -> None:
    """SIGTERM; the exit code, the time to stop, and any crawl left running."""
    crawls = child_pids(daemon.pid) if daemon.poll() is None else []
    with contextlib.suppress(queue.Empty):
        while (line := lines.get_nowait()) is not None:  # logged before the signal
            remember(line, result)
    began = time.monotonic()
    daemon.send_signal(signal.SIGTERM)
    try:
        result["exit_code"] = daemon.wait(timeout=STOP_TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        daemon.kill()
        result["exit_code"] = f"none: killed after {STOP_TIMEOUT_SECONDS} s"
        daemon.wait()
    result["stop_seconds"] = time.monotonic() - began
    result["crawls_at_stop"] = len(crawls)
    result["crawls_left"] = sum(alive(pid) for pid in crawls)
    result["after_stop"] = []
    try:
        while (line := lines.get(timeout=5)) is not None:
            result["after_stop"].append(line)
    except queue.Empty:
        pass  # stderr still open: some process kept it


# ------------------------------------------------------------------ reporting

def environment() -> list[tuple[str, str]]:
    """What the figures depend on: interpreter, libraries, cores, load at start."""
    versions = ", ".join(f"{lib} {metadata.version(lib)}" for lib in LIBRARIES)
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return [
        ("python", f"{platform.python_version()} ({platform.python_implementation()}, {platform.machine()})"),
        ("libraries", versions),
        ("os", f"{platform.system()} {platform.release()}"),
        ("cpus", f"{os.cpu_count()} (usable: {usable}); {cpu_model()}"),
        ("load average at start (1/5/15 min)", load_average()),
    ]


def mode_line(args) -> str:
    if args.interval:
        return (f"mode: faster variant -- demo-site in its own process, daemon on a config polling it every "
                f"{args.interval:g} s (the demo site's memory is not in the daemon's RSS)")
    return "mode: run --demo -- the demo site in the daemon process, polled every 5 s, as a user runs it"


def mb(kb: int) -> str:
    return f"{kb / KB_PER_MB:.1f}"


def figures(result: dict, cycles: int) -> list[list[str]]:
    """The headline figures, as (figure, value) rows."""
    rss = result["rss"]
    base, last = rss[BASELINE_CYCLE - 1], rss[-1]
    growth = (last - base) / base * 100
    window = list(range(BASELINE_CYCLE, cycles + 1))
    slope = statistics.linear_regression(window, rss[BASELINE_CYCLE - 1:]).slope if len(window) > 1 else 0.0
    minutes = result["elapsed"] / 60
    verdict = "met" if growth < TARGET_GROWTH_PERCENT else "NOT met"
    return [
        [f"RSS at cycle {BASELINE_CYCLE}", f"{mb(base)} MB"],
        [f"RSS at cycle {cycles}", f"{mb(last)} MB"],
        [f"growth, cycle {BASELINE_CYCLE} to {cycles}", f"{growth:+.1f}% (target under {TARGET_GROWTH_PERCENT:g}%: {verdict})"],
        [f"RSS slope, cycles {BASELINE_CYCLE}-{cycles} (least squares)", f"{slope * 100:+.0f} KB per 100 cycles"],
        [f"RSS min-max, cycles {BASELINE_CYCLE}-{cycles}", f"{mb(min(rss[BASELINE_CYCLE - 1:]))}-{mb(max(rss[BASELINE_CYCLE - 1:]))} MB"],
        ["peak RSS (VmHWM) at the end", f"{mb(result['samples'][-1].hwm_kb)} MB"],
        ["cycles", f"{cycles} ({result['failed']} failed crawls)"],
        ["cycles per minute", f"{cycles / minutes:.2f}"],
        ["time, daemon start to last cycle", f"{result['elapsed']:.0f} s ({minutes:.1f} min)"],
        ["SIGTERM: exit code, time to stop", f"{result['exit_code']}, {result['stop_seconds']:.1f} s"],
        ["crawls running at SIGTERM / left running after exit", f"{result['crawls_at_stop']} / {result['crawls_left']}"],
    ]


TREND_COLUMNS = ["cycle", "elapsed s", "RSS MB", "vs cycle 10", "peak RSS MB", "threads", "open fds", "children"]


def trend_rows(result: dict) -> list[list[str]]:
    base = result["rss"][BASELINE_CYCLE - 1]
    return [[str(s.cycle), f"{s.elapsed:.0f}", mb(s.rss_kb), f"{(s.rss_kb - base) / base * 100:+.1f}%", mb(s.hwm_kb),
             str(s.threads), str(s.fds), str(s.children)] for s in result["samples"]]


def plain_table(header: list[str], rows: list[list[str]], left: int = 1) -> str:
    """Columns aligned; the first `left` of them to the left, the rest (numbers) to the right."""
    cells = [header] + rows
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    lines = ["  ".join(v.ljust(w) if i < left else v.rjust(w) for i, (v, w) in enumerate(zip(row, widths))) for row in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def markdown_table(header: list[str], rows: list[list[str]], left: int = 1) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join(["---"] * left + ["---:"] * (len(header) - left)) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def report(args, env: list[tuple[str, str]], result: dict) -> None:
    table = markdown_table if args.markdown else plain_table
    bullet = "- " if args.markdown else ""
    shown = " ".join(["python", *result["command"][1:]]).replace(str(args.work), "TMP")
    for line in [*(f"{k}: {v}" for k, v in env), mode_line(args), f"daemon: {shown}",
                 f"load average at end (1/5/15 min): {load_average()}"]:
        print(f"{bullet}{line}")
    print()
    print(table(["figure", "value"], figures(result, args.cycles), left=2))
    print()
    print(table(TREND_COLUMNS, trend_rows(result)))
    print()
    notes = [f"skipped-run warnings (a tick during a running crawl): {result['skipped']}",
             f"other warnings and errors logged: {len(result['warnings'])}"]
    notes += [f"  {line}" for line in result["warnings"][:5]]
    notes += [f"after SIGTERM: {line}" for line in result["after_stop"] if "govnews" in line]
    for line in notes:
        print(f"{bullet}{line}")


def parse_args(argv: list[str] | None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cycles", type=int, default=200, help="crawl cycles to run (default 200, at least 10)")
    parser.add_argument("--markdown", action="store_true", help="print Markdown tables")
    parser.add_argument("--interval", type=float, metavar="SECONDS",
                        help=f"the faster variant: a separate demo-site polled every SECONDS (at least {MIN_INTERVAL_SECONDS})")
    args = parser.parse_args(argv)
    if args.cycles < BASELINE_CYCLE:
        parser.error(f"--cycles must be at least {BASELINE_CYCLE}")
    if args.interval is not None and args.interval < MIN_INTERVAL_SECONDS:
        parser.error(f"--interval must be at least {MIN_INTERVAL_SECONDS}")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    env = environment()
    with tempfile.TemporaryDirectory(prefix="govnews-soak-") as work:
        args.work = work
        try:
            result = soak(args, Path(work))
        except RuntimeError as error:
            print(f"daemon_soak: {error}", file=sys.stderr)
            return 1
    report(args, env, result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
