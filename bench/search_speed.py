#!/usr/bin/env python3
"""How fast a search answers at 100k and 1M articles, and what its indexes cost: the
store's search (bigram index for any query with a two-character word, trigram index
otherwise, newest first) side by side with today's (main before issue 11: a LIKE scan for
any word under three characters, the trigram index ordered by rank otherwise) and with
the bigram index alone (every word as a phrase of bigrams: the design not chosen for
words of three or more characters). All in one run, on the same file.

Articles. Titles and bodies are sentences of the five seed stories and of the real pages
in bench/pages/ (parsed with parsers.parse_page), recombined: 10-30 sentences a body
(about 1,500 characters, the length of a local-government story), in paragraphs of 3-5
sentences, dated over three years. Into each body go two rare two-character names and a
rare three-character one, made of random characters of the same text (people and places:
what a rare search looks for), and the title gets the three-character one; each article's
names come from random.Random(article id), so the queries know them. The rows are
written straight with SQL (url, site, parser, title, text, published_at, published_date,
a fake content_hash, timestamps; no fingerprint bands: dedup is not measured here) into
a file made by the store's own migrations, 20,000 articles a transaction, with the store's
triggers on and `index_pending` run before each commit: the same index work as
`Store.add`, without the duplicate search, so 1M fits in the time. A file already built
with the wanted count is reused (--dir).

Queries (--queries a kind, default 20; today's scan at most --scan-queries, default 3, at
1M: each takes seconds): two-character rare (the names, kept when they match 1-5
articles) and common (the most frequent pairs of the text); three-or-more-character rare
(names) and common (frequent 3- and 4-character words); several words (a common
two-character word with a rare name, two common words); FTS5 syntax (OR, NOT, NEAR and a
phrase, mixing two- and three-character words). Each is timed once with perf_counter,
20 results asked, after one untimed warm-up pass over other queries of the same kinds;
the file is read through a read-only `Store`, as `govnews search` does.

Write cost: --write-sample articles (default 20,000) built three times into fresh files:
without any full-text index (the triggers dropped), with the trigram index only (today),
with both; microseconds an article for the insert and its index work. Sizes: bytes an
article of each index (dbstat, all its shadow tables), of the articles table and of the
whole file, at each size.

Usage: python bench/search_speed.py --articles 100000 --articles 1000000 [--markdown]
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sqlite3
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from machine import cpu_model, load_average  # noqa: E402

from crawler.store import Store  # noqa: E402
from crawler.store.bigram_index import bigram_phrase, index_pending  # noqa: E402
from crawler.store.search import FTS_SYNTAX, plan_query  # noqa: E402
from parsers import normalize, parse_page  # noqa: E402

BATCH = 20_000
# Articles a transaction when measuring the write cost: as many as the crawl's store writer
# groups at most (crawler/workers/store_writer.MAX_BATCH); each transaction flushes its postings to a new FTS5 segment.
WRITE_BATCH = 64
BULK_HASHSIZE = 1 << 30  # bytes of pending postings FTS5 may hold in a bulk transaction
FTS5_HASHSIZE = 1 << 20  # FTS5's default, put back after a bulk build
SENTENCE = re.compile(r"[^。！？!?]+[。！？!?]")
CJK = re.compile(r"[\u4e00-\u9fff]")
INSERT = ("INSERT INTO articles (url, site, parser, title, text, published_at, published_date, content_hash,"
          " first_seen_at, last_seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
SITES = ["yixing", "jintan", "tongzhou", "changzhou", "suzhou", "wuxi"]


def corpus() -> tuple[list[str], list[str], list[str]]:
    """Sentences, titles and the characters of the seed stories and bench pages."""
    sentences, titles = [], []
    pages = [(p, 2023) for p in sorted((ROOT / "seeds" / "pages").glob("*.txt"))]
    pages += [(p, 2026) for p in sorted((ROOT / "bench" / "pages").glob("*.html"))]
    for path, _ in pages:
        try:
            article = parse_page(path.read_bytes())
        except Exception:  # noqa: BLE001 - a bench page that is not an article is skipped
            continue
        titles.append(article.title)
        sentences += [s.strip() for s in SENTENCE.findall(article.text) if len(s.strip()) >= 8]
    chars = sorted({c for s in sentences for c in CJK.findall(s)})
    return sentences, titles, chars


def names(article_id: int, chars: list[str]) -> tuple[str, str, str]:
    r = random.Random(article_id * 7919)
    return "".join(r.choices(chars, k=2)), "".join(r.choices(chars, k=2)), "".join(r.choices(chars, k=3))


def article_row(article_id: int, sentences, titles, chars) -> tuple:
    r = random.Random(article_id)
    two_a, two_b, three = names(article_id, chars)
    body = r.choices(sentences, k=r.randint(10, 30))
    for name in (two_a, two_b, three):
        at = r.randrange(len(body))
        cut = r.randrange(len(body[at]))
        body[at] = body[at][:cut] + name + body[at][cut:]
    paragraphs, i = [], 0
    while i < len(body):
        step = r.randint(3, 5)
        paragraphs.append("".join(body[i:i + step]))
        i += step
    day = 1_672_531_200 + r.randrange(3 * 365 * 86400)  # from 2023-01-01
    published = time.strftime("%Y-%m-%dT%H:%M:00+08:00", time.gmtime(day + 8 * 3600))
    title = three + r.choice(titles)
    seen = "2026-11-30T00:00:00+00:00"
    return (f"http://bench.example/{article_id}.html", SITES[article_id % len(SITES)], "generic", title,
            "\n".join(paragraphs), published, published[:10], f"{article_id:016x}", seen, seen)


def build(path: Path, count: int, corpus_parts, without: tuple[str, ...] = (), batch: int = BATCH) -> float:
    """Write `count` articles into a new file, `batch` a transaction; seconds spent
    inserting and indexing. Big batches get big FTS5 hash tables (BULK_HASHSIZE): each
    transaction's postings are flushed as one segment instead of one a megabyte."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    Store(path).close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous = OFF")
    for trigger in without:
        conn.execute(f"DROP TRIGGER {trigger}")
    if batch >= BATCH:
        for index in ("articles_fts", "articles_bigrams"):
            conn.execute(f"INSERT INTO {index} ({index}, rank) VALUES ('hashsize', ?)", (BULK_HASHSIZE,))
    spent, started = 0.0, time.perf_counter()
    for start in range(1, count + 1, batch):
        rows = [article_row(i, *corpus_parts) for i in range(start, min(start + batch, count + 1))]
        t0 = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(INSERT, rows)
        index_pending(conn)
        conn.execute("COMMIT")
        spent += time.perf_counter() - t0
        if count >= 100_000:
            done = start + len(rows) - 1
            print(f"  built {done} of {count} ({time.perf_counter() - started:.0f} s)", file=sys.stderr, flush=True)
    if batch >= BATCH:
        for index in ("articles_fts", "articles_bigrams"):
            conn.execute(f"INSERT INTO {index} ({index}, rank) VALUES ('hashsize', ?)", (FTS5_HASHSIZE,))
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return spent


def sizes(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    out = Counter()
    for name, size in conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name"):
        key = "trigram" if name.startswith("articles_fts") else "bigram" if name.startswith("articles_bigrams") else \
            "articles" if name == "articles" or name.startswith("sqlite_autoindex_articles") or name.startswith("articles_") else "other"
        out[key] += size
    conn.close()
    out["file"] = path.stat().st_size
    return out


def today(conn: sqlite3.Connection, query: str, limit: int = 20) -> list:
    """main's search before issue 11: a scan for words under three characters, else the
    trigram index ordered by rank; FTS5 syntax with a short word refused."""
    reading = normalize.reading_text(query)
    terms = reading.split()
    columns = "a.id, a.url, a.title, a.published_at, a.source, a.duplicate_of"
    fts = (f"SELECT {columns}, snippet(articles_fts, 1, '[', ']', '…', 24) FROM articles_fts JOIN articles a"
           " ON a.id = articles_fts.rowid WHERE articles_fts MATCH ? ORDER BY articles_fts.rank LIMIT ?")
    if FTS_SYNTAX.search(reading):
        words = [w.strip('"()*') for w in re.findall(r'"[^"]*"|[^\s()"]+', reading) if w not in ("AND", "OR", "NOT", "NEAR")]
        if any(w and len(w) < 3 for w in words):
            return None  # refused: "too short to combine with search operators"
        return conn.execute(fts, (reading, limit)).fetchall()
    if any(len(t) < 3 for t in terms):
        where = " AND ".join("(a.title LIKE ? OR a.text LIKE ?)" for _ in terms)
        return conn.execute(f"SELECT {columns}, substr(a.text, 1, 60) FROM articles a WHERE {where}"
                            " ORDER BY a.published_at DESC, a.id DESC LIMIT ?", [*(f"%{t}%" for t in terms for _ in (0, 1)), limit]).fetchall()
    return conn.execute(fts, (" ".join(f'"{t}"' for t in terms), limit)).fetchall()


def bigram_only(conn: sqlite3.Connection, query: str, limit: int = 20) -> list:
    """Every word through the bigram index (the design not chosen for 3+ characters)."""
    match = plan_query(query, trigrams=False).match
    return conn.execute("SELECT a.id, a.title FROM articles_bigrams JOIN articles a ON a.id = articles_bigrams.rowid"
                        " WHERE articles_bigrams MATCH ? ORDER BY articles_bigrams.rowid DESC LIMIT ?", (match, limit)).fetchall()


def queries(conn: sqlite3.Connection, count: int, per_kind: int, corpus_parts) -> dict[str, list[str]]:
    sentences, _, chars = corpus_parts
    text = "".join(sentences)
    def frequent(n: int) -> list[str]:
        grams = Counter(text[i:i + n] for i in range(len(text) - n) if all(CJK.match(c) for c in text[i:i + n]))
        return [g for g, _ in grams.most_common(4 * per_kind)]
    def matches(word: str) -> int:
        index = "articles_fts" if len(word) >= 3 else "articles_bigrams"
        return conn.execute(f"SELECT count(*) FROM {index} WHERE {index} MATCH ?", (bigram_phrase(word) if len(word) == 2 else f'"{word}"',)).fetchone()[0]
    r = random.Random(11)
    rare2, rare3 = [], []
    for article_id in r.sample(range(1, count + 1), min(count, 40 * per_kind)):
        two_a, _, three = names(article_id, chars)
        if len(rare2) < 2 * per_kind and 1 <= matches(two_a) <= 5:
            rare2.append(two_a)
        if len(rare3) < 2 * per_kind and 1 <= matches(three) <= 5:
            rare3.append(three)
    common2, common3 = frequent(2), frequent(3)[: 2 * per_kind] + frequent(4)[: 2 * per_kind]
    r.shuffle(common3)
    kinds = {
        "2 chars, rare": rare2,
        "2 chars, common": common2,
        "3+ chars, rare": rare3,
        "3+ chars, common": common3,
        "several words": [f"{common2[i]} {rare3[i]}" if i % 2 else f"{common3[i]} {common2[i + 1]}" for i in range(2 * per_kind)],
        "FTS5 syntax": [[f"{rare2[i]} OR {rare3[i]}", f'"{common3[i]}" NOT {common2[i]}', f"NEAR({common2[i]} {common3[i]}, 10)",
                         f'"{common3[i]}" {common2[i + 1]}'][i % 4] for i in range(2 * per_kind)],
    }
    return {k: v[: 2 * per_kind] for k, v in kinds.items()}


def timed(function, query: str) -> tuple[float, object]:
    t0 = time.perf_counter()
    result = function(query)
    return (time.perf_counter() - t0) * 1000, result


def measure(path: Path, count: int, per_kind: int, scan_queries: int, corpus_parts) -> list[dict]:
    raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    kinds = queries(raw, count, per_kind, corpus_parts)
    rows = []
    with Store(path, read_only=True) as store:
        sides = {"ours": lambda q: store.search(q, 20), "today": lambda q: today(store.db.conn, q),
                 "bigram only": lambda q: bigram_only(store.db.conn, q)}
        for kind, words in kinds.items():
            warm, timed_words = words[per_kind:], words[:per_kind]
            row = {"kind": kind, "queries": len(timed_words), "examples": " / ".join(timed_words[:2])}
            for side, function in sides.items():
                scanning = side == "today" and (kind.startswith("2 chars") or kind == "several words")
                limit = scan_queries if scanning and count >= 1_000_000 else per_kind
                for q in warm[:1 if scanning else len(warm)]:
                    function(q)
                times, refused = [], 0
                for q in timed_words[:limit]:
                    ms, result = timed(function, q)
                    refused += result is None
                    times.append(ms)
                row[side] = (statistics.median(times), _p95(times), len(times), refused)
            row["matches"] = statistics.median(_count(raw, q) for q in timed_words)
            rows.append(row)
            print(f"  {count}: {kind} done", file=sys.stderr, flush=True)
        for label, function in {"watch (matching_ids), 2 chars common": lambda q: store.matching_ids(q, count - 1000),
                                "feed --query, 2 chars common": lambda q: store.newest_articles(50, None, q)}.items():
            times = [timed(function, q)[0] for q in kinds["2 chars, common"][:per_kind]]
            rows.append({"kind": label, "queries": len(times), "examples": "", "ours": (statistics.median(times), _p95(times), len(times), 0)})
    raw.close()
    return rows


def _count(conn, query: str) -> int:
    plan = plan_query(query)
    return conn.execute(f"SELECT count(*) FROM {plan.index} WHERE {plan.index} MATCH ?", (plan.match,)).fetchone()[0]


def _p95(times: list[float]) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def write_cost(directory: Path, sample: int, corpus_parts) -> dict[str, float]:
    fts = ("articles_fts_insert", "articles_fts_delete", "articles_fts_update")
    bigram = ("articles_bigrams_insert", "articles_bigrams_delete", "articles_bigrams_update")
    out = {}
    for label, without in {"no full-text index": fts + bigram, "trigram only (today)": bigram, "trigram + bigram (ours)": ()}.items():
        path = directory / "write_cost.db"
        out[label] = build(path, sample, corpus_parts, without, WRITE_BATCH) / sample * 1e6
        out[label + " bytes"] = path.stat().st_size / sample
    return out


def fmt(cell) -> str:
    if not cell:
        return "-"
    p50, p95, n, refused = cell
    if refused == n:
        return "refused"
    return f"{p50:.1f} / {p95:.1f}" + (f" ({n} q)" if n < 5 else "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, action="append", help="store size (repeatable); default 100000")
    parser.add_argument("--dir", type=Path, default=Path("/tmp/govnews-search-bench"))
    parser.add_argument("--queries", type=int, default=20)
    parser.add_argument("--scan-queries", type=int, default=3)
    parser.add_argument("--write-sample", type=int, default=20_000)
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    parts = corpus()
    print(f"# search_speed: {cpu_model()}, {os.cpu_count()} cores, load {load_average()}, "
          f"SQLite {sqlite3.sqlite_version}; corpus {len(parts[0])} sentences, {len(parts[2])} characters")
    cost = write_cost(args.dir, args.write_sample, parts)
    print(f"\nWrite cost, {args.write_sample} articles, {WRITE_BATCH} a transaction (insert + index work, µs an article;"
          " file bytes an article):\n")
    print("| indexes | µs / article | file bytes / article |\n|---|---|---|")
    for label in ("no full-text index", "trigram only (today)", "trigram + bigram (ours)"):
        print(f"| {label} | {cost[label]:.0f} | {cost[label + ' bytes']:.0f} |")
    for count in args.articles or [100_000]:
        path = args.dir / f"search_{count}.db"
        if not path.exists() or sqlite3.connect(path).execute("SELECT count(*) FROM articles").fetchone()[0] != count:
            t0 = time.perf_counter()
            spent = build(path, count, parts)
            print(f"\nbuilt {count} articles in {time.perf_counter() - t0:.0f} s ({spent / count * 1e6:.0f} µs an article inserting and indexing)")
        size = sizes(path)
        print(f"\n## {count} articles: file {size['file'] / 2**30:.2f} GiB; bytes an article: articles table {size['articles'] / count:.0f},"
              f" trigram index {size['trigram'] / count:.0f}, bigram index {size['bigram'] / count:.0f}, whole file {size['file'] / count:.0f}\n")
        print("| kind | ours p50 / p95 ms | today p50 / p95 ms | bigram only p50 / p95 ms | median matches | e.g. |\n|---|---|---|---|---|---|")
        for row in measure(path, count, args.queries, args.scan_queries, parts):
            print(f"| {row['kind']} | {fmt(row.get('ours'))} | {fmt(row.get('today'))} | {fmt(row.get('bigram only'))} |"
                  f" {row.get('matches', '-')} | {row['examples']} |", flush=True)


if __name__ == "__main__":
    main()
