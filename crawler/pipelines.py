"""The pipeline: every fetched article page is parsed, stored (dedup, revisions) and
counted; each site's crawl becomes a row in `crawls`. The only writer during a crawl."""

from __future__ import annotations

from datetime import date

from scrapy import signals

import parsers
from parsers import ChallengePage, NotAnArticle, ParseError

import logging

from .items import ArticlePage, ListLinks
from .spiders.site_spider import BLOCKED_STATUSES
from .store import OUTCOME_COUNTERS, Store

log = logging.getLogger(__name__)

WITHDRAWN_STATUSES = (404, 410)


class StorePipeline:
    def __init__(self, crawler) -> None:
        self.crawler = crawler
        self.db_path = crawler.settings.get("GOVNEWS_DB")
        self.run_id = crawler.settings.get("GOVNEWS_RUN_ID")

    @classmethod
    def from_crawler(cls, crawler):
        pipeline = cls(crawler)
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def open_spider(self) -> None:
        spider = self.crawler.spider
        self.tally, self.parser = spider.tally, spider.site.parser
        self.store = Store(self.db_path)
        self.tally.crawl_id = self.store.start_site_crawl(spider.site.name, self.run_id)

    def spider_closed(self, spider, reason: str) -> None:
        """Close the site's crawl row; `reason` is Scrapy's: finished, shutdown, …"""
        tally = self.tally
        tally.finished = reason == "finished"
        if tally.finished and not tally.counts["errors"] and not tally.counts["blocked"]:
            # Only a clean, complete crawl may skip unchanged list pages next time: otherwise
            # the articles it missed would hide behind a 304.
            for url, (etag, last_modified) in tally.list_validators.items():
                self.store.record_fetch(url, tally.site, "list", 200, "stored", etag, last_modified)
        status = "done" if tally.finished else "interrupted"
        self.store.finish_crawl(tally.crawl_id, tally.crawl_row_counts(), tally.errors, status=status)
        self.store.close()

    def process_item(self, item: ArticlePage | ListLinks):
        if isinstance(item, ListLinks):
            self.store.record_links(item.site, item.urls)
            return item
        try:
            outcome = self.handle(item)
        except Exception as error:  # noqa: BLE001 - a page must never vanish unrecorded
            log.exception("storing %s failed", item.url)
            self.store.record_fetch(item.url, item.site, "article", item.status or None, "error")
            self.tally.error(f"{item.url}: {type(error).__name__}: {error}")
            return item
        if outcome != "errors":
            self.tally.add(outcome)
        return item

    def handle(self, page: ArticlePage) -> str:
        """Store one article page; return the tally it counts towards."""
        store = self.store
        if page.skipped:
            store.record_fetch(page.url, page.site, "article", None, "skipped")
            return "skipped"
        if page.status == 304:
            store.touch(page.url)
            store.record_fetch(page.url, page.site, "article", 304, "not_modified")
            return "unchanged"
        if page.status in WITHDRAWN_STATUSES and page.revisit and store.mark_withdrawn(page.url):
            store.record_fetch(page.url, page.site, "article", page.status, "withdrawn")
            return "withdrawn"
        if page.status in BLOCKED_STATUSES:
            store.record_fetch(page.url, page.site, "article", page.status, "blocked")
            return "blocked"
        if page.status != 200:
            store.record_fetch(page.url, page.site, "article", page.status or None, "error")
            self.tally.error(f"{page.url}: {page.error or f'HTTP {page.status}'}")
            return "errors"
        return self.store_page(page)

    def store_page(self, page: ArticlePage) -> str:
        store = self.store
        store.save_raw(page.url, page.site, page.body, page.content_type)  # kept first: reparse can recover it
        try:
            article = parsers.parse_page(page.body, url=page.url, ref_date=date.today(),
                                         parser=None if self.parser == "auto" else self.parser, charset=page.charset)
        except ChallengePage:
            store.record_fetch(page.url, page.site, "article", page.status, "blocked")
            return "blocked"
        except NotAnArticle:
            store.record_fetch(page.url, page.site, "article", page.status, "not_article", page.etag, page.last_modified)
            return "not_article"
        except ParseError as error:
            store.record_fetch(page.url, page.site, "article", page.status, "error")
            self.tally.error(f"{page.url}: {error}")
            return "errors"
        stored = store.add(article, crawl_id=self.tally.crawl_id, site=page.site)
        store.record_fetch(page.url, page.site, "article", 200, "stored", page.etag, page.last_modified)
        if page.requested_url:  # the link as found leads here: settled too
            store.record_fetch(page.requested_url, page.site, "article", 200, "stored")
        return OUTCOME_COUNTERS[stored.outcome]
