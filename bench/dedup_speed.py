#!/usr/bin/env python3
"""How fast and how well the store finds near-duplicates, next to datasketch's MinHashLSH.

Both sides see the same shingles (the character 3-grams of
crawler.store.fingerprint.fingerprint_text(text)), use 48 permutations, and confirm every
candidate the same way: the exact Jaccard of the 3-gram sets (crawler.store.fingerprint.jaccard;
the store computes it with shingle_set and jaccard_sets, and "confirm" times those), a
duplicate from NEAR_THRESHOLD (0.7), flagged against the root of its cluster. So what differs is
the index.
  * ours           -- crawler.store.Store.add(article): fingerprint (MinHash, 12 bands x
                      4 rows), exact-hash lookup, band lookup in SQLite, confirmation,
                      insert of the row, its bands and its full-text entry, all in one
                      BEGIN IMMEDIATE transaction, as in a crawl.
  * datasketch     -- MinHash(num_perm=48) with datasketch's default hash (SHA-1, scheme
    (t=0.7)           affine32; permutations built once and reused), MinHashLSH(threshold=
                      0.7, num_perm=48) -- which picks its own bands -- query, confirmation
                      against the texts held in a dict, MinHashLSH.insert.
  * datasketch     -- the same with MinHashLSH(num_perm=48, params=(12, 4)), our banding.
    (12x4)

Part 1, speed and memory (--sizes, default 10000,100000,1000000). Each index is
pre-filled with N synthetic articles; then M articles (--queries, default 500) are added
one at a time after 20 untimed warm-up ones. Half of the M are edited copies of stored
articles (crawler.demo.pages.edited_copy: a paragraph dropped, a number changed), half
are new. Synthetic texts are 300-800 characters in 4-7 paragraphs, made of runs of 1-6
characters copied from random places in the five seed stories, so unrelated texts share
common 3-grams about as much as real unrelated stories do (both figures are printed).
Pre-fill, untimed: ours writes the rows (url, parser, title, text, content_hash,
timestamps; text_original left NULL) straight into a database made by the store's own
migrations, in one transaction, with band rows from crawler.store.fingerprint.fingerprint().
Up to --fts-fill-limit (100k) the full-text trigger fires for them as in use ("ours");
every size also runs with the pre-filled rows kept out of the full-text index ("ours,
pre-fill without FTS": the trigger is dropped for the fill and put back, so the timed
articles still pay for their entries), because those entries cost about 1 ms and 4-5 KB
an article: some 20 minutes and 4-5 GB at 1M. datasketch inserts LeanMinHash objects.
Fingerprints of the pre-fill (ours and datasketch's) are computed once, in --workers
processes, and cached under --cache-dir: about 20 minutes for 1M on a 2-core machine
(docs/benchmarks.md); later runs reuse them.
Each side runs in a subprocess of its own, so its memory is its own: for ours the
database file (and the share of it taken by the article_bands index, from dbstat) and
the process RSS; for datasketch the RSS growth from building the LSH index, apart from
the dict of texts used for confirmation. Reported per article: median and p95 ms
(perf_counter around the whole add), medians for copies and new articles, and the mean
split into sketch (fingerprint / MinHash), confirmation (exact Jaccard) and the rest
(index lookup and write); candidates confirmed per article; copies found.

Part 2, precision and recall on a labelled variant set. Stories: the five seed pages
(seeds/pages/*.txt, with their expected ref_date) and every bench/pages/*.html that
parses (ref_date 2026-11-21). For each story five positives: an exact copy (the same page
under another URL), a Traditional+pinyin mirror of its Simplified text (traditional_mirror,
re-parsed), edited_copy with 1 and with 2 paragraphs dropped (and a number changed), and
the story inside another template (render_capture with portal chrome in GBK, re-parsed).
Every pair of items from different stories is a negative. Each index gets a fresh start:
the originals, then every variant; a variant is found when flagged against its own
original; any flag against another story is a false positive. Printed: precision, recall
and F1 per index, the Jaccard of the positive pairs (per variant kind) and of the
negative pairs, the thresholds that would separate them, and the LSH S-curves.

Nothing is asserted: it is a benchmark, not a test.

Usage (from the project root, with the project venv):
    python bench/dedup_speed.py                          # all of it; ~9 min with the cache
    python bench/dedup_speed.py --sizes 10000,100000     # smaller, ~4 min
    python bench/dedup_speed.py --only accuracy          # part 2 only, seconds
    python bench/dedup_speed.py --markdown               # Markdown tables
"""
from __future__ import annotations

import argparse
import dataclasses
import gc
import hashlib
import itertools
import json
import multiprocessing
import os
import platform
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date
from importlib import metadata
from pathlib import Path

from machine import cpu_model

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
SEEDS_DIR = ROOT / "seeds" / "pages"
REAL_DIR = BENCH_DIR / "pages"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from datasketch import LeanMinHash, MinHash, MinHashLSH  # noqa: E402

from crawler.store import fingerprint as fp  # noqa: E402
from crawler.demo.pages import edited_copy, render_capture, traditional_mirror  # noqa: E402
from crawler.store import Store  # noqa: E402
from parsers import Article, ParseError, parse_page  # noqa: E402

REF_DATE = date(2026, 11, 21)  # for bench/pages; the seeds carry their own
SIZES = (10_000, 100_000, 1_000_000)
QUERIES = 500
WARM_UP = 20
THRESHOLD = fp.NEAR_THRESHOLD
NUM_PERM = fp.PERMUTATIONS
DS_SCHEME = "affine32"  # datasketch 2's default
DS_CONFIGS = {"datasketch (t=0.7)": None, "datasketch (12x4)": (fp.BANDS, fp.ROWS)}
OURS = "ours"
OURS_NO_FTS = "ours, pre-fill without FTS"
FTS_FILL_LIMIT = 100_000  # above this the pre-fill skips full-text entries (about 1 ms each)
VARIANT_KINDS = ("exact", "mirror", "edit1", "edit2", "template")
# Synthetic texts: runs of copied characters, cut into paragraphs.
GENERATOR = {"seed": 20261121, "chunk": 10_000, "length": (300, 800), "run": (1, 6), "paragraphs": (4, 7)}
CHUNK = GENERATOR["chunk"]
FRESH_CHUNK = 10**6  # a chunk number no pre-fill reaches: the new query articles
DEFAULT_CACHE = Path(tempfile.gettempdir()) / "govnews-dedup-cache"
LIBRARIES = ("datasketch", "numpy", "sqlite-utils")
MB = 1024 * 1024


def log(message: str) -> None:
    """Progress on stderr, so stdout holds only the report."""
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# ------------------------------------------------------------------ stories (part 2's set, part 1's corpus)

@dataclass(frozen=True)
class Story:
    name: str
    content: bytes | str  # the page as saved
    ref_date: date
    article: Article
    seed: bool  # from seeds/pages, not bench/pages


def load_stories() -> tuple[list[Story], list[str]]:
    """Seed captures and real pages that parse; and the names of those that did not."""
    sources = []
    for path in sorted(SEEDS_DIR.glob("*.txt")):
        expected = path.with_suffix(".expected.json")
        ref = json.loads(expected.read_text(encoding="utf-8")).get("ref_date") if expected.exists() else None
        sources.append((path.stem, path.read_text(encoding="utf-8"), date.fromisoformat(ref) if ref else REF_DATE, True))
    sources += [(p.stem, p.read_bytes(), REF_DATE, False) for p in sorted(REAL_DIR.glob("*.html"))]
    stories, skipped = [], []
    for name, content, ref_date, seed in sources:
        try:
            article = parse_page(content, url=f"http://original.example/{name}", ref_date=ref_date)
        except ParseError as error:
            skipped.append(f"{name} ({type(error).__name__})")
            continue
        stories.append(Story(name, content, ref_date, article, seed))
    return stories, skipped


# ------------------------------------------------------------------ shingles and sketches

def shingles(text: str) -> set[str]:
    """Character 3-grams of the text as fingerprints see it (the whole text if shorter)."""
    s = fp.fingerprint_text(text)
    return {s[i:i + fp.SHINGLE] for i in range(len(s) - fp.SHINGLE + 1)} or {s}


_PERMUTATIONS = MinHash(num_perm=NUM_PERM).permutations  # datasketch's defaults, built once


def ds_minhash(text: str) -> MinHash:
    """datasketch's MinHash of the shingles, default hash; the permutations are reused
    (the same ones MinHash(num_perm=48) makes, without rebuilding them every time)."""
    minhash = MinHash(num_perm=NUM_PERM, permutations=_PERMUTATIONS, scheme=DS_SCHEME)
    minhash.update_batch([s.encode("utf-8") for s in shingles(text)])
    return minhash


def check_ds_minhash(text: str) -> None:
    """The reused permutations give what a plain MinHash(num_perm=48) gives."""
    plain = MinHash(num_perm=NUM_PERM)
    plain.update_batch([s.encode("utf-8") for s in shingles(text)])
    if not np.array_equal(plain.hashvalues, ds_minhash(text).hashvalues):
        raise RuntimeError("datasketch MinHash with reused permutations differs from the default")


def make_lsh(params: tuple[int, int] | None) -> MinHashLSH:
    if params is None:
        return MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    return MinHashLSH(num_perm=NUM_PERM, params=params)


def candidate_probability(similarity: float, bands: int, rows: int) -> float:
    """Chance that two sets with this Jaccard share at least one band."""
    return 1 - (1 - similarity**rows) ** bands


class LshIndex:
    """datasketch's MinHashLSH plus the procedure our store follows around its index:
    exact-Jaccard confirmation against the stored text, flags pointing at the root."""

    def __init__(self, params: tuple[int, int] | None) -> None:
        self.lsh = make_lsh(params)
        self.texts: dict[int, str] = {}
        self.roots: dict[int, int] = {}  # only for flagged keys
        self.timing = {"sketch": 0.0, "confirm": 0.0, "candidates": 0}

    def preload(self, key: int, text: str, hashvalues: np.ndarray) -> None:
        self.lsh.insert(key, LeanMinHash(seed=1, hashvalues=hashvalues, scheme=DS_SCHEME), check_duplication=False)
        self.texts[key] = text

    def add(self, key: int, text: str) -> tuple[int | None, float | None]:
        """(root it duplicates, similarity) or (None, None); the text is stored either way."""
        start = time.perf_counter()
        minhash = ds_minhash(text)
        sketched = time.perf_counter()
        candidates = sorted(self.lsh.query(minhash))
        confirm_start = time.perf_counter()
        best = (None, None)
        for candidate in candidates:
            similarity = round(fp.jaccard(text, self.texts[candidate]), 4)
            if similarity >= THRESHOLD and (best[1] is None or similarity > best[1]):
                best = (self.roots.get(candidate, candidate), similarity)
        confirmed = time.perf_counter()
        self.lsh.insert(key, minhash)
        self.texts[key] = text
        if best[0] is not None:
            self.roots[key] = best[0]
        self.timing["sketch"] = sketched - start
        self.timing["confirm"] = confirmed - confirm_start
        self.timing["candidates"] = len(candidates)
        return best


# ------------------------------------------------------------------ synthetic articles

def corpus_codes(stories: list[Story]) -> np.ndarray:
    """The seed stories' text, the material of synthetic articles. Only the seeds: they
    never change, so neither do the synthetic articles nor their cached fingerprints."""
    text = "".join(s.article.text.replace("\n", "") for s in stories if s.seed)
    return np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)


def synthetic_chunk(codes: np.ndarray, chunk: int) -> list[str]:
    """CHUNK texts, the same ones every time for the same chunk number."""
    rng = np.random.default_rng([GENERATOR["seed"], chunk])
    lengths = rng.integers(GENERATOR["length"][0], GENERATOR["length"][1] + 1, CHUNK)
    paragraphs = rng.integers(GENERATOR["paragraphs"][0], GENERATOR["paragraphs"][1] + 1, CHUNK)
    flat = copied_runs(codes, int(lengths.sum()), rng)
    texts, pos = [], 0
    for length, parts in zip(lengths.tolist(), paragraphs.tolist()):
        body, pos = flat[pos:pos + length], pos + length
        cuts = [length * i // parts for i in range(parts + 1)]
        texts.append("\n".join(body[a:b] for a, b in zip(cuts, cuts[1:])))
    return texts


def copied_runs(codes: np.ndarray, total: int, rng: np.random.Generator) -> str:
    """`total` characters made of runs of 1-6 characters from random places in `codes`."""
    low, high = GENERATOR["run"]
    runs = rng.integers(low, high + 1, total * 2 // (low + high) + 10_000)
    ends = np.cumsum(runs)
    count = int(np.searchsorted(ends, total)) + 1
    if count > len(runs):
        raise RuntimeError("not enough runs drawn")
    runs, ends = runs[:count], ends[:count]
    starts = rng.integers(0, len(codes) - high, count)
    index = np.arange(ends[-1]) + np.repeat(starts - (ends - runs), runs)
    return codes[index[:total]].tobytes().decode("utf-32-le")


def synthetic_texts(codes: np.ndarray, size: int):
    """(first key, texts) chunk by chunk for keys 1..size; key = position + 1."""
    for chunk in range(-(-size // CHUNK)):
        texts = synthetic_chunk(codes, chunk)[: size - chunk * CHUNK]
        yield chunk * CHUNK + 1, texts


# ------------------------------------------------------------------ fingerprint cache

def cache_dir(root: Path, codes: np.ndarray) -> Path:
    """A directory per corpus, generator, and what both sketches make of a probe text: a
    change to either hashing starts a new cache, an edit elsewhere keeps it."""
    probe = synthetic_chunk(codes, 0)[0]
    key = hashlib.sha256(codes.tobytes())
    key.update(json.dumps(GENERATOR, sort_keys=True).encode())
    key.update(repr(fp.fingerprint(probe)).encode())
    key.update(ds_minhash(probe).hashvalues.tobytes())
    return root / key.hexdigest()[:16]


def chunk_path(cache: Path, chunk: int) -> Path:
    return cache / f"chunk-{chunk:05d}.npz"


def _fingerprint_chunk(job: tuple[Path, int]) -> int:
    cache, chunk = job
    codes = np.load(cache / "corpus.npy")
    texts = synthetic_chunk(codes, chunk)
    check_ds_minhash(texts[0])
    prints = [fp.fingerprint(t) for t in texts]
    bands = np.array([p.bands for p in prints], dtype=np.int64)
    hashes = np.array([int(p.content_hash, 16) for p in prints], dtype=np.uint64)
    ds = np.stack([ds_minhash(t).hashvalues for t in texts]).astype(np.uint32)
    partial = cache / f".chunk-{chunk:05d}.{os.getpid()}.npz"
    np.savez(partial, bands=bands, hashes=hashes, ds=ds)
    partial.rename(chunk_path(cache, chunk))
    return chunk


def ensure_cache(cache: Path, codes: np.ndarray, size: int, workers: int) -> None:
    """Fingerprints (ours and datasketch's) of the first `size` synthetic texts."""
    cache.mkdir(parents=True, exist_ok=True)
    np.save(cache / "corpus.npy", codes)
    missing = [c for c in range(-(-size // CHUNK)) if not chunk_path(cache, c).exists()]
    if not missing:
        return
    log(f"fingerprinting {len(missing) * CHUNK:,} synthetic texts in {workers} processes (cached in {cache})")
    start = time.perf_counter()
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        for done, _ in enumerate(pool.imap_unordered(_fingerprint_chunk, [(cache, c) for c in missing]), 1):
            if done % 10 == 0 or done == len(missing):
                log(f"  {done}/{len(missing)} chunks, {time.perf_counter() - start:.0f} s")


def cached_chunks(cache: Path, size: int):
    """(first key, bands, content hashes, datasketch hash values) chunk by chunk."""
    for chunk in range(-(-size // CHUNK)):
        n = min(CHUNK, size - chunk * CHUNK)
        with np.load(chunk_path(cache, chunk)) as data:
            yield chunk * CHUNK + 1, data["bands"][:n], data["hashes"][:n], data["ds"][:n]


# ------------------------------------------------------------------ the timed articles

def make_queries(codes: np.ndarray, size: int, count: int) -> dict:
    """`count` articles to add, half edited copies of stored ones, shuffled; and warm-ups."""
    rng = random.Random(size)
    sources = sorted(rng.sample(range(1, size + 1), count // 2))
    texts: dict[int, str] = {}
    for chunk in sorted({(k - 1) // CHUNK for k in sources}):
        generated = synthetic_chunk(codes, chunk)
        texts.update({k: generated[k - 1 - chunk * CHUNK] for k in sources if (k - 1) // CHUNK == chunk})
    copies = [{"kind": "copy", "of": k, "text": "\n".join(edited_copy(texts[k].split("\n"), drop=1, seed=k))} for k in sources]
    fresh = synthetic_chunk(codes, FRESH_CHUNK)
    new = [{"kind": "new", "of": None, "text": t} for t in fresh[: count - len(copies)]]
    queries = copies + new
    rng.shuffle(queries)
    warm = fresh[len(new): len(new) + WARM_UP]
    similarity = [fp.jaccard(q["text"], texts[q["of"]]) for q in copies]
    return {"queries": queries, "warm_up": warm, "copy_similarity": similarity}


def background_similarity(codes: np.ndarray, pairs: int = 2000) -> list[float]:
    """Jaccard of random pairs of synthetic texts: how alike unrelated articles are."""
    texts = synthetic_chunk(codes, 0)
    rng = random.Random(1)
    return [fp.jaccard(*rng.sample(texts, 2)) for _ in range(pairs)]


# ------------------------------------------------------------------ workers (subprocesses)

def memory() -> dict[str, float]:
    """This process's resident memory now and at its peak, in MB."""
    status = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines() if ":" in line)
    return {k: int(status[k].split()[0]) / 1024 for k in ("VmRSS", "VmHWM")}


def fill_ours(db_path: Path, cache: Path, codes: np.ndarray, size: int, fts: bool = True) -> dict:
    """Pre-fill a fresh store with `size` synthetic articles in one SQL transaction;
    without `fts`, the pre-filled rows get no full-text entries (the trigger is put back
    afterwards, so the timed articles still pay for theirs)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    Store(db_path).close()  # the schema, by the store's own migrations
    start = time.perf_counter()
    conn = sqlite3.connect(db_path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")  # a new file: nothing to journal, no WAL to copy
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA cache_size = -1000000")  # 1 GB, in this filling process only
    trigger = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'articles_fts_insert'").fetchone()[0]
    conn.execute("BEGIN")
    if not fts:
        conn.execute("DROP TRIGGER articles_fts_insert")
    all_bands = []
    for (first, texts), (_, bands, hashes, _) in zip(synthetic_texts(codes, size), cached_chunks(cache, size)):
        conn.executemany(
            "INSERT INTO articles (id, url, parser, title, text, content_hash, first_seen_at, last_seen_at)"
            " VALUES (?, ?, 'bench', ?, ?, ?, '2026-11-01T00:00:00+00:00', '2026-11-01T00:00:00+00:00')",
            ((first + i, f"http://synthetic.example/{first + i}", t[:20], t, f"{h:016x}")
             for i, (t, h) in enumerate(zip(texts, hashes.tolist()))),
        )
        all_bands.append(bands)
    keys = np.concatenate(all_bands)
    ids = np.repeat(np.arange(1, size + 1), keys.shape[1])
    order = np.lexsort((ids, keys.ravel()))  # in key order: appends, not random inserts
    conn.executemany("INSERT INTO article_bands (key, article_id) VALUES (?, ?)",
                     zip(keys.ravel()[order].tolist(), ids[order].tolist()))
    if not fts:
        conn.execute(trigger)
    conn.execute("COMMIT")
    conn.execute("PRAGMA journal_mode = WAL")  # as the store leaves it
    conn.close()
    return {"fill_seconds": time.perf_counter() - start}


def query_article(key: int, text: str) -> Article:
    first_line = text.split("\n", 1)[0][:20]
    return Article(url=f"http://query.example/{key}", parser="bench", title=first_line, title_original=first_line,
                   title_derived=True, published_at=None, date_source=None, source=None, region=None, zone=None,
                   keywords=[], text=text, text_original=text)


class Stopwatch:
    """Wraps a function of crawler.store.fingerprint so the store's own calls to it are timed."""

    def __init__(self, name: str) -> None:
        self.name, self.inner = name, getattr(fp, name)
        self.seconds, self.calls = 0.0, 0
        setattr(fp, name, self)

    def __call__(self, *args):
        start = time.perf_counter()
        try:
            return self.inner(*args)
        finally:
            self.seconds += time.perf_counter() - start
            self.calls += 1

    def take(self) -> tuple[float, int]:
        taken = (self.seconds, self.calls)
        self.seconds, self.calls = 0.0, 0
        return taken


def time_ours(db_path: Path, plan: dict) -> dict:
    """Store.add for every query article, each timed whole and in parts."""
    baseline = memory()
    # The store confirms with shingle_set (a candidate's 3-grams, when not cached) and
    # jaccard_sets (one call a candidate, one more when a copy matched: its root).
    sketch, confirm, shingles = Stopwatch("fingerprint"), Stopwatch("jaccard_sets"), Stopwatch("shingle_set")
    rows = []
    with Store(db_path) as store:
        for i, text in enumerate(plan["warm_up"]):
            store.add(query_article(-1 - i, text))
        gc.collect()
        for i, query in enumerate(plan["queries"]):
            sketch.take()
            confirm.take()
            shingles.take()
            start = time.perf_counter()
            stored = store.add(query_article(i, query["text"]))
            total = time.perf_counter() - start
            confirm_seconds, candidates = confirm.take()
            confirm_seconds += shingles.take()[0]
            rows.append(timing_row(query, total, sketch.take()[0], confirm_seconds, candidates, stored.duplicate_of))
        end = memory()
    return {"rows": rows, "rss_start_mb": baseline["VmRSS"], "rss_mb": end["VmRSS"], "peak_rss_mb": end["VmHWM"],
            **database_size(db_path)}


def timing_row(query: dict, total: float, sketch: float, confirm: float, candidates: int, flagged: int | None) -> dict:
    return {"kind": query["kind"], "total": total, "sketch": sketch, "confirm": confirm, "candidates": candidates,
            "found": query["kind"] == "copy" and flagged == query["of"], "flagged": flagged is not None}


def database_size(db_path: Path) -> dict:
    """File size after the store closed (WAL checkpointed), and the band index's share."""
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    bands = conn.execute("SELECT sum(pgsize) FROM dbstat WHERE name = 'article_bands' AND aggregate = 1").fetchone()[0]
    conn.close()
    return {"db_mb": sum(Path(f"{db_path}{s}").stat().st_size for s in ("", "-wal") if Path(f"{db_path}{s}").exists()) / MB,
            "bands_mb": bands / MB}


def run_datasketch(cache: Path, codes: np.ndarray, size: int, params: tuple[int, int] | None, plan: dict) -> dict:
    """Pre-fill a MinHashLSH, then add every query article, each timed whole and in parts."""
    baseline = memory()["VmRSS"]
    index = LshIndex(params)
    for first, texts in synthetic_texts(codes, size):
        index.texts.update(zip(range(first, first + len(texts)), texts))
    with_texts = memory()["VmRSS"]
    start = time.perf_counter()
    for first, _, _, hashvalues in cached_chunks(cache, size):
        for i, values in enumerate(hashvalues):
            index.lsh.insert(first + i, LeanMinHash(seed=1, hashvalues=values, scheme=DS_SCHEME), check_duplication=False)
    fill_seconds = time.perf_counter() - start
    gc.collect()
    with_lsh = memory()["VmRSS"]
    for i, text in enumerate(plan["warm_up"]):
        index.add(-1 - i, text)
    rows = []
    for i, query in enumerate(plan["queries"]):
        start = time.perf_counter()
        root, _ = index.add(size + 1 + i, query["text"])
        total = time.perf_counter() - start
        t = index.timing
        rows.append(timing_row(query, total, t["sketch"], t["confirm"], t["candidates"], root))
    end = memory()
    return {"rows": rows, "fill_seconds": fill_seconds, "texts_mb": with_texts - baseline, "lsh_mb": with_lsh - with_texts,
            "rss_mb": end["VmRSS"], "peak_rss_mb": end["VmHWM"], "bands": index.lsh.b, "rows_per_band": index.lsh.r}


def worker(args: argparse.Namespace) -> int:
    """One side of one size, in a process of its own; prints its result as JSON."""
    cache, work = Path(args.cache), Path(args.work_dir)
    codes = np.load(cache / "corpus.npy")
    db_path = work / f"ours-{args.size}.db"
    plan_path = work / f"queries-{args.size}.json"
    if args.worker == "ours-fill":
        result = fill_ours(db_path, cache, codes, args.size, fts=args.fts == "yes")
    elif args.worker == "ours-time":
        result = time_ours(db_path, json.loads(plan_path.read_text(encoding="utf-8")))
    else:
        params = DS_CONFIGS[args.worker]
        result = run_datasketch(cache, codes, args.size, params, json.loads(plan_path.read_text(encoding="utf-8")))
    print(json.dumps(result))
    return 0


def spawn(kind: str, size: int, cache: Path, work: Path, fts: bool = True) -> dict:
    command = [sys.executable, str(Path(__file__).resolve()), "--worker", kind, "--size", str(size),
               "--cache", str(cache), "--work-dir", str(work), "--fts", "yes" if fts else "no"]
    done = subprocess.run(command, stdout=subprocess.PIPE, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


# ------------------------------------------------------------------ part 1

def speed(stories: list[Story], sizes: list[int], args: argparse.Namespace) -> dict:
    codes = corpus_codes(stories)
    cache = cache_dir(Path(args.cache_dir), codes)
    work = Path(args.work_dir)
    ensure_cache(cache, codes, max(sizes), args.workers)
    background = background_similarity(codes)
    results = {}
    for size in sizes:
        plan = make_queries(codes, size, args.queries)
        (work / f"queries-{size}.json").write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")
        results[size] = {"copy_similarity": plan["copy_similarity"]}
        for name, fts in ((OURS, True), (OURS_NO_FTS, False)):
            if fts and size > args.fts_fill_limit:
                continue
            log(f"{size:,} stored: filling our store{'' if fts else ' without full-text entries'}")
            fill = spawn("ours-fill", size, cache, work, fts)
            log(f"{size:,} stored: filled in {fill['fill_seconds']:.0f} s; timing {name}")
            results[size][name] = spawn("ours-time", size, cache, work) | fill
        for name in DS_CONFIGS:
            log(f"{size:,} stored: {name}")
            results[size][name] = spawn(name, size, cache, work)
        for path in work.glob(f"ours-{size}.db*"):
            path.unlink()
    return {"background": background, "sizes": results}


# ------------------------------------------------------------------ part 2

@dataclass(frozen=True)
class Item:
    story: int
    kind: str  # "original" or one of VARIANT_KINDS
    article: Article


def variants(story: Story, number: int) -> list[Item]:
    """The five copies of one story a crawl may meet on other sites."""
    a = story.article
    url = f"http://variant.example/{story.name}/"
    paragraphs = a.text.split("\n")
    pages = {
        "exact": story.content,
        "mirror": traditional_mirror(f"{a.title}\n{a.text}"),
        "template": render_capture(f"{a.title}\n{a.text}", charset="gbk", title=a.title, chrome=True, seed=number),
    }
    parsed = {kind: parse_page(page, url=url + kind, ref_date=story.ref_date) for kind, page in pages.items()}
    for drop in (1, 2):
        text = "\n".join(edited_copy(paragraphs, drop=drop, seed=number))
        parsed[f"edit{drop}"] = dataclasses.replace(a, url=f"{url}edit{drop}", text=text, text_original=text)
    return [Item(number, kind, parsed[kind]) for kind in VARIANT_KINDS]


def labelled_items(stories: list[Story]) -> list[Item]:
    """Originals first, then every story's variants."""
    items = [Item(i, "original", s.article) for i, s in enumerate(stories)]
    for i, story in enumerate(stories):
        items += variants(story, i)
    return items


def detect_ours(items: list[Item], work: Path) -> list[int | None]:
    """For each item, the item it was flagged against (its root), in a fresh store."""
    path = work / "accuracy.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    position, flagged = {}, []
    with Store(path) as store:
        for n, item in enumerate(items):
            stored = store.add(item.article)
            position[stored.id] = n
            flagged.append(position[stored.duplicate_of] if stored.duplicate_of else None)
    return flagged


def detect_datasketch(items: list[Item], params: tuple[int, int] | None) -> list[int | None]:
    index = LshIndex(params)
    return [index.add(n, item.article.text)[0] for n, item in enumerate(items)]


def score(items: list[Item], flagged: list[int | None]) -> dict:
    """Precision, recall and F1 of the flags; a variant counts when flagged against its own
    original, any flag across stories is a false positive."""
    originals = {item.story: n for n, item in enumerate(items) if item.kind == "original"}
    positives = [n for n, item in enumerate(items) if item.kind != "original"]
    found = [n for n in positives if flagged[n] == originals[items[n].story]]
    wrong = [n for n, f in enumerate(flagged) if f is not None and items[f].story != items[n].story]
    tp, fp_, fn = len(found), len(wrong), len(positives) - len(found)
    precision = tp / (tp + fp_) if tp + fp_ else 1.0
    recall = tp / len(positives)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    missed = [n for n in positives if n not in set(found)]
    return {"tp": tp, "fp": fp_, "fn": fn, "precision": precision, "recall": recall, "f1": f1, "missed": missed,
            "found": found}


def pair_similarities(items: list[Item]) -> tuple[dict[str, list[float]], list[tuple[float, int, int]]]:
    """Jaccard of each variant with its original (by kind), and of every cross-story pair."""
    originals = {item.story: item for item in items if item.kind == "original"}
    positive = {kind: [fp.jaccard(i.article.text, originals[i.story].article.text) for i in items if i.kind == kind]
                for kind in VARIANT_KINDS}
    negative = [(fp.jaccard(a.article.text, b.article.text), m, n)
                for (m, a), (n, b) in itertools.combinations(enumerate(items), 2) if a.story != b.story]
    return positive, negative


def accuracy(stories: list[Story], work: Path) -> dict:
    items = labelled_items(stories)
    log(f"accuracy: {len(stories)} stories, {len(items)} items")
    results = {OURS: score(items, detect_ours(items, work))}
    for name, params in DS_CONFIGS.items():
        results[name] = score(items, detect_datasketch(items, params))
    positive, negative = pair_similarities(items)
    return {"items": items, "stories": stories, "scores": results, "positive": positive, "negative": negative,
            "ds_banding": {name: (make_lsh(p).b, make_lsh(p).r) for name, p in DS_CONFIGS.items()}}


# ------------------------------------------------------------------ reporting

def table(headers: list[str], rows: list[list], markdown: bool) -> str:
    cells = [headers] + [[c if isinstance(c, str) else f"{c}" for c in row] for row in rows]
    if markdown:
        lines = ["| " + " | ".join(headers) + " |", "|" + "|".join(["---"] + ["---:"] * (len(headers) - 1)) + "|"]
        return "\n".join(lines + ["| " + " | ".join(row) + " |" for row in cells[1:]])
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    lines = ["  ".join(v.ljust(w) if i == 0 else v.rjust(w) for i, (v, w) in enumerate(zip(row, widths))) for row in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def spread(values: list[float]) -> str:
    return f"{min(values):.3f} / {statistics.median(values):.3f} / {max(values):.3f}"


def ms(seconds: float) -> str:
    return f"{1000 * seconds:.2f}"


def expected_found(similarities: list[float], bands: int, rows: int) -> float:
    """Copies an index of this banding should find: those at or above the threshold,
    each with its chance of becoming a candidate."""
    return sum(candidate_probability(j, bands, rows) for j in similarities if j >= THRESHOLD)


def speed_rows(size: int, result: dict) -> tuple[list[list], list[list]]:
    """One timing row and one memory row per index."""
    timing, mem = [], []
    for name in (n for n in (OURS, OURS_NO_FTS, *DS_CONFIGS) if n in result):
        r = result[name]
        rows = r["rows"]
        totals = [x["total"] for x in rows]
        by_kind = {k: [x["total"] for x in rows if x["kind"] == k] for k in ("copy", "new")}
        mean = {k: statistics.fmean(x[k] for x in rows) for k in ("total", "sketch", "confirm")}
        found = sum(x["found"] for x in rows)
        false = sum(x["flagged"] for x in rows if x["kind"] == "new")
        banding = (r["bands"], r["rows_per_band"]) if name in DS_CONFIGS else (fp.BANDS, fp.ROWS)
        label = f"{name} [{banding[0]}x{banding[1]}]" if name in DS_CONFIGS else name
        expected = expected_found(result["copy_similarity"], *banding)
        timing.append([f"{size:,}", label, ms(statistics.median(totals)), ms(float(np.percentile(totals, 95))),
                       ms(statistics.median(by_kind["copy"])), ms(statistics.median(by_kind["new"])), ms(mean["total"]),
                       ms(mean["sketch"]), ms(mean["confirm"]), ms(mean["total"] - mean["sketch"] - mean["confirm"]),
                       f"{statistics.fmean(x['candidates'] for x in rows):.2f}",
                       f"{found}/{len(by_kind['copy'])} ({expected:.0f})", f"{false}/{len(by_kind['new'])}"])
        if name in DS_CONFIGS:
            mem.append([f"{size:,}", label, "-", "-", f"{r['lsh_mb']:.0f} (+{r['texts_mb']:.0f} texts)",
                        f"{r['rss_mb']:.0f}", f"{r['fill_seconds']:.0f}"])
        else:
            mem.append([f"{size:,}", name, f"{r['db_mb']:.0f}", f"{r['bands_mb']:.0f}",
                        f"{r['rss_mb'] - r['rss_start_mb']:.0f}", f"{r['rss_mb']:.0f}", f"{r['fill_seconds']:.0f}"])
    return timing, mem


TIMING_HEADERS = ["stored", "index", "median ms", "p95 ms", "median copies", "median new", "mean ms",
                  "mean sketch", "mean confirm", "mean index+write", "candidates/article", "copies found (expected)",
                  "new flagged"]
MEMORY_HEADERS = ["stored", "index", "DB file MB", "bands index MB", "RSS growth MB", "RSS MB (end)", "pre-fill s"]


def print_speed(result: dict, queries: int, markdown: bool) -> None:
    background = result["background"]
    print(heading("Part 1: cost per article", markdown))
    print(f"{queries} articles added per size after {WARM_UP} warm-ups, half edited copies of stored ones; ms per article.")
    print(f"'{OURS_NO_FTS}': the pre-filled rows have no full-text entries (the timed ones do); the only way at 1M")
    print("that fits the time budget, and at smaller sizes the measure of what that leaves out.")
    print(f"Synthetic background: Jaccard of 2000 random pairs of stored texts, min / median / max = {spread(background)}.")
    timing, mem = [], []
    for size, r in result["sizes"].items():
        t, m = speed_rows(size, r)
        timing += t
        mem += m
        print(f"Edited copies at {size:,}: Jaccard with their source, min / median / max = {spread(r['copy_similarity'])}.")
    print()
    print(table(TIMING_HEADERS, timing, markdown))
    print()
    print(table(MEMORY_HEADERS, mem, markdown))
    print()


def heading(text: str, markdown: bool) -> str:
    return f"**{text}**\n" if markdown else f"{text}\n{'=' * len(text)}"


def print_accuracy(result: dict, markdown: bool) -> None:
    items, stories = result["items"], result["stories"]
    n_pos = sum(i.kind != "original" for i in items)
    print(heading("Part 2: precision and recall on the labelled variant set", markdown))
    print(f"{len(stories)} stories ({', '.join(s.name for s in stories)}); {n_pos} positive pairs, "
          f"{len(result['negative'])} cross-story negative pairs; threshold {THRESHOLD}.")
    print()
    rows = []
    for name, s in result["scores"].items():
        banding = f"{fp.BANDS}x{fp.ROWS}" if name == OURS else "x".join(map(str, result["ds_banding"][name]))
        rows.append([f"{name} [{banding}]", str(s["tp"]), str(s["fp"]), str(s["fn"]),
                     f"{s['precision']:.3f}", f"{s['recall']:.3f}", f"{s['f1']:.3f}"])
    print(table(["index", "TP", "FP", "FN", "precision", "recall", "F1"], rows, markdown))
    print()
    print_similarities(result, markdown)
    print_misses(result, markdown)
    print_s_curves(result, markdown)


def print_similarities(result: dict, markdown: bool) -> None:
    positive, negative = result["positive"], result["negative"]
    rows = [[f"{kind} vs its original", str(len(v)), *spread(v).split(" / ")] for kind, v in positive.items()]
    everything = [x for v in positive.values() for x in v]
    rows.append(["all positive pairs", str(len(everything)), *spread(everything).split(" / ")])
    rows.append(["cross-story pairs (negatives)", str(len(negative)), *spread([n[0] for n in negative]).split(" / ")])
    print(table(["pairs", "n", "min Jaccard", "median", "max"], rows, markdown))
    top, m, n = max(negative)
    items = result["items"]
    lowest = min(everything)
    print()
    print(f"Most similar negative pair: {describe(items[m], result)} / {describe(items[n], result)}, Jaccard {top:.3f}.")
    if top < lowest:
        print(f"Any threshold above {top:.3f} and up to {lowest:.3f} separates every positive pair from every negative one.")
    else:
        print(f"No threshold separates them: the lowest positive ({lowest:.3f}) is not above the highest negative.")
    below = sorted(x for x in everything if x < THRESHOLD)
    print(f"Positive pairs below {THRESHOLD}: {len(below)} ({', '.join(f'{x:.3f}' for x in below) or 'none'}).")
    print()


def describe(item: Item, result: dict) -> str:
    return f"{result['stories'][item.story].name} {item.kind}"


def print_misses(result: dict, markdown: bool) -> None:
    """Variants some index missed or found below the threshold with their original
    (through an earlier variant of the same story, whose root is the original)."""
    items = result["items"]
    originals = {i.story: i for i in items if i.kind == "original"}
    rows = []
    for n, item in enumerate(items):
        if item.kind == "original":
            continue
        similarity = fp.jaccard(item.article.text, originals[item.story].article.text)
        found = {name: n in s["found"] for name, s in result["scores"].items()}
        if similarity < THRESHOLD or not all(found.values()):
            verdicts = ["missed" if not hit else "found" if similarity >= THRESHOLD else "found via earlier variant"
                        for hit in found.values()]
            rows.append([describe(item, result), f"{similarity:.3f}", *verdicts])
    if rows:
        print(table(["variant", "Jaccard with original", *result["scores"]], rows, markdown))
        print()


def print_s_curves(result: dict, markdown: bool) -> None:
    bandings = {OURS: (fp.BANDS, fp.ROWS), **{n: b for n, b in result["ds_banding"].items()}}
    similarities = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
    rows = [[f"{name} [{b}x{r}]", *(f"{candidate_probability(j, b, r):.3f}" for j in similarities)]
            for name, (b, r) in bandings.items()]
    print("Chance that a pair of this Jaccard becomes a candidate (1-(1-J^r)^b):")
    print(table(["index", *(f"J={j}" for j in similarities)], rows, markdown))
    print()


def environment() -> list[tuple[str, str]]:
    versions = ", ".join(f"{lib} {metadata.version(lib)}" for lib in LIBRARIES)
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    memory_gb = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1024**3
    return [
        ("python", f"{platform.python_version()}, SQLite {sqlite3.sqlite_version}, {versions}"),
        ("machine", f"{os.cpu_count()} CPUs ({cpu_model()}), {memory_gb:.0f} GB RAM, {platform.system()} {platform.release()}"),
        ("load average at start (1/5/15 min)", load),
    ]


# ------------------------------------------------------------------ entry point

def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)), help="stored articles per level (default 10000,100000,1000000)")
    parser.add_argument("--queries", type=int, default=QUERIES, help=f"articles timed per level (default {QUERIES})")
    parser.add_argument("--only", choices=("speed", "accuracy"), help="run one part only")
    parser.add_argument("--markdown", action="store_true", help="print Markdown tables")
    parser.add_argument("--fts-fill-limit", type=int, default=FTS_FILL_LIMIT,
                        help=f"largest size pre-filled with full-text entries too (default {FTS_FILL_LIMIT})")
    parser.add_argument("--workers", type=int, default=2, help="processes for the pre-fill fingerprints (default 2)")
    parser.add_argument("--cache-dir", default=str(DEFAULT_CACHE), help=f"fingerprint cache (default {DEFAULT_CACHE})")
    parser.add_argument("--scratch", help="where the scratch databases go (default: the system's temporary directory)")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--work-dir", help=argparse.SUPPRESS)
    parser.add_argument("--size", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--cache", help=argparse.SUPPRESS)
    parser.add_argument("--fts", default="yes", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.worker:
        return worker(args)
    started = time.perf_counter()
    env = environment()
    print("\n".join(f"- {k}: {v}" if args.markdown else f"{k}: {v}" for k, v in env))
    print()
    stories, skipped = load_stories()
    if skipped:
        print(f"Pages skipped (did not parse): {', '.join(skipped)}\n")
    args.work_dir = tempfile.mkdtemp(prefix="govnews-dedup-", dir=args.scratch)
    try:
        if args.only != "accuracy":
            sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
            print_speed(speed(stories, sizes, args), args.queries, args.markdown)
        if args.only != "speed":
            print_accuracy(accuracy(stories, Path(args.work_dir)), args.markdown)
    finally:
        shutil.rmtree(args.work_dir, ignore_errors=True)
    print(f"Total run time: {time.perf_counter() - started:.0f} s.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
