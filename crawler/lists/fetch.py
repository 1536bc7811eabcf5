"""Plain HTTP for `add-site`, `links --url` checks and `crawl --dry-run`: a few requests
made one at a time, outside Scrapy, with a timeout, our User-Agent, and robots.txt obeyed.
The crawl itself fetches through Scrapy."""

from __future__ import annotations

import urllib.error
import urllib.request
import urllib.robotparser
from dataclasses import dataclass
from urllib.parse import urlsplit

from parsers.decode import canonical_charset, charset_from_content_type, declared_charset, decode_page

from crawler.lists.page import ListPage, ListRequest

# Seconds before a request is given up: add-site is interactive.
TIMEOUT = 20
# Pages past this size are not list pages (bytes).
MAX_BYTES = 10 * 1024 * 1024
# As crawler.settings says it (a wing reads no root module; a test keeps the two equal).
def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("govnews")
    except PackageNotFoundError:
        return "0+unknown"


USER_AGENT = f"govnews/{_version()} (news monitoring)"  # as crawler.settings.USER_AGENT (a test keeps them equal)


class FetchError(Exception):
    """No usable answer: network error, timeout, or an HTTP error status."""


class RobotsDenied(FetchError):
    """robots.txt keeps us out of this URL."""


@dataclass
class Fetched:
    url: str  # after redirects
    status: int
    body: bytes
    content_type: str | None

    @property
    def charset(self) -> str | None:
        return charset_from_content_type(self.content_type)

    @property
    def text(self) -> str:
        return decode_page(self.body, self.charset)

    def as_list_page(self, request: ListRequest) -> ListPage:
        """The page read where it ended up: relative links resolve against the URL after
        redirects (`/xwzx/tzgg` → `/xwzx/tzgg/index.html`), as a browser would."""
        return ListPage(self.url, self.text, request, self.encoding)

    @property
    def encoding(self) -> str:
        """The encoding Scrapy would give the page (header, then the page's own
        declaration): link queries are encoded in it, as in a crawl."""
        return (canonical_charset(self.charset) if self.charset else None) or declared_charset(self.body) or "utf-8"


class Fetcher:
    """One request at a time; robots.txt read once per host."""

    def __init__(self, timeout: float = TIMEOUT, user_agent: str = USER_AGENT) -> None:
        self.timeout, self.user_agent = timeout, user_agent
        self.robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}
        self.requests = 0

    def allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self.robots:
            self.robots[origin] = self._robots(origin)
        robots = self.robots[origin]
        return robots is None or robots.can_fetch(self.user_agent, url)

    def _robots(self, origin: str) -> urllib.robotparser.RobotFileParser | None:
        """The host's robots.txt; None (everything allowed) when it has none."""
        try:
            fetched = self._open(ListRequest(origin + "/robots.txt"))
        except FetchError:
            return None
        if fetched.status >= 400:
            return None
        parser = urllib.robotparser.RobotFileParser()
        parser.parse(fetched.body.decode("utf-8", "replace").splitlines())
        return parser

    def get(self, request: ListRequest | str) -> Fetched:
        """The answer to a request (any status); FetchError when none came,
        RobotsDenied when robots.txt says no."""
        request = ListRequest(request) if isinstance(request, str) else request
        try:
            allowed = self.allowed(request.url)
        except ValueError as error:  # a malformed host or port
            raise FetchError(f"{request.url}: {error}") from None
        if not allowed:
            raise RobotsDenied(f"{request.url}: kept out by robots.txt")
        return self._open(request)

    def _open(self, request: ListRequest) -> Fetched:
        url = request.url.split("#", 1)[0]
        data = request.body if request.method == "POST" else None
        headers = {"User-Agent": self.user_agent, "Accept-Language": "zh-CN,zh;q=0.9"}
        if data is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded; charset=UTF-8"
        self.requests += 1
        try:
            with urllib.request.urlopen(urllib.request.Request(url, data=data, headers=headers, method=request.method),
                                        timeout=self.timeout) as answer:
                return Fetched(answer.geturl(), answer.status, answer.read(MAX_BYTES), answer.headers.get("Content-Type"))
        except urllib.error.HTTPError as error:
            return Fetched(url, error.code, error.read(MAX_BYTES) if error.fp else b"", error.headers.get("Content-Type"))
        except (urllib.error.URLError, OSError, ValueError) as error:
            reason = getattr(error, "reason", error)
            raise FetchError(f"{url}: {reason}") from None
