"""Full-text search, kept apart because a query is user input: it is read like a page,
turned into a MATCH on one of the two indexes (or, for one-character words, a scan), and
a malformed one must become a StoreError rather than a crash. Used by `govnews search`,
`govnews feed` and the watches.

Every word of two or more characters is found by an index, exactly where it occurs as a
substring (docs/search.md): words of three or more by the trigram index `articles_fts`
(the one sqlite-utils and Datasette use), any query with a two-character word by the
bigram index `articles_bigrams`, into which the whole query is translated. Results come
newest first (the order articles were stored), which an index gives without reading
every match: a common word among a million articles answers as fast as a rare one.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from parsers import normalize

from crawler.store.articles import SINCE_DAY, _decoded
from crawler.store.bigram_index import bigram_phrase, index_pending
from crawler.store.database import StoreError

# A query with any of these is FTS5 syntax.
FTS_SYNTAX = re.compile(r'["*()]|\b(?:AND|OR|NOT|NEAR)\b')
FTS_OPERATORS = ("AND", "OR", "NOT", "NEAR")
# A query's words and quoted phrases, roughly (the webhook messages name the words matched;
# `plan_query(query).words` is the exact reading).
FTS_WORD = re.compile(r'"[^"]*"|[^\s()"]+')
# FTS5 syntax token by token: a quoted string (possibly unterminated), a punctuation mark of
# the grammar, or a bareword.
FTS_TOKEN = re.compile(r'"(?:[^"]|"")*"?|[(){}:^+,*]|[^\s(){}:^+,*"]+')
FTS_STRING = re.compile(r'"(?:[^"]|"")*"')
TRIGRAM_INDEX, BIGRAM_INDEX = "articles_fts", "articles_bigrams"
TRIGRAM, BIGRAM = 3, 2  # the shortest word each index finds
SEARCH_COLUMNS = "a.id, a.url, a.title, a.published_at, a.source, a.duplicate_of, a.text"
LIKE_CONDITION = "(a.title LIKE ? ESCAPE '\\' OR a.text LIKE ? ESCAPE '\\')"
# Characters of body shown either side of the first word found, in a search result.
SNIPPET_CHARS = 24
ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


@dataclass(frozen=True)
class Plan:
    """How a query is answered: an index and its MATCH expression (none: a scan), the
    one-character words left to LIKE, and the words a snippet looks for."""

    index: str | None
    match: str | None
    likes: tuple[str, ...]
    words: tuple[str, ...]


class ArticleSearch:
    """The search queries of `Store`, and the bigram index's upkeep after each write."""

    def search(self, query: str, limit: int = 20, site: str | None = None, since: str | None = None) -> list[dict]:
        """Articles matching `query`, newest first, with a snippet. The query is read like a
        page (Traditional becomes Simplified); plain words must all appear; FTS5 syntax
        (quotes, AND, OR, NOT, NEAR) works. `site` and `since` (a day, `YYYY-MM-DD`,
        against the day of publication, or the event's on a page that prints no date) narrow it."""
        plan = plan_query(query)
        source, conditions, params, newest = _source(plan)
        if site is not None:
            conditions.append("a.site = ?")
            params.append(site)
        if since is not None:
            conditions.append(SINCE_DAY)
            params += [since, since]
        sql = f"SELECT {SEARCH_COLUMNS} FROM {source} WHERE {_all(conditions)} ORDER BY {newest} DESC LIMIT ?"
        rows = self._query(query, sql, [*params, limit])
        for row in rows:
            row["snippet"] = snippet(row.pop("text"), plan.words)
        return rows

    def matching_ids(self, query: str, after_id: int, site: str | None = None) -> list[int]:
        """Ids of articles after `after_id` (of one site) that match `query`, oldest first."""
        source, conditions, params, newest = _source(plan_query(query))
        conditions += [f"{newest} > ?", "(? IS NULL OR a.site = ?)"]
        sql = f"SELECT a.id FROM {source} WHERE {_all(conditions)} ORDER BY {newest}"
        return [r["id"] for r in self._query(query, sql, [*params, after_id, site, site])]

    def newest_articles(self, limit: int, site: str | None = None, query: str | None = None,
                        include_duplicates: bool = False) -> list[dict]:
        """The latest stored articles (of one site, matching a query), newest first."""
        if query:
            source, conditions, params, newest = _source(plan_query(query))
        else:
            source, conditions, params, newest = "articles a", [], [], "a.first_seen_at DESC, a.id"
        conditions.append("(? IS NULL OR a.site = ?)")
        params += [site, site]
        if not include_duplicates:
            conditions.append("a.duplicate_of IS NULL")
        sql = f"SELECT a.* FROM {source} WHERE {_all(conditions)} ORDER BY {newest} DESC LIMIT ?"
        return [_decoded(r) for r in self._query(query or "", sql, [*params, limit])]

    def before_commit(self, conn: sqlite3.Connection) -> None:
        """Index what this write changed in the bigram index, in the same transaction."""
        index_pending(conn)

    def _query(self, query: str, sql: str, params: list) -> list[dict]:
        try:
            return list(self.db.query(sql, params))
        except sqlite3.OperationalError as error:
            raise StoreError(f"malformed search query {query!r}: {error}") from None


def plan_query(query: str, trigrams: bool = True) -> Plan:
    """Which index answers `query`, and with what MATCH expression. `trigrams=False`
    sends every query to the bigram index (bench/search_speed.py measures that design)."""
    reading = normalize.reading_text(query)
    terms = tuple(reading.split())
    if not terms:
        raise StoreError("empty search query")
    if FTS_SYNTAX.search(reading):
        return _syntax_plan(reading, trigrams)
    indexed = [t for t in terms if len(t) >= BIGRAM]
    likes = tuple(t for t in terms if len(t) < BIGRAM)
    if not indexed:
        return Plan(None, None, likes, terms)
    if trigrams and all(len(t) >= TRIGRAM for t in indexed):
        return Plan(TRIGRAM_INDEX, " ".join(f'"{t}"' for t in indexed), likes, terms)
    return Plan(BIGRAM_INDEX, " ".join(bigram_phrase(t) for t in indexed), likes, terms)


def _syntax_plan(reading: str, trigrams: bool) -> Plan:
    """A query in FTS5 syntax, its words quoted: for the trigram index when every word has
    three characters or more, else each word made a phrase of the bigram index."""
    tokens = list(FTS_TOKEN.finditer(reading))
    words = {i: _word(t.group()) for i, t in enumerate(tokens) if _is_word(tokens, i)}
    short = [w for w in words.values() if len(w) < BIGRAM]
    if short:
        raise StoreError(f"{short[0]!r} is too short to combine with search operators: use two or more characters")
    if trigrams and all(len(w) >= TRIGRAM for w in words.values()):
        return Plan(TRIGRAM_INDEX, _rewritten(reading, tokens, words, _quoted, keep_prefix=True), (), tuple(words.values()))
    return Plan(BIGRAM_INDEX, _rewritten(reading, tokens, words, bigram_phrase, keep_prefix=False), (), tuple(words.values()))


def _rewritten(reading: str, tokens: list[re.Match], words: dict[int, str], phrase, keep_prefix: bool) -> str:
    """The query with each word replaced by `phrase(word)`, all else as written (an
    unterminated quote too, for FTS5 to refuse). A `*` (prefix) adds nothing to a
    substring match of bigrams and is dropped there."""
    pieces, end = [], 0
    for i, token in enumerate(tokens):
        pieces.append(reading[end:token.start()])
        end = token.end()
        text = token.group()
        if i in words and not _unterminated(text):
            pieces.append(phrase(words[i]))
        elif text != "*" or keep_prefix:
            pieces.append(text)
    pieces.append(reading[end:])
    return "".join(pieces)


def _quoted(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _unterminated(token: str) -> bool:
    return token.startswith('"') and not FTS_STRING.fullmatch(token)


def _is_word(tokens: list[re.Match], i: int) -> bool:
    """Whether token `i` is a word to look for: not an operator, a column name (before
    `:` or inside `{}`), a NEAR distance (after `,`) or a mark of the grammar."""
    text = tokens[i].group()
    if text.startswith('"'):
        return True
    if text in FTS_OPERATORS or len(text) == 1 and text in "(){}:^+,*":
        return False
    after = tokens[i + 1].group() if i + 1 < len(tokens) else ""
    before = tokens[i - 1].group() if i else ""
    in_braces = sum(t.group() == "{" for t in tokens[:i]) > sum(t.group() == "}" for t in tokens[:i])
    return not (after == ":" or in_braces or before == "," and text.isdigit())


def _word(token: str) -> str:
    if token.startswith('"'):
        return token[1:-1 if len(token) > 1 and token.endswith('"') else None].replace('""', '"')
    return token


def _source(plan: Plan) -> tuple[str, list[str], list, str]:
    """FROM clause, conditions and their parameters for a plan, and the column that puts
    the newest first (an index's rowid, which FTS5 walks backwards without sorting)."""
    if plan.index:
        source = f"{plan.index} JOIN articles a ON a.id = {plan.index}.rowid"
        conditions, params, newest = [f"{plan.index} MATCH ?"], [plan.match], f"{plan.index}.rowid"
    else:
        source, conditions, params, newest = "articles a", [], [], "a.id"
    for word in plan.likes:
        conditions.append(LIKE_CONDITION)
        params += [f"%{_like_escaped(word)}%"] * 2
    return source, conditions, params, newest


def _all(conditions: list[str]) -> str:
    return " AND ".join(conditions) or "1"


def snippet(text: str, words: tuple[str, ...]) -> str:
    """The body around the first of `words` found in it, that word in [brackets]."""
    folded = text.translate(ASCII_LOWER)
    found = [(at, len(w)) for w in words if w and (at := folded.find(w.translate(ASCII_LOWER))) >= 0]
    if not found:
        return text[:2 * SNIPPET_CHARS].replace("\n", " ") + ("…" if len(text) > 2 * SNIPPET_CHARS else "")
    at, length = min(found)
    start, end = max(0, at - SNIPPET_CHARS), at + length + SNIPPET_CHARS
    cut = f"{text[start:at]}[{text[at:at + length]}]{text[at + length:end]}".replace("\n", " ")
    return ("…" if start else "") + cut + ("…" if end < len(text) else "")


def _like_escaped(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
