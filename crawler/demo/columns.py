"""Columns as the government CMS families serve them, for the demo site and the tests:
a TRS column (index.html, index_1.html… written by createPageHTML), two Hanweb columns
(first rows in the page's datastore, the rest from dataproxy.jsp by POST, or by GET), a
gkmlpt catalogue (an empty shell and a JSON API), a truecms column (JSONP) and a plain
HTML column paged by `?page=N`. Every list page wears the same navigation, category tabs
and a sidebar of another column's articles, which a list reader must leave out.

Each column knows its article URLs (`gold`), so a test can check that a crawl stored
every article of the column and nothing else.
"""

from __future__ import annotations

import html
import importlib.resources
import json
import math
import random
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from urllib.parse import parse_qsl, urlsplit

SEED_PAGES = importlib.resources.files("seeds") / "pages"  # package data: works from a wheel too
SEED_SENTENCE_CHARS = 20
BORROWED_SENTENCES = 4
NAV = [("首页", "/"), ("政务公开", "/zwgk/"), ("新闻中心", "/xwzx/"), ("投资促进", "/tzcj/"), ("办事服务", "/bsfw/"),
       ("互动交流", "/hdjl/")]
TABS = [("通知公告", "tzgg"), ("部门动态", "bmdt"), ("乡镇动态", "xzdt")]
SIDEBAR = [("/xwzx/tpxw/202310/t20231030_7001.html", "全市重大项目集中开工仪式隆重举行"),
           ("/xwzx/tpxw/202310/t20231029_7002.html", "经开区召开招商引资工作推进会议")]
TOPICS = ["园区重点项目", "招商引资项目", "先进制造业项目", "科创载体项目", "基础设施项目", "现代服务业项目"]
ACTIONS = ["集中签约", "开工建设", "竣工投产", "推进会召开", "现场观摩", "调研督查"]
PARAGRAPHS = [
    "{place}召开{topic}{action}专题会议，听取各项目单位进展汇报，研究解决项目推进中遇到的困难和问题。会议强调，"
    "要对照年度计划倒排工期、挂图作战，确保第{n}批项目按期建成投产。",
    "据介绍，本批次共涉及项目{count}个，总投资{money}亿元，涵盖新能源、集成电路、生命健康等领域。各部门要强化要素保障，"
    "在用地、用能、融资等方面给予支持，全力以赴推动项目早落地、早见效。",
    "{place}有关负责人表示，将持续优化营商环境，做好跟踪服务，以项目建设的新成效推动高质量发展，为完成全年目标任务打下坚实基础。",
]
PLACES = ["高新区", "经开区", "临港新区", "综合保税区", "滨江新城", "科技城"]


@dataclass(frozen=True)
class Story:
    path: str
    title: str
    day: str  # YYYY-MM-DD


@lru_cache(maxsize=1)
def seed_sentences() -> tuple[str, ...]:
    """The seed stories' sentences: each demo story borrows a few at random (seeded by its
    number), so that no two stories read alike and none is taken for another's duplicate.
    Taken from the stories as parsed (Simplified, clean), never from the captures' lines:
    a borrowed header (`來源: 通州日報 發布時間:2023-02-12`) made a demo article read as a
    Tongzhou Daily page with a paragraph for its headline and that date for its own."""
    import parsers

    found = []
    for path in sorted(SEED_PAGES.glob("*.txt")):
        expected = json.loads(path.with_name(path.name.removesuffix(".txt") + ".expected.json").read_text(encoding="utf-8"))
        story = parsers.parse_page(path.read_text(encoding="utf-8"), ref_date=date.fromisoformat(expected["ref_date"]))
        for line in story.text.splitlines():
            found += [s.strip() + "。" for s in line.split("。") if len(s.strip()) >= SEED_SENTENCE_CHARS]
    return tuple(found)


def story_text(story: Story, number: int) -> str:
    place = PLACES[number % len(PLACES)]
    values = {"place": place, "topic": TOPICS[number % len(TOPICS)], "action": ACTIONS[number % len(ACTIONS)],
              "n": number, "count": 5 + number % 17, "money": 10 + number * 3}
    borrowed = random.Random(number).sample(seed_sentences(), BORROWED_SENTENCES)
    first, second, _ = (p.format(**values) for p in PARAGRAPHS)
    return "\n".join((first, "".join(borrowed[:2]), second, "".join(borrowed[2:])))


def article_page(story: Story, number: int, list_path: str, body_attr: str) -> bytes:
    crumbs = f'<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="{list_path}">通知公告</a></div>'
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in story_text(story, number).splitlines())
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(story.title)}</title></head><body>"
            f"{_nav()}{crumbs}<h1>{html.escape(story.title)}</h1><div class='info'>发布时间：{story.day} 10:00 来源：演示站</div>"
            f"<div {body_attr}>{paragraphs}</div><div class='footer'>主办单位：演示市人民政府</div></body></html>").encode()


def _nav() -> str:
    return "<div class='nav'><ul>" + "".join(f"<li><a href='{href}'>{name}</a></li>" for name, href in NAV) + "</ul></div>"


def _tabs(base: str) -> str:
    return "<div class='tabs'>" + "".join(f"<a href='{base}{slug}/index.html'>{name}</a>" for name, slug in TABS) + "</div>"


def _sidebar() -> str:
    rows = "".join(f"<li><a href='{href}' title='{title}'>{title}</a></li>" for href, title in SIDEBAR)
    return f"<div class='side'><h3>图片新闻</h3><ul>{rows}</ul></div>"


def list_chrome(title: str, main: str, base: str = "/") -> bytes:
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head><body>{_nav()}{_tabs(base)}"
            f"{_sidebar()}<div class='main'><h2>{title}</h2>{main}</div>"
            "<div class='footer'><a href='/about.html'>关于我们</a> <a href='/sitemap.html'>网站地图</a></div></body></html>").encode()


def row(story: Story, href: str | None = None) -> str:
    return (f"<li><a href='{href or story.path}' title='{html.escape(story.title)}' target='_blank'>{html.escape(story.title)}</a>"
            f"<span class='date'>{story.day}</span></li>")


class Column:
    """One family's column: its list pages and data answers, and its article pages."""

    family = ""
    start_path = ""
    body_attr = "class='article'"

    def __init__(self, count: int, per_page: int, first_day: date, seed: int) -> None:
        self.count, self.per_page, self.seed = count, per_page, seed
        self.stories = [self.story(i, first_day - timedelta(days=i)) for i in range(count)]
        self.pages = {s.path: article_page(s, seed + i, self.start_path, self.body_attr) for i, s in enumerate(self.stories)}

    def story(self, i: int, day: date) -> Story:
        raise NotImplementedError

    def title(self, i: int) -> str:
        n = self.seed + i
        return f"{PLACES[n % len(PLACES)]}{TOPICS[n % len(TOPICS)]}{ACTIONS[n % len(ACTIONS)]}（第{n}期）"

    @property
    def gold(self) -> list[str]:
        return [s.path for s in self.stories]

    def page_count(self) -> int:
        return math.ceil(self.count / self.per_page)

    def reply(self, method: str, path: str, query: dict, form: dict, base: str) -> tuple[int, str, bytes] | None:
        """(status, content type, body) for a request this column answers, else None."""
        if path in self.pages:
            return 200, "text/html; charset=utf-8", self.pages[path]
        return None


class TrsColumn(Column):
    family, start_path, body_attr = "trs", "/xwzx/tzgg/index.html", "class='TRS_Editor'"

    def story(self, i, day):
        return Story(f"/xwzx/tzgg/{day:%Y%m}/t{day:%Y%m%d}_{9000 + self.seed + i}.html", self.title(i), day.isoformat())

    def list_page(self, k: int) -> bytes:
        stories = self.stories[k * self.per_page:(k + 1) * self.per_page]
        rows = "".join(row(s, "./" + s.path.split("/xwzx/tzgg/", 1)[1]) for s in stories)
        pager = (f"<div class='page'><script>createPageHTML({self.page_count()}, {k}, \"index\", \"html\");</script></div>")
        return list_chrome("通知公告", f"<ul class='list'>{rows}</ul>{pager}", "/xwzx/")

    def reply(self, method, path, query, form, base):
        for k in range(self.page_count()):
            if path == "/xwzx/tzgg/" + ("index.html" if k == 0 else f"index_{k}.html"):
                return 200, "text/html; charset=utf-8", self.list_page(k)
        return super().reply(method, path, query, form, base)


class HanwebColumn(Column):
    """`method` is how its dataproxy.jsp must be asked: "POST" (form fields) or "GET"."""

    family, body_attr = "hanweb", "id='zoom'"
    first_rows = 5  # rows the page's own datastore carries

    def __init__(self, count, per_page, first_day, seed, column_id: int = 1001, method: str = "POST") -> None:
        self.column_id, self.method = column_id, method
        self.start_path = f"/col/col{column_id}/index.html"
        self.proxy = "/module/web/jpage/dataproxy.jsp" if method == "POST" else "/module/jpage/dataproxy.jsp"
        super().__init__(count, per_page, first_day, seed)

    def story(self, i, day):
        return Story(f"/art/{day.year}/{day.month}/{day.day}/art_{self.column_id}_{5000 + self.seed + i}.html", self.title(i), day.isoformat())

    def fields(self) -> dict:
        return {"col": "1", "appid": "1", "webid": "1", "path": "/", "columnid": str(self.column_id), "sourceContentType": "1",
                "unitid": "2001", "webname": "演示市人民政府", "permissiontype": "0"}

    def records(self, stories: list[Story]) -> str:
        return "".join(f"<record><![CDATA[{row(s)}]]></record>" for s in stories)

    def list_page(self) -> bytes:
        query = "&amp;".join(f"{k}={v}" for k, v in self.fields().items())
        store = (f"<div id='{self.column_id}'><script type='text/xml'><datastore>"
                 f"<nextgroup><![CDATA[<a href=\"{self.proxy}?page=1&amp;{query}\"></a>]]></nextgroup>"
                 f"<recordset>{self.records(self.stories[:self.first_rows])}</recordset></datastore></script></div>"
                 f"<script>$('#{self.column_id}').jpage({{dataStore: dataStore, proxyUrl:'{self.proxy}', perPage:{self.per_page},"
                 f" totalRecord:{self.count}}});</script>")
        return list_chrome("通知公告", store, "/col/")

    def data(self, start: int, end: int) -> bytes:
        rows = self.records(self.stories[max(start - 1, 0):end])
        return (f"<?xml version='1.0' encoding='UTF-8'?><datastore><totalrecord>{self.count}</totalrecord>"
                f"<totalpage>{self.page_count()}</totalpage><recordset>{rows}</recordset></datastore>").encode()

    def reply(self, method, path, query, form, base):
        if path == self.start_path:
            return 200, "text/html; charset=utf-8", self.list_page()
        if path == self.proxy:
            fields = form if self.method == "POST" else query
            if method != self.method or fields.get("columnid") != str(self.column_id):
                return 200, "text/xml; charset=utf-8", b"<?xml version='1.0'?><datastore><totalrecord>0</totalrecord></datastore>"
            return 200, "text/xml; charset=utf-8", self.data(int(query.get("startrecord", 1)), int(query.get("endrecord", 0)))
        return super().reply(method, path, query, form, base)


class GkmlptColumn(Column):
    family, start_path, body_attr = "gkmlpt", "/gkmlpt/index", "class='article-content'"
    sid = "755001"

    def story(self, i, day):
        return Story(f"/gkmlpt/content/1/{1200 + i}/post_{81000 + self.seed + i}.html", self.title(i), day.isoformat())

    def shell(self) -> bytes:
        script = f"<script>window._CONFIG = {{SID: '{self.sid}', ROOT: '/gkmlpt'}};</script><div id='app'></div>"
        return list_chrome("政府信息公开目录", script, "/gkmlpt/")

    def api(self, base: str, number: int) -> bytes:
        stories = self.stories[(number - 1) * self.per_page:number * self.per_page]
        articles = [{"id": 81000 + i, "title": s.title, "url": base + s.path,
                     "create_time": int(date.fromisoformat(s.day).strftime("%s")) + 36000} for i, s in enumerate(stories)]
        return json.dumps({"total": self.count, "articles": articles, "classify": {}}, ensure_ascii=False).encode()

    def reply(self, method, path, query, form, base):
        if path == self.start_path:
            return 200, "text/html; charset=utf-8", self.shell()
        if path == "/gkmlpt/api/all/0" and query.get("sid") == self.sid:
            return 200, "application/json", self.api(base, int(query.get("page", 1)))
        return super().reply(method, path, query, form, base)


class TruecmsColumn(Column):
    """As a truecms page is served: its first rows (perPage × groupSize) in a hidden
    #initData list, jpage's options with a contentTemplate of `${…}` placeholders."""

    family, start_path, body_attr = "truecms", "/xxgk/bmdt/index.html", "class='con'"
    column_id = "852694c8-396b-4bcb-bf74-24b8ec291008"
    endpoint = "/truecms/messageController/getMessage.do"
    group_size = 3

    def story(self, i, day):
        return Story(f"/xxgk/bmdt/content/post_{61000 + self.seed + i}.html", self.title(i), day.isoformat())

    def list_page(self) -> bytes:
        first = "".join(row(s) for s in self.stories[:self.per_page * self.group_size])
        template = ('<datastore><totalrecord>${totalRecord}</totalrecord><recordset><#list msgAllList as msgAll><record><![CDATA['
                    '<li><a href="${(msgAll.htmlPath)!}" title="${(msgAll.msgTitle)!}">${(msgAll.msgTitle)!}</a></li>]]></record>'
                    '</#list></recordset></datastore>')
        script = (f"<div id='initData' style='display:none'><ul>{first}</ul></div><div id='msgList'></div>"
                  f"<script>$('#msgList').jpage({{dataStore: initData, totalRecord:\"{self.count}\", contentTemplate:'{template}', "
                  f"proxyUrl:'{self.endpoint}', perPage:{self.per_page}, groupSize:{self.group_size}, "
                  f"ajaxParam:{{columnId:'{self.column_id}'}}}});</script>")
        return list_chrome("部门动态", script, "/xxgk/")

    def data(self, start: int, end: int, callback: str) -> bytes:
        rows = "".join(f"<record><![CDATA[{row(s)}]]></record>" for s in self.stories[max(start - 1, 0):end])
        result = f"<datastore><totalrecord>{self.count}</totalrecord><recordset>{rows}</recordset></datastore>"
        return f"{callback}({json.dumps({'result': result}, ensure_ascii=False)});".encode()

    def reply(self, method, path, query, form, base):
        if path == self.start_path:
            return 200, "text/html; charset=utf-8", self.list_page()
        if path == self.endpoint and query.get("columnId") == self.column_id:
            return 200, "application/javascript; charset=utf-8", self.data(
                int(query.get("startrecord", 1)), int(query.get("endrecord", 0)), query.get("callback", "callback"))
        return super().reply(method, path, query, form, base)


class PlainColumn(Column):
    family, start_path = "html", "/zwgk/gzdt/list.html"

    def story(self, i, day):
        return Story(f"/zwgk/gzdt/{day:%Y%m}/{3000 + self.seed + i}.html", self.title(i), day.isoformat())

    def list_page(self, number: int) -> bytes:
        stories = self.stories[(number - 1) * self.per_page:number * self.per_page]
        rows = "".join(row(s) for s in stories)
        pager = "".join(f"<a href='list.html?page={k}'>{k}</a>" if k != number else f"<span class='current'>{k}</span>"
                        for k in range(1, self.page_count() + 1))
        if number < self.page_count():
            pager += f"<a href='list.html?page={number + 1}'>下一页</a>"
        return list_chrome("工作动态", f"<ul class='list'>{rows}</ul><div class='pager'>{pager}</div>", "/zwgk/")

    def reply(self, method, path, query, form, base):
        if path == self.start_path:
            number = int(query.get("page", "1")) if query.get("page", "1").isdigit() else 0
            if 1 <= number <= self.page_count():
                return 200, "text/html; charset=utf-8", self.list_page(number)
        return super().reply(method, path, query, form, base)


class ScriptPagerColumn(Column):
    """Plain HTML whose pager a script of its own writes (no link to page 2 in the markup):
    page 2 is index_1.html, found only by URL arithmetic."""

    family, start_path = "html", "/xwzx/gsgg/index.html"

    def story(self, i, day):
        return Story(f"/xwzx/gsgg/{day:%Y}/{day:%m%d}/{4000 + self.seed + i}.html", self.title(i), day.isoformat())

    def list_page(self, k: int) -> bytes:
        rows = "".join(row(s) for s in self.stories[k * self.per_page:(k + 1) * self.per_page])
        return list_chrome("公示公告", f"<ul class='list'>{rows}</ul><div class='pages'><script>showPages({self.page_count()}, {k});</script></div>",
                           "/xwzx/")

    def reply(self, method, path, query, form, base):
        for k in range(self.page_count()):
            if path == "/xwzx/gsgg/" + ("index.html" if k == 0 else f"index_{k}.html"):
                return 200, "text/html; charset=utf-8", self.list_page(k)
        return super().reply(method, path, query, form, base)


def family_columns(today: date) -> list[Column]:
    """One column of each family, each several list pages long."""
    return [TrsColumn(23, 10, today, 0), HanwebColumn(17, 4, today, 23, 1001, "POST"), HanwebColumn(12, 3, today, 40, 1002, "GET"),
            GkmlptColumn(23, 10, today, 52), TruecmsColumn(14, 2, today, 75), PlainColumn(16, 6, today, 89),
            ScriptPagerColumn(13, 5, today, 105)]


def split_request(target: str, body: bytes) -> tuple[str, dict, dict]:
    """(path, query fields, form fields) of a request."""
    parts = urlsplit(target)
    return parts.path, dict(parse_qsl(parts.query)), dict(parse_qsl(body.decode("utf-8", "replace")))
