"""What a site parser hands back, and the small tools every site parser shares.

A site parser only points at the parts of its template: which block is the headline,
which lines carry metadata, where the story starts and stops. Turning those parts into
a normalised Article is `assemble`'s job, the same for every site.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .blocks import Block

# Lines that end a story on most Chinese CMS templates (matched on Simplified text).
STORY_END_MARKERS = (
    "上一条", "下一条", "上一篇", "下一篇", "责任编辑", "【打印", "[打印", "打印本页", "关闭窗口",
    "【关闭", "[关闭", "分享到", "相关新闻", "相关阅读", "相关链接", "扫一扫", "您可能也感兴趣",
    "新闻推荐", "相关推荐", "专题推荐", "热点推荐", "精彩推荐",  # (a box of other stories' teasers; 推荐阅读 may be dropped inside the story)
)


@dataclass
class Extract:
    """The parts of an article as a site template lays them out, still unnormalised."""

    body: list[Block]
    title: Block | None = None
    header: list[Block] = field(default_factory=list)
    source: str | None = None
    region: str | None = None
    zone: str | None = None
    keywords: list[str] = field(default_factory=list)
    issue: list[Block] = field(default_factory=list)  # an e-paper's issue-date line
    trailer: list[Block] = field(default_factory=list)  # dated metadata lines under the story
    gov_meta: dict[str, str] = field(default_factory=dict)
    attachments: list[dict] = field(default_factory=list)


def labelled_fields(line: str, labels: tuple[str, ...]) -> dict[str, str]:
    """Values of `label:value` pairs on one metadata line; empty values are left out.

    发布时间:2021-11-30 来源:宜兴 -> {"发布时间": "2021-11-30", "来源": "宜兴"}
    """
    return {label: value for label, value in _fields_pattern(labels).findall(line) if value}


@lru_cache(maxsize=32)
def _fields_pattern(labels: tuple[str, ...]) -> re.Pattern:
    alternatives = "|".join(map(re.escape, labels))
    return re.compile(rf"({alternatives})\s*[:：]\s*(.*?)\s*(?=(?:{alternatives})\s*[:：]|$)")


def index_of(blocks: list[Block], prefixes: tuple[str, ...], start: int = 0) -> int | None:
    """Index of the first block from `start` whose reading text begins with a prefix."""
    for i in range(start, len(blocks)):
        if blocks[i].norm.startswith(prefixes):
            return i
    return None


def story_end(blocks: list[Block], start: int, markers: tuple[str, ...] = STORY_END_MARKERS) -> int:
    """Index of the first block from `start` that ends the story (or the end of the page)."""
    found = index_of(blocks, markers, start)
    return len(blocks) if found is None else found
