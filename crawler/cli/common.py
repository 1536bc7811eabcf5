"""What every command shares: the one-line errors and exit codes, the shared options and
the small readers of command-line values.

Libraries raise; only the command line turns errors into one-line messages and exit codes:
0 done, 1 failed, 2 bad input (including a page that is not an article). Nothing here
imports Scrapy, Twisted or the daemon: `govnews --help` and the read commands stay quick.
"""

from __future__ import annotations

import logging
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from crawler.config import Config, Site
    from crawler.demo.site import DemoServer
    from crawler.store import Store

log = logging.getLogger("govnews")

EXIT_FAILED = 1
EXIT_BAD_INPUT = 2
# Settings whose defaults are whole numbers but which Scrapy reads as floats (getfloat).
FLOAT_SETTINGS = ("DOWNLOAD_TIMEOUT", "CLOSESPIDER_TIMEOUT", "DNS_TIMEOUT", "DOWNLOAD_DELAY")
# The largest --limit: SQLite integers stop at 2**63 - 1, and more rows than this is "all".
MAX_LIMIT = 1_000_000_000
DEFAULT_DB = "news.db"
DEFAULT_SITES_SHOWN = "seeds/sites.toml"


class BadInput(click.ClickException):
    """A one-line error about what the user gave us, exit code 2."""

    exit_code = EXIT_BAD_INPUT

    def show(self, file=None) -> None:
        click.echo(f"govnews: {self.format_message()}", err=True)


class Failed(BadInput):
    """A one-line error about something that went wrong, exit code 1."""

    exit_code = EXIT_FAILED


class Stopped(KeyboardInterrupt):
    """SIGTERM, met as Ctrl-C is (click says "Aborted!", exit 1)."""


def _stop(signum, frame) -> None:
    raise Stopped()


def stop_on_sigterm() -> None:
    """For commands that write rows of their own (ingest, reparse): their `finally`
    blocks close the run's row `interrupted` instead of leaving it `running`. Not for
    crawls or the daemon: Scrapy and the daemon handle SIGTERM themselves, and an
    exception raised inside Scrapy's setup would only be logged."""
    import signal

    signal.signal(signal.SIGTERM, _stop)


db_option = click.option(
    "--db", "db_path", default=DEFAULT_DB, show_default=True, envvar="GOVNEWS_DB", metavar="PATH",
    help="The SQLite file of articles (also $GOVNEWS_DB).",
)


def existing_file(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """A file the user named must exist: a mistyped path is an error, never an empty list."""
    if value is not None and not Path(value).is_file():
        raise BadInput(f"{value}: no such file ({param.name.replace('_path', '')} file)")
    return value


config_option = click.option(
    "--config", "--sites", "config_path", default=None, callback=existing_file, show_default=DEFAULT_SITES_SHOWN,
    metavar="FILE", help="The site list (sites and watches) to read; --sites is the same option.",
)


def check_site_names(names, known, where: str) -> None:
    """An unknown site name is an error everywhere, with the names that would do."""
    known = list(known)
    for name in names:
        if name is not None and name not in known:
            raise BadInput(f"no site named {name!r} in {where} (known: {', '.join(known) or 'none'})")


def default_sites_file() -> str:
    from crawler.config import DEFAULT_SITES

    return str(DEFAULT_SITES)


def open_store(path: str, read_only: bool = False) -> Store:
    """The store at `path`; `read_only` for the commands that only read: they never
    create a file (a missing one is a one-line error) and work on a read-only one."""
    from crawler.store import Store, StoreError

    try:
        return Store(path, read_only=read_only)
    except StoreError as error:
        raise Failed(str(error)) from None


def parse_day(value: str | None, option: str) -> str | None:
    """An optional `YYYY-MM-DD` option, checked."""
    return parse_ref_date(value, option).isoformat() if value else None


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


def limit_option(default: int, help_text: str):
    """--limit, bounded: an overflowing number is a one-line error, not an SQLite traceback."""
    return click.option("--limit", default=default, show_default=True, type=click.IntRange(min=1, max=MAX_LIMIT), help=help_text)


def check_http_url(url: str, what: str = "", hint: str = "") -> None:
    """A web address the user gave (`what` names where), judged as the crawl judges a
    start URL (crawler.urls); `hint` follows the message when it is no web address at all."""
    from crawler.urls import BadLink, NotWebLink, absolute_url

    try:
        absolute_url(url, url)
    except NotWebLink:
        raise BadInput(f"{what}{url}: not an http(s) URL{hint}") from None
    except BadLink as error:
        raise BadInput(f"{what}{url}: not a URL ({str(error).split(': ', 1)[-1]})") from None


def parse_settings(pairs: tuple[str, ...]) -> dict[str, str]:
    """`-s NAME=VALUE` pairs; a value that a known numeric or yes/no setting cannot take
    is a one-line error here, not a traceback (or a crawl that never ends) later."""
    settings = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise BadInput(f"--set takes NAME=VALUE, not {pair!r}")
        name = name.strip()
        problem = setting_problem(name, value)
        if problem:
            raise BadInput(f"-s {name}={value!r}: {problem}")
        settings[name] = value
    return settings


def setting_problem(name: str, value: str) -> str | None:
    """Why `value` does not fit setting `name`, judged by the type of its default."""
    import math

    default = known_setting_default(name)
    if isinstance(default, bool):
        return None if value.strip().lower() in ("true", "false", "1", "0", "yes", "no", "on", "off") else "must be true or false"
    if (isinstance(default, int) and name not in FLOAT_SETTINGS) or name == "GOVNEWS_PARSE_WORKERS":
        if name == "GOVNEWS_PARSE_WORKERS" and not value.strip():
            return None
        try:
            number = int(value)
        except ValueError:
            return "must be a whole number"
        return None if 0 <= number <= MAX_LIMIT else f"must be from 0 to {MAX_LIMIT}"
    if isinstance(default, (int, float)):
        try:
            number = float(value)
        except ValueError:
            return "must be a number"
        return None if math.isfinite(number) and 0 <= number <= MAX_LIMIT else f"must be a finite number from 0 to {MAX_LIMIT}"
    return None


def known_setting_default(name: str):
    """The default of a govnews or Scrapy setting, or None for a name neither knows."""
    import importlib

    for module in ("crawler.settings", "scrapy.settings.default_settings"):
        value = getattr(importlib.import_module(module), name, None)
        if value is not None:
            return value
    return None


def load_site_config(sites_file: str) -> Config:
    from crawler.config import SiteConfigError, load_config

    try:
        return load_config(sites_file)
    except SiteConfigError as error:
        raise BadInput(str(error)) from None


def load_site_list(sites_file: str) -> list[Site]:
    return list(load_site_config(sites_file).sites)




def choose_sites(sites_file: str, names: tuple[str, ...], config: Config | None = None) -> list[Site]:
    """The sites to crawl: those named (all by default), templates left out with a note."""
    sites = list((config or load_site_config(sites_file)).sites)
    known = {s.name: s for s in sites}
    check_site_names(names, known, sites_file)
    chosen = [known[n] for n in names] if names else sites
    for site in chosen:
        if site.is_template:
            log.warning("site %s has no start_urls yet (a template in %s): skipped", site.name, sites_file)
    crawlable = [s for s in chosen if not s.is_template]
    if not crawlable:
        raise BadInput(f"no site to crawl: fill in start_urls in {sites_file}, or try --demo")
    return crawlable


def start_demo_server() -> DemoServer:
    """The demo site on its usual port, so that URLs stay the same from one crawl to the
    next; on any free port (with a warning) when that one is taken."""
    from crawler.demo import DEMO_PORT
    from crawler.demo.site import DemoServer

    try:
        return DemoServer(port=DEMO_PORT)
    except OSError:
        log.warning("port %d is taken: the demo site runs on another, so its URLs are new to the database", DEMO_PORT)
        return DemoServer(port=0)
