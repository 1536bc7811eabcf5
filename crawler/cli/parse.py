"""`govnews parse`: one saved page in, its article record out."""

from __future__ import annotations

import json

import click

from crawler.cli.common import BadInput, log, parse_ref_date, read_input


@click.command()
@click.argument("path")
@click.option("--url", help="The page's URL: picks the site parser by host and may hold the date.")
@click.option("--ref-date", metavar="YYYY-MM-DD", help="Day the page was fetched: resolves dates without a year (default: today).")
@click.option("--parser", "parser_name", metavar="NAME", help="Use this parser instead of choosing one (see docs/parsers.md).")
@click.option("--json", "as_json", is_flag=True, help="Print the record as one JSON object.")
def parse(path: str, url: str | None, ref_date: str | None, parser_name: str | None, as_json: bool) -> None:
    """Parse one saved page (HTML or a text capture; - for stdin) into an article record."""
    import parsers
    from crawler.outputs import records

    if parser_name is not None and parser_name not in parsers.PARSER_NAMES:
        raise BadInput(f"--parser must be one of {', '.join(parsers.PARSER_NAMES)}, not {parser_name!r}")
    reference = parse_ref_date(ref_date)
    content = read_input(path)
    try:
        article = parsers.parse_page(content, url=url, ref_date=reference, parser=parser_name)
    except parsers.NotAnArticle as error:
        raise BadInput(f"{path}: not an article: {error}") from None
    except parsers.ParseError as error:
        raise BadInput(f"{path}: {error}") from None
    log.info("parsed %s with %s", path, article.parser)
    if as_json:
        click.echo(json.dumps(article.to_dict(), ensure_ascii=False))
    else:
        click.echo(records.article_summary(article))
