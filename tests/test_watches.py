"""Watches: each new matching article queued once, delivered, retried with backoff on failure."""

from __future__ import annotations

import json

import pytest

from conftest import SEEDS
from crawler.config import SiteConfigError, Watch, parse_config
from crawler.outputs.webhooks import FORMATS
from crawler.outputs.webhooks.message import article_message
from crawler.outputs.webhooks.transport import DeliveryError
from crawler.outputs.watches import run_watches
from crawler.store import Store
from parsers import parse_page


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "news.db") as s:
        yield s


def add(store, seed, url):
    article = parse_page(seed.text, url=url, ref_date=seed.ref_date)
    return store.add(article, site="demo")


WATCH = Watch("feng", "封晓春", "http://127.0.0.1:9/hook")


class Recorder:
    def __init__(self, failures: int = 0) -> None:
        self.bodies, self.failures = [], failures

    def __call__(self, url, body) -> None:
        if self.failures:
            self.failures -= 1
            raise DeliveryError("HTTP 502")
        self.bodies.append(body)


def test_only_articles_stored_after_the_watch_started_and_matching_are_sent(store):
    add(store, SEEDS[0], "http://a/backlog")  # before the watch: no backlog
    store.init_watch_cursors([WATCH.name])
    add(store, SEEDS[1], "http://a/other")  # does not match
    add(store, SEEDS[0], "http://b/copy")  # matches, but is a duplicate of the backlog story
    fresh = add(store, SEEDS[4], "http://a/new")  # does not match either
    post = Recorder()
    assert run_watches(store, [WATCH], post) == {"queued": 0, "delivered": 0, "retrying": 0, "given_up": 0}
    with_dupes = Watch("feng-all", "封晓春", WATCH.webhook, include_duplicates=True)
    store.init_watch_cursors([with_dupes.name])
    copy = add(store, SEEDS[0], "http://c/copy2")
    run_watches(store, [WATCH, with_dupes], post)
    assert [(b["watch"], b["url"]) for b in post.bodies] == [("feng-all", "http://c/copy2")]
    assert copy.duplicate_of and fresh.outcome == "new"


def test_a_failed_delivery_is_kept_and_retried_later(store, caplog):
    store.init_watch_cursors([WATCH.name])
    add(store, SEEDS[0], "http://a/1")
    failing = Recorder(failures=1)
    assert run_watches(store, [WATCH], failing)["retrying"] == 1
    assert "delivering http://a/1 failed (HTTP 502); retrying at" in caplog.text
    (row,) = store.db.query("SELECT status, attempts, last_error FROM deliveries")
    assert row == {"status": "pending", "attempts": 1, "last_error": "HTTP 502"}
    store.db.execute("UPDATE deliveries SET next_attempt_at = '2000-01-01'")  # the wait is over
    assert run_watches(store, [WATCH], failing)["delivered"] == 1
    assert [b["url"] for b in failing.bodies] == ["http://a/1"]
    assert run_watches(store, [WATCH], failing)["delivered"] == 0  # never twice


def test_after_the_last_attempt_it_is_given_up_loudly(store, caplog):
    store.init_watch_cursors([WATCH.name])
    add(store, SEEDS[0], "http://a/1")
    store.queue_deliveries(WATCH.name, WATCH.query, None, False)
    store.db.execute("UPDATE deliveries SET attempts = 11")
    assert run_watches(store, [WATCH], Recorder(failures=1))["given_up"] == 1
    assert "gave up delivering http://a/1 after 12 attempts" in caplog.text
    assert next(store.db.query("SELECT status FROM deliveries"))["status"] == "failed"


@pytest.mark.parametrize("fmt, keys", [("dingtalk", {"msgtype", "markdown"}), ("wecom", {"msgtype", "markdown"}),
                                        ("feishu", {"msg_type", "content"}), ("json", {"watch", "url", "title", "summary"})])
def test_payload_shapes(store, fmt, keys):
    add(store, SEEDS[0], "http://a/1")
    article = next(store.db.query("SELECT * FROM articles"))
    body = FORMATS[fmt].body(article_message(Watch("w", "q", "http://x/", format=fmt), article))
    assert keys <= set(body)
    assert "封晓春带队赴经开区调研项目推进情况" in json.dumps(body, ensure_ascii=False)


@pytest.mark.parametrize("entry, message", [
    ({"name": "w", "query": "q"}, "field 'webhook'"),
    ({"name": "w", "query": "q", "webhook": "ftp://x"}, "field 'webhook'"),
    ({"name": "w", "query": "q", "webhook": "http://x/", "format": "slack"}, "field 'format'"),
    ({"name": "w", "query": "", "webhook": "http://x/"}, "field 'query'"),
])
def test_watch_config_errors_name_the_field(entry, message):
    with pytest.raises(SiteConfigError, match=message):
        parse_config(watch_toml(entry), "cfg.toml")


def watch_toml(entry: dict) -> str:
    return "[[watch]]\n" + "".join(f"{key} = {json.dumps(value, ensure_ascii=False)}\n" for key, value in entry.items())
