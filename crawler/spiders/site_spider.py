"""One spider for every site, driven by the site's entry in the site list.

List pages are always fetched (conditionally: an unchanged list page answers 304), and
followed to the next page until a list page brings no link that is not stored yet.
Stored articles are fetched again only when due for a revisit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.spidermiddlewares.httperror import HttpError

import parsers
from parsers.decode import charset_from_content_type

from crawler.items import ArticlePage, ListLinks
from crawler.config import Site
from crawler.tally import SiteTally

# The answers that mean "blocked": a challenge in front of the page.
BLOCKED_STATUSES = (403, 412)


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
        self.article_pattern = re.compile(site.article_pattern) if site.article_pattern else None
        self.queued: set[str] = set()

    async def start(self):
        for url in self.site.start_urls:
            yield self.list_request(url)
        for url in self.plan.revisit:
            yield self.article_request(url, revisit=True)
        for url in self.plan.frontier:
            if url not in self.queued:
                yield self.article_request(url)

    def list_request(self, url: str) -> scrapy.Request:
        headers = conditional_headers(self.plan.validators.get(url))
        return scrapy.Request(url, self.parse_list, errback=self.failed, headers=headers, meta={"kind": "list"})

    def article_request(self, url: str, revisit: bool = False) -> scrapy.Request:
        self.queued.add(url)
        headers = conditional_headers(self.plan.validators.get(url)) if revisit else {}
        return scrapy.Request(url, self.parse_article, errback=self.failed, headers=headers,
                              meta={"kind": "article", "revisit": revisit}, priority=1)

    def article_links(self, response: scrapy.http.Response) -> list[str]:
        selector = self.site.article_links or "a"
        hrefs = response.css(selector).xpath("./@href | .//a/@href").getall()
        links = [response.urljoin(h.strip()) for h in hrefs if h.strip() and not h.strip().startswith(("javascript:", "#", "mailto:"))]
        if self.article_pattern:
            links = [u for u in links if self.article_pattern.search(u)]
        return list(dict.fromkeys(u.split("#", 1)[0] for u in links))

    def parse_list(self, response: scrapy.http.Response):
        if response.status == 304:
            self.tally.add("list_pages")
            return
        blocked = response.status in BLOCKED_STATUSES or (
            response.status == 200 and parsers.challenge_reason(response.body, _charset(response)))
        if blocked or response.status != 200 or not isinstance(response, scrapy.http.TextResponse):
            self.tally.add("blocked") if blocked else None
            self.tally.error(f"{response.url}: list page {'blocked' if blocked else 'answered'} (HTTP {response.status})")
            return
        self.tally.add("list_pages")
        self.tally.list_validators[response.url] = (_header(response, "ETag"), _header(response, "Last-Modified"))
        links = self.article_links(response)
        self.tally.add("lists_changed")
        self.tally.add("links", len(links))
        new = [u for u in links if u not in self.plan.settled and u not in self.queued]
        if new:
            yield ListLinks(self.site.name, new)
        for url in new:
            yield self.article_request(url)
        next_href = response.css(self.site.next_page).xpath("./@href | .//a/@href").get() if self.site.next_page else None
        more_lists = self.tally.counts["list_pages"] < self.settings.getint("GOVNEWS_MAX_LIST_PAGES")
        if next_href and (new or self.plan.walk_all_lists) and more_lists:
            yield self.list_request(response.urljoin(next_href))

    def parse_article(self, response: scrapy.http.Response):
        self.tally.add("article_pages")
        redirects = response.meta.get("redirect_urls") or []
        yield ArticlePage(
            url=response.url, site=self.site.name, status=response.status, body=response.body,
            content_type=_header(response, "Content-Type"), charset=_charset(response),
            etag=_header(response, "ETag"), last_modified=_header(response, "Last-Modified"),
            revisit=response.meta.get("revisit", False), requested_url=redirects[0] if redirects else None,
        )

    def failed(self, failure):
        """A request that brought no usable answer. Article failures go to the pipeline, to
        be recorded and retried later; list page failures are counted here."""
        request = failure.request
        if failure.check(IgnoreRequest) and not failure.check(HttpError):
            self.tally.add("skipped")  # off the allowed domains, or kept out by robots.txt
            if request.meta.get("kind") == "article":
                yield ArticlePage(url=request.url, site=self.site.name, status=0, body=b"", content_type=None, charset=None,
                                  etag=None, last_modified=None, error=failure.getErrorMessage(), skipped=True)
            return
        status = failure.value.response.status if failure.check(HttpError) else 0
        reason = f"HTTP {status}" if status else f"{failure.type.__name__}: {failure.getErrorMessage()}"
        if request.meta.get("kind") != "article":
            self.tally.error(f"{request.url}: {reason}")
            return
        yield ArticlePage(url=request.url, site=self.site.name, status=status, body=b"", content_type=None, charset=None,
                          etag=None, last_modified=None, revisit=request.meta.get("revisit", False), error=reason)


def _header(response: scrapy.http.Response, name: str) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


def _charset(response: scrapy.http.Response) -> str | None:
    """The charset the HTTP header declares, if it does; the parsers detect the rest."""
    return charset_from_content_type(_header(response, "Content-Type"))
