"""The watches' side of the store: which matching articles are still to be delivered,
and where each watch last looked, so a delivery is neither lost nor sent twice: a sender
claims the rows it sends in one UPDATE, and settles only the rows it still holds."""

from __future__ import annotations

from crawler.store.database import utc_now

# A delivery that may be sent now: pending and due, or claimed by a sender whose lease ran out.
DUE = "((status = 'pending' AND next_attempt_at <= ?) OR (status = 'sending' AND claimed_until <= ?))"


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

    def due_count(self, watches: list[str], now: str) -> int:
        """How many deliveries of these watches could be sent now."""
        if not watches:
            return 0
        marks = ", ".join("?" * len(watches))
        return next(self.db.query(f"SELECT count(*) AS n FROM deliveries WHERE watch IN ({marks}) AND {DUE}",
                                  [*watches, now, now]))["n"]

    def claim_deliveries(self, watches: list[str], now: str, limit: int, claimant: str, lease_until: str) -> list[dict]:
        """Claim up to `limit` due deliveries of one of these watches (the one waiting
        longest) for `claimant` until `lease_until`, with their articles, oldest first.

        One UPDATE in one write transaction: two senders never claim the same row; a row
        whose claimant died is claimable again once its lease is over."""
        if not watches:
            return []
        marks = ", ".join("?" * len(watches))
        with self.transaction() as conn:
            first = conn.execute(f"SELECT watch FROM deliveries WHERE watch IN ({marks}) AND {DUE} ORDER BY id LIMIT 1",
                                 [*watches, now, now]).fetchone()
            if first is None:
                return []
            ids = [row[0] for row in conn.execute(
                f"UPDATE deliveries SET status = 'sending', claimed_by = ?, claimed_until = ? WHERE id IN"
                f" (SELECT id FROM deliveries WHERE watch = ? AND {DUE} ORDER BY id LIMIT ?) RETURNING id",
                [claimant, lease_until, first[0], now, now, limit])]
        marks = ", ".join("?" * len(ids))
        return list(self.db.query(
            "SELECT d.id AS delivery_id, d.watch, d.attempts, a.* FROM deliveries d JOIN articles a ON a.id = d.article_id"
            f" WHERE d.id IN ({marks}) ORDER BY d.id", ids))

    def delivery_done(self, delivery_ids: list[int], claimant: str | None = None) -> None:
        """Sent. With a `claimant`, only the rows it still holds are marked."""
        self._settle(delivery_ids, claimant, "status = 'delivered', attempts = attempts + 1, delivered_at = ?,"
                                            " last_error = NULL", [utc_now()])

    def delivery_failed(self, delivery_ids: list[int], error: str, next_attempt_at: str | None,
                        claimant: str | None = None) -> None:
        """Count a failed attempt: retry at `next_attempt_at`, or give up (status failed) if None."""
        self._settle(delivery_ids, claimant, "attempts = attempts + 1, last_error = ?, status = ?,"
                                            " next_attempt_at = coalesce(?, next_attempt_at)",
                     [error, "pending" if next_attempt_at else "failed", next_attempt_at])

    def release_claims(self, claimant: str) -> int:
        """Give back, unsent and not counted as an attempt, what `claimant` still holds."""
        with self.transaction() as conn:
            return conn.execute("UPDATE deliveries SET status = 'pending', claimed_by = NULL, claimed_until = NULL"
                                " WHERE status = 'sending' AND claimed_by = ?", [claimant]).rowcount

    def _settle(self, delivery_ids: list[int], claimant: str | None, assignments: str, params: list) -> None:
        marks = ", ".join("?" * len(delivery_ids))
        with self.transaction() as conn:
            conn.execute(f"UPDATE deliveries SET {assignments}, claimed_by = NULL, claimed_until = NULL"
                         f" WHERE id IN ({marks}) AND (? IS NULL OR claimed_by = ?)",
                         [*params, *delivery_ids, claimant, claimant])

    def delivery_counts(self, watch: str) -> dict[str, int]:
        """The watch's deliveries by status."""
        return {r["status"]: r["n"] for r in self.db.query(
            "SELECT status, count(*) AS n FROM deliveries WHERE watch = ? GROUP BY status", [watch])}

    def digest_articles(self, query: str, site: str | None, since: str, until: str) -> tuple[list[dict], dict[int, int]]:
        """The originals first stored in [since, until] that match, oldest first, and how
        many duplicates of each arrived in the same span."""
        first = next(self.db.query("SELECT min(id) AS id FROM articles WHERE first_seen_at >= ?", [since]))["id"]
        if first is None:
            return [], {}
        ids = self.matching_ids(query, first - 1, site)
        if not ids:
            return [], {}
        marks = ", ".join("?" * len(ids))
        rows = list(self.db.query(f"SELECT * FROM articles WHERE id IN ({marks}) AND first_seen_at <= ? ORDER BY id",
                                  [*ids, until]))
        originals = [r for r in rows if r["duplicate_of"] is None]
        counts: dict[int, int] = {}
        for row in rows:
            if row["duplicate_of"] is not None:
                counts[row["duplicate_of"]] = counts.get(row["duplicate_of"], 0) + 1
        return originals, counts
