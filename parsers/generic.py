"""The generic extractor: any Chinese news page no site template claims.

Headline from the CMS's ArticleTitle meta, a heading that <title> repeats, the line above
a labelled date, or <title> minus the site's suffix. Body by text density: the run of
blocks with the most story text, where a block earns weight for sentence text and loses
it for links, list items and short lines; the story stops at the usual end markers.
"""

from __future__ import annotations

import re

from . import dates, normalize
from .blocks import Block, Page
from .extract import STORY_END_MARKERS, Extract, is_challenge, labelled_fields, story_end

NAME = "generic"

# --- Headline -------------------------------------------------------------------------
META_TITLE_KEYS = ("articletitle", "og:title", "twitter:title")
HEADING_TAGS = ("h1", "h2", "h3")
TITLE_SEPARATORS = re.compile(r"\s*(?:_|\||｜|--|—+|–| - |-(?=[^-]*$))\s*")
MIN_TITLE, MAX_TITLE = 4, 80
BREADCRUMB_MARKERS = ("当前位置", "您现在的位置", "您的位置", "现在位置", "首页 >", "首页>", "首页 »")

# --- Header metadata --------------------------------------------------------------------
META_LINE_LABELS = tuple(
    sorted(
        ("发布时间", "发布日期", "时间", "日期", "来源", "稿源", "文章来源", "信息来源", "作者", "编辑",
         "责任编辑", "浏览次数", "点击数", "点击量", "阅读", "字号", "字体", "发布机构", "发布者", "访问量", "浏览量"),
        key=len,
        reverse=True,
    )
)
UNKNOWN_LABEL = re.compile(r"\s+(?=\S+[:：])")
SOURCE_LABELS = ("来源", "稿源", "文章来源", "信息来源", "发布机构")
MAX_META_LINE = 150
HEADER_SPAN = 4  # metadata lines sit within this many blocks of the headline

# --- Body by text density -----------------------------------------------------------------
SENTENCE_PUNCTUATION = re.compile(r"[，。；、！？,;]")
SHORT_LINE_PENALTY = 12
LINKED_OR_LISTED_FACTOR = 0.5
NO_SENTENCE_FACTOR = 0.3
MIN_BODY_WEIGHT = 40


def _title_from_html_title(html_title: str) -> str | None:
    """头条新闻_某某区人民政府 -> 头条新闻: the first part that is long enough."""
    parts = [p for p in TITLE_SEPARATORS.split(html_title) if len(p) >= MIN_TITLE]
    return parts[0] if parts else None


def _is_title_candidate(block: Block) -> bool:
    return (
        MIN_TITLE <= len(block.norm) <= MAX_TITLE
        and block.link_density < 0.5
        and not block.norm.startswith(BREADCRUMB_MARKERS)
        and dates.labelled_date(block.norm, dates.date.max) is None
    )


def _meta_line_index(blocks: list[Block]) -> int | None:
    """The first line that carries a labelled date: the article's metadata line."""
    for i, block in enumerate(blocks):
        if len(block.norm) <= 200 and dates.labelled_date(block.norm, dates.date.max):
            return i
    return None


def _line_above(blocks: list[Block], body_start: int) -> int | None:
    """The headline-like line right above the story, metadata lines skipped."""
    i = body_start - 1
    while i >= 0 and body_start - i <= HEADER_SPAN and _is_meta_line(blocks[i]):
        i -= 1
    if i >= 0 and _is_title_candidate(blocks[i]) and "。" not in blocks[i].norm:
        return i
    return None


def find_title(page: Page, body_start: int) -> tuple[int | None, Block | None]:
    """(index of the headline block or None, the headline block or a synthetic one)."""
    blocks = page.blocks
    for key in META_TITLE_KEYS:
        if page.meta.get(key):
            meta_title = page.meta[key]
            for i, block in enumerate(blocks):
                if block.text == meta_title:
                    return i, block
            return None, Block(meta_title, normalize.reading_text(meta_title), "meta")
    html_title = normalize.reading_text(page.html_title) if page.html_title else ""
    for i, block in enumerate(blocks):
        if block.tag in HEADING_TAGS and html_title and block.norm in html_title and _is_title_candidate(block):
            return i, block
    meta_line = _meta_line_index(blocks)
    if meta_line:
        for i in range(meta_line - 1, max(-1, meta_line - 3), -1):
            if _is_title_candidate(blocks[i]):
                return i, blocks[i]
    if page.html_title and (stripped := _title_from_html_title(page.html_title)):
        return None, Block(stripped, normalize.reading_text(stripped), "title")
    above = _line_above(blocks, body_start)
    return (above, blocks[above]) if above is not None else (None, None)


def block_weight(block: Block) -> float:
    """How much a block looks like story text: positive for sentences, negative for links."""
    own = len(block.norm) * (1 - block.link_density)
    if block.link_density > 0.5:
        return -len(block.norm)
    if not SENTENCE_PUNCTUATION.search(block.norm):
        own *= NO_SENTENCE_FACTOR
    if block.list_item or block.link_chars:
        own *= LINKED_OR_LISTED_FACTOR
    return own - SHORT_LINE_PENALTY


def densest_run(weights: list[float], start: int = 0) -> tuple[int, int, float]:
    """The contiguous run from `start` with the largest total weight (Kadane's algorithm)."""
    best = (start, start, 0.0)
    run_start, total = start, 0.0
    for i in range(start, len(weights)):
        if total <= 0:
            run_start, total = i, 0.0
        total += weights[i]
        if total > best[2]:
            best = (run_start, i + 1, total)
    return best


def _header_fields(blocks: list[Block]) -> dict[str, str]:
    """Labelled values on metadata lines; a value stops where an unknown label starts."""
    fields: dict[str, str] = {}
    for block in blocks:
        for label, value in labelled_fields(block.norm, META_LINE_LABELS).items():
            value = UNKNOWN_LABEL.split(value, maxsplit=1)[0].strip(" 【】[]|")
            if value:
                fields.setdefault(label, value)
    return fields


def _is_meta_line(block: Block) -> bool:
    """A short line of labelled fields (发布时间:… 来源:…), not a story sentence."""
    if len(block.norm) > MAX_META_LINE:
        return False
    fields = _header_fields([block])
    return len(fields) >= 2 or (len(fields) == 1 and block.norm.startswith(META_LINE_LABELS))


def parse(page: Page, url: str | None) -> Extract:
    blocks = [b for b in page.blocks if not is_challenge(b)]
    page = Page(blocks, page.html_title, page.meta, page.is_html)
    weights = [block_weight(b) for b in blocks]
    start, end, weight = densest_run(weights)
    title_at, title = find_title(page, start)
    if title_at is not None and title_at >= start:
        start, end, weight = densest_run(weights, title_at + 1)
    if weight < MIN_BODY_WEIGHT:
        return Extract(body=[])
    after_title = 0 if title_at is None else title_at + 1
    end = min(end, story_end(blocks, start, STORY_END_MARKERS))
    # Metadata lines that the dense run swallowed at its top belong to the header.
    header_from = after_title if title_at is not None else max(0, start - HEADER_SPAN)
    while start < end and _is_meta_line(blocks[start]):
        start += 1
    header = blocks[header_from:start][:HEADER_SPAN + 2]
    fields = _header_fields(header)
    source = next((fields[label] for label in SOURCE_LABELS if fields.get(label)), None)
    return Extract(body=blocks[start:end], title=title, header=header, source=source)
