"""A mirror of 通州日报 (Nantong Tongzhou district daily), in Traditional script.

Layout: spam tags leaked as text and list bullets above the story, the headline, one
metadata line (來源 / 發布時間 / 累計次數 / 字體), then the story, which opens with the
paper's 通州日报讯 byline. Markers are written in Simplified: they are matched on the
reading text.
"""

from __future__ import annotations

from .blocks import Page
from .extract import Extract, labelled_fields, story_end

NAME = "tongzhou_daily"
HOSTS: tuple[str, ...] = ()  # mirrors move; matched by the page's own markers
REGION = "南通市通州区"

# --- Header -------------------------------------------------------------------------
META_LABELS = ("来源", "发布时间", "累计次数", "字体")
META_SIGNATURE = ("累计次数", "字体")


def _meta_index(page: Page) -> int | None:
    if not all(label in page.joined for label in META_SIGNATURE):
        return None
    for i, block in enumerate(page.blocks):
        if all(label in block.norm for label in META_SIGNATURE) and block.norm.startswith(META_LABELS):
            return i
    return None


def matches(page: Page) -> bool:
    return _meta_index(page) is not None


def parse(page: Page, url: str | None) -> Extract:
    blocks = page.blocks
    meta = _meta_index(page)
    if meta is None:
        return Extract(body=[])
    fields = labelled_fields(blocks[meta].norm, META_LABELS)
    start = meta + 1
    return Extract(
        body=blocks[start : story_end(blocks, start)],
        title=blocks[meta - 1] if meta > 0 else None,
        header=[blocks[meta]],
        source=fields.get("来源"),
        region=REGION,
    )
