"""The watches' side of the store: which matching articles are still to be delivered,
and where each watch last looked, so a delivery is neither lost nor sent twice."""

from __future__ import annotations

from crawler.store.database import utc_now


class DeliveryRecords:
    """The `watch_cursors` and `deliveries` tables of `Store`."""

    def init_watch_cursors(self, watches: list[str]) -> None:
        """Start each watch not seen before at the newest article: no backlog."""
        with self.transaction() as conn:
            conn.executemany("INSERT OR IGNORE INTO watch_cursors (watch, last_article_id)"
                             " VALUES (?, (SELECT coalesce(max(id), 0) FROM articles))", [(w,) for w in watches])

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
