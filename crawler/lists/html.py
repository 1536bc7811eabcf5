"""Plain HTML list pages: every row a link in the page itself. Links from the site's
`article_links` selector and/or `article_pattern`; without either, the list is found by
`detect` (the group of same-site links that looks most like a list of articles). Next page
from `next_page`, a `page_template` (list_params), or the page's own pager (`nextpage`)."""

from __future__ import annotations

from urllib.parse import urljoin

from crawler.lists import detect, nextpage, params
from crawler.lists.options import ListOptions
from crawler.lists.page import Candidate, ListPage, ListRequest, anchor_candidates

NAME = "html"
# list_params: page n's URL, relative to the page before it (`index_{n0}.html`).
PARAMS = {"page_template": params.page_template}
# A page made by URL arithmetic (page_template): past the last page it answers 404, which
# ends the list rather than failing it.
GUESSED = (("guessed", "1"),)


def matches(page: ListPage) -> bool:
    return True  # the fallback: any page is read as plain HTML


def candidates(page: ListPage, options: ListOptions) -> list[Candidate]:
    if options.article_links:
        nodes = page.tree.cssselect(options.article_links)
        anchors = [a for node in nodes for a in ([node] if node.tag == "a" else node.xpath(".//a[@href]"))]
        return anchor_candidates(anchors)
    if options.article_pattern:
        return anchor_candidates(detect.pattern_group(page, options.pattern))
    return anchor_candidates(detect.best_group(page).anchors)


def next_requests(page: ListPage, options: ListOptions) -> list[ListRequest]:
    number = page.request.page + 1
    template = options.params.get("page_template")
    if template:
        url = urljoin(page.url, template.format(n=number, n0=number - 1))
        return [ListRequest(url, NAME, page=number, state=GUESSED)]
    url = nextpage.next_href(page, options.next_page)
    return [ListRequest(url, NAME, page=number)] if url else []
