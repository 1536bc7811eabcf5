"""The pipeline: every fetched article page is parsed, stored (dedup, revisions) and
counted; each site's crawl becomes a row in `crawls`. The only writer during a crawl.

Pages are parsed in worker processes (crawler.workers.parse_pool) and written by the store's
own thread (crawler.workers.store_writer), in the order they arrived whatever order their parses
finish in: which copy of a story is the original depends on the crawl, not on timing.
The functions the writer runs are below the pipeline; they touch only the store.
"""

from __future__ import annotations

import logging
from datetime import date

from scrapy import signals
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet import defer

from crawler.workers.arrival_order import ArrivalOrder
from crawler.items import ArticlePage, ListLinks
from crawler.workers.parse_pool import ParsePool, default_workers
from crawler.workers.prepared import Prepared
from crawler.spiders.site_spider import BLOCKED_STATUSES
from crawler.store import OUTCOME_COUNTERS, DatabaseUnusable, Store, StoreError
from crawler.workers.store_writer import StoreWriter

log = logging.getLogger(__name__)

WITHDRAWN_STATUSES = (404, 410)
# The reason a crawl is closed with when its database fails under it.
STORE_FAILED = "store_failed"


class StorePipeline:
    def __init__(self, crawler) -> None:
        self.crawler = crawler
        self.db_path = crawler.settings.get("GOVNEWS_DB")
        self.run_id = crawler.settings.get("GOVNEWS_RUN_ID")
        workers = crawler.settings.get("GOVNEWS_PARSE_WORKERS")
        self.workers = default_workers() if workers in (None, "") else int(workers)

    @classmethod
    def from_crawler(cls, crawler):
        pipeline = cls(crawler)
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def open_spider(self) -> None:
        spider = self.crawler.spider
        self.tally = spider.tally
        self.parser = None if spider.site.parser == "auto" else spider.site.parser
        self.pool = ParsePool.shared(self.workers)
        self.in_order = ArrivalOrder(self._release)
        self.parse_cpu_seconds = 0.0
        self.stopping = False
        self.writer: StoreWriter | None = None
        try:
            with Store(self.db_path) as store:
                self.tally.crawl_id = store.start_site_crawl(spider.site.name, self.run_id)
            self.writer = StoreWriter.shared(self.db_path)
        except StoreError as error:  # nothing fetched could be kept: stop before fetching
            self.tally.store_failure(f"the crawl could not start: {error}")
            self.stop()

    def stop(self) -> None:
        """End the crawl early: the store cannot keep what it would fetch."""
        if self.stopping:
            return
        self.stopping = True
        engine = self.crawler.engine
        if hasattr(engine, "close_spider_async"):  # Scrapy 2.14+
            from scrapy.utils.defer import deferred_from_coro

            deferred_from_coro(engine.close_spider_async(reason=STORE_FAILED))
        else:
            engine.close_spider(self.crawler.spider, STORE_FAILED)

    async def spider_closed(self, spider, reason: str) -> None:
        """Close the site's crawl row once every write is made; `reason` is Scrapy's
        (finished, shutdown, …) or STORE_FAILED."""
        tally = self.tally
        tally.finished = reason == "finished"
        tally.stop_reason = reason
        status = "done" if tally.finished else "failed" if reason == STORE_FAILED else "interrupted"
        if self.writer is None:
            self._closed(None)
            return
        # Only a clean, complete crawl may skip unchanged list pages next time: otherwise
        # the articles it missed would hide behind a 304.
        finished = self.writer.call(finish_crawl, tally.crawl_id, tally.site, dict(tally.list_validators) if tally.clean else {},
                                    tally.crawl_row_counts(), list(tally.errors), status)
        finished.addErrback(self._unclosed)
        finished.addBoth(lambda _: self.writer.close())
        finished.addBoth(self._closed)
        await maybe_deferred_to_future(finished)

    def _unclosed(self, failure) -> None:
        """The crawl row could not be closed (disk full, database gone): the crawl failed,
        and says so; the next crawl marks the row interrupted."""
        log.error("closing the crawl row failed: %s", failure.value)
        self.tally.store_failure(f"closing the crawl row failed: {type(failure.value).__name__}: {failure.value}")

    def _closed(self, _) -> None:
        """Stop the workers; leave in Scrapy's stats where the crawl's CPU time went."""
        self.pool.close()
        stats = self.crawler.stats
        stats.set_value("govnews/parse_workers", self.pool.workers)
        stats.set_value("govnews/parse_cpu_seconds", round(self.parse_cpu_seconds, 3))
        if self.writer is not None:
            stats.set_value("govnews/store_writes", self.writer.writes)
            stats.set_value("govnews/store_transactions", self.writer.transactions)
            stats.set_value("govnews/store_writer_cpu_seconds", round(self.writer.cpu_seconds, 3))

    async def process_item(self, item: ArticlePage | ListLinks):
        """Hand the item on at once (the page's place in the storing order is taken
        here), then wait until it is stored. Nothing is stored once the store failed."""
        if self.writer is None:
            return item
        if isinstance(item, ListLinks):
            recorded = self.writer.call(record_links, item.site, item.urls)
            recorded.addErrback(self._links_unrecorded, item)
            done = recorded.addCallback(lambda _: item)
        elif item.status == 200 and not item.skipped:
            done = self.parse_then_store(item)
        else:
            done = self.write(item, None)
        return await maybe_deferred_to_future(done)

    def parse_then_store(self, page: ArticlePage) -> defer.Deferred:
        """A Deferred that fires with the page once it is parsed and stored."""
        stored: defer.Deferred = defer.Deferred()
        ticket = self.in_order.arrive((page, stored))
        parsed = self.pool.prepare(page.body, page.url, page.charset, self.parser, date.today())
        parsed.addCallback(lambda prepared: self.in_order.finish(ticket, prepared))
        return stored

    def _release(self, waiting: tuple[ArticlePage, defer.Deferred], prepared: Prepared) -> None:
        page, stored = waiting
        self.parse_cpu_seconds += prepared.cpu_seconds
        self.write(page, prepared).chainDeferred(stored)

    def write(self, page: ArticlePage, prepared: Prepared | None) -> defer.Deferred:
        """Have the writer record the page; count what it was. Fires with the page."""
        written = self.writer.call(settle, page, prepared, self.tally.crawl_id)
        written.addCallbacks(self._count, self._unwritten, errbackArgs=(page,))
        return written.addCallback(lambda _: page)

    def _count(self, outcome: tuple[str, str | None]) -> None:
        name, error = outcome
        if name == "store_failures":
            self.tally.store_failure(error)
        elif name == "bad_links":
            self.tally.bad_link(error)
        elif error:
            self.tally.error(error)
        elif name != "errors":
            self.tally.add(name)

    def _links_unrecorded(self, failure, item: ListLinks) -> None:
        log.error("recording links of %s failed: %s", item.site, failure.value)
        if failure.check(DatabaseUnusable):
            self.tally.store_failure(f"{len(item.urls)} links found on a list page not recorded: {failure.value}")
            self.stop()

    def _unwritten(self, failure, page: ArticlePage) -> None:
        """A page the store could not keep. When the file itself failed (disk full, gone,
        read-only), the crawl stops: every later page would fail the same way."""
        (log.debug if self.stopping else log.error)("storing %s failed: %s", page.url, failure.value)
        self.tally.store_failure(f"{page.url}: not stored: {failure.value}")
        if failure.check(DatabaseUnusable):
            self.stop()


# --- what the writer thread runs: each gets the store first ----------------------------


def record_links(store: Store, site: str, urls: list[str]) -> None:
    store.record_links(site, urls)


def finish_crawl(store: Store, crawl_id: int, site: str, list_validators: dict, counts: dict, errors: list[str],
                 status: str) -> None:
    for url, (etag, last_modified) in list_validators.items():
        store.record_fetch(url, site, "list", 200, "stored", etag, last_modified)
    store.finish_crawl(crawl_id, counts, errors, status=status)


def settle(store: Store, page: ArticlePage, prepared: Prepared | None, crawl_id: int) -> tuple[str, str | None]:
    """Record one article page: (the tally it counts towards, an error message or None).
    A page never vanishes unrecorded: a failure to store it is recorded as an error."""
    try:
        with store.transaction():
            return store_page(store, page, prepared, crawl_id) if prepared else record_answer(store, page)
    except DatabaseUnusable:
        raise  # the file itself failed (disk full, gone, read-only): the writer fails the batch
    except Exception as error:  # noqa: BLE001
        log.exception("storing %s failed", page.url)
        reason = f"{type(error).__name__}: {error}"
        store.record_fetch(page.url, page.site, "article", page.status or None, "error", reason=reason)
        return "store_failures", f"{page.url}: not stored: {reason}"


def record_outcome(store: Store, page: ArticlePage, status: int | None, outcome: str, etag: str | None = None,
                   last_modified: str | None = None, reason: str | None = None) -> None:
    """The fetch record of the page's URL, and of the link that led there, when a
    redirect or a meta refresh came between: both are settled by the same answer."""
    store.record_fetch(page.url, page.site, "article", status, outcome, etag, last_modified, reason)
    if page.requested_url and page.requested_url != page.url:
        via = f"redirected to {page.url}" + (f": {reason}" if reason else "")
        store.record_fetch(page.requested_url, page.site, "article", status, outcome, reason=via)


def record_answer(store: Store, page: ArticlePage) -> tuple[str, str | None]:
    """An article page that is not there to be parsed: not fetched, unchanged, withdrawn,
    blocked, redirected away or failed; recorded with its reason."""
    if page.skipped:
        store.record_fetch(page.url, page.site, "article", None, "skipped", reason=page.error)
        return "skipped", None
    if page.outcome == "off_domain":  # the site's own choice: recorded, not an error
        store.record_fetch(page.url, page.site, "article", None, "off_domain", reason=page.error)
        return "off_domain", None
    if page.outcome == "bad_link":  # recorded by an older version, malformed
        store.record_fetch(page.url, page.site, "article", None, "bad_link", reason=page.error)
        return "bad_links", f"{page.url}: {page.error}"
    if page.outcome == "redirect_loop":
        store.record_fetch(page.url, page.site, "article", None, "redirect_loop", reason=page.error)
        return "errors", f"{page.url}: {page.error}"
    if page.status == 304:
        store.touch(page.url)
        record_outcome(store, page, 304, "not_modified")
        return "unchanged", None
    if page.status in WITHDRAWN_STATUSES and page.revisit and store.mark_withdrawn(page.url):
        record_outcome(store, page, page.status, "withdrawn")
        return "withdrawn", None
    if page.status in BLOCKED_STATUSES:
        record_outcome(store, page, page.status, "blocked", reason=f"HTTP {page.status}")
        return "blocked", None
    reason = page.error or f"HTTP {page.status}"
    record_outcome(store, page, page.status or None, "error", reason=reason)
    return "errors", f"{page.url}: {reason}"


def store_page(store: Store, page: ArticlePage, prepared: Prepared, crawl_id: int) -> tuple[str, str | None]:
    """A parsed page: its bytes (so reparse can recover it), then the article or what it
    was instead, and its fetch record."""
    store.save_raw(page.url, page.site, prepared.raw, page.content_type)
    if prepared.outcome == "blocked":
        record_outcome(store, page, page.status, "blocked", reason="a captcha or challenge page")
        return "blocked", None
    if prepared.outcome == "not_article":
        record_outcome(store, page, page.status, "not_article", page.etag, page.last_modified, reason=prepared.error)
        return "not_article", None
    if prepared.outcome == "error":
        record_outcome(store, page, page.status, "error", reason=prepared.error)
        return "errors", f"{page.url}: {prepared.error}"
    stored = store.add(prepared.article, crawl_id=crawl_id, site=page.site, fingerprint=prepared.fingerprint)
    record_outcome(store, page, 200, "stored", page.etag, page.last_modified)
    return OUTCOME_COUNTERS[stored.outcome], None
