"""Running crawls: one Scrapy crawler per site, in this process, once.

Scrapy's reactor cannot be restarted in a process, so each call to `run_crawl` needs a
fresh process: the CLI is one; the daemon runs each crawl in a subprocess.
"""

from __future__ import annotations

import sys
import uuid
from dataclasses import asdict
from datetime import datetime, timedelta, timezone

from scrapy.crawler import Crawler, CrawlerProcess
from scrapy.settings import Settings

from crawler.config import Site
from crawler.spiders.site_spider import CrawlPlan, SiteSpider
from crawler.store import Store
from crawler.tally import SiteTally

SETTINGS_MODULE = "crawler.settings"
PROGRESS_SECONDS = 1.0


def base_settings(db_path: str, overrides: dict | None = None) -> Settings:
    settings = Settings()
    settings.setmodule(SETTINGS_MODULE, priority="project")
    settings.set("LOG_INSTALL_ROOT_HANDLER", False, priority="cmdline")
    settings.set("GOVNEWS_DB", db_path, priority="cmdline")
    settings.set("GOVNEWS_RUN_ID", uuid.uuid4().hex[:12], priority="cmdline")
    for name, value in (overrides or {}).items():
        settings.set(name, value, priority="cmdline")
    return settings


def site_settings(base: Settings, site: Site) -> Settings:
    """The site's own delay and concurrency over the shared settings (the command line's
    overrides still win)."""
    settings = base.copy()
    settings.set("DOWNLOAD_DELAY", site.delay, priority="spider")
    settings.set("AUTOTHROTTLE_START_DELAY", max(site.delay, 0.1), priority="spider")
    settings.set("CONCURRENT_REQUESTS_PER_DOMAIN", site.concurrency, priority="spider")
    return settings


def plan_crawl(store: Store, site: Site, revisit_now: bool) -> CrawlPlan:
    """What the store already knows about the site, read before the crawl starts (only
    read: `crawl --dry-run` plans with it too)."""
    now = datetime.now(timezone.utc)
    younger_than = (now - timedelta(days=site.revisit_days)).isoformat(timespec="seconds")
    checked_before = now if revisit_now else now - timedelta(hours=site.revisit_hours)
    revisit = store.due_for_revisit(site.name, younger_than, checked_before.isoformat(timespec="seconds")) if site.revisit_days else []
    last = store.crawl_history(site.name, limit=1)
    unclean = bool(last) and last[0]["status"] != "done"
    retry_failed_before = (now - timedelta(hours=site.revisit_hours)).isoformat(timespec="seconds")
    return CrawlPlan(settled=store.settled_urls(site.name, retry_failed_before),
                     validators={**store.list_validators(site.name), **store.validators(revisit)}, revisit=revisit,
                     frontier=store.frontier(site.name, retry_failed_before), walk_all_lists=unclean)


def progress_line(tallies: list[SiteTally]) -> str:
    parts = []
    for t in tallies:
        c = t.counts
        parts.append(f"{t.site}: {c['list_pages']} lists, {c['article_pages']} articles, {c['new']} new, {c['errors']} errors")
    return "crawling " + " | ".join(parts)


def run_crawl(sites: list[Site], db_path: str, revisit_now: bool = False, overrides: dict | None = None,
              show_progress: bool = False) -> list[dict]:
    """Crawl the sites into the database; return each site's summary."""
    with Store(db_path) as store:
        for site in sites:
            store.record_site(site.name, site.parser, asdict(site))
        plans = {site.name: plan_crawl(store, site, revisit_now) for site in sites}
    base = base_settings(db_path, overrides)
    process = CrawlerProcess(base)
    tallies = []
    for number, site in enumerate(sites):
        tally = SiteTally(site.name)
        tallies.append(tally)
        # Crawlers made here rather than by the process: the first installs the reactor.
        crawler = Crawler(SiteSpider, site_settings(base, site), init_reactor=number == 0)
        process.crawl(crawler, site=site, plan=plans[site.name], tally=tally)
    if show_progress:
        _start_progress(tallies)
    process.start()
    if show_progress:
        sys.stderr.write("\r\033[K")
    return [t.summary() for t in tallies]


def _start_progress(tallies: list[SiteTally]) -> None:
    from twisted.internet import task

    def show() -> None:
        sys.stderr.write("\r\033[K" + progress_line(tallies)[:200])
        sys.stderr.flush()

    task.LoopingCall(show).start(PROGRESS_SECONDS)
