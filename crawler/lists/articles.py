"""An article where a list page was expected: told apart by the parsers (they find a
story on an article and refuse list pages) or by the families' article URL shapes, and
the list page it belongs to found in its breadcrumb. Shared by `add-site` and `links`,
which both answer such a page with the list to try instead."""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import urljoin, urlsplit

import parsers

from crawler.lists.page import ListPage

# Where a page says where it sits: the breadcrumb.
BREADCRUMB_TEXT = re.compile(r"当前位置|您的位置|您现在的位置|所在位置|现在的位置")
BREADCRUMB_CLASS = re.compile(r"crumb|position|location|weizhi|dqwz|path", re.I)
# URL shapes of single articles in the families' CMSs.
ARTICLE_URL = re.compile(r"t(?:19|20)\d{6}_\d+\.s?html?$|art_\d+_\d+\.html$|post_\d+\.html$|/content/")


def is_article(page: ListPage) -> bool:
    """The parsers find a story on the page (they refuse list pages)."""
    try:
        parsers.parse_page(page.text, url=page.url or None, ref_date=date.today())
    except parsers.ParseError:
        return False
    return True


def has_article_url(url: str) -> bool:
    return bool(url and ARTICLE_URL.search(urlsplit(url).path))


def breadcrumb_list(page: ListPage) -> str | None:
    """The last link of the page's breadcrumb (the article's own column), absolute when
    the page's URL is known; None when the breadcrumb links nowhere usable."""
    for node in page.tree.xpath("//*[not(self::script)][not(self::style)]"):
        own_text = (node.text or "")
        if BREADCRUMB_TEXT.search(own_text) or BREADCRUMB_CLASS.search(node.get("class", "") or node.get("id", "") or ""):
            hrefs = [h.strip() for h in node.xpath(".//a/@href") if h.strip() and not h.strip().startswith(("javascript:", "#"))]
            if hrefs:
                try:
                    return urljoin(page.url, hrefs[-1])
                except ValueError:  # a malformed href (`http://[::1/a`): no list to offer
                    return None
    return None
