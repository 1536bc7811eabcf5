"""The `<datastore>` XML that Hanweb's jpage and truecms answer with: each list row an
HTML fragment in a `<record><![CDATA[…]]></record>`, the column's size in
`<totalrecord>`. Shared by the two families."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlsplit

from crawler.lists.page import Candidate, anchor_candidates, fragment_anchors

RECORD = re.compile(r"<record>\s*<!\[CDATA\[(.*?)\]\]>\s*</record>", re.S | re.I)
TOTAL = re.compile(r"<totalrecord>\s*(\d+)\s*</totalrecord>|totalRecord\s*[=:]\s*['\"]?(\d+)", re.I)
# The window of rows a data request asks for, in its query string.
WINDOW_FIELDS = ("startrecord", "endrecord", "perpage")


def records(text: str) -> list[str]:
    return RECORD.findall(text or "")


def record_candidates(text: str) -> list[Candidate]:
    """One candidate per record: the record's first link, its title and its date."""
    out = []
    for record in records(text):
        found = anchor_candidates(fragment_anchors(record))
        if found:
            date_text = " ".join(re.sub(r"<[^>]+>", " ", record).split())
            first = found[0]
            out.append(Candidate(first.href, first.title, date_text))
    return out


def total(text: str) -> int | None:
    match = TOTAL.search(text or "")
    return int(match.group(1) or match.group(2)) if match else None


def window_of(url: str) -> tuple[int, int, int] | None:
    """(startrecord, endrecord, perpage) from a data request's query, if it has them."""
    query = dict(parse_qsl(urlsplit(url).query))
    try:
        return int(query["startrecord"]), int(query["endrecord"]), int(query.get("perpage") or 0)
    except (KeyError, ValueError):
        return None


def more_after(end: int, rows: int, window: int, column_size: int | None) -> bool:
    """Whether rows remain after `end`: by the column's size when the answer gives it,
    else by whether this window came back full."""
    if column_size is not None:
        return end < column_size
    return rows >= window > 0
