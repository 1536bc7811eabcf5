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


# `status` also checks the site list: its crons with APScheduler, its CSS selectors with lxml.
SITE_LIST_CHECKS = ["apscheduler", "lxml"]


@pytest.mark.parametrize("command, allowed", [(["search", "项目"], []), (["dupes"], []), (["status"], SITE_LIST_CHECKS),
                                              (["export"], []), (["feed"], [])])
def test_read_commands_import_no_heavy_library(command, allowed, tmp_path):
    """What made `govnews search` take 0.5 s: numpy (through sqlite-utils and the
    fingerprints), lxml and BeautifulSoup (through the parsers), Scrapy. None is needed to
    read the store (bench/cli_startup.py measures the time itself)."""
    import subprocess
    import sys

    from click.testing import CliRunner

    from conftest import SEED_DIR

    db = str(tmp_path / "news.db")
    CliRunner().invoke(cli, ["ingest", str(SEED_DIR), "--db", db, "--ref-date", "2023-03-01"])
    code = ("import sys; from crawler.cli import main\n"
            f"sys.argv = ['govnews', *{command!r}, '--db', {db!r}]\n"
            "try:\n main()\nexcept SystemExit: pass\n"
            "print(sorted(m for m in ('numpy', 'scrapy', 'twisted', 'apscheduler', 'bs4', 'lxml', 'sqlite_utils') if m in sys.modules), file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stderr.strip().splitlines()[-1] == str(allowed), done.stderr
