"""The `govnews` command line: one click group whose commands live one a module and are
imported only when run (or when `--help` lists them), so the command line starts at once.

Adding a command is one module here and one line in `COMMANDS`. Each command's docstring
is its help. The modules keep Scrapy, Twisted, numpy and the daemon out of their top-level
imports; `crawler.cli.common` holds the errors, exit codes and options they share.
"""

from __future__ import annotations

import importlib
import sys

import click

from crawler.outputs.clock import configure_logging

# Command name -> "module:function", in the order `govnews --help` lists them.
COMMANDS = {
    "crawl": "crawler.cli.crawl:crawl",
    "run": "crawler.cli.run:run",
    "check": "crawler.cli.check:check",
    "watch": "crawler.cli.watch:watch",
    "status": "crawler.cli.status:status",
    "search": "crawler.cli.search:search",
    "dupes": "crawler.cli.dupes:dupes",
    "export": "crawler.cli.export:export",
    "feed": "crawler.cli.feed:feed",
    "serve": "crawler.cli.serve:serve",
    "parse": "crawler.cli.parse:parse",
    "links": "crawler.cli.links:links",
    "add-site": "crawler.cli.add_site:add_site",
    "ingest": "crawler.cli.ingest:ingest",
    "reparse": "crawler.cli.reparse:reparse",
    "demo-site": "crawler.cli.demo_site:demo_site",
}


class LazyGroup(click.Group):
    """A group that imports a command's module only when the command is needed (the
    pattern in click's documentation, "Lazily Loading Subcommands")."""

    def __init__(self, *args, lazy_commands: dict[str, str], **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.lazy_commands = lazy_commands

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [*super().list_commands(ctx), *self.lazy_commands]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.lazy_commands:
            return super().get_command(ctx, cmd_name)
        module_name, attribute = self.lazy_commands[cmd_name].split(":")
        return getattr(importlib.import_module(module_name), attribute)


@click.group(cls=LazyGroup, lazy_commands=COMMANDS, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="govnews")
@click.option("--log-level", default="WARNING", show_default=True, envvar="GOVNEWS_LOG_LEVEL",
              type=click.Choice(["DEBUG", "INFO", "WARNING", "ERROR"], case_sensitive=False),
              help="How much to log on stderr.")
def cli(log_level: str) -> None:
    """govnews: crawl and monitor Chinese local-government news."""
    configure_logging(log_level.upper())


def main() -> None:
    """The command line, with a last net: a database that fails under a command (full
    disk, read-only mount, corrupt page) is one line and exit 1, never a traceback.
    Checked by module, so nothing is imported for it."""
    try:
        cli(prog_name="govnews")
    except Exception as error:  # noqa: BLE001 - re-raised unless it is the database's
        message = _database_failure(error)
        if message is None:
            raise
        click.echo(f"govnews: {message}", err=True)
        sys.exit(1)


def _database_failure(error: Exception) -> str | None:
    database = sys.modules.get("crawler.store.database")
    if database is not None and isinstance(error, database.StoreError):
        return str(error)
    sqlite3 = sys.modules.get("sqlite3")
    if sqlite3 is not None and isinstance(error, sqlite3.Error):
        return f"database error: {database.explain(error) if database else error}"
    return None


if __name__ == "__main__":
    main()
