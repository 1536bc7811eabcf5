"""`govnews status`: each site's health."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import click

from crawler.cli.common import config_option, db_option, default_sites_file, load_site_list, open_store


@click.command()
@db_option
@config_option
@click.option("--json", "as_json", is_flag=True, help="Print one JSON array, a site an object.")
def status(db_path: str, config_path: str | None, as_json: bool) -> None:
    """Each site's health: last run and success, new articles in the last day and week,
    failures in a row, and warnings (failing, no links on list pages, parser finding nothing)."""
    from crawler.cli.common import log
    from crawler.outputs import health, records

    configured = [s.name for s in load_site_list(config_path or default_sites_file()) if not s.is_template]
    now = datetime.now(timezone.utc)
    with open_store(db_path, read_only=True) as store:
        names = list(dict.fromkeys([*configured, *store.crawled_sites()]))
        report = [health.evaluate(name, store.crawl_history(name), store.new_articles_since(name, (now - timedelta(days=1)).isoformat()),
                                  store.new_articles_since(name, (now - timedelta(days=7)).isoformat())) for name in names]
    for site in report:
        if site.state == "failing":
            log.warning("site %s is failing: %s", site.site, site.reason)
    if as_json:
        click.echo(json.dumps([h.to_dict() for h in report], ensure_ascii=False, indent=1))
        return
    click.echo(records.status_table(report))
