"""The crawler says who it is: govnews, its version, and the contact the user sets at the
top of the config (`contact = "mailto:…"`), so a site's operator can reach them."""

from __future__ import annotations

import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from conftest import ROOT
from crawler import settings
from crawler.config import SiteConfigError, parse_config

LIST = '<html><body><ul class="news"><li><a href="/a/1.html">园区项目签约</a></li></ul></body></html>'.encode()


@pytest.fixture
def recording_server():
    agents: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            agents.append(self.headers.get("User-Agent", ""))
            body, status = (LIST, 200) if self.path == "/list.html" else (b"not found", 404)
            self.send_response(status)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", agents
    httpd.shutdown()
    httpd.server_close()


def test_the_user_agent_names_govnews_and_its_version():
    assert settings.USER_AGENT == f"govnews/{settings.VERSION} (news monitoring)"
    assert settings.user_agent("mailto:ops@example.org") == f"govnews/{settings.VERSION} (news monitoring; +mailto:ops@example.org)"


def test_a_contact_that_is_not_one_line_is_refused():
    with pytest.raises(SiteConfigError, match="field 'contact'"):
        parse_config('contact = "a\\nb"\n', "sites.toml")
    assert parse_config('contact = "mailto:ops@example.org"\n').contact == "mailto:ops@example.org"


@pytest.mark.slow
def test_a_crawl_sends_the_config_contact(recording_server, tmp_path):
    base, agents = recording_server
    config = tmp_path / "sites.toml"
    config.write_text(f'''contact = "mailto:ops@example.org"

[[site]]
name = "zone"
start_urls = ["{base}/list.html"]
article_links = "ul.news a"
interval_minutes = 60
delay = 0
''', encoding="utf-8")
    subprocess.run([sys.executable, "-m", "crawler.cli", "crawl", "--config", str(config), "--db", str(tmp_path / "news.db")],
                   cwd=ROOT, capture_output=True, text=True, timeout=180)
    assert agents and set(agents) == {settings.user_agent("mailto:ops@example.org")}
