"""`govnews reparse`: today's parsers over every page kept from earlier crawls."""

from __future__ import annotations

import click

from crawler.cli.common import DEFAULT_SITES_SHOWN, db_option, default_sites_file, load_site_list, open_store


@click.command()
@click.option("--site", "site_name", metavar="NAME", help="Only this site's pages.")
@click.option("--sites", "sites_file", default=None, show_default=DEFAULT_SITES_SHOWN, metavar="FILE",
              help="The site list, for each site's parser.")
@db_option
def reparse(site_name: str | None, sites_file: str | None, db_path: str) -> None:
    """Run today's parsers again over every page kept from earlier crawls and update the
    records: changed ones become revisions and their duplicate flags are worked out again."""
    from crawler.jobs.reparse import reparse as run_reparse

    sites = {s.name: s for s in load_site_list(sites_file or default_sites_file())}
    with open_store(db_path) as store:
        counts = run_reparse(store, sites, site_name)
    click.echo(f"{counts['pages']} pages: {counts['revised']} revised, {counts['unchanged']} unchanged, "
               f"{counts['new']} new, {counts['duplicate']} duplicate, {counts['failed']} failed")
