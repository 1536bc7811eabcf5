"""One row per crawl run, so a crawl can be monitored while it goes and judged after:
its counts, errors and status, and runs whose process died marked as such."""

from __future__ import annotations

import json
import os

from crawler.store.database import utc_now

CRAWL_COUNTS = ("pages", "list_pages", "article_pages", "new", "duplicates", "revised", "unchanged", "blocked", "withdrawn",
                "failed", "links", "lists_changed", "not_articles")


class CrawlRecords:
    """The `crawls` table of `Store`."""

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

    def crawl_history(self, site: str, limit: int = 20) -> list[dict]:
        """The site's latest crawls, newest first."""
        return list(self.db.query("SELECT * FROM crawls WHERE kind = 'crawl' AND site = ? ORDER BY id DESC LIMIT ?", [site, limit]))

    def crawled_sites(self) -> list[str]:
        return [r["site"] for r in self.db.query("SELECT DISTINCT site FROM crawls WHERE kind = 'crawl' AND site IS NOT NULL ORDER BY site")]

    def known_sites(self) -> list[str]:
        """Every site name the database has seen: crawled, configured on a crawl, or on an article."""
        rows = self.db.query("SELECT name FROM sites UNION SELECT DISTINCT site FROM articles WHERE site IS NOT NULL "
                             "UNION SELECT DISTINCT site FROM crawls WHERE site IS NOT NULL ORDER BY 1")
        return [r["name"] for r in rows]

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
