"""Hrefs to absolute article URLs, one at a time: a malformed href (`http://[::1/a`, a
port past 65535) is reported on its own and never hides its siblings. The URL is made by
crawler.urls, the crawl's one link helper: encoded as browsers and Scrapy do, so a link is
recorded in the spelling it is fetched in."""

from __future__ import annotations

from urllib.parse import urlsplit

from crawler import urls
from crawler.lists.page import Candidate, Link, iso_date

# Hrefs that lead nowhere a crawl can go.
NOT_LINKS = ("javascript:", "#", "mailto:", "tel:", "data:")
# Template placeholders a CMS left in its markup (a jpage contentTemplate's `${…}`).
PLACEHOLDERS = ("${", "{{", "<%")


class BadLink(urls.BadLink):
    """An href that cannot be made into a fetchable URL."""


def absolute(base: str, href: str, encoding: str = "utf-8") -> str | None:
    """The href as an absolute http(s) URL without fragment; None for hrefs that lead
    nowhere (javascript:, #…); BadLink for malformed ones."""
    href = (href or "").strip()
    if not href or href.lower().startswith(NOT_LINKS) or any(mark in href for mark in PLACEHOLDERS):
        return None
    if base:
        try:
            return urls.absolute_url(href, base, encoding)
        except urls.NotWebLink:
            return None
        except urls.BadLink as error:
            raise BadLink(str(error).removeprefix("malformed link ")) from None
    try:
        urlsplit(href).port  # noqa: B018 (raises ValueError for a port out of range)
    except ValueError as error:
        raise BadLink(f"{href!r}: {error}") from None
    return href.split("#", 1)[0]


def absolute_or_none(base: str, href: str | None) -> str | None:
    """The href as the crawl would follow it; None for one that leads nowhere or is
    malformed (for pagers and page comparisons, where a bad href is no error of its own)."""
    try:
        return absolute(base, href or "")
    except BadLink:
        return None


def to_links(base: str, candidates: list[Candidate], pattern=None, encoding: str = "utf-8") -> tuple[list[Link], list[str]]:
    """Candidates as Links in page order, each URL once, those not matching `pattern`
    left out; and one error message per malformed href. Queries are encoded in the
    page's `encoding`, as browsers do."""
    links, errors, seen = [], [], set()
    for candidate in candidates:
        try:
            url = absolute(base, candidate.href, encoding)
        except BadLink as error:
            errors.append(f"{base}: bad link {error}")
            continue
        if url is None or url in seen or (pattern and not pattern.search(url)):
            continue
        seen.add(url)
        links.append(Link(url, candidate.title or None, iso_date(candidate.date_text)))
    return links, errors
