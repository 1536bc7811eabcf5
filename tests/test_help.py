"""The CLI documents itself: every command and option has help text."""

from __future__ import annotations

import click
import pytest

from crawler.cli import cli

COMMANDS = sorted(cli.commands.items())


@pytest.mark.parametrize("name, command", COMMANDS, ids=[n for n, _ in COMMANDS])
def test_every_command_and_option_has_help(name, command):
    assert command.help, f"command {name} has no docstring"
    for param in command.params:
        if isinstance(param, click.Option):
            assert param.help, f"{name} {param.opts} has no help"


def test_group_options_have_help():
    assert all(p.help for p in cli.params if isinstance(p, click.Option) and p.name != "version")
