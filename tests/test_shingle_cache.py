"""The 3-gram sets kept for confirming near-duplicates stay bounded in bytes, not only in
count: pages of ever-new characters have millions of distinct 3-grams each (review of
issue #14: memory bounded by design)."""

from __future__ import annotations

import numpy as np

from crawler.store.dedup import SHINGLE_CACHE_BYTES, SHINGLE_CACHE_SIZE, ShingleCache


def test_huge_shingle_sets_are_dropped_before_the_cache_passes_its_byte_bound():
    cache = ShingleCache()
    over_a_quarter = SHINGLE_CACHE_BYTES // 16 + 1  # uint32 values
    for n in range(20):
        cache.put((n, "h"), np.zeros(over_a_quarter, dtype=np.uint32))
    assert cache.nbytes == sum(a.nbytes for a in cache.values()) <= SHINGLE_CACHE_BYTES
    assert list(cache) == [(n, "h") for n in range(17, 20)]  # the most recent kept


def test_a_set_larger_than_the_whole_cache_is_not_kept():
    cache = ShingleCache()
    cache.put((1, "h"), np.zeros(SHINGLE_CACHE_BYTES // 4 + 1, dtype=np.uint32))
    assert len(cache) == 0 and cache.nbytes == 0


def test_ordinary_sets_are_still_bounded_by_count_and_replacing_a_key_keeps_the_byte_count_true():
    cache = ShingleCache()
    for n in range(SHINGLE_CACHE_SIZE + 10):
        cache.put((n, "h"), np.arange(8, dtype=np.uint32))
    cache.put((SHINGLE_CACHE_SIZE + 9, "h"), np.arange(16, dtype=np.uint32))
    assert len(cache) == SHINGLE_CACHE_SIZE
    assert cache.nbytes == sum(a.nbytes for a in cache.values())


def test_distinct_sorted_is_np_unique():
    from crawler.store.fingerprint import distinct_sorted

    values = np.random.default_rng(1).integers(0, 2**32, 50_000, dtype=np.uint64).astype(np.uint32)
    values = np.concatenate([values, values[:20_000]])
    assert np.array_equal(distinct_sorted(values), np.unique(values))
    for small in ([], [7], [7, 7], [9, 3, 9]):
        assert np.array_equal(distinct_sorted(np.array(small, dtype=np.uint32)), np.unique(np.array(small, dtype=np.uint32)))
