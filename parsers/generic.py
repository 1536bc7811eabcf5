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
from .challenge import without_prompts
from .extract import STORY_END_MARKERS, Extract, labelled_fields, story_end

NAME = "generic"

# --- Headline -------------------------------------------------------------------------
SOCIAL_TITLE_KEYS = ("og:title", "twitter:title")
HEADING_TAGS = ("h1", "h2", "h3")
# 标题_站名, 标题 | 站名, 标题-栏目-站名; a hyphen inside Latin words (COVID-19) is no separator.
TITLE_SEPARATORS = re.compile(r"\s*(?:_|\||｜|--|—+|–|\s-\s|(?<=[\u4e00-\u9fff）」》”])-(?=[\u4e00-\u9fffA-Za-z（「《“]))\s*")
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
SUBHEADING = re.compile(r"^(?:\d{1,2}[.、．]|[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）])\s*\S")


def _title_from_html_title(html_title: str) -> str | None:
    """头条新闻_某某区人民政府 -> 头条新闻: the first part that is long enough."""
    parts = [p for p in TITLE_SEPARATORS.split(html_title) if len(p) >= MIN_TITLE]
    return parts[0] if parts else None


def _is_title_candidate(block: Block) -> bool:
    return (
        MIN_TITLE <= len(block.norm) <= MAX_TITLE
        and block.link_density < 0.5
        and "。" not in block.norm
        and not block.norm.startswith(BREADCRUMB_MARKERS)
        and not dates.has_labelled_date(block.norm)
    )


def _is_meta_line(block: Block) -> bool:
    """A short line of labelled fields (发布时间:… 来源:…), not a story sentence or a link."""
    if len(block.norm) > MAX_META_LINE or block.link_density >= 0.5 or block.list_item:
        return False
    if dates.has_labelled_date(block.norm):
        return True
    fields = _header_fields([block])
    return len(fields) >= 2 or (len(fields) == 1 and block.norm.startswith(META_LINE_LABELS))


def _headline_above(blocks: list[Block], body_start: int) -> int | None:
    """The nearest heading element just above the story, else the headline-like line
    right above it, metadata lines between them skipped."""
    window = range(body_start - 1, max(-1, body_start - 1 - HEADER_SPAN), -1)
    headings = [i for i in window if blocks[i].tag in HEADING_TAGS and _is_title_candidate(blocks[i])]
    if headings:
        return headings[0]
    i = body_start - 1
    while i >= 0 and body_start - i <= HEADER_SPAN and _is_meta_line(blocks[i]):
        i -= 1
    return i if i >= 0 and _is_title_candidate(blocks[i]) else None


def _block_titled(blocks: list[Block], title: str | None) -> int | None:
    return next((i for i, b in enumerate(blocks) if b.norm == title), None) if title else None


def _heading_in_title(blocks: list[Block], html_title: str) -> int | None:
    """The longest heading that <title> repeats (a site-name heading is shorter)."""
    found = [i for i, b in enumerate(blocks) if b.tag in HEADING_TAGS and len(b.norm) >= MIN_TITLE and b.norm in html_title]
    return max(found, key=lambda i: len(blocks[i].norm)) if found else None


def _meta_title(page: Page, html_title_first: str | None) -> tuple[int | None, Block | None]:
    """The CMS's ArticleTitle, trusted; og:/twitter:title only when the page agrees."""
    if title := page.meta.get("articletitle"):
        at = _block_titled(page.blocks, normalize.reading_text(title))
        return at, page.blocks[at] if at is not None else Block(title, normalize.reading_text(title), "meta")
    for key in SOCIAL_TITLE_KEYS:
        social = _title_from_html_title(page.meta.get(key, ""))
        if social and (at := _block_titled(page.blocks, normalize.reading_text(social))) is not None:
            return at, page.blocks[at]
        if social and normalize.reading_text(social) == html_title_first:
            return None, Block(social, html_title_first, "meta")
    return None, None


def find_title(page: Page, body_start: int) -> tuple[int | None, Block | None]:
    """(index of the headline block or None, the headline block or a synthetic one)."""
    blocks = page.blocks
    first = _title_from_html_title(page.html_title) if page.html_title else None
    first_norm = normalize.reading_text(first) if first else None
    at, block = _meta_title(page, first_norm)
    if block:
        return at, block
    html_title = normalize.reading_text(page.html_title) if page.html_title else ""
    for at in (_heading_in_title(blocks, html_title) if html_title else None, _block_titled(blocks, first_norm)):
        if at is not None:
            return at, blocks[at]
    if first:
        return None, Block(first, first_norm, "title")
    at = _headline_above(blocks, body_start)
    return (at, blocks[at]) if at is not None else (None, None)


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


def parse(page: Page, url: str | None) -> Extract:
    blocks = without_prompts(page.blocks)
    page = Page(blocks, page.html_title, page.meta, page.is_html)
    weights = [block_weight(b) for b in blocks]
    start, end, weight = densest_run(weights)
    title_at, title = find_title(page, start)
    if title_at is not None and title_at >= start:
        start, end, weight = densest_run(weights, title_at + 1)
    if weight < MIN_BODY_WEIGHT:
        return Extract(body=[])
    if title is None and end - start > 1 and _is_title_candidate(blocks[start]):
        title_at, title = start, blocks[start]  # a headline with an exclamation mark weighs like a sentence
        start += 1
    after_title = 0 if title_at is None else title_at + 1
    end = min(end, story_end(blocks, start, STORY_END_MARKERS))
    while start > after_title and SUBHEADING.match(blocks[start - 1].norm) and not blocks[start - 1].link_chars:
        start -= 1  # a numbered sub-heading opening the story weighs little but belongs to it
    while start < end and _is_meta_line(blocks[start]):
        start += 1  # metadata lines the dense run swallowed at its top belong to the header
    if title_at is not None:
        header = [b for b in blocks[after_title:start][: HEADER_SPAN + 2] if b.link_density < 0.5]
    else:  # no headline block to start from: only unmistakable metadata lines count
        header = [b for b in blocks[max(0, start - HEADER_SPAN) : start] if _is_meta_line(b)]
    fields = _header_fields(header)
    source = next((fields[label] for label in SOURCE_LABELS if fields.get(label)), None)
    return Extract(body=blocks[start:end], title=title, header=header, source=source)
