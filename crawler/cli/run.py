"""`govnews run`: the monitoring daemon (also `python scheduler.py`)."""

from __future__ import annotations

import contextlib
import logging
import sys
from pathlib import Path

import click

from crawler.outputs.clock import LOG_FORMAT, ChinaTimeFormatter

from crawler.cli.common import (
    BadInput, config_option, db_option, default_sites_file, load_site_config, log, open_store, parse_settings,
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
    health checked, until SIGTERM or Ctrl-C (the running crawl is closed cleanly).
    SIGHUP reads the config again."""
    from crawler.daemon import Daemon, install_signal_handlers
    from crawler.demo.site import DEMO_SETTINGS, demo_site_entry

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
    config = None if demo and not Path(config_path).exists() else load_site_config(config_path)
    with contextlib.ExitStack() as stack:
        extra = ()
        if demo:
            server = stack.enter_context(start_demo_server())
            extra = (demo_site_entry(server.base_url),)
            overrides = {**DEMO_SETTINGS, **overrides}
            log.warning("demo site at %s, polled every 5 seconds", server.base_url)
        for site in config.sites if config and not demo else ():  # --demo takes what it can, quietly
            if site.is_template:
                log.warning("site %s has no start_urls yet (a template in %s): skipped", site.name, config_path)
        daemon = Daemon(config, db_path, config_path if config else None, overrides, crawl_timeout, extra)
        if not daemon.sites:
            raise BadInput(f"no site to crawl: fill in start_urls in {config_path}, or try --demo")
        install_signal_handlers(daemon)
        code = daemon.run_once() if once else daemon.run_forever()
    sys.exit(code)
