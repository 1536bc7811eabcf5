"""Child processes that end with their parent, even when it is killed with -9."""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import select
import signal
import threading
import time

PR_SET_PDEATHSIG = 1


def end_with_parent(signum: int = signal.SIGTERM) -> None:
    """Ask Linux to send `signum` to this process when its parent dies. Elsewhere it does
    nothing: the child then finishes on its own."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signum)
    except (OSError, AttributeError):
        pass


def end_with_process(pid: int, grace: float = 0) -> None:
    """Exit `grace` seconds after process `pid` (not this one's parent) ends: for workers
    forked by a forkserver, whose parent outlives the process they work for, and for a
    crawl that must end with its daemon. A thread waits on a pidfd, so no polling; without
    pidfd (not Linux), nothing is done."""
    try:
        handle = os.pidfd_open(pid)
    except (AttributeError, OSError):
        return

    def wait() -> None:
        select.select([handle], [], [])
        time.sleep(grace)
        os._exit(1)

    threading.Thread(target=wait, name="end-with-crawl", daemon=True).start()
