"""A news portal republishing 常州高新区 (Changzhou high-tech zone) news, in Traditional.

Layout: the headline, the story (no publish date of its own), a credit line
(图片来源:...), a 關鍵詞 line, then "recommended / hot / latest" link lists that carry
their own dates and must never count. Markers are matched on the Simplified reading text.
"""

from __future__ import annotations

import re

from .blocks import Page
from .extract import Extract, index_of
from .roles import BREADCRUMB, DATELINE, META, line_role

NAME = "hightech_portal"
HOSTS: tuple[str, ...] = ()

# --- After the story ------------------------------------------------------------------
KEYWORDS_LABEL = "关键词"
KEYWORDS_LINE = re.compile(r"^关键词\s*[:：]\s*")
LIST_HEADINGS = ("您可能也感兴趣", "今日热点", "为您推荐", "排行", "最近更新", "今日要闻", "更多")
CREDIT_LINE = re.compile(r"^[(（](?:图片|文章|稿件)?来源\s*[:：]\s*(?P<source>[^)）]+)[)）]$")
# The keywords line comes right before the lists, within this many blocks.
LISTS_AFTER_KEYWORDS = 3


def _keywords_index(page: Page) -> int | None:
    if KEYWORDS_LABEL not in page.joined:
        return None  # (most pages: one search of the page's text)
    at = index_of(page.blocks, (KEYWORDS_LABEL,))
    if at is None:
        return None
    following = page.blocks[at + 1 : at + 1 + LISTS_AFTER_KEYWORDS]
    return at if any(b.norm.startswith(LIST_HEADINGS) for b in following) else None


def matches(page: Page) -> bool:
    return _keywords_index(page) is not None


def _title_index(page: Page, end: int) -> int:
    """The <h1> if the page has one, else the first line of the run of story lines (no
    link lists, no list items) that ends at the keywords line: headline and story stand
    together."""
    blocks = page.blocks[:end]
    for i, block in enumerate(blocks):
        if block.tag == "h1":
            return i
    start = end
    while start > 0 and not (blocks[start - 1].link_density >= 0.5 or blocks[start - 1].list_item):
        start -= 1
    return start


def parse(page: Page, url: str | None) -> Extract:
    blocks = page.blocks
    keywords_at = _keywords_index(page)
    if keywords_at is None:
        return Extract(body=[])
    title_at = _title_index(page, keywords_at)
    if line_role(blocks[title_at]) in (META, DATELINE, BREADCRUMB):
        return Extract(body=[])  # another template with a 关键词 line (its headline a list item over the metadata, or
        # under the page's path, 您现在的位置:首页 > 文章 > 正文, as copy sites print it): the generic parser's
    body = blocks[title_at + 1 : keywords_at]
    source = None
    if body and (credit := CREDIT_LINE.match(body[-1].norm)):
        source, body = credit["source"].strip(), body[:-1]
    keywords = KEYWORDS_LINE.sub("", blocks[keywords_at].norm).split()
    return Extract(body=body, title=blocks[title_at], source=source, keywords=keywords)
