"""The database schema, as numbered migrations: each a script run once, in order.

`PRAGMA user_version` records how many have run. A migration never changes once
released; a change to the schema is a new entry at the end of MIGRATIONS. Code and tests
never name a migration by its number: they ask for `len(MIGRATIONS)`.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable

from crawler.store.bigram_index import index_pending

log = logging.getLogger("govnews.store")

# Each entry: an SQL script, or a function of the connection (run inside the migration's
# transaction) for what SQL alone cannot do.
MIGRATIONS: list[str | Callable[[sqlite3.Connection], None]] = [
    # 1: articles with their fingerprints and duplicate flags, crawls, sites, revisions, search.
    """
    CREATE TABLE sites (
        name TEXT PRIMARY KEY,
        parser TEXT,
        config TEXT,                      -- the site's entry in the site list, as JSON
        added_at TEXT NOT NULL
    );
    CREATE TABLE crawls (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,               -- ingest | crawl
        site TEXT,
        pid INTEGER,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        status TEXT NOT NULL DEFAULT 'running',   -- running | done | failed | interrupted
        pages INTEGER NOT NULL DEFAULT 0,
        new INTEGER NOT NULL DEFAULT 0,
        duplicates INTEGER NOT NULL DEFAULT 0,
        revised INTEGER NOT NULL DEFAULT 0,
        unchanged INTEGER NOT NULL DEFAULT 0,
        failed INTEGER NOT NULL DEFAULT 0,
        errors TEXT NOT NULL DEFAULT '[]'         -- JSON list of one-line reasons
    );
    CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        url TEXT NOT NULL UNIQUE,
        site TEXT,
        parser TEXT NOT NULL,
        title TEXT NOT NULL,
        title_original TEXT,
        title_derived INTEGER NOT NULL DEFAULT 0,
        published_at TEXT,
        date_source TEXT,
        source TEXT,
        region TEXT,
        zone TEXT,
        keywords TEXT NOT NULL DEFAULT '[]',      -- JSON list
        text TEXT NOT NULL,
        text_original TEXT,
        warnings TEXT NOT NULL DEFAULT '[]',      -- JSON list
        content_hash TEXT NOT NULL,
        duplicate_of INTEGER REFERENCES articles(id),
        dup_kind TEXT CHECK (dup_kind IN ('exact', 'near')),
        similarity REAL,
        revision INTEGER NOT NULL DEFAULT 1,
        first_seen_at TEXT NOT NULL,
        last_seen_at TEXT NOT NULL,
        crawl_id INTEGER REFERENCES crawls(id)
    );
    CREATE INDEX articles_content_hash ON articles(content_hash);
    CREATE INDEX articles_duplicate_of ON articles(duplicate_of);
    CREATE INDEX articles_published_at ON articles(published_at);
    CREATE INDEX articles_first_seen_at ON articles(first_seen_at);
    -- MinHash LSH bands (crawler/fingerprint.py): near-duplicate candidates by index lookup.
    CREATE TABLE article_bands (
        key INTEGER NOT NULL,
        article_id INTEGER NOT NULL REFERENCES articles(id),
        PRIMARY KEY (key, article_id)
    ) WITHOUT ROWID;
    -- Earlier versions of articles whose page changed under the same URL.
    CREATE TABLE revisions (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id),
        revision INTEGER NOT NULL,
        title TEXT,
        title_original TEXT,
        published_at TEXT,
        text TEXT,
        text_original TEXT,
        content_hash TEXT,
        first_seen_at TEXT,
        replaced_at TEXT NOT NULL,
        UNIQUE (article_id, revision)
    );
    -- Full-text search: any Chinese substring of three or more characters.
    CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content='articles', content_rowid='id', tokenize='trigram'
    );
    CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
    END;
    CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    END;
    CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
    END;
    -- Every flagged article beside its original, for any SQLite tool.
    CREATE VIEW duplicates AS
        SELECT a.id, a.url, a.title, a.dup_kind AS kind, a.similarity,
               o.id AS original_id, o.url AS original_url, o.title AS original_title
        FROM articles a JOIN articles o ON o.id = a.duplicate_of;
    """,
    # 2: crawling: what each URL answered last (validators for conditional GET), the fetched
    # bytes of each article (for reparse), withdrawn articles, per-site crawl counts.
    """
    ALTER TABLE articles ADD COLUMN withdrawn_at TEXT;
    ALTER TABLE crawls ADD COLUMN run_id TEXT;
    ALTER TABLE crawls ADD COLUMN list_pages INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE crawls ADD COLUMN article_pages INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE crawls ADD COLUMN blocked INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE crawls ADD COLUMN withdrawn INTEGER NOT NULL DEFAULT 0;
    CREATE TABLE fetches (
        url TEXT PRIMARY KEY,
        site TEXT,
        kind TEXT NOT NULL,               -- list | article
        status INTEGER,                   -- the HTTP status of the last answer
        outcome TEXT NOT NULL,            -- pending | stored | not_modified | blocked | not_article | withdrawn | skipped | error
        etag TEXT,
        last_modified TEXT,
        fetched_at TEXT NOT NULL
    );
    CREATE INDEX fetches_site ON fetches(site, kind);
    CREATE TABLE raw_pages (
        url TEXT PRIMARY KEY,
        site TEXT,
        fetched_at TEXT NOT NULL,
        content_type TEXT,
        body BLOB NOT NULL                -- the bytes as fetched, zlib-compressed
    );
    CREATE INDEX raw_pages_site ON raw_pages(site);
    CREATE INDEX articles_site ON articles(site, first_seen_at);
    """,
    # 3: monitoring: links found on list pages and pages the parser refused (the layout
    # changed?), per crawl; webhook deliveries of watched articles, with their retries.
    """
    ALTER TABLE crawls ADD COLUMN links INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE crawls ADD COLUMN lists_changed INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE crawls ADD COLUMN not_articles INTEGER NOT NULL DEFAULT 0;
    CREATE INDEX crawls_site ON crawls(site, id);
    CREATE TABLE watch_cursors (
        watch TEXT PRIMARY KEY,
        last_article_id INTEGER NOT NULL      -- articles after this one are still to match
    );
    CREATE TABLE deliveries (
        id INTEGER PRIMARY KEY,
        watch TEXT NOT NULL,
        article_id INTEGER NOT NULL REFERENCES articles(id),
        status TEXT NOT NULL DEFAULT 'pending',  -- pending | delivered | failed
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT NOT NULL,
        last_error TEXT,
        delivered_at TEXT,
        UNIQUE (watch, article_id)
    );
    CREATE INDEX deliveries_pending ON deliveries(status, next_attempt_at);
    """,
    # 4: every URL's outcome says why (a redirect off the site, a loop, an error's reason).
    """
    ALTER TABLE fetches ADD COLUMN reason TEXT;
    """,
    # 5: duplicate labels that tell the truth (a function: similarity is computed in Python).
    lambda conn: relabel_duplicates(conn),
    # 6: government metadata (the info-disclosure table's fields) and the story's document
    # links, as JSON: {"index_no": …, "publisher": …} and [{"name", "url", "type"}].
    """
    ALTER TABLE articles ADD COLUMN gov_meta TEXT NOT NULL DEFAULT '{}';
    ALTER TABLE articles ADD COLUMN attachments TEXT NOT NULL DEFAULT '[]';
    """,
    # 7: deliveries claimed by one sender at a time: `sending` rows belong to `claimed_by` until
    # `claimed_until` (a sender that died gives them back by letting the lease run out).
    """
    ALTER TABLE deliveries ADD COLUMN claimed_by TEXT;
    ALTER TABLE deliveries ADD COLUMN claimed_until TEXT;
    CREATE INDEX deliveries_watch_due ON deliveries(watch, status, next_attempt_at);
    """,
    # Every word searchable by index (docs/search.md), and the index visible to sqlite-utils
    # and Datasette; the day of publication in China time, for date filters and facets.
    lambda conn: search_every_word(conn),
    # The day a story's lead names, on a page that prints no date of its own: the event's day,
    # no publish date. Rows that took it as their publish date (date_source 'lead') move it.
    """
    ALTER TABLE articles ADD COLUMN event_date TEXT;
    UPDATE articles SET event_date = published_at, published_at = NULL, published_date = NULL, date_source = NULL
        WHERE date_source = 'lead';
    """,
    # The event's day filters as the publication's does (--since): by index.
    """
    CREATE INDEX articles_event_date ON articles(event_date);
    """,
    # A signed notice's closing date is the document's own day, no publish date either: rows
    # that took it as their publish date (date_source 'closing') move it to event_date.
    """
    UPDATE articles SET event_date = published_at, published_at = NULL, published_date = NULL, date_source = NULL
        WHERE date_source = 'closing';
    """,
]


def relabel_duplicates(conn: sqlite3.Connection) -> None:
    """`exact` only where the text equals the original's: a copy of a near copy was
    labelled exact with similarity 1.0 against an original whose text differs. Such rows
    become `near` with their real similarity to the original; a `near` row whose text
    equals the original's becomes `exact`."""
    from crawler.store import fingerprint as fp

    rows = conn.execute(
        "SELECT a.id, a.text, o.text, a.content_hash = o.content_hash FROM articles a JOIN articles o ON o.id = a.duplicate_of"
        " WHERE (a.dup_kind = 'exact') != (a.content_hash = o.content_hash)").fetchall()
    for article_id, text, original_text, same in rows:
        kind, similarity = ("exact", 1.0) if same else ("near", round(fp.jaccard(text, original_text), 4))
        conn.execute("UPDATE articles SET dup_kind = ?, similarity = ? WHERE id = ?", (kind, similarity, article_id))


# Articles a migration reports progress on, a line per batch, when it has at least this many
# to index (below, it takes a few seconds and says nothing).
PROGRESS_FROM = 20_000
# Articles copied into the trigram index per statement: paces the progress lines.
TRIGRAM_BATCH = 5_000
TRIGRAM_TRIGGERS = (
    """CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
    END""",
    """CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    END""",
    """CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
    END""",
)
# The bigram index (crawler/store/bigram_index.py): contentless, tokens cut in Python. The
# triggers note each changed article with what the index held for it; the first note of
# an article wins, since it is what the index still holds until `index_pending` runs.
BIGRAM_SCHEMA = (
    """CREATE VIRTUAL TABLE articles_bigrams USING fts5(title, text, content='', tokenize='ascii')""",
    """CREATE TABLE search_pending (
        id INTEGER PRIMARY KEY,           -- an article changed since the bigram index saw it
        indexed INTEGER NOT NULL,         -- 1: the index holds title and text below for it
        title TEXT,
        text TEXT
    )""",
    """CREATE TRIGGER articles_bigrams_insert AFTER INSERT ON articles BEGIN
        INSERT OR IGNORE INTO search_pending (id, indexed) VALUES (new.id, 0);
    END""",
    """CREATE TRIGGER articles_bigrams_delete AFTER DELETE ON articles BEGIN
        INSERT OR IGNORE INTO search_pending (id, indexed, title, text) VALUES (old.id, 1, old.title, old.text);
    END""",
    """CREATE TRIGGER articles_bigrams_update AFTER UPDATE OF title, text ON articles BEGIN
        INSERT OR IGNORE INTO search_pending (id, indexed, title, text) VALUES (old.id, 1, old.title, old.text);
    END""",
)
# published_at is ISO 8601 with its offset (+08:00 from the parsers); SQLite's date() would
# give the UTC day, a day early for anything before 08:00. Same rule as `china_day`.
PUBLISHED_DATE = (
    "CASE WHEN length(published_at) <= 19 OR published_at LIKE '%+08:00' THEN substr(published_at, 1, 10)"
    " ELSE date(published_at, '+8 hours') END"
)


def search_every_word(conn: sqlite3.Connection) -> None:
    """The trigram index declared with content="articles" (the quoting
    sqlite-utils and Datasette look for) and refilled; the bigram index built; the
    `published_date` column filled. Long on a big file: progress goes to the log."""
    total = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    for name in ("insert", "delete", "update"):
        conn.execute(f"DROP TRIGGER articles_fts_{name}")
    conn.execute("DROP TABLE articles_fts")
    conn.execute('CREATE VIRTUAL TABLE articles_fts USING fts5('
                 'title, text, content="articles", content_rowid="id", tokenize="trigram")')
    for statement in (*TRIGRAM_TRIGGERS, *BIGRAM_SCHEMA):
        conn.execute(statement)
    last = conn.execute("SELECT coalesce(max(id), 0) FROM articles").fetchone()[0]
    done = 0
    for start in range(0, last, TRIGRAM_BATCH):
        done += conn.execute("INSERT INTO articles_fts (rowid, title, text) SELECT id, title, text FROM articles"
                             " WHERE id > ? AND id <= ?", (start, start + TRIGRAM_BATCH)).rowcount
        _progress("trigram index", done, total)
    conn.execute("INSERT INTO search_pending (id, indexed) SELECT id, 0 FROM articles")
    index_pending(conn, lambda n, of: _progress("bigram index", n, of))
    conn.execute("ALTER TABLE articles ADD COLUMN published_date TEXT")
    conn.execute(f"UPDATE articles SET published_date = {PUBLISHED_DATE} WHERE published_at IS NOT NULL")
    conn.execute("CREATE INDEX articles_published_date ON articles(published_date)")


def _progress(what: str, done: int, total: int) -> None:
    if total >= PROGRESS_FROM:
        log.warning("upgrading the database: %s, %d of %d articles", what, done, total)
