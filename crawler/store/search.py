"""Full-text search, kept apart because a query is user input: it is read like a page,
passed to FTS5 or turned into a scan, and a malformed one must become a StoreError
rather than a crash. Used by `govnews search`, `govnews latest` and the watches."""

from __future__ import annotations

import re
import sqlite3

from parsers import normalize

from crawler.store import fingerprint as fp
from crawler.store.articles import _decoded
from crawler.store.database import StoreError

# A query with any of these is FTS5 syntax, passed through as written.
FTS_SYNTAX = re.compile(r'["*()]|\b(?:AND|OR|NOT|NEAR)\b')
FTS_OPERATORS = ("AND", "OR", "NOT", "NEAR")
FTS_WORD = re.compile(r'"[^"]*"|[^\s()"]+')
SEARCH_COLUMNS = "a.id, a.url, a.title, a.published_at, a.source, a.duplicate_of"
SEARCH_FTS = (
    f"SELECT {SEARCH_COLUMNS}, snippet(articles_fts, 1, '[', ']', '…', 24) AS snippet"
    " FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid"
    " WHERE articles_fts MATCH ? ORDER BY articles_fts.rank LIMIT ?"
)
SEARCH_SCAN = (
    f"SELECT {SEARCH_COLUMNS}, substr(a.text, 1, 60) AS snippet FROM articles a"
    " WHERE {where} ORDER BY a.published_at DESC, a.id DESC LIMIT ?"
)


class ArticleSearch:
    """The search queries of `Store`."""

    def search(self, query: str, limit: int = 20) -> list[dict]:
        """Articles matching `query`, best first. The query is read like a page (Traditional
        becomes Simplified); plain words must all appear; FTS5 syntax (quotes, AND, OR,
        NOT, NEAR, *) is passed through. Words under three characters, which the trigram
        index cannot look up, are matched by a scan instead."""
        kind, clause, params = _match_clause(query)
        sql = SEARCH_FTS if kind == "fts" else SEARCH_SCAN.format(where=clause)
        return self._query(query, sql, [*params, limit])

    def matching_ids(self, query: str, after_id: int, site: str | None = None) -> list[int]:
        """Ids of articles after `after_id` (of one site) that match `query`, oldest first."""
        kind, clause, params = _match_clause(query)
        condition = "a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)" if kind == "fts" else clause
        sql = f"SELECT a.id FROM articles a WHERE a.id > ? AND (? IS NULL OR a.site = ?) AND {condition} ORDER BY a.id"
        return [r["id"] for r in self._query(query, sql, [after_id, site, site, *params])]

    def newest_articles(self, limit: int, site: str | None = None, query: str | None = None,
                        include_duplicates: bool = False) -> list[dict]:
        """The latest stored articles (of one site, matching a query), newest first."""
        conditions, params = ["(? IS NULL OR a.site = ?)"], [site, site]
        if not include_duplicates:
            conditions.append("a.duplicate_of IS NULL")
        if query:
            kind, clause, match = _match_clause(query)
            conditions.append("a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)" if kind == "fts" else clause)
            params += match
        sql = f"SELECT a.* FROM articles a WHERE {' AND '.join(conditions)} ORDER BY a.first_seen_at DESC, a.id DESC LIMIT ?"
        return [_decoded(r) for r in self._query(query or "", sql, [*params, limit])]

    def _query(self, query: str, sql: str, params: list) -> list[dict]:
        try:
            return list(self.db.query(sql, params))
        except sqlite3.OperationalError as error:
            raise StoreError(f"malformed search query {query!r}: {error}") from None


def _match_clause(query: str) -> tuple[str, str, list]:
    """("fts", "", [match]) for the trigram index, or ("scan", condition on `a`, params)."""
    reading = normalize.reading_text(query)
    terms = reading.split()
    if not terms:
        raise StoreError("empty search query")
    if FTS_SYNTAX.search(reading):
        words = [w.strip('"()*') for w in FTS_WORD.findall(reading) if w not in FTS_OPERATORS]
        short = [w for w in words if w and len(w) < fp.SHINGLE]
        if short:
            raise StoreError(f"{short[0]!r} is too short to combine with search operators: use three or more characters")
        return "fts", "", [reading]
    if any(len(t) < fp.SHINGLE for t in terms):
        condition = " AND ".join("(a.title LIKE ? ESCAPE '\\' OR a.text LIKE ? ESCAPE '\\')" for _ in terms)
        return "scan", condition, [p for t in terms for p in (f"%{_like_escaped(t)}%",) * 2]
    return "fts", "", [" ".join(f'"{t}"' for t in terms)]


def _like_escaped(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
