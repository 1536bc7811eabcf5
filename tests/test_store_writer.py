"""The crawl's writer thread: writes committed together, a failing write undone alone,
a transaction SQLite gives up failing its whole batch."""

from __future__ import annotations

import threading

import pytest

from crawler.store import Store
from crawler.store_writer import StoreWriter


def direct(fn, *args):
    fn(*args)


class Outcomes:
    """What each write's Deferred fired with, waited for with a deadline."""

    def __init__(self, expected: int) -> None:
        self.values, self.expected, self.done = {}, expected, threading.Event()

    def watch(self, key, deferred) -> None:
        deferred.addCallbacks(self._got, self._got, callbackArgs=(key,), errbackArgs=(key,))

    def _got(self, value, key) -> None:
        self.values[key] = value
        if len(self.values) == self.expected:
            self.done.set()

    def wait(self) -> dict:
        assert self.done.wait(30), f"{len(self.values)} of {self.expected} writes answered"
        return self.values


def insert(store: Store, url: str, body: bytes = b"x") -> str:
    store.save_raw(url, "test", body, "text/html")
    return url


def fail_after_insert(store: Store, url: str) -> None:
    insert(store, url)
    raise ValueError("this write fails")


@pytest.fixture
def writer(tmp_path):
    writer = StoreWriter(str(tmp_path / "news.db"), call_from_thread=direct)
    writer.users = 1
    yield writer
    if writer.thread.is_alive():
        writer.users = 1
        writer.requests.put(__import__("crawler.store_writer").store_writer._STOP)
        writer.thread.join(10)


def urls(path) -> list[str]:
    with Store(path) as store:
        return [row["url"] for row in store.db.query("SELECT url FROM raw_pages ORDER BY url")]


def test_writes_queued_meanwhile_share_one_transaction(writer, tmp_path):
    started, go_on = threading.Event(), threading.Event()

    def first(store):
        started.set()
        assert go_on.wait(10)
        return insert(store, "http://t/0")

    outcomes = Outcomes(4)
    outcomes.watch(0, writer.call(first))
    assert started.wait(10)
    for i in range(1, 4):
        outcomes.watch(i, writer.call(insert, f"http://t/{i}"))
    go_on.set()
    assert outcomes.wait() == {0: "http://t/0", 1: "http://t/1", 2: "http://t/2", 3: "http://t/3"}
    assert (writer.writes, writer.transactions) == (4, 2)
    assert urls(tmp_path / "news.db") == [f"http://t/{i}" for i in range(4)]


def test_a_failing_write_is_undone_alone(writer, tmp_path):
    started, go_on = threading.Event(), threading.Event()

    def hold(store):
        started.set()
        assert go_on.wait(10)

    outcomes = Outcomes(4)
    outcomes.watch("hold", writer.call(hold))
    assert started.wait(10)
    outcomes.watch("a", writer.call(insert, "http://t/a"))
    outcomes.watch("b", writer.call(fail_after_insert, "http://t/b"))
    outcomes.watch("c", writer.call(insert, "http://t/c"))
    go_on.set()
    values = outcomes.wait()
    assert values["b"].check(ValueError) and (values["a"], values["c"]) == ("http://t/a", "http://t/c")
    assert writer.transactions == 2
    assert urls(tmp_path / "news.db") == ["http://t/a", "http://t/c"]


def test_a_transaction_sqlite_gives_up_fails_its_whole_batch(writer, tmp_path):
    """A full disk (here: a page limit) makes SQLite roll the whole transaction back: no
    write of the batch may then be reported as made, nor be half made."""
    started, go_on = threading.Event(), threading.Event()

    def hold_with_a_page_limit(store):
        store.db.execute("PRAGMA max_page_count = 30")
        started.set()
        assert go_on.wait(10)

    outcomes = Outcomes(4)
    outcomes.watch("hold", writer.call(hold_with_a_page_limit))
    assert started.wait(10)
    outcomes.watch("small", writer.call(insert, "http://t/small"))
    outcomes.watch("huge", writer.call(insert, "http://t/huge", bytes(range(256)) * 4096))
    outcomes.watch("after", writer.call(insert, "http://t/after"))
    go_on.set()
    values = outcomes.wait()
    assert values["hold"] is None  # its own batch, committed before
    assert all("full" in str(values[k].value) for k in ("small", "huge", "after")), values
    assert urls(tmp_path / "news.db") == []
