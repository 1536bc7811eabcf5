"""A link as found on a page, made into the URL the crawler fetches and records, or refused
with a reason: one malformed link on a list page must cost that link, never its siblings.

The URL returned is the one Scrapy will request and report back (`response.url`):
percent-encoded as browsers do it (the path as UTF-8, the query in the page's encoding),
host in IDNA, no fragment. A link recorded in another spelling than the one fetched
would wait as `pending` forever. Shared by the spider and the list adapters
(crawler/lists/); no Scrapy here.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urljoin, urlsplit

from w3lib.url import safe_url_string

# Scrapy drops requests longer than URLLENGTH_LIMIT (2083, the old IE limit) without a
# word; refusing them here records why.
MAX_URL_LENGTH = 2083
WEB_SCHEMES = ("http", "https")
# Characters no host name or address may hold (RFC 3986 reg-name, after IDNA).
BAD_HOST_CHARS = frozenset(" \t\r\n\"<>\\^`{|}%")


class LinkError(ValueError):
    """A link that gives no URL to fetch; the message says why."""


class BadLink(LinkError):
    """A malformed link (bad host, port, brackets, too long): an error to record."""


class NotWebLink(LinkError):
    """A link that is not a web page to fetch: javascript:, mailto:, tel:, a bare
    fragment, another scheme. Dropped without an error."""


def absolute_url(href: str, base: str, encoding: str = "utf-8") -> str:
    """The absolute, fetchable URL that `href` on the page at `base` leads to.

    Raises NotWebLink for links that lead to no web page, BadLink (with the reason) for
    malformed ones."""
    href = (href or "").strip()
    if not href or href.startswith("#"):
        raise NotWebLink("no address, or a fragment of the same page")
    try:
        joined = urljoin(base, href)
        parts = urlsplit(joined)
    except ValueError as error:
        raise BadLink(f"malformed link {href[:200]!r}: {error}") from None
    if parts.scheme.lower() not in WEB_SCHEMES:
        raise NotWebLink(f"not a web link ({parts.scheme or 'no'} scheme)")
    check_host(parts, href)
    try:
        url = safe_url_string(joined.split("#", 1)[0], encoding=encoding or "utf-8")
    except (UnicodeError, ValueError) as error:
        raise BadLink(f"malformed link {href[:200]!r}: {error}") from None
    if len(url) > MAX_URL_LENGTH:
        raise BadLink(f"link longer than {MAX_URL_LENGTH} characters: {url[:80]}…")
    return url


def check_host(parts, href: str) -> None:
    """Raise BadLink unless the URL has a usable host and port."""
    try:
        host, port = parts.hostname, parts.port
    except ValueError as error:  # a port that is not a number, or above 65535
        raise BadLink(f"malformed link {href[:200]!r}: {error}") from None
    if not host:
        raise BadLink(f"malformed link {href[:200]!r}: no host")
    if port == 0:
        raise BadLink(f"malformed link {href[:200]!r}: port 0")
    if "[" in parts.netloc and not _is_ipv6(host):  # `[v1.x]`: an IPvFuture no client speaks, fetched as host v1.x
        raise BadLink(f"malformed link {href[:200]!r}: only an IPv6 address goes in brackets")
    if BAD_HOST_CHARS.intersection(host):
        raise BadLink(f"malformed link {href[:200]!r}: the host holds characters no host may have")


def _is_ipv6(host: str) -> bool:
    try:
        return ipaddress.ip_address(host.split("%", 1)[0]).version == 6
    except ValueError:
        return False
