"""Downloader middlewares: retries that wait longer each time, so a struggling government
server is given room instead of three requests in a row; and robots.txt obeyed by every
request, including the first few sent at once."""

from __future__ import annotations

import asyncio

from scrapy import Request
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.http import Response
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import Deferred


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
        await super().robot_parser(request)
        parser = self._parsers.get(urlparse_cached(request).netloc)
        return None if isinstance(parser, Deferred) else parser
