"""A kill -9 of an ingest at any moment leaves the database consistent and loses nothing
already reported stored; the next run stores the rest and doubles nothing."""

from __future__ import annotations

import signal
import sqlite3
from contextlib import closing
import subprocess
import sys

import pytest

from conftest import ROOT, SEEDS
from crawler.demo.pages import edited_copy, render_capture, traditional_mirror
from parsers import parse_page

PAGES = 40


@pytest.fixture(scope="module")
def page_dir(tmp_path_factory):
    """Forty pages: the seeds, their mirrors, edited copies and plain copies."""
    folder = tmp_path_factory.mktemp("pages")
    for i in range(PAGES):
        seed = SEEDS[i % len(SEEDS)]
        article = parse_page(seed.text, ref_date=seed.ref_date)
        variant = i // len(SEEDS)
        if variant % 2:
            text = traditional_mirror("\n".join([article.title, "发布时间:2022-01-01", article.text]))
        else:
            text = "\n".join([article.title, "发布时间:2022-01-01", *edited_copy(article.text.split("\n"), drop=variant % 3, seed=i)])
        (folder / f"{i:03d}.html").write_bytes(render_capture(text, charset="gbk" if i % 3 else "utf-8"))
    return folder


def ingest(page_dir, db, kill_after: int | None):
    """Run `govnews ingest`; with kill_after, SIGKILL it after that many stored lines."""
    process = subprocess.Popen(
        [sys.executable, "-m", "crawler.cli", "ingest", str(page_dir), "--db", str(db), "--ref-date", "2023-01-01"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    reported = []
    if kill_after == 0:
        process.send_signal(signal.SIGKILL)
    for line in process.stdout:
        if line.split()[0] in ("new", "duplicate", "revised", "unchanged"):
            reported.append(line.split()[1])
        if kill_after is not None and len(reported) >= kill_after:
            process.send_signal(signal.SIGKILL)
            break
    errors = process.stderr.read()
    process.wait(timeout=120)
    return process.returncode, reported, errors


def check_consistent(db) -> set[str]:
    with closing(sqlite3.connect(db, isolation_level=None)) as conn:
        return _check(conn)


def _check(conn) -> set[str]:
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
    articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    bands = conn.execute("SELECT count(*) FROM article_bands").fetchone()[0]
    assert bands == 12 * articles, "every stored article has all its fingerprint bands"
    chained = conn.execute("SELECT count(*) FROM articles a JOIN articles o ON o.id = a.duplicate_of WHERE o.duplicate_of IS NOT NULL").fetchone()[0]
    assert chained == 0
    return {row[0] for row in conn.execute("SELECT url FROM articles")}


@pytest.mark.parametrize("kill_after", [0, 1, 7, 23])
def test_kill_at_any_moment_then_rerun(page_dir, tmp_path, kill_after):
    db = tmp_path / "news.db"
    code, reported, _ = ingest(page_dir, db, kill_after)
    assert code == -signal.SIGKILL
    if db.exists():
        stored = check_consistent(db)
        assert {(page_dir / name.split("/")[-1]).resolve().as_uri() for name in reported} <= stored
    code, _, errors = ingest(page_dir, db, None)
    assert code == 0, errors
    assert len(check_consistent(db)) == PAGES
    with closing(sqlite3.connect(db)) as conn:
        statuses = [r[0] for r in conn.execute("SELECT status FROM crawls ORDER BY id")]
    assert statuses[-1] == "done" and all(s in ("interrupted", "done") for s in statuses)
