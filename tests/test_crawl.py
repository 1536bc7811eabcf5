"""`govnews crawl` against the demo site, served by the test on 127.0.0.1, each crawl in a
fresh process (Scrapy's reactor cannot restart)."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import zlib
from contextlib import closing

import pytest

from conftest import ROOT, PageServer, demo_site_toml
from crawler.demo.site import DemoServer, DemoSite

FAST = ["-s", "GOVNEWS_RETRY_BACKOFF=0.05", "-s", "AUTOTHROTTLE_ENABLED=False"]


@pytest.fixture(scope="module")
def elsewhere():
    """Another host (127.0.0.2): the demo's redirect target, which must never be asked."""
    server = PageServer.on("127.0.0.2")
    server.thread.start()
    yield server
    server.httpd.shutdown()
    server.httpd.server_close()


@pytest.fixture(scope="module")
def demo(elsewhere):
    with DemoServer(port=0, site=DemoSite(away_url=elsewhere.base_url + "/elsewhere.html")) as server:
        yield server


@pytest.fixture(scope="module")
def sites_file(demo, tmp_path_factory):
    path = tmp_path_factory.mktemp("sites") / "sites.toml"
    path.write_text(demo_site_toml(demo.base_url), encoding="utf-8")
    return path


def govnews(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "crawler.cli", *args], cwd=ROOT, capture_output=True, text=True, timeout=180)


def crawl(sites_file, db, *extra: str) -> dict:
    done = govnews("crawl", "--sites", str(sites_file), "--db", str(db), "--json", *FAST, *extra)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def rows(db, sql: str) -> list[tuple]:
    with closing(sqlite3.connect(db)) as conn:
        return conn.execute(sql).fetchall()


@pytest.fixture(scope="module")
def first_crawl(sites_file, tmp_path_factory, demo):
    db = tmp_path_factory.mktemp("db") / "news.db"
    return db, crawl(sites_file, db)


def test_every_article_is_stored_with_its_fields(first_crawl, demo):
    db, summary = first_crawl
    stored = dict(rows(db, "SELECT replace(url, '%s', ''), title || ' | ' || coalesce(published_at, '-') FROM articles" % demo.base_url))
    assert stored["/news/000.html"] == "封晓春带队赴经开区调研项目推进情况 | 2021-11-30T00:00:00+08:00"
    assert stored["/news/001.html"] == "全区项目建设动员大会召开 按下项目攻坚“快进键” 跑出项目突破“加速度” | 2023-02-12T19:15:00+08:00"
    assert stored["/news/004.html"].startswith("金坛召开“两个加快全面决战年”第三次督查会 | 2020-10-10")  # a GBK page
    assert stored["/news/003.html"].startswith("全市高质量发展项目推进会召开 | ")  # GBK, derived headline
    assert set(stored) == {"/news/000.html", "/news/001.html", "/news/002.html", "/news/003.html", "/news/004.html",
                           "/mirror/000.html", "/news/bulletin.html", "/news/notice.html"}
    assert (summary["articles_new"], summary["duplicates"], summary["article_pages_fetched"]) == (7, 1, 10)


def test_parsing_in_the_crawls_own_process_stores_the_same(tmp_path, elsewhere):
    """Parse workers change where pages are parsed, never what is stored or flagged.
    (Each crawl gets a fresh demo site: some of its pages change after a first visit.)"""
    columns = "url, title, published_at, text, content_hash, dup_kind, (duplicate_of IS NOT NULL)"
    results = {}
    for workers in ("0", "2"):
        with DemoServer(port=0, site=DemoSite(away_url=elsewhere.base_url + "/elsewhere.html")) as server:
            sites = tmp_path / f"sites-{workers}.toml"
            sites.write_text(demo_site_toml(server.base_url), encoding="utf-8")
            db = tmp_path / f"news-{workers}.db"
            summary = crawl(sites, db, "-s", f"GOVNEWS_PARSE_WORKERS={workers}")
            stored = [tuple(str(v).replace(server.base_url, "") for v in row) for row in rows(db, f"SELECT {columns} FROM articles ORDER BY url")]
            results[workers] = (stored, [summary[k] for k in ("articles_new", "article_pages_fetched", "duplicates")])
    assert results["0"] == results["2"]
    assert results["0"][1][0] > 0


def test_the_mirror_is_flagged_against_its_original(first_crawl, demo):
    db, _ = first_crawl
    (flag,) = rows(db, "SELECT a.url, o.url, a.dup_kind FROM articles a JOIN articles o ON o.id = a.duplicate_of")
    assert flag == (demo.base_url + "/mirror/000.html", demo.base_url + "/news/000.html", "exact")


def test_captcha_and_error_pages_are_recorded_not_stored(first_crawl, demo):
    db, summary = first_crawl
    fetches = dict(rows(db, "SELECT replace(url, '%s', ''), outcome || ' ' || status FROM fetches WHERE kind = 'article'" % demo.base_url))
    assert fetches["/news/verify.html"] == "blocked 200"
    assert fetches["/news/missing.html"] == "error 404"
    assert summary["blocked"] == 1 and summary["errors"] == 2
    assert sorted(summary["sites"][0]["error_messages"]) == [f"{demo.base_url}/news/broken.html: HTTP 500",
                                                              f"{demo.base_url}/news/missing.html: HTTP 404"]
    assert rows(db, "SELECT count(*) FROM articles WHERE url LIKE '%verify%' OR url LIKE '%missing%' OR url LIKE '%broken%'") == [(0,)]
    (crawl_row,) = rows(db, "SELECT site, status, new, duplicates, blocked, failed, list_pages FROM crawls")
    assert crawl_row == ("demo", "done", 7, 1, 1, 2, 4)


def test_robots_txt_and_other_hosts_are_respected(first_crawl, demo, elsewhere):
    assert "/private/secret.html" not in demo.site.visits
    assert demo.site.visits["/news/away.html"] >= 1
    assert elsewhere.requests == []


def test_fetched_pages_are_kept_compressed(first_crawl, demo):
    db, _ = first_crawl
    kept = dict(rows(db, "SELECT replace(url, '%s', ''), body FROM raw_pages" % demo.base_url))
    assert len(kept) == 9  # the eight articles and the captcha page, for reparse
    sent = demo.site.pages["/news/001.html"]  # a GBK page
    assert zlib.decompress(kept["/news/001.html"]) == sent and len(kept["/news/001.html"]) < len(sent) / 2


def test_a_second_crawl_fetches_no_article_and_stores_nothing(first_crawl, sites_file):
    db, _ = first_crawl
    again = crawl(sites_file, db)
    assert (again["article_pages_fetched"], again["articles_new"], again["duplicates"]) == (0, 0, 0)
    assert rows(db, "SELECT count(*) FROM articles") == [(8,)]


def test_revisit_makes_a_revision_and_records_a_withdrawal(first_crawl, sites_file, demo):
    db, _ = first_crawl
    revisit = crawl(sites_file, db, "--revisit")
    assert (revisit["revised"], revisit["withdrawn"], revisit["articles_new"]) == (1, 1, 0)
    ((revision, old_text),) = rows(db, "SELECT a.revision, r.text FROM articles a JOIN revisions r ON r.article_id = a.id"
                                       " WHERE a.url LIKE '%bulletin%'")
    assert revision == 2 and "31个" in old_text
    assert rows(db, "SELECT count(*) FROM articles WHERE withdrawn_at IS NOT NULL AND url LIKE '%notice%'") == [(1,)]
    unchanged = [url for url, in rows(db, "SELECT url FROM fetches WHERE outcome = 'not_modified'")]
    assert demo.base_url + "/news/000.html" in unchanged  # answered 304 to the conditional GET


def test_reparse_updates_records_after_a_parser_change(first_crawl, tmp_path):
    db, _ = first_crawl
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("UPDATE articles SET title = 'an old parser''s headline' WHERE url LIKE '%/news/000.html'")
    done = govnews("reparse", "--db", str(db))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("9 pages: 1 revised, 7 unchanged, 0 new, 0 duplicate, 1 failed")  # the captcha's bytes
    assert rows(db, "SELECT title FROM articles WHERE url LIKE '%/news/000.html'") == [("封晓春带队赴经开区调研项目推进情况",)]


@pytest.mark.parametrize("content, message", [
    ("[[site]]\nname = 'Bad Name'\n", "field 'name'"),
    ("[[site]]\nname = 'x'\nstart_urls = ['http://127.0.0.1/']\n", "field 'article_links'"),
    ("not toml at all = = =", "not valid TOML"),
])
def test_a_bad_site_list_is_one_line_and_exit_2(tmp_path, content, message):
    sites = tmp_path / "sites.toml"
    sites.write_text(content, encoding="utf-8")
    done = govnews("crawl", "--sites", str(sites), "--db", str(tmp_path / "x.db"))
    assert done.returncode == 2
    assert done.stderr.startswith(f"govnews: {sites}") and message in done.stderr and done.stderr.count("\n") == 1


def test_an_unwritable_database_stops_the_crawl_before_any_fetch(tmp_path, sites_file):
    done = govnews("crawl", "--sites", str(sites_file), "--db", str(tmp_path / "missing" / "x.db"))
    assert done.returncode == 1 and done.stderr.startswith("govnews: cannot open database")


def test_the_shipped_site_list_loads_and_has_no_invented_urls():
    from crawler.config import load_sites

    sites = load_sites()
    assert sites and all(site.is_template for site in sites)


def test_the_readme_demo_crawl(tmp_path):
    """The README's first command ends in `govnews crawl --demo`: it must work offline."""
    done = subprocess.run([sys.executable, "-m", "crawler.cli", "crawl", "--demo", "--json", "--db", str(tmp_path / "news.db")],
                          cwd=tmp_path, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert (summary["articles_new"], summary["duplicates"], summary["blocked"]) == (7, 1, 1)
    assert "Warning" not in done.stderr and "Traceback" not in done.stderr, done.stderr
