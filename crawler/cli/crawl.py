"""`govnews crawl`: the sites' list pages read again, new articles fetched and stored."""

from __future__ import annotations

import contextlib
import json
import sys

import click

from crawler.cli.common import (
    BadInput, Failed, config_option, choose_sites, load_site_config, db_option, default_sites_file, log, open_store, parse_settings,
    start_demo_server,
)
from crawler.demo import DEMO_PORT

# Scrapy's reason for closing a spider on SIGTERM or Ctrl-C: the crawl did not finish, and
# its exit code says so (a limit the user set, closespider_*, ends it normally).
SIGNALLED = "shutdown"


@click.command()
@click.option("--site", "site_names", multiple=True, metavar="NAME", help="Crawl only this site (repeat for more).")
@config_option
@db_option
@click.option("--demo", is_flag=True, help=f"Start the built-in demo site on 127.0.0.1:{DEMO_PORT} and crawl it (no internet needed).")
@click.option("--revisit", is_flag=True, help="Re-check every stored article within its site's revisit window now.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as one JSON object.")
@click.option("-s", "--set", "settings", multiple=True, metavar="NAME=VALUE", help="Override a Scrapy setting (repeatable).")
@click.option("--dry-run", is_flag=True, help="Only read the list pages: show the pages each entry would fetch and the "
              "article links it would follow; nothing is stored.")
def crawl(site_names: tuple[str, ...], config_path: str | None, db_path: str, demo: bool, revisit: bool, as_json: bool,
          settings: tuple[str, ...], dry_run: bool) -> None:
    """Crawl the sites: new articles are parsed, stored and flagged; list pages are read
    again each time, stored articles only when due for a revisit."""
    if dry_run:
        sites = choose_sites(config_path or default_sites_file(), site_names) if not demo else None
        return _dry_run(sites, db_path, as_json, _max_list_pages(parse_settings(settings)), revisit)
    from crawler.demo.site import DEMO_SETTINGS, demo_site_entry
    from crawler.outputs import records
    from crawler.run import run_crawl
    from crawler.settings import identity_settings

    sites_file = config_path or default_sites_file()
    if not demo:  # a bad site list or setting is reported before the database is made
        config = load_site_config(sites_file)
        sites, overrides = choose_sites(sites_file, site_names, config), identity_settings(config.contact)
    extra = parse_settings(settings)
    open_store(db_path).close()  # an unwritable database is reported before any fetch
    with contextlib.ExitStack() as stack:
        if demo:
            server = stack.enter_context(start_demo_server())
            sites, overrides = [demo_site_entry(server.base_url)], DEMO_SETTINGS
            log.info("demo site at %s", server.base_url)
        overrides = {**overrides, **extra}
        summaries = run_crawl(sites, db_path, revisit_now=revisit, overrides=overrides,
                              show_progress=not as_json and sys.stderr.isatty())
    totals = records.crawl_totals(summaries)
    if as_json:
        click.echo(json.dumps({**totals, "sites": summaries, "db": db_path}, ensure_ascii=False, indent=1))
    else:
        click.echo(records.crawl_summary(summaries, totals, db_path))
    unstored = sum(s["store_failures"] for s in summaries)
    if unstored:
        first = next(s["store_error"] for s in summaries if s["store_error"])
        raise Failed(f"{unstored} fetched pages could not be stored, the crawl stopped: {first}")
    stopped = [s["site"] for s in summaries if s["stop_reason"] == SIGNALLED]
    if stopped:
        raise Failed(f"the crawl was stopped (SIGTERM or Ctrl-C) before it finished: {', '.join(stopped)}; "
                     "the next crawl goes on from there")
    if not any(s["list_pages"] for s in summaries):
        reasons = [m for s in summaries for m in s["error_messages"]] or ["no list page answered (robots.txt, or off the allowed domains?)"]
        raise Failed(f"nothing could be crawled: {reasons[0]}")


def _max_list_pages(overrides: dict[str, str]) -> int:
    """GOVNEWS_MAX_LIST_PAGES as `-s` sets it for this run, else as the settings say."""
    from crawler.settings import GOVNEWS_MAX_LIST_PAGES

    value = overrides.get("GOVNEWS_MAX_LIST_PAGES", str(GOVNEWS_MAX_LIST_PAGES))
    if not value.strip().isdigit() or int(value) < 1:
        raise BadInput(f"-s GOVNEWS_MAX_LIST_PAGES={value}: must be a whole number, at least 1")
    return int(value)


def _dry_run(sites, db_path: str, as_json: bool, max_list_pages: int, revisit_now: bool) -> None:
    """The list pages each site's entry reads and the article pages it would fetch, as the
    crawl plans them from the database if there is one (links not settled yet, links seen
    before and never stored, articles due for a revisit). Nothing is stored. Fails, as a
    crawl does, when no list page could be read at all."""
    from pathlib import Path

    from crawler.demo.site import demo_site_entry
    from crawler.lists.walk import walk
    from crawler.run import plan_crawl
    from crawler.spiders.site_spider import CrawlPlan

    with contextlib.ExitStack() as stack:
        if sites is None:
            server = stack.enter_context(start_demo_server())
            sites = [demo_site_entry(server.base_url)]
        walks = []
        for site in sites:
            plan = CrawlPlan()
            if Path(db_path).exists():
                with open_store(db_path) as store:
                    plan = plan_crawl(store, site, revisit_now)
            walked = walk(site, settled=plan.settled, max_list_pages=max_list_pages, walk_all=plan.walk_all_lists)
            walked.to_fetch += [url for url in plan.frontier if url not in walked.to_fetch]
            walked.revisit = list(plan.revisit)
            walks.append(walked)
    if as_json:
        click.echo(json.dumps({"dry_run": True, "sites": [w.to_dict() for w in walks]}, ensure_ascii=False, indent=1))
    else:
        click.echo("\n".join(_walk_lines(w) for w in walks))
    if not any(page["status"] == 200 for w in walks for page in w.list_pages):
        reasons = [e for w in walks for e in w.errors] or ["no list page answered"]
        raise Failed(f"no list page could be read: {reasons[0]}")


def _walk_lines(w) -> str:
    lines = [f"{w.site}: {len(w.list_pages)} list pages, {len(w.to_fetch)} article pages to fetch"
             + (f", {len(w.revisit)} to revisit" if w.revisit else "")]
    lines += [f"  list  {page['request']}  ({page['links']} links)" if page["status"] == 200 else f"  list  {page['request']}  (HTTP {page['status']})"
              for page in w.list_pages]
    titles = {link.url: link.title or "" for link in w.links}
    lines += [f"  fetch {url}  {titles.get(url, '(seen before, never stored)')}" for url in w.to_fetch]
    lines += [f"  revisit {url}" for url in w.revisit]
    lines += [f"  error: {error}" for error in w.errors]
    return "\n".join(lines)
