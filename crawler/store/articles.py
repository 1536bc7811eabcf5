"""Kept apart so the rules for a URL seen again live in one place: a copy is stored and
flagged, never dropped; a changed story becomes a revision with the old version kept;
an unchanged one is only refreshed. Article-to-columns conversion lives here too, used
both ways, so the row layout is known by one module."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from parsers import Article

from crawler.store import fingerprint as fp
from crawler.store.database import StoreError, utc_now

JSON_FIELDS = ("keywords", "warnings", "gov_meta", "attachments")
# The day a story was published is the day in China, whatever offset its time was given in.
CHINA_TIME = timezone(timedelta(hours=8))
# Which of the record's fields a page change makes a revision.
VERSIONED_FIELDS = ("title", "text")

# The day an article is filtered by: its publication's, or, on a page that prints no date, the day
# its lead names (the event's), which stood in for the publication's until it had a column. (Two
# conditions, not coalesce(): each keeps its column's index.) Takes the day twice.
SINCE_DAY = "(a.published_date >= ? OR (a.published_date IS NULL AND a.event_date >= ?))"


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


class ArticleRecords:
    """Writing and reading `articles` (and `revisions`) for `Store`."""

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

    def count(self) -> int:
        return self.db.execute("SELECT count(*) FROM articles").fetchone()[0]

    def article(self, url: str) -> dict | None:
        rows = list(self.db.query("SELECT * FROM articles WHERE url = ?", [url]))
        return _decoded(rows[0]) if rows else None

    def duplicates(self) -> list[dict]:
        return list(self.db.query(
            "SELECT d.*, a.first_seen_at, o.first_seen_at AS original_first_seen_at FROM duplicates d"
            " JOIN articles a ON a.id = d.id JOIN articles o ON o.id = d.original_id ORDER BY d.original_id, d.id"
        ))

    def articles(self, since: str | None = None) -> Iterator[dict]:
        """Every article (published on or after `since`, a day in China time: `SINCE_DAY`), oldest first."""
        sql = "SELECT a.*, o.url AS duplicate_of_url FROM articles a LEFT JOIN articles o ON o.id = a.duplicate_of"
        params: list = []
        if since:
            sql += f" WHERE {SINCE_DAY}"
            params += [since, since]
        for row in self.db.query(sql + " ORDER BY a.id", params):
            yield _decoded(row)


def _record(article: Article) -> dict:
    """The Article's fields as columns: lists as JSON, booleans as 0/1."""
    record = article.to_dict()
    for name in JSON_FIELDS:
        record[name] = json.dumps(record[name], ensure_ascii=False)
    record["title_derived"] = int(record["title_derived"])
    record["published_date"] = china_day(record["published_at"])
    return record


def china_day(published_at: str | None) -> str | None:
    """`YYYY-MM-DD` of an ISO time in China (a time without offset is China time already);
    the same rule as the SQL of `schema.PUBLISHED_DATE`."""
    if not published_at:
        return None
    moment = datetime.fromisoformat(published_at)
    return (moment.astimezone(CHINA_TIME) if moment.tzinfo else moment).date().isoformat()


def _decoded(row: dict) -> dict:
    for name in JSON_FIELDS:
        row[name] = json.loads(row[name])
    row["title_derived"] = bool(row["title_derived"])
    return row
