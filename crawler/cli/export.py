"""`govnews export`: every stored article to stdout, as JSON lines or CSV."""

from __future__ import annotations

import sys

import click

from crawler.cli.common import db_option, open_store, parse_day


@click.command()
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True, help="Output format.")
@click.option("--since", metavar="YYYY-MM-DD", help="Only articles published on or after this day (China time, `published_date`; for a page that prints no date, its `event_date`).")
@db_option
def export(fmt: str, since: str | None, db_path: str) -> None:
    """Write every stored article to stdout, oldest first, with its duplicate flags."""
    from crawler.outputs import records

    day = parse_day(since, "--since")
    writer = records.write_jsonl if fmt == "jsonl" else records.write_csv
    with open_store(db_path, read_only=True) as store:
        count = writer(store.articles(since=day), sys.stdout)
    click.echo(f"exported {count} articles from {db_path}", err=True)
