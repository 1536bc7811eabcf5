"""The list page fixtures (tests/fixtures/lists/<family>/): each page with its gold
article URLs, as the tests and bench/list_quality.py read them."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from crawler.lists.page import ListPage, ListRequest

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "lists"


@dataclass(frozen=True)
class ListFixture:
    name: str
    family: str
    url: str
    role: str
    text: str
    gold: tuple[str, ...]
    next: str | None

    def page(self, family: str | None = None) -> ListPage:
        """The page as the crawl would hold it: a data answer comes back to its family."""
        request = ListRequest(self.url, family or (self.family if self.role != "page" else "auto"), self.role)
        return ListPage(self.url, self.text, request)


def load_fixtures() -> list[ListFixture]:
    fixtures = []
    for meta_path in sorted(FIXTURES.glob("*/*.json")):
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        page_path = meta_path.with_name(meta.get("page_file", meta_path.stem + ".html"))
        fixtures.append(ListFixture(f"{meta_path.parent.name}/{meta_path.stem}", meta["family"], meta["url"], meta.get("role", "page"),
                                    page_path.read_text(encoding="utf-8"), tuple(meta["gold"]), meta.get("next")))
    return fixtures
