"""`govnews watch test NAME`: one test message through a watch's webhook, and the answer."""

from __future__ import annotations

import json

import click

from crawler.cli.common import BadInput, Failed, config_option, default_sites_file


@click.group()
def watch() -> None:
    """Try the watches of a config."""


@watch.command("test")
@click.argument("name")
@config_option
def test_watch(name: str, config_path: str | None) -> None:
    """Send one test message through the watch NAME (formatted, keyworded and signed as
    its alerts are) and print the bot's answer. Exit code 1 if it was refused."""
    from crawler.config import SiteConfigError, load_config
    from crawler.outputs.watches import send_message
    from crawler.outputs.webhooks.message import trial_message
    from crawler.outputs.webhooks.transport import Connection, DeliveryError

    source = config_path or default_sites_file()
    try:
        config = load_config(source)
    except SiteConfigError as error:
        raise BadInput(str(error)) from None
    chosen = {w.name: w for w in config.watches}.get(name)
    if chosen is None:
        raise BadInput(f"no watch named {name!r} in {source} (known: {', '.join(w.name for w in config.watches) or 'none'})")
    try:
        reply = send_message(chosen, trial_message(chosen), Connection().post)
    except DeliveryError as error:
        kind = "refused for good" if error.permanent else "failed (would be retried)"
        raise Failed(f"watch {name!r}: {kind}: {error}") from None
    answer = json.dumps(reply.data, ensure_ascii=False) if reply and reply.data is not None else "(no JSON)"
    click.echo(f"watch {name}: HTTP {reply.status if reply else '?'} {answer}")
