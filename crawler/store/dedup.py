"""Near-duplicate detection, apart from storing the rows: finding which stored story a
text copies is the one costly, tuned step of a write (band lookups, a cap on the
candidates confirmed, 3-gram sets kept in memory), easier to reason about on its own."""

from __future__ import annotations

from collections import OrderedDict

from crawler.store import fingerprint as fp

# Articles whose 3-gram sets are kept in memory for confirming near-duplicates (~8 KB each).
SHINGLE_CACHE_SIZE = 4096
# ... and their bytes at most: a 10 MB page of ever-new characters has ~3 million distinct
# 3-grams (12 MB); by count alone, a crawl of such pages kept gigabytes.
SHINGLE_CACHE_BYTES = 64 * 1024 * 1024
# Candidates confirmed for one article at most, those sharing the most bands first: a
# site that publishes hundreds of near-identical notices must not make every new one
# compare itself with all of them.
MAX_CANDIDATES = 32


class ShingleCache(OrderedDict):
    """Stored articles' 3-gram sets, least recently used dropped first, bounded in count
    (SHINGLE_CACHE_SIZE) and in bytes (SHINGLE_CACHE_BYTES)."""

    def __init__(self) -> None:
        super().__init__()
        self.nbytes = 0

    def put(self, key, shingles) -> None:
        if key in self:
            self.nbytes -= self.pop(key).nbytes
        if shingles.nbytes > SHINGLE_CACHE_BYTES:
            return
        self[key] = shingles
        self.nbytes += shingles.nbytes
        while len(self) > SHINGLE_CACHE_SIZE or self.nbytes > SHINGLE_CACHE_BYTES:
            self.nbytes -= self.popitem(last=False)[1].nbytes


class DuplicateFinder:
    """The duplicate half of `Store.add`: a cluster's original, its bands, cached 3-grams.
    Uses `self.shingle_cache`, which `Database.__init__` sets up."""

    @staticmethod
    def _promote_copy(conn, original_id: int) -> None:
        """The original's story changed: its earliest copy becomes the cluster's original,
        the other copies are flagged against it (or no longer, if they differ too much)."""
        copies = conn.execute("SELECT id, text, content_hash FROM articles WHERE duplicate_of = ? ORDER BY id", (original_id,)).fetchall()
        if not copies:
            return
        (root, root_text, root_hash), others = copies[0], copies[1:]
        conn.execute("UPDATE articles SET duplicate_of = NULL, dup_kind = NULL, similarity = NULL WHERE id = ?", (root,))
        for copy_id, text, content_hash in others:
            exact = content_hash == root_hash
            similarity = 1.0 if exact else round(fp.jaccard(text, root_text), 4)
            flagged = similarity >= fp.NEAR_THRESHOLD
            conn.execute("UPDATE articles SET duplicate_of = ?, dup_kind = ?, similarity = ? WHERE id = ?",
                         (root if flagged else None, ("exact" if exact else "near") if flagged else None,
                          similarity if flagged else None, copy_id))

    @staticmethod
    def _write_bands(conn, article_id: int, bands: tuple[int, ...]) -> None:
        conn.executemany("INSERT OR IGNORE INTO article_bands (key, article_id) VALUES (?, ?)", [(k, article_id) for k in bands])

    def _find_original(self, conn, text: str, fprint: fp.Fingerprint, exclude: int | None):
        """(original id, 'exact' | 'near', similarity) or (None, None, None).

        The original is always the root of its cluster: the earliest stored article,
        never a duplicate itself. `exact` only when the text equals the original's; the
        similarity is always to the original, whichever copy matched.
        """
        same = conn.execute(
            "SELECT a.id, coalesce(a.duplicate_of, a.id), o.content_hash FROM articles a"
            " LEFT JOIN articles o ON o.id = a.duplicate_of WHERE a.content_hash = ? AND a.id IS NOT ? ORDER BY a.id LIMIT 1",
            (fprint.content_hash, exclude),
        ).fetchone()
        if same:
            copy_id, root, root_hash = same
            if copy_id == root or root_hash == fprint.content_hash:
                return root, "exact", 1.0
            # The same text as a near copy: near the original, by its real similarity.
            shingles = fprint.shingles if fprint.shingles is not None else fp.shingle_set(text)
            return root, "near", round(fp.jaccard_sets(shingles, self._shingles(conn, root, root_hash)), 4)
        placeholders = ", ".join("?" * len(fprint.bands))
        candidates = conn.execute(
            "SELECT a.id, coalesce(a.duplicate_of, a.id), a.content_hash FROM"
            " (SELECT article_id, count(*) AS shared FROM article_bands"
            f"  WHERE key IN ({placeholders}) AND article_id IS NOT ?"
            "  GROUP BY article_id ORDER BY shared DESC, article_id LIMIT ?) AS c"
            " JOIN articles a ON a.id = c.article_id ORDER BY c.shared DESC, a.id",
            (*fprint.bands, exclude, MAX_CANDIDATES),
        ).fetchall()
        if not candidates:
            return None, None, None
        shingles = fprint.shingles if fprint.shingles is not None else fp.shingle_set(text)
        scored = [(fp.jaccard_sets(shingles, self._shingles(conn, candidate, content_hash)), candidate, root)
                  for candidate, root, content_hash in candidates]
        similarity, candidate, root = max(scored, key=lambda s: (s[0], -s[1]))
        if similarity < fp.NEAR_THRESHOLD:
            return None, None, None
        if candidate != root:  # matched a copy: the similarity reported is to the original
            root_hash = conn.execute("SELECT content_hash FROM articles WHERE id = ?", (root,)).fetchone()[0]
            similarity = fp.jaccard_sets(shingles, self._shingles(conn, root, root_hash))
        return root, "near", round(similarity, 4)

    def _remember_shingles(self, article_id: int, fprint: fp.Fingerprint) -> None:
        if fprint.shingles is not None:
            self._cache_shingles((article_id, fprint.content_hash), fprint.shingles)

    def _cache_shingles(self, key: tuple[int, str], shingles) -> None:
        self.shingle_cache.put(key, shingles)

    def _shingles(self, conn, article_id: int, content_hash: str):
        """A stored article's 3-gram set, kept for the next time it is a candidate: the
        same few stories are candidates again and again while a crawl goes on."""
        key = (article_id, content_hash)
        shingles = self.shingle_cache.get(key)
        if shingles is None:
            text = conn.execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()[0]
            shingles = fp.shingle_set(text)
            self._cache_shingles(key, shingles)
        else:
            self.shingle_cache.move_to_end(key)
        return shingles
