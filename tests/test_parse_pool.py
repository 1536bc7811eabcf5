"""Parsing in worker processes: the same result as in the crawl's own process, in the
order pages arrived, and nothing lost or left behind when a worker or the crawl dies."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import zlib
from datetime import date

from conftest import ROOT, SEEDS, Answers
from crawler.workers.arrival_order import ArrivalOrder
from crawler.workers.parse_pool import ParsePool
from crawler.workers.prepared import prepare

TODAY = date(2026, 11, 22)


def test_results_are_released_in_arrival_order():
    released = []
    order = ArrivalOrder(lambda item, result: released.append((item, result)))
    a, b, c = order.arrive("a"), order.arrive("b"), order.arrive("c")
    order.finish(c, 3)
    assert released == []
    order.finish(a, 1)
    assert released == [("a", 1)]
    order.finish(b, 2)
    assert released == [("a", 1), ("b", 2), ("c", 3)] and len(order) == 0


def page_args(seed):
    return (seed.path.read_bytes(), f"http://127.0.0.1/{seed.name}.html", None, None, TODAY)


def direct(fn, *args):
    fn(*args)


def prepare_all(pool: ParsePool, seeds) -> dict:
    """Each seed through the pool, by name, once all have come back."""
    answers = Answers(len(seeds))
    for seed in seeds:
        answers.watch(seed.name, pool.prepare(*page_args(seed)))
    return answers.wait()


def test_workers_give_what_the_crawls_own_process_gives():
    pool = ParsePool(2, call_from_thread=direct)
    try:
        results = prepare_all(pool, SEEDS)
    finally:
        pool.close()
    for seed in SEEDS:
        here, there = prepare(*page_args(seed)), results[seed.name]
        assert (there.outcome, there.article, there.fingerprint) == (here.outcome, here.article, here.fingerprint)
        assert list(there.fingerprint.shingles) == list(here.fingerprint.shingles)
        assert zlib.decompress(there.raw) == seed.path.read_bytes()


def kill_workers(pool: ParsePool) -> None:
    prepare_all(pool, SEEDS[:1])  # the pool starts its workers with the first page
    for process in list(pool.executor._processes.values()):
        process.kill()


def test_a_killed_worker_costs_no_page_and_a_new_pool_takes_over():
    pool = ParsePool(2, call_from_thread=direct)
    try:
        kill_workers(pool)
        results = prepare_all(pool, SEEDS)
        assert (pool.restarts, pool.executor is not None) == (1, True)
    finally:
        pool.close()
    assert {name: r.article.title for name, r in results.items()} == {
        seed.name: prepare(*page_args(seed)).article.title for seed in SEEDS}


def test_workers_that_keep_dying_leave_parsing_to_the_crawls_process(monkeypatch):
    monkeypatch.setattr("crawler.workers.parse_pool.MAX_RESTARTS", 0)
    pool = ParsePool(2, call_from_thread=direct)
    try:
        kill_workers(pool)
        results = prepare_all(pool, SEEDS)
        assert pool.executor is None
    finally:
        pool.close()
    assert all(r.outcome == "article" for r in results.values())


def test_pages_of_a_pool_whose_management_thread_died_are_parsed_again(monkeypatch):
    # CPython 3.11's terminate_broken can die of 'dictionary changed size during
    # iteration' when a page is submitted as a worker's death breaks the pool: its
    # management thread is gone, no page handed to the pool is ever settled and its
    # other workers are never ended. Here it ends so without failing anything.
    def dies(manager, cause):
        return None

    monkeypatch.setattr("concurrent.futures.process._ExecutorManagerThread.terminate_broken", dies)
    pool = ParsePool(2, call_from_thread=direct)
    try:
        kill_workers(pool)
        dead, workers = pool.executor._executor_manager_thread, pool.executor._processes
        dead.join(30)  # gone, the pool not marked broken
        results = prepare_all(pool, SEEDS)
        assert pool.restarts == 1
    finally:
        pool.close()
    assert dead not in pool.workers_of and not any(w.is_alive() for w in list(workers.values()))  # (killed: nothing outlives the test's process)
    assert {name: r.article.title for name, r in results.items()} == {
        seed.name: prepare(*page_args(seed)).article.title for seed in SEEDS}


def test_workers_end_with_a_crawl_killed_by_sigkill():
    script = (
        "import sys, threading\n"
        "from crawler.workers.parse_pool import ParsePool\n"
        "from crawler.workers.prepared import prepare\n"
        "done = threading.Event()\n"
        "pool = ParsePool(2, call_from_thread=lambda fn, *a: (fn(*a), done.set()))\n"
        "pool.prepare(b'<html><body><p>x</p></body></html>', 'http://127.0.0.1/x.html', None, None, None)\n"
        "done.wait(60)\n"
        "print(*pool.executor._processes, flush=True)\n"
        "sys.stdin.read()\n"
    )
    crawl = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        workers = [int(pid) for pid in crawl.stdout.readline().split()]
        assert workers
        handles = [os.pidfd_open(pid) for pid in workers]
    finally:
        crawl.send_signal(signal.SIGKILL)
        crawl.wait(10)
    for handle in handles:  # readable once the process has exited
        readable, _, _ = select.select([handle], [], [], 10)
        os.close(handle)
        assert readable, "a parse worker outlived its crawl"


def test_sites_crawled_at_once_share_one_pool_until_the_last_is_done():
    first, second, other = ParsePool.shared(2), ParsePool.shared(2), ParsePool.shared(0)
    assert first is second and other is not first
    other.close()
    first.close()
    assert first.executor is not None  # the second site still crawls
    second.close()
    assert first.executor is None
    again = ParsePool.shared(2)
    assert again is not first
    again.close()
