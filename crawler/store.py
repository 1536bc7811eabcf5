"""The article store: one SQLite file, the only code that writes to it.

Every write is one short transaction under BEGIN IMMEDIATE, so a crash or a kill at any
moment leaves either the whole article or nothing. WAL lets readers (the sqlite3 shell,
Datasette, `govnews search`) read while a crawl writes; a busy timeout makes concurrent
writers wait their turn instead of failing.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import zlib
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import sqlite_utils

from parsers import Article, normalize

from . import fingerprint as fp
from .schema import MIGRATIONS

BUSY_TIMEOUT_MS = 10_000
# Articles whose 3-gram sets are kept in memory for confirming near-duplicates (~8 KB each).
SHINGLE_CACHE_SIZE = 4096
# Candidates confirmed for one article at most, those sharing the most bands first: a
# site that publishes hundreds of near-identical notices must not make every new one
# compare itself with all of them.
MAX_CANDIDATES = 32
CRAWL_COUNTS = ("pages", "list_pages", "article_pages", "new", "duplicates", "revised", "unchanged", "blocked", "withdrawn",
                "failed", "links", "lists_changed", "not_articles")
# A query with any of these is FTS5 syntax, passed through as written.
FTS_SYNTAX = re.compile(r'["*()]|\b(?:AND|OR|NOT|NEAR)\b')
FTS_OPERATORS = ("AND", "OR", "NOT", "NEAR")
FTS_WORD = re.compile(r'"[^"]*"|[^\s()"]+')
SEARCH_COLUMNS = "a.id, a.url, a.title, a.published_at, a.source, a.duplicate_of"
SEARCH_FTS = (
    f"SELECT {SEARCH_COLUMNS}, snippet(articles_fts, 1, '[', ']', '…', 24) AS snippet"
    " FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid"
    " WHERE articles_fts MATCH ? ORDER BY articles_fts.rank LIMIT ?"
)
SEARCH_SCAN = (
    f"SELECT {SEARCH_COLUMNS}, substr(a.text, 1, 60) AS snippet FROM articles a"
    " WHERE {where} ORDER BY a.published_at DESC, a.id DESC LIMIT ?"
)
JSON_FIELDS = ("keywords", "warnings")
# Which of the record's fields a page change makes a revision.
VERSIONED_FIELDS = ("title", "text")


class StoreError(Exception):
    """The database cannot be opened or used; the message says why in one line."""


# What each outcome of `Store.add` is counted as, in crawls rows and summaries.
OUTCOME_COUNTERS = {"new": "new", "duplicate": "duplicates", "revised": "revised", "unchanged": "unchanged"}


@dataclass(frozen=True)
class Stored:
    """What storing one article did: `outcome` is new, duplicate, revised or unchanged."""

    outcome: str
    id: int
    duplicate_of: int | None = None
    dup_kind: str | None = None
    similarity: float | None = None


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Store:
    """One SQLite file of articles. Open with `Store(path)`; close when done."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self.shingle_cache: OrderedDict = OrderedDict()
        try:
            conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
            self.db = sqlite_utils.Database(conn)
            self.migrate()
        except sqlite3.DatabaseError as error:
            raise StoreError(f"cannot open database {self.path}: {error}") from None

    def close(self) -> None:
        self.db.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic write: BEGIN IMMEDIATE takes the write lock up front. Inside another
        transaction it is a savepoint of that one: undone alone if it fails, committed
        with the rest."""
        conn = self.db.conn
        if conn.in_transaction:
            conn.execute("SAVEPOINT nested")
            try:
                yield conn
            except BaseException:
                if conn.in_transaction:  # else SQLite has given up the whole transaction
                    conn.execute("ROLLBACK TO nested")
                    conn.execute("RELEASE nested")
                raise
            conn.execute("RELEASE nested")
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    def migrate(self) -> None:
        """Run the migrations this file has not seen yet, each in its own transaction.

        Several processes may open a new file at once: one runs a migration, the others'
        attempt fails and rolls back, and they go on from the version they find then."""
        while (version := self.db.execute("PRAGMA user_version").fetchone()[0]) < len(MIGRATIONS):
            try:
                self.db.conn.executescript(f"BEGIN IMMEDIATE;\n{MIGRATIONS[version]}\nPRAGMA user_version = {version + 1};\nCOMMIT;")
            except sqlite3.DatabaseError:
                if self.db.conn.in_transaction:
                    self.db.conn.execute("ROLLBACK")
                if self.db.execute("PRAGMA user_version").fetchone()[0] == version:
                    raise

    # --- crawls ---------------------------------------------------------------------

    def start_crawl(self, kind: str, site: str | None = None) -> int:
        """A row for this run; earlier runs whose process died are marked interrupted."""
        with self.transaction() as conn:
            for crawl_id, pid in conn.execute("SELECT id, pid FROM crawls WHERE status = 'running'").fetchall():
                if not _process_alive(pid):
                    conn.execute("UPDATE crawls SET status = 'interrupted' WHERE id = ?", (crawl_id,))
            cursor = conn.execute(
                "INSERT INTO crawls (kind, site, pid, started_at) VALUES (?, ?, ?, ?)", (kind, site, os.getpid(), utc_now())
            )
            return cursor.lastrowid

    def start_site_crawl(self, site: str, run_id: str) -> int:
        crawl_id = self.start_crawl("crawl", site)
        with self.transaction() as conn:
            conn.execute("UPDATE crawls SET run_id = ? WHERE id = ?", (run_id, crawl_id))
        return crawl_id

    def finish_crawl(self, crawl_id: int, counts: dict[str, int], errors: list[str], status: str = "done") -> None:
        columns = CRAWL_COUNTS
        values = [counts.get(c, 0) for c in columns]
        with self.transaction() as conn:
            conn.execute(
                f"UPDATE crawls SET {', '.join(f'{c} = ?' for c in columns)}, errors = ?, status = ?, finished_at = ? WHERE id = ?",
                (*values, json.dumps(errors, ensure_ascii=False), status, utc_now(), crawl_id),
            )

    # --- articles -----------------------------------------------------------------------

    def add(self, article: Article, crawl_id: int | None = None, site: str | None = None,
            fingerprint: fp.Fingerprint | None = None) -> Stored:
        """Store one parsed article: new, a duplicate of an earlier one, a revision of the
        same URL, or unchanged. Duplicates are stored and flagged, never dropped.
        `fingerprint` is the article text's, when the caller has computed it already."""
        if not article.url:
            raise StoreError("an article needs a URL to be stored")
        fprint = fingerprint or fp.fingerprint(article.text)
        now = utc_now()
        with self.transaction() as conn:
            existing = conn.execute("SELECT * FROM articles WHERE url = ?", (article.url,)).fetchone()
            if existing is None:
                return self._insert(conn, article, fprint, now, crawl_id, site)
            row = dict(zip([d[0] for d in conn.execute("SELECT * FROM articles LIMIT 0").description], existing))
            if all(row[f] == getattr(article, f) for f in VERSIONED_FIELDS):
                # Same story: other fields a parser fix may have changed are updated in place.
                record = {k: v for k, v in _record(article).items() if k not in VERSIONED_FIELDS and k != "url"}
                conn.execute(f"UPDATE articles SET {', '.join(f'{k} = ?' for k in record)}, last_seen_at = ? WHERE id = ?",
                             (*record.values(), now, row["id"]))
                return Stored("unchanged", row["id"], row["duplicate_of"], row["dup_kind"], row["similarity"])
            return self._revise(conn, row, article, fprint, now, crawl_id)

    def _insert(self, conn, article: Article, fprint: fp.Fingerprint, now: str, crawl_id, site) -> Stored:
        original, kind, similarity = self._find_original(conn, article.text, fprint, exclude=None)
        record = _record(article) | {
            "site": site, "content_hash": fprint.content_hash, "duplicate_of": original, "dup_kind": kind,
            "similarity": similarity, "first_seen_at": now, "last_seen_at": now, "crawl_id": crawl_id,
        }
        cursor = conn.execute(
            f"INSERT INTO articles ({', '.join(record)}) VALUES ({', '.join('?' * len(record))})", list(record.values())
        )
        self._write_bands(conn, cursor.lastrowid, fprint.bands)
        self._remember_shingles(cursor.lastrowid, fprint)
        return Stored("duplicate" if original else "new", cursor.lastrowid, original, kind, similarity)

    def _revise(self, conn, row: dict, article: Article, fprint: fp.Fingerprint, now: str, crawl_id) -> Stored:
        """Keep the old version in `revisions`, then update the article in place."""
        conn.execute(
            "INSERT INTO revisions (article_id, revision, title, title_original, published_at, text, text_original,"
            " content_hash, first_seen_at, replaced_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (row["id"], row["revision"], row["title"], row["title_original"], row["published_at"], row["text"],
             row["text_original"], row["content_hash"], row["first_seen_at"], now),
        )
        if fprint.content_hash != row["content_hash"]:
            self._promote_copy(conn, row["id"])
        original, kind, similarity = self._find_original(conn, article.text, fprint, exclude=row["id"])
        record = _record(article) | {
            "content_hash": fprint.content_hash, "duplicate_of": original, "dup_kind": kind, "similarity": similarity,
            "revision": row["revision"] + 1, "last_seen_at": now, "crawl_id": crawl_id,
        }
        conn.execute(f"UPDATE articles SET {', '.join(f'{k} = ?' for k in record)} WHERE id = ?", (*record.values(), row["id"]))
        old_bands = fp.fingerprint(row["text"]).bands
        conn.executemany("DELETE FROM article_bands WHERE key = ? AND article_id = ?", [(k, row["id"]) for k in old_bands])
        self._write_bands(conn, row["id"], fprint.bands)
        self._remember_shingles(row["id"], fprint)
        return Stored("revised", row["id"], original, kind, similarity)

    @staticmethod
    def _promote_copy(conn, original_id: int) -> None:
        """The original's story changed: its earliest copy becomes the cluster's original,
        the other copies are flagged against it (or no longer, if they differ too much)."""
        copies = conn.execute("SELECT id, text, content_hash FROM articles WHERE duplicate_of = ? ORDER BY id", (original_id,)).fetchall()
        if not copies:
            return
        (root, root_text, root_hash), others = copies[0], copies[1:]
        conn.execute("UPDATE articles SET duplicate_of = NULL, dup_kind = NULL, similarity = NULL WHERE id = ?", (root,))
        for copy_id, text, content_hash in others:
            similarity = 1.0 if content_hash == root_hash else round(fp.jaccard(text, root_text), 4)
            flagged = similarity >= fp.NEAR_THRESHOLD
            conn.execute("UPDATE articles SET duplicate_of = ?, dup_kind = ?, similarity = ? WHERE id = ?",
                         (root if flagged else None, ("exact" if similarity == 1.0 else "near") if flagged else None,
                          similarity if flagged else None, copy_id))

    @staticmethod
    def _write_bands(conn, article_id: int, bands: tuple[int, ...]) -> None:
        conn.executemany("INSERT OR IGNORE INTO article_bands (key, article_id) VALUES (?, ?)", [(k, article_id) for k in bands])

    def _find_original(self, conn, text: str, fprint: fp.Fingerprint, exclude: int | None):
        """(original id, 'exact' | 'near', similarity) or (None, None, None).

        The original is always the root of its cluster: the earliest stored article,
        never a duplicate itself.
        """
        exact = conn.execute(
            "SELECT coalesce(duplicate_of, id) FROM articles WHERE content_hash = ? AND id IS NOT ? ORDER BY id LIMIT 1",
            (fprint.content_hash, exclude),
        ).fetchone()
        if exact:
            return exact[0], "exact", 1.0
        placeholders = ", ".join("?" * len(fprint.bands))
        candidates = conn.execute(
            "SELECT a.id, coalesce(a.duplicate_of, a.id), a.content_hash FROM"
            " (SELECT article_id, count(*) AS shared FROM article_bands"
            f"  WHERE key IN ({placeholders}) AND article_id IS NOT ?"
            "  GROUP BY article_id ORDER BY shared DESC, article_id LIMIT ?) AS c"
            " JOIN articles a ON a.id = c.article_id ORDER BY c.shared DESC, a.id",
            (*fprint.bands, exclude, MAX_CANDIDATES),
        ).fetchall()
        if not candidates:
            return None, None, None
        shingles = fprint.shingles if fprint.shingles is not None else fp.shingle_set(text)
        scored = [(fp.jaccard_sets(shingles, self._shingles(conn, candidate, content_hash)), candidate, root)
                  for candidate, root, content_hash in candidates]
        similarity, candidate, root = max(scored, key=lambda s: (s[0], -s[1]))
        if similarity < fp.NEAR_THRESHOLD:
            return None, None, None
        if candidate != root:  # matched a copy: the similarity reported is to the original
            root_hash = conn.execute("SELECT content_hash FROM articles WHERE id = ?", (root,)).fetchone()[0]
            similarity = fp.jaccard_sets(shingles, self._shingles(conn, root, root_hash))
        return root, "near", round(similarity, 4)

    def _remember_shingles(self, article_id: int, fprint: fp.Fingerprint) -> None:
        if fprint.shingles is not None:
            self.shingle_cache[(article_id, fprint.content_hash)] = fprint.shingles
            if len(self.shingle_cache) > SHINGLE_CACHE_SIZE:
                self.shingle_cache.popitem(last=False)

    def _shingles(self, conn, article_id: int, content_hash: str):
        """A stored article's 3-gram set, kept for the next time it is a candidate: the
        same few stories are candidates again and again while a crawl goes on."""
        key = (article_id, content_hash)
        shingles = self.shingle_cache.get(key)
        if shingles is None:
            text = conn.execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()[0]
            shingles = self.shingle_cache[key] = fp.shingle_set(text)
            if len(self.shingle_cache) > SHINGLE_CACHE_SIZE:
                self.shingle_cache.popitem(last=False)
        else:
            self.shingle_cache.move_to_end(key)
        return shingles

    # --- fetching -------------------------------------------------------------------------

    def record_fetch(self, url: str, site: str | None, kind: str, status: int | None, outcome: str,
                     etag: str | None = None, last_modified: str | None = None) -> None:
        """What a URL answered last; validators are kept from the last 200 when a 304 has none."""
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO fetches (url, site, kind, status, outcome, etag, last_modified, fetched_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(url) DO UPDATE SET site = excluded.site,"
                " kind = excluded.kind, status = excluded.status, outcome = excluded.outcome,"
                " etag = coalesce(excluded.etag, etag), last_modified = coalesce(excluded.last_modified, last_modified),"
                " fetched_at = excluded.fetched_at",
                (url, site, kind, status, outcome, etag, last_modified, utc_now()),
            )

    def validators(self, urls: list[str]) -> dict[str, tuple[str | None, str | None]]:
        """(ETag, Last-Modified) of each URL fetched before, for a conditional GET."""
        found = {}
        for url in urls:
            for row in self.db.query("SELECT etag, last_modified FROM fetches WHERE url = ?", [url]):
                found[url] = (row["etag"], row["last_modified"])
        return found

    def settled_urls(self, site: str, retry_failed_before: str) -> set[str]:
        """URLs not to fetch as new articles now: stored ones, pages found not to be
        articles, and pages that failed or were blocked after `retry_failed_before` (ISO
        time): those are tried again once that wait is over."""
        stored = {r["url"] for r in self.db.query("SELECT url FROM articles")}
        other = {r["url"] for r in self.db.query(
            "SELECT url FROM fetches WHERE kind = 'article' AND (outcome IN ('stored', 'not_article', 'withdrawn', 'skipped')"
            " OR (outcome IN ('error', 'blocked') AND fetched_at >= ?))", [retry_failed_before])}
        return stored | other

    def frontier(self, site: str, retry_failed_before: str) -> list[str]:
        """Article links seen on the site's list pages and not stored yet: never fetched
        (a crawl stopped first), or failed or blocked long enough ago to try again."""
        return [r["url"] for r in self.db.query(
            "SELECT f.url FROM fetches f WHERE f.site = ? AND f.kind = 'article' AND (f.outcome = 'pending'"
            " OR (f.outcome IN ('error', 'blocked') AND f.fetched_at < ?))"
            " AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.url = f.url) ORDER BY f.rowid", [site, retry_failed_before])]

    def record_links(self, site: str, urls: list[str]) -> None:
        """Article links a list page showed: pending until fetched, so none is forgotten."""
        with self.transaction() as conn:
            conn.executemany("INSERT OR IGNORE INTO fetches (url, site, kind, outcome, fetched_at) VALUES (?, ?, 'article', 'pending', ?)",
                             [(u, site, utc_now()) for u in urls])

    def list_validators(self, site: str) -> dict[str, tuple[str | None, str | None]]:
        """(ETag, Last-Modified) of every list page of the site fetched before."""
        return {r["url"]: (r["etag"], r["last_modified"])
                for r in self.db.query("SELECT url, etag, last_modified FROM fetches WHERE site = ? AND kind = 'list'", [site])}

    def record_site(self, name: str, parser: str, config: dict) -> None:
        with self.transaction() as conn:
            conn.execute("INSERT INTO sites (name, parser, config, added_at) VALUES (?, ?, ?, ?) ON CONFLICT(name) DO UPDATE"
                         " SET parser = excluded.parser, config = excluded.config",
                         (name, parser, json.dumps(config, ensure_ascii=False), utc_now()))

    def due_for_revisit(self, site: str, younger_than: str, checked_before: str) -> list[str]:
        """Stored articles first seen after `younger_than` whose page was last fetched before
        `checked_before` (both ISO times), not withdrawn."""
        return [r["url"] for r in self.db.query(
            "SELECT a.url FROM articles a LEFT JOIN fetches f ON f.url = a.url WHERE a.site = ? AND a.withdrawn_at IS NULL"
            " AND a.first_seen_at >= ? AND (f.fetched_at IS NULL OR f.fetched_at < ?) ORDER BY a.id",
            [site, younger_than, checked_before])]

    def touch(self, url: str) -> None:
        """An article seen again unchanged (a 304): only last_seen_at moves."""
        with self.transaction() as conn:
            conn.execute("UPDATE articles SET last_seen_at = ? WHERE url = ?", (utc_now(), url))

    def mark_withdrawn(self, url: str) -> bool:
        """Record that a stored article's page is gone; False if it was not stored."""
        with self.transaction() as conn:
            cursor = conn.execute("UPDATE articles SET withdrawn_at = coalesce(withdrawn_at, ?) WHERE url = ?", (utc_now(), url))
            return cursor.rowcount > 0

    def save_raw(self, url: str, site: str | None, compressed: bytes, content_type: str | None) -> None:
        """Keep a fetched page's bytes, zlib-compressed (crawler.prepared.compress)."""
        with self.transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO raw_pages (url, site, fetched_at, content_type, body) VALUES (?, ?, ?, ?, ?)",
                (url, site, utc_now(), content_type, compressed),
            )

    def raw_pages(self, site: str | None = None) -> Iterator[dict]:
        """Every kept page (of one site), decompressed, oldest first."""
        sql, params = "SELECT url, site, fetched_at, content_type, body FROM raw_pages", []
        if site:
            sql, params = sql + " WHERE site = ?", [site]
        for row in self.db.query(sql + " ORDER BY rowid", params):
            row["body"] = zlib.decompress(row["body"])
            yield row

    # --- reading ----------------------------------------------------------------------------

    def search(self, query: str, limit: int = 20) -> list[dict]:
        """Articles matching `query`, best first. The query is read like a page (Traditional
        becomes Simplified); plain words must all appear; FTS5 syntax (quotes, AND, OR,
        NOT, NEAR, *) is passed through. Words under three characters, which the trigram
        index cannot look up, are matched by a scan instead."""
        kind, clause, params = _match_clause(query)
        sql = SEARCH_FTS if kind == "fts" else SEARCH_SCAN.format(where=clause)
        return self._query(query, sql, [*params, limit])

    def matching_ids(self, query: str, after_id: int, site: str | None = None) -> list[int]:
        """Ids of articles after `after_id` (of one site) that match `query`, oldest first."""
        kind, clause, params = _match_clause(query)
        condition = "a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)" if kind == "fts" else clause
        sql = f"SELECT a.id FROM articles a WHERE a.id > ? AND (? IS NULL OR a.site = ?) AND {condition} ORDER BY a.id"
        return [r["id"] for r in self._query(query, sql, [after_id, site, site, *params])]

    def newest_articles(self, limit: int, site: str | None = None, query: str | None = None,
                        include_duplicates: bool = False) -> list[dict]:
        """The latest stored articles (of one site, matching a query), newest first."""
        conditions, params = ["(? IS NULL OR a.site = ?)"], [site, site]
        if not include_duplicates:
            conditions.append("a.duplicate_of IS NULL")
        if query:
            kind, clause, match = _match_clause(query)
            conditions.append("a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)" if kind == "fts" else clause)
            params += match
        sql = f"SELECT a.* FROM articles a WHERE {' AND '.join(conditions)} ORDER BY a.first_seen_at DESC, a.id DESC LIMIT ?"
        return [_decoded(r) for r in self._query(query or "", sql, [*params, limit])]

    def init_watch_cursors(self, watches: list[str]) -> None:
        """Start each watch not seen before at the newest article: no backlog."""
        with self.transaction() as conn:
            conn.executemany("INSERT OR IGNORE INTO watch_cursors (watch, last_article_id)"
                             " VALUES (?, (SELECT coalesce(max(id), 0) FROM articles))", [(w,) for w in watches])

    def _query(self, query: str, sql: str, params: list) -> list[dict]:
        try:
            return list(self.db.query(sql, params))
        except sqlite3.OperationalError as error:
            raise StoreError(f"malformed search query {query!r}: {error}") from None

    # --- monitoring ---------------------------------------------------------------------

    def crawl_history(self, site: str, limit: int = 20) -> list[dict]:
        """The site's latest crawls, newest first."""
        return list(self.db.query("SELECT * FROM crawls WHERE kind = 'crawl' AND site = ? ORDER BY id DESC LIMIT ?", [site, limit]))

    def crawled_sites(self) -> list[str]:
        return [r["site"] for r in self.db.query("SELECT DISTINCT site FROM crawls WHERE kind = 'crawl' AND site IS NOT NULL ORDER BY site")]

    def new_articles_since(self, site: str, since: str) -> int:
        rows = self.db.query("SELECT count(*) AS n FROM articles WHERE site = ? AND first_seen_at >= ?", [site, since])
        return next(rows)["n"]

    def end_crawls_of(self, pid: int, status: str, reason: str) -> int:
        """Close the crawl rows a stopped process left running; how many there were."""
        with self.transaction() as conn:
            return conn.execute(
                "UPDATE crawls SET status = ?, finished_at = ?, errors = json_insert(errors, '$[#]', ?) WHERE pid = ? AND status = 'running'",
                (status, utc_now(), reason, pid),
            ).rowcount

    def crawl_rows_of(self, pid: int) -> int:
        return next(self.db.query("SELECT count(*) AS n FROM crawls WHERE pid = ?", [pid]))["n"]

    def record_failed_crawl(self, site: str, reason: str) -> None:
        """A crawl that failed before it could write its own row (it never started)."""
        with self.transaction() as conn:
            conn.execute("INSERT INTO crawls (kind, site, started_at, finished_at, status, errors) VALUES ('crawl', ?, ?, ?, 'failed', ?)",
                         (site, utc_now(), utc_now(), json.dumps([reason], ensure_ascii=False)))

    # --- watches ------------------------------------------------------------------------

    def queue_deliveries(self, watch: str, query: str, site: str | None, include_duplicates: bool) -> int:
        """Queue every article stored since the watch last looked that matches it; a new
        watch starts from now (no backlog). Returns how many were queued."""
        newest = next(self.db.query("SELECT coalesce(max(id), 0) AS id FROM articles"))["id"]
        cursor = next(self.db.query("SELECT last_article_id FROM watch_cursors WHERE watch = ?", [watch]), None)
        after = newest if cursor is None else cursor["last_article_id"]
        ids = self.matching_ids(query, after, site) if after < newest else []
        if not include_duplicates and ids:
            placeholders = ", ".join("?" * len(ids))
            ids = [r["id"] for r in self.db.query(f"SELECT id FROM articles WHERE id IN ({placeholders}) AND duplicate_of IS NULL", ids)]
        now = utc_now()
        with self.transaction() as conn:
            conn.executemany("INSERT OR IGNORE INTO deliveries (watch, article_id, next_attempt_at) VALUES (?, ?, ?)",
                             [(watch, i, now) for i in ids if i <= newest])
            conn.execute("INSERT INTO watch_cursors (watch, last_article_id) VALUES (?, ?)"
                         " ON CONFLICT(watch) DO UPDATE SET last_article_id = excluded.last_article_id", (watch, newest))
        return len(ids)

    def due_deliveries(self, now: str) -> list[dict]:
        """Pending deliveries whose time has come, with their article."""
        return list(self.db.query(
            "SELECT d.id AS delivery_id, d.watch, d.attempts, a.* FROM deliveries d JOIN articles a ON a.id = d.article_id"
            " WHERE d.status = 'pending' AND d.next_attempt_at <= ? ORDER BY d.id", [now]))

    def delivery_done(self, delivery_id: int) -> None:
        with self.transaction() as conn:
            conn.execute("UPDATE deliveries SET status = 'delivered', attempts = attempts + 1, delivered_at = ?, last_error = NULL"
                         " WHERE id = ?", (utc_now(), delivery_id))

    def delivery_failed(self, delivery_id: int, error: str, next_attempt_at: str | None) -> None:
        """Count a failed attempt: retry at `next_attempt_at`, or give up (status failed) if None."""
        with self.transaction() as conn:
            conn.execute("UPDATE deliveries SET attempts = attempts + 1, last_error = ?, status = ?, next_attempt_at = coalesce(?, next_attempt_at)"
                         " WHERE id = ?", (error, "pending" if next_attempt_at else "failed", next_attempt_at, delivery_id))

    def count(self) -> int:
        return self.db["articles"].count

    def article(self, url: str) -> dict | None:
        rows = list(self.db.query("SELECT * FROM articles WHERE url = ?", [url]))
        return _decoded(rows[0]) if rows else None

    def duplicates(self) -> list[dict]:
        return list(self.db.query(
            "SELECT d.*, a.first_seen_at, o.first_seen_at AS original_first_seen_at FROM duplicates d"
            " JOIN articles a ON a.id = d.id JOIN articles o ON o.id = d.original_id ORDER BY d.original_id, d.id"
        ))

    def articles(self, since: str | None = None) -> Iterator[dict]:
        """Every article (found on or after `since`, an ISO date), oldest first."""
        sql = "SELECT a.*, o.url AS duplicate_of_url FROM articles a LEFT JOIN articles o ON o.id = a.duplicate_of"
        params: list = []
        if since:
            sql += " WHERE a.first_seen_at >= ?"
            params.append(since)
        for row in self.db.query(sql + " ORDER BY a.id", params):
            yield _decoded(row)


def _match_clause(query: str) -> tuple[str, str, list]:
    """("fts", "", [match]) for the trigram index, or ("scan", condition on `a`, params)."""
    reading = normalize.reading_text(query)
    terms = reading.split()
    if not terms:
        raise StoreError("empty search query")
    if FTS_SYNTAX.search(reading):
        words = [w.strip('"()*') for w in FTS_WORD.findall(reading) if w not in FTS_OPERATORS]
        short = [w for w in words if w and len(w) < fp.SHINGLE]
        if short:
            raise StoreError(f"{short[0]!r} is too short to combine with search operators: use three or more characters")
        return "fts", "", [reading]
    if any(len(t) < fp.SHINGLE for t in terms):
        condition = " AND ".join("(a.title LIKE ? ESCAPE '\\' OR a.text LIKE ? ESCAPE '\\')" for _ in terms)
        return "scan", condition, [p for t in terms for p in (f"%{_like_escaped(t)}%",) * 2]
    return "fts", "", [" ".join(f'"{t}"' for t in terms)]


def _like_escaped(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _record(article: Article) -> dict:
    """The Article's fields as columns: lists as JSON, booleans as 0/1."""
    record = article.to_dict()
    for name in JSON_FIELDS:
        record[name] = json.dumps(record[name], ensure_ascii=False)
    record["title_derived"] = int(record["title_derived"])
    return record


def _decoded(row: dict) -> dict:
    for name in JSON_FIELDS:
        row[name] = json.loads(row[name])
    row["title_derived"] = bool(row["title_derived"])
    return row


def _process_alive(pid: int | None) -> bool:
    if not pid:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
