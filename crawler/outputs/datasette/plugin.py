"""A Datasette plugin: the SQL function `govnews_match(query)`, the store's reading of a
query (Traditional to Simplified, every word of two or more characters) as a MATCH
expression for the bigram index, used by the shipped `search` query."""

from __future__ import annotations

from datasette import hookimpl

from crawler.store import StoreError
from crawler.store.search import plan_query

# Matches no article: what an empty query form asks for.
NOTHING = '""'


def govnews_match(query: str | None) -> str:
    try:
        return plan_query(query or "", trigrams=False).match or NOTHING
    except StoreError:
        return NOTHING


@hookimpl
def prepare_connection(conn) -> None:
    conn.create_function("govnews_match", 1, govnews_match, deterministic=True)
