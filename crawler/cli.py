"""The `govnews` command line. Each command's docstring is its help.

Libraries raise; this module alone turns errors into one-line messages and exit codes:
0 done, 1 failed, 2 bad input (including a page that is not an article).
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import date
from pathlib import Path

import click

import parsers
from parsers import Article, NotAnArticle, ParseError

log = logging.getLogger("govnews")

EXIT_BAD_INPUT = 2
# How much of the body the readable summary shows.
SUMMARY_PARAGRAPHS = 3
SUMMARY_PARAGRAPH_CHARS = 120


class BadInput(click.ClickException):
    """A one-line error about what the user gave us, exit code 2."""

    exit_code = EXIT_BAD_INPUT

    def show(self, file=None) -> None:
        click.echo(f"govnews: {self.format_message()}", err=True)


def parse_ref_date(value: str | None) -> date:
    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise BadInput(f"--ref-date must be a date as YYYY-MM-DD, not {value!r}") from None


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


def summary(article: Article) -> str:
    """The record as a person reads it: fields first, then the opening of the body."""
    paragraphs = article.text.split("\n")
    lines = [
        f"title:        {article.title}" + ("  (derived from the lead)" if article.title_derived else ""),
        f"published_at: {article.published_at or '-'}" + (f"  ({article.date_source})" if article.date_source else ""),
        f"source:       {article.source or '-'}",
        f"region:       {article.region or '-'}",
        f"zone:         {article.zone or '-'}",
        f"keywords:     {', '.join(article.keywords) or '-'}",
        f"parser:       {article.parser}",
        f"url:          {article.url or '-'}",
        f"body:         {len(paragraphs)} paragraphs, {len(article.text)} characters",
        "",
    ]
    for paragraph in paragraphs[:SUMMARY_PARAGRAPHS]:
        cut = paragraph[:SUMMARY_PARAGRAPH_CHARS]
        lines.append("  " + cut + ("…" if len(paragraph) > len(cut) else ""))
    if len(paragraphs) > SUMMARY_PARAGRAPHS:
        lines.append(f"  … {len(paragraphs) - SUMMARY_PARAGRAPHS} more paragraphs")
    lines.extend(f"warning: {w}" for w in article.warnings)
    return "\n".join(lines)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="govnews")
@click.option("--log-level", default="WARNING", show_default=True, envvar="GOVNEWS_LOG_LEVEL",
              type=click.Choice(["DEBUG", "INFO", "WARNING", "ERROR"], case_sensitive=False),
              help="How much to log on stderr.")
def cli(log_level: str) -> None:
    """govnews: crawl and monitor Chinese local-government news."""
    logging.basicConfig(level=log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")


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
        click.echo(summary(article))


def main() -> None:
    cli(prog_name="govnews")
