"""`govnews links PAGE`: a saved list page in, its article links out (the list-page
counterpart of `govnews parse`)."""

from __future__ import annotations

import json

import click

from crawler.cli.common import BadInput, check_http_url, read_input


@click.command()
@click.argument("page", metavar="PAGE")
@click.option("--url", default=None, help="The page's URL: links are made absolute against it.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON array: url, title, date (or null) a link.")
def links(page: str, url: str | None, as_json: bool) -> None:
    """The article links of a saved list page or data answer (JSON, JSONP, XML; any
    charset, or - for standard input), in page order: navigation, sidebars, category tabs
    and the pager left out. The page's CMS family is recognised from its markup (a Hanweb
    page's datastore rows, a TRS column's articles…); other pages are read by finding the
    group of links that looks most like a list of articles. An article page is refused
    (exit 2), with its breadcrumb's list page."""
    import parsers
    from parsers.blocks import decode

    from crawler.lists import registry
    from crawler.lists.articles import breadcrumb_list, is_article
    from crawler.lists.options import ListOptions
    from crawler.lists.page import ListPage, ListRequest

    if url is not None:
        check_http_url(url, "--url ")
    try:
        text = decode(read_input(page), None)
    except parsers.ParseError as error:  # a binary file
        raise BadInput(f"{page}: {error}") from None
    list_page = ListPage(url or "", text, ListRequest(url or "", "auto"))
    family, found = registry.read_saved(list_page, ListOptions("auto"))
    if family.NAME == "html" and list_page.is_markup and is_article(list_page):  # its related-links box is no list of the column
        column = breadcrumb_list(list_page)
        raise BadInput(f"{page}: an article, not a list page" + (f" (its list page: {column})" if column else ""))
    if not found.links and found.awaits_data:
        raise BadInput(f"{page}: a {family.NAME} page with no rows of its own: they come from {found.next[0].describe()} "
                       "(govnews add-site URL fetches them)")
    if not found.links:
        raise BadInput(f"{page}: no article links found (not a list page?)")
    if as_json:
        click.echo(json.dumps([link.to_dict() for link in found.links], ensure_ascii=False, indent=1))
        return
    for link in found.links:
        click.echo(f"{link.date or '----------'}  {link.title or '-'}  {link.url}")
