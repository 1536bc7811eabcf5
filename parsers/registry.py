"""Which parser reads a page: by URL host when configured, else by the page's own
markers, else the generic extractor.

Adding a site is one module with NAME (the module's own name), HOSTS, matches(page) and
parse(page, url), and one line in SITE_PARSER_MODULES. The modules are imported on first
use: the names alone are enough to check a site list, and reading them must not cost the
import of lxml and BeautifulSoup (`govnews status` reads the site list).
"""

from __future__ import annotations

import importlib
from functools import cache
from types import ModuleType
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from .errors import ParseError

if TYPE_CHECKING:
    from .blocks import Page

SITE_PARSER_MODULES: tuple[str, ...] = (
    "investchn",
    "tongzhou_daily",
    "hightech_portal",
    "yancheng_mirror",
)
PARSER_NAMES: tuple[str, ...] = (*SITE_PARSER_MODULES, "generic")


@cache
def site_parsers() -> tuple[ModuleType, ...]:
    """The site template modules, in the order their markers are tried."""
    return tuple(importlib.import_module(f".{name}", __package__) for name in SITE_PARSER_MODULES)


@cache
def by_name() -> dict[str, ModuleType]:
    return {p.NAME: p for p in (*site_parsers(), importlib.import_module(".generic", __package__))}


def by_host(url: str | None) -> ModuleType | None:
    if not url:
        return None
    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:  # a malformed URL names no host we know
        return None
    for parser in site_parsers():
        if host in parser.HOSTS:
            return parser
    return None


def choose_parser(page: Page, url: str | None = None, name: str | None = None) -> ModuleType:
    """The parser named, else the one configured for the URL's host, else the first whose
    markers the page shows, else the generic extractor."""
    parsers = by_name()
    if name:
        if name not in parsers:
            raise ParseError(f"no parser named {name!r} (known: {', '.join(parsers)})")
        return parsers[name]
    return by_host(url) or next((p for p in site_parsers() if p.matches(page)), parsers["generic"])
