"""The daemon's door into a crawl: one site crawled in a fresh process, its summary sent
back as data.

Scrapy's reactor cannot restart within a process, so every crawl needs a new one; a
`spawn` process starts from a clean interpreter (none of the daemon's threads, locks or
open database), calls `crawler.run.run_crawl` with the site entry itself, and sends the
summary through a pipe: no command line in between, no printed JSON to parse. The process
ends with the daemon even when the daemon is killed with -9 (crawler/workers/lifetime.py),
and SIGTERM makes Scrapy close the crawl cleanly.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
from multiprocessing.connection import Connection

from crawler.config import Site
from crawler.outputs.clock import configure_logging
from crawler.workers.lifetime import end_with_parent, end_with_process

CONTEXT = multiprocessing.get_context("spawn")  # not fork: the daemon's threads must not be copied mid-step
ORPHAN_GRACE_SECONDS = 6  # a crawl whose daemon died gets this long to close cleanly, then exits
EXIT_GRACE_SECONDS = 10  # a crawl that sent its summary gets this long to exit before it is killed


class CrawlFailed(Exception):
    """The crawl process ended without a summary; the message says how, in one line."""


class CrawlTimedOut(Exception):
    """The crawl ran past its time."""


def _end_after_parent(parent: int, grace: float) -> None:
    """SIGTERM when the daemon (`parent`) dies, even by kill -9 (Scrapy then closes the
    crawl), and exit `grace` s later if the close is still waiting on a request that never
    ends. A daemon that died while this process was starting: exit at once."""
    end_with_parent(signal.SIGTERM)
    if os.getppid() != parent:
        os._exit(1)
    end_with_process(parent, grace)  # the clean close's time, as the daemon itself would give it


def _crawl(site: Site, db_path: str, overrides: dict, sender: Connection, log_level: int, parent: int) -> None:
    """In the crawl process: run the crawl, send ("done", summary) or ("failed", reason)."""
    os.setsid()  # Ctrl-C in the daemon's terminal is the daemon's to handle, not the crawl's
    _end_after_parent(parent, ORPHAN_GRACE_SECONDS)
    configure_logging(log_level)  # as the daemon's own lines
    try:
        from crawler.run import run_crawl

        summary = run_crawl([site], db_path, overrides=overrides)[0]
    except Exception as error:  # the daemon records it as the crawl's failure
        sender.send(("failed", f"{type(error).__name__}: {error}"))
        return
    sender.send(("done", summary))


class CrawlProcess:
    """One crawl of one site in a process of its own."""

    def __init__(self, site: Site, db_path: str, overrides: dict | None = None, log_level: int = logging.WARNING) -> None:
        receiver, sender = CONTEXT.Pipe(duplex=False)
        self.site, self.receiver = site, receiver
        self.process = CONTEXT.Process(target=_crawl, args=(site, db_path, dict(overrides or {}), sender, log_level, os.getpid()),
                                       name=f"crawl {site.name}", daemon=False)
        self.process.start()
        sender.close()  # the child holds the only writing end: its death reads as end of file

    @property
    def pid(self) -> int:
        return self.process.pid

    def result(self, timeout: float) -> dict:
        """The crawl's summary; CrawlTimedOut after `timeout` s, CrawlFailed if it died."""
        if not self.receiver.poll(timeout):
            raise CrawlTimedOut(f"stopped after {timeout:.0f} s")
        try:
            kind, value = self.receiver.recv()
        except (EOFError, OSError):
            self._reap()
            raise CrawlFailed(_exit_reason(self.process.exitcode)) from None
        self._reap()
        if kind == "failed":
            raise CrawlFailed(value)
        return value

    def _reap(self) -> None:
        self.process.join(EXIT_GRACE_SECONDS)
        if self.process.exitcode is None:
            self.process.kill()
            self.process.join()

    def stop(self, grace: float) -> None:
        """SIGTERM (Scrapy closes the crawl cleanly), then SIGKILL after `grace` s."""
        if self.process.exitcode is not None:
            return
        try:
            os.kill(self.process.pid, signal.SIGTERM)
        except ProcessLookupError:
            return
        self.process.join(grace)
        if self.process.exitcode is None:
            self.process.kill()
            self.process.join()

    def close(self) -> None:
        self.receiver.close()


def _exit_reason(code: int | None) -> str:
    if code is not None and code < 0:
        return f"killed by {signal.Signals(-code).name}"
    return f"the crawl process exited with code {code}"
