"""A run stopped half-way, by SIGTERM or by its database: its row in `crawls` ends
`interrupted` or `failed`, never `running`, and the exit code says the work was not
finished (review of issue #14)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
from contextlib import closing

import pytest

from conftest import ROOT
from crawler.demo.hostile import HostileServer, sites_toml

pytestmark = pytest.mark.slow


def crawl_rows(db) -> list[tuple]:
    with closing(sqlite3.connect(db)) as conn:
        return conn.execute("SELECT kind, status FROM crawls ORDER BY id").fetchall()


def wait_for_visit(server: HostileServer, path: str) -> None:
    """Until the crawl has asked for `path` (bounded: the test's own timeout)."""
    seen = threading.Event()
    original = server.site.visit

    def visit(p: str) -> int:
        if p == path:
            seen.set()
        return original(p)

    server.site.visit = visit
    assert seen.wait(60), f"the crawl never asked for {path}"


def test_a_crawl_stopped_by_sigterm_exits_1_with_one_line_and_its_row_interrupted(tmp_path):
    sites, db = tmp_path / "sites.toml", tmp_path / "news.db"
    with HostileServer() as server:
        sites.write_text(sites_toml(server.base_url, "/endless/1.html"), encoding="utf-8")
        crawl = subprocess.Popen([sys.executable, "-m", "crawler.cli", "crawl", "--sites", str(sites), "--db", str(db), "--json",
                                  "-s", "GOVNEWS_MAX_LIST_PAGES=100000"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        wait_for_visit(server, "/endless/3.html")
        crawl.send_signal(signal.SIGTERM)
        out, err = crawl.communicate(timeout=60)
    assert crawl.returncode == 1, err
    assert "Traceback" not in err
    assert err.strip().splitlines()[-1].startswith("govnews: the crawl was stopped (SIGTERM or Ctrl-C) before it finished: hostile")
    assert '"stop_reason": "shutdown"' in out
    assert crawl_rows(db) == [("crawl", "interrupted")]


def test_an_ingest_stopped_by_sigterm_closes_its_row_interrupted_and_keeps_what_it_stored(tmp_path):
    page = next((ROOT / "bench" / "pages").glob("*.html"))
    fifo = tmp_path / "never-written.html"
    os.mkfifo(fifo)  # reading it blocks: the ingest is stopped there, between two files
    db = tmp_path / "news.db"
    ingest = subprocess.Popen([sys.executable, "-m", "crawler.cli", "ingest", "--db", str(db), str(page), str(fifo)], cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert ingest.stdout.readline().startswith("new"), "the first page was not stored"
    ingest.send_signal(signal.SIGTERM)
    out, err = ingest.communicate(timeout=60)
    assert ingest.returncode == 1
    assert "Traceback" not in err
    assert crawl_rows(db) == [("ingest", "interrupted")]
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone() == (1,)


def test_an_ingest_whose_database_fails_closes_its_row_failed_with_the_reason(tmp_path, monkeypatch):
    """A full disk under an ingest: the row said `interrupted` with no reason before."""
    from crawler.jobs.ingest import ingest
    from crawler.store import DatabaseUnusable, Store

    pages = sorted((ROOT / "bench" / "pages").glob("*.html"))[:3]
    with Store(tmp_path / "news.db") as store:
        real_add, calls = store.add, []

        def add(article, **kwargs):
            calls.append(article)
            if len(calls) == 2:
                raise DatabaseUnusable("database news.db: database or disk is full (the disk is full: free some space)")
            return real_add(article, **kwargs)

        monkeypatch.setattr(store, "add", add)
        with pytest.raises(DatabaseUnusable):
            list(ingest(store, [str(p) for p in pages]))
        (row,) = store.db.query("SELECT status, pages, errors FROM crawls")
    assert row["status"] == "failed" and row["pages"] == 1
    assert "disk is full" in row["errors"]
