"""Results released in the order their items arrived, whatever order they finish in.

Pages are parsed in parallel, and a short page overtakes a long one; but which copy of a
story is the original must follow the crawl, not the parsers' timing.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from typing import Any

_WAITING = object()


class ArrivalOrder:
    """`arrive(item)` when an item comes in, `finish(ticket, result)` when its result is
    ready: `release(item, result)` is called for each, in arrival order."""

    def __init__(self, release: Callable[[Any, Any], None]) -> None:
        self.release = release
        self.queue: deque[list] = deque()

    def arrive(self, item: Any) -> list:
        ticket = [item, _WAITING]
        self.queue.append(ticket)
        return ticket

    def finish(self, ticket: list, result: Any) -> None:
        ticket[1] = result
        while self.queue and self.queue[0][1] is not _WAITING:
            item, ready = self.queue.popleft()
            self.release(item, ready)

    def __len__(self) -> int:
        return len(self.queue)
