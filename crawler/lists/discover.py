"""What `govnews add-site URL` finds out, with evidence: the page's CMS family, its article
links, a second list page fetched and checked, three sample articles fetched and parsed,
and the [[site]] entry that crawls it. No printing here: the command line speaks."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlsplit

import parsers

from crawler.lists import detect, nextpage, registry
from crawler.lists.articles import breadcrumb_list, has_article_url, is_article
from crawler.lists.entry import site_name
from crawler.lists.fetch import Fetcher, FetchError, RobotsDenied
from crawler.lists.normalize import absolute_or_none
from crawler.lists.options import ListOptions
from crawler.lists.page import Link, Listing, ListPage, ListRequest

BLOCKED_STATUSES = (403, 412)
SAMPLES = 3
# Sample articles that must parse for the entry to be written: most of them.
SAMPLES_NEEDED = 2
NEW_SITE_DEFAULTS = {"interval_minutes": 60, "delay": 2}
# A data request's answer (JSON, JSONP, a <datastore> XML) where a list page was expected;
# an HTML document (XHTML opens with <?xml too) is none.
DATA_ANSWER = re.compile(r"^[\ufeff\s]*(?:[\[{]|[\w.$]+\s*\(\s*[\[{]|<\?xml|<datastore\b)", re.I)
HTML_DOCUMENT = re.compile(r"<(?:!doctype\s+html|html|head|body)\b", re.I)


class AddSiteError(Exception):
    """The page cannot be made into a site entry; the message says why, in one line."""


class Blocked(AddSiteError):
    """A captcha, a challenge, HTTP 403/412, or robots.txt."""


class NotAList(AddSiteError):
    """An article page: `list_url` is the list page its breadcrumb leads to, if any."""

    def __init__(self, message: str, list_url: str | None) -> None:
        super().__init__(message)
        self.list_url = list_url


@dataclass
class Sample:
    url: str
    ok: bool
    title: str | None = None
    published_at: str | None = None
    error: str | None = None

    def to_dict(self) -> dict:
        return {"url": self.url, "ok": self.ok, "title": self.title, "published_at": self.published_at, "error": self.error}


@dataclass
class Evidence:
    url: str
    family: str
    first: ListRequest
    links: list[Link]
    second: ListRequest | None = None
    second_links: list[Link] = field(default_factory=list)
    samples: list[Sample] = field(default_factory=list)
    entry: dict = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_dict(self) -> dict:
        return {"url": self.url, "family": self.family, "list_request": self.first.describe(),
                "links": [link.to_dict() for link in self.links],
                "page2": self.second.describe() if self.second else None, "page2_links": [link.to_dict() for link in self.second_links],
                "samples": [s.to_dict() for s in self.samples], "entry": self.entry, "ok": self.ok,
                "problems": self.problems, "notes": self.notes}


def fetch_page(fetcher: Fetcher, request: ListRequest) -> ListPage:
    """The page, or Blocked / AddSiteError saying in one line why not."""
    try:
        fetched = fetcher.get(request)
    except RobotsDenied as error:
        raise Blocked(str(error)) from None
    except FetchError as error:
        raise AddSiteError(str(error)) from None
    if fetched.status in BLOCKED_STATUSES:
        raise Blocked(f"{request.url}: blocked (HTTP {fetched.status})")
    if fetched.status != 200:
        raise AddSiteError(f"{request.url}: answered HTTP {fetched.status}")
    reason = parsers.challenge_reason(fetched.body, fetched.charset)
    if reason:
        raise Blocked(f"{request.url}: blocked by a challenge page ({reason})")
    return fetched.as_list_page(request)


def discover(url: str, fetcher: Fetcher | None = None, name: str | None = None) -> Evidence:
    """Fetch the list page and everything needed to trust an entry for it."""
    fetcher = fetcher or Fetcher()
    page = fetch_page(fetcher, ListRequest(url, "auto"))
    if DATA_ANSWER.match(page.text) and not HTML_DOCUMENT.search(page.text):
        raise AddSiteError(f"{url} answers with data (JSON or XML), not a list page: give the address of the column's "
                           "page that asks for it")
    family = registry.detect(page)
    options = ListOptions(family.NAME)
    if family.NAME == "html":
        if is_article(page):
            raise _no_list(url, page, article=True)
        options = _plain_options(page)
    listing = registry.read(page, options, family)
    first = page.request
    if listing.awaits_data:  # a shell: its first rows come from the data request
        first = listing.next[0]
        page = fetch_page(fetcher, first)
        listing = registry.read(page, options)
    if not listing.links:
        raise _no_list(url, page)
    evidence = Evidence(url, family.NAME, first, listing.links)
    hosts = list(dict.fromkeys(urlsplit(u).hostname for u in (url, page.url)))
    if len(hosts) > 1:
        evidence.notes.append(f"{url} redirects to {page.url}: the entry allows both hosts")
    options = _second_page(fetcher, page, listing, options, evidence)
    evidence.samples = _samples(fetcher, listing.links[:SAMPLES])
    if sum(s.ok for s in evidence.samples) < min(SAMPLES_NEEDED, len(evidence.samples)):
        evidence.problems.append(f"only {sum(s.ok for s in evidence.samples)} of {len(evidence.samples)} sample articles parse as articles")
    evidence.entry = _entry(url, name, options, hosts)
    return evidence


def _plain_options(page: ListPage, ignore: frozenset = frozenset()) -> ListOptions:
    group = detect.best_group(page, ignore)
    return ListOptions("html", article_pattern=detect.article_pattern(group) if group.urls else None)


def _second_page(fetcher: Fetcher, page: ListPage, listing: Listing, options: ListOptions, evidence: Evidence) -> ListOptions:
    """Find page 2 (the family's, the pager's, or by URL arithmetic), fetch it, check its
    links fit; the options the entry needs to get there. A page 2 the page names that
    fails is a problem; guesses that fail only mean the list is one page long (a note)."""
    seen = {link.url for link in listing.links}
    tries, failures = list(listing.next), []
    if options.mode == "hanweb" and tries and tries[0].method == "POST":
        get = ListOptions("hanweb", params={"method": "GET"})
        tries += registry.read(page, get).next
    if options.mode == "html":  # the pager's link first, then URL arithmetic, each proven by fetching it
        known = {r.url for r in tries}
        tries += [ListRequest(u, "html", page=2) for u, _ in nextpage.arithmetic_candidates(page.url) if u not in known]
    for request in tries:
        try:
            second = fetch_page(fetcher, request)
        except AddSiteError as error:
            failures.append(str(error))
            continue
        second_options = _options_for(options, request)
        found = registry.read(second, second_options)
        fresh = [link for link in found.links if link.url not in seen]
        if fresh:
            evidence.second, evidence.second_links = request, found.links
            return _with_page2(second_options, page, second, request, listing)
        failures.append(f"{request.describe()} brings no new article link")
    if listing.next:
        evidence.problems.append(f"page 2: {failures[0]}")
    else:
        guessed = " (no pager, and no usual page-2 address brought new links)" if tries else ""
        evidence.notes.append(f"no second list page found{guessed}: the entry reads page 1 only")
    return options


def _options_for(options: ListOptions, request: ListRequest) -> ListOptions:
    if options.mode == "hanweb" and request.method == "GET":
        return ListOptions("hanweb", params={"method": "GET"})
    return options


def _with_page2(options: ListOptions, page: ListPage, second: ListPage, request: ListRequest, listing: Listing) -> ListOptions:
    """For plain HTML: navigation both pages show is left out of the pattern, and a page 2
    found by URL arithmetic becomes the entry's page_template."""
    if options.mode != "html":
        return options
    shared = frozenset(_all_links(page)) & frozenset(_all_links(second))
    better = _plain_options(page, shared)
    pattern = better.article_pattern or options.article_pattern
    params = dict(options.params)
    if request not in listing.next:
        template = dict((u, t) for u, t in nextpage.arithmetic_candidates(page.url)).get(request.url)
        if template:
            params["page_template"] = template
    return ListOptions("html", article_pattern=pattern, params=params)


def _all_links(page: ListPage) -> list[str]:
    return [url for url in (absolute_or_none(page.url, href) for href in page.tree.xpath("//a/@href")) if url]


def _samples(fetcher: Fetcher, links: list[Link]) -> list[Sample]:
    samples = []
    for link in links:
        try:
            fetched = fetcher.get(link.url)
            if fetched.status != 200:
                samples.append(Sample(link.url, False, error=f"HTTP {fetched.status}"))
                continue
            article = parsers.parse_page(fetched.body, url=link.url, ref_date=date.today(), charset=fetched.charset)
            samples.append(Sample(link.url, True, article.title, article.published_at))
        except (FetchError, parsers.ParseError) as error:
            samples.append(Sample(link.url, False, error=str(error)))
    return samples


def _entry(url: str, name: str | None, options: ListOptions, hosts: list[str]) -> dict:
    entry = {"name": name or site_name(url), "list_mode": options.mode, "start_urls": [url], "allowed_domains": hosts}
    if options.params:
        entry["list_params"] = dict(options.params)
    if options.article_pattern:
        entry["article_pattern"] = options.article_pattern
    return {**entry, **NEW_SITE_DEFAULTS}


def _no_list(url: str, page: ListPage, article: bool = False) -> AddSiteError:
    """Why a page with no list is not one: an article (with its list page), or nothing."""
    if article or has_article_url(url) or is_article(page):
        list_url = breadcrumb_list(page)
        offer = f": try govnews add-site {list_url}" if list_url else " (its breadcrumb links to no list page)"
        return NotAList(f"{url} is an article, not a list page{offer}", list_url)
    return AddSiteError(f"{url}: no list of article links found on the page")
