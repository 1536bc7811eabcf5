"""The next list page of a plain HTML list: the site's selector, `rel=next`, a link
reading 下一页 / 下页 / > / » / ›, or the numbered link after the current page. And, for
`add-site` to try (and prove by fetching), the URLs page 2 usually has: `index_1`,
`_2`, `page=2`, `pageNum=2`…"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from crawler.lists.normalize import absolute_or_none
from crawler.lists.page import ListPage

NEXT_TEXTS = ("下一页", "下页", "后页", "下一頁", ">", "»", "›", ">>", "next", "Next")
CURRENT_CLASSES = re.compile(r"\b(current|cur|active|on|selected)\b", re.I)
PAGE_PARAMS = ("page", "pageNum", "pageNo", "pageIndex", "currentPage", "curPage", "p", "pn")


def next_href(page: ListPage, selector: str | None = None) -> str | None:
    """The next page's absolute URL, or None."""
    tree = page.tree
    if selector:
        nodes = tree.cssselect(selector)
        hrefs = [h for node in nodes for h in ([node.get("href")] if node.get("href") else node.xpath(".//a/@href"))]
        return absolute_or_none(page.url, hrefs[0]) if hrefs else None
    rel = tree.xpath("//a[@rel='next']/@href | //link[@rel='next']/@href")
    if rel:
        return absolute_or_none(page.url, rel[0])
    for anchor in tree.xpath("//a[@href]"):
        text = " ".join(anchor.text_content().split()) or anchor.get("title", "")
        if text in NEXT_TEXTS:
            url = absolute_or_none(page.url, anchor.get("href"))
            if url and url != page.url:
                return url
    return _numbered_next(page)


def _numbered_next(page: ListPage) -> str | None:
    """The link numbered current+1 in a pager whose current page is marked: by a class on
    it or on its item (`<li class="active"><span>1</span></li>`, Bootstrap's way), or as
    the one number among links that is no link itself."""
    for current in page.tree.xpath("//*[not(self::a)][normalize-space(text())] | //a"):
        text, parent = (current.text or "").strip(), current.getparent()
        if not text.isdigit() or parent is None or not _marked(current, parent):
            continue
        wanted = str(int(text) + 1)
        for pager in (parent, parent.getparent()):  # the item's list, when the number sits in an item
            for sibling in pager.xpath(".//a[@href]") if pager is not None else []:
                if sibling.text_content().strip() == wanted:
                    return absolute_or_none(page.url, sibling.get("href"))
    return None


def _marked(current, parent) -> bool:
    return bool(CURRENT_CLASSES.search(current.get("class", "") or "")
                or (parent.tag == "li" and CURRENT_CLASSES.search(parent.get("class", "") or ""))
                or (current.tag in ("span", "strong", "b", "em") and parent.xpath("./a")))


def arithmetic_candidates(url: str, number: int = 2) -> list[tuple[str, str]]:
    """(URL of page `number`, the page_template that makes it) guesses, most usual first:
    TRS/WCM's index_1 for page 2, `_2`, `_1` on any file name, then page parameters."""
    parts = urlsplit(url)
    path, query = parts.path, parts.query
    directory, _, name = path.rpartition("/")
    stem, dot, ext = name.rpartition(".")
    guesses = []
    if not dot:  # a directory URL
        directory, stem, ext = path.rstrip("/"), "index", "html"
    for sep, n_name in (("_", "n0"), ("_", "n"), ("-", "n")):
        value = number - 1 if n_name == "n0" else number
        file_name = f"{stem}{sep}{value}.{ext}"
        guesses.append((urlunsplit(parts._replace(path=f"{directory}/{file_name}")), f"{stem}{sep}{{{n_name}}}.{ext}" + (f"?{query}" if query else "")))
    fields = dict(parse_qsl(query))
    for name in PAGE_PARAMS:
        if name in fields or not fields or name in ("page", "pageNum"):
            new_query = urlencode({**fields, name: number})
            template_query = urlencode({**fields, name: "__N__"}).replace("__N__", "{n}")
            leaf = name_of(path)
            guesses.append((urlunsplit(parts._replace(query=new_query)), f"{leaf}?{template_query}"))
    return list(dict.fromkeys(guesses))


def name_of(path: str) -> str:
    """The last path segment (what a relative template starts from)."""
    leaf = path.rsplit("/", 1)[-1]
    return leaf or "./"
