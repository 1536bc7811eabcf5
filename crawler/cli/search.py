"""`govnews search`: full-text search of the stored articles."""

from __future__ import annotations

import json

import click

from crawler.cli.common import BadInput, db_option, limit_option, open_store


@click.command()
@click.argument("query")
@limit_option(20, "Show at most this many articles.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON array of the matching articles.")
@db_option
def search(query: str, limit: int, as_json: bool, db_path: str) -> None:
    """Full-text search in Simplified or Traditional script; all words must appear.

    Any substring of three or more characters is found by the index; FTS5 syntax
    ("exact phrase", OR, NOT, NEAR) works as in SQLite.
    """
    from crawler.outputs import records
    from crawler.store import StoreError

    with open_store(db_path) as store:
        try:
            rows = store.search(query, limit)
        except StoreError as error:
            raise BadInput(str(error)) from None
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    for row in rows:
        click.echo(records.search_lines(row))
    click.echo(f"{len(rows)} articles match {query!r}" + (f" (showing the first {limit})" if len(rows) == limit else ""))
