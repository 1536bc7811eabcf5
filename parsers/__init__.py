"""Pages in, normalised articles out: pure functions, no Scrapy, no I/O.

The parsers themselves (lxml, BeautifulSoup, OpenCC) are imported on the first parse, so
that commands which only read the store or the site list start at once.

    >>> from parsers import parse_page
    >>> article = parse_page(open("page.html", "rb").read(), url="http://example.gov.cn/a.html")
"""

from __future__ import annotations

from datetime import date

from .article import Article
from .errors import ChallengePage, NotAnArticle, ParseError
from .registry import PARSER_NAMES

__all__ = ["Article", "ChallengePage", "NotAnArticle", "ParseError", "parse_page", "PARSER_NAMES"]


def challenge_reason(content: bytes | str, charset: str | None = None) -> str | None:
    """Why the page is a captcha or anti-bot challenge, or None: for pages that are not
    parsed as articles (list pages) but must not be taken for empty ones."""
    from .blocks import decode, page_from_text
    from .challenge import reject_challenge

    try:
        text = decode(content, charset)
        reject_challenge(page_from_text(text), text)
    except ChallengePage as challenge:
        return str(challenge)
    except NotAnArticle:
        return None
    return None


def parse_page(content: bytes | str, url: str | None = None, ref_date: date | None = None,
               parser: str | None = None, charset: str | None = None) -> Article:
    """Parse one page, HTML or a text capture, into a normalised Article.

    `ref_date` (default today) resolves dates written without a year and refuses later
    ones. `parser` forces a parser by name; `charset` is the HTTP header's, if any. Bytes
    whose declared charset does not fit them are read as GB18030, with a warning.
    Raises NotAnArticle when the page holds no story (ChallengePage for a captcha or an
    anti-bot challenge). A site parser that finds no story hands the page to the generic one.
    """
    from . import generic
    from .assemble import assemble
    from .blocks import decode, page_from_text
    from .challenge import reject_challenge
    from .decode import decode_noting
    from .registry import choose_parser

    text, warning = decode_noting(content, charset) if isinstance(content, bytes) else (decode(content), None)
    page = page_from_text(text)
    reject_challenge(page, text)
    chosen = choose_parser(page, url, parser)
    extract = chosen.parse(page, url)
    if not extract.body and chosen is not generic and parser is None:
        chosen, extract = generic, generic.parse(page, url)
    article = assemble(extract, page, url, chosen.NAME, ref_date or date.today())
    if warning:  # a declared charset that did not fit the bytes: the reader should know
        article.warnings.append(warning)
    return article
