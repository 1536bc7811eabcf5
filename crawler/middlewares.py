"""Downloader middlewares: retries that wait longer each time, so a struggling government
server is given room instead of three requests in a row; and robots.txt obeyed by every
request, including the first few sent at once, read as RFC 9309 says: a robots.txt that
cannot be read because of the server (5xx, timeout, unreadable body) disallows the whole
host for this crawl, recorded as the reason; a missing one (4xx but 429) allows all; only
the first ROBOTS_PARSED_BYTES are parsed."""

from __future__ import annotations

import asyncio

from scrapy import Request
from scrapy.downloadermiddlewares.offsite import OffsiteMiddleware
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.http.request import NO_CALLBACK
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.misc import build_from_crawler
from twisted.internet.defer import Deferred

# RFC 9309 2.5: crawlers must parse at least the first 500 KiB; the rest is ignored.
ROBOTS_PARSED_BYTES = 500 * 1024
# A robots.txt larger than this is not downloaded at all (unreadable: disallow all); any
# real one is a few KiB, and the download stays bounded.
ROBOTS_MAX_BYTES = 2 * 1024 * 1024


class RobotsUnavailable(IgnoreRequest):
    """A request refused because the host's robots.txt could not be read (server error,
    timeout, oversized or undecodable body): RFC 9309 says assume complete disallow."""


class DisallowAll:
    """The robots parser of a host whose robots.txt could not be read; says why."""

    def __init__(self, reason: str) -> None:
        self.reason = reason

    def allowed(self, url, user_agent) -> bool:
        return False


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's retries, each preceded by a pause that doubles (GOVNEWS_RETRY_BACKOFF)."""

    def __init__(self, settings) -> None:
        super().__init__(settings)
        self.base = settings.getfloat("GOVNEWS_RETRY_BACKOFF")
        self.cap = settings.getfloat("GOVNEWS_RETRY_BACKOFF_MAX")

    async def _pause(self, retry: Request) -> Request:
        delay = min(self.cap, self.base * 2 ** (retry.meta.get("retry_times", 1) - 1))
        if delay > 0:
            await asyncio.sleep(delay)
        return retry

    async def process_response(self, request: Request, response: Response, spider=None):
        result = super().process_response(request, response)
        return await self._pause(result) if isinstance(result, Request) else result

    async def process_exception(self, request: Request, exception: Exception, spider=None):
        result = super().process_exception(request, exception)
        return await self._pause(result) if isinstance(result, Request) else result


class ConcurrentSafeRobotsTxtMiddleware(RobotsTxtMiddleware):
    """Scrapy's robots.txt middleware, for requests that arrive while robots.txt is still
    downloading. They all wait on one Deferred, and any but the first may be handed None
    (what an earlier waiter's callback returned) instead of the parser, which lets them
    through. The parser is stored before that Deferred fires, so read it from there."""

    async def robot_parser(self, request: Request):
        netloc = urlparse_cached(request).netloc
        if netloc not in self._parsers:
            await self._fetch_robots(request, netloc)
        else:
            await super().robot_parser(request)
        parser = self._parsers.get(netloc)
        return None if isinstance(parser, Deferred) else parser

    async def _fetch_robots(self, request: Request, netloc: str) -> None:
        """Scrapy's robots.txt download, with a size cap, and every failure a reason."""
        self._parsers[netloc] = Deferred()
        url = urlparse_cached(request)
        robots = Request(f"{url.scheme}://{netloc}/robots.txt", priority=self.DOWNLOAD_PRIORITY, callback=NO_CALLBACK,
                         meta={"dont_obey_robotstxt": True, "download_maxsize": ROBOTS_MAX_BYTES})
        try:
            response = await self.crawler.engine.download_async(robots)
        except IgnoreRequest as error:
            if str(error).startswith("Filtered offsite"):  # a host the spider will not fetch from either
                self._settle(netloc, None)
                return
            self._settle(netloc, DisallowAll(f"robots.txt unreadable ({str(error).split(' in request')[0][:150]})"))
            return
        except Exception as error:  # noqa: BLE001 - every failure is a reason to stay out
            detail = str(error).split(" in request")[0][:150]
            self._settle(netloc, DisallowAll(f"robots.txt unreadable ({type(error).__name__}{': ' + detail if detail else ''})"))
            return
        self._stats.inc_value("robotstxt/request_count")
        self._stats.inc_value(f"robotstxt/response_status_count/{response.status}")
        if response.status >= 500 or response.status == 429:  # 429: overloaded, as a server error
            self._settle(netloc, DisallowAll(f"robots.txt answered HTTP {response.status}"))
        elif response.status >= 400:
            self._settle(netloc, build_from_crawler(self._parserimpl, self.crawler, b""))
        else:
            self._settle(netloc, build_from_crawler(self._parserimpl, self.crawler, response.body[:ROBOTS_PARSED_BYTES]))

    def _settle(self, netloc: str, parser) -> None:
        waiting = self._parsers[netloc]
        self._parsers[netloc] = parser
        if isinstance(waiting, Deferred):
            waiting.callback(parser)

    def process_request_2(self, rp, request: Request) -> None:
        if isinstance(rp, DisallowAll):
            self._stats.inc_value("robotstxt/forbidden")
            raise RobotsUnavailable(f"{rp.reason}: the host is disallowed for this crawl (RFC 9309)")
        super().process_request_2(rp, request)


class SiteOnlyOffsiteMiddleware(OffsiteMiddleware):
    """Scrapy's offsite filter, applied to `dont_filter` requests too: article requests
    skip the duplicate filter (a redirect loop back to its start must reach the errback,
    not vanish in the filter) but must never leave the site's domains, redirects and
    meta refreshes included. Only `allow_offsite` lets a request out.

    Filtered when it is downloaded, not when it is scheduled: a request refused at
    scheduling is dropped without its errback, and its link would stay pending forever."""

    def request_scheduled(self, request: Request, spider=None) -> None:
        return None

    def process_request(self, request: Request, spider=None) -> None:
        if not request.dont_filter or request.meta.get("allow_offsite"):
            return super().process_request(request)
        if self.should_follow(request, self.crawler.spider):
            return None
        self.stats.inc_value("offsite/filtered")
        raise IgnoreRequest(f"Filtered offsite request to {urlparse_cached(request).hostname!r}")
