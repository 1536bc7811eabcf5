"""Guangdong's 政府网站集约化 open-government catalogue, gkmlpt. `/gkmlpt/index` is an empty
shell holding `window._CONFIG = {SID: …}`; the list is JSON from
`/gkmlpt/api/all/<category>?page=N&sid=<SID>` (`total`, `articles: [{title, url,
create_time}]`). The category comes from `list_params` (`category`), else the start URL's
`#<category>`, else 0 (everything). Articles are `…/content/…/post_<id>.html`."""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta, timezone
from urllib.parse import parse_qsl, urlsplit

from crawler.lists import params
from crawler.lists.options import ListOptions
from crawler.lists.page import Candidate, ListPage, ListRequest

NAME = "gkmlpt"
DATA_ROLE = "gkmlpt-api"
# list_params: the catalogue category, the site id when the shell hides it, rows an API page.
PARAMS = {"category": params.text, "sid": params.text, "perpage": params.count}
SID = re.compile(r"SID\s*:\s*['\"]?(\w+)")
CONFIG = "window._CONFIG"
CHINA = timezone(timedelta(hours=8))


def matches(page: ListPage) -> bool:
    return ("/gkmlpt/" in page.url or CONFIG in page.text) and bool(SID.search(page.text))


def _answer(page: ListPage) -> dict:
    try:
        data = json.loads(page.text)
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def candidates(page: ListPage, options: ListOptions) -> list[Candidate]:
    if not page.request.is_data:
        return []
    out = []
    for article in _answer(page).get("articles") or []:
        if isinstance(article, dict) and article.get("url"):
            out.append(Candidate(str(article["url"]), str(article.get("title") or ""), _date(article.get("create_time"))))
    return out


def _date(value) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return datetime.fromtimestamp(value, CHINA).strftime("%Y-%m-%d")
    return str(value or "")


def next_requests(page: ListPage, options: ListOptions) -> list[ListRequest]:
    if page.request.is_data:
        answer = _answer(page)
        number = int(dict(parse_qsl(urlsplit(page.request.url).query)).get("page") or 1)
        shown = len(answer.get("articles") or [])
        per_page = int(options.params.get("perpage") or dict(page.request.state).get("per_page") or shown)
        total = answer.get("total")
        if not shown or (isinstance(total, int) and number * per_page >= total):
            return []
        return [ListRequest(_with_page(page.request.url, number + 1), NAME, DATA_ROLE, page=page.request.page + 1,
                            state=(("per_page", str(per_page)),))]
    sid = options.params.get("sid") or (SID.search(page.text) and SID.search(page.text).group(1))
    if not sid:
        return []
    root = page.url.split("/gkmlpt/", 1)[0] if "/gkmlpt/" in page.url else page.url.rstrip("/").rsplit("/", 1)[0]
    category = options.params.get("category") or _fragment_number(page.request.url) or "0"
    return [ListRequest(f"{root}/gkmlpt/api/all/{category}?page=1&sid={sid}", NAME, DATA_ROLE, page=page.request.page + 1)]


def _fragment_number(url: str) -> str | None:
    fragment = urlsplit(url).fragment
    return fragment if fragment.isdigit() else None


def _with_page(url: str, number: int) -> str:
    return re.sub(r"([?&]page=)\d+", lambda m: f"{m.group(1)}{number}", url)
