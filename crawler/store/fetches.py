"""What the crawler knows about URLs rather than articles: what each answered last, its
validators for conditional GETs, links still to fetch, and the raw pages kept. It lets
a crawl resume where the last one stopped and re-fetch only what may have changed."""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterator

from crawler.store.database import utc_now

# What a URL can come to (`fetches.outcome`). Settled: not fetched again as a new article.
# Retried: fetched again once the site's revisit_hours have passed since the last try.
SETTLED_OUTCOMES = ("stored", "not_article", "withdrawn", "skipped", "off_domain", "bad_link")
RETRIED_OUTCOMES = ("error", "blocked", "redirect_loop")
FETCH_OUTCOMES = ("pending", "not_modified", *SETTLED_OUTCOMES, *RETRIED_OUTCOMES)
_SETTLED = ", ".join(f"'{o}'" for o in SETTLED_OUTCOMES)
_RETRIED = ", ".join(f"'{o}'" for o in RETRIED_OUTCOMES)


class FetchRecords:
    """The `fetches`, `sites` and `raw_pages` tables of `Store`."""

    def record_fetch(self, url: str, site: str | None, kind: str, status: int | None, outcome: str,
                     etag: str | None = None, last_modified: str | None = None, reason: str | None = None) -> None:
        """What a URL answered last, and why when it is not stored; validators are kept
        from the last 200 when a 304 has none."""
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO fetches (url, site, kind, status, outcome, etag, last_modified, fetched_at, reason)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(url) DO UPDATE SET site = excluded.site,"
                " kind = excluded.kind, status = excluded.status, outcome = excluded.outcome,"
                " etag = coalesce(excluded.etag, etag), last_modified = coalesce(excluded.last_modified, last_modified),"
                " fetched_at = excluded.fetched_at, reason = excluded.reason",
                (url, site, kind, status, outcome, etag, last_modified, utc_now(), reason),
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
            f"SELECT url FROM fetches WHERE kind = 'article' AND (outcome IN ({_SETTLED})"
            f" OR (outcome IN ({_RETRIED}) AND fetched_at >= ?))", [retry_failed_before])}
        return stored | other

    def frontier(self, site: str, retry_failed_before: str) -> list[str]:
        """Article links seen on the site's list pages and not stored yet: never fetched
        (a crawl stopped first), or failed or blocked long enough ago to try again."""
        return [r["url"] for r in self.db.query(
            "SELECT f.url FROM fetches f WHERE f.site = ? AND f.kind = 'article' AND (f.outcome = 'pending'"
            f" OR (f.outcome IN ({_RETRIED}) AND f.fetched_at < ?))"
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
        """Keep a fetched page's bytes, zlib-compressed (crawler.workers.prepared.compress)."""
        with self.transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO raw_pages (url, site, fetched_at, content_type, body) VALUES (?, ?, ?, ?, ?)",
                (url, site, utc_now(), content_type, compressed),
            )

    def raw_pages(self, site: str | None = None) -> Iterator[dict]:
        """Every kept page (of one site), decompressed, oldest first. The row ids are read
        first and each page on its own: no read stays open while the caller writes, so
        other writers (a crawl, an ingest) never leave it holding a stale snapshot."""
        sql, params = "SELECT rowid FROM raw_pages", []
        if site:
            sql, params = sql + " WHERE site = ?", [site]
        rowids = [r[0] for r in self.db.execute(sql + " ORDER BY rowid", params).fetchall()]
        for rowid in rowids:
            rows = list(self.db.query("SELECT url, site, fetched_at, content_type, body FROM raw_pages WHERE rowid = ?", [rowid]))
            if rows:  # gone since (a crawl replaced it): its new version has a new rowid
                row = rows[0]
                row["body"] = zlib.decompress(row["body"])
                yield row
