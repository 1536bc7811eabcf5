"""Hanweb (大汉) jpage columns, `/col/col<id>/index.html`. The page carries its first rows
as `<record><![CDATA[<li>…</li>]]></record>` inside `<script type="text/xml"><datastore>`;
later rows come from `dataproxy.jsp` (`/module/web/jpage/` or `/module/jpage/`), asked
for a window `startrecord`..`endrecord` (`perpage` a page) with the column's fields
(`columnid`, `unitid`, `webid`, `path`…, as written in the datastore's `<nextgroup>` link)
by POST form (the script's way) or GET (`list_params = {method = "GET"}`). It answers
`<totalrecord>` and more records. Articles are `/art/YYYY/M/D/art_<col>_<id>.html`."""

from __future__ import annotations

import html as htmllib
import re
from urllib.parse import parse_qsl, urlencode, urljoin

from crawler.lists import datastore, params
from crawler.lists.options import ListOptions
from crawler.lists.page import Candidate, ListPage, ListRequest

NAME = "hanweb"
DATA_ROLE = "hanweb-data"
# list_params: how dataproxy.jsp is asked, rows a page and a request, the column's fields, its path.
PARAMS = {"method": params.method, "perpage": params.count, "window": params.count, "form": params.table, "proxy": params.path}
DATASTORE = "<datastore>"
PROXY_QUERY = re.compile(r"(/[\w/]*dataproxy\.jsp)\?([^'\"<>\s\]]+)")
PROXY_URL = re.compile(r"proxyUrl\s*:\s*['\"]([^'\"]+dataproxy\.jsp)['\"]")
PER_PAGE = re.compile(r"perPage\s*:\s*['\"]?(\d+)", re.I)
DEFAULT_PROXY = "/module/web/jpage/dataproxy.jsp"
DEFAULT_PER_PAGE = 15
# jpage asks for three pages' rows at a time (its groupSize).
PAGES_A_REQUEST = 3
# Fields of the nextgroup link that describe a window, not the column.
WINDOW_FIELDS = ("page", "startrecord", "endrecord", "perpage")


def matches(page: ListPage) -> bool:
    return DATASTORE in page.text or "dataproxy.jsp" in page.text


def candidates(page: ListPage, options: ListOptions) -> list[Candidate]:
    return datastore.record_candidates(page.text)


def next_requests(page: ListPage, options: ListOptions) -> list[ListRequest]:
    rows = len(datastore.records(page.text))
    size = datastore.total(page.text)
    if page.request.is_data:
        window = datastore.window_of(page.request.url)
        if not window:
            return []
        start, end, per_page = window
        if not datastore.more_after(end, rows, end - start + 1, size):
            return []
        return [_request(page.request, page.request.form, end + 1, end + (end - start + 1), per_page, page.request.page + 1)]
    found = _column(page, options)
    if found is None or (size is not None and rows >= size):
        return []
    proxy, form, per_page = found
    window = int(options.params.get("window") or per_page * PAGES_A_REQUEST)
    base = ListRequest(proxy, NAME, DATA_ROLE, method=str(options.params.get("method", "POST")).upper())
    return [_request(base, form, rows + 1, rows + window, per_page, page.request.page + 1)]


def _column(page: ListPage, options: ListOptions) -> tuple[str, tuple, int] | None:
    """The data endpoint's URL, the column's form fields and the page size, from the page
    (the nextgroup link, jpage's options) and list_params."""
    text = htmllib.unescape(page.text)
    query = PROXY_QUERY.search(text)
    fields = {k: v for k, v in parse_qsl(query.group(2)) if k not in WINDOW_FIELDS} if query else {}
    fields.update({str(k): str(v) for k, v in (options.params.get("form") or {}).items()})
    if not fields:
        return None
    proxy_path = options.params.get("proxy") or (PROXY_URL.search(text) or query or None)
    if not isinstance(proxy_path, str):
        proxy_path = proxy_path.group(1) if proxy_path else DEFAULT_PROXY
    per_page = int(options.params.get("perpage") or (PER_PAGE.search(text) and PER_PAGE.search(text).group(1)) or DEFAULT_PER_PAGE)
    return urljoin(page.url, proxy_path), tuple(fields.items()), per_page


def _request(base: ListRequest, form: tuple, start: int, end: int, per_page: int, number: int) -> ListRequest:
    endpoint = base.url.split("?", 1)[0]
    window = urlencode({"startrecord": start, "endrecord": end, "perpage": per_page})
    if base.method == "GET":
        return ListRequest(f"{endpoint}?{window}&{urlencode(form)}", NAME, DATA_ROLE, "GET", form, number)
    return ListRequest(f"{endpoint}?{window}", NAME, DATA_ROLE, "POST", form, number)
