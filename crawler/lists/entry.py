"""A site-list entry as TOML text, for `add-site` to print and append (tomllib reads TOML
but does not write it; the entries we write are flat enough to do it here)."""

from __future__ import annotations

import json
import re
from urllib.parse import urlsplit

# The order fields are written in, as docs/crawling.md lists them.
FIELD_ORDER = ("name", "parser", "list_mode", "list_params", "start_urls", "allowed_domains", "article_links",
               "article_pattern", "next_page", "max_list_pages", "interval_minutes", "cron", "delay", "concurrency")
GENERIC_SEGMENTS = {"index.html", "index.shtml", "index.htm", "index", "list.html", "list.shtml", ""}


def _value(value) -> str:
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # a TOML basic string: JSON's escapes are TOML's
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_key(k)} = {_value(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"cannot write {type(value).__name__} as TOML")


def _key(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else json.dumps(key, ensure_ascii=False)


def to_toml(entry: dict, comment: str | None = None) -> str:
    lines = [f"# {line}" for line in (comment or "").splitlines()]
    lines.append("[[site]]")
    for name in (*FIELD_ORDER, *sorted(set(entry) - set(FIELD_ORDER))):
        if entry.get(name) not in (None, {}, ()):
            lines.append(f"{name} = {_value(entry[name])}")
    return "\n".join(lines) + "\n"


def site_name(url: str) -> str:
    """A name for the site from its URL: the host without www, and the column's last
    meaningful path segment (`www.example.gov.cn/xwzx/tzgg/index.html` → example.gov.cn-tzgg)."""
    parts = urlsplit(url)
    host = (parts.hostname or "site").lower().removeprefix("www.")
    segments = [s for s in parts.path.split("/") if s.lower() not in GENERIC_SEGMENTS]
    slug = re.sub(r"\.s?html?$", "", segments[-1]) if segments else ""
    name = re.sub(r"[^a-z0-9_.-]+", "-", f"{host}-{slug}".lower() if slug else host).strip("-._")
    return name or "site"
