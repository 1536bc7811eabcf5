"""Crawls of the hostile site (crawler.demo.hostile) on 127.0.0.1, each in a fresh process:
every trap costs its own link only, and every link fetched ends in a recorded outcome
with its reason."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from contextlib import closing

import pytest

from conftest import ROOT
from crawler.demo.hostile import ARTICLES, MALFORMED_HREFS, NON_ASCII_PATH, HostileServer, sites_toml
from crawler.store import Store

pytestmark = pytest.mark.slow

# Short timeouts and no retries: the trickle and a hanging robots.txt end in seconds.
FAST = ["-s", "DOWNLOAD_TIMEOUT=3", "-s", "RETRY_TIMES=0", "-s", "GOVNEWS_RETRY_BACKOFF=0.05", "-s", "AUTOTHROTTLE_ENABLED=False"]


def crawl(server: HostileServer, db, tmp_path, start: str = "/list.html", *extra: str) -> subprocess.CompletedProcess:
    sites = tmp_path / "sites.toml"
    sites.write_text(sites_toml(server.base_url, start), encoding="utf-8")
    return subprocess.run([sys.executable, "-m", "crawler.cli", "crawl", "--sites", str(sites), "--db", str(db), "--json",
                           *FAST, *extra], cwd=ROOT, capture_output=True, text=True, timeout=300)


def rows(db, sql: str, params=()) -> list[tuple]:
    with closing(sqlite3.connect(db)) as conn:
        return conn.execute(sql, params).fetchall()


@pytest.fixture(scope="module")
def hostile():
    with HostileServer() as server:
        yield server


@pytest.fixture(scope="module")
def first(hostile, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hostile")
    db = tmp / "news.db"
    done = crawl(hostile, db, tmp)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    return db, json.loads(done.stdout), tmp


def outcomes(db, base: str) -> dict[str, tuple]:
    return {url.replace(base, ""): (outcome, reason)
            for url, outcome, reason in rows(db, "SELECT url, outcome, reason FROM fetches WHERE kind = 'article'")}


def test_one_malformed_link_costs_only_itself(first, hostile):
    db, summary, _ = first
    stored = {url.replace(hostile.base_url, "") for url, in rows(db, "SELECT url FROM articles")}
    assert {f"/a/{n}.html" for n in range(ARTICLES)} <= stored
    site = summary["sites"][0]
    assert site["bad_links"] == len(MALFORMED_HREFS)
    for href in MALFORMED_HREFS:
        assert any(f"bad link {href!r}" in m for m in site["error_messages"]), href
    (errors,) = rows(db, "SELECT errors FROM crawls WHERE kind = 'crawl'")[0]
    assert "Port out of range" in errors and "Invalid IPv6 URL" in errors


def test_every_link_fetched_reaches_a_recorded_outcome_with_its_reason(first, hostile):
    db, _, _ = first
    seen = outcomes(db, hostile.base_url)
    assert not [url for url, (outcome, _) in seen.items() if outcome == "pending"]
    assert seen["/away.html"] == ("off_domain", "redirected off the site's domains, to http://127.0.0.2:9/elsewhere.html")
    assert seen["/to-localhost.html"][0] == "off_domain" and "localhost" in seen["/to-localhost.html"][1]
    assert seen["/refresh-away.html"] == ("off_domain", "redirected off the site's domains, to http://127.0.0.2:9/x.html")
    assert seen["/loop/1.html"][0] == "redirect_loop"
    assert seen["/over-cap.html"][0] == "error" and seen["/over-cap.html"][1].startswith("page refused")
    assert seen["/bomb.html"] == ("error", "page refused: larger than DOWNLOAD_MAXSIZE once decompressed (a gzip bomb?)")
    assert seen["/stream.html"][0] == "error" and seen["/stream.html"][1].startswith("page refused")
    assert seen["/trickle.html"][0] == "error" and "DownloadTimeoutError" in seen["/trickle.html"][1]
    assert seen["/file.pdf"] == ("not_article", "binary file, not a text or HTML page")
    assert seen["/private/secret.html"] == ("skipped", "Forbidden by robots.txt")
    assert "/private/secret.html" not in hostile.site.visits


def test_a_meta_refresh_is_followed_and_settles_the_link_that_led_there(first, hostile):
    db, _, _ = first
    seen = outcomes(db, hostile.base_url)
    assert seen["/refresh.html"][0] == "stored" and seen["/landed.html"][0] == "stored"
    assert rows(db, "SELECT count(*) FROM articles WHERE url = ?", [hostile.base_url + "/landed.html"]) == [(1,)]


def test_a_non_ascii_link_is_fetched_as_browsers_encode_it_and_stored(first, hostile):
    db, _, _ = first
    encoded = hostile.base_url + "/%E6%96%B0%E9%97%BB/%E9%A1%B9%E7%9B%AE%E5%BB%BA%E8%AE%BE.html"
    assert rows(db, "SELECT outcome FROM fetches WHERE url = ?", [encoded]) == [("stored",)]
    assert hostile.site.visits[NON_ASCII_PATH] == 1


def test_a_second_crawl_fetches_no_trap_again(first, hostile):
    db, _, tmp = first
    before = dict(hostile.site.visits)
    done = crawl(hostile, db, tmp)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["article_pages_fetched"] == 0
    fetched_again = {p for p, n in hostile.site.visits.items() if n != before.get(p, 0)}
    assert fetched_again <= {"/robots.txt", "/list.html"}


def test_twenty_thousand_links_are_all_recorded(hostile, tmp_path):
    db = tmp_path / "news.db"
    done = crawl(hostile, db, tmp_path, "/many.html", "-s", "CLOSESPIDER_ITEMCOUNT=200")
    assert done.returncode == 0, done.stderr
    assert rows(db, "SELECT count(*) FROM fetches WHERE kind = 'article'") == [(20_000,)]


def test_endless_pagination_stops_at_the_list_page_cap(hostile, tmp_path):
    done = crawl(hostile, tmp_path / "news.db", tmp_path, "/endless/1.html", "-s", "GOVNEWS_MAX_LIST_PAGES=5")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["list_pages"] == 5


@pytest.mark.parametrize("robots, reason", [
    ("error", "robots.txt answered HTTP 500"),
    ("hang", "robots.txt unreadable (DownloadTimeoutError"),
    ("huge", "robots.txt unreadable ("),
    ("bomb", "robots.txt unreadable ("),
])
def test_a_robots_txt_that_cannot_be_read_disallows_the_host(robots, reason, tmp_path):
    with HostileServer(robots) as server:
        db = tmp_path / "news.db"
        done = crawl(server, db, tmp_path)
        visits = dict(server.site.visits)
    assert done.returncode == 1
    last = done.stderr.splitlines()[-1]
    assert last.startswith("govnews: nothing could be crawled: ") and reason in last, done.stderr
    assert set(visits) == {"/robots.txt"}
    (status, errors), = rows(db, "SELECT status, errors FROM crawls")
    assert status == "done" and "RFC 9309" in errors


def test_a_missing_robots_txt_allows_everything(tmp_path):
    with HostileServer("missing") as server:
        done = crawl(server, tmp_path / "news.db", tmp_path)
        visits = dict(server.site.visits)
    assert done.returncode == 0, done.stderr
    assert visits.get("/private/secret.html") == 1


def test_a_crawl_on_a_full_disk_stops_and_says_so_in_one_line(hostile, tmp_path):
    """The file size limit (RLIMIT_FSIZE) stands in for a full disk: SQLite's writes fail."""
    import resource

    def small_disk() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (1_500_000, 1_500_000))

    sites = tmp_path / "sites.toml"
    sites.write_text(sites_toml(hostile.base_url, "/many.html"), encoding="utf-8")
    db = tmp_path / "news.db"
    for _ in range(2):  # and again, on the disk still full
        done = subprocess.run([sys.executable, "-m", "crawler.cli", "crawl", "--sites", str(sites), "--db", str(db), *FAST,
                               "-s", "CLOSESPIDER_ITEMCOUNT=300"], cwd=ROOT, capture_output=True, text=True, timeout=300,
                              preexec_fn=small_disk)
        assert done.returncode == 1
        last = done.stderr.splitlines()[-1]
        assert last.startswith("govnews: ") and "could not be stored, the crawl stopped" in last and "size limit" in last
        assert "Traceback" not in done.stderr
    assert {status for status, in rows(db, "SELECT status FROM crawls")} <= {"failed", "interrupted"}


def test_a_malformed_link_left_pending_by_an_older_version_is_settled_with_its_reason(hostile, tmp_path):
    db = tmp_path / "news.db"
    done = crawl(hostile, db, tmp_path, "/just/a/1.html")
    assert done.returncode == 0, done.stderr
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("INSERT INTO fetches (url, site, kind, outcome, fetched_at) VALUES"
                     " ('http://127.0.0.1:99999/a', 'hostile', 'article', 'pending', '2026-01-01T00:00:00+00:00')")
    for _ in range(2):
        done = crawl(hostile, db, tmp_path, "/just/a/1.html")
        assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    assert rows(db, "SELECT outcome, reason FROM fetches WHERE url = 'http://127.0.0.1:99999/a'") == [
        ("bad_link", "malformed link 'http://127.0.0.1:99999/a': Port out of range 0-65535")]


def test_article_links_refused_for_an_unreadable_robots_txt_are_recorded_with_the_reason(tmp_path):
    with HostileServer("error") as server:
        db = tmp_path / "news.db"
        Store(db).close()
        with closing(sqlite3.connect(db)) as conn, conn:
            conn.execute("INSERT INTO fetches (url, site, kind, outcome, fetched_at) VALUES (?, 'hostile', 'article', 'pending', ?)",
                         (server.base_url + "/a/1.html", "2026-01-01T00:00:00+00:00"))
        done = crawl(server, db, tmp_path)
        visits = dict(server.site.visits)
    assert done.returncode == 1 and set(visits) == {"/robots.txt"}
    (outcome, reason), = rows(db, "SELECT outcome, reason FROM fetches WHERE url LIKE '%/a/1.html'")
    assert outcome == "error" and reason.startswith("robots.txt answered HTTP 500: the host is disallowed for this crawl")
