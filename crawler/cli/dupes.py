"""`govnews dupes`: every duplicate beside its original."""

from __future__ import annotations

import json

import click

from crawler.cli.common import db_option, open_store


@click.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print one JSON array of objects (url, title, duplicate_of_url, kind, similarity…).")
def dupes(db_path: str, as_json: bool) -> None:
    """Every article flagged as a duplicate, beside its original."""
    from crawler.outputs import records

    with open_store(db_path, read_only=True) as store:
        rows = store.duplicates()
    if as_json:
        click.echo(json.dumps([records.duplicate_record(r) for r in rows], ensure_ascii=False, indent=1))
        return
    for row in rows:
        click.echo(records.duplicate_lines(row))
    originals = len({r["original_id"] for r in rows})
    click.echo(f"{len(rows)} duplicates of {originals} originals in {db_path}")
