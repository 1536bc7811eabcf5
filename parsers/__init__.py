"""Pages in, normalised articles out: pure functions, no Scrapy, no I/O.

    >>> from parsers import parse_page
    >>> article = parse_page(open("page.html", "rb").read(), url="http://example.gov.cn/a.html")
"""

from __future__ import annotations

from datetime import date

from .article import Article
from .assemble import assemble
from .blocks import Page, page_to_blocks
from .errors import NotAnArticle, ParseError
from .extract import is_challenge
from .registry import BY_NAME, choose_parser

__all__ = ["Article", "NotAnArticle", "ParseError", "parse_page", "PARSER_NAMES"]

PARSER_NAMES = tuple(BY_NAME)
# A page whose readable text, captcha prompt aside, is this short is a challenge page.
MIN_CHALLENGE_PAGE_TEXT = 200


def reject_challenge(page: Page) -> None:
    """Raise NotAnArticle for a captcha or challenge page that holds no story."""
    prompts = [b for b in page.blocks if is_challenge(b)]
    other_text = sum(len(b.norm) for b in page.blocks if b not in prompts)
    if prompts and other_text < MIN_CHALLENGE_PAGE_TEXT:
        raise NotAnArticle("captcha or challenge page")


def parse_page(content: bytes | str, url: str | None = None, ref_date: date | None = None, parser: str | None = None) -> Article:
    """Parse one page, HTML or a text capture, into a normalised Article.

    `ref_date` (default today) resolves dates written without a year and refuses later
    ones. `parser` forces a parser by name. Raises NotAnArticle when the page holds no story.
    """
    page = page_to_blocks(content)
    reject_challenge(page)
    chosen = choose_parser(page, url, parser)
    extract = chosen.parse(page, url)
    return assemble(extract, page, url, chosen.NAME, ref_date or date.today())
