"""The daemon's crawl door: a site entry in, its summary out as data, in a fresh process
that honours the crawl timeout and SIGTERM and never outlives the daemon."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from conftest import ROOT
from crawler.config import Site
from crawler.crawl_process import CrawlProcess, CrawlTimedOut

pytestmark = pytest.mark.slow


@pytest.fixture
def hanging_site():
    """A site whose list page never answers."""
    release = threading.Event()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            release.wait()

        def log_message(self, *args) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    release.set()
    httpd.shutdown()


def hanging_entry(base_url: str) -> Site:
    return Site(name="hangs", start_urls=(f"{base_url}/list.html",), allowed_domains=("127.0.0.1",), article_links="a",
                interval_minutes=5, delay=0)


def gone_within(pid: int, seconds: float) -> bool:
    """Whether process `pid` (not our child) ends within `seconds`: waits on a pidfd."""
    try:
        handle = os.pidfd_open(pid)
    except ProcessLookupError:
        return True
    try:
        return bool(select.select([handle], [], [], seconds)[0])
    finally:
        os.close(handle)


def test_the_crawl_door_returns_the_summary_as_data(tmp_path):
    from crawler.demo.site import DEMO_SETTINGS, DemoServer, demo_site_entry

    with DemoServer(port=0) as server:
        crawl = CrawlProcess(demo_site_entry(server.base_url), str(tmp_path / "news.db"), DEMO_SETTINGS)
        summary = crawl.result(timeout=120)
    assert summary["site"] == "demo" and summary["new"] == 7 and summary["duplicates"] == 1
    assert crawl.process.exitcode == 0


def test_a_crawl_past_its_timeout_is_stopped_by_sigterm(tmp_path, hanging_site):
    crawl = CrawlProcess(hanging_entry(hanging_site), str(tmp_path / "news.db"))
    with pytest.raises(CrawlTimedOut):
        crawl.result(timeout=3)
    crawl.stop(grace=6)
    assert crawl.process.exitcode is not None


DAEMON = """
import sys
from crawler.config import Site
from crawler.crawl_process import CrawlProcess
site = Site(name="hangs", start_urls=(sys.argv[1] + "/list.html",), allowed_domains=("127.0.0.1",), article_links="a",
            interval_minutes=5, delay=0)
crawl = CrawlProcess(site, sys.argv[2])
print(crawl.pid, flush=True)
crawl.result(timeout=600)
"""


def test_a_crawl_never_outlives_a_daemon_killed_with_9(tmp_path, hanging_site):
    daemon = subprocess.Popen([sys.executable, "-c", DAEMON, hanging_site, str(tmp_path / "news.db")], cwd=ROOT,
                              stdout=subprocess.PIPE, text=True)
    crawl_pid = int(daemon.stdout.readline())
    daemon.send_signal(signal.SIGKILL)
    daemon.wait(timeout=10)
    assert gone_within(crawl_pid, 20)
