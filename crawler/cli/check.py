"""`govnews check`: a config checked before the daemon is left running on it."""

from __future__ import annotations

import json
import socket
from datetime import datetime, timezone
from urllib.parse import urlsplit

import click

from crawler.cli.common import EXIT_BAD_INPUT, EXIT_FAILED, config_option, default_sites_file

CONNECT_SECONDS = 5  # a webhook host that takes longer to accept a connection is reported


def probe(url: str) -> str | None:
    """None if the webhook's host accepts a connection (nothing is sent), else why not."""
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        socket.create_connection((parts.hostname, port), timeout=CONNECT_SECONDS).close()
    except OSError as error:
        return f"cannot connect to {parts.hostname}:{port} ({error.strerror or error})"
    return None


def shown_url(url: str) -> str:
    """The webhook without its query: the token stays out of logs and screens."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}{parts.path}" + ("?…" if parts.query else "")


def site_entry(site, zone: str, now: datetime) -> dict:
    from crawler.daemon import schedule_text, trigger_for

    if site.is_template:  # not scheduled until it has a start URL
        schedule = schedule_text(site, zone) if site.cron or site.interval_minutes else None
        return {"name": site.name, "template": True, "schedule": schedule, "next_run": None}
    fire = trigger_for(site, zone, jitter=False).get_next_fire_time(None, now)
    return {"name": site.name, "template": False, "schedule": schedule_text(site, zone),
            "next_run": fire.isoformat() if fire else None}


def watch_entry(watch, source: str, offline: bool) -> tuple[dict, str | None]:
    problem = None if offline else probe(watch.webhook)
    entry = {"name": watch.name, "format": watch.format, "webhook": shown_url(watch.webhook), "signed": bool(watch.secret),
             "digest": watch.digest, "reachable": None if offline else problem is None}
    return entry, problem and f"{source}: watch {watch.name!r}: field 'webhook': {problem}"


def text_report(report: dict, source: str) -> str:
    """Two tables aligned by display width (Chinese names take two columns a character)."""
    from crawler.outputs.records import table

    sites, watches = report["sites"], report["watches"]
    templates = sum(s["template"] for s in sites)
    lines = [f"{source}: {len(sites)} sites ({templates} templates without start_urls), {len(watches)} watches", ""]
    if sites:
        lines += [table([[s["name"], s["schedule"] or "", s["next_run"] or ("template: no start_urls yet" if s["template"] else "")]
                         for s in sites], ["site", "schedule", "next run"]), ""]
    if watches:
        reach = {None: "not tried", True: "reachable", False: "UNREACHABLE"}
        lines.append(table([[w["name"], w["format"], w["webhook"], reach[w["reachable"]], "yes" if w["signed"] else "",
                             w["digest"] or ""] for w in watches],
                           ["watch", "format", "webhook", "connects", "signed", "digest"]))
    return "\n".join(lines).rstrip()


@click.command()
@config_option
@click.option("--json", "as_json", is_flag=True, help='Print {"sites": […], "watches": […], "errors": […]}.')
@click.option("--offline", is_flag=True, help="Do not try to connect to the watches' webhooks.")
def check(config_path: str | None, as_json: bool, offline: bool) -> None:
    """Check a config before leaving the daemon on it: every site and watch valid,
    templates without start URLs listed, each site's schedule and next run (ISO 8601, in
    the config's time zone), each webhook's host reachable (nothing is sent). Exit code 2
    when the config is invalid, 1 when a webhook cannot be reached; one line per error."""
    from crawler.config import SiteConfigError, check_config, read_config_text

    source = config_path or default_sites_file()
    try:
        config, errors = check_config(read_config_text(source), source)
    except SiteConfigError as error:
        config, errors = None, [str(error)]
    now = datetime.now(timezone.utc)
    sites = [site_entry(s, config.timezone, now) for s in config.sites] if config else []
    watched = [watch_entry(w, source, offline) for w in config.watches] if config else []
    unreachable = [problem for _, problem in watched if problem]
    report = {"sites": sites, "watches": [entry for entry, _ in watched], "errors": errors + unreachable}
    if as_json:
        click.echo(json.dumps(report, ensure_ascii=False, indent=1))
    else:
        if config:
            click.echo(text_report(report, source))
        for line in report["errors"]:
            click.echo(f"govnews: {line}", err=True)
    if errors:
        raise SystemExit(EXIT_BAD_INPUT)
    if unreachable:
        raise SystemExit(EXIT_FAILED)
