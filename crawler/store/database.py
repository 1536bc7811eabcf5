"""Opening the file and making a write safe, in one place: every record module writes
through `transaction()` and never needs to know about WAL, busy timeouts, savepoints
or migrations."""

from __future__ import annotations

import sqlite3
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Self

import sqlite_utils

from crawler.store.schema import MIGRATIONS

BUSY_TIMEOUT_MS = 10_000


class StoreError(Exception):
    """The database cannot be opened or used; the message says why in one line."""


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Database:
    """The connection `Store` is built on: settings, migrations, transactions."""

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
