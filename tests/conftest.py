"""Shared fixtures: the seed pages with their expected fields, and a local page server.

Tests never touch the internet: pages are served from 127.0.0.1 on a port the OS picks.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.request import urlopen

import pytest

from crawler.demo.site import demo_site_toml  # noqa: F401 (the tests' site list entry; bench uses it too)

from crawler.demo.pages import render_capture

ROOT = Path(__file__).resolve().parent.parent
SEED_DIR = ROOT / "seeds" / "pages"


@dataclass(frozen=True)
class Seed:
    """A seed page and what a careful reader finds in it."""

    name: str
    path: Path
    expected: dict

    @property
    def text(self) -> str:
        return self.path.read_text(encoding="utf-8")

    @property
    def ref_date(self) -> date:
        return date.fromisoformat(self.expected["ref_date"])


def load_seeds() -> list[Seed]:
    seeds = []
    for path in sorted(SEED_DIR.glob("*.txt")):
        expected_path = path.with_suffix(".expected.json")
        expected = json.loads(expected_path.read_text(encoding="utf-8")) if expected_path.exists() else {}
        seeds.append(Seed(path.stem, path, expected))
    return seeds


SEEDS = load_seeds()


class PageServer:
    """Serves byte strings at paths, with the Content-Type and status given."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.pages: dict[str, tuple[int, str, bytes]] = {}
        self.requests: list[str] = []
        pages, requests = self.pages, self.requests

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                requests.append(self.path)
                status, content_type, body = pages.get(self.path, (404, "text/plain", b"not found"))
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args) -> None:
                pass

        self.httpd = ThreadingHTTPServer((host, 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @classmethod
    def on(cls, host: str) -> "PageServer":
        return cls(host)

    @property
    def base_url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def add(self, path: str, body: bytes, content_type: str = "text/html", status: int = 200) -> str:
        self.pages[path] = (status, content_type, body)
        return self.base_url + path

    def fetch(self, path: str) -> bytes:
        with urlopen(self.base_url + path, timeout=10) as response:
            return response.read()


@pytest.fixture(scope="session")
def page_server():
    server = PageServer()
    server.thread.start()
    for seed in SEEDS:
        for charset in ("utf-8", "gbk"):
            server.add(f"/{seed.name}.{charset}.html", render_capture(seed.text, charset=charset))
    yield server
    server.httpd.shutdown()
    server.httpd.server_close()


class Answers:
    """What Deferreds fired with (a value, or a Failure), keyed, waited for with a deadline:
    for code whose Deferreds fire on threads of its own, with no reactor running."""

    def __init__(self, expected: int) -> None:
        self.values, self.expected, self.done = {}, expected, threading.Event()
        self.lock = threading.Lock()

    def watch(self, key, deferred) -> None:
        deferred.addCallbacks(self._got, self._got, callbackArgs=(key,), errbackArgs=(key,))

    def _got(self, value, key) -> None:
        with self.lock:
            self.values[key] = value
            if len(self.values) == self.expected:
                self.done.set()

    def wait(self, seconds: float = 60) -> dict:
        assert self.done.wait(seconds), f"{len(self.values)} of {self.expected} answers came"
        return self.values


