"""Do receivers in trouble hold up the daemon? A healthy webhook beside a slow (3 s), a
hanging and a trickling one, the daemon polling the demo site every 5 seconds.

Each code tree given (`--code DIR`, default this checkout; e.g. an export of an older
commit, `git archive COMMIT | tar -x -C /tmp/before`) is run the same way, one after the
other, in one run: `python -m crawler.cli --log-level INFO run --config CFG --db TMP`
from that tree, with a fresh database, the demo site served by this script, four JSON
watches on the query 项目 (7 of the demo's articles), the troubled ones listed first.

Measured, from the daemon's start: when the healthy receiver had all 7 articles (or
"never" within --deadline seconds), how long the first crawl took (its "crawling demo" to
"crawled demo" log lines), how many articles each receiver got more than once, and how
long the daemon took to exit after SIGTERM (sent once the healthy receiver is complete, or
at the deadline).

    python bench/delivery_isolation.py --code /tmp/before --code .
"""

from __future__ import annotations

import argparse
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from bots import Receiver  # noqa: E402  (the tests' receivers: ok, slow, hang, trickle)
from crawler.demo.site import DemoServer, demo_site_toml  # noqa: E402

from machine import cpu_model, load_average  # noqa: E402

EXPECTED = 7
STAMP = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3})")


def run_once(code: Path, deadline: float) -> dict:
    receivers = {"slow": Receiver("slow", delay=3), "hanging": Receiver("hang"), "trickling": Receiver("trickle"),
                 "healthy": Receiver("ok")}
    with DemoServer(port=0) as site, tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "govnews.toml"
        config.write_text(demo_site_toml(site.base_url, interval_minutes=0.0833) + "".join(
            f'\n[[watch]]\nname = "{n}"\nquery = "项目"\nwebhook = "{r.url}"\n' for n, r in receivers.items()),
            encoding="utf-8")
        start = time.monotonic()
        daemon = subprocess.Popen([sys.executable, "-m", "crawler.cli", "--log-level", "INFO", "run", "--config", str(config),
                                   "--db", str(Path(tmp) / "news.db")], cwd=code, stderr=subprocess.PIPE, text=True)
        log: list[tuple[float, str]] = []
        threading.Thread(target=lambda: [log.append((time.monotonic() - start, line)) for line in daemon.stderr],
                         daemon=True).start()
        healthy_at = None
        while time.monotonic() - start < deadline:
            if len(set(receivers["healthy"].urls())) >= EXPECTED:
                healthy_at = time.monotonic() - start
                break
            time.sleep(0.2)
        stop_sent = time.monotonic()
        daemon.send_signal(signal.SIGTERM)
        try:
            daemon.wait(timeout=60)
            stop_seconds = time.monotonic() - stop_sent
        except subprocess.TimeoutExpired:
            daemon.kill()
            stop_seconds = None
    for receiver in receivers.values():
        receiver.close()
    crawl = [t for t, line in log if "crawling demo" in line][:1] + [t for t, line in log if "crawled demo" in line][:1]
    return {"code": str(code), "healthy_complete_s": healthy_at, "first_crawl_s": crawl[1] - crawl[0] if len(crawl) == 2 else None,
            "stop_s": stop_seconds,
            "sent_twice": {n: len(r.urls()) - len(set(r.urls())) for n, r in receivers.items()},
            "received": {n: len(set(r.urls())) for n, r in receivers.items()}}


def fmt(value) -> str:
    return "never" if value is None else f"{value:.1f} s"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--code", action="append", type=Path, help="a code tree to run (repeatable; default: this checkout)")
    parser.add_argument("--deadline", type=float, default=120, help="seconds to wait for the healthy receiver")
    args = parser.parse_args()
    print(f"machine: {cpu_model()}, {__import__('os').cpu_count()} cores, load {load_average()}\n")
    print("| code | healthy receiver has all 7 | first crawl | stop after SIGTERM | received (slow/hanging/trickling/healthy) | sent twice |")
    print("|---|---|---|---|---|---|")
    for code in args.code or [ROOT]:
        r = run_once(code.resolve(), args.deadline)
        received = "/".join(str(r["received"][n]) for n in ("slow", "hanging", "trickling", "healthy"))
        twice = sum(r["sent_twice"].values())
        print(f"| {r['code']} | {fmt(r['healthy_complete_s'])} | {fmt(r['first_crawl_s'])} | {fmt(r['stop_s'])} | {received} | {twice} |")


if __name__ == "__main__":
    main()
