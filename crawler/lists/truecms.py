"""truecms columns (seen on Jiangsu sites): the page's script names `columnId` and
`proxyUrl` (`/truecms/messageController/getMessage.do`); rows come by GET with
`startrecord`, `endrecord`, `perpage`, `columnId` and a JSONP `callback`, answering
`callback({"result": "<datastore>…<record><![CDATA[…]]></record>…"})` with
`<totalrecord>`."""

from __future__ import annotations

import json
import re
from urllib.parse import urlencode, urljoin

from crawler.lists import datastore
from crawler.lists.options import ListOptions
from crawler.lists.page import Candidate, ListPage, ListRequest

NAME = "truecms"
DATA_ROLE = "truecms-data"
MARKER = "messageController/getMessage.do"
COLUMN = re.compile(r"columnId\s*[:=]\s*['\"]?([\w-]+)")
PROXY_URL = re.compile(r"proxyUrl\s*:\s*['\"]([^'\"]+getMessage\.do)['\"]")
DEFAULT_PROXY = "/truecms/messageController/getMessage.do"
PER_PAGE = re.compile(r"perPage\s*:\s*['\"]?(\d+)", re.I)
DEFAULT_PER_PAGE = 20
CALLBACK = "govnews"
JSONP = re.compile(r"^[\s;]*[\w.$]+\s*\((.*)\)\s*;?\s*$", re.S)


def matches(page: ListPage) -> bool:
    return MARKER in page.text


def rows_text(page: ListPage) -> str:
    """The datastore in a JSONP answer (its `result`), or the page's own text."""
    if not page.request.is_data:
        return page.text
    match = JSONP.match(page.text)
    try:
        data = json.loads(match.group(1) if match else page.text)
    except ValueError:
        return page.text
    return str(data.get("result", "")) if isinstance(data, dict) else page.text


def candidates(page: ListPage, options: ListOptions) -> list[Candidate]:
    return datastore.record_candidates(rows_text(page))


def next_requests(page: ListPage, options: ListOptions) -> list[ListRequest]:
    if page.request.is_data:
        text = rows_text(page)
        window = datastore.window_of(page.request.url)
        if not window:
            return []
        start, end, per_page = window
        if not datastore.more_after(end, len(datastore.records(text)), end - start + 1, datastore.total(text)):
            return []
        return [_request(page.request.url.split("?", 1)[0], dict(page.request.form), end + 1, end + per_page, per_page, page.request.page + 1)]
    column = options.params.get("column") or (COLUMN.search(page.text) and COLUMN.search(page.text).group(1))
    if not column:
        return []
    proxy = options.params.get("proxy") or (PROXY_URL.search(page.text) and PROXY_URL.search(page.text).group(1)) or DEFAULT_PROXY
    per_page = int(options.params.get("perpage") or (PER_PAGE.search(page.text) and PER_PAGE.search(page.text).group(1)) or DEFAULT_PER_PAGE)
    return [_request(urljoin(page.url, proxy), {"columnId": column}, 1, per_page, per_page, page.request.page + 1)]


def _request(endpoint: str, fields: dict, start: int, end: int, per_page: int, number: int) -> ListRequest:
    query = urlencode({"startrecord": start, "endrecord": end, "perpage": per_page, **fields, "callback": CALLBACK})
    return ListRequest(f"{endpoint}?{query}", NAME, DATA_ROLE, "GET", tuple(fields.items()), number)
