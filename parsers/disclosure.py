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
from .fields import GOV_KEYS, LABELS, SPACING, is_attachment_label, label_only, read_fields
from .normalize import collapse_whitespace

# A table is an info-disclosure table when it has an 索引号, or this many of its other keys
# (a normative document's 基本信息 lists 文号, 实施日期, 失效日期 and 发布机关: its dates of force
# count, though they are not kept).
MIN_TABLE_KEYS = 3
TABLE_KEYS = frozenset(GOV_KEYS) - {"title"}
FORCE_KEYS = frozenset({"effective", "expiry"})
MAX_VALUE_CHARS = 120
MAX_STATE_CHARS = 8  # 有效, 正在执行, 已废止: a document's state
# A label cell of a table printed in columns is short (索取号, 发布机构); a longer cell
# that is no label makes the row no header row.
MAX_LABEL_CHARS = 8
PLACEHOLDERS = frozenset("-—/无")  # what an empty value cell prints
EMPTY_VALUES = PLACEHOLDERS | {"暂无", "无文号"}  # 文号：无: the document has no number, so no doc_no
# A line worth reading with the grammar names one of the table's labels (a quick test first:
# most lines of a page name none).
GOV_LABEL = re.compile("|".join(sorted((label for label, key in LABELS.items() if key in GOV_KEYS or key in FORCE_KEYS), key=len, reverse=True)))
# How many lines after the story an attachment line (附件：…) may stand.
ATTACHMENT_LINES_AFTER = 8
MAX_PRINTED_LINES = 500
FILE_TYPES = ("pdf", "docx", "doc", "xlsx", "xls", "wps", "ofd", "zip")
FILE_URL = re.compile(rf"\.({'|'.join(FILE_TYPES)})$", re.I)
# ReadAttachFile.aspx, Download.ashx, download.jsp, /attachment/download: a script that serves a file.
DOWNLOAD_SCRIPT = re.compile(r"(?:attach|download|file|fujian)[^/]*$|/(?:attach\w*|download\w*)/", re.I)


def gov_meta(page: Page) -> dict[str, str]:
    """The info-disclosure table's fields under their English keys, or {} when the page
    has no such table."""
    blocks = page.blocks
    if not GOV_LABEL.search(SPACING.sub("", page.joined)) and not any(k in LABELS for k in page.meta):
        return {}
    found = _columns(page)  # (first: in such a table a label's next line is the next label)
    force: set[str] = set()
    for i, block in enumerate(blocks):
        text = block.norm
        if len(text) > 2 * MAX_VALUE_CHARS or block.link_density >= 0.5 or not GOV_LABEL.search(SPACING.sub("", text)):
            continue  # (索 引 号: a table spaces its labels out)
        key = label_only(text)
        if key in GOV_KEYS and i + 1 < len(blocks) and not read_fields(blocks[i + 1].norm) and not label_only(blocks[i + 1].norm):
            if (not block.cell or blocks[i + 1].cell) and _fits(key, blocks[i + 1].norm):  # (an empty last cell: the next line is no value)
                found.setdefault(key, blocks[i + 1].norm[:MAX_VALUE_CHARS])
            continue
        for field in read_fields(text):
            if field.key in GOV_KEYS and field.value and _fits(field.key, field.value):
                found.setdefault(field.key, field.value[:MAX_VALUE_CHARS])
            elif field.key in FORCE_KEYS and field.value:
                force.add(field.key)
    for name, value in page.meta.items():
        if LABELS.get(name) in GOV_KEYS and value:
            found.setdefault(LABELS[name], value[:MAX_VALUE_CHARS])
    if "index_no" not in found and len(TABLE_KEYS & set(found)) + len(force) < MIN_TABLE_KEYS:
        return {}
    return {k: found[k] for k in GOV_KEYS if k in found and found[k].strip() not in EMPTY_VALUES}


def _fits(key: str, value: str) -> bool:
    """Whether the line under a label cell can be its value: a document's state is a word (有效,
    正在执行), a date holds a digit; the headline under an empty 文件状态： is none."""
    if key == "validity":
        return len(value) <= MAX_STATE_CHARS
    if key in ("written_date", "published_date"):
        return any(c.isdigit() for c in value) or "月" in value
    return True


def _columns(page: Page) -> dict[str, str]:
    """A table printed in columns: a row of labels (索取号 | 发布时间 | 发布机构 | 文件编号)
    over a row of values. Its lines alternate no label with its value, and an empty cell
    leaves no line, so the columns are read from the tree's rows."""
    if page.tree is None:
        return {}
    found: dict[str, str] = {}
    for row in page.tree.iter("tr"):
        if sum(1 for cell in row if cell.tag in ("td", "th")) < MIN_TABLE_KEYS:
            continue  # (a row of fewer cells holds no row of labels: its text is not read)
        cells = _cells(row)
        keys = [label_only(cell) if len(cell) <= MAX_LABEL_CHARS else None for cell in cells]
        if sum(key in GOV_KEYS for key in keys) < MIN_TABLE_KEYS or any(cell and key is None and len(cell) > MAX_LABEL_CHARS for cell, key in zip(cells, keys)):
            continue
        values = _cells(below) if (below := _row_below(row)) is not None else []
        if len(values) == len(cells):
            for key, value in zip(keys, values):
                if key in GOV_KEYS and value and value not in PLACEHOLDERS:
                    found.setdefault(key, value[:MAX_VALUE_CHARS])
    return found


def _row_below(row):
    """The table's next row, across <thead> and <tbody>."""
    table = next(row.iterancestors("table"), None)
    if table is None:
        return None
    rows = list(table.iter("tr"))
    at = rows.index(row)
    return rows[at + 1] if at + 1 < len(rows) else None


def _cells(row) -> list[str]:
    return [collapse_whitespace("".join(cell.itertext())) for cell in row if cell.tag in ("td", "th")]


def _printed_attachment(after: list[Block]) -> int:
    """How many lines after the story an attachment printed in the page takes (附件 alone, then
    the attached table or text, no links): the links to the files stand under it."""
    if not after or not is_attachment_label(after[0].norm):
        return 0
    n = 1
    while n < len(after) and n < MAX_PRINTED_LINES and after[n].link_density < 0.5:
        n += 1
    return n


def attachments(page: Page, story: list[Block], after: list[Block]) -> list[dict]:
    """The page's document links whose text stands in the story or in the lines right
    after it (附件：…), each {name, url, type}, in page order, once each."""
    lines = [b.text for b in story] + [b.text for b in after[: _printed_attachment(after) + ATTACHMENT_LINES_AFTER]]
    seen, found = set(), []
    for name, url in page.links:
        path = urlsplit(url).path if "://" in url or url.startswith("/") else url.split("?")[0]
        # (a download script's address names no file, ReadAttachFile.aspx?AttachID=…: the link's text does)
        match = FILE_URL.search(path.strip()) or (FILE_URL.search(name.strip()) if DOWNLOAD_SCRIPT.search(path) else None)
        if not match or url in seen:
            continue
        label = name.strip() or path.rsplit("/", 1)[-1]
        if name.strip() and not any(name.strip() in line for line in lines):
            continue
        seen.add(url)
        found.append({"name": label, "url": url, "type": match.group(1).lower()})
    return found
