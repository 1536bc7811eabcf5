"""The second full-text index, `articles_bigrams`: every pair of adjacent characters of a
title and a body, so that a two-character word (氢能, 锂电, 签约) is one index lookup
instead of a scan. Why bigrams, and the measurements, are in docs/search.md.

The text is tokenised here, in Python, and handed to FTS5 already cut: each pair becomes
one token of the built-in `ascii` tokenizer, so any SQLite can read the index. That
tokenizer keeps every non-ASCII character and folds ASCII case, as LIKE does; ASCII
punctuation and spaces, which it would drop, are first moved to private-use characters,
so every substring of two or more characters is a phrase of pairs: "项目建设" is the
phrase "项目 目建 建设", found exactly where the substring is.

SQL triggers cannot call Python, so they only note what changed in `search_pending` (an
article's id, and what the index held for it); `index_pending` brings the index in step,
inside the writing transaction. A change made with another tool is indexed by
govnews's next write.
"""

from __future__ import annotations

import logging
import operator
import sqlite3
from collections.abc import Callable

log = logging.getLogger("govnews.store")

# ASCII characters the `ascii` tokenizer would treat as separators, moved to plane-15
# private use (never found in news text), where it keeps them as token characters.
PRIVATE_USE = 0xF0000
SEPARATORS = {i: chr(PRIVATE_USE + i) for i in range(128) if not chr(i).isalnum()}
# Articles indexed per batch when many are pending (a migration): bounds memory, paces progress.
BATCH = 2_000


def encoded(text: str) -> str:
    return text.translate(SEPARATORS)


def bigram_document(text: str | None) -> str:
    """The text as the index stores it: its character pairs, space-separated."""
    if not text:
        return ""
    chars = encoded(text)
    return " ".join(map(operator.add, chars, chars[1:]))


def bigram_phrase(term: str) -> str:
    """An FTS5 phrase that matches exactly where `term` (two or more characters) occurs."""
    return '"' + bigram_document(term) + '"'


def index_pending(conn: sqlite3.Connection, progress: Callable[[int, int], None] | None = None) -> int:
    """Bring `articles_bigrams` in step with every article noted in `search_pending`:
    drop what the index held for it, add what it holds now. Returns how many."""
    total = done = 0
    if progress:
        total = conn.execute("SELECT count(*) FROM search_pending").fetchone()[0]
    while rows := conn.execute(
        "SELECT p.id, p.indexed, p.title, p.text, a.id, a.title, a.text FROM search_pending p"
        " LEFT JOIN articles a ON a.id = p.id ORDER BY p.id LIMIT ?", (BATCH,)
    ).fetchall():
        removed = [("delete", pid, bigram_document(title), bigram_document(text)) for pid, indexed, title, text, *_ in rows if indexed]
        added = [(aid, bigram_document(title), bigram_document(text)) for *_, aid, title, text in rows if aid is not None]
        conn.executemany("INSERT INTO articles_bigrams (articles_bigrams, rowid, title, text) VALUES (?, ?, ?, ?)", removed)
        conn.executemany("INSERT INTO articles_bigrams (rowid, title, text) VALUES (?, ?, ?)", added)
        conn.execute("DELETE FROM search_pending WHERE id <= ?", (rows[-1][0],))
        done += len(rows)
        if progress:
            progress(done, total)
    return done
