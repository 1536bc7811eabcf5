"""One POST with a deadline: a receiver that is slow, silent or trickles a byte at a time
costs at most TOTAL_TIMEOUT_SECONDS, and a stopping daemon can cut it short at once.

A socket timeout alone bounds each read, not the whole answer: a receiver sending one
byte every few seconds would hold the sender for ever. So a timer shuts the socket down at
the deadline, which ends whatever read is waiting on it.
"""

from __future__ import annotations

import http.client
import json
import socket
import threading
from dataclasses import dataclass
from urllib.parse import urlsplit

CONNECT_TIMEOUT_SECONDS = 5
TOTAL_TIMEOUT_SECONDS = 15  # a bot answers in well under a second; 15 s is a receiver in trouble
MAX_ANSWER_BYTES = 65536
RETRYABLE_STATUSES = {408, 425, 429}  # the other 4xx mean the request itself is wrong: retrying cannot help


class DeliveryError(Exception):
    """A delivery that did not go through; `permanent` when retrying cannot cure it."""

    def __init__(self, reason: str, permanent: bool = False, stopped: bool = False) -> None:
        super().__init__(reason)
        self.permanent, self.stopped = permanent, stopped


@dataclass(frozen=True)
class Reply:
    status: int
    data: object  # the answer as JSON, or None


class Connection:
    """POSTs JSON, one request at a time; `abort()` from another thread ends the current one."""

    def __init__(self, connect_timeout: float = CONNECT_TIMEOUT_SECONDS, total_timeout: float = TOTAL_TIMEOUT_SECONDS) -> None:
        self.connect_timeout, self.total_timeout = connect_timeout, total_timeout
        self.lock = threading.Lock()
        self.current: http.client.HTTPConnection | None = None
        self.aborted = False

    def abort(self) -> None:
        with self.lock:
            self.aborted = True
            if self.current is not None and self.current.sock is not None:
                try:
                    self.current.sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def post(self, url: str, body: dict) -> Reply:
        """The receiver's answer; DeliveryError if none came in time, or not a 2xx."""
        parts = urlsplit(url)
        kind = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
        conn = kind(parts.hostname, parts.port, timeout=self.connect_timeout)
        with self.lock:
            if self.aborted:
                raise DeliveryError("stopped before sending", stopped=True)
            self.current = conn
        cut = threading.Event()
        deadline = threading.Timer(self.total_timeout, self._cut, [conn, cut])
        deadline.daemon = True
        deadline.start()
        try:
            status, answer = self._exchange(conn, parts, body)
        except TimeoutError:  # the connect timeout, or a read that outlasted the whole deadline
            late = f"no answer within {self.total_timeout:g} s" if conn.sock else f"no connection within {self.connect_timeout:g} s"
            raise DeliveryError(self._why(cut, late), stopped=self.aborted) from None
        except (OSError, http.client.HTTPException) as error:
            raise DeliveryError(self._why(cut, str(error) or type(error).__name__), stopped=self.aborted) from None
        finally:
            deadline.cancel()
            with self.lock:
                self.current = None
            conn.close()
        if cut.is_set() or self.aborted:  # a cut socket may read as a short, "complete" answer
            raise DeliveryError(self._why(cut, ""), stopped=self.aborted)
        return _reply(status, answer)

    def _exchange(self, conn: http.client.HTTPConnection, parts, body: dict) -> tuple[int, bytes]:
        conn.connect()
        conn.sock.settimeout(self.total_timeout)
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        conn.request("POST", path, body=json.dumps(body, ensure_ascii=False).encode("utf-8"),
                     headers={"Content-Type": "application/json; charset=utf-8"})
        response = conn.getresponse()
        return response.status, response.read(MAX_ANSWER_BYTES)

    def _why(self, cut: threading.Event, error: str) -> str:
        if self.aborted:
            return "stopped"
        return f"no answer within {self.total_timeout:g} s" if cut.is_set() else error

    @staticmethod
    def _cut(conn: http.client.HTTPConnection, cut: threading.Event) -> None:
        cut.set()
        if conn.sock is not None:
            try:
                conn.sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


def _reply(status: int, answer: bytes) -> Reply:
    if not 200 <= status < 300:
        raise DeliveryError(f"HTTP {status}", permanent=400 <= status < 500 and status not in RETRYABLE_STATUSES)
    try:
        data = json.loads(answer) if answer.strip() else None
    except ValueError:
        data = None
    return Reply(status, data)
