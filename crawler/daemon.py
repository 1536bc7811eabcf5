"""The monitoring daemon: every site crawled on its own schedule, for weeks.

Each crawl runs in a process of its own (crawler/crawl_process.py: Scrapy's reactor
cannot restart within a process), so thousands of cycles leave nothing behind in the
daemon. APScheduler runs one job per site: never two crawls of a site at once, missed runs
coalesced into one and run late rather than dropped, and each site crawled once right after
a start, which picks up whatever a crash or a stop left undone. After each crawl the
site's health is checked and the sender (crawler/outputs/sender.py) is woken: alerts go out
from threads of their own, so a slow webhook never holds up a crawl or a stop.

The config is read once, at start; SIGHUP reads it again (a broken edit is logged and the
running config kept).
"""

from __future__ import annotations

import logging
import signal
import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from apscheduler.events import EVENT_JOB_MAX_INSTANCES, EVENT_JOB_MISSED
from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from crawler.config import Config, Site, SiteConfigError, load_config
from crawler.crawl_process import CrawlFailed, CrawlProcess, CrawlTimedOut
from crawler.outputs import health
from crawler.outputs.sender import Sender
from crawler.outputs.watches import run_watches
from crawler.schedule import crontab_trigger
from crawler.store import Store

log = logging.getLogger("govnews.daemon")

CRAWL_TIMEOUT_SECONDS = 30 * 60
STOP_GRACE_SECONDS = 6  # a stopping crawl gets this long to close cleanly, then is killed (all within 10 s)
MAX_JITTER_SECONDS = 60
SIGNAL_CHECK_SECONDS = 0.5  # the main thread wakes this often, so SIGTERM/SIGHUP are handled at once
MAX_PARALLEL_CRAWLS = 4
# A scheduled crawl waits on its site's politeness delay far more than on parsing, and up
# to MAX_PARALLEL_CRAWLS of them run at once: each parses in its own process, rather than
# each starting a worker a core (`-s GOVNEWS_PARSE_WORKERS=N` still sets it).
DAEMON_CRAWL_SETTINGS = {"GOVNEWS_PARSE_WORKERS": 0}


def trigger_for(site: Site, zone: str, jitter: bool = True):
    """The site's schedule (crontab days as crontab means them), with jitter so that sites
    do not all start together."""
    if site.cron:
        return crontab_trigger(site.cron, zone, MAX_JITTER_SECONDS if jitter else None)
    seconds = site.interval_minutes * 60
    spread = (min(MAX_JITTER_SECONDS, int(seconds / 10)) or None) if jitter else None
    return IntervalTrigger(seconds=seconds, jitter=spread, timezone=zone)


def schedule_text(site: Site, zone: str) -> str:
    return f"cron {site.cron} ({zone})" if site.cron else f"every {site.interval_minutes:g} minutes"


def crawlable(config: Config | None, extra_sites: tuple[Site, ...] = ()) -> list[Site]:
    """The sites to schedule: `extra_sites` (the demo) and the config's non-templates."""
    names = {s.name for s in extra_sites}
    own = [s for s in (config.sites if config else ()) if not s.is_template and s.name not in names]
    return [*extra_sites, *own]


@dataclass
class Daemon:
    """Crawls the config's sites into `db_path` on their schedules until stopped."""

    config: Config | None
    db_path: str
    config_path: str | None = None  # read again on SIGHUP
    crawl_settings: dict = field(default_factory=dict)
    crawl_timeout: float = CRAWL_TIMEOUT_SECONDS
    extra_sites: tuple[Site, ...] = ()  # the demo site, kept across reloads

    def __post_init__(self) -> None:
        self.stopping = threading.Event()
        self.attention = threading.Event()  # a stop or a reload was asked for
        self.reload_requested = False
        self.running: dict[str, CrawlProcess] = {}
        self.lock = threading.Lock()
        self.crawls_done = threading.Condition(self.lock)  # notified when `running` shrinks
        self.sender: Sender | None = None
        self.scheduler: BackgroundScheduler | None = None
        self.init_cursors()

    @property
    def sites(self) -> list[Site]:
        return crawlable(self.config, self.extra_sites)

    @property
    def watches(self) -> list:
        return list(self.config.watches) if self.config else []

    @property
    def zone(self) -> str:
        return self.config.timezone if self.config else "Asia/Shanghai"

    def init_cursors(self) -> None:
        with Store(self.db_path) as store:
            store.init_watch_cursors([w.name for w in self.watches])

    # --- one crawl -------------------------------------------------------------------

    def identity(self) -> dict:
        """The User-Agent with the config's contact (re-read with the config on SIGHUP)."""
        from crawler.settings import identity_settings

        return identity_settings(self.config.contact if self.config else None)

    def crawl_site(self, site: Site) -> None:
        """Crawl one site in a process of its own, then check its health and wake the sender."""
        if self.stopping.is_set():
            return
        log.info("crawling %s", site.name)
        crawl = CrawlProcess(site, self.db_path, {**DAEMON_CRAWL_SETTINGS, **self.identity(), **self.crawl_settings},
                             max(logging.WARNING, logging.getLogger().getEffectiveLevel()))
        with self.lock:
            self.running[site.name] = crawl
        if self.stopping.is_set():  # the stop came while this crawl was starting
            crawl.stop(STOP_GRACE_SECONDS)
        try:
            summary = crawl.result(self.crawl_timeout)
        except CrawlTimedOut as timeout:
            crawl.stop(STOP_GRACE_SECONDS)
            self.close_rows(crawl.pid, site, "timeout", str(timeout))
            log.error("crawl of %s hung past %.0f s: stopped and recorded", site.name, self.crawl_timeout)
            return
        except CrawlFailed as failure:
            self.crawl_failed(crawl.pid, site, str(failure))
            return
        finally:
            crawl.close()
            with self.lock:
                self.running.pop(site.name, None)
                self.crawls_done.notify_all()
        self.report(crawl.pid, site, summary)
        if not self.stopping.is_set():
            self.after_crawl(site)

    def report(self, pid: int, site: Site, summary: dict) -> None:
        if summary["list_pages"] or self.stopping.is_set():
            log.info("crawled %s: %d new, %d duplicates, %d revised, %d errors", site.name, summary["new"],
                     summary["duplicates"], summary["revised"], summary["errors"])
            return
        reasons = summary["error_messages"] or ["no list page answered (robots.txt, or off the allowed domains?)"]
        self.crawl_failed(pid, site, f"nothing could be crawled: {reasons[0]}")

    def crawl_failed(self, pid: int, site: Site, reason: str) -> None:
        status = "interrupted" if self.stopping.is_set() else "failed"
        self.close_rows(pid, site, status, reason)
        log.log(logging.INFO if self.stopping.is_set() else logging.ERROR, "crawl of %s %s: %s", site.name, status, reason)

    def close_rows(self, pid: int, site: Site, status: str, reason: str) -> None:
        """Record a crawl that ended badly: close the rows it left running, or add one."""
        with Store(self.db_path) as store:
            if not store.end_crawls_of(pid, status, reason) and not store.crawl_rows_of(pid):
                store.record_failed_crawl(site.name, reason)

    def after_crawl(self, site: Site) -> None:
        if self.sender is not None:
            self.sender.wake()
        with Store(self.db_path) as store:
            now = datetime.now(timezone.utc)
            site_health = health.evaluate(site.name, store.crawl_history(site.name),
                                          store.new_articles_since(site.name, (now - timedelta(days=1)).isoformat()),
                                          store.new_articles_since(site.name, (now - timedelta(days=7)).isoformat()))
        for warning in site_health.warnings:
            log.warning("site %s: %s", site.name, warning)

    def deliver(self) -> None:
        """Queue and send the watches' alerts in this thread (`run --once`)."""
        if not self.watches:
            return
        with Store(self.db_path) as store:
            counts = run_watches(store, self.watches)
        if any(counts.values()):
            log.info("watches: %d queued, %d delivered, %d retrying, %d given up", counts["queued"], counts["delivered"],
                     counts["retrying"], counts["given_up"])

    # --- stopping and reloading -------------------------------------------------------

    def stop(self, *_signal) -> None:
        self.stopping.set()
        self.attention.set()

    def reload(self, *_signal) -> None:
        self.reload_requested = True
        self.attention.set()

    def stop_running(self) -> None:
        with self.lock:
            crawls = list(self.running.values())
        threads = [threading.Thread(target=c.stop, args=(STOP_GRACE_SECONDS,)) for c in crawls]
        for thread in threads:  # all at once: the grace is not paid once per crawl
            thread.start()
        for thread in threads:
            thread.join()

    # --- running -----------------------------------------------------------------------------

    def run_once(self) -> int:
        """Every site once, one after another, then the watches; exit code 1 if any crawl failed."""
        failed = 0
        for site in self.sites:
            if self.stopping.is_set():
                break
            self.crawl_site(site)
            with Store(self.db_path) as store:
                last = store.crawl_history(site.name, limit=1)
            failed += bool(last) and health.crawl_failed(last[0])
        if not self.stopping.is_set():
            self.deliver()
        return 1 if failed else 0

    def schedule(self) -> None:
        """(Re)place the jobs: one per site, one per digest; a new site is crawled at once."""
        now = datetime.now(timezone.utc)
        wanted = {}
        for site in self.sites:
            wanted[f"site:{site.name}"] = (self.crawl_site, trigger_for(site, self.zone), [site], f"crawl {site.name}")
        for watch in self.watches:
            if watch.digest:
                hour, minute = watch.digest.split(":")
                wanted[f"digest:{watch.name}"] = (self.send_digest, CronTrigger(hour=hour, minute=minute, timezone=self.zone),
                                                  [watch], f"digest {watch.name}")
        for job in self.scheduler.get_jobs():
            if job.id not in wanted:
                job.remove()
        for job_id, (func, trigger, args, name) in wanted.items():
            job = self.scheduler.get_job(job_id)
            if job is not None and job.args == tuple(args) and str(job.trigger) == str(trigger):
                continue  # unchanged: keeps its next run
            first = now if job_id.startswith("site:") and job is None else None
            self.scheduler.add_job(func, trigger, args=args, id=job_id, name=name, replace_existing=True,
                                   **({"next_run_time": first} if first else {}))

    def send_digest(self, watch) -> None:
        if self.sender is not None:
            self.sender.send_digest(watch)

    def start_sender(self) -> None:
        if self.sender is not None:
            self.sender.stop()
            self.sender = None
        if self.watches:
            self.sender = Sender(self.db_path, self.watches)
            self.sender.start()

    def apply_reload(self) -> None:
        self.reload_requested = False
        if not self.config_path:
            log.warning("SIGHUP: no config file to read again")
            return
        try:
            config = load_config(self.config_path)
        except SiteConfigError as error:
            log.error("SIGHUP: the config was not reloaded, the running one is kept: %s", error)
            return
        self.config = config
        self.init_cursors()
        self.schedule()
        self.start_sender()
        log.info("config reloaded: %d sites, %d watches", len(self.sites), len(self.watches))

    def run_forever(self) -> int:
        self.scheduler = BackgroundScheduler(
            executors={"default": ThreadPoolExecutor(max_workers=MAX_PARALLEL_CRAWLS + 1)},
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": None},
            timezone=self.zone,
        )
        self.scheduler.add_listener(self.on_skipped, EVENT_JOB_MAX_INSTANCES | EVENT_JOB_MISSED)
        self.schedule()
        self.start_sender()
        self.scheduler.start()
        log.info("daemon started: %d sites, %d watches, database %s", len(self.sites), len(self.watches), self.db_path)
        while not self.stopping.is_set():
            # Never an untimed wait: a signal the kernel hands to another thread only runs its
            # Python handler once the main thread wakes, and a lock wait is not woken by it.
            if not self.attention.wait(SIGNAL_CHECK_SECONDS):
                continue
            self.attention.clear()
            if self.reload_requested and not self.stopping.is_set():
                self.apply_reload()
        log.info("stopping: no new crawls; finishing the running ones")
        self.scheduler.shutdown(wait=False)
        stopping_sender = threading.Thread(target=self.sender.stop) if self.sender else None
        if stopping_sender:
            stopping_sender.start()
        self.stop_running()
        with self.lock:  # let the jobs record how their crawls ended before the daemon exits
            self.crawls_done.wait_for(lambda: not self.running, timeout=2)
        if stopping_sender:
            stopping_sender.join()
        log.info("stopped")
        return 0

    @staticmethod
    def on_skipped(event) -> None:
        log.warning("job %s: a run was skipped because the previous one is still running; the next run catches up",
                    event.job_id)


def install_signal_handlers(daemon: Daemon) -> None:
    signal.signal(signal.SIGTERM, daemon.stop)
    signal.signal(signal.SIGINT, daemon.stop)
    signal.signal(signal.SIGHUP, daemon.reload)
