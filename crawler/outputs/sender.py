"""The daemon's sender: deliveries go out from threads of their own, never from a crawl.

One thread queues new matches (after each crawl, and every WATCH_INTERVAL_SECONDS); one
thread per webhook sends that webhook's queue, so a slow or hanging receiver holds up only
its own messages. Every POST has a connect and a total timeout, and `stop()` cuts the ones
in flight: what was claimed and not sent goes back to the queue, uncounted.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from typing import TYPE_CHECKING

from crawler.outputs.digest import deliver_digest
from crawler.outputs.watches import Lane, lanes_for, new_claimant, queue_matches, send_message
from crawler.outputs.webhooks.transport import Connection
from crawler.store import Store

if TYPE_CHECKING:  # the config is read above the outputs; they only use its fields
    from crawler.config import Watch

log = logging.getLogger(__name__)

WATCH_INTERVAL_SECONDS = 30
LANE_POLL_SECONDS = 5  # a lane looks again this often for retries that came due
STOP_JOIN_SECONDS = 2
DIGEST_RETRY_SECONDS = 300  # a digest that failed for a passing reason is tried again this much later
DIGEST_ATTEMPTS = 3


class Sender:
    def __init__(self, db_path: str, watches: list[Watch], post=None) -> None:
        self.db_path, self.watches = db_path, list(watches)
        self.claimant = new_claimant()
        self.lanes = lanes_for(self.watches, post, self.claimant)
        self.post = post
        self.stopping = threading.Event()
        self.woken = threading.Event()
        self.lane_events = {id(lane): threading.Event() for lane in self.lanes}
        self.digests: deque[tuple[Watch, int]] = deque()  # (watch, attempts so far)
        self.digest_event = threading.Event()
        self.digest_connection = Connection()
        self.threads: list[threading.Thread] = []

    def start(self) -> None:
        self.threads = [threading.Thread(target=self._queue_loop, name="watches", daemon=True)]
        self.threads += [threading.Thread(target=self._lane_loop, args=(lane,), name=f"webhook {lane.webhook[:40]}", daemon=True)
                         for lane in self.lanes]
        if any(w.digest for w in self.watches):
            self.threads.append(threading.Thread(target=self._digest_loop, name="digests", daemon=True))
        for thread in self.threads:
            thread.start()

    def wake(self) -> None:
        """New articles may be in: queue their matches now rather than at the next interval."""
        self.woken.set()

    def send_digest(self, watch: Watch) -> None:
        """Send the watch's daily digest from the digest thread (the scheduler's job calls this)."""
        self.digests.append((watch, 0))
        self.digest_event.set()

    def stop(self) -> None:
        """Stop sending: in-flight POSTs are cut, claims given back."""
        self.stopping.set()
        self.woken.set()
        self.digest_event.set()
        self.digest_connection.abort()
        for lane in self.lanes:
            lane.connection.abort()
            self.lane_events[id(lane)].set()
        deadline = time.monotonic() + STOP_JOIN_SECONDS
        for thread in self.threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        with Store(self.db_path) as store:
            released = store.release_claims(self.claimant)
        if released:
            log.info("watches: %d deliveries in flight given back to the queue", released)

    # --- threads -------------------------------------------------------------------------

    def _queue_loop(self) -> None:
        with Store(self.db_path) as store:
            while not self.stopping.is_set():
                try:
                    queued = queue_matches(store, self.watches)
                except Exception:  # a locked or broken database must not end the loop
                    log.exception("watches: queueing new matches failed; trying again later")
                    queued = 0
                if queued:
                    log.info("watches: %d queued", queued)
                for event in self.lane_events.values():
                    event.set()
                self.woken.wait(WATCH_INTERVAL_SECONDS)
                self.woken.clear()

    def _lane_loop(self, lane: Lane) -> None:
        event = self.lane_events[id(lane)]
        with Store(self.db_path) as store:
            while not self.stopping.is_set():
                try:
                    outcome = lane.step(store)
                except Exception:
                    log.exception("webhook %s: sending failed; trying again later", lane.webhook)
                    outcome = Lane.IDLE
                if outcome == Lane.SENT:
                    continue
                event.wait(lane.wait_seconds() if outcome == Lane.WAIT else LANE_POLL_SECONDS)
                event.clear()

    def _digest_loop(self) -> None:
        with Store(self.db_path) as store:
            while not self.stopping.is_set():
                retry = []
                while self.digests and not self.stopping.is_set():
                    watch, attempts = self.digests.popleft()
                    error = deliver_digest(store, watch, self.post or self.digest_connection.post, send_message)
                    if error is not None and not error.permanent and attempts + 1 < DIGEST_ATTEMPTS:
                        retry.append((watch, attempts + 1))
                self.digest_event.wait(DIGEST_RETRY_SECONDS if retry else None)
                self.digest_event.clear()
                self.digests.extend(retry)
