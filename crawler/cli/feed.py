"""`govnews feed`: an Atom feed of the newest articles."""

from __future__ import annotations

import sys

import click

from crawler.cli.common import BadInput, check_site_names, db_option, limit_option, open_store


@click.command()
@db_option
@click.option("--site", "site_name", metavar="NAME", help="Only this site's articles.")
@click.option("--query", metavar="QUERY", help="Only articles matching this full-text query.")
@limit_option(50, "How many of the newest articles.")
@click.option("--duplicates", "include_duplicates", is_flag=True, help="Include copies of stories already in the feed.")
def feed(db_path: str, site_name: str | None, query: str | None, limit: int, include_duplicates: bool) -> None:
    """Write an Atom feed of the newest articles to stdout, for any feed reader."""
    from crawler.outputs.feed import atom_feed
    from crawler.store import StoreError

    with open_store(db_path, read_only=True) as store:
        check_site_names([site_name], store.known_sites(), db_path)
        try:
            articles = store.newest_articles(limit, site_name, query, include_duplicates)
        except StoreError as error:
            raise BadInput(str(error)) from None
    title = "govnews" + (f" · {site_name}" if site_name else "") + (f" · {query}" if query else "")
    sys.stdout.buffer.write(atom_feed(articles, title, f"{site_name}|{query}|{include_duplicates}"))
    sys.stdout.buffer.write(b"\n")
