"""One spider for every site, driven by the site's entry in the site list.

List pages are always fetched (conditionally: an unchanged list page answers 304), and
followed to the next page until a list page brings no link that is not stored yet.
Stored articles are fetched again only when due for a revisit.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.spidermiddlewares.httperror import HttpError

import parsers
from parsers.decode import charset_from_content_type

from crawler.items import ArticlePage, ListLinks
from crawler.config import Site
from crawler.lists import registry
from crawler.lists.options import ListOptions
from crawler.lists.page import ListPage, ListRequest
from crawler.tally import SiteTally
from crawler.middlewares import RobotsUnavailable
from crawler.urls import LinkError, absolute_url

log = logging.getLogger(__name__)

# The answers that mean "blocked": a challenge in front of the page.
BLOCKED_STATUSES = (403, 412)
# What a page guessed by URL arithmetic answers when the list has no such page (many
# dynamic lists answer `?page=99` with 200 and no rows instead: that ends the list too).
PAST_THE_END = (404, 410)


@dataclass
class CrawlPlan:
    """What the store knows before the crawl: URLs settled, validators, revisits due."""

    settled: set[str] = field(default_factory=set)
    validators: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    revisit: list[str] = field(default_factory=list)
    frontier: list[str] = field(default_factory=list)  # links seen before and not stored yet
    # After a crawl that did not finish cleanly, walk every list page: links it never
    # reached may wait behind list pages that bring nothing new.
    walk_all_lists: bool = False


def conditional_headers(validators: tuple[str | None, str | None] | None) -> dict[str, str]:
    etag, last_modified = validators or (None, None)
    headers = {"If-None-Match": etag} if etag else {}
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    return headers


class SiteSpider(scrapy.Spider):
    name = "site"

    def __init__(self, site: Site, plan: CrawlPlan, tally: SiteTally, **kwargs) -> None:
        super().__init__(name=site.name, **kwargs)
        self.site, self.plan, self.tally = site, plan, tally
        self.allowed_domains = list(site.allowed_domains)
        self.options = ListOptions.of_site(site)
        self.queued: set[str] = set()
        self.list_requests = len(site.start_urls)  # made so far, against the site's max_list_pages

    async def start(self):
        for url in self.site.start_urls:
            yield self.list_request(ListRequest(url, self.site.list_mode))
        for url in self.plan.revisit:
            yield self.article_request(url, revisit=True)
        for url in self.plan.frontier:
            if url not in self.queued:
                yield self.frontier_request(url)

    def frontier_request(self, url: str):
        """A link recorded by an earlier crawl; one recorded before links were checked may
        be malformed, and is settled as `bad_link` with its reason instead of failing the
        crawl's start on every run."""
        try:
            absolute_url(url, url)
        except LinkError as error:
            return ArticlePage(url=url, site=self.site.name, status=0, body=b"", content_type=None, charset=None,
                               etag=None, last_modified=None, error=str(error), outcome="bad_link")
        return self.article_request(url)

    def list_request(self, request: ListRequest) -> scrapy.Request:
        """A list page (conditional GET: validators are kept only for pages that showed
        links themselves, never for shells whose rows come from a data request) or a
        family's data request, GET or POST."""
        meta = {"kind": "list", "list_request": request}
        if request.method == "POST":
            return scrapy.FormRequest(request.url, formdata=list(request.form), callback=self.parse_list, errback=self.failed,
                                      meta=meta, dont_filter=True)
        headers = {} if request.is_data else conditional_headers(self.plan.validators.get(request.url))
        return scrapy.Request(request.url, self.parse_list, errback=self.failed, headers=headers, meta=meta)

    def article_request(self, url: str, revisit: bool = False) -> scrapy.Request:
        """`link` keeps the URL as recorded, whatever redirects lead to. Not filtered as a
        duplicate (the spider keeps its own `queued`): Scrapy drops a filtered request
        without a word, and a redirect loop back to its start would stay pending."""
        self.queued.add(url)
        headers = conditional_headers(self.plan.validators.get(url)) if revisit else {}
        return scrapy.Request(url, self.parse_article, errback=self.failed, headers=headers, dont_filter=True,
                              meta={"kind": "article", "revisit": revisit, "link": url}, priority=1)

    def more_lists(self) -> bool:
        limit = self.site.max_list_pages or self.settings.getint("GOVNEWS_MAX_LIST_PAGES")
        return self.list_requests < limit

    def parse_list(self, response: scrapy.http.Response):
        request = response.meta.get("list_request") or ListRequest(response.url, self.site.list_mode)
        if response.status == 304:
            self.tally.add("list_pages")
            return
        if response.status in PAST_THE_END and request.is_guessed:
            return  # URL arithmetic went one page past the last: the list ends here
        blocked = response.status in BLOCKED_STATUSES or (
            response.status == 200 and parsers.challenge_reason(response.body, _charset(response)))
        if blocked or response.status != 200 or not isinstance(response, scrapy.http.TextResponse):
            self.tally.add("blocked") if blocked else None
            self.tally.error(f"{response.url}: list page {'blocked' if blocked else 'answered'} (HTTP {response.status})")
            return
        self.tally.add("list_pages")
        # Read where it landed after redirects, in its own encoding, as a browser does.
        listing = registry.read(ListPage(response.url, response.text, request, response.encoding), self.options)
        for message in listing.errors:  # malformed links, each costing itself only
            self.tally.bad_link(message)
        if listing.links and not request.is_data:
            # under the URL the next crawl asks for (a redirected start URL, not where it landed)
            self.tally.list_validators[request.url] = (_header(response, "ETag"), _header(response, "Last-Modified"))
        self.tally.add("lists_changed")
        self.tally.add("links", len(listing.links))
        if not listing.links and request.is_guessed:
            return  # URL arithmetic went one page past the last, and the page says so by listing nothing
        if not listing.links and not listing.awaits_data:
            log.warning("site %s: list page %s yields no article link (list_mode %s)", self.site.name, request.describe(), self.site.list_mode)
            self.tally.error(f"{request.describe()}: list page yields no article link (list_mode {self.site.list_mode})")
        urls = [link.url for link in listing.links]
        new = [u for u in urls if u not in self.plan.settled and u not in self.queued]
        if new:
            yield ListLinks(self.site.name, new)
        for url in new:
            yield self.article_request(url)
        if new or self.plan.walk_all_lists or listing.awaits_data:
            for following in listing.next:
                if self.more_lists():
                    self.list_requests += 1
                    yield self.list_request(following)

    def parse_article(self, response: scrapy.http.Response):
        self.tally.add("article_pages")
        link = response.meta.get("link", response.url)
        yield ArticlePage(
            url=response.url, site=self.site.name, status=response.status, body=response.body,
            content_type=_header(response, "Content-Type"), charset=_charset(response),
            etag=_header(response, "ETag"), last_modified=_header(response, "Last-Modified"),
            revisit=response.meta.get("revisit", False), requested_url=link if link != response.url else None,
        )

    def failed(self, failure):
        """A request that brought no usable answer. Article failures go to the pipeline,
        recorded under the link as found (not where a redirect led), with their reason;
        list page failures are counted here."""
        request = failure.request
        link = request.meta.get("link", request.url)
        outcome, reason = failure_outcome(failure)
        if request.meta.get("kind") != "article":
            if outcome == "skipped":
                self.tally.add("skipped")
            else:
                self.tally.error(f"{request.url}: {reason}")
            return
        if outcome == "skipped":
            self.tally.add("skipped")
        status = failure.value.response.status if failure.check(HttpError) else 0
        yield ArticlePage(url=link, site=self.site.name, status=status, body=b"", content_type=None, charset=None,
                          etag=None, last_modified=None, revisit=request.meta.get("revisit", False), error=reason,
                          outcome=outcome)


def failure_outcome(failure) -> tuple[str, str]:
    """What a failed request's link comes to (a fetch outcome) and why, in one line."""
    request = failure.request
    redirects = request.meta.get("redirect_urls") or []
    if failure.check(RobotsUnavailable):
        return "error", str(failure.value)
    if failure.check(IgnoreRequest) and not failure.check(HttpError):
        message = failure.getErrorMessage()
        if "DOWNLOAD_MAXSIZE" in message or "max size" in message:  # a gzip bomb: HttpCompressionMiddleware's check
            return "error", "page refused: larger than DOWNLOAD_MAXSIZE once decompressed (a gzip bomb?)"
        if message.startswith("Filtered offsite") and redirects:
            return "off_domain", f"redirected off the site's domains, to {request.url}"
        if message == "max redirections reached":
            return "redirect_loop", f"redirect loop or chain longer than allowed ({' -> '.join([*redirects[:4], request.url])})"
        return "skipped", message  # off the allowed domains, or kept out by robots.txt
    if failure.check(HttpError):
        return "error", f"HTTP {failure.value.response.status}"
    message = failure.getErrorMessage()
    if "max size" in message:  # over DOWNLOAD_MAXSIZE, by its Content-Length or as it streamed
        return "error", f"page refused: {message.split(' in request')[0][:160]}"
    if failure.type.__name__ == "DownloadCancelledError":  # Scrapy cancels a stream past DOWNLOAD_MAXSIZE without a message
        return "error", "page refused: download cancelled (larger than DOWNLOAD_MAXSIZE, or the crawl was stopping)"
    return "error", f"{failure.type.__name__}: {message[:300]}"


def _header(response: scrapy.http.Response, name: str) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


def _charset(response: scrapy.http.Response) -> str | None:
    """The charset the HTTP header declares, if it does; the parsers detect the rest."""
    return charset_from_content_type(_header(response, "Content-Type"))
