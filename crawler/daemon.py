"""The monitoring daemon: every site crawled on its own schedule, for weeks.

Each crawl runs in a subprocess (Scrapy's reactor cannot restart within a process), so
thousands of cycles leave nothing behind in the daemon. APScheduler runs one job per site:
never two crawls of a site at once, missed runs coalesced into one and run late rather than
dropped, and each site crawled once right after a start, which picks up whatever a crash
or a stop left undone. After each crawl: watches deliver, and site health is checked.
"""

from __future__ import annotations

import json
import logging
import signal
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

from apscheduler.events import EVENT_JOB_MAX_INSTANCES, EVENT_JOB_MISSED
from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from crawler.outputs import health
from crawler.workers.lifetime import end_with_parent
from crawler.config import Site
from crawler.store import Store
from crawler.outputs.watches import Watch, run_watches

log = logging.getLogger("govnews.daemon")

TIMEZONE = "Asia/Shanghai"
CRAWL_TIMEOUT_SECONDS = 30 * 60
STOP_GRACE_SECONDS = 8  # a stopping crawl gets this long to close cleanly, then is killed
MAX_JITTER_SECONDS = 60
WATCH_INTERVAL_SECONDS = 30
MAX_PARALLEL_CRAWLS = 4
# A scheduled crawl waits on its site's politeness delay far more than on parsing, and up
# to MAX_PARALLEL_CRAWLS of them run at once: each parses in its own process, rather than
# each starting a worker a core (`-s GOVNEWS_PARSE_WORKERS=N` still sets it).
DAEMON_CRAWL_SETTINGS = {"GOVNEWS_PARSE_WORKERS": "0"}


def stop_with_parent() -> None:
    """In a crawl subprocess, before it starts: SIGTERM when the daemon dies, even by
    kill -9, so that no crawl outlives it (Scrapy then closes the crawl cleanly)."""
    end_with_parent(signal.SIGTERM)


def trigger_for(site: Site):
    """The site's schedule, with jitter so that sites do not all start together."""
    if site.cron:
        minute, hour, day, month, weekday = site.cron.split()
        return CronTrigger(minute=minute, hour=hour, day=day, month=month, day_of_week=weekday, timezone=TIMEZONE,
                           jitter=MAX_JITTER_SECONDS)
    seconds = site.interval_minutes * 60
    return IntervalTrigger(seconds=seconds, jitter=min(MAX_JITTER_SECONDS, int(seconds / 10)) or None, timezone=TIMEZONE)


@dataclass
class Daemon:
    """Crawls `sites` into `db_path` on their schedules until stopped."""

    sites: list[Site]
    watches: list[Watch]
    config_path: str
    db_path: str
    crawl_settings: dict[str, str] = field(default_factory=dict)
    crawl_timeout: float = CRAWL_TIMEOUT_SECONDS

    def __post_init__(self) -> None:
        self.stopping = threading.Event()
        self.running: dict[str, subprocess.Popen] = {}
        self.lock = threading.Lock()
        self.crawls_done = threading.Condition(self.lock)  # notified when `running` shrinks
        with Store(self.db_path) as store:
            store.init_watch_cursors([w.name for w in self.watches])

    # --- one crawl -------------------------------------------------------------------

    def crawl_command(self, site: Site) -> list[str]:
        command = [sys.executable, "-m", "crawler.cli", "crawl", "--site", site.name, "--sites", self.config_path,
                   "--db", self.db_path, "--json"]
        for name, value in (DAEMON_CRAWL_SETTINGS | self.crawl_settings).items():
            command += ["-s", f"{name}={value}"]
        return command

    def crawl_site(self, site: Site) -> None:
        """Crawl one site in a subprocess, then deliver watches and check the site's health."""
        if self.stopping.is_set():
            return
        log.info("crawling %s", site.name)
        process = subprocess.Popen(self.crawl_command(site), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                   start_new_session=True,  # our own SIGINT handling decides when it stops
                                   preexec_fn=stop_with_parent)
        with self.lock:
            self.running[site.name] = process
        if self.stopping.is_set():  # the stop came while this crawl was starting
            self.stop_process(process)
        try:
            out, err = process.communicate(timeout=self.crawl_timeout)
        except subprocess.TimeoutExpired:
            self.stop_process(process)
            self.close_rows(process.pid, site, "timeout", f"stopped after {self.crawl_timeout:.0f} s")
            log.error("crawl of %s hung past %.0f s: stopped and recorded", site.name, self.crawl_timeout)
            return
        finally:
            with self.lock:
                self.running.pop(site.name, None)
                self.crawls_done.notify_all()
        self.report(site, process, out, err)
        if not self.stopping.is_set():
            self.after_crawl(site)

    def report(self, site: Site, process: subprocess.Popen, out: str, err: str) -> None:
        if process.returncode == 0:
            summary = json.loads(out)
            log.info("crawled %s: %d new, %d duplicates, %d revised, %d errors", site.name, summary["articles_new"],
                     summary["duplicates"], summary["revised"], summary["errors"])
            return
        reason = (err.strip().splitlines() or [f"exit code {process.returncode}"])[-1]
        status = "interrupted" if self.stopping.is_set() else "failed"
        self.close_rows(process.pid, site, status, reason)
        log.log(logging.INFO if self.stopping.is_set() else logging.ERROR, "crawl of %s %s: %s", site.name, status, reason)

    def close_rows(self, pid: int, site: Site, status: str, reason: str) -> None:
        """Record a crawl that ended badly: close the rows it left running, or add one."""
        with Store(self.db_path) as store:
            if not store.end_crawls_of(pid, status, reason) and not store.crawl_rows_of(pid):
                store.record_failed_crawl(site.name, reason)

    def after_crawl(self, site: Site) -> None:
        with Store(self.db_path) as store:
            self.deliver(store)
            now = datetime.now(timezone.utc)
            site_health = health.evaluate(site.name, store.crawl_history(site.name),
                                          store.new_articles_since(site.name, (now - timedelta(days=1)).isoformat()),
                                          store.new_articles_since(site.name, (now - timedelta(days=7)).isoformat()))
        for warning in site_health.warnings:
            log.warning("site %s: %s", site.name, warning)

    def deliver(self, store: Store | None = None) -> None:
        if not self.watches:
            return
        if store is None:
            with Store(self.db_path) as own:
                return self.deliver(own)
        counts = run_watches(store, self.watches)
        if any(counts.values()):
            log.info("watches: %d queued, %d delivered, %d retrying, %d given up", counts["queued"], counts["delivered"],
                     counts["retrying"], counts["given_up"])

    # --- stopping ------------------------------------------------------------------------

    @staticmethod
    def stop_process(process: subprocess.Popen) -> None:
        """SIGTERM (Scrapy closes the crawl cleanly), then SIGKILL if it takes too long."""
        if process.poll() is not None:
            return
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=STOP_GRACE_SECONDS)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

    def stop(self, *_signal) -> None:
        self.stopping.set()

    def stop_running(self) -> None:
        with self.lock:
            processes = list(self.running.values())
        for process in processes:
            self.stop_process(process)

    # --- running -----------------------------------------------------------------------------

    def run_once(self) -> int:
        """Every site once, one after another; exit code 1 if any crawl failed."""
        failed = 0
        for site in self.sites:
            if self.stopping.is_set():
                break
            self.crawl_site(site)
            with Store(self.db_path) as store:
                last = store.crawl_history(site.name, limit=1)
            failed += bool(last) and health.crawl_failed(last[0])
        return 1 if failed else 0

    def run_forever(self) -> int:
        scheduler = BackgroundScheduler(
            executors={"default": ThreadPoolExecutor(max_workers=min(MAX_PARALLEL_CRAWLS, len(self.sites) + 1))},
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": None},
            timezone=TIMEZONE,
        )
        scheduler.add_listener(self.on_skipped, EVENT_JOB_MAX_INSTANCES | EVENT_JOB_MISSED)
        now = datetime.now(timezone.utc)
        for site in self.sites:
            scheduler.add_job(self.crawl_site, trigger_for(site), args=[site], id=site.name, name=f"crawl {site.name}",
                              next_run_time=now)
        if self.watches:
            scheduler.add_job(self.deliver, IntervalTrigger(seconds=WATCH_INTERVAL_SECONDS), id="watches", name="deliver watches")
        scheduler.start()
        log.info("daemon started: %d sites, %d watches, database %s", len(self.sites), len(self.watches), self.db_path)
        self.stopping.wait()
        log.info("stopping: no new crawls; finishing the running ones")
        scheduler.shutdown(wait=False)
        self.stop_running()
        with self.lock:  # let the jobs record how their crawls ended before the daemon exits
            self.crawls_done.wait_for(lambda: not self.running, timeout=STOP_GRACE_SECONDS + 2)
        log.info("stopped")
        return 0

    @staticmethod
    def on_skipped(event) -> None:
        log.warning("job %s: a run was skipped because the previous one is still running; the next run catches up",
                    event.job_id)


def install_signal_handlers(daemon: Daemon) -> None:
    signal.signal(signal.SIGTERM, daemon.stop)
    signal.signal(signal.SIGINT, daemon.stop)


def demo_config(base_url: str, config_path: str | None) -> str:
    """A config file with the demo site (polled every 5 seconds) and, from `config_path`,
    the sites that have start URLs and every watch."""
    import tomllib

    data = tomllib.loads(Path(config_path).read_text(encoding="utf-8")) if config_path else {}
    demo = {"name": "demo", "start_urls": [f"{base_url}/news/list_1.html"], "allowed_domains": ["127.0.0.1"],
            "article_links": "ul.news a", "next_page": "a.next", "interval_minutes": 5 / 60, "delay": 0, "concurrency": 8}
    sites = [demo] + [s for s in data.get("site", []) if s.get("start_urls") and s.get("name") != "demo"]
    text = "".join(_toml_table("site", entry) for entry in sites) + "".join(_toml_table("watch", w) for w in data.get("watch", []))
    handle = tempfile.NamedTemporaryFile("w", suffix=".toml", prefix="govnews-demo-", delete=False, encoding="utf-8")
    with handle:
        handle.write(text)
    return handle.name


def _toml_table(kind: str, entry: dict) -> str:
    """One [[kind]] table; the values govnews configs hold (strings, numbers, booleans,
    lists of strings) are written the same in JSON and TOML."""
    return f"[[{kind}]]\n" + "".join(f"{key} = {json.dumps(value, ensure_ascii=False)}\n" for key, value in entry.items()) + "\n"
