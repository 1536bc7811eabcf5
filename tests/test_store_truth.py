"""The store tells the truth under pressure: duplicate labels that match the text, memory
that does not grow with a page's repetitions, reparse beside other writers, and
databases it cannot use refused in one line."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import tracemalloc
from contextlib import closing

import pytest

from conftest import ROOT, SEEDS
from crawler.demo.pages import edited_copy
from crawler.jobs.reparse import reparse
from crawler.store import DatabaseUnusable, Store, StoreError
from crawler.store import fingerprint as fp
from crawler.store.schema import MIGRATIONS, relabel_duplicates
from crawler.workers.prepared import compress
from parsers import parse_page

SEED = SEEDS[0]


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "news.db") as s:
        yield s


def near_copy_text() -> tuple[str, str]:
    original = parse_page(SEED.path.read_bytes(), ref_date=SEED.ref_date)
    edited = "\n".join([original.title, "发布时间:2021-11-30", *edited_copy(original.text.split("\n"), drop=1)])
    return original.text, edited


def test_an_exact_copy_of_a_near_copy_is_near_with_its_real_similarity(store):
    first = store.add(parse_page(SEED.path.read_bytes(), url="http://a/1", ref_date=SEED.ref_date))
    original_text, edited = near_copy_text()
    second = store.add(parse_page(edited, url="http://a/2", ref_date=SEED.ref_date))
    third = store.add(parse_page(edited, url="http://a/3", ref_date=SEED.ref_date))
    assert (second.dup_kind, third.dup_kind) == ("near", "near")
    assert third.duplicate_of == first.id
    assert third.similarity == second.similarity == round(fp.jaccard(store.article("http://a/3")["text"], original_text), 4) < 1.0


def test_exact_means_the_text_equals_the_originals(store):
    store.add(parse_page(SEED.path.read_bytes(), url="http://a/1", ref_date=SEED.ref_date))
    copy = store.add(parse_page(SEED.path.read_bytes(), url="http://b/1", ref_date=SEED.ref_date))
    assert (copy.dup_kind, copy.similarity) == ("exact", 1.0)


def test_the_migration_repairs_labels_stored_by_the_old_rule(store):
    store.add(parse_page(SEED.path.read_bytes(), url="http://a/1", ref_date=SEED.ref_date))
    _, edited = near_copy_text()
    store.add(parse_page(edited, url="http://a/2", ref_date=SEED.ref_date))
    store.add(parse_page(edited, url="http://a/3", ref_date=SEED.ref_date))
    conn = store.db.conn
    conn.execute("UPDATE articles SET dup_kind = 'exact', similarity = 1.0 WHERE url = 'http://a/3'")  # the old label
    with store.transaction():
        relabel_duplicates(conn)
    (kind, similarity), = conn.execute("SELECT dup_kind, similarity FROM articles WHERE url = 'http://a/3'").fetchall()
    assert kind == "near" and similarity == store.article("http://a/2")["similarity"] < 1.0


def test_fingerprint_memory_does_not_grow_with_repeated_text():
    """MinHash over distinct 3-grams, in bounded chunks: 3 million characters of a few
    repeated sentences take a few MB, where all occurrences at once took over a GB."""
    text = "开发区召开重点项目建设推进会，研究部署下一阶段招商引资工作。" * 100_000
    tracemalloc.start()
    try:
        fingerprint = fp.fingerprint(text)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 20 * len(text) + 50_000_000  # the text's own encodings, not PERMUTATIONS copies of it
    assert len(fingerprint.shingles) < 100
    assert fingerprint.bands == fp.fingerprint(text[:10_000]).bands  # the same set of 3-grams


def test_minhash_in_chunks_equals_minhash_at_once():
    hashes = fp.shingle_hashes(fp.fingerprint_text(SEED.text))
    multipliers, offsets = fp.permutations()
    at_once = (hashes[None, :] * multipliers + offsets).min(axis=1)
    assert (fp.minhash(hashes) == at_once).all()


def test_reparse_runs_while_another_writer_commits_between_its_pages(store, tmp_path):
    """Each page is read on its own and written in a short transaction: a write by another
    connection between two pages must not break the run (it used to: a read cursor held
    a stale snapshot, and the next write failed at once)."""
    for seed in SEEDS:
        store.save_raw(f"http://seed/{seed.name}", "demo", compress(seed.path.read_bytes()), "text/html")
    other = Store(tmp_path / "news.db")
    original_add = store.add

    def add_after_another_write(article, **kwargs):
        other.record_fetch(f"http://other/{article.url}", "other", "article", 200, "stored")
        return original_add(article, **kwargs)

    store.add = add_after_another_write
    counts = reparse(store, {})
    other.close()
    assert counts["pages"] == len(SEEDS) and counts["new"] + counts["duplicate"] == len(SEEDS)
    (status,), = store.db.execute("SELECT status FROM crawls WHERE kind = 'reparse'").fetchall()
    assert status == "done"


def test_a_reparse_whose_database_fails_ends_its_row_failed(store, monkeypatch):
    for seed in SEEDS[:2]:
        store.save_raw(f"http://seed/{seed.name}", "demo", compress(seed.path.read_bytes()), "text/html")

    def full(*args, **kwargs):
        raise DatabaseUnusable("database x: database or disk is full (the disk is full: free some space)")

    monkeypatch.setattr(store, "add", full)
    with pytest.raises(StoreError):
        reparse(store, {})
    (status, errors), = store.db.execute("SELECT status, errors FROM crawls WHERE kind = 'reparse'").fetchall()
    assert status == "failed" and "disk is full" in errors


def govnews(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "crawler.cli", *args], cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_a_database_with_a_newer_schema_is_refused_in_one_line(tmp_path):
    db = tmp_path / "news.db"
    Store(db).close()
    with closing(sqlite3.connect(db)) as conn:
        conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    with pytest.raises(StoreError, match="newer than this govnews knows"):
        Store(db)
    done = govnews("ingest", str(SEED.path), "--db", str(db))
    assert done.returncode == 1 and done.stderr.count("\n") == 1 and "upgrade govnews" in done.stderr
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone() == (0,)


def test_a_file_that_is_not_a_database_is_one_line(tmp_path):
    db = tmp_path / "news.db"
    db.write_bytes(b"not a database " * 1000)
    for command in (["ingest", str(SEED.path)], ["search", "项目建设"], ["dupes"]):
        done = govnews(*command, "--db", str(db))
        assert done.returncode != 0 and done.stderr.count("\n") == 1, done.stderr
        assert "not an SQLite database" in done.stderr and "Traceback" not in done.stderr


def test_a_database_with_corrupt_pages_is_one_line_from_every_command(tmp_path):
    db = tmp_path / "news.db"
    done = govnews("ingest", str(ROOT / "seeds" / "pages"), "--db", str(db))
    assert done.returncode == 0, done.stderr
    with closing(sqlite3.connect(db)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with open(db, "r+b") as f:
        f.seek(4096 * 6)
        f.write(b"\xff" * 4096 * 4)
    failed = []
    for command in (["ingest", str(SEED.path)], ["search", "项目建设"], ["dupes"], ["feed"], ["export"], ["status"]):
        done = govnews(*command, "--db", str(db))
        assert "Traceback" not in done.stderr, (command, done.stderr)
        if done.returncode:  # what reads no corrupt page works; the rest says why in one line
            assert done.stderr.count("\n") == 1 and "corrupt" in done.stderr, (command, done.stderr)
            failed.append(command[0])
    assert "ingest" in failed


def test_writing_to_a_read_only_database_is_one_line(tmp_path):
    db = tmp_path / "news.db"
    done = govnews("ingest", str(SEED.path), "--db", str(db))
    assert done.returncode == 0, done.stderr
    with read_only(db):
        for command in (["ingest", str(SEEDS[1].path)], ["reparse"]):
            done = govnews(*command, "--db", str(db))
            assert done.returncode == 1 and done.stderr.count("\n") == 1, (command, done.stderr)
            assert "read-only" in done.stderr and "Traceback" not in done.stderr


def test_a_database_on_a_read_only_mount_is_one_line(tmp_path):
    folder = tmp_path / "mount"
    folder.mkdir()
    db = folder / "news.db"
    with read_only(folder):
        done = govnews("ingest", str(SEED.path), "--db", str(db))
    assert done.returncode == 1 and done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert done.stderr.startswith(f"govnews: cannot open database {db}")


class read_only:
    """A file or folder no one may write, root included (chattr +i), for the duration."""

    def __init__(self, path) -> None:
        self.path = path

    def __enter__(self) -> None:
        import os

        self.path.chmod(0o555 if self.path.is_dir() else 0o444)
        if os.access(self.path, os.W_OK):  # root: permissions do not bind
            if subprocess.run(["chattr", "+i", str(self.path)], capture_output=True).returncode != 0:
                self.path.chmod(0o755 if self.path.is_dir() else 0o644)
                pytest.skip("cannot make a file read-only here (root without chattr)")
            self.chattr = True

    def __exit__(self, *exc) -> None:
        if getattr(self, "chattr", False):
            subprocess.run(["chattr", "-i", str(self.path)], check=True)
        self.path.chmod(0o755 if self.path.is_dir() else 0o644)
