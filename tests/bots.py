"""Local stand-ins for the chat bots and for receivers in trouble, on 127.0.0.1 port 0.

`MockBot` answers as DingTalk, WeCom or Feishu custom bots do: HTTP 200 with an error code
when it refuses (keyword missing, signature wrong, bad token, too many messages a minute),
and keeps what it accepted. `Receiver` modes: "ok", "slow" (answers after `delay` s),
"hang" (never answers) and "trickle" (a byte every half second, never done).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

REFUSALS = {  # kind -> (code key, keyword code, sign code, token code, rate code)
    "dingtalk": ("errcode", 310000, 310000, 300001, 130101),
    "wecom": ("errcode", None, None, 93000, 45009),
    "feishu": ("code", 19024, 19021, 19001, 11232),
}


def message_text(body: dict) -> str:
    """What the bot shows (and searches for its keyword)."""
    if "markdown" in body:
        return body["markdown"].get("title", "") + body["markdown"].get("text", body["markdown"].get("content", ""))
    return body.get("content", {}).get("text", "")


class Server:
    """A threaded HTTP server on a free port, answering POSTs with `self.answer(path, body)`."""

    def __init__(self) -> None:
        owner = self
        self.closing = threading.Event()

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:  # noqa: N802
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                owner.respond(self, body)

            def log_message(self, *args) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/hook"

    @staticmethod
    def send_json(handler, answer: dict) -> None:
        data = json.dumps(answer).encode()
        handler.send_response(200)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        handler.wfile.write(data)

    def close(self) -> None:
        self.closing.set()
        self.httpd.shutdown()
        self.httpd.server_close()


class MockBot(Server):
    def __init__(self, kind: str, keyword: str | None = None, secret: str | None = None, per_minute: int | None = None,
                 token_ok: bool = True) -> None:
        super().__init__()
        self.kind, self.keyword, self.secret, self.per_minute, self.token_ok = kind, keyword, secret, per_minute, token_ok
        self.accepted: list[dict] = []
        self.refused: list[int] = []
        self.times: list[float] = []
        self.lock = threading.Lock()
        self.url += "?access_token=abc" if kind == "dingtalk" else "?key=abc" if kind == "wecom" else ""

    def verdict(self, query: dict, body: dict) -> int:
        key, keyword_code, sign_code, token_code, rate_code = REFUSALS[self.kind]
        if not self.token_ok:
            return token_code
        if self.secret and not self.signature_ok(query, body):
            return sign_code
        if self.keyword and self.keyword not in message_text(body):
            return keyword_code
        now = time.monotonic()
        self.times = [t for t in self.times if t > now - 60]
        if self.per_minute is not None and len(self.times) >= self.per_minute:
            return rate_code
        self.times.append(now)
        return 0

    def signature_ok(self, query: dict, body: dict) -> bool:
        if self.kind == "dingtalk":
            timestamp, sign = query.get("timestamp", [""])[0], query.get("sign", [""])[0]
            expected = hmac.new(self.secret.encode(), f"{timestamp}\n{self.secret}".encode(), hashlib.sha256).digest()
            fresh = timestamp.isdigit() and abs(int(timestamp) / 1000 - time.time()) < 3600
        else:
            timestamp, sign = body.get("timestamp", ""), body.get("sign", "")
            expected = hmac.new(f"{timestamp}\n{self.secret}".encode(), b"", hashlib.sha256).digest()
            fresh = timestamp.isdigit() and abs(int(timestamp) - time.time()) < 3600
        return fresh and sign == base64.b64encode(expected).decode()

    def respond(self, handler, body: dict) -> None:
        query = parse_qs(urlsplit(handler.path).query)
        with self.lock:
            code = self.verdict(query, body)
            (self.refused.append(code) if code else self.accepted.append(body))
        key = REFUSALS[self.kind][0]
        self.send_json(handler, {key: code, ("errmsg" if key == "errcode" else "msg"): "ok" if not code else "refused"})

    def texts(self) -> list[str]:
        return [message_text(b) for b in self.accepted]


class Receiver(Server):
    """A JSON receiver: keeps every body; answers as its mode says."""

    def __init__(self, mode: str = "ok", delay: float = 3.0) -> None:
        super().__init__()
        self.mode, self.delay = mode, delay
        self.bodies: list[dict] = []
        self.lock = threading.Lock()

    def respond(self, handler, body: dict) -> None:
        with self.lock:
            self.bodies.append(body)
        if self.mode == "hang":
            self.closing.wait()
            return
        if self.mode == "trickle":
            handler.send_response(200)
            handler.send_header("Content-Length", "100000")
            handler.end_headers()
            while not self.closing.wait(0.5):
                try:
                    handler.wfile.write(b" ")
                    handler.wfile.flush()
                except OSError:
                    return
            return
        if self.mode == "slow":
            self.closing.wait(self.delay)
        self.send_json(handler, {"ok": True})

    def urls(self) -> list[str]:
        return [b["url"] for b in self.bodies if "url" in b] + [a["url"] for b in self.bodies for a in b.get("articles", [])]
