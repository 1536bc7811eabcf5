"""A site's lists walked as its crawl would walk them, with the plain fetcher and nothing
stored: what `govnews crawl --dry-run` shows. Pagination stops where the crawl's would:
at a page that brings no link not already settled, or at the site's max_list_pages."""

from __future__ import annotations

from dataclasses import dataclass, field

import parsers

from crawler.lists import registry
from crawler.lists.fetch import FetchError, Fetcher
from crawler.lists.options import ListOptions
from crawler.lists.page import Link, ListRequest

# As GOVNEWS_MAX_LIST_PAGES in crawler.settings (a wing reads no root module; a test keeps
# the two equal); `crawl --dry-run -s GOVNEWS_MAX_LIST_PAGES=N` passes another.
DEFAULT_MAX_LIST_PAGES = 100


@dataclass
class Walk:
    site: str
    list_pages: list[dict] = field(default_factory=list)  # {"request", "status", "links"}
    links: list[Link] = field(default_factory=list)
    to_fetch: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    revisit: list[str] = field(default_factory=list)  # stored articles due to be fetched again

    def to_dict(self) -> dict:
        return {"site": self.site, "list_pages": self.list_pages, "links": [link.to_dict() for link in self.links],
                "would_fetch": self.to_fetch, "revisit": self.revisit, "errors": self.errors}


def walk(site, fetcher: Fetcher | None = None, settled: set[str] | frozenset = frozenset(),
         max_list_pages: int = DEFAULT_MAX_LIST_PAGES, walk_all: bool = False) -> Walk:
    """`walk_all`: follow every next page, as the crawl after one that did not finish."""
    fetcher = fetcher or Fetcher()
    options = ListOptions.of_site(site)
    limit = site.max_list_pages or max_list_pages
    queue = [ListRequest(url, site.list_mode) for url in site.start_urls]
    made, result, seen = len(queue), Walk(site.name), set()
    while queue:
        request = queue.pop(0)
        try:
            fetched = fetcher.get(request)
        except FetchError as error:
            result.errors.append(str(error))
            continue
        if fetched.status in (404, 410) and request.is_guessed:
            continue  # one page past the last, by URL arithmetic: the list ends
        if fetched.status != 200:
            result.list_pages.append({"request": request.describe(), "status": fetched.status, "links": 0})
            result.errors.append(f"{request.describe()}: HTTP {fetched.status}")
            continue
        blocked = parsers.challenge_reason(fetched.body, fetched.charset)
        if blocked:  # as the crawl counts it: blocked, no list page read, not a list that lost its links
            result.errors.append(f"{request.describe()}: list page blocked ({blocked})")
            continue
        listing = registry.read(fetched.as_list_page(request), options)
        result.list_pages.append({"request": request.describe(), "status": 200, "links": len(listing.links)})
        result.errors += listing.errors
        if not listing.links and request.is_guessed:
            continue  # past the last page, answered with an empty list rather than a 404
        if not listing.links and not listing.awaits_data:
            result.errors.append(f"{request.describe()}: list page yields no article link (list_mode {site.list_mode})")
        new = [link for link in listing.links if link.url not in seen and link.url not in settled]
        seen.update(link.url for link in listing.links)
        result.links += new
        result.to_fetch += [link.url for link in new if fetcher.allowed(link.url)]  # robots.txt would keep the rest out
        if new or walk_all or listing.awaits_data:
            for following in listing.next:
                if made < limit:
                    made += 1
                    queue.append(following)
    return result
