"""`govnews run`: the monitoring daemon (also `python scheduler.py`)."""

from __future__ import annotations

import contextlib
import logging
import sys
from pathlib import Path

import click

from crawler.outputs.clock import LOG_FORMAT, ChinaTimeFormatter

from crawler.cli.common import (
    BadInput, config_option, choose_sites, db_option, default_sites_file, log, open_store, parse_settings,
    start_demo_server,
)


@click.command()
@config_option
@db_option
@click.option("--demo", is_flag=True, help="Start the demo site and poll it every 5 seconds (with the config's own sites and watches).")
@click.option("--once", is_flag=True, help="Crawl every site once, deliver the watches, and exit.")
@click.option("--log-file", type=click.Path(dir_okay=False, writable=True), help="Also write the log to this file.")
@click.option("--crawl-timeout", default=1800, show_default=True, type=click.FloatRange(min=1), metavar="SECONDS",
              help="Stop and record a crawl that runs longer than this.")
@click.option("-s", "--set", "settings", multiple=True, metavar="NAME=VALUE", help="Scrapy setting for every crawl (repeatable).")
def run(config_path: str | None, db_path: str, demo: bool, once: bool, log_file: str | None, crawl_timeout: float,
        settings: tuple[str, ...]) -> None:
    """Run the monitoring daemon: every site on its schedule, watches delivered, site
    health checked, until SIGTERM or Ctrl-C (the running crawl is closed cleanly)."""
    from crawler.config import SiteConfigError
    from crawler.daemon import Daemon, demo_config, install_signal_handlers
    from crawler.demo.site import DEMO_SETTINGS
    from crawler.outputs.watches import load_watches

    config_path = config_path or default_sites_file()
    if log_file:
        try:
            handler = logging.FileHandler(log_file, encoding="utf-8")
        except OSError as error:
            raise BadInput(f"--log-file {log_file}: cannot write ({error.strerror})") from None
        handler.setFormatter(ChinaTimeFormatter(LOG_FORMAT))
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
