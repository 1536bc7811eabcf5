"""Pages in, normalised articles out: pure functions, no Scrapy, no I/O.

    >>> from parsers import parse_page
    >>> article = parse_page(open("page.html", "rb").read(), url="http://example.gov.cn/a.html")
"""

from __future__ import annotations

from datetime import date

from .article import Article
from .assemble import assemble
from .blocks import page_to_blocks
from .errors import NotAnArticle, ParseError
from .challenge import reject_challenge
from . import generic
from .registry import BY_NAME, choose_parser

__all__ = ["Article", "NotAnArticle", "ParseError", "parse_page", "PARSER_NAMES"]

PARSER_NAMES = tuple(BY_NAME)


def parse_page(content: bytes | str, url: str | None = None, ref_date: date | None = None, parser: str | None = None) -> Article:
    """Parse one page, HTML or a text capture, into a normalised Article.

    `ref_date` (default today) resolves dates written without a year and refuses later
    ones. `parser` forces a parser by name. Raises NotAnArticle when the page holds no story.
    A site parser that finds no story in a page its host sent hands it to the generic one.
    """
    page = page_to_blocks(content)
    reject_challenge(page)
    chosen = choose_parser(page, url, parser)
    extract = chosen.parse(page, url)
    if not extract.body and chosen is not generic and parser is None:
        chosen, extract = generic, generic.parse(page, url)
    return assemble(extract, page, url, chosen.NAME, ref_date or date.today())
