"""Opening the file and making a write safe, in one place: every record module writes
through `transaction()` and never needs to know about WAL, busy timeouts, savepoints
or migrations."""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Self
from urllib.parse import quote


from crawler.store.dedup import ShingleCache
from crawler.store.schema import MIGRATIONS

BUSY_TIMEOUT_MS = 10_000
OPEN_ATTEMPTS, OPEN_RETRY_SECONDS = 20, 0.05  # a new file opened by several processes at once: a second at most


class Connection:
    """The two calls the record modules make — `execute`, and `query` for rows as dicts —
    on a plain sqlite3 connection. sqlite-utils' `Database` offers the same two, but
    importing it imports numpy (0.14 s here), which every command, even `govnews search`,
    paid before it could answer. The file stays one sqlite-utils and Datasette open as
    they are (`sqlite-utils search news.db articles 招商引资`: tests/test_search.py)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def execute(self, sql: str, params=()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params or ())

    def query(self, sql: str, params=()) -> Iterator[dict]:
        cursor = self.conn.execute(sql, params or ())
        keys = [column[0] for column in cursor.description]
        for row in cursor:
            yield dict(zip(keys, row))


class StoreError(Exception):
    """The database cannot be opened or used; the message says why in one line."""


class DatabaseUnusable(StoreError):
    """The file itself failed: full disk, read-only file or mount, corruption, a schema
    newer than this code. Nothing more can be written; a crawl stops."""


class DatabaseBusy(StoreError):
    """Another process held the write lock longer than BUSY_TIMEOUT_MS: this write
    failed, the file is fine."""


# What SQLite's messages mean for the user, first match wins (sqlite3 error text -> advice).
SQLITE_TROUBLES = (
    ("disk is full", "the disk is full: free some space"),
    ("readonly database", "the file or its directory is read-only: check its permissions and mount"),
    ("read-only", "the file or its directory is read-only: check its permissions and mount"),
    ("unable to open", "the file cannot be opened: check that its directory exists and is writable"),
    ("not a database", "the file is not an SQLite database (or is encrypted or corrupt)"),
    ("malformed", "the file is corrupt: restore a backup, or try `sqlite3 FILE .recover`"),
    ("disk i/o error", "a disk I/O error: the disk is failing, full, or the file is over a size limit"),
    ("locked", "the database stayed locked by another process longer than the busy timeout"),
    ("could not decode to utf-8", "a text holds bytes that are not UTF-8: the file is corrupt, or another program wrote it"),
)


def explain(error: sqlite3.Error) -> str:
    """SQLite's message, with what it means for the user when we know."""
    text = str(error).split(" with text '", 1)[0]  # not the undecodable bytes themselves
    advice = next((advice for needle, advice in SQLITE_TROUBLES if needle in text.lower()), None)
    return text + (f" ({advice})" if advice else "")


def unusable(error: sqlite3.Error, path: str, doing: str = "database") -> StoreError:
    """The one-line error a user sees for an SQLite failure of the file at `path`:
    DatabaseBusy when another writer held the lock too long (the next write may pass),
    DatabaseUnusable for the rest."""
    kind = DatabaseBusy if "locked" in str(error).lower() or "busy" in str(error).lower() else DatabaseUnusable
    return kind(f"{doing} {path}: {explain(error)}")


class NoDatabase(StoreError):
    """A read found no database file at the path: reading never creates one."""


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Database:
    """The connection `Store` is built on: settings, migrations, transactions."""

    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        """`read_only` opens an existing file for reading only (a missing one is
        `NoDatabase`), so reads work on a read-only file or mount and create nothing."""
        self.path = str(path)
        self.shingle_cache = ShingleCache()
        if read_only:
            self.db = Connection(connect_read_only(self.path))
            return
        for attempt in range(OPEN_ATTEMPTS):
            conn, began = None, time.monotonic()
            try:
                conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
                conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")
                conn.execute("PRAGMA foreign_keys = ON")
                self.db = Connection(conn)
                self.migrate()
                return
            except (sqlite3.Error, StoreError) as error:
                if conn is not None:
                    conn.close()
                waited = time.monotonic() - began >= BUSY_TIMEOUT_MS / 2000  # (a lock held that long is no opener's race)
                if isinstance(error, sqlite3.OperationalError) and "locked" in str(error) and not waited and attempt + 1 < OPEN_ATTEMPTS:
                    # Switching a new file to WAL takes an exclusive lock that SQLite's busy handler does not
                    # wait for while another process opens the same new file: it fails at once; wait a little and open again.
                    time.sleep(OPEN_RETRY_SECONDS)
                    continue
                if isinstance(error, StoreError):
                    raise
                raise unusable(error, self.path, "cannot open database") from None

    def close(self) -> None:
        self.db.conn.close()

    def __enter__(self) -> Self:
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
        try:
            try:  # BEGIN inside: a signal right after it still rolls back
                conn.execute("BEGIN IMMEDIATE")
                yield conn
                self.before_commit(conn)
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        except (sqlite3.OperationalError, sqlite3.DatabaseError) as error:
            if type(error) not in (sqlite3.OperationalError, sqlite3.DatabaseError):
                raise  # IntegrityError and the like: the caller's own mistake
            raise unusable(error, self.path) from error

    def before_commit(self, conn: sqlite3.Connection) -> None:
        """Work a write owes before it is committed (the search index's, in `Store`)."""

    def migrate(self) -> None:
        """Run the migrations this file has not seen yet, each in its own transaction.

        Several processes may open a new file at once: one runs a migration, the others'
        attempt fails and rolls back, and they go on from the version they find then.
        A file migrated by a newer govnews is refused: its schema is not this code's."""
        found = self.db.execute("PRAGMA user_version").fetchone()[0]
        if found > len(MIGRATIONS):
            raise DatabaseUnusable(f"database {self.path} has schema version {found}, newer than this govnews knows"
                                   f" ({len(MIGRATIONS)}): upgrade govnews to use it")
        while (version := self.db.execute("PRAGMA user_version").fetchone()[0]) < len(MIGRATIONS):
            try:
                self.run_migration(version)
            except sqlite3.DatabaseError:
                if self.db.conn.in_transaction:
                    self.db.conn.execute("ROLLBACK")
                if self.db.execute("PRAGMA user_version").fetchone()[0] == version:
                    raise

    def run_migration(self, version: int) -> None:
        """One migration and its version bump in one transaction: an SQL script, or a
        function of the connection for what SQL alone cannot do (rebuilding an index
        from Python-computed text, say)."""
        step = MIGRATIONS[version]
        conn = self.db.conn
        if isinstance(step, str):
            conn.executescript(f"BEGIN IMMEDIATE;\n{step}\nPRAGMA user_version = {version + 1};\nCOMMIT;")
            return
        conn.execute("BEGIN IMMEDIATE")
        if conn.execute("PRAGMA user_version").fetchone()[0] != version:  # another process ran it first
            conn.execute("ROLLBACK")
            return
        try:
            step(conn)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


def connect_read_only(path: str) -> sqlite3.Connection:
    """A connection that cannot write, to a file that must exist. A WAL file needs its
    `-shm` beside it: when that cannot be made (a read-only directory or mount, after the
    last writer removed it), nobody can be writing either, and the file is read as
    immutable. A file from an older govnews is upgraded first, when it can be written."""
    if not Path(path).is_file():
        raise NoDatabase(f"no database at {path}: run `govnews crawl` first")
    uri = f"file:{quote(str(Path(path).resolve()))}"
    try:
        try:
            conn = _open_uri(f"{uri}?mode=ro")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.OperationalError:
            conn = _open_uri(f"{uri}?mode=ro&immutable=1")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as error:
        raise unusable(error, path, "cannot open database") from None
    if version > len(MIGRATIONS):
        conn.close()
        raise DatabaseUnusable(f"database {path} has schema version {version}, newer than this govnews knows"
                               f" ({len(MIGRATIONS)}): upgrade govnews to use it")
    if version < len(MIGRATIONS) and os.access(path, os.W_OK):
        conn.close()
        Database(path).close()
        conn = _open_uri(f"{uri}?mode=ro")
    return conn


def _open_uri(uri: str) -> sqlite3.Connection:
    conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn
