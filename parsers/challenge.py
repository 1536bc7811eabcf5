"""Captcha and challenge pages: a prompt such as 请输入验证码 with no story around it.

Markers are matched on short blocks only: a story may mention 安全验证 in a sentence,
but a prompt is a line of its own.
"""

from __future__ import annotations

import re

from . import normalize
from .blocks import Block, Page
from .errors import ChallengePage

CHALLENGE_MARKERS = ("请输入验证码", "安全验证", "人机验证", "滑动验证", "访问过于频繁", "请开启JavaScript", "enable JavaScript")
ANY_MARKER = re.compile("|".join(map(re.escape, CHALLENGE_MARKERS)))
MAX_PROMPT_CHARS = 30
# A page whose readable text, prompts aside, is this short is a challenge page, unless it holds a
# story's paragraph: sentences, this long at least (a short news item under a comment form's
# 请输入验证码: 6月23日晚,青山区三弓路边,区水务局排水队员正在揭井畅排,…).
MIN_STORY_CHARS = 200
MIN_PARAGRAPH_CHARS = 80
SENTENCE_STOP = re.compile(r"[。！？]")
# Anti-bot pages that compute a cookie in JavaScript and reload themselves.
JS_CHALLENGE = re.compile(r"document\.cookie\s*=|location\.(?:reload|replace)\s*\(|window\.location\.href\s*=", re.I)


def is_prompt(block: Block) -> bool:
    return len(block.norm) <= MAX_PROMPT_CHARS and ANY_MARKER.search(block.norm) is not None


def without_prompts(blocks: list[Block], text: str | None = None) -> list[Block]:
    """The blocks without captcha prompts; `text`, the blocks' reading text joined (a
    page's `joined`), spares joining it again."""
    # (Most pages name no marker at all: one search of the page decides it.)
    if not ANY_MARKER.search(text if text is not None else "\n".join([b.norm for b in blocks])):
        return blocks
    return [b for b in blocks if not is_prompt(b)]


def reject_challenge(page: Page, source: str) -> None:
    """Raise ChallengePage for a captcha or JavaScript challenge that holds no story."""
    text = page.joined
    has_marker = ANY_MARKER.search(text) is not None
    story_chars = sum(len(b.norm) for b in without_prompts(page.blocks, text)) if has_marker else len(text) - len(page.blocks) + 1
    if story_chars >= MIN_STORY_CHARS or any(
            len(b.norm) >= MIN_PARAGRAPH_CHARS and len(SENTENCE_STOP.findall(b.norm)) >= 2 for b in page.blocks):
        return
    # A prompt may sit in a small form, which blocks leave out: look at the source too.
    if any(is_prompt(b) for b in page.blocks) or any(m in normalize.to_simplified(source) for m in CHALLENGE_MARKERS):
        raise ChallengePage("captcha or challenge page")
    if JS_CHALLENGE.search(source):
        raise ChallengePage("JavaScript challenge page")
