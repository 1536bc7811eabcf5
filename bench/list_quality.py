"""Precision and recall of article links on every list fixture (tests/fixtures/lists):
govnews's list adapters, a baseline that takes every same-site link, and GNE's
ListPageExtractor (given the first article's title as its feature, as its docs ask; it
reads HTML only, so it has no figure on JSON/JSONP answers). The generic detector alone
(no family module) shows what the families add.

    python bench/list_quality.py        # a Markdown table, for docs/benchmarks.md
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path
from urllib.parse import urljoin, urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from list_fixtures import load_fixtures  # noqa: E402

from crawler.lists import registry  # noqa: E402
from crawler.lists.options import ListOptions  # noqa: E402

HREF = re.compile(r"""(?:href=\\?["']|"url":\s*")([^"'\\]+)""")


def ours(fixture) -> list[str]:
    return [link.url for link in registry.read(fixture.page(), ListOptions("auto")).links]


def generic_only(fixture) -> list[str] | None:
    """The generic detector alone, as if no family module existed (HTML pages only)."""
    from crawler.lists import html

    if fixture.role != "page":
        return None
    return [link.url for link in registry.read(fixture.page("html"), ListOptions("html"), html).links]


def every_same_site_link(fixture) -> list[str]:
    host = urlsplit(fixture.url).hostname
    found = []
    for href in HREF.findall(fixture.text):
        if href.startswith(("javascript:", "#", "mailto:")):
            continue
        url = urljoin(fixture.url, href).split("#", 1)[0]
        if urlsplit(url).hostname == host and url != fixture.url and url not in found:
            found.append(url)
    return found


def gne(fixture) -> list[str] | None:
    from gne import ListPageExtractor

    if fixture.text.lstrip().startswith(("{", "<?xml")) or "(" in fixture.text[:40]:
        return None  # a JSON, JSONP or XML answer: not HTML
    first = next((t for t in [_title_of(fixture)] if t), None)
    if not first:
        return None
    try:
        items = ListPageExtractor().extract(fixture.text, feature=first)
    except Exception:  # noqa: BLE001 (GNE raises on what it cannot read)
        return []
    return [urljoin(fixture.url, i["url"]).split("#", 1)[0] for i in items if i.get("url")]


def _title_of(fixture) -> str | None:
    links = registry.read(fixture.page(), ListOptions("auto")).links
    gold = {link.url: link.title for link in links}
    return gold.get(fixture.gold[0])


def scores(found: list[str] | None, gold: tuple[str, ...]) -> tuple[int, int, int] | None:
    if found is None:
        return None
    hits = len(set(found) & set(gold))
    return hits, len(set(found)), len(gold)


def main() -> None:
    totals: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])
    rows = []
    import contextlib
    import io

    for fixture in load_fixtures():
        cells = []
        for method, extract in (("govnews", ours), ("generic only", generic_only), ("all same-site links", every_same_site_link), ("GNE list", gne)):
            with contextlib.redirect_stdout(io.StringIO()):  # GNE prints when its feature is not found
                result = scores(extract(fixture), fixture.gold)
            if result is None:
                cells.append("–")
                continue
            for key in ((fixture.family, method), ("all", method)):
                totals[key] = [a + b for a, b in zip(totals[key], result)]
            hits, found, gold = result
            cells.append(f"{_ratio(hits, found)} / {_ratio(hits, gold)}")
        rows.append(f"| {fixture.name} | {len(fixture.gold)} | " + " | ".join(cells) + " |")
    print("| fixture | gold links | govnews P / R | generic detector alone P / R | all same-site links P / R | GNE list P / R |")
    print("|---|---|---|---|---|---|")
    print("\n".join(rows))
    print()
    print("| family | govnews P / R | generic detector alone P / R | all same-site links P / R | GNE list P / R |")
    print("|---|---|---|---|---|")
    for family in sorted({f for f, _ in totals}):
        cells = []
        for method in ("govnews", "generic only", "all same-site links", "GNE list"):
            hits, found, gold = totals.get((family, method), [0, 0, 0])
            cells.append(f"{_ratio(hits, found)} / {_ratio(hits, gold)}" if gold else "–")
        print(f"| {family} | " + " | ".join(cells) + " |")


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "–"


if __name__ == "__main__":
    main()
