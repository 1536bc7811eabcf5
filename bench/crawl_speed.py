#!/usr/bin/env python3
"""How fast a whole govnews crawl goes, next to a Scrapy spider that only follows links.

Measured, in one run and against the same local site:
  * govnews     -- crawler.run.run_crawl([site], fresh_db, overrides=...): what
                   `govnews crawl --sites FILE --db DB` runs. Fetch, parse every article
                   (parsers.parse_page), dedup and store it (crawler.store.Store: raw page,
                   article row with its MinHash bands and full-text entry, fetch record).
  * links-only  -- LinksOnlySpider below, a plain scrapy.Spider: the same list pages, the
                   same `ul.news a` links and `a.next` pagination, every article page
                   fetched and counted, nothing parsed, yielded or stored.
Both run with the project's crawler.settings (the links-only spider without the item
pipeline) and the same overrides: DOWNLOAD_DELAY=0, AUTOTHROTTLE_ENABLED=False,
CONCURRENT_REQUESTS and CONCURRENT_REQUESTS_PER_DOMAIN (--concurrency, --per-domain),
ROBOTSTXT_OBEY=True, LOG_LEVEL=WARNING; GOVNEWS_MAX_LIST_PAGES is raised to the site's
list page count (its default, 100, would stop govnews at 2,500 articles). So what differs
is the work govnews does per page.

The site (generated once, cached under --cache-dir, so rendering is never timed):
  * --articles (default 3000) article pages /news/NNNNN.html. Each is one of the five seed
    captures (seeds/pages/*.txt) used as a template -- its header lines, metadata and
    footer kept, so the site parsers still recognise it -- with a new story in place of
    the body: a generated headline and date, 6-10 paragraphs of sentences drawn from
    all five seeds' bodies, numbers changed; Traditional + pinyin (demo_pages.
    traditional_mirror) on the three mirror templates. Every 20 stories, one repeats a
    story three articles back (an exact duplicate) and one is an edited copy
    (demo_pages.edited_copy) of a story five back (a near-duplicate): ~10% duplicates.
    Rendered by crawler.demo.pages.render_capture(chrome=True), ~45% in GBK, the rest in
    UTF-8, padded or trimmed a paragraph at a time into 40-60 KB.
  * list pages /news/list_N.html, newest first, LINKS_PER_LIST links each in
    <ul class="news"> and an <a class="next"> to the next one; /robots.txt.
  * served from memory by http.server.ThreadingHTTPServer (HTTP/1.1 keep-alive, ETag,
    Last-Modified, TCP_NODELAY) on 127.0.0.1, port 0, in a process of its own, so it
    competes with the crawler for a core but not for the GIL. Its CPU time per crawl is
    reported, to show it was not the bottleneck.

Method: each crawl runs in a fresh subprocess (Scrapy's reactor cannot restart); govnews
gets a fresh database each time. --runs (default 2) rounds, the order alternating
(links-only first in odd rounds, govnews first in even ones). Pages = list pages + article
pages fetched (robots.txt left out). Reported per crawl: pages per second over
  - wall:     process start to exit, measured by the parent (interpreter start-up,
              imports, opening the database included);
  - scrapy:   Scrapy's own elapsed_time_seconds stat (finish_time - start_time, spider
              opened to closed: start-up excluded);
  - 1st-last: first to last response received (a small extension in this file);
plus the crawler process's CPU seconds (pages per CPU second moves less than elapsed time
when other processes load the machine) and the server's. The ratio govnews / links-only
is taken per round on each clock; the target (at least 0.80) is read on the scrapy one.
--profile adds one govnews crawl under cProfile and prints where its time went: parsing,
storing, the rest (Scrapy, Twisted, the spider). cProfile slows Python-heavy code more
than C, so read its split as proportions, not timings.

This is a benchmark, not a test: nothing is asserted about the timings.

Usage (from the project root, with the project venv; about 4-6 minutes on 2 cores, plus
10-30 s the first time to render the site; --profile adds about 4 minutes):
    python bench/crawl_speed.py                 # plain table
    python bench/crawl_speed.py --markdown      # Markdown table for docs/benchmarks.md
    python bench/crawl_speed.py --profile       # and where govnews spends its time
"""
from __future__ import annotations

import argparse
import cProfile
import hashlib
import html
import json
import multiprocessing
import os
import platform
import pstats
import random
import re
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from email.utils import formatdate
from importlib import metadata
from pathlib import Path

from machine import cpu_model, load_average

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import scrapy  # noqa: E402
from scrapy import signals  # noqa: E402
from scrapy.statscollectors import MemoryStatsCollector  # noqa: E402

KB = 1024
ARTICLES = 3000
LINKS_PER_LIST = 25
GBK_SHARE = 0.45
PAGE_BYTES = (40 * KB, 60 * KB)  # what render_capture(chrome=True) aims for
# Story length: 6-10 paragraphs of 1-3 sentences, about 1,100 characters. Longer stories
# drawn from the seeds' ~10,000 characters of body text share more 3-grams with each
# other than unrelated real stories do, and the dedup's confirmation would cost more.
PARAGRAPHS = (6, 10)
SENTENCES_PER_PARAGRAPH = (1, 3)
DUPLICATE_CYCLE = 20  # in every 20 stories: one exact repeat, one edited copy
EXACT_REPEAT = (19, 3)  # story i with i % 20 == 19 repeats story i - 3
EDITED_COPY = (9, 5)  # story i with i % 20 == 9 is an edited copy of story i - 5
STORY_YEARS = (2024, 2025)
CACHE_DIR = Path(tempfile.gettempdir()) / "govnews-crawl-bench"
LAST_MODIFIED = formatdate(1_700_000_000, usegmt=True)
ROBOTS = b"User-agent: *\nDisallow: /private/\n"
CONCURRENT_REQUESTS = 16
PER_DOMAIN = 8
LIBRARIES = ("scrapy", "twisted", "lxml", "parsel", "opencc", "sqlite-utils", "numpy")
CRAWLERS = ("links-only", "govnews")
TARGET_RATIO = 0.80

PLACES = ["宜兴经开区", "金坛区", "通州区", "常州高新区", "盐城市", "江阴高新区", "昆山开发区", "南通经开区", "如皋市",
          "张家港保税区", "溧阳市", "海安市", "吴江区", "滨海县", "射阳县", "启东市", "太仓港区", "泰兴经开区"]
EVENTS = ["召开{}推进会", "开展{}专项督查", "举行{}集中签约仪式", "调研{}工作", "部署{}重点任务", "观摩{}现场",
          "通报{}进展情况", "召开{}工作座谈会"]
TOPICS = ["重大项目建设", "招商引资", "产业链培育", "营商环境优化", "科创载体建设", "一季度项目攻坚", "数字经济发展",
          "绿色低碳转型", "开发园区改革", "外资外贸稳增长", "制造业智能化改造", "重点工业项目"]
DAY_PARTS = ["上午", "下午", "", "晚间"]
SENTENCE = re.compile(r"[^。！？!?]+[。！？!?]?")
# A number that is not part of a date or a time: those stay readable.
FREE_NUMBER = re.compile(r"(?<![\d.\-:])\d+(?![\d年月日时点號号:：\-])")
PAGE_DATE = re.compile(r"20\d\d-\d\d-\d\d")


# ------------------------------------------------------------------ the generated site

@dataclass(frozen=True)
class Template:
    """A seed capture cut into what stays (header, footer) and what a story replaces."""

    name: str
    header: list[str]
    footer: list[str]
    title_line: int | None  # index into header
    traditional: bool


def load_templates() -> list[Template]:
    """Find each seed's headline and body lines by parsing it, as govnews would."""
    from datetime import date

    from crawler.demo.pages import render_capture
    from crawler.demo.site import seed_texts
    from parsers import parse_page
    from parsers.normalize import clean_text, reading_text

    templates = []
    for name, text in seed_texts().items():
        article = parse_page(render_capture(text, chrome=True), url="http://127.0.0.1/t.html", ref_date=date(2026, 1, 1))
        paragraphs = set(article.text.split("\n"))
        lines = text.splitlines()
        body = [i for i, line in enumerate(lines) if reading_text(line) in paragraphs]
        title = next((i for i in range(body[0]) if reading_text(lines[i]) == article.title), None)
        first = lines[body[0]]
        templates.append(Template(name, lines[: body[0]], lines[body[-1] + 1 :], title, clean_text(first) != reading_text(first)))
    return templates


def sentence_pool() -> list[str]:
    """Every distinct sentence of the seeds' bodies, in Simplified script."""
    from parsers.normalize import reading_text

    from crawler.demo.site import seed_texts

    pool: list[str] = []
    for text in seed_texts().values():
        for line in text.splitlines():
            reading = reading_text(line)
            if len(reading) >= 30 and "。" in reading:
                pool += [s for s in SENTENCE.findall(reading) if len(s) > 8]
    return list(dict.fromkeys(pool))


@dataclass(frozen=True)
class Story:
    title: str
    date: str  # YYYY-MM-DD
    paragraphs: list[str]


def story(i: int, pool: list[str]) -> Story:
    """Story number i: new, or a repeat or edited copy of an earlier one."""
    from crawler.demo.pages import edited_copy

    (repeat_at, repeat_back), (edit_at, edit_back) = EXACT_REPEAT, EDITED_COPY
    if i % DUPLICATE_CYCLE == repeat_at and i >= repeat_back:
        return story(i - repeat_back, pool)
    if i % DUPLICATE_CYCLE == edit_at and i >= edit_back:
        original = story(i - edit_back, pool)
        return Story(original.title, original.date, edited_copy(original.paragraphs, drop=1, seed=i))
    rng = random.Random(f"story-{i}")
    day = f"{rng.randint(*STORY_YEARS)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    title = rng.choice(PLACES) + rng.choice(EVENTS).format(rng.choice(TOPICS))
    paragraphs = [paragraph(rng, pool) for _ in range(rng.randint(*PARAGRAPHS))]
    month, dom = int(day[5:7]), int(day[8:])
    paragraphs[0] = f"{month}月{dom}日{rng.choice(DAY_PARTS)}，{title}。" + paragraphs[0]
    return Story(title, day, paragraphs)


def paragraph(rng: random.Random, pool: list[str]) -> str:
    text = "".join(rng.choice(pool) for _ in range(rng.randint(*SENTENCES_PER_PARAGRAPH)))
    return FREE_NUMBER.sub(lambda m: str(rng.randint(10 ** (len(m.group(0)) - 1), 10 ** len(m.group(0)) - 1)), text)


def page_text(template: Template, s: Story, paragraphs: list[str], every: int) -> str:
    """The capture a story makes in a template: header (new headline, new date), body, footer."""
    from crawler.demo.pages import traditional_mirror

    script = (lambda t: traditional_mirror(t, every=every)) if template.traditional else (lambda t: t)
    header = [PAGE_DATE.sub(s.date, line) for line in template.header]
    if template.title_line is not None:
        header[template.title_line] = script(s.title)
    return "\n".join([*header, *(script(p) for p in paragraphs), *template.footer])


def render_article(i: int, templates: list[Template], pool: list[str]) -> bytes:
    """Article page i, brought into PAGE_BYTES a paragraph at a time."""
    from crawler.demo.pages import render_capture

    s = story(i, pool)
    rng = random.Random(f"page-{i}")
    template = templates[i % len(templates)]
    charset = "gbk" if rng.random() < GBK_SHARE else "utf-8"
    every = rng.choice((2, 3))
    paragraphs = list(s.paragraphs)
    while True:
        page = render_capture(page_text(template, s, paragraphs, every), charset=charset, chrome=True, seed=i)
        if len(page) < PAGE_BYTES[0]:
            paragraphs.append(paragraph(rng, pool))
        elif len(page) > PAGE_BYTES[1] and len(paragraphs) > 3:
            paragraphs.pop()
        else:
            return page


def list_page(number: int, articles: int) -> bytes:
    """List page `number` (from 1): the newest articles first."""
    newest = articles - 1 - (number - 1) * LINKS_PER_LIST
    ids = range(newest, max(newest - LINKS_PER_LIST, -1), -1)
    items = "\n".join(f'<li><a href="/news/{i:05d}.html">{html.escape(PLACES[i % len(PLACES)])}新闻 {i}</a>'
                      f"<span>{2025 - i % 2}-{i % 12 + 1:02d}-{i % 28 + 1:02d}</span></li>" for i in ids)
    more = f'<a class="next" href="/news/list_{number + 1}.html">下一页</a>' if newest - LINKS_PER_LIST >= 0 else ""
    return (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>开发区新闻 第{number}页</title></head><body>\n'
            f'<h1>开发区新闻</h1>\n<ul class="news">\n{items}\n</ul>\n<div class="pages">{more}</div>\n</body></html>\n').encode()


def list_count(articles: int) -> int:
    return -(-articles // LINKS_PER_LIST)


def _render_chunk(ids: list[int]) -> list[tuple[int, bytes]]:
    templates, pool = load_templates(), sentence_pool()
    return [(i, render_article(i, templates, pool)) for i in ids]


def cache_key(articles: int) -> str:
    """Changes when this file, the renderer or the seeds change."""
    digest = hashlib.sha256()
    for path in [Path(__file__), ROOT / "crawler" / "demo_pages.py", *sorted((ROOT / "seeds" / "pages").glob("*.txt"))]:
        digest.update(path.read_bytes())
    return f"{articles}-{digest.hexdigest()[:12]}"


def build_site(articles: int, cache_dir: Path, workers: int) -> tuple[Path, float]:
    """The site's pages as files (rendered on the first run only); seconds spent rendering."""
    site_dir = cache_dir / cache_key(articles)
    if (site_dir / "manifest.json").exists():
        return site_dir, 0.0
    started = time.perf_counter()
    for stale in cache_dir.glob(f"{articles}-*"):  # one rendered site per size is kept
        shutil.rmtree(stale, ignore_errors=True)
    (site_dir / "news").mkdir(parents=True)
    chunks = [list(range(w, articles, workers)) for w in range(workers)]
    with multiprocessing.Pool(workers) as pool:
        for rendered in pool.imap_unordered(_render_chunk, chunks):
            for i, page in rendered:
                (site_dir / "news" / f"{i:05d}.html").write_bytes(page)
    for number in range(1, list_count(articles) + 1):
        (site_dir / "news" / f"list_{number}.html").write_bytes(list_page(number, articles))
    (site_dir / "manifest.json").write_text(json.dumps({"articles": articles, "lists": list_count(articles)}))
    return site_dir, time.perf_counter() - started


def site_sizes(site_dir: Path) -> dict:
    """Counts and sizes of the pages, by kind and charset."""
    articles = sorted((site_dir / "news").glob("[0-9]*.html"))
    lists = sorted((site_dir / "news").glob("list_*.html"))
    sizes = [p.stat().st_size for p in articles]
    gbk = sum(1 for p in articles if b'charset="gbk"' in p.read_bytes()[:200])
    return {"articles": len(articles), "lists": len(lists), "article_min": min(sizes), "article_max": max(sizes),
            "article_mean": statistics.mean(sizes), "article_bytes": sum(sizes), "gbk": gbk,
            "list_bytes": sum(p.stat().st_size for p in lists)}


# ------------------------------------------------------------------ the server

def serve(site_dir: str, port_queue) -> None:
    """Serve the site's files from memory until terminated (runs in its own process)."""
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    pages = {"/robots.txt": (ROBOTS, "text/plain")}
    for path in Path(site_dir, "news").iterdir():
        pages[f"/news/{path.name}"] = (path.read_bytes(), "text/html")
    etags = {path: f'"{hashlib.sha1(body).hexdigest()[:16]}"' for path, (body, _) in pages.items()}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as a real server
        disable_nagle_algorithm = True

        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            path = self.path.split("?", 1)[0]
            if path not in pages:
                return self.answer(404, b"not found", "text/plain", None)
            body, content_type = pages[path]
            if self.headers.get("If-None-Match") == etags[path]:
                return self.answer(304, b"", None, etags[path])
            return self.answer(200, body, content_type, etags[path])

        def answer(self, status: int, body: bytes, content_type: str | None, etag: str | None) -> None:
            self.send_response(status)
            if content_type:
                self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            if etag:
                self.send_header("ETag", etag)
                self.send_header("Last-Modified", LAST_MODIFIED)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args) -> None:
            pass

    ThreadingHTTPServer.daemon_threads = True
    ThreadingHTTPServer.request_queue_size = 64
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    port_queue.put(httpd.server_address[1])
    httpd.serve_forever()


def process_cpu(pid: int) -> float | None:
    """User + system CPU seconds of a running process (Linux /proc), else None."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


# ------------------------------------------------------------------ the crawlers (child side)

class FileStatsCollector(MemoryStatsCollector):
    """Scrapy's stats, written as JSON to BENCH_STATS_FILE when the spider closes."""

    def _persist_stats(self, stats) -> None:
        super()._persist_stats(stats)
        Path(self._crawler.settings.get("BENCH_STATS_FILE")).write_text(json.dumps(stats, default=str))


class ResponseClock:
    """Records when the first and the last response arrived, in seconds after the spider opened."""

    def __init__(self, crawler) -> None:
        self.stats = crawler.stats
        self.opened_at = self.first = self.last = None
        crawler.signals.connect(self.spider_opened, signals.spider_opened)
        crawler.signals.connect(self.response_received, signals.response_received)
        crawler.signals.connect(self.spider_closed, signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def spider_opened(self, **kwargs) -> None:
        self.opened_at = time.monotonic()

    def response_received(self, **kwargs) -> None:
        self.last = time.monotonic() - self.opened_at
        if self.first is None:
            self.first = self.last

    def spider_closed(self, **kwargs) -> None:
        self.stats.set_value("bench/first_response_s", self.first)
        self.stats.set_value("bench/last_response_s", self.last)


class LinksOnlySpider(scrapy.Spider):
    """Follows the list pages and fetches every article page; does nothing with them."""

    name = "links_only"

    def __init__(self, start_url: str, **kwargs) -> None:
        super().__init__(**kwargs)
        self.start_url = start_url
        self.list_pages = self.article_pages = 0

    async def start(self):
        yield scrapy.Request(self.start_url, self.parse_list)

    def parse_list(self, response):
        self.list_pages += 1
        for href in response.css("ul.news a::attr(href)").getall():
            yield response.follow(href, self.parse_article, priority=1)
        next_href = response.css("a.next::attr(href)").get()
        if next_href:
            yield response.follow(next_href, self.parse_list)

    def parse_article(self, response) -> None:
        self.article_pages += 1

    def closed(self, reason: str) -> None:
        self.crawler.stats.set_value("bench/list_pages", self.list_pages)
        self.crawler.stats.set_value("bench/article_pages", self.article_pages)


def shared_overrides(args, stats_file: str) -> dict:
    """The settings both crawlers run with, over crawler.settings."""
    return {
        "DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "ROBOTSTXT_OBEY": True, "LOG_LEVEL": "WARNING",
        "CONCURRENT_REQUESTS": args.concurrency, "CONCURRENT_REQUESTS_PER_DOMAIN": args.per_domain,
        "GOVNEWS_MAX_LIST_PAGES": list_count(args.articles),
        "STATS_CLASS": "__main__.FileStatsCollector", "BENCH_STATS_FILE": stats_file,
        "EXTENSIONS": {"scrapy.extensions.telnet.TelnetConsole": None, "__main__.ResponseClock": 0},
    }


def child_govnews(args) -> dict:
    from crawler.run import run_crawl
    from crawler.config import Site

    site = Site(name="bench", parser="auto", start_urls=(f"{args.base_url}/news/list_1.html",), allowed_domains=("127.0.0.1",),
                article_links="ul.news a", next_page="a.next", interval_minutes=60, delay=0, concurrency=args.per_domain)
    overrides = shared_overrides(args, args.stats_file) | {"GOVNEWS_PARSE_WORKERS": args.parse_workers}
    if args.cprofile:
        profiler = cProfile.Profile()
        summaries = profiler.runcall(run_crawl, [site], args.db, overrides=overrides)
        profiler.dump_stats(args.cprofile)
    else:
        summaries = run_crawl([site], args.db, overrides=overrides)
    return summaries[0]


def child_links(args) -> dict:
    from scrapy.crawler import CrawlerProcess
    from scrapy.settings import Settings

    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    settings.set("ITEM_PIPELINES", {}, priority="cmdline")
    settings.set("LOG_INSTALL_ROOT_HANDLER", False, priority="cmdline")
    for name, value in shared_overrides(args, args.stats_file).items():
        settings.set(name, value, priority="cmdline")
    process = CrawlerProcess(settings)
    process.crawl(LinksOnlySpider, start_url=f"{args.base_url}/news/list_1.html")
    if args.cprofile:
        profiler = cProfile.Profile()
        profiler.runcall(process.start)
        profiler.dump_stats(args.cprofile)
    else:
        process.start()
    stats = json.loads(Path(args.stats_file).read_text())
    return {"list_pages": stats["bench/list_pages"], "article_pages": stats["bench/article_pages"]}


def child_main(args) -> int:
    summary = child_govnews(args) if args.child == "govnews" else child_links(args)
    Path(args.summary_file).write_text(json.dumps(summary, ensure_ascii=False))
    return 0


# ------------------------------------------------------------------ running (parent side)

def run_crawler(kind: str, args, base_url: str, server_pid: int, work: Path, cprofile: str | None = None) -> dict:
    """One crawl in a fresh subprocess; its counts, Scrapy stats and timings."""
    stats_file, summary_file, db = work / f"{kind}.stats.json", work / f"{kind}.summary.json", work / f"{kind}.db"
    for path in (stats_file, summary_file, db, Path(f"{db}-wal"), Path(f"{db}-shm")):
        path.unlink(missing_ok=True)
    command = [sys.executable, __file__, "--child", kind, "--base-url", base_url, "--db", str(db),
               "--stats-file", str(stats_file), "--summary-file", str(summary_file),
               "--concurrency", str(args.concurrency), "--per-domain", str(args.per_domain), "--articles", str(args.articles),
               "--parse-workers", str(args.parse_workers)]
    if cprofile:
        command += ["--cprofile", cprofile]
    server_before, children_before = process_cpu(server_pid), resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, check=True, cwd=ROOT)
    wall = time.perf_counter() - started
    children_after, server_after = resource.getrusage(resource.RUSAGE_CHILDREN), process_cpu(server_pid)
    stats, summary = json.loads(stats_file.read_text()), json.loads(summary_file.read_text())
    result = {
        "crawler": kind, "wall": wall, "scrapy": stats["elapsed_time_seconds"],
        "active": (stats["bench/last_response_s"] or 0) - (stats["bench/first_response_s"] or 0),
        "lists": summary["list_pages"], "articles": summary["article_pages"],
        "responses": stats.get("response_received_count", 0), "bytes": stats.get("downloader/response_bytes", 0),
        "cpu": (children_after.ru_utime + children_after.ru_stime) - (children_before.ru_utime + children_before.ru_stime),
        "server_cpu": server_after - server_before if server_before is not None and server_after is not None else None,
    }
    result["pages"] = result["lists"] + result["articles"]
    # Parse workers are the forkserver's children, so their CPU is not in "cpu": the crawl's
    # stats add it up page by page. Pages parsed in the crawl's process are in "cpu" already.
    workers = stats.get("govnews/parse_workers", 0)
    result |= {"parse_workers": workers, "parse_cpu": stats.get("govnews/parse_cpu_seconds", 0.0),
               "writer_cpu": stats.get("govnews/store_writer_cpu_seconds", 0.0),
               "transactions": stats.get("govnews/store_transactions", 0), "writes": stats.get("govnews/store_writes", 0)}
    result["total_cpu"] = result["cpu"] + (result["parse_cpu"] if workers else 0.0)
    if kind == "govnews":
        result |= {"new": summary["new"], "duplicates": summary["duplicates"], "errors": summary["errors"],
                   "error_messages": summary["error_messages"][:3]} | database_facts(db)
    return result


def database_facts(db: Path) -> dict:
    """What the crawl left in its database (read-only)."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        parsers_used = dict(conn.execute("SELECT parser, count(*) FROM articles GROUP BY parser ORDER BY 2 DESC").fetchall())
        outcomes = dict(conn.execute("SELECT outcome, count(*) FROM fetches WHERE kind = 'article' GROUP BY outcome").fetchall())
        stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    finally:
        conn.close()
    size = sum(p.stat().st_size for p in db.parent.glob(db.name + "*"))
    return {"stored": stored, "parsers": parsers_used, "outcomes": outcomes, "db_bytes": size}


def start_server(site_dir: Path) -> tuple[multiprocessing.Process, str]:
    queue = multiprocessing.Queue()
    server = multiprocessing.Process(target=serve, args=(str(site_dir), queue), daemon=True)
    server.start()
    base_url = f"http://127.0.0.1:{queue.get(timeout=60)}"
    with urllib.request.urlopen(f"{base_url}/news/list_1.html", timeout=10) as reply:
        reply.read()
    return server, base_url


def run_rounds(args, base_url: str, server_pid: int, work: Path) -> list[list[dict]]:
    """--runs rounds, the crawlers' order alternating; each round's two results."""
    rounds = []
    for number in range(args.runs):
        order = CRAWLERS if number % 2 == 0 else CRAWLERS[::-1]
        results = []
        for position, kind in enumerate(order, start=1):
            print(f"round {number + 1}: {kind} crawl ...", file=sys.stderr, flush=True)
            results.append(run_crawler(kind, args, base_url, server_pid, work) | {"round": number + 1, "position": position})
        rounds.append(sorted(results, key=lambda r: CRAWLERS.index(r["crawler"])))
    return rounds


# ------------------------------------------------------------------ the profile

PROFILE_PARTS = [  # (label, file fragment, function name): cumulative time of each
    ("pipeline: StorePipeline.process_item (hands pages on)", "crawler/pipelines.py", "process_item"),
    ("  ParsePool.prepare (to a worker process)", "crawler/parse_pool.py", "prepare"),
    ("pipeline: StorePipeline._release (parsed, to the writer)", "crawler/pipelines.py", "_release"),
    ("spider: SiteSpider.parse_list", "crawler/spiders/site_spider.py", "parse_list"),
    ("spider: SiteSpider.parse_article", "crawler/spiders/site_spider.py", "parse_article"),
]
# Parts of the pipeline's own work, for "everything else".
PIPELINE_PARTS = ("process_item", "_release")


def profile_report(path: str, top: int = 20) -> str:
    """Where the profiled govnews crawl's reactor thread spent its time. (cProfile sees only
    that thread: parsing runs in worker processes and writing in the store's thread; the
    CPU lines of the report cover them.)"""
    stats = pstats.Stats(path)
    total = stats.total_tt

    def cumulative(fragment: str, name: str) -> float:
        return sum(v[3] for (file, _, func), v in stats.stats.items() if func == name and file.endswith(fragment))

    lines = [f"cProfile of one govnews crawl's reactor thread: {total:.1f} s of profiled time in all"]
    for label, fragment, name in PROFILE_PARTS:
        lines.append(f"  {label:<58} {cumulative(fragment, name):7.1f} s  {100 * cumulative(fragment, name) / total:5.1f}%")
    ours = sum(cumulative("crawler/pipelines.py", name) for name in PIPELINE_PARTS)
    lines.append(f"  {'everything else (Scrapy, Twisted, HTTP, spider, start-up)':<58} {total - ours:7.1f} s  "
                 f"{100 * (total - ours) / total:5.1f}%")
    lines.append(f"\ntop {top} functions by own time:")
    ranked = sorted(stats.stats.items(), key=lambda kv: kv[1][2], reverse=True)[:top]
    for (file, line, func), (_, calls, own, cumulative_s, _) in ranked:
        where = f"{shorten(file)}:{line}({func})"
        lines.append(f"  {own:7.2f} s own {cumulative_s:7.2f} s cum {calls:9d} calls  {where}")
    return "\n".join(lines)


def shorten(file: str) -> str:
    for marker in ("site-packages/", "/work/main/", "lib/python3"):
        if marker in file:
            return file.split(marker, 1)[1]
    return file


# ------------------------------------------------------------------ reporting

def environment() -> list[tuple[str, str]]:
    """What the figures depend on: interpreter, libraries, cores, load at start."""
    versions = ", ".join(f"{lib} {metadata.version(lib)}" for lib in LIBRARIES)
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return [
        ("python", f"{platform.python_version()} ({platform.python_implementation()}, {platform.machine()})"),
        ("govnews", git_commit()),
        ("sqlite", sqlite3.sqlite_version),
        ("libraries", versions),
        ("os", f"{platform.system()} {platform.release()}"),
        ("cpus", f"{os.cpu_count()} (usable: {usable}); {cpu_model()}"),
        ("load average at start (1/5/15 min)", load_average()),
    ]


def git_commit() -> str:
    """The code measured: the commit, and whether tracked files differ from it."""
    try:
        done = subprocess.run(["git", "describe", "--always", "--dirty"], cwd=ROOT, capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        return "unknown (no git)"
    return f"commit {done.stdout.strip()}" if done.returncode == 0 else "unknown (not a git checkout)"


def site_line(sizes: dict, render_seconds: float) -> str:
    rendered = f"rendered in {render_seconds:.0f} s" if render_seconds else "rendered earlier, from the cache"
    return (f"site: {sizes['articles']} article pages ({sizes['gbk']} GBK, {sizes['articles'] - sizes['gbk']} UTF-8), "
            f"{sizes['article_min'] / KB:.1f}-{sizes['article_max'] / KB:.1f} KB, mean {sizes['article_mean'] / KB:.1f} KB, "
            f"{sizes['article_bytes'] / KB / KB:.1f} MB in all; {sizes['lists']} list pages of up to {LINKS_PER_LIST} links, "
            f"{sizes['list_bytes'] / KB:.0f} KB in all; {rendered}")


COLUMNS = ["round", "crawler (ran)", "pages", "wall s", "pages/s wall", "scrapy s", "pages/s scrapy", "1st-last s",
           "pages/s 1st-last", "crawler CPU s", "parse workers CPU s", "CPU ms/page", "server CPU s"]


def table_row(r: dict) -> list[str]:
    def rate(seconds: float) -> str:
        return f"{r['pages'] / seconds:.1f}" if seconds else "n/a"

    server = f"{r['server_cpu']:.1f}" if r["server_cpu"] is not None else "n/a"
    return [str(r["round"]), f"{r['crawler']} ({('1st', '2nd')[r['position'] - 1]})", f"{r['pages']} ({r['lists']}+{r['articles']})", f"{r['wall']:.1f}", rate(r["wall"]),
            f"{r['scrapy']:.1f}", rate(r["scrapy"]), f"{r['active']:.1f}", rate(r["active"]), f"{r['cpu']:.1f}",
            f"{r['parse_cpu']:.1f}" if r["parse_workers"] else "-", f"{1000 * r['total_cpu'] / r['pages']:.2f}", server]


def plain_table(rows: list[list[str]]) -> str:
    cells = [COLUMNS] + rows
    widths = [max(len(row[i]) for row in cells) for i in range(len(COLUMNS))]
    lines = ["  ".join(v.ljust(w) if i < 2 else v.rjust(w) for i, (v, w) in enumerate(zip(row, widths))) for row in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def markdown_table(rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(COLUMNS) + " |", "|" + "|".join(["---", "---"] + ["---:"] * (len(COLUMNS) - 2)) + "|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def ratio_lines(rounds: list[list[dict]]) -> list[str]:
    """govnews / links-only pages per second, per round, on each clock."""
    lines = []
    for basis, key in (("scrapy elapsed_time_seconds", "scrapy"), ("wall, process start to exit", "wall"),
                       ("first to last response", "active"), ("CPU time, parse workers included", "total_cpu")):
        ratios = [(g["pages"] / g[key]) / (links["pages"] / links[key]) for links, g in rounds if g[key] and links[key]]
        listed = ", ".join(f"{x:.3f}" for x in ratios)
        lines.append(f"govnews / links-only pages/s ({basis}): mean {statistics.mean(ratios):.3f} (rounds: {listed})")
    scrapy_ratios = [(g["pages"] / g["scrapy"]) / (links["pages"] / links["scrapy"]) for links, g in rounds]
    verdict = "met" if statistics.mean(scrapy_ratios) >= TARGET_RATIO else "NOT met"
    lines.append(f"target: govnews at least {TARGET_RATIO:.0%} of links-only pages/s (scrapy clock): {verdict}")
    return lines


def cpu_lines(rounds: list[list[dict]]) -> list[str]:
    """Where each crawl's CPU went, per page: what the machine's cores must fit."""
    def ms(seconds: float | None, r: dict) -> str:
        return f"{1000 * seconds / r['pages']:.2f}" if seconds is not None else "n/a"

    lines = []
    for links, g in rounds:
        in_process = 0.0 if g["parse_workers"] else g["parse_cpu"]
        where = f"{g['parse_workers']} worker processes" if g["parse_workers"] else "in the crawl's process"
        lines.append(f"round {g['round']} CPU ms a page: links-only {ms(links['cpu'], links)} (+ server {ms(links['server_cpu'], links)}); "
                     f"govnews {ms(g['total_cpu'], g)} = Scrapy and the rest of the crawl's process "
                     f"{ms(g['cpu'] - g['writer_cpu'] - in_process, g)} + store writer thread {ms(g['writer_cpu'], g)} "
                     f"({g['writes']} writes in {g['transactions']} transactions) + parsing {ms(g['parse_cpu'], g)} "
                     f"({where}) (+ server {ms(g['server_cpu'], g)})")
    return lines


def govnews_lines(rounds: list[list[dict]]) -> list[str]:
    lines = []
    for _, g in rounds:
        lines.append(f"round {g['round']} govnews: {g['new']} new, {g['duplicates']} duplicates, {g['errors']} errors; "
                     f"{g['stored']} articles stored (parsers: {', '.join(f'{k} {v}' for k, v in g['parsers'].items())}); "
                     f"article fetches by outcome: {', '.join(f'{k} {v}' for k, v in sorted(g['outcomes'].items()))}; "
                     f"database {g['db_bytes'] / KB / KB:.1f} MB")
        lines += [f"  error: {m}" for m in g["error_messages"]]
    return lines


def check_complete(rounds: list[list[dict]], sizes: dict) -> list[str]:
    """A crawl that missed pages would flatter its speed: say so."""
    expected = sizes["articles"] + sizes["lists"]
    return [f"WARNING: round {r['round']} {r['crawler']} fetched {r['pages']} pages, not {expected}"
            for pair in rounds for r in pair if r["pages"] != expected]


def report(args, env, sizes, render_seconds, rounds) -> None:
    rows = [table_row(r) for pair in rounds for r in pair]
    bullet = "- " if args.markdown else ""
    print("\n".join(f"{bullet}{k}: {v}" for k, v in env))
    print(f"{bullet}{site_line(sizes, render_seconds)}")
    print(f"{bullet}settings for both: DOWNLOAD_DELAY=0, AUTOTHROTTLE_ENABLED=False, CONCURRENT_REQUESTS={args.concurrency}, "
          f"CONCURRENT_REQUESTS_PER_DOMAIN={args.per_domain}, ROBOTSTXT_OBEY=True, LOG_LEVEL=WARNING, "
          f"GOVNEWS_MAX_LIST_PAGES={list_count(args.articles)}")
    print(f"{bullet}load average at end (1/5/15 min): {load_average()}\n")
    print(markdown_table(rows) if args.markdown else plain_table(rows))
    print()
    for line in [*ratio_lines(rounds), *cpu_lines(rounds), *govnews_lines(rounds), *check_complete(rounds, sizes)]:
        print(f"{bullet}{line}")


def parse_args(argv: list[str] | None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    parser.add_argument("--articles", type=int, default=ARTICLES, help=f"article pages on the site (default {ARTICLES})")
    parser.add_argument("--runs", type=int, default=2, help="rounds of the two crawls, order alternating (default 2)")
    parser.add_argument("--concurrency", type=int, default=CONCURRENT_REQUESTS, help="CONCURRENT_REQUESTS for both")
    parser.add_argument("--per-domain", type=int, default=PER_DOMAIN, help="CONCURRENT_REQUESTS_PER_DOMAIN for both")
    parser.add_argument("--parse-workers", default="", help="GOVNEWS_PARSE_WORKERS for govnews (default: its own, one a core)")
    parser.add_argument("--profile", action="store_true", help="add one govnews crawl under cProfile and show where time goes")
    parser.add_argument("--cache-dir", type=Path, default=CACHE_DIR, help=f"where the rendered site is kept (default {CACHE_DIR})")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="processes rendering the site the first time")
    for hidden in ("--child", "--base-url", "--db", "--stats-file", "--summary-file", "--cprofile"):
        parser.add_argument(hidden, help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.child:
        return child_main(args)
    env = environment()
    site_dir, render_seconds = build_site(args.articles, args.cache_dir, args.workers)
    sizes = site_sizes(site_dir)
    server, base_url = start_server(site_dir)
    try:
        with tempfile.TemporaryDirectory(prefix="govnews-crawl-bench-") as work:
            rounds = run_rounds(args, base_url, server.pid, Path(work))
            report(args, env, sizes, render_seconds, rounds)
            if args.profile:
                print("profiling one govnews crawl ...", file=sys.stderr, flush=True)
                profile = str(Path(work) / "govnews.prof")
                profiled = run_crawler("govnews", args, base_url, server.pid, Path(work), cprofile=profile)
                print(f"\n{'```' if args.markdown else ''}\nprofiled govnews crawl: {profiled['pages']} pages in "
                      f"{profiled['scrapy']:.1f} s (scrapy clock), {profiled['pages'] / profiled['scrapy']:.1f} pages/s under cProfile")
                print(profile_report(profile) + ("\n```" if args.markdown else ""))
    finally:
        server.terminate()
        server.join(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
