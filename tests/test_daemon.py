"""The daemon as users run it: a subprocess polling the demo site. Tests wait for its log
lines (a reader thread, a queue with a deadline), never for time to pass."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import threading
from contextlib import closing
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import feedparser
import pytest

from conftest import ROOT, PageServer, demo_site_toml
from running import FAST, Daemon



class Receiver:
    """A webhook receiver on 127.0.0.1 that keeps every JSON body POSTed to it."""

    def __init__(self) -> None:
        self.bodies: list[dict] = []
        bodies = self.bodies

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                bodies.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
                answer = b'{"errcode": 0}'
                self.send_response(200)
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            def log_message(self, *args) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/hook"


@pytest.fixture
def receiver():
    server = Receiver()
    yield server
    server.httpd.shutdown()


@pytest.fixture
def failing_site():
    """A site whose list page answers 500: it must show as failing."""
    server = PageServer()
    server.add("/list.html", b"broken", status=500)
    server.thread.start()
    yield server
    server.httpd.shutdown()


@pytest.fixture
def config(tmp_path, receiver, failing_site):
    path = tmp_path / "govnews.toml"
    path.write_text(f"""
[[site]]
name = "broken-portal"
start_urls = ["{failing_site.base_url}/list.html"]
article_links = "a"
interval_minutes = 60
delay = 0

[[watch]]
name = "feng"
query = "封晓春"
webhook = "{receiver.url}"

[[watch]]
name = "nothing"
query = "没有这样的新闻标题"
webhook = "{receiver.url}"
""", encoding="utf-8")
    return path


@pytest.fixture
def demo_config(tmp_path, config):
    """The demo site served by the test (its port stays the same across daemon restarts,
    whatever else holds the usual one) and the other sites and watches."""
    from crawler.demo.site import DemoServer

    with DemoServer(port=0) as server:
        path = tmp_path / "with-demo.toml"
        path.write_text(demo_site_toml(server.base_url, interval_minutes=0.0833) + config.read_text(encoding="utf-8"),
                        encoding="utf-8")
        yield path


def articles(db) -> list[tuple]:
    with closing(sqlite3.connect(db)) as conn:
        return conn.execute("SELECT url, duplicate_of FROM articles ORDER BY url").fetchall()


def govnews(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "crawler.cli", *args], cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_articles_arrive_watches_deliver_and_sigterm_stops_it(config, tmp_path, receiver):
    db = tmp_path / "news.db"
    daemon = Daemon("--demo", "--config", str(config), "--db", str(db))
    try:
        daemon.wait_for("crawled demo: 7 new, 1 duplicates")
        daemon.wait_for("watch feng: delivered")
        daemon.wait_for("crawl of broken-portal")  # its crawl is over, one way or the other
    finally:
        code = daemon.stop(signal.SIGTERM, within=10)
    assert code == 0
    assert len(articles(db)) == 8
    assert [(b["watch"], b["title"]) for b in receiver.bodies] == [("feng", "封晓春带队赴经开区调研项目推进情况")]

    status = json.loads(govnews("status", "--json", "--db", str(db), "--config", str(config)).stdout)
    by_site = {s["site"]: s for s in status}
    assert by_site["broken-portal"]["state"] == "failing" and by_site["broken-portal"]["consecutive_failures"] == 1
    assert by_site["demo"]["state"] == "ok" and by_site["demo"]["new_last_day"] == 8

    feed = feedparser.parse(govnews("feed", "--db", str(db)).stdout)
    assert not feed.bozo and feed.version == "atom10"
    titles = {entry.title for entry in feed.entries}
    assert "封晓春带队赴经开区调研项目推进情况" in titles and len(feed.entries) == 7  # the mirror is a duplicate


def test_sigterm_during_a_crawl_closes_it_cleanly(config, tmp_path):
    db = tmp_path / "news.db"
    daemon = Daemon("--demo", "--config", str(config), "--db", str(db))
    daemon.wait_for("crawling demo")
    assert daemon.stop(signal.SIGTERM, within=10) == 0
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("SELECT count(*) FROM crawls WHERE status = 'running'").fetchone()[0] == 0


@pytest.mark.parametrize("kill_at", ["crawling demo", "crawled demo"])
def test_kill_9_then_restart_loses_and_doubles_nothing(demo_config, tmp_path, kill_at):
    db = tmp_path / "news.db"
    daemon = Daemon("--config", str(demo_config), "--db", str(db))
    daemon.wait_for(kill_at)
    daemon.stop(signal.SIGKILL)
    again = Daemon("--once", "--config", str(demo_config), "--db", str(db))
    assert again.process.wait(timeout=120) in (0, 1)  # 1: broken-portal failed, as it should
    stored = articles(db)
    assert len(stored) == len({url for url, _ in stored}) == 8
    assert sum(1 for _, dup in stored if dup) == 1


def test_repeated_failures_log_a_warning(config, tmp_path):
    db = tmp_path / "news.db"
    for _ in range(2):
        done = govnews("--log-level", "INFO", "run", "--once", "--config", str(config), "--db", str(db), *FAST)
        assert done.returncode == 1
    assert "WARNING govnews.daemon: site broken-portal: 2 crawls in a row failed" in done.stderr


def test_scheduler_py_is_the_same_entry_point(tmp_path, config):
    done = subprocess.run([sys.executable, "scheduler.py", "--help"], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and "Run the monitoring daemon" in done.stdout
