"""Finding the list on a page no family claims. Same-site links are grouped by their place
in the page (the container whose children repeat, and the path from it to the link); each
group is scored by how many links share one URL template, how many rows carry a date, and
how long the titles are (menus and tabs have short ones). The best group's template is the
site's `article_pattern`: a regex that survives a redesign of the markup around it."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from crawler.lists.page import ListPage, anchor_title, iso_date, row_of

DIGITS = re.compile(r"\d+")
# The variable parts of article URLs: a UUID, a long hex hash, a number.
VARIABLE = re.compile(r"(?P<uuid>[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})"
                      r"|(?P<hash>(?=[0-9a-fA-F]*\d)[0-9a-fA-F]{16,})|(?P<number>\d+)")
VARIABLE_PATTERNS = {"uuid": "[0-9a-fA-F-]{36}", "hash": "[0-9a-fA-F]+", "number": r"\d+"}
# Scoring: a group needs this many links to be a list at all.
MIN_GROUP = 3
# Titles of articles run 8 to 40 characters; menu entries 2 to 6.
GOOD_TITLE_CHARS = 8
SKIP_HREFS = ("javascript:", "#", "mailto:", "tel:")
# Elements a long list is split into, several of them side by side.
LIST_BLOCKS = ("ul", "ol", "table", "tbody", "dl")
# A list of articles has headline-long titles or dates beside its rows: at least half of them.
MIN_ARTICLE_LIKE = 0.5
# URL paths that are list pages, not articles (index.html, list_2.shtml…).
LIST_LEAF = re.compile(r"(^|/)(index|list|default)(_\d+)?\.s?html?$|/$")


@dataclass
class Group:
    key: tuple
    anchors: list = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    score: float = 0.0
    template: str | None = None


def url_template(url: str) -> str:
    """A URL's path as a regex: numbers, UUIDs and hashes made variable, the rest escaped."""
    path, out, at = urlsplit(url).path, [], 0
    for match in VARIABLE.finditer(path):
        out += [re.escape(path[at:match.start()]), VARIABLE_PATTERNS[match.lastgroup]]
        at = match.end()
    return "".join(out) + re.escape(path[at:])


def same_site(base: str, url: str) -> bool:
    if not base:
        return not urlsplit(url).netloc
    host, other = urlsplit(base).hostname or "", urlsplit(url).hostname or ""
    return other == host or other.endswith("." + host) or host.endswith("." + other)


def _container(anchor):
    """The nearest ancestor whose parent holds siblings of its tag that hold links too: the
    repeating row (a table row, not the cell beside the date), and the path of tags from
    it down to the anchor."""
    node, path = anchor, [anchor.tag]
    while node.getparent() is not None:
        parent = node.getparent()
        if sum(1 for c in parent if c.tag == node.tag and (c.tag == "a" or c.find(".//a") is not None)) >= 2:
            return parent, "/".join(reversed(path))
        node = parent
        path.append(node.tag)
    return node, "/".join(reversed(path))


def groups(page: ListPage) -> list[Group]:
    """Same-site links grouped by their place in the page, in page order."""
    found: dict[tuple, Group] = {}
    tree = page.tree
    for anchor in tree.xpath("//body//a[@href]"):
        href = anchor.get("href", "").strip()
        if not href or href.lower().startswith(SKIP_HREFS):
            continue
        try:
            url = urljoin(page.url, href).split("#", 1)[0] if page.url else href
        except ValueError:
            continue
        if not same_site(page.url, url) or url == page.url:
            continue
        container, path = _container(anchor)
        where = tree.getroottree().getpath(container)
        if container.tag in LIST_BLOCKS:  # a list split into blocks (ul[1], ul[2]… of five rows each) is one list
            where = re.sub(r"\[\d+\]$", "", where)
        key = (where, path)
        group = found.setdefault(key, Group(key))
        if url not in group.urls:
            group.anchors.append(anchor)
            group.urls.append(url)
    return list(found.values())


def score(group: Group) -> float:
    """High for many links sharing a URL template, dated rows and headline-long titles."""
    n = len(group.urls)
    if n < MIN_GROUP:
        return 0.0
    templates = Counter(url_template(u) for u in group.urls)
    template, shared = templates.most_common(1)[0]
    group.template = template
    listy = sum(bool(LIST_LEAF.search(urlsplit(u).path)) for u in group.urls) / n
    dated = sum(iso_date(row_of(a).text_content()) is not None for a in group.anchors) / n
    titles = [len(anchor_title(a)) for a in group.anchors]
    long_titles = sum(t >= GOOD_TITLE_CHARS for t in titles) / n
    digits = sum(bool(DIGITS.search(urlsplit(u).path)) for u in group.urls) / n
    if dated < MIN_ARTICLE_LIKE and long_titles < MIN_ARTICLE_LIKE:
        return 0.0  # menus, tabs, footers: short names and no dates
    return n * (shared / n) ** 2 * (0.3 + dated) * (0.2 + long_titles) * (0.5 + digits) * (1 - listy)


def best_group(page: ListPage, ignore: set[str] | frozenset = frozenset()) -> Group:
    """The group most like a list of articles (links in `ignore` left out first: the
    navigation that page 2 repeats); an empty Group when there is none."""
    best = Group(())
    for group in groups(page):
        if ignore:
            kept = [(a, u) for a, u in zip(group.anchors, group.urls) if u not in ignore]
            group.anchors, group.urls = [a for a, _ in kept], [u for _, u in kept]
        group.score = score(group)
        if group.score > best.score:
            best = group
    if best.template:
        keep = re.compile(best.template + "$")
        kept = [(a, u) for a, u in zip(best.anchors, best.urls) if keep.search(urlsplit(u).path)]
        best.anchors, best.urls = [a for a, _ in kept], [u for _, u in kept]
    return best


def article_pattern(group: Group) -> str | None:
    """The group's URL template as a regex on the whole URL's path."""
    return f"{group.template}(?:$|\\?)" if group.template else None


def pattern_group(page: ListPage, pattern: re.Pattern | None) -> list:
    """The anchors matching `pattern`, from the group that holds most of them (a sidebar
    of the same site's articles matches the pattern too, but is the smaller group)."""
    best: list = []
    for group in groups(page):
        hits = [a for a, u in zip(group.anchors, group.urls) if pattern is None or pattern.search(u)]
        if len(hits) > len(best):
            best = hits
    return best
