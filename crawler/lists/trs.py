"""TRS WCM (拓尔思) columns. Page 1 is `index.html`; a script
`createPageHTML(count, current, "index", "html")` writes the pager, `current` counting from
0, and the page after `current` is `index_<current+1>.html` (some templates use `.shtml`,
`.htm`, or the prefix `list`). Articles are `./YYYYMM/tYYYYMMDD_<id>.html`."""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from crawler.lists import nextpage
from crawler.lists.options import ListOptions
from crawler.lists.page import Candidate, ListPage, ListRequest, anchor_candidates

NAME = "trs"
PARAMS: dict = {}  # list_params: none, the pager script says it all
# The call, its first two arguments numbers or the names of variables holding them
# (`createPageHTML(countPage, currentPage, "index", "html")` after `var countPage = 28`).
PAGER = re.compile(r"createPageHTML\(\s*['\"]?(\w+)['\"]?\s*,\s*['\"]?(\w+)['\"]?\s*,\s*['\"]([\w-]+)['\"]\s*,\s*['\"](\w+)['\"]")
VARIABLE = r"(?:var\s+)?{name}\s*=\s*['\"]?(\d+)"
ARTICLE = re.compile(r"(?:^|/)t(?:19|20)\d{6}_\d+\.s?html?(?:$|[?#])")
BODY_MARKER = "TRS_Editor"  # the article body's class, for the parsers' side
# Article links a page must show to be taken for TRS without its pager script.
MIN_ARTICLE_LINKS = 3
# Where a saved page is taken to sit when its URL is unknown (`govnews links` without
# --url): the column's own relative links (`./202311/t…`) still land under its directory.
UNKNOWN_PAGE = "http://unknown.invalid/column/index.html"


def pager(text: str) -> tuple[int, int, str, str] | None:
    """(page count, current page from 0, file prefix, extension) from the pager call; the
    function's own definition (`createPageHTML(_nPageCount, …)`) is no call."""
    for call in PAGER.finditer(text):
        count, current = (_value(text, arg) for arg in call.group(1, 2))
        if count is not None and current is not None:
            return count, current, call.group(3), call.group(4)
    return None


def _value(text: str, arg: str) -> int | None:
    if arg.isdigit():
        return int(arg)
    found = re.search(VARIABLE.format(name=re.escape(arg)), text)
    return int(found.group(1)) if found else None


def matches(page: ListPage) -> bool:
    if pager(page.text):
        return True
    return len([a for a in page.tree.xpath("//a[@href]") if ARTICLE.search(a.get("href", ""))]) >= MIN_ARTICLE_LINKS


def candidates(page: ListPage, options: ListOptions) -> list[Candidate]:
    scope = page.tree.cssselect(options.article_links) if options.article_links else [page.tree]
    anchors = [a for node in scope for a in ([node] if node.tag == "a" else node.xpath(".//a[@href]"))]
    if not options.article_pattern:
        anchors = [a for a in anchors if ARTICLE.search(a.get("href", ""))]
        own = [a for a in anchors if _in_column(page.url, a.get("href", ""))]
        anchors = own or anchors
    return anchor_candidates(anchors)


def _in_column(list_url: str, href: str) -> bool:
    """A link under the list page's own directory (`./202311/t…`): the column's articles,
    not a sidebar's from other columns."""
    base = list_url if urlsplit(list_url).scheme else UNKNOWN_PAGE
    try:
        url = urljoin(base, href.strip())
    except ValueError:
        return False
    return url.startswith(base.rsplit("/", 1)[0] + "/")


def next_requests(page: ListPage, options: ListOptions) -> list[ListRequest]:
    number = page.request.page + 1
    found = pager(page.text)
    if found:
        count, current, prefix, ext = found
        if current + 1 >= count:
            return []
        return [ListRequest(urljoin(page.url, f"{prefix}_{current + 1}.{ext}"), NAME, page=number)]
    href = nextpage.next_href(page, options.next_page)
    return [ListRequest(href, NAME, page=number)] if href else []
