"""Which parser reads a page: by URL host when configured, else by the page's own
markers, else the generic extractor.

Adding a site is one module with NAME, HOSTS, matches(page) and parse(page, url), and one
line in SITE_PARSERS.
"""

from __future__ import annotations

from types import ModuleType
from urllib.parse import urlsplit

from . import generic, hightech_portal, investchn, tongzhou_daily, yancheng_mirror
from .blocks import Page
from .errors import ParseError

SITE_PARSERS: tuple[ModuleType, ...] = (
    investchn,
    tongzhou_daily,
    hightech_portal,
    yancheng_mirror,
)
BY_NAME: dict[str, ModuleType] = {p.NAME: p for p in (*SITE_PARSERS, generic)}


def by_host(url: str | None) -> ModuleType | None:
    if not url:
        return None
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:  # a malformed URL names no host we know
        return None
    for parser in SITE_PARSERS:
        if host in parser.HOSTS:
            return parser
    return None


def choose_parser(page: Page, url: str | None = None, name: str | None = None) -> ModuleType:
    """The parser named, else the one configured for the URL's host, else the first whose
    markers the page shows, else the generic extractor."""
    if name:
        if name not in BY_NAME:
            raise ParseError(f"no parser named {name!r} (known: {', '.join(BY_NAME)})")
        return BY_NAME[name]
    return by_host(url) or next((p for p in SITE_PARSERS if p.matches(page)), generic)
