"""Downloader middleware: retries that wait longer each time, so a struggling government
server is given room instead of three requests in a row."""

from __future__ import annotations

import asyncio

from scrapy import Request
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.http import Response


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
