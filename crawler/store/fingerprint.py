"""Content fingerprints of an article body, for finding the same story on other sites.

Fingerprints are taken on the Simplified, normalised body with punctuation and spaces
removed, so script, pinyin annotations, boilerplate and typography play no part.
- exact: a 64-bit BLAKE2 digest of that text;
- near: a MinHash signature over character 3-grams, cut into LSH bands. Two bodies
  with Jaccard similarity J share at least one band with probability 1-(1-J^r)^b; the
  store indexes the bands, so candidates are found in a few index lookups however many
  articles are stored, and then confirmed by their real Jaccard similarity.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

SHINGLE = 3
BANDS = 12
ROWS = 4  # MinHash values per band; BANDS * ROWS permutations in all
PERMUTATIONS = BANDS * ROWS
# Jaccard similarity (character 3-grams) from which a body is a near-duplicate; chosen by
# measurement on variants of the seed pages (docs/dedup.md, bench/dedup_speed.py).
NEAR_THRESHOLD = 0.7
# Shingle hashes permuted at a time in `minhash`: 16,384 * PERMUTATIONS * 4 bytes = 3 MB of
# temporaries, whatever the page's size (all at once, a 9.5 MB page needed over 1 GB).
MINHASH_CHUNK = 16_384
NOT_WORD = re.compile(r"[\W_]+")



@cache
def _numpy():
    """numpy, imported on the first fingerprint: it takes 0.14 s to import here, which every
    command that only reads the store (search, status, export) would pay before answering."""
    import numpy

    return numpy


@cache
def permutations():
    """Permutations a*x+b over 32-bit shingle hashes (a odd: a bijection modulo 2**32), from a
    fixed seed: stored bands must match future ones."""
    np = _numpy()
    rng = np.random.default_rng(20221229)
    multipliers = (rng.integers(1, 2**32, PERMUTATIONS, dtype=np.uint64).astype(np.uint32) | np.uint32(1))[:, None]
    offsets = rng.integers(0, 2**32, PERMUTATIONS, dtype=np.uint64).astype(np.uint32)[:, None]
    return multipliers, offsets


@cache
def _shingle_weights():
    np = _numpy()
    return np.uint32(0x9E3779B1), np.uint32(0x85EBCA77), np.uint32(0xC2B2AE3D)


@dataclass(frozen=True)
class Fingerprint:
    content_hash: str
    bands: tuple[int, ...]
    # The distinct 3-gram hashes, sorted: what a candidate's similarity is confirmed on.
    shingles: np.ndarray = field(default=None, repr=False, compare=False)


def fingerprint_text(text: str) -> str:
    """The body as fingerprints see it: lower case, no punctuation, no spaces."""
    return NOT_WORD.sub("", text).lower()


def shingle_hashes(fp_text: str) -> np.ndarray:
    """32-bit hashes of the text's character 3-grams (the whole text if shorter)."""
    np = _numpy()
    codes = np.frombuffer(fp_text.encode("utf-32-le"), dtype=np.uint32)
    if len(codes) < SHINGLE:
        codes = np.pad(codes, (0, SHINGLE - len(codes)))
    w0, w1, w2 = _shingle_weights()
    mixed = codes[:-2] * w0 + codes[1:-1] * w1 + codes[2:] * w2
    mixed ^= mixed >> np.uint32(15)
    mixed *= np.uint32(0x2C1B3C6D)
    mixed ^= mixed >> np.uint32(12)
    return mixed


def distinct_sorted(hashes: np.ndarray) -> np.ndarray:
    """np.unique by sorting: numpy 2's hash-based unique took 5 s over the 3 million
    3-grams of a 9 MB page, a sort takes a fraction of a second."""
    np = _numpy()
    ordered = np.sort(hashes)
    if len(ordered) < 2:
        return ordered
    return ordered[np.concatenate(([True], ordered[1:] != ordered[:-1]))]


def minhash(hashes: np.ndarray) -> np.ndarray:
    """The MinHash signature: for each permutation, the least permuted shingle hash.
    Taken MINHASH_CHUNK hashes at a time, so memory stays bounded whatever the page's
    size (one pass over all hashes at once needed PERMUTATIONS * 8 bytes a hash)."""
    np = _numpy()
    multipliers, offsets = permutations()
    signature = np.full(PERMUTATIONS, np.iinfo(np.uint32).max, dtype=np.uint32)
    for start in range(0, len(hashes), MINHASH_CHUNK):
        chunk = hashes[None, start:start + MINHASH_CHUNK]
        np.minimum(signature, (chunk * multipliers + offsets).min(axis=1), out=signature)
    return signature


def band_keys(signature: np.ndarray) -> tuple[int, ...]:
    """One integer per band: its index in the high bits, a hash of its rows in the low 32."""
    np = _numpy()
    rows = signature.reshape(BANDS, ROWS).astype(np.uint64)
    folded = (rows * np.uint64(0x9E3779B97F4A7C15)).sum(axis=1, dtype=np.uint64)
    folded ^= folded >> np.uint64(32)
    return tuple((band << 32) | int(value & 0xFFFFFFFF) for band, value in enumerate(folded.tolist()))


def fingerprint(text: str) -> Fingerprint:
    """Over the distinct 3-grams: MinHash of a set is the same whether an element occurs
    once or a thousand times, and a page's distinct 3-grams are far fewer than its own."""
    fp_text = fingerprint_text(text)
    digest = hashlib.blake2b(fp_text.encode("utf-8"), digest_size=8).hexdigest()
    distinct = distinct_sorted(shingle_hashes(fp_text))
    return Fingerprint(digest, band_keys(minhash(distinct)), distinct)


def shingle_set(text: str) -> np.ndarray:
    """The body's distinct 3-gram hashes, sorted: what Jaccard compares."""
    return distinct_sorted(shingle_hashes(fingerprint_text(text)))


def jaccard_sets(a: np.ndarray, b: np.ndarray) -> float:
    """Jaccard of two sorted sets of distinct hashes: |A∩B| / (|A| + |B| - |A∩B|)."""
    if not len(a) or not len(b):
        return 1.0 if len(a) == len(b) else 0.0
    np = _numpy()
    at = np.searchsorted(b, a)
    at[at == len(b)] = 0
    shared = int(np.count_nonzero(b[at] == a))
    return shared / (len(a) + len(b) - shared)


def jaccard(text_a: str, text_b: str) -> float:
    """The real similarity of two bodies: Jaccard of their character 3-gram sets."""
    return jaccard_sets(shingle_set(text_a), shingle_set(text_b))
