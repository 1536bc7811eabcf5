"""`govnews add-site URL`: a real site added by its list page's URL, with the evidence."""

from __future__ import annotations

import json
from pathlib import Path

import click

from crawler.cli.common import BadInput, Failed, check_http_url


@click.command("add-site")
@click.argument("url")
@click.option("--name", default=None, help="The site's name in the site list (default: from the URL).")
@click.option("--write", "write_to", default=None, metavar="FILE",
              help="Append the entry to this site list (created if missing), only when every check passes.")
@click.option("--json", "as_json", is_flag=True, help="Print the evidence and the entry as one JSON object.")
def add_site(url: str, name: str | None, write_to: str | None, as_json: bool) -> None:
    """Fetch a list page (robots.txt obeyed), recognise its CMS family, list its article
    links, fetch and check page 2, parse three sample articles, and print the [[site]]
    entry that crawls it. Exit 1 with one line when the page is blocked, is no list, or a
    check fails; exit 2 when URL is no http(s) address or NAME no valid site name."""
    from crawler.config import SiteConfigError, parse_sites
    from crawler.lists.discover import AddSiteError, discover
    from crawler.lists.entry import to_toml

    _check_input(url, name)
    if write_to:
        _read_site_list(Path(write_to))  # a file that cannot take the entry is said before any fetch
    try:
        evidence = discover(url, name=name)
    except AddSiteError as error:
        raise Failed(str(error)) from None
    text = to_toml(evidence.entry)
    try:
        parse_sites(text, "the new entry")
    except SiteConfigError as error:  # a name the user gave that the site list refuses
        raise Failed(str(error)) from None
    click.echo(json.dumps({**evidence.to_dict(), "toml": text}, ensure_ascii=False, indent=1) if as_json else _report(evidence, text))
    if not evidence.ok:
        raise Failed(f"checks failed, nothing written: {evidence.problems[0]}")
    if write_to:
        _append(Path(write_to), text, evidence.entry["name"])
        click.echo(f"written to {write_to}", err=True)


def _check_input(url: str, name: str | None) -> None:
    """Refuse, before any fetch, what can never become an entry: a file path or another
    scheme where a web address belongs, a name the site list would refuse."""
    from crawler.config import NAME

    check_http_url(url, hint=" (for a saved page: govnews links PAGE)")
    if name is not None and not NAME.match(name):
        raise BadInput(f"--name {name!r}: lower-case letters, digits, '-', '_' or '.', starting with a letter or digit")


def _report(evidence, text: str) -> str:
    lines = [f"family: {evidence.family}", f"list: {evidence.first.describe()}: {len(evidence.links)} article links"]
    lines += [f"  {link.date or '----------'}  {link.title or '-'}  {link.url}" for link in evidence.links]
    if evidence.second:
        lines.append(f"page 2: {evidence.second.describe()}: {len(evidence.second_links)} article links")
        lines += [f"  {link.date or '----------'}  {link.title or '-'}  {link.url}" for link in evidence.second_links[:3]]
    lines.append("samples:")
    lines += [f"  {'ok    ' if s.ok else 'FAILED'}  {s.url}  {s.title or s.error}" for s in evidence.samples]
    lines += [f"note: {note}" for note in evidence.notes]
    lines += [f"problem: {problem}" for problem in evidence.problems]
    return "\n".join([*lines, "", text.rstrip()])


def _read_site_list(path: Path) -> str:
    """The site list --write appends to ("" when it is still to be made); BadInput when
    it cannot take an entry: a directory, no such directory, unreadable, not a site list."""
    from crawler.config import SiteConfigError, parse_sites

    if path.is_dir():
        raise BadInput(f"{path}: is a directory (--write names the site list file)")
    if not path.parent.is_dir():
        raise BadInput(f"{path}: no such directory ({path.parent})")
    if not path.exists():
        return ""
    try:
        existing = path.read_text(encoding="utf-8")
        parse_sites(existing, str(path))
    except (OSError, UnicodeDecodeError) as error:
        raise BadInput(f"{path}: cannot read ({error})") from None
    except SiteConfigError as error:
        raise BadInput(f"{error} (nothing written)") from None
    return existing


def _append(path: Path, text: str, name: str) -> None:
    from crawler.config import SiteConfigError, parse_sites

    existing = _read_site_list(path)
    if name in {site.name for site in parse_sites(existing, str(path))}:
        raise Failed(f"{path}: has a site named {name!r} already (nothing written; --name NAME gives this one another)")
    try:
        parse_sites(existing + ("\n" if existing else "") + text, str(path))
    except SiteConfigError as error:
        raise Failed(f"{error} (nothing written)") from None
    try:
        with path.open("a", encoding="utf-8") as out:
            out.write(("\n" if existing and not existing.endswith("\n\n") else "") + text)
    except OSError as error:
        raise Failed(f"{path}: cannot write ({error.strerror})") from None
