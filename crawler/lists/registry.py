"""Which family reads a list page: the one the site names (`list_mode`), else, with
`auto`, the first whose markers the page shows, else plain HTML. Data endpoints' answers go
back to the family that asked for them.

Adding a family is one module with NAME, PARAMS (its list_params and their checks), its
markers as constants, `matches(page)`, `candidates(page, options)` and
`next_requests(page, options)`, and one line in FAMILIES.
"""

from __future__ import annotations

from types import ModuleType

from crawler.lists import gkmlpt, hanweb, html, trs, truecms
from crawler.lists.normalize import to_links
from crawler.lists.options import ListOptions
from crawler.lists.page import Listing, ListPage, ListRequest

# In the order `auto` tries them: the most specific markers first.
FAMILIES: tuple[ModuleType, ...] = (gkmlpt, truecms, hanweb, trs)
BY_NAME: dict[str, ModuleType] = {f.NAME: f for f in (html, *FAMILIES)}
LIST_MODES = ("auto", *BY_NAME)


def params_of(mode: str) -> dict:
    """The list_params a list_mode takes, with their checks (`auto`: any family's)."""
    if mode in BY_NAME:
        return BY_NAME[mode].PARAMS
    return {key: check for family in BY_NAME.values() for key, check in family.PARAMS.items()}


def detect(page: ListPage) -> ModuleType:
    """The family whose markers the page shows, else plain HTML."""
    return next((f for f in FAMILIES if f.matches(page)), html)


def family_for(page: ListPage, mode: str = "html") -> ModuleType:
    """The family that reads this page: the one that asked for it (data answers, later
    pages), else the one configured, else (auto) the one the page's markers name."""
    if page.request.family in BY_NAME and (page.request.is_data or page.request.page > 1 or mode == page.request.family):
        return BY_NAME[page.request.family]
    if mode in BY_NAME:
        return BY_NAME[mode]
    return detect(page)


def read(page: ListPage, options: ListOptions, family: ModuleType | None = None) -> Listing:
    """The page's article links (in page order, each once) and the list requests to make
    next; a malformed href is an error of its own, never the end of the page."""
    family = family or family_for(page, options.mode)
    links, errors = to_links(page.url, family.candidates(page, options), options.pattern, page.encoding)
    return Listing(links, family.next_requests(page, options), errors)


def read_saved(page: ListPage, options: ListOptions) -> tuple[ModuleType, Listing]:
    """A saved page, or a saved answer to a family's data request, with the family that
    read it. An answer that is no markup (gkmlpt's JSON, truecms's JSONP) carries no
    markers of its own: each family that makes data requests is asked to read it as one."""
    if not page.is_markup:
        for data_family in (f for f in FAMILIES if getattr(f, "DATA_ROLE", None)):
            answer = ListPage(page.url, page.text, ListRequest(page.request.url, data_family.NAME, data_family.DATA_ROLE),
                              page.encoding)
            found = read(answer, options, data_family)
            if found.links:
                return data_family, found
    family = family_for(page, options.mode)
    return family, read(page, options, family)
