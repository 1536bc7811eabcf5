"""InvestCHN.com (投促中国), section 开发区新闻: development-zone news pages.

Layout, top to bottom: site slogan, breadcrumb (您现在的位置), headline, one metadata
line (发布时间 / 来源 / 发布开发区), the story, 上一条 / 下一条 links, a contact and
copyright footer naming InvestCHN.com.
"""

from __future__ import annotations

from .blocks import Page
from .extract import Extract, index_of, labelled_fields, story_end

NAME = "investchn"
HOSTS = ("investchn.com", "www.investchn.com")

# --- Header -------------------------------------------------------------------------
BREADCRUMB = "您现在的位置"
BREADCRUMB_SEPARATOR = ">"
BREADCRUMB_SECTION = "开发区新闻"
META_LABELS = ("发布时间", "来源", "发布开发区")
# --- Footer -------------------------------------------------------------------------
STORY_END = ("上一条", "下一条", "与我们联系")
SITE_NAME = "InvestCHN.com"


def matches(page: Page) -> bool:
    """The footer names the site and a breadcrumb leads to the story."""
    has_footer = SITE_NAME in page.joined and any(SITE_NAME in b.text for b in page.blocks)
    return has_footer and index_of(page.blocks, (BREADCRUMB,)) is not None


def _region(breadcrumb: str) -> str | None:
    """The city after 开发区新闻 in 首页 > 开发区新闻 > 无锡 > 文字新闻."""
    parts = [p.strip() for p in breadcrumb.split(":", 1)[-1].split(BREADCRUMB_SEPARATOR)]
    if BREADCRUMB_SECTION in parts:
        following = parts[parts.index(BREADCRUMB_SECTION) + 1 :]
        return following[0] if len(following) > 1 else None
    return None


def parse(page: Page, url: str | None) -> Extract:
    blocks = page.blocks
    crumb = index_of(blocks, (BREADCRUMB,))
    meta = index_of(blocks, META_LABELS, 0 if crumb is None else crumb)
    if meta is None:
        return Extract(body=[])
    start = meta + 1
    fields = labelled_fields(blocks[meta].norm, META_LABELS)
    title_at = meta - 1
    has_title = title_at >= 0 and title_at != crumb
    return Extract(
        body=blocks[start : story_end(blocks, start, STORY_END)],
        title=blocks[title_at] if has_title else None,
        header=[blocks[meta]],
        source=fields.get("来源"),
        region=_region(blocks[crumb].norm) if crumb is not None else None,
        zone=fields.get("发布开发区"),
    )
