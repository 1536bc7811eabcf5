"""Checks of a family's own settings (`list_params`): each family names its settings and
the check each value must pass in its `PARAMS`, so that the site list refuses a typo or
a value the crawl could not use (`method = "PUT"`, `page_template = "index_{x}.html"`)
on load, with one line, instead of the crawl failing on it later.

A check takes the value and answers what is wrong with it, or None."""

from __future__ import annotations

from collections.abc import Callable

Check = Callable[[object], "str | None"]
# The placeholders a page template may hold: page n counting from 1, and from 0.
TEMPLATE_FIELDS = {"n": 2, "n0": 1}


def method(value) -> str | None:
    return None if isinstance(value, str) and value.upper() in ("GET", "POST") else "must be \"GET\" or \"POST\""


def count(value) -> str | None:
    """A positive whole number (perpage, window), written as a number or as digits."""
    ok = (isinstance(value, int) and not isinstance(value, bool) and value >= 1) or (isinstance(value, str) and value.isdigit() and int(value) >= 1)
    return None if ok else "must be a whole number, at least 1"


def text(value) -> str | None:
    """A word or a number (a category, a site or column id)."""
    return None if isinstance(value, (str, int)) and not isinstance(value, bool) and str(value).strip() else "must be a string"


def path(value) -> str | None:
    """An endpoint's path or URL (`/module/web/jpage/dataproxy.jsp`)."""
    return None if isinstance(value, str) and value.strip() else "must be a path or URL, as a string"


def table(value) -> str | None:
    ok = isinstance(value, dict) and all(isinstance(v, (str, int, float)) and not isinstance(v, bool) for v in value.values())
    return None if ok else "must be a table of strings and numbers (e.g. {columnid = \"1229063381\"})"


def page_template(value) -> str | None:
    """A relative URL with {n} (page n from 1) or {n0} (from 0), and no other placeholder."""
    if not isinstance(value, str) or not any("{" + name + "}" in value for name in TEMPLATE_FIELDS):
        return "must be a relative URL with {n} (page n from 1) or {n0} (from 0), e.g. \"index_{n0}.html\""
    try:
        value.format(**TEMPLATE_FIELDS)
    except (KeyError, IndexError, ValueError) as error:
        return f"only {{n}} and {{n0}} may be placeholders ({type(error).__name__}: {error})"
    return None


def problems(params: dict, known: dict[str, Check]) -> list[str]:
    """One line per setting that is unknown or whose value fails its check."""
    out = []
    for key, value in params.items():
        if key not in known:
            out.append(f"{key!r} is no setting here (known: {', '.join(sorted(known)) or 'none'})")
        elif known[key](value):
            out.append(f"{key!r} {known[key](value)}")
    return out
