"""Pacing per webhook: at most `per_minute` messages in any sixty seconds.

Chat bots refuse past about 20 messages a minute (DingTalk, WeCom) and then stay shut for
minutes, so the sender counts what it sent in the last minute itself rather than learning
the limit from refusals. In memory: a daemon restarted within the minute may send one
window's worth early, which the bot's own margin (PER_MINUTE leaves room) absorbs.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

WINDOW_SECONDS = 60.0


class Limiter:
    def __init__(self, per_minute: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.per_minute, self.clock = per_minute, clock
        self.sent: deque[float] = deque()

    def _forget_old(self) -> float:
        now = self.clock()
        while self.sent and self.sent[0] <= now - WINDOW_SECONDS:
            self.sent.popleft()
        return now

    def available(self) -> int:
        """Messages that may go now."""
        self._forget_old()
        return max(0, self.per_minute - len(self.sent))

    def take(self) -> None:
        self.sent.append(self._forget_old())

    def wait_seconds(self) -> float:
        """How long until one more message may go (0 if one may now)."""
        now = self._forget_old()
        if len(self.sent) < self.per_minute:
            return 0.0
        return max(0.0, self.sent[0] + WINDOW_SECONDS - now)
