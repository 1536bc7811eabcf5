"""The crawl's writer thread: writes committed together, a failing write undone alone,
a transaction SQLite gives up failing its whole batch."""

from __future__ import annotations

import threading

import pytest

from crawler.store import Store
from conftest import Answers
from crawler.workers import store_writer
from crawler.workers.store_writer import StoreWriter


def direct(fn, *args):
    fn(*args)


def insert(store: Store, url: str, body: bytes = b"x") -> str:
    store.save_raw(url, "test", body, "text/html")
    return url


def fail_after_insert(store: Store, url: str) -> None:
    insert(store, url)
    raise ValueError("this write fails")


@pytest.fixture
def writer(tmp_path):
    writer = StoreWriter(str(tmp_path / "news.db"), call_from_thread=direct)
    yield writer
    writer.requests.put(store_writer._STOP)  # what close() sends, without a reactor to wait in
    writer.thread.join(10)


def urls(path) -> list[str]:
    with Store(path) as store:
        return [row["url"] for row in store.db.query("SELECT url FROM raw_pages ORDER BY url")]


def in_one_batch(writer: StoreWriter, writes: dict, before=lambda store: None) -> dict:
    """Queue `writes` while a first write holds the writer (after `before(store)`), so
    that they make one batch; what each answered, the holding write's under "hold"."""
    started, go_on = threading.Event(), threading.Event()

    def hold(store):
        before(store)
        started.set()
        assert go_on.wait(10)

    outcomes = Answers(len(writes) + 1)
    outcomes.watch("hold", writer.call(hold))
    assert started.wait(10)
    for key, (fn, *args) in writes.items():
        outcomes.watch(key, writer.call(fn, *args))
    go_on.set()
    return outcomes.wait(30)


def test_writes_queued_meanwhile_share_one_transaction(writer, tmp_path):
    values = in_one_batch(writer, {i: (insert, f"http://t/{i}") for i in range(3)})
    assert values == {"hold": None, 0: "http://t/0", 1: "http://t/1", 2: "http://t/2"}
    assert (writer.writes, writer.transactions) == (4, 2)
    assert urls(tmp_path / "news.db") == [f"http://t/{i}" for i in range(3)]


def test_a_failing_write_is_undone_alone(writer, tmp_path):
    values = in_one_batch(writer, {"a": (insert, "http://t/a"), "b": (fail_after_insert, "http://t/b"),
                                   "c": (insert, "http://t/c")})
    assert values["b"].check(ValueError) and (values["a"], values["c"]) == ("http://t/a", "http://t/c")
    assert writer.transactions == 2
    assert urls(tmp_path / "news.db") == ["http://t/a", "http://t/c"]


def test_a_transaction_sqlite_gives_up_fails_its_whole_batch(writer, tmp_path):
    """A full disk (here: a page limit) makes SQLite roll the whole transaction back: no
    write of the batch may then be reported as made, nor be half made."""
    values = in_one_batch(writer, {"small": (insert, "http://t/small"),
                                   "huge": (insert, "http://t/huge", bytes(range(256)) * 4096),
                                   "after": (insert, "http://t/after")},
                          before=lambda store: store.db.execute("PRAGMA max_page_count = 30"))
    assert values["hold"] is None  # its own batch, committed before
    assert all("full" in str(values[k].value) for k in ("small", "huge", "after")), values
    assert urls(tmp_path / "news.db") == []
