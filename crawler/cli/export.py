"""`govnews export`: every stored article to stdout, as JSON lines or CSV."""

from __future__ import annotations

import sys

import click

from crawler.cli.common import db_option, open_store, parse_ref_date


@click.command()
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True, help="Output format.")
@click.option("--since", metavar="YYYY-MM-DD", help="Only articles first seen on or after this day (UTC).")
@db_option
def export(fmt: str, since: str | None, db_path: str) -> None:
    """Write every stored article to stdout, oldest first, with its duplicate flags."""
    from crawler.outputs import records

    day = parse_ref_date(since, "--since").isoformat() if since else None
    writer = records.write_jsonl if fmt == "jsonl" else records.write_csv
    with open_store(db_path) as store:
        count = writer(store.articles(since=day), sys.stdout)
    click.echo(f"exported {count} articles from {db_path}", err=True)
