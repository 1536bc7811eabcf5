"""The `govnews` command line. Each command's docstring is its help.

Libraries raise; this module alone turns errors into one-line messages and exit codes:
0 done, 1 failed, 2 bad input (including a page that is not an article).
"""

from __future__ import annotations

import contextlib
import json
import logging
import sys
from collections import Counter
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import click

import parsers
from parsers import NotAnArticle, ParseError

from crawler.outputs import records
from crawler.outputs import health
from crawler.daemon import Daemon, demo_config, install_signal_handlers
from crawler.demo.site import DEMO_PORT, DEMO_SETTINGS, DemoServer, demo_site_entry
from crawler.outputs.feed import atom_feed
from crawler.jobs.ingest import ingest as ingest_pages
from crawler.jobs.reparse import reparse as run_reparse
from crawler.run import run_crawl
from crawler.config import DEFAULT_SITES, SiteConfigError, load_sites
from crawler.store import Store, StoreError
from crawler.outputs.watches import load_watches

log = logging.getLogger("govnews")

EXIT_FAILED = 1
EXIT_BAD_INPUT = 2
DEFAULT_DB = "news.db"


class BadInput(click.ClickException):
    """A one-line error about what the user gave us, exit code 2."""

    exit_code = EXIT_BAD_INPUT

    def show(self, file=None) -> None:
        click.echo(f"govnews: {self.format_message()}", err=True)


class Failed(BadInput):
    """A one-line error about something that went wrong, exit code 1."""

    exit_code = EXIT_FAILED


db_option = click.option(
    "--db", "db_path", default=DEFAULT_DB, show_default=True, envvar="GOVNEWS_DB", metavar="PATH",
    help="The SQLite file of articles (also $GOVNEWS_DB).",
)


def open_store(path: str) -> Store:
    try:
        return Store(path)
    except StoreError as error:
        raise Failed(str(error)) from None


def parse_ref_date(value: str | None, option: str = "--ref-date") -> date:
    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise BadInput(f"{option} must be a date as YYYY-MM-DD, not {value!r}") from None


def read_input(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    file = Path(path)
    if file.is_dir():
        raise BadInput(f"{path} is a directory, not a page")
    try:
        return file.read_bytes()
    except FileNotFoundError:
        raise BadInput(f"{path}: no such file") from None
    except OSError as error:
        raise BadInput(f"{path}: cannot read ({error.strerror})") from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="govnews")
@click.option("--log-level", default="WARNING", show_default=True, envvar="GOVNEWS_LOG_LEVEL",
              type=click.Choice(["DEBUG", "INFO", "WARNING", "ERROR"], case_sensitive=False),
              help="How much to log on stderr.")
def cli(log_level: str) -> None:
    """govnews: crawl and monitor Chinese local-government news."""
    logging.basicConfig(level=log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for handler in logging.root.handlers:  # Scrapy's loggers set their own levels; the handler decides
        handler.setLevel(log_level.upper())


@cli.command()
@click.argument("path")
@click.option("--url", help="The page's URL: picks the site parser by host and may hold the date.")
@click.option("--ref-date", metavar="YYYY-MM-DD", help="Day the page was fetched: resolves dates without a year (default: today).")
@click.option("--parser", "parser_name", type=click.Choice(parsers.PARSER_NAMES), help="Use this parser instead of choosing one.")
@click.option("--json", "as_json", is_flag=True, help="Print the record as one JSON object.")
def parse(path: str, url: str | None, ref_date: str | None, parser_name: str | None, as_json: bool) -> None:
    """Parse one saved page (HTML or a text capture; - for stdin) into an article record."""
    reference = parse_ref_date(ref_date)
    content = read_input(path)
    try:
        article = parsers.parse_page(content, url=url, ref_date=reference, parser=parser_name)
    except NotAnArticle as error:
        raise BadInput(f"{path}: not an article: {error}") from None
    except ParseError as error:
        raise BadInput(f"{path}: {error}") from None
    log.info("parsed %s with %s", path, article.parser)
    if as_json:
        click.echo(json.dumps(article.to_dict(), ensure_ascii=False))
    else:
        click.echo(records.article_summary(article))


@cli.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--url", help="The page's URL (one PATH only); default: the file's file:// URI.")
@click.option("--ref-date", metavar="YYYY-MM-DD", help="Day the pages were fetched: resolves dates without a year (default: today).")
@db_option
def ingest(paths: tuple[str, ...], url: str | None, ref_date: str | None, db_path: str) -> None:
    """Parse saved pages (files or folders of them) and store them, flagging duplicates.

    Each file is reported as it is stored; a file that fails is reported and skipped.
    Exit code 1 when any file failed.
    """
    reference = parse_ref_date(ref_date) if ref_date else None
    if url and (len(paths) > 1 or Path(paths[0]).is_dir()):
        raise BadInput("--url names one page: give exactly one PATH with it")
    counts: Counter[str] = Counter()
    with open_store(db_path) as store:
        for result in ingest_pages(store, list(paths), url=url, ref_date=reference):
            counts[result.outcome] += 1
            if result.reason:
                click.echo(f"failed     {result.path}: {result.reason}", err=True)
            else:
                click.echo(records.ingested_line(result))
        total = store.count()
    click.echo(
        f"{sum(counts.values())} pages: {counts['new']} new, {counts['duplicate']} duplicate, "
        f"{counts['revised']} revised, {counts['unchanged']} unchanged, {counts['failed']} failed; "
        f"{total} articles in {db_path}"
    )
    if counts["failed"]:
        sys.exit(EXIT_FAILED)


@cli.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print one JSON array of objects (url, title, duplicate_of_url, kind, similarity…).")
def dupes(db_path: str, as_json: bool) -> None:
    """Every article flagged as a duplicate, beside its original."""
    with open_store(db_path) as store:
        rows = store.duplicates()
    if as_json:
        click.echo(json.dumps([records.duplicate_record(r) for r in rows], ensure_ascii=False, indent=1))
        return
    for row in rows:
        click.echo(records.duplicate_lines(row))
    originals = len({r["original_id"] for r in rows})
    click.echo(f"{len(rows)} duplicates of {originals} originals in {db_path}")


@cli.command()
@click.argument("query")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(min=1), help="Show at most this many articles.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON array of the matching articles.")
@db_option
def search(query: str, limit: int, as_json: bool, db_path: str) -> None:
    """Full-text search in Simplified or Traditional script; all words must appear.

    Any substring of three or more characters is found by the index; FTS5 syntax
    ("exact phrase", OR, NOT, NEAR) works as in SQLite.
    """
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


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True, help="Output format.")
@click.option("--since", metavar="YYYY-MM-DD", help="Only articles first seen on or after this day (UTC).")
@db_option
def export(fmt: str, since: str | None, db_path: str) -> None:
    """Write every stored article to stdout, oldest first, with its duplicate flags."""
    day = parse_ref_date(since, "--since").isoformat() if since else None
    writer = records.write_jsonl if fmt == "jsonl" else records.write_csv
    with open_store(db_path) as store:
        count = writer(store.articles(since=day), sys.stdout)
    click.echo(f"exported {count} articles from {db_path}", err=True)


def start_demo_server() -> DemoServer:
    """The demo site on its usual port, so that URLs stay the same from one crawl to the
    next; on any free port (with a warning) when that one is taken."""
    try:
        return DemoServer(port=DEMO_PORT)
    except OSError:
        log.warning("port %d is taken: the demo site runs on another, so its URLs are new to the database", DEMO_PORT)
        return DemoServer(port=0)


def parse_settings(pairs: tuple[str, ...]) -> dict[str, str]:
    settings = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise BadInput(f"--set takes NAME=VALUE, not {pair!r}")
        settings[name.strip()] = value
    return settings


def choose_sites(sites_file: str, names: tuple[str, ...]) -> list:
    """The sites to crawl: those named (all by default), templates left out with a note."""
    try:
        sites = load_sites(sites_file)
    except SiteConfigError as error:
        raise BadInput(str(error)) from None
    known = {s.name: s for s in sites}
    unknown = [n for n in names if n not in known]
    if unknown:
        raise BadInput(f"no site named {unknown[0]!r} in {sites_file} (known: {', '.join(known) or 'none'})")
    chosen = [known[n] for n in names] if names else sites
    for site in chosen:
        if site.is_template:
            log.warning("site %s has no start_urls yet (a template in %s): skipped", site.name, sites_file)
    crawlable = [s for s in chosen if not s.is_template]
    if not crawlable:
        raise BadInput(f"no site to crawl: fill in start_urls in {sites_file}, or try --demo")
    return crawlable


@cli.command()
@click.option("--site", "site_names", multiple=True, metavar="NAME", help="Crawl only this site (repeat for more).")
@click.option("--sites", "sites_file", default=str(DEFAULT_SITES), show_default="seeds/sites.toml", metavar="FILE",
              help="The site list to read.")
@db_option
@click.option("--demo", is_flag=True, help=f"Start the built-in demo site on 127.0.0.1:{DEMO_PORT} and crawl it (no internet needed).")
@click.option("--revisit", is_flag=True, help="Re-check every stored article within its site's revisit window now.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as one JSON object.")
@click.option("-s", "--set", "settings", multiple=True, metavar="NAME=VALUE", help="Override a Scrapy setting (repeatable).")
def crawl(site_names: tuple[str, ...], sites_file: str, db_path: str, demo: bool, revisit: bool, as_json: bool,
          settings: tuple[str, ...]) -> None:
    """Crawl the sites: new articles are parsed, stored and flagged; list pages are read
    again each time, stored articles only when due for a revisit."""
    open_store(db_path).close()  # an unwritable database is reported before any fetch
    with contextlib.ExitStack() as stack:
        if demo:
            server = stack.enter_context(start_demo_server())
            sites, overrides = [demo_site_entry(server.base_url)], DEMO_SETTINGS
            log.info("demo site at %s", server.base_url)
        else:
            sites, overrides = choose_sites(sites_file, site_names), {}
        overrides = {**overrides, **parse_settings(settings)}
        summaries = run_crawl(sites, db_path, revisit_now=revisit, overrides=overrides,
                              show_progress=not as_json and sys.stderr.isatty())
    totals = records.crawl_totals(summaries)
    if as_json:
        click.echo(json.dumps({**totals, "sites": summaries, "db": db_path}, ensure_ascii=False, indent=1))
    else:
        click.echo(records.crawl_summary(summaries, totals, db_path))
    if not any(s["list_pages"] for s in summaries):
        reasons = [m for s in summaries for m in s["error_messages"]] or ["no list page answered (robots.txt, or off the allowed domains?)"]
        raise Failed(f"nothing could be crawled: {reasons[0]}")


@cli.command("demo-site")
@click.option("--port", default=DEMO_PORT, show_default=True, type=click.IntRange(0, 65535), help="Port on 127.0.0.1 (0: any free one).")
def demo_site(port: int) -> None:
    """Serve the demo news site on 127.0.0.1 until interrupted (Ctrl-C)."""
    try:
        server = DemoServer(port=port)
    except OSError as error:
        raise Failed(f"cannot serve on 127.0.0.1:{port}: {error.strerror}") from None
    with server:
        click.echo(f"demo site at {server.base_url}/news/list_1.html (Ctrl-C to stop)")
        try:
            server.thread.join()
        except KeyboardInterrupt:
            pass
    click.echo(f"served {sum(server.site.visits.values())} requests")


@cli.command()
@click.option("--site", "site_name", metavar="NAME", help="Only this site's pages.")
@click.option("--sites", "sites_file", default=str(DEFAULT_SITES), show_default="seeds/sites.toml", metavar="FILE",
              help="The site list, for each site's parser.")
@db_option
def reparse(site_name: str | None, sites_file: str, db_path: str) -> None:
    """Run today's parsers again over every page kept from earlier crawls and update the
    records: changed ones become revisions and their duplicate flags are worked out again."""
    try:
        sites = {s.name: s for s in load_sites(sites_file)}
    except SiteConfigError as error:
        raise BadInput(str(error)) from None
    with open_store(db_path) as store:
        counts = run_reparse(store, sites, site_name)
    click.echo(f"{counts['pages']} pages: {counts['revised']} revised, {counts['unchanged']} unchanged, "
               f"{counts['new']} new, {counts['duplicate']} duplicate, {counts['failed']} failed")


@cli.command()
@click.option("--config", "config_path", default=str(DEFAULT_SITES), show_default="seeds/sites.toml", metavar="FILE",
              help="Sites and watches to run.")
@db_option
@click.option("--demo", is_flag=True, help="Start the demo site and poll it every 5 seconds (with the config's own sites and watches).")
@click.option("--once", is_flag=True, help="Crawl every site once, deliver the watches, and exit.")
@click.option("--log-file", type=click.Path(dir_okay=False, writable=True), help="Also write the log to this file.")
@click.option("--crawl-timeout", default=1800, show_default=True, type=click.FloatRange(min=1), metavar="SECONDS",
              help="Stop and record a crawl that runs longer than this.")
@click.option("-s", "--set", "settings", multiple=True, metavar="NAME=VALUE", help="Scrapy setting for every crawl (repeatable).")
def run(config_path: str, db_path: str, demo: bool, once: bool, log_file: str | None, crawl_timeout: float,
        settings: tuple[str, ...]) -> None:
    """Run the monitoring daemon: every site on its schedule, watches delivered, site
    health checked, until SIGTERM or Ctrl-C (the running crawl is closed cleanly)."""
    if log_file:
        handler = logging.FileHandler(log_file, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handler.setLevel(logging.root.handlers[0].level if logging.root.handlers else logging.INFO)
        logging.root.addHandler(handler)
    open_store(db_path).close()
    overrides = parse_settings(settings)
    with contextlib.ExitStack() as stack:
        if demo:
            server = stack.enter_context(start_demo_server())
            config_path = demo_config(server.base_url, config_path if Path(config_path).exists() else None)
            stack.callback(Path(config_path).unlink, missing_ok=True)
            overrides = {**DEMO_SETTINGS, **overrides}
            log.warning("demo site at %s, polled every 5 seconds", server.base_url)
        sites = choose_sites(config_path, ())
        try:
            watches = load_watches(config_path)
        except SiteConfigError as error:
            raise BadInput(str(error)) from None
        daemon = Daemon(sites, watches, config_path, db_path, {k: str(v) for k, v in overrides.items()}, crawl_timeout)
        install_signal_handlers(daemon)
        code = daemon.run_once() if once else daemon.run_forever()
        if once:
            daemon.deliver()
    sys.exit(code)


@cli.command()
@db_option
@click.option("--config", "config_path", default=str(DEFAULT_SITES), show_default="seeds/sites.toml", metavar="FILE",
              help="The site list, for sites never crawled yet.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON array, a site an object.")
def status(db_path: str, config_path: str, as_json: bool) -> None:
    """Each site's health: last run and success, new articles in the last day and week,
    failures in a row, and warnings (failing, no links on list pages, parser finding nothing)."""
    try:
        configured = [s.name for s in load_sites(config_path) if not s.is_template]
    except SiteConfigError:
        configured = []
    now = datetime.now(timezone.utc)
    with open_store(db_path) as store:
        names = list(dict.fromkeys([*configured, *store.crawled_sites()]))
        report = [health.evaluate(name, store.crawl_history(name), store.new_articles_since(name, (now - timedelta(days=1)).isoformat()),
                                  store.new_articles_since(name, (now - timedelta(days=7)).isoformat())) for name in names]
    if as_json:
        click.echo(json.dumps([h.to_dict() for h in report], ensure_ascii=False, indent=1))
        return
    click.echo(records.status_table(report))


@cli.command()
@db_option
@click.option("--site", "site_name", metavar="NAME", help="Only this site's articles.")
@click.option("--query", metavar="QUERY", help="Only articles matching this full-text query.")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(min=1), help="How many of the newest articles.")
@click.option("--duplicates", "include_duplicates", is_flag=True, help="Include copies of stories already in the feed.")
def feed(db_path: str, site_name: str | None, query: str | None, limit: int, include_duplicates: bool) -> None:
    """Write an Atom feed of the newest articles to stdout, for any feed reader."""
    with open_store(db_path) as store:
        try:
            articles = store.newest_articles(limit, site_name, query, include_duplicates)
        except StoreError as error:
            raise BadInput(str(error)) from None
    title = "govnews" + (f" · {site_name}" if site_name else "") + (f" · {query}" if query else "")
    sys.stdout.buffer.write(atom_feed(articles, title, f"{site_name}|{query}|{include_duplicates}"))
    sys.stdout.buffer.write(b"\n")


def main() -> None:
    cli(prog_name="govnews")


if __name__ == "__main__":
    main()
