"""`govnews run` in a subprocess, its log read line by line: tests wait for its log lines
(a reader thread, a queue with a deadline), never for time to pass."""

from __future__ import annotations

import queue
import signal
import subprocess
import sys
import threading

from conftest import ROOT

DEADLINE = 90  # seconds a line may take to appear before the test fails
FAST = ["-s", "GOVNEWS_RETRY_BACKOFF=0.05"]


class Daemon:
    """`govnews run` in a subprocess, its log read line by line."""

    def __init__(self, *args: str) -> None:
        self.process = subprocess.Popen([sys.executable, "-m", "crawler.cli", "--log-level", "INFO", "run", *args, *FAST],
                                        cwd=ROOT, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.log: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.process.stderr:
            self.lines.put(line)
        self.lines.put(None)

    def wait_for(self, text: str) -> str:
        """The first line of the log that contains `text`, waiting for it if need be."""
        for line in self.log:
            if text in line:
                return line
        return self.wait_for_new(text)

    def stop(self, sig: int = signal.SIGTERM, within: float = 10) -> int:
        self.process.send_signal(sig)
        return self.process.wait(timeout=within)

    def count(self, text: str) -> int:
        """Lines so far that contain `text` (read without waiting)."""
        while True:
            try:
                line = self.lines.get_nowait()
            except queue.Empty:
                break
            if line is None:
                break
            self.log.append(line)
        return sum(text in line for line in self.log)

    def wait_for_count(self, text: str, count: int) -> None:
        """Wait until `count` lines of the log contain `text`."""
        while self.count(text) < count:
            self.wait_for_new(text)

    def wait_for_new(self, text: str) -> str:
        """The next line, not yet read, that contains `text`."""
        while True:
            try:
                line = self.lines.get(timeout=DEADLINE)
            except queue.Empty:
                raise AssertionError(f"no {text!r} within {DEADLINE} s; log so far:\n" + "".join(self.log)) from None
            if line is None:
                raise AssertionError(f"the daemon exited before {text!r}; log:\n" + "".join(self.log))
            self.log.append(line)
            if text in line:
                return line
