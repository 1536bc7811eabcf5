"""What the list adapters read and answer: a fetched list page (or a data endpoint's
answer), the raw link candidates a family finds on it, and what the crawl does next.

No Scrapy here: the spider, `add-site`, `links` and `crawl --dry-run` share these.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from urllib.parse import urlencode

import lxml.html

# A date written beside a list row: 2023-02-12, 2023/2/12, 2023.02.12, 2023年2月12日.
ROW_DATE = re.compile(r"(20\d{2}|19\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")


@dataclass(frozen=True)
class ListRequest:
    """A request the crawl makes for a list: a page (`role` "page") or a family's data
    endpoint (any other role), by GET or by POST with form fields."""

    url: str
    family: str = "html"
    role: str = "page"
    method: str = "GET"
    form: tuple[tuple[str, str], ...] = ()
    page: int = 1  # which page of the list this is (1: the start URL)
    state: tuple[tuple[str, str], ...] = ()  # what the family remembers from the previous answer

    @property
    def is_data(self) -> bool:
        return self.role != "page"

    @property
    def is_guessed(self) -> bool:
        """Made by URL arithmetic, not read from the page: a 404 there ends the list."""
        return ("guessed", "1") in self.state

    @property
    def body(self) -> bytes:
        return urlencode(self.form).encode() if self.form else b""

    def describe(self) -> str:
        return f"POST {self.url} [{urlencode(self.form)}]" if self.method == "POST" else self.url


@dataclass(frozen=True)
class Candidate:
    """A link as a family found it: the href as written, its title, the row's date text."""

    href: str
    title: str = ""
    date_text: str = ""


@dataclass(frozen=True)
class Link:
    url: str
    title: str | None
    date: str | None

    def to_dict(self) -> dict:
        return {"url": self.url, "title": self.title, "date": self.date}


@dataclass
class ListPage:
    """A list page's text, with the request that brought it. `url` is where the page was
    read (after redirects: links resolve against it); `request.url` keeps any #fragment."""

    url: str
    text: str
    request: ListRequest = None
    # The page's own encoding: browsers encode a link's query in it (?kw=新闻 from a GBK
    # page as %D0%C2%CE%C5), and the server expects that spelling.
    encoding: str = "utf-8"

    def __post_init__(self) -> None:
        if self.request is None:
            self.request = ListRequest(self.url)

    @property
    def is_markup(self) -> bool:
        """HTML or XML, not a data answer in JSON or JSONP (`callback({…})`)."""
        return self.text.lstrip("\ufeff \t\r\n").startswith("<")

    @cached_property
    def tree(self):
        """The page as lxml HTML; an empty document when the text is not HTML."""
        try:
            return lxml.html.document_fromstring(self.text or "<html></html>")
        except (lxml.etree.ParserError, ValueError):
            return lxml.html.document_fromstring("<html></html>")


@dataclass
class Listing:
    """What a list page yields: its article links in page order, the list requests to make
    next, and the hrefs that could not be read (one message each)."""

    links: list[Link] = field(default_factory=list)
    next: list[ListRequest] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def awaits_data(self) -> bool:
        """A shell page: its rows come from a data request, not from the page itself."""
        return not self.links and any(r.is_data for r in self.next)


def iso_date(text: str) -> str | None:
    """The first date in a row's text as YYYY-MM-DD, or None."""
    match = ROW_DATE.search(text or "")
    if not match:
        return None
    year, month, day = (int(g) for g in match.groups())
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def anchor_title(anchor) -> str:
    """An anchor's title attribute, else its text, whitespace folded."""
    title = anchor.get("title") or anchor.text_content() or ""
    return " ".join(title.split())


def row_of(anchor, stop=None):
    """The list row an anchor sits in: its nearest <li>/<tr>/<dd>, else its parent."""
    node = anchor
    while node is not None and node is not stop:
        if node.tag in ("li", "tr", "dd", "dt"):
            return node
        node = node.getparent()
    return anchor.getparent() if anchor.getparent() is not None else anchor


def anchor_candidates(anchors) -> list[Candidate]:
    """Candidates from <a> elements: href, title, and the date in the row around it."""
    out = []
    for anchor in anchors:
        href = anchor.get("href")
        if href is None:
            continue
        row = row_of(anchor)
        out.append(Candidate(href, anchor_title(anchor), " ".join(row.text_content().split()) if row is not None else ""))
    return out


def fragment_anchors(markup: str) -> list:
    """The <a> elements of an HTML fragment (a CDATA record, an API's HTML string)."""
    if not markup or not markup.strip():
        return []
    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return []
    return root.xpath(".//a[@href]")
