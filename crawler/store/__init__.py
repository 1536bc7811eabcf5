"""The article store: one SQLite file, the only code that writes to it.

Every write is one short transaction under BEGIN IMMEDIATE (or, inside another, a
savepoint of it: a crawl's writer groups pages so), so a crash or a kill at any moment
leaves either the whole article or nothing. WAL lets readers (the sqlite3 shell,
Datasette, `govnews search`) read while a crawl writes; a busy timeout makes concurrent
writers wait their turn instead of failing.

`Store` is assembled from one mixin per group of tables (articles, duplicates, search,
fetches, crawls, deliveries) on top of `Database`, the connection and its transactions.
Module constants are read where they are defined: patch them there (e.g.
`crawler.store.dedup.MAX_CANDIDATES`), not here.
"""

from crawler.store.articles import JSON_FIELDS, OUTCOME_COUNTERS, VERSIONED_FIELDS, ArticleRecords, Stored
from crawler.store.crawls import CRAWL_COUNTS, CrawlRecords
from crawler.store.database import BUSY_TIMEOUT_MS, Database, DatabaseUnusable, NoDatabase, StoreError, utc_now
from crawler.store.dedup import MAX_CANDIDATES, SHINGLE_CACHE_SIZE, DuplicateFinder
from crawler.store.deliveries import DeliveryRecords
from crawler.store.fetches import FetchRecords
from crawler.store.search import FTS_OPERATORS, FTS_SYNTAX, FTS_WORD, SEARCH_COLUMNS, ArticleSearch, plan_query

__all__ = [
    "BUSY_TIMEOUT_MS", "CRAWL_COUNTS", "FTS_OPERATORS", "FTS_SYNTAX", "FTS_WORD", "JSON_FIELDS", "MAX_CANDIDATES",
    "OUTCOME_COUNTERS", "SEARCH_COLUMNS", "SHINGLE_CACHE_SIZE", "VERSIONED_FIELDS",
    "DatabaseUnusable", "NoDatabase", "Store", "StoreError", "Stored", "plan_query", "utc_now",
]


class Store(ArticleRecords, DuplicateFinder, ArticleSearch, FetchRecords, CrawlRecords, DeliveryRecords, Database):
    """One SQLite file of articles. Open with `Store(path)` (or `Store(path, read_only=True)`
    to read an existing file without writing to it); close when done."""
