"""Watches: saved searches whose new matches are sent to a webhook (a chat bot or a
receiver of one's own). Defined in the config beside the sites (crawler/config.py reads
them; docs/daemon.md shows one for each bot):

    [[watch]]
    name = "招商引资"                  # every message starts 【招商引资】: a keyword bot accepts it
    query = "招商引资"                 # full-text, as `govnews search`
    webhook = "https://oapi.dingtalk.com/robot/send?access_token=…"
    format = "dingtalk"                # dingtalk | wecom | feishu | json (default)
    secret = "SEC…"                    # optional: the bot's signing secret (DingTalk, Feishu)

Every match is queued in the database before any attempt. A sender claims what it sends
(crawler/store/deliveries.py), so two senders never send one row; a `Lane` sends one
webhook's queue, paced under the bot's limit, a burst over the limit summarised in one
message. A transient failure is retried with growing pauses, each logged, and given up
after MAX_ATTEMPTS with an ERROR line; a refusal that retrying cannot cure (keyword,
signature, token) is recorded as failed at once, with its reason.
"""

from __future__ import annotations

import logging
import os
import threading
import time
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING

from crawler.outputs.pacing import Limiter
from crawler.outputs.webhooks import FORMATS
from crawler.outputs.webhooks.message import ITEMS_PER_MESSAGE, Message, article_message, summary_message
from crawler.outputs.webhooks.transport import TOTAL_TIMEOUT_SECONDS, Connection, DeliveryError, Reply
from crawler.store import Store

if TYPE_CHECKING:  # the config is read above the outputs; they only use its fields
    from crawler.config import Watch

log = logging.getLogger(__name__)

FIRST_RETRY_SECONDS = 30
MAX_RETRY_SECONDS = 3600
MAX_ATTEMPTS = 12  # about half a day of retries
LEASE_SECONDS = TOTAL_TIMEOUT_SECONDS + 45  # a claim outlives the longest send with room to record it
Post = Callable[[str, dict], "Reply | None"]


def next_attempt(attempts: int, now: datetime) -> str | None:
    """When to try again after `attempts` failures, or None to give up."""
    if attempts >= MAX_ATTEMPTS:
        return None
    delay = min(MAX_RETRY_SECONDS, FIRST_RETRY_SECONDS * 2 ** (attempts - 1))
    return (now + timedelta(seconds=delay)).isoformat(timespec="seconds")


def instant(watches) -> list[Watch]:
    """The watches that send each match as it comes (a digest watch sends once a day)."""
    return [w for w in watches if not w.digest]


def queue_matches(store: Store, watches: list[Watch]) -> int:
    """Queue every new match of the instant watches; how many were queued."""
    return sum(store.queue_deliveries(w.name, w.query, w.site, w.include_duplicates) for w in instant(watches))


def send_message(watch: Watch, message: Message, post: Post) -> Reply | None:
    """Format, sign and POST one message; DeliveryError (permanent or not) if refused."""
    fmt = FORMATS[watch.format]
    url, body = fmt.signed(watch.webhook, fmt.body(message), watch.secret, time.time())
    reply = post(url, body)
    refused = fmt.refusal(reply.data) if reply is not None and isinstance(reply.data, dict) else None
    if refused:
        code, reason = refused
        raise DeliveryError(f"the bot refused ({code}: {reason})", permanent=code in fmt.PERMANENT)
    return reply


def new_claimant() -> str:
    return f"{os.getpid()}-{uuid.uuid4().hex[:8]}"


class Lane:
    """One webhook's deliveries: claimed, paced and sent one message at a time."""

    IDLE, SENT, WAIT = "idle", "sent", "wait"

    def __init__(self, webhook: str, watches: list[Watch], post: Post | None = None, claimant: str | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.webhook, self.watches = webhook, {w.name: w for w in watches}
        self.connection = Connection()
        self.post = post or self.connection.post
        self.claimant = claimant or new_claimant()
        self.limiter = Limiter(min(FORMATS[w.format].PER_MINUTE for w in watches), clock)
        self.clock = clock
        self.paused_until = 0.0  # after a failure that may pass, the lane rests rather than try every row
        self.counts = {"delivered": 0, "retrying": 0, "given_up": 0}

    def step(self, store: Store) -> str:
        """Send one message if one is due and the pace allows it."""
        now = datetime.now(timezone.utc)
        stamp = now.isoformat(timespec="seconds")
        names = list(self.watches)
        if self.clock() < self.paused_until:
            return self.WAIT
        due = store.due_count(names, stamp)
        if not due:
            return self.IDLE
        tokens = self.limiter.available()
        if tokens < 1:
            return self.WAIT
        size = 1 if due <= tokens else ITEMS_PER_MESSAGE  # more due than may go this minute: summarise
        lease = (now + timedelta(seconds=LEASE_SECONDS)).isoformat(timespec="seconds")
        rows = store.claim_deliveries(names, stamp, size, self.claimant, lease)
        if not rows:
            return self.IDLE
        self.limiter.take()
        self.send(store, rows, now)
        return self.SENT

    def send(self, store: Store, rows: list[dict], now: datetime) -> None:
        watch = self.watches[rows[0]["watch"]]
        message = article_message(watch, rows[0]) if len(rows) == 1 else summary_message(watch, rows)
        ids = [r["delivery_id"] for r in rows]
        what = rows[0]["url"] if len(rows) == 1 else f"{len(rows)} articles in one message"
        try:
            send_message(watch, message, self.post)
        except DeliveryError as error:
            if error.stopped:  # cut by a stop: not an attempt; the sender gives the claim back
                return
            self.failed(store, watch, rows, ids, what, error, now)
            return
        store.delivery_done(ids, self.claimant)
        self.counts["delivered"] += len(rows)
        log.info("watch %s: delivered %s", watch.name, what)

    def failed(self, store: Store, watch: Watch, rows: list[dict], ids: list[int], what: str, error: DeliveryError,
               now: datetime) -> None:
        attempts = max(r["attempts"] for r in rows) + 1
        retry_at = None if error.permanent else next_attempt(attempts, now)
        store.delivery_failed(ids, str(error), retry_at, self.claimant)
        if not error.permanent:
            self.paused_until = self.clock() + FIRST_RETRY_SECONDS
        if retry_at:
            self.counts["retrying"] += len(rows)
            log.warning("watch %s: delivering %s failed (%s); retrying at %s", watch.name, what, error, retry_at)
        elif error.permanent:
            self.counts["given_up"] += len(rows)
            log.error("watch %s: %s not delivered: %s; not retried (fix the watch, then `govnews watch test %s`)",
                      watch.name, what, error, watch.name)
        else:
            self.counts["given_up"] += len(rows)
            log.error("watch %s: gave up delivering %s after %d attempts (%s)", watch.name, what, attempts, error)

    def wait_seconds(self) -> float:
        """How long until the lane may send again (the pace, or a rest after a failure)."""
        return max(self.limiter.wait_seconds(), self.paused_until - self.clock(), 0.0)

    def drain(self, store: Store) -> None:
        """Send what is due now, as far as the pace allows, without waiting."""
        while self.step(store) == self.SENT:
            pass


def lanes_for(watches: list[Watch], post: Post | None = None, claimant: str | None = None) -> list[Lane]:
    """One lane per webhook (watches sharing a bot share its pace)."""
    by_webhook: dict[str, list[Watch]] = {}
    for watch in instant(watches):
        by_webhook.setdefault(watch.webhook, []).append(watch)
    claimant = claimant or new_claimant()
    return [Lane(url, group, post, claimant) for url, group in by_webhook.items()]


def run_watches(store: Store, watches: list[Watch], post: Post | None = None) -> dict[str, int]:
    """Queue new matches of every watch, then send what is due now, one thread per webhook
    so that a receiver in trouble holds up only its own (`run --once`, tests); the daemon
    sends from long-lived threads (crawler/outputs/sender.py)."""
    counts = {"queued": queue_matches(store, watches), "delivered": 0, "retrying": 0, "given_up": 0}
    lanes = lanes_for(watches, post)
    threads = [threading.Thread(target=_drain_with_own_store, args=(store.path, lane)) for lane in lanes[1:]]
    for thread in threads:
        thread.start()
    if lanes:
        lanes[0].drain(store)
    for thread in threads:
        thread.join()
    for lane in lanes:
        for key, value in lane.counts.items():
            counts[key] += value
    return counts


def _drain_with_own_store(path: str, lane: Lane) -> None:
    with Store(path) as store:  # a SQLite connection belongs to the thread that opened it
        lane.drain(store)
