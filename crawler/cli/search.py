"""`govnews search`: full-text search of the stored articles."""

from __future__ import annotations

import json

import click

from crawler.cli.common import BadInput, check_site_names, db_option, limit_option, open_store, parse_day


@click.command()
@click.argument("query")
@limit_option(20, "Show at most this many articles.")
@click.option("--site", "site_name", metavar="NAME", help="Only this site's articles.")
@click.option("--since", metavar="YYYY-MM-DD", help="Only articles published on or after this day (China time; for a page that prints no date, its `event_date`).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON array of the matching articles.")
@db_option
def search(query: str, limit: int, site_name: str | None, since: str | None, as_json: bool, db_path: str) -> None:
    """Full-text search in Simplified or Traditional script, newest first; all words must
    appear.

    Any word of two or more characters is found by an index, exactly where it occurs;
    FTS5 syntax ("exact phrase", OR, NOT, NEAR) works as in SQLite.
    """
    from crawler.outputs import records
    from crawler.store import StoreError

    day = parse_day(since, "--since")
    with open_store(db_path, read_only=True) as store:
        check_site_names([site_name], store.known_sites(), db_path)
        try:
            rows = store.search(query, limit, site=site_name, since=day)
        except StoreError as error:
            raise BadInput(str(error)) from None
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    for row in rows:
        click.echo(records.search_lines(row))
    click.echo(f"{len(rows)} articles match {query!r}" + (f" (showing the first {limit})" if len(rows) == limit else ""))
