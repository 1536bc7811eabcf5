"""Parsing in worker processes, so that a crawl's own process only fetches and writes and
the machine's other cores parse.

Workers are forked by a forkserver that has imported the parsers once: they start fast,
and none inherits the crawl's reactor, threads or database connection (only the crawl's
process writes). They ignore Ctrl-C, which is the crawl's to handle, and exit when the
crawl's process ends, however it ends; the forkserver follows when its last worker is
gone. So a killed crawl leaves nothing behind. If the pool breaks (a worker killed from outside), the page it held and every
later one are parsed in the crawl's own process.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor

from twisted.internet import defer

from .lifetime import end_with_process
from .prepared import Prepared, prepare

log = logging.getLogger(__name__)


def default_workers() -> int:
    """One worker a core the crawl may use; none on a single core, where a worker would
    only take turns with the crawl's own process."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return cores if cores > 1 else 0


def _start_worker(crawl_pid: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    end_with_process(crawl_pid)


class ParsePool:
    """`prepare(...)` in `workers` processes (in this one when 0), as Deferreds.

    `call_from_thread` hands a finished parse to the reactor's thread: the reactor's own
    callFromThread unless given (tests give their own)."""

    _shared: dict[int, ParsePool] = {}

    def __init__(self, workers: int, call_from_thread: Callable | None = None) -> None:
        self.workers = workers
        self.users = 0
        self.call_from_thread = call_from_thread
        self.executor: ProcessPoolExecutor | None = None
        if workers > 0:
            context = multiprocessing.get_context("forkserver")
            context.set_forkserver_preload(["crawler.prepared"])
            self.executor = ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker,
                                                initargs=(os.getpid(),))

    @classmethod
    def shared(cls, workers: int) -> ParsePool:
        """The process's pool of that size, shared by the sites crawled at once; each user
        calls close() once."""
        pool = cls._shared.get(workers)
        if pool is None:
            pool = cls._shared[workers] = cls(workers)
        pool.users += 1
        return pool

    def prepare(self, *args) -> defer.Deferred:
        """A Deferred firing with `prepare(*args)`: a Prepared, never a failure."""
        if self.executor is None:
            return defer.succeed(prepare(*args))
        try:
            future = self.executor.submit(prepare, *args)
        except RuntimeError:  # BrokenProcessPool, or shut down
            self._broken()
            return defer.succeed(prepare(*args))
        if self.call_from_thread is None:
            from twisted.internet import reactor  # the one Scrapy installed

            self.call_from_thread = reactor.callFromThread
        result: defer.Deferred = defer.Deferred()
        future.add_done_callback(lambda done: self.call_from_thread(self._deliver, result, done, args))
        return result

    def _deliver(self, result: defer.Deferred, future: Future, args: tuple) -> None:
        try:
            prepared: Prepared = future.result()
        except Exception as error:  # noqa: BLE001 - a broken pool must not lose the page
            if self.executor is not None:
                log.warning("a parse worker failed (%s: %s); parsing in the crawl's own process from now on",
                            type(error).__name__, error)
            self._broken()
            prepared = prepare(*args)
        result.callback(prepared)

    def _broken(self) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=False, cancel_futures=False)
            self.executor = None

    def close(self) -> None:
        """Stop the workers once the last user is done (at once for a pool not shared)."""
        self.users -= 1
        if self.users > 0:
            return
        if self._shared.get(self.workers) is self:
            del self._shared[self.workers]
        if self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=True)
            self.executor = None
