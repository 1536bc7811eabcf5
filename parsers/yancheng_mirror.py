"""A mirror of a Yancheng (盐城) city news page, in Traditional script.

Layout: no headline and no metadata at all; the story opens straight with its dateline
(12月29日上午, no year) and the page ends with a captcha prompt (請輸入驗證碼).
"""

from __future__ import annotations

import re

from .blocks import Page
from .challenge import without_prompts
from .extract import Extract
from .roles import BYLINE, HEADLINE, META, line_role

NAME = "yancheng_mirror"
HOSTS: tuple[str, ...] = ()
REGION = "盐城"

# --- Layout ---------------------------------------------------------------------------
CAPTCHA_PROMPT = "请输入验证码"
DATELINE = re.compile(r"^\d{1,2}月\d{1,2}日")


# The dateline opens the story's first paragraph, a long one.
MIN_LEAD_CHARS = 50


def _story_start(page: Page) -> int | None:
    for i, block in enumerate(page.blocks):
        if len(block.norm) >= MIN_LEAD_CHARS and DATELINE.match(block.norm):
            return i
    return None


def matches(page: Page) -> bool:
    """A captcha prompt closes the page, a paragraph opening with a dateline starts the story,
    and no line from there on is metadata (a paper's page with a comment form's captcha under
    its 来源：… and 编辑：… lines is another template's: the generic parser reads it), nor is the
    line right above it, bylines aside, a headline (a media centre's short item under its headline
    and ©原创, a comment form's captcha closing it, is another's too)."""
    blocks = page.blocks
    if not blocks or CAPTCHA_PROMPT not in blocks[-1].norm or (start := _story_start(page)) is None:
        return False
    above = next((b for b in reversed(blocks[:start]) if line_role(b) != BYLINE), None)
    return not any(line_role(b) == META for b in blocks[start:]) and not (above and not above.link_chars and line_role(above) == HEADLINE)


def parse(page: Page, url: str | None) -> Extract:
    start = _story_start(page)
    if start is None:
        return Extract(body=[])
    body = without_prompts(page.blocks[start:])
    return Extract(body=body, region=REGION)
