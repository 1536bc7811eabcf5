"""Government metadata (`gov_meta`) and attachments: what a 政府信息公开 page adds to a story.

An info-disclosure page prints a table above or below the story: 索引号, 发布机构,
发文字号, 成文日期, 发布日期, 主题分类, 有效性, 名称. In HTML each cell is a line (a label
line, then its value line); a text capture prints a row on one line with wide gaps. Both
are read with the label grammar of `fields`; CMSs that put the same fields in <meta>
tags under their Chinese labels are read the same way. The values are kept as printed.

Attachments are the story's links to documents (PDF, Word, Excel, WPS, OFD, ZIP).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from .blocks import Block, Page
from .fields import GOV_KEYS, LABELS, SPACING, label_only, read_fields

# A table is an info-disclosure table when it has an 索引号, or this many of its other keys.
MIN_TABLE_KEYS = 3
TABLE_KEYS = frozenset(GOV_KEYS) - {"title"}
MAX_VALUE_CHARS = 120
# A line worth reading with the grammar names one of the table's labels (a quick test first:
# most lines of a page name none).
GOV_LABEL = re.compile("|".join(sorted((label for label, key in LABELS.items() if key in GOV_KEYS), key=len, reverse=True)))
# How many lines after the story an attachment line (附件：…) may stand.
ATTACHMENT_LINES_AFTER = 8
FILE_TYPES = ("pdf", "docx", "doc", "xlsx", "xls", "wps", "ofd", "zip")
FILE_URL = re.compile(rf"\.({'|'.join(FILE_TYPES)})$", re.I)


def gov_meta(page: Page) -> dict[str, str]:
    """The info-disclosure table's fields under their English keys, or {} when the page
    has no such table."""
    found: dict[str, str] = {}
    blocks = page.blocks
    if not GOV_LABEL.search(SPACING.sub("", page.joined)) and not any(k in LABELS for k in page.meta):
        return {}
    for i, block in enumerate(blocks):
        text = block.norm
        if len(text) > 2 * MAX_VALUE_CHARS or block.link_density >= 0.5 or not GOV_LABEL.search(SPACING.sub("", text)):
            continue  # (索 引 号: a table spaces its labels out)
        key = label_only(text)
        if key in GOV_KEYS and i + 1 < len(blocks) and not read_fields(blocks[i + 1].norm) and not label_only(blocks[i + 1].norm):
            if not block.cell or blocks[i + 1].cell:  # (an empty last cell: the next line is no value)
                found.setdefault(key, blocks[i + 1].norm[:MAX_VALUE_CHARS])
            continue
        for field in read_fields(text):
            if field.key in GOV_KEYS and field.value:
                found.setdefault(field.key, field.value[:MAX_VALUE_CHARS])
    for name, value in page.meta.items():
        if LABELS.get(name) in GOV_KEYS and value:
            found.setdefault(LABELS[name], value[:MAX_VALUE_CHARS])
    if "index_no" not in found and len(TABLE_KEYS & set(found)) < MIN_TABLE_KEYS:
        return {}
    return {k: found[k] for k in GOV_KEYS if k in found}


def attachments(page: Page, story: list[Block], after: list[Block]) -> list[dict]:
    """The page's document links whose text stands in the story or in the lines right
    after it (附件：…), each {name, url, type}, in page order, once each."""
    lines = [b.text for b in story] + [b.text for b in after[:ATTACHMENT_LINES_AFTER]]
    seen, found = set(), []
    for name, url in page.links:
        path = urlsplit(url).path if "://" in url or url.startswith("/") else url.split("?")[0]
        match = FILE_URL.search(path.strip())
        if not match or url in seen:
            continue
        label = name.strip() or path.rsplit("/", 1)[-1]
        if name.strip() and not any(name.strip() in line for line in lines):
            continue
        seen.add(url)
        found.append({"name": label, "url": url, "type": match.group(1).lower()})
    return found
