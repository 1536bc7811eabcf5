"""The config file: which sites to crawl, where their list pages are, how politely, and
the watches that send what they find to a webhook.

Read from TOML and validated on load, in this one place (the daemon, `crawl` and `check`
all read it here); every error names the file, the site or watch, and the field, so that
a typo is fixed in one look.
"""

from __future__ import annotations

import importlib.resources
import math
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import parsers

DEFAULT_SITES = importlib.resources.files("seeds") / "sites.toml"  # package data: works from a wheel too
NAME = re.compile(r"^[a-z0-9][a-z0-9_.-]*$")
# A host as allowed_domains names it: DNS labels or an IPv4 address (no scheme, port, path).
HOST = re.compile(r"^(?=.{1,253}$)[A-Za-z0-9\u0080-\uffff]([A-Za-z0-9\u0080-\uffff-]{0,61}[A-Za-z0-9\u0080-\uffff])?"
                  r"(\.[A-Za-z0-9\u0080-\uffff]([A-Za-z0-9\u0080-\uffff-]{0,61}[A-Za-z0-9\u0080-\uffff])?)*\.?$")
# Numeric fields: (least, greatest) accepted. The bounds are generous and finite: `inf`
# is valid TOML, and a delay of inf hung a crawl for 83 minutes; a revisit window past a
# century overflows date arithmetic.
NUMBER_BOUNDS = {
    "interval_minutes": (0.01, 366 * 24 * 60),   # at most yearly
    "delay": (0, 3600),                           # seconds between requests to the site
    "concurrency": (1, 64),                       # requests at once to the site
    "revisit_days": (0, 3660),                    # how far back stored articles are re-checked
    "revisit_hours": (0.01, 366 * 24),            # how long before a page is checked again
}
INTEGER_FIELDS = ("concurrency",)
DIGEST_TIME = re.compile(r"^([01]?[0-9]|2[0-3]):([0-5][0-9])$")  # "08:30", in the config's time zone


class SiteConfigError(ValueError):
    """The site list is unusable; the message names file, site and field."""


@dataclass(frozen=True)
class Site:
    name: str
    parser: str = "auto"
    start_urls: tuple[str, ...] = ()
    allowed_domains: tuple[str, ...] = ()
    article_links: str | None = None
    article_pattern: str | None = None
    next_page: str | None = None
    interval_minutes: float | None = None
    cron: str | None = None
    delay: float = 2.0
    concurrency: int = 2
    revisit_days: float = 7.0
    revisit_hours: float = 24.0
    list_mode: str = "html"  # the CMS family that reads its list pages (crawler/lists), or "auto"
    list_params: dict | None = None  # that family's own settings (method, category, page_template…)
    max_list_pages: int | None = None  # list pages (and data requests) one crawl reads at most

    @property
    def is_template(self) -> bool:
        """An entry with no start URL yet: documented, not crawlable."""
        return not self.start_urls


def _check(condition: bool, where: str, field_name: str, problem: str) -> None:
    if not condition:
        raise SiteConfigError(f"{where}: field {field_name!r}: {problem}")


def _url_problem(value) -> str | None:
    """Why `value` is no usable http(s) URL (bad host, port, scheme), or None."""
    from crawler.urls import LinkError, absolute_url

    if not isinstance(value, str):
        return "not a string"
    try:
        absolute_url(value, value)
    except LinkError as error:
        return str(error)
    parts = urlsplit(value)
    return None if parts.scheme in ("http", "https") else "not an http(s) URL"


def _is_http_url(value) -> bool:
    return _url_problem(value) is None


def _number_problem(value, name: str) -> str | None:
    least, greatest = NUMBER_BOUNDS[name]
    integer = name in INTEGER_FIELDS
    if isinstance(value, bool) or not isinstance(value, int if integer else (int, float)):
        return f"must be {'a whole number' if integer else 'a number'}, from {least} to {greatest}"
    if not math.isfinite(value) or not least <= value <= greatest:
        return f"must be from {least} to {greatest}, not {value}"
    return None


def _is_css(selector: str) -> bool:
    from cssselect import GenericTranslator, SelectorError

    try:
        GenericTranslator().css_to_xpath(selector)
    except SelectorError:
        return False
    return True


def _validate(entry: dict, where: str) -> Site:
    known = set(Site.__dataclass_fields__)
    unknown = sorted(set(entry) - known)
    _check(not unknown, where, unknown[0] if unknown else "", f"unknown field (known: {', '.join(sorted(known))})")
    _check(isinstance(entry.get("name"), str) and bool(NAME.match(entry.get("name", ""))), where, "name",
           "required: lower-case letters, digits, '-', '_' or '.'")
    parser = entry.get("parser", "auto")
    _check(parser == "auto" or parser in parsers.PARSER_NAMES, where, "parser", f"must be 'auto' or one of {', '.join(parsers.PARSER_NAMES)}")
    for name in ("start_urls", "allowed_domains"):
        value = entry.get(name, [])
        _check(isinstance(value, list) and all(isinstance(v, str) for v in value), where, name, "must be a list of strings")
    for url in entry.get("start_urls", []):
        problem = _url_problem(url)
        _check(problem is None, where, "start_urls", f"{url!r}: {problem}")
    for host in entry.get("allowed_domains", []):
        _check(bool(HOST.match(host)), where, "allowed_domains", f"{host!r}: hosts only, without scheme, port, path or spaces")
    for name in ("article_links", "next_page", "article_pattern", "cron"):
        _check(entry.get(name) is None or isinstance(entry[name], str), where, name, "must be a string")
    for name in ("article_links", "next_page"):
        if entry.get(name):
            _check(_is_css(entry[name]), where, name, f"not a CSS selector: {entry[name]!r}")
    if entry.get("article_pattern"):
        try:
            re.compile(entry["article_pattern"])
        except re.error as error:
            raise SiteConfigError(f"{where}: field 'article_pattern': not a regular expression ({error})") from None
    _check_lists(entry, where)
    if entry.get("start_urls") and entry.get("list_mode", "html") == "html" and not (entry.get("list_params") or {}).get("page_template"):
        _check(bool(entry.get("article_links") or entry.get("article_pattern")), where, "article_links",
               "give article_links (a CSS selector) or article_pattern (a regular expression)")
    if entry.get("start_urls"):
        _check(bool(entry.get("interval_minutes")) != bool(entry.get("cron")), where, "interval_minutes",
               "give exactly one of interval_minutes and cron")
    if entry.get("cron"):
        _check_cron(entry["cron"], where)
    for name in NUMBER_BOUNDS:
        if entry.get(name) is not None:
            problem = _number_problem(entry[name], name)
            _check(problem is None, where, name, problem or "")
    values = {k: tuple(v) if isinstance(v, list) else v for k, v in entry.items()}
    if not values.get("allowed_domains"):
        values["allowed_domains"] = tuple(sorted({urlsplit(u).hostname for u in values.get("start_urls", ())}))
    return Site(**values)


def _check_lists(entry: dict, where: str) -> None:
    """The list fields: a known family, a table of settings, a page count."""
    from crawler.lists import params as checks
    from crawler.lists.registry import LIST_MODES, params_of

    mode = entry.get("list_mode", "html")
    _check(isinstance(mode, str) and mode in LIST_MODES, where, "list_mode", f"must be one of {', '.join(LIST_MODES)}")
    params = entry.get("list_params", {})
    _check(isinstance(params, dict), where, "list_params", "must be a table (e.g. {method = \"GET\"})")
    wrong = checks.problems(params, params_of(mode))
    _check(not wrong, where, "list_params", f"{wrong[0] if wrong else ''} (list_mode {mode})")
    pages = entry.get("max_list_pages")
    _check(pages is None or (isinstance(pages, int) and not isinstance(pages, bool) and pages >= 1), where,
           "max_list_pages", "must be a whole number, at least 1")


def _check_cron(expression: str, where: str) -> None:
    from crawler.schedule import CronError, crontab_trigger  # APScheduler, only when a site has a cron

    try:
        crontab_trigger(expression)
    except CronError as error:
        raise SiteConfigError(f"{where}: field 'cron': {error}") from None


@dataclass(frozen=True)
class Watch:
    """A saved search whose new matches are sent to a webhook (crawler/outputs/watches.py)."""

    name: str
    query: str
    webhook: str
    format: str = "json"
    site: str | None = None
    include_duplicates: bool = False
    keyword: str | None = None  # a word the bot requires in every message (besides the name)
    secret: str | None = None  # the bot's signing secret (DingTalk, Feishu)
    digest: str | None = None  # "08:30": one message a day instead of one per article


def _validate_watch(entry: dict, where: str, site_names: set[str]) -> Watch:
    from crawler.outputs.webhooks import FORMATS  # the formats' registry, read when a watch is

    known = set(Watch.__dataclass_fields__)
    unknown = sorted(set(entry) - known)
    _check(not unknown, where, unknown[0] if unknown else "", f"unknown field (known: {', '.join(sorted(known))})")
    for name in ("name", "query", "webhook"):
        _check(isinstance(entry.get(name), str) and bool(entry[name].strip()), where, name, "required: a non-empty string")
    _check(_is_http_url(entry["webhook"]), where, "webhook", "must be an http(s) URL")
    fmt = entry.get("format", "json")
    _check(fmt in FORMATS, where, "format", f"one of {', '.join(FORMATS)}")
    _check(isinstance(entry.get("include_duplicates", False), bool), where, "include_duplicates", "true or false")
    for name in ("site", "keyword", "secret", "digest"):
        _check(entry.get(name) is None or (isinstance(entry[name], str) and bool(entry[name].strip())), where, name,
               "must be a non-empty string")
    _check(entry.get("site") is None or entry["site"] in site_names, where, "site", "no [[site]] has this name")
    _check(not entry.get("secret") or FORMATS[fmt].SIGNED, where, "secret",
           f"only {', '.join(n for n, f in FORMATS.items() if f.SIGNED)} bots sign their messages")
    _check(not entry.get("digest") or bool(DIGEST_TIME.match(entry["digest"])), where, "digest", "a time of day as HH:MM")
    return Watch(**entry)


@dataclass(frozen=True)
class Config:
    """Everything a config file says: its sites, its watches, and the time zone of their
    schedules (`timezone = "Asia/Shanghai"` at the top of the file, the default)."""

    source: str
    sites: tuple[Site, ...] = ()
    watches: tuple[Watch, ...] = ()
    timezone: str = "Asia/Shanghai"
    contact: str | None = None  # put in the User-Agent, so a site's operator can reach the user


def _tables(data: dict, kind: str, source: str, errors: list[str]) -> list[dict]:
    entries = data.get(kind, [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        errors.append(f"{source}: {kind}s are [[{kind}]] tables")
        return []
    return entries


def _each(entries: list[dict], kind: str, source: str, validate, errors: list[str]) -> list:
    """Every entry that validates; one line in `errors` for each that does not, and for a
    name used twice."""
    valid = []
    for i, entry in enumerate(entries):
        try:
            valid.append(validate(entry, f"{source}: {kind} {entry.get('name', f'#{i + 1}')!r}"))
        except SiteConfigError as error:
            errors.append(str(error))
    names = [e.name for e in valid]
    errors += [f"{source}: {kind} {n!r}: field 'name': used by more than one {kind}" for n in sorted({n for n in names if names.count(n) > 1})]
    return valid


def check_config(text: str, source: str = "<config>") -> tuple[Config, list[str]]:
    """What a config text holds (the entries that are valid) and one line per error."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        return Config(source), [f"{source}: not valid TOML ({error})"]
    errors: list[str] = []
    zone = data.get("timezone", "Asia/Shanghai")
    try:
        from zoneinfo import ZoneInfo

        ZoneInfo(zone)
    except (TypeError, ValueError, LookupError):
        errors.append(f"{source}: field 'timezone': not a time zone name like \"Asia/Shanghai\"")
        zone = "Asia/Shanghai"
    contact = data.get("contact")
    if contact is not None and not (isinstance(contact, str) and contact.strip() and contact.isprintable()):
        errors.append(f"{source}: field 'contact': a mail address or web page on one line")
        contact = None
    sites = _each(_tables(data, "site", source, errors), "site", source, _validate, errors)
    site_names = {s.name for s in sites}
    watches = _each(_tables(data, "watch", source, errors), "watch", source,
                    lambda entry, where: _validate_watch(entry, where, site_names), errors)
    return Config(source, tuple(sites), tuple(watches), zone, contact), errors


def parse_config(text: str, source: str = "<config>") -> Config:
    """The config in a TOML text; SiteConfigError (the first error, one line) if any is wrong."""
    config, errors = check_config(text, source)
    if errors:
        raise SiteConfigError(errors[0])
    return config


def read_config_text(path: str | Path) -> str:
    path = Path(path)
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SiteConfigError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise SiteConfigError(f"{path}: cannot read ({error})") from None


def load_config(path: str | Path = DEFAULT_SITES) -> Config:
    """Sites and watches of a TOML file; SiteConfigError names what is wrong."""
    return parse_config(read_config_text(path), str(path))


def parse_sites(text: str, source: str = "<sites>") -> list[Site]:
    return list(parse_config(text, source).sites)


def load_sites(path: str | Path = DEFAULT_SITES) -> list[Site]:
    """The sites in a TOML file; SiteConfigError names what is wrong."""
    return list(load_config(path).sites)
