"""Parsing in worker processes, so that a crawl's own process only fetches and writes and
the machine's other cores parse.

Workers are forked by a forkserver that has imported the parsers once: they start fast,
and none inherits the crawl's reactor, threads or database connection (only the crawl's
process writes). They ignore SIGINT and SIGTERM, which are the crawl's to handle (it
finishes the pages in hand), and exit when the crawl's process ends, however it ends;
the forkserver follows when its last worker is gone. So a killed crawl leaves nothing
behind.

If a worker dies (killed from outside, or out of memory), the pool breaks and every page
it held fails: those pages go to a new pool, up to MAX_RESTARTS times in a crawl; after
that, pages are parsed in the crawl's own process. A pool whose management thread died
without failing them (CPython 3.11 can lose it to a worker's death racing a submit) has
its pages failed by a watchdog, and they go the same way.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import threading
from collections.abc import Callable
from concurrent.futures import Future, InvalidStateError, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from twisted.internet import defer

from parsers import PARSER_NAMES

from crawler.workers.lifetime import end_with_process
from crawler.workers.shared_instance import SharedPerProcess
from crawler.workers.prepared import Prepared, compress, prepare

log = logging.getLogger(__name__)

MAX_RESTARTS = 3
WATCH_SECONDS = 1.0


def default_workers() -> int:
    """One worker a core the crawl may use; none on a single core, where a worker would
    only take turns with the crawl's own process."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return cores if cores > 1 else 0


def _start_worker(crawl_pid: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    end_with_process(crawl_pid)


def _prepare_here(args: tuple) -> Prepared:
    """`prepare` in this process, which must give a result whatever happens."""
    try:
        return prepare(*args)
    except Exception as error:  # noqa: BLE001 - prepare catches the parsers' errors; this is the rest
        return Prepared(compress(args[0]), "error", error=f"{type(error).__name__}: {error}")


class ParsePool(SharedPerProcess):
    """`prepare(...)` in `workers` processes (in this one when 0), as Deferreds.

    `call_from_thread` hands a finished parse to the reactor's thread: the reactor's own
    callFromThread unless given (tests give their own)."""

    def __init__(self, workers: int, call_from_thread: Callable | None = None) -> None:
        self.workers = workers
        self.restarts = 0
        self.lock = threading.Lock()
        self.call_from_thread = call_from_thread
        self.executor: ProcessPoolExecutor | None = self._start() if workers > 0 else None
        # Each page's future with the management thread that must settle it, and that
        # thread's workers (which, if it dies, nothing else ends: they would outlive the crawl).
        self.in_flight: dict[Future, threading.Thread] = {}
        self.workers_of: dict[threading.Thread, tuple[dict, object]] = {}  # (its processes, its call queue)
        self.closed = threading.Event()
        if self.executor is not None:
            threading.Thread(target=self._watch, name="parse-pool-watchdog", daemon=True).start()

    def _start(self) -> ProcessPoolExecutor:
        context = multiprocessing.get_context("forkserver")
        # The parsers themselves too: `parsers` imports them only on first use.
        parser_modules = [f"parsers.{name}" for name in PARSER_NAMES]
        context.set_forkserver_preload(["crawler.workers.prepared", "parsers.assemble", *parser_modules])
        return ProcessPoolExecutor(self.workers, mp_context=context, initializer=_start_worker, initargs=(os.getpid(),))

    def prepare(self, *args) -> defer.Deferred:
        """A Deferred firing with `prepare(*args)`: a Prepared, never a failure."""
        result: defer.Deferred = defer.Deferred()
        self._submit(result, args)
        return result

    def _submit(self, result: defer.Deferred, args: tuple) -> None:
        future = None
        with self.lock:  # one restart per break, whichever thread hands pages in
            while self.executor is not None and future is None:
                try:
                    future = self.executor.submit(prepare, *args)
                except RuntimeError as error:  # BrokenProcessPool: a worker died
                    self._restart(error)
            if future is not None:  # submit has started the pool's management thread
                manager = self.executor._executor_manager_thread
                self.in_flight[future] = manager
                self.workers_of.setdefault(manager, (self.executor._processes, self.executor._call_queue))
        if future is None:
            result.callback(_prepare_here(args))
            return
        if self.call_from_thread is None:
            from twisted.internet import reactor  # the one Scrapy installed

            self.call_from_thread = reactor.callFromThread
        future.add_done_callback(self._settled)
        future.add_done_callback(lambda done: self.call_from_thread(self._deliver, result, done, args))

    def _settled(self, future: Future) -> None:
        with self.lock:
            self.in_flight.pop(future, None)

    def _watch(self) -> None:
        """Fail the pages of a pool whose management thread is gone, so that they are parsed
        again: nothing else would ever settle them (CPython 3.11's terminate_broken can die
        of 'dictionary changed size during iteration' when a page is submitted while a
        worker's death breaks the pool)."""
        while not self.closed.wait(WATCH_SECONDS):
            self._fail_stranded()

    def _fail_stranded(self) -> None:
        with self.lock:
            dead = [manager for manager in self.workers_of if not manager.is_alive()]
            stranded = [future for future, manager in self.in_flight.items() if manager in dead]
            current = self.executor._executor_manager_thread if self.executor is not None else None
            if current is not None and not current.is_alive():
                self._restart(BrokenProcessPool("the pool's management thread died"))
            for manager in dead:  # (a thread that ended well has ended its workers: none is left alive)
                processes, call_queue = self.workers_of.pop(manager)
                for process in list(processes.values()):
                    if process.is_alive():
                        process.kill()  # (they ignore SIGTERM, the crawl's to handle)
                # Nobody reads its queue now: a page bigger than the pipe would hold its feeder
                # thread, which the process's exit joins, for ever (what CPython does, gh-94777).
                call_queue._reader.close()
        for future in stranded:  # outside the lock: settling runs _settled
            try:
                future.set_exception(BrokenProcessPool("the pool's management thread died with this page"))
            except InvalidStateError:  # settled after all, just before its thread ended
                pass

    def _deliver(self, result: defer.Deferred, future: Future, args: tuple) -> None:
        try:
            prepared = future.result()
        except Exception:  # noqa: BLE001 - the pool broke under it: try again
            self._submit(result, args)
            return
        result.callback(prepared)

    def _restart(self, error: Exception) -> None:
        """Replace a broken pool, or give up on workers after MAX_RESTARTS."""
        self.executor.shutdown(wait=False, cancel_futures=False)
        self.restarts += 1
        if self.restarts > MAX_RESTARTS:
            log.warning("parse workers keep dying (%s); parsing in the crawl's own process from now on", error)
            self.executor = None
        else:
            log.warning("a parse worker died (%s); starting new ones", error)
            self.executor = self._start()

    def close(self) -> None:
        """Stop the workers once the last user is done (at once for a pool not shared)."""
        if not self.release():
            return
        self.closed.set()
        with self.lock:  # (not while the watchdog replaces it)
            executor, self.executor = self.executor, None
        self._fail_stranded()  # (a thread that died since the watchdog's last look: its pages, its workers)
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)
