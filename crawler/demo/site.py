"""A small news site made from the seed pages, served on 127.0.0.1: the whole chain
(lists, articles, mirrors, captchas, errors, edits, withdrawals) works with no internet.

Paths: /news/list_1.html … (paginated lists, newest first), /news/NNN.html (the seed
stories; some in GBK), /mirror/000.html (a Traditional + pinyin mirror of one story),
/news/verify.html (a captcha), /news/missing.html (404), /news/broken.html (500),
/news/bulletin.html (its figures change on every visit), /news/notice.html (withdrawn:
404 after its first visit), /news/away.html (redirects to another host), /private/ (kept
out by robots.txt), and one column of each government CMS family (`columns`: a TRS
column at /xwzx/tzgg/index.html, Hanweb columns at /col/col1001/index.html (POST) and
/col/col1002/index.html (GET), gkmlpt at /gkmlpt/index, truecms at
/xxgk/bmdt/index.html, plain HTML at /zwgk/gzdt/list.html, and plain HTML whose pager is
a script at /xwzx/gsgg/index.html) for `govnews add-site`; `crawl
--demo` reads only /news/. /column/empty.html is a page with no list. Every 200 carries an ETag and a Last-Modified and answers a
matching conditional GET with 304.
"""

from __future__ import annotations

import hashlib
import importlib.resources
import threading
from dataclasses import dataclass
from datetime import date
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from crawler.demo.columns import family_columns, list_chrome, split_request
from crawler.demo.pages import render_capture, traditional_mirror

SEED_PAGES = importlib.resources.files("seeds") / "pages"  # package data: works from a wheel too
LINKS_PER_LIST = 4
GBK_SEEDS = ("001", "003", "004")
ROBOTS = b"User-agent: *\nDisallow: /private/\n"
CAPTCHA = "<html><head><meta charset='utf-8'><title>安全验证</title></head><body><form><p>请输入验证码</p><input name='code'></form></body></html>"
MIRROR_HEADER = "來源: 鏡像站 發布時間:2021-11-30 10:00 累計次數: 字體:[ ]"
BULLETIN = (
    "园区重点项目建设进度通报（演示）\n发布时间:{date}\n"
    "截至本期，园区在建重点项目{count}个，本周新开工项目{started}个，完成投资{money}亿元。"
    "各项目单位要对照年度计划，倒排工期、挂图作战，确保项目按期建成投产。\n"
    "园区将继续做好要素保障和跟踪服务，协调解决项目推进中遇到的困难和问题。"
)
NOTICE = (
    "关于征集重点招商引资项目的通知（演示）\n发布时间:{date}\n"
    "为进一步做好招商引资工作，拓宽项目来源渠道，现面向园区企业和各招商小分队征集重点招商引资项目线索，"
    "请各单位结合产业发展方向，按要求认真梳理填报，确保项目信息真实准确。\n"
    "征集范围包括先进制造业、现代服务业和战略性新兴产业项目，联系人及联系方式见附件，逾期不再受理。"
)
LAST_MODIFIED = formatdate(1_700_000_000, usegmt=True)


@dataclass
class Reply:
    status: int
    body: bytes = b""
    content_type: str = "text/html"
    location: str | None = None


def seed_texts() -> dict[str, str]:
    return {p.name[:3]: p.read_text(encoding="utf-8") for p in sorted(SEED_PAGES.glob("*.txt"))}


class DemoSite:
    """The site's pages and their state (visit counts), independent of any server."""

    def __init__(self, today: str | None = None, away_url: str = "http://127.0.0.2:9/elsewhere.html") -> None:
        self.today = today or date.today().isoformat()
        self.away_url = away_url
        self.visits: dict[str, int] = {}
        self.lock = threading.Lock()
        self.pages = self._static_pages()
        self.columns = family_columns(date.fromisoformat(self.today))
        self.article_paths = [*(f"/news/{n}.html" for n in seed_texts()), "/mirror/000.html", "/news/bulletin.html",
                              "/news/notice.html", "/news/verify.html", "/news/missing.html", "/news/broken.html",
                              "/news/away.html", "/private/secret.html"]

    def _static_pages(self) -> dict[str, bytes]:
        pages = {}
        for name, text in seed_texts().items():
            pages[f"/news/{name}.html"] = render_capture(text, charset="gbk" if name in GBK_SEEDS else "utf-8", chrome=True)
        story = seed_texts()["000"].splitlines()
        mirror = traditional_mirror("\n".join([story[2], MIRROR_HEADER, *story[4:33]]))
        pages["/mirror/000.html"] = render_capture(mirror, charset="utf-8", chrome=True)
        pages["/news/verify.html"] = CAPTCHA.encode()
        pages["/private/secret.html"] = render_capture(NOTICE.format(date=self.today))
        pages["/column/empty.html"] = list_chrome("栏目建设中", "<p>本栏目暂无信息。</p>")
        return pages

    def list_page(self, number: int) -> bytes | None:
        links = self.article_paths[(number - 1) * LINKS_PER_LIST : number * LINKS_PER_LIST]
        if not links:
            return None
        items = "".join(f"<li><a href='{path}'>新闻 {path}</a><span>{self.today}</span></li>" for path in links)
        more = f"<a class='next' href='/news/list_{number + 1}.html'>下一页</a>" if len(self.article_paths) > number * LINKS_PER_LIST else ""
        return (f"<html><head><meta charset='utf-8'><title>新闻列表 第{number}页</title></head><body>"
                f"<h1>开发区新闻</h1><ul class='news'>{items}</ul>{more}</body></html>").encode()

    def visit(self, path: str) -> int:
        with self.lock:
            self.visits[path] = self.visits.get(path, 0) + 1
            return self.visits[path]

    def reply(self, target: str, method: str = "GET", body: bytes = b"", base: str = "") -> Reply:
        path, query, form = split_request(target, body)
        for column in self.columns:
            answer = column.reply(method, path, query, form, base)
            if answer:
                status, content_type, page = answer
                return Reply(status, page, content_type)
        visits = self.visit(path)
        if path == "/robots.txt":
            return Reply(200, ROBOTS, "text/plain")
        if path.startswith("/news/list_") and path.endswith(".html"):
            number = path[len("/news/list_") : -len(".html")]
            page = self.list_page(int(number)) if number.isdigit() else None
            return Reply(200, page) if page else Reply(404, b"not found", "text/plain")
        if path == "/news/bulletin.html":
            text = BULLETIN.format(date=self.today, count=30 + visits, started=visits, money=12 + visits)
            return Reply(200, render_capture(text))
        if path == "/news/notice.html":
            return Reply(200, render_capture(NOTICE.format(date=self.today))) if visits == 1 else Reply(404, b"gone", "text/plain")
        if path == "/news/broken.html":
            return Reply(500, b"server error", "text/plain")
        if path == "/news/away.html":
            return Reply(302, location=self.away_url)
        if path in self.pages:
            return Reply(200, self.pages[path])
        return Reply(404, b"not found", "text/plain")


def _handler(site: DemoSite) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 (http.server's naming)
            length = int(self.headers.get("Content-Length") or 0)
            self.answer(site.reply(self.path, "POST", self.rfile.read(length), f"http://{self.headers.get('Host', '')}"))

        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            self.answer(site.reply(self.path, "GET", b"", f"http://{self.headers.get('Host', '')}"))

        def answer(self, reply: Reply) -> None:
            etag = f'"{hashlib.sha1(reply.body).hexdigest()[:16]}"'
            if reply.status == 200 and self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            self.send_response(reply.status)
            self.send_header("Content-Type", reply.content_type)
            self.send_header("Content-Length", str(len(reply.body)))
            if reply.location:
                self.send_header("Location", reply.location)
            if reply.status == 200:
                self.send_header("ETag", etag)
                self.send_header("Last-Modified", LAST_MODIFIED)
            self.end_headers()
            self.wfile.write(reply.body)

        def log_message(self, *args) -> None:
            pass

    return Handler


class DemoServer:
    """The demo site on 127.0.0.1 in a background thread; port 0 lets the OS choose."""

    def __init__(self, port: int = 0, host: str = "127.0.0.1", site: DemoSite | None = None) -> None:
        self.site = site or DemoSite()
        self.httpd = ThreadingHTTPServer((host, port), _handler(self.site))
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> DemoServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


# Crawl settings for the demo: it is our own server on loopback, so no delay is needed.
DEMO_SETTINGS = {"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "GOVNEWS_RETRY_BACKOFF": 0.1, "RETRY_TIMES": 1,
                 "CONCURRENT_REQUESTS_PER_DOMAIN": 8}


def demo_site_entry(base_url: str):
    """The demo site as an entry of the site list."""
    from urllib.parse import urlsplit

    from crawler.config import Site

    return Site(name="demo", parser="auto", start_urls=(f"{base_url}/news/list_1.html",),
                allowed_domains=(urlsplit(base_url).hostname,), article_links="ul.news a", next_page="a.next",
                interval_minutes=5 / 60, delay=0, concurrency=8)


def demo_site_toml(base_url: str, interval_minutes: float = 5) -> str:
    """A site list entry for a demo site served at `base_url` (tests and benchmarks)."""
    return f"""
[[site]]
name = "demo"
start_urls = ["{base_url}/news/list_1.html"]
allowed_domains = ["127.0.0.1"]
article_links = "ul.news a"
next_page = "a.next"
interval_minutes = {interval_minutes}
delay = 0
concurrency = 8
"""
