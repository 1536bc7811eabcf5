"""`govnews reparse`: today's parsers over every page kept from earlier crawls."""

from __future__ import annotations

import json

import click

from crawler.cli.common import (
    check_site_names, config_option, db_option, default_sites_file, load_site_list, open_store, stop_on_sigterm,
)

# What a reparse reports, in the order the summary gives it.
REPARSE_COUNTS = ("pages", "revised", "unchanged", "new", "duplicate", "failed")


@click.command()
@click.option("--site", "site_name", metavar="NAME", help="Only this site's pages.")
@config_option
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the counts as one JSON object.")
def reparse(site_name: str | None, config_path: str | None, db_path: str, as_json: bool) -> None:
    """Run today's parsers again over every page kept from earlier crawls and update the
    records: changed ones become revisions and their duplicate flags are worked out again."""
    from crawler.jobs.reparse import reparse as run_reparse

    stop_on_sigterm()
    sites = {s.name: s for s in load_site_list(config_path or default_sites_file())}
    with open_store(db_path) as store:
        check_site_names([site_name], {*sites, *store.known_sites()}, f"{config_path or 'the site list'} or {db_path}")
        counts = run_reparse(store, sites, site_name)
    if as_json:
        click.echo(json.dumps({**{k: counts[k] for k in REPARSE_COUNTS}, "db": db_path}, ensure_ascii=False))
        return
    click.echo(f"{counts['pages']} pages: {counts['revised']} revised, {counts['unchanged']} unchanged, "
               f"{counts['new']} new, {counts['duplicate']} duplicate, {counts['failed']} failed")
