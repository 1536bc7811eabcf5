"""The daemon's deliveries never block: a slow, a hanging and a trickling receiver beside a
healthy one delay only themselves, nothing is sent twice, SIGTERM still stops it within
10 s; and a config edited while it runs takes effect on SIGHUP, not before."""

from __future__ import annotations

import signal
import sqlite3
from contextlib import closing

import pytest

from bots import Receiver
from conftest import demo_site_toml
from running import Daemon

pytestmark = pytest.mark.slow


@pytest.fixture
def demo_server():
    from crawler.demo.site import DemoServer

    with DemoServer(port=0) as server:
        yield server


@pytest.fixture
def receivers():
    made = {"healthy": Receiver("ok"), "slow": Receiver("slow", delay=3), "hanging": Receiver("hang"),
            "trickling": Receiver("trickle")}
    yield made
    for receiver in made.values():
        receiver.close()


def watch_toml(name: str, url: str, query: str = "项目") -> str:
    return f'\n[[watch]]\nname = "{name}"\nquery = "{query}"\nwebhook = "{url}"\n'


def originals_matching(db, word: str) -> set[str]:
    with closing(sqlite3.connect(db)) as conn:
        rows = conn.execute("SELECT url FROM articles WHERE duplicate_of IS NULL AND (title LIKE ? OR text LIKE ?)",
                            (f"%{word}%", f"%{word}%")).fetchall()
    return {url for (url,) in rows}


def test_receivers_in_trouble_delay_only_themselves_and_nothing_is_sent_twice(tmp_path, demo_server, receivers):
    config = tmp_path / "govnews.toml"
    config.write_text(demo_site_toml(demo_server.base_url, interval_minutes=0.0833)
                      + "".join(watch_toml(name, r.url) for name, r in receivers.items()), encoding="utf-8")
    db = tmp_path / "news.db"
    daemon = Daemon("--config", str(config), "--db", str(db))
    try:
        daemon.wait_for("crawled demo: 7 new, 1 duplicates")
        expected = originals_matching(db, "项目")
        assert len(expected) == 7
        daemon.wait_for_count("watch healthy: delivered", len(expected))
    finally:
        code = daemon.stop(signal.SIGTERM, within=10)
    assert code == 0
    assert sorted(receivers["healthy"].urls()) == sorted(expected)
    for receiver in receivers.values():
        urls = receiver.urls()
        assert len(urls) == len(set(urls))  # never twice
        assert set(urls) <= expected
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("SELECT count(*) FROM deliveries WHERE status = 'sending'").fetchone()[0] == 0


def test_a_config_edit_takes_effect_on_sighup_and_not_before(tmp_path, demo_server):
    healthy = Receiver("ok")
    config = tmp_path / "govnews.toml"
    site = demo_site_toml(demo_server.base_url, interval_minutes=0.0833)
    config.write_text(site, encoding="utf-8")
    daemon = Daemon("--config", str(config), "--db", str(tmp_path / "news.db"))
    try:
        daemon.wait_for("daemon started: 1 sites, 0 watches")
        daemon.wait_for("crawled demo")
        config.write_text(site + watch_toml("later", healthy.url), encoding="utf-8")
        daemon.wait_for_new("crawled demo")  # a whole crawl later, the edit is still unread
        assert daemon.count("config reloaded") == 0
        daemon.process.send_signal(signal.SIGHUP)
        daemon.wait_for("config reloaded: 1 sites, 1 watches")
        config.write_text(site.replace("interval_minutes", "interval_minute"), encoding="utf-8")
        daemon.process.send_signal(signal.SIGHUP)
        line = daemon.wait_for("the config was not reloaded")
        assert "field 'interval_minute'" in line
        daemon.wait_for_new("crawled demo")  # still running, on the config it had
    finally:
        code = daemon.stop(signal.SIGTERM, within=10)
        healthy.close()
    assert code == 0
