"""The crawl's writes, made by one thread of their own, in the order they were asked for.

SQLite does its work (the full-text index above all) with Python's lock released, so
a thread of its own lets it run beside Scrapy's reactor instead of in turn with it. While
writes keep coming, up to MAX_BATCH of them share one transaction (a group commit), which
saves most of what committing costs, the full-text index's segment writes above all.
Each write is a savepoint within it, so one failing write is undone alone; a kill undoes
the whole open transaction, which the next crawl fetches again (nothing in it was
recorded as done).
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from collections.abc import Callable
from typing import Any

from twisted.internet import defer
from twisted.python.failure import Failure

from crawler.workers.shared_instance import SharedPerProcess
from crawler.store import Store, StoreError

log = logging.getLogger(__name__)

MAX_BATCH = 64
_STOP = object()


class StoreWriter(SharedPerProcess):
    """`call(fn, *args)` runs `fn(store, *args)` in the writer thread; the Deferred it
    returns fires in the reactor's thread once the write is committed (or by
    `call_from_thread`, when given: tests give their own). `StoreWriter.shared(path)`
    is the process's writer for that file (one writer a database)."""

    def __init__(self, db_path: str, call_from_thread: Callable | None = None) -> None:
        self.db_path = db_path
        self.call_from_thread = call_from_thread
        self.requests: queue.SimpleQueue = queue.SimpleQueue()
        self.opened = threading.Event()
        self.open_error: Exception | None = None
        self.writes = self.transactions = 0
        self.cpu_seconds = 0.0  # the thread's own, once it has ended
        self.thread = threading.Thread(target=self._run, name="govnews-store-writer", daemon=True)
        self.thread.start()
        self.opened.wait()
        if self.open_error is not None:
            raise self.open_error

    def call(self, fn: Callable[..., Any], *args: Any) -> defer.Deferred:
        result: defer.Deferred = defer.Deferred()
        self.requests.put((fn, args, result))
        return result

    def close(self) -> defer.Deferred:
        """A Deferred that fires when every write asked for is committed and the thread
        has closed the database (at once while other users of a shared writer remain)."""
        from twisted.internet import threads

        if not self.release():
            return defer.succeed(None)
        self.requests.put(_STOP)
        return threads.deferToThread(self.thread.join)

    def _run(self) -> None:
        try:
            store = Store(self.db_path)
        except Exception as error:  # noqa: BLE001 - reported to the caller of __init__
            self.open_error = error
            self.opened.set()
            return
        self.opened.set()
        try:
            while self._write_batch(store):
                pass
        finally:
            store.close()
            self.cpu_seconds = time.thread_time()

    def _write_batch(self, store: Store) -> bool:
        """Run one batch of writes in one transaction; False once told to stop."""
        if self.call_from_thread is None:
            from twisted.internet import reactor  # the one Scrapy installed

            self.call_from_thread = reactor.callFromThread
        batch, going_on = [], True
        request = self.requests.get()
        while True:
            if request is _STOP:
                going_on = False
                break
            batch.append(request)
            if len(batch) >= MAX_BATCH:
                break
            try:
                request = self.requests.get_nowait()
            except queue.Empty:
                break
        if not batch:
            return going_on
        done: list[tuple[defer.Deferred, Any]] = []
        self.writes += len(batch)
        self.transactions += 1
        conn = store.db.conn
        try:
            with store.transaction():
                for fn, args, result in batch:
                    try:
                        with store.transaction():  # a savepoint: a failure undoes this write alone
                            value = fn(store, *args)
                    except Exception:  # noqa: BLE001 - handed to the caller's errback
                        value = Failure()
                    if not conn.in_transaction:  # SQLite gave up the whole transaction (disk full…)
                        raise value.value if isinstance(value, Failure) else StoreError("the transaction was lost")
                    done.append((result, value))
        except Exception:  # noqa: BLE001 - nothing of the batch was written: every write fails
            failure = Failure()
            done = [(result, failure) for _, _, result in batch]
        for result, value in done:
            self.call_from_thread(_fire, result, value)
        return going_on


def _fire(result: defer.Deferred, value: Any) -> None:
    if isinstance(value, Failure):
        result.errback(value)
    else:
        result.callback(value)
