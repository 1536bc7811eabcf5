"""A hostile news site on 127.0.0.1: what real sites do to a crawler by mistake or by
design, bounded in size and time, for the tests and bench/hostile_sites.py.

One list page (/list.html) links every trap beside ordinary articles: malformed hrefs,
a redirect off the site and one to localhost, a redirect loop, a meta refresh within the
site and one off it, a non-ASCII URL, a page over the size cap, a gzip bomb, a body
streamed without a length, a trickle, a PDF. /many.html holds LINKS_ON_BIG_LIST links; /endless/N.html paginates forever;
/big/N.html are pages of about BIG_PAGE_BYTES (both linked by /biglist.html); /just/X is a
list page linking /X alone. robots.txt answers as `robots` says.
"""

from __future__ import annotations

import gzip
import random
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ARTICLES = 4
MALFORMED_HREFS = ("http://[::1/a", "http://[zz]/a", "http://]/", "http://127.0.0.1:99999/a", "http://bad host/a")
NON_ASCII_PATH = "/新闻/项目建设.html"
LINKS_ON_BIG_LIST = 20_000
BIG_PAGE_BYTES = 9_500_000  # under Scrapy's 10 MiB DOWNLOAD_MAXSIZE
OVER_CAP_BYTES = 11 * 1024 * 1024
BOMB_BYTES = 200 * 1024 * 1024  # decompressed; about 200 KB on the wire
STREAM_BYTES = 200 * 1024 * 1024  # sent without Content-Length, until the crawler hangs up
STREAM_CHUNK = 64 * 1024
TRICKLE_SECONDS = 1.0  # a byte a second
# robots.txt answers: "ok" (disallows /private/), "missing" (404), "error" (500), "hang"
# (no answer until the server stops), "huge" (over the crawler's robots cap), "bomb".
ROBOTS_MODES = ("ok", "missing", "error", "hang", "huge", "bomb")
ROBOTS_OK = b"User-agent: *\nDisallow: /private/\n"
SENTENCES = ("开发区召开重点项目建设推进会，研究部署下一阶段招商引资工作。", "会议指出，要坚持项目为王，紧盯年度目标任务，加快项目落地见效。",
             "各部门要强化要素保障，优化营商环境，协调解决企业发展中的困难和问题。", "今年以来，园区新签约项目二十余个，计划总投资超过一百亿元。",
             "下一步，园区将聚焦主导产业，开展精准招商，推动产业链延链补链强链。", "与会人员实地察看了新能源装备产业园和智能制造产业园建设情况。")


def article_html(title: str, paragraphs: list[str], day: str = "2024-05-08", charset: str = "utf-8", extra_head: str = "") -> bytes:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<!DOCTYPE html><html><head><meta charset="{charset}">{extra_head}<title>{title}</title></head><body>'
            f'<div class="article"><h1>{title}</h1><div class="info">发布时间：{day} 09:30 来源：开发区管委会</div>'
            f'<div class="content">{body}</div></div></body></html>').encode(charset)


def article(n: int) -> bytes:
    """Article n: its own headline and its own mix of sentences."""
    rng = random.Random(n)
    paragraphs = ["".join(rng.choice(SENTENCES) for _ in range(4)) + f"（第{n}期）" for _ in range(5)]
    return article_html(f"园区重点项目建设第{n}期通报", paragraphs)


def big_article(n: int, size: int = BIG_PAGE_BYTES) -> bytes:
    """An article page of about `size` bytes: one long story of ever-new numbers."""
    rng = random.Random(f"big-{n}")
    paragraphs, total = [], 0
    while total < size - 1000:
        p = "".join(rng.choice(SENTENCES) for _ in range(6)) + f"项目编号{rng.randint(10**8, 10**9)}。"
        paragraphs.append(p)
        total += len(p.encode()) + 7
    return article_html(f"园区项目清单（第{n}册）", paragraphs)


def list_page(links: list[str], next_href: str | None = None) -> bytes:
    items = "\n".join(f'<li><a href="{href}">新闻{i}</a></li>' for i, href in enumerate(links))
    more = f'<a class="next" href="{next_href}">下一页</a>' if next_href else ""
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>新闻列表</title></head><body>'
            f'<ul class="news">{items}</ul>{more}</body></html>').encode()


class HostileSite:
    """The pages and their visit counts. `other_base` is another host of the same server
    (localhost for 127.0.0.1), which a crawl of this one must never ask."""

    def __init__(self, robots: str = "ok") -> None:
        assert robots in ROBOTS_MODES, robots
        self.robots = robots
        self.visits: dict[str, int] = {}
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        self.base = self.other_base = ""
        self.big_pages: dict[str, bytes] = {}

    def list_links(self) -> list[str]:
        return [*(f"/a/{n}.html" for n in range(ARTICLES)), *MALFORMED_HREFS, "/away.html", "/to-localhost.html",
                "/loop/1.html", "/refresh.html", "/refresh-away.html", NON_ASCII_PATH, "/over-cap.html", "/bomb.html", "/stream.html",
                "/trickle.html", "/file.pdf", "/private/secret.html"]

    def visit(self, path: str) -> int:
        with self.lock:
            self.visits[path] = self.visits.get(path, 0) + 1
            return self.visits[path]


def _handler(site: HostileSite) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            from urllib.parse import unquote

            path = unquote(self.path)
            site.visit(path)
            try:
                self.answer(path)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def send(self, body: bytes, content_type: str = "text/html; charset=utf-8", status: int = 200, **headers) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for name, value in headers.items():
                self.send_header(name.replace("_", "-"), value)
            self.end_headers()
            self.wfile.write(body)

        def answer(self, path: str) -> None:
            if path == "/robots.txt":
                return self.robots()
            if path == "/list.html":
                return self.send(list_page(site.list_links()))
            if path.startswith("/just/"):  # a list page with one link: /just/bomb.html links /bomb.html
                return self.send(list_page([path[len("/just"):]]))
            if path.startswith(("/a/", "/private/")) or path == "/landed.html":
                return self.send(article(sum(map(ord, path))))
            if path == NON_ASCII_PATH:
                return self.send(article(9001))
            if path == "/away.html":
                return self.send(b"", status=302, Location="http://127.0.0.2:9/elsewhere.html")
            if path == "/to-localhost.html":
                return self.send(b"", status=302, Location=site.other_base + "/a/0.html")
            if path.startswith("/loop/"):
                return self.send(b"", status=302, Location="/loop/2.html" if path == "/loop/1.html" else "/loop/1.html")
            if path == "/refresh-away.html":
                return self.send(b'<html><head><meta http-equiv="refresh" content="0; url=http://127.0.0.2:9/x.html"></head></html>')
            if path == "/refresh.html":
                return self.send(b'<html><head><meta http-equiv="refresh" content="0; url=/landed.html"></head><body>moved</body></html>')
            if path == "/over-cap.html":
                return self.send(b"<html><body>" + b"x" * OVER_CAP_BYTES + b"</body></html>")
            if path == "/bomb.html":
                return self.send(bomb(BOMB_BYTES), Content_Encoding="gzip")
            if path == "/stream.html":
                return self.stream()
            if path == "/trickle.html":
                return self.trickle()
            if path == "/file.pdf":
                return self.send(b"%PDF-1.4\n" + bytes(range(256)) * 64, "application/pdf")
            if path == "/many.html":
                return self.send(list_page([f"/m/{i}.html" for i in range(LINKS_ON_BIG_LIST)]))
            if path.startswith("/m/"):
                return self.send(article(10_000 + int(path[3:-5])))
            if path.startswith("/endless/"):
                n = int(path[len("/endless/"):-len(".html")])
                return self.send(list_page([f"/e/{n}.html"], f"/endless/{n + 1}.html"))
            if path.startswith("/e/"):
                return self.send(article(20_000 + int(path[3:-5])))
            if path.startswith("/big/"):
                page = site.big_pages.setdefault(path, big_article(int(path[5:-5])))
                return self.send(page)
            if path == "/biglist.html":
                return self.send(list_page(["/big/1.html", "/big/2.html"]))
            return self.send(b"not found", "text/plain", 404)

        def robots(self) -> None:
            mode = site.robots
            if mode == "ok":
                return self.send(ROBOTS_OK, "text/plain")
            if mode == "missing":
                return self.send(b"not found", "text/plain", 404)
            if mode == "error":
                return self.send(b"server error", "text/plain", 500)
            if mode == "hang":
                site.stopping.wait()
                return None
            if mode == "huge":
                return self.send(b"User-agent: *\nAllow: /\n" + b"# padding\n" * 400_000, "text/plain")
            return self.send(bomb(BOMB_BYTES), "text/plain", Content_Encoding="gzip")

        def stream(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Connection", "close")
            self.end_headers()
            chunk = b"<p>" + b"y" * (STREAM_CHUNK - 3)
            for _ in range(STREAM_BYTES // STREAM_CHUNK):
                if site.stopping.is_set():
                    return
                self.wfile.write(chunk)
            self.close_connection = True

        def trickle(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "100000")
            self.end_headers()
            while not site.stopping.wait(TRICKLE_SECONDS):
                self.wfile.write(b"z")
                self.wfile.flush()

        def log_message(self, *args) -> None:
            pass

    return Handler


def bomb(size: int) -> bytes:
    """`size` zero bytes, gzipped (about a thousandth of their size)."""
    return gzip.compress(b"\0" * size, compresslevel=9)


class QuietServer(ThreadingHTTPServer):
    """A crawler hanging up on a stream or a hanging robots.txt is expected, not news."""

    daemon_threads = True

    def handle_error(self, request, client_address) -> None:
        import sys

        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class HostileServer:
    """The hostile site on 127.0.0.1 (port 0: the OS picks) in a background thread."""

    def __init__(self, robots: str = "ok") -> None:
        self.site = HostileSite(robots)
        self.httpd = QuietServer(("127.0.0.1", 0), _handler(self.site))
        port = self.httpd.server_address[1]
        self.site.base, self.site.other_base = f"http://127.0.0.1:{port}", f"http://localhost:{port}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return self.site.base

    def __enter__(self) -> HostileServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.site.stopping.set()
        self.httpd.shutdown()
        self.httpd.server_close()


def sites_toml(base_url: str, start: str = "/list.html", name: str = "hostile", **extra) -> str:
    """A site list entry for the hostile site."""
    lines = [f'name = "{name}"', f'start_urls = ["{base_url}{start}"]', 'allowed_domains = ["127.0.0.1"]',
             'article_links = "ul.news a"', 'next_page = "a.next"', "interval_minutes = 5", "delay = 0", "concurrency = 8",
             *(f"{k} = {v!r}" if isinstance(v, str) else f"{k} = {v}" for k, v in extra.items())]
    return "[[site]]\n" + "\n".join(lines) + "\n"

