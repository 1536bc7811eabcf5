"""The CLI documents itself: every command and option has help text."""

from __future__ import annotations

import click
import pytest

from crawler.cli import cli

COMMANDS = sorted((name, cli.get_command(click.Context(cli), name)) for name in cli.list_commands(click.Context(cli)))


@pytest.mark.parametrize("name, command", COMMANDS, ids=[n for n, _ in COMMANDS])
def test_every_command_and_option_has_help(name, command):
    assert command.help, f"command {name} has no docstring"
    for param in command.params:
        if isinstance(param, click.Option):
            assert param.help, f"{name} {param.opts} has no help"


def test_group_options_have_help():
    assert all(p.help for p in cli.params if isinstance(p, click.Option) and p.name != "version")


def test_help_lists_every_command_without_importing_scrapy():
    """`govnews --help` imports each command's module, and none of them pulls in Scrapy."""
    import subprocess
    import sys

    code = "import sys; from crawler.cli import main; sys.argv=['govnews','--help']\ntry:\n main()\nexcept SystemExit: pass\nprint(sorted(m for m in ('scrapy','twisted','numpy','apscheduler') if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip().endswith("[]"), done.stdout
    for name in cli.list_commands(click.Context(cli)):
        assert name in done.stdout
