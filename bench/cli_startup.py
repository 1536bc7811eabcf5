"""How long the command line takes to start, side by side with sqlite-utils.

Each command runs as a user runs it (the installed `govnews` and `sqlite-utils` scripts, a
fresh process each time) against a small crawled database; the figure is the median wall
time of N runs, with the best and worst beside it. `govnews --help` and the read commands
must start in under 0.3 s (issue 12), the time `sqlite-utils --help` takes for a smaller
program.

    python bench/cli_startup.py [--runs 15]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from machine import cpu_model, load_average  # noqa: E402

TARGET_SECONDS = 0.3


def commands(db: str) -> list[tuple[str, list[str]]]:
    return [
        ("sqlite-utils --help", ["sqlite-utils", "--help"]),
        ("sqlite-utils tables DB", ["sqlite-utils", "tables", db]),
        ("govnews --help", ["govnews", "--help"]),
        ("govnews search 项目建设", ["govnews", "search", "项目建设", "--db", db]),
        ("govnews dupes", ["govnews", "dupes", "--db", db]),
        ("govnews status", ["govnews", "status", "--db", db]),
        ("govnews export", ["govnews", "export", "--db", db]),
        ("govnews feed", ["govnews", "feed", "--db", db]),
        ("govnews parse PAGE", ["govnews", "parse", str(Path("seeds/pages/000_3fa047173121de5a.txt").resolve())]),
        ("govnews crawl --help", ["govnews", "crawl", "--help"]),
    ]


def timed(argv: list[str], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    for tool in ("govnews", "sqlite-utils"):
        if not shutil.which(tool):
            sys.exit(f"{tool} is not on PATH: pip install -e '.[bench]' in this virtualenv")
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "news.db")
        subprocess.run(["govnews", "ingest", "seeds/pages", "--db", db, "--ref-date", "2023-03-01"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        print(f"CPU: {cpu_model()}; load before: {load_average()}; {args.runs} runs each, median (min-max) seconds")
        print(f"| command | median s | min s | max s | under {TARGET_SECONDS} s |")
        print("|---|---:|---:|---:|---|")
        for label, argv in commands(db):
            times = timed(argv, args.runs)
            median = statistics.median(times)
            mark = "yes" if median <= TARGET_SECONDS else "no"
            if label.startswith("sqlite-utils"):
                mark = "(reference)"
            print(f"| `{label}` | {median:.3f} | {min(times):.3f} | {max(times):.3f} | {mark} |")


if __name__ == "__main__":
    main()
