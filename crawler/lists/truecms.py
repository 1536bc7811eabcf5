"""truecms columns (Nantong and other Jiangsu sites). The page renders its first rows
(perPage × groupSize of them) into a hidden `#initData` list and hands them to jpage, whose
options name `columnId` (in `ajaxParam`), `proxyUrl` (`…/truecms/messageController/
getMessage.do`, `TrueCMS` on some hosts), `perPage` and `groupSize`; a `contentTemplate`
holding `<record>` placeholders (`${…}`) is no row. Later rows come by GET with
`startrecord`, `endrecord`, `perpage`, `columnId`, an empty `contentTemplate` and a JSONP
`callback`, answering `callback({"result": "<datastore><totalrecord>…<record><![CDATA[…]]>…"})`."""

from __future__ import annotations

import json
import re
from urllib.parse import urlencode, urljoin

from crawler.lists import datastore, params
from crawler.lists.options import ListOptions
from crawler.lists.page import Candidate, ListPage, ListRequest, anchor_candidates

NAME = "truecms"
DATA_ROLE = "truecms-data"
# list_params: the column id when the page hides it, rows a page and a request, getMessage.do's path.
PARAMS = {"column": params.text, "perpage": params.count, "window": params.count, "proxy": params.path}
MARKER = "messageController/getMessage.do"
FIRST_ROWS = "#initData li"  # the rows the page renders itself
COLUMN = re.compile(r"columnId\s*[:=]\s*['\"]?([\w-]+)")
PROXY_URL = re.compile(r"proxyUrl\s*:\s*['\"]([^'\"]+getMessage\.do)['\"]", re.I)
PER_PAGE = re.compile(r"perPage\s*:\s*['\"]?(\d+)", re.I)
GROUP_SIZE = re.compile(r"groupSize\s*:\s*['\"]?(\d+)", re.I)
PAGE_TOTAL = re.compile(r"totalRecord\s*:\s*['\"]?(\d+)", re.I)
DEFAULT_PROXY = "/truecms/messageController/getMessage.do"
DEFAULT_PER_PAGE, DEFAULT_GROUP_SIZE = 20, 3
CALLBACK = "govnews"
JSONP = re.compile(r"^[\s;]*[\w.$]+\s*\((.*)\)\s*;?\s*$", re.S)


def matches(page: ListPage) -> bool:
    return MARKER.lower() in page.text.lower()


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
    if page.request.is_data:
        return datastore.record_candidates(rows_text(page))
    rows = [row.xpath(".//a[@href]")[0] for row in page.tree.cssselect(FIRST_ROWS) if row.xpath(".//a[@href]")]
    return anchor_candidates(rows)


def _number(pattern: re.Pattern, text: str, default: int | None) -> int | None:
    match = pattern.search(text)
    return int(match.group(1)) if match else default


def next_requests(page: ListPage, options: ListOptions) -> list[ListRequest]:
    if page.request.is_data:
        text = rows_text(page)
        window = datastore.window_of(page.request.url)
        if not window:
            return []
        start, end, per_page = window
        size = end - start + 1
        if not datastore.more_after(end, len(datastore.records(text)), size, datastore.total(text)):
            return []
        return [_request(page.request.url.split("?", 1)[0], dict(page.request.form), end + 1, end + size, per_page, page.request.page + 1)]
    column = options.params.get("column") or (COLUMN.search(page.text) and COLUMN.search(page.text).group(1))
    if not column:
        return []
    proxy = options.params.get("proxy") or (PROXY_URL.search(page.text) and PROXY_URL.search(page.text).group(1)) or DEFAULT_PROXY
    per_page = int(options.params.get("perpage") or _number(PER_PAGE, page.text, DEFAULT_PER_PAGE))
    shown = len(page.tree.cssselect(FIRST_ROWS))
    total = _number(PAGE_TOTAL, page.text, None)
    if total is not None and shown >= total:
        return []
    window = int(options.params.get("window") or per_page * _number(GROUP_SIZE, page.text, DEFAULT_GROUP_SIZE))
    return [_request(urljoin(page.url, proxy), {"columnId": column}, shown + 1, shown + window, per_page, page.request.page + 1)]


def _request(endpoint: str, fields: dict, start: int, end: int, per_page: int, number: int) -> ListRequest:
    query = urlencode({"startrecord": start, "endrecord": end, "perpage": per_page, "contentTemplate": "", **fields,
                       "callback": CALLBACK})
    return ListRequest(f"{endpoint}?{query}", NAME, DATA_ROLE, "GET", tuple(fields.items()), number)
