"""Scrapy settings for govnews crawls. There is no scrapy.cfg: crawler/run.py loads this
module by name. Polite defaults: robots.txt obeyed, a delay, few requests per site,
AutoThrottle, retries with growing pauses, timeouts and a page-size cap. Per-site delay
and concurrency from the site list override DOWNLOAD_DELAY and
CONCURRENT_REQUESTS_PER_DOMAIN."""

from importlib.metadata import PackageNotFoundError, version

try:
    VERSION = version("govnews")
except PackageNotFoundError:  # run from a checkout that was never installed
    VERSION = "0+unknown"

BOT_NAME = "govnews"
# Who is crawling, so a site's operator can tell: govnews and its version, and the contact
# the user sets in the config (`contact = "mailto:…"` at its top; see user_agent()).
USER_AGENT = f"govnews/{VERSION} (news monitoring)"


def user_agent(contact: str | None) -> str:
    """The User-Agent with the user's contact in it (a mail address or a web page)."""
    return f"govnews/{VERSION} (news monitoring; +{contact})" if contact else USER_AGENT


def identity_settings(contact: str | None) -> dict[str, str]:
    """The crawl setting that carries the config's contact, for the command line and the
    daemon alike; none without a contact (USER_AGENT above then stands)."""
    return {"USER_AGENT": user_agent(contact)} if contact else {}

ROBOTSTXT_OBEY = True
DOWNLOAD_DELAY = 2.0
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 2.0
AUTOTHROTTLE_MAX_DELAY = 60.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
# Pause before the n-th retry of a request: GOVNEWS_RETRY_BACKOFF * 2 ** (n - 1) seconds,
# at most GOVNEWS_RETRY_BACKOFF_MAX.
GOVNEWS_RETRY_BACKOFF = 2.0
GOVNEWS_RETRY_BACKOFF_MAX = 60.0
REDIRECT_MAX_TIMES = 5
# List pages one crawl of a site reads at most (pagination is followed while pages bring
# new links, or throughout after an unclean crawl).
GOVNEWS_MAX_LIST_PAGES = 100
# Processes that parse article pages (crawler.workers.parse_pool); empty: one a core, none on a
# single core; 0: parse in the crawl's own process.
GOVNEWS_PARSE_WORKERS = ""
RETRY_GIVE_UP_LOG_LEVEL = "INFO"  # the crawl's summary reports every page given up on

DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware": None,
    "crawler.middlewares.SiteOnlyOffsiteMiddleware": 50,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.BackoffRetryMiddleware": 550,
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "crawler.middlewares.ConcurrentSafeRobotsTxtMiddleware": 100,
}
ITEM_PIPELINES = {"crawler.pipelines.StorePipeline": 300}
# Scrapy starts this many asyncio tasks for every response's output, whatever it holds.
# A page here gives one item at most (a list page: its links, then its requests), and
# 100 tasks a response were half of Scrapy's own CPU per page (docs/benchmarks.md).
CONCURRENT_ITEMS = 1
EXTENSIONS = {"scrapy.extensions.telnet.TelnetConsole": None}

# Answers the spider handles itself instead of treating them as errors.
HTTPERROR_ALLOWED_CODES = [304, 403, 404, 410, 412]
COOKIES_ENABLED = False
LOG_LEVEL = "WARNING"
REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
