"""A site entry's list settings, as the adapters read them (no dependency on the config
reader: `links` and the benchmark build them by hand)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass(frozen=True)
class ListOptions:
    mode: str = "html"  # a family name, or "auto": chosen by the page's markers
    article_links: str | None = None  # CSS selector of article links (or of elements holding them)
    article_pattern: str | None = None  # regular expression article URLs match
    next_page: str | None = None  # CSS selector of the next-page link
    params: dict = field(default_factory=dict)  # the family's own settings (list_params)

    @property
    def pattern(self) -> re.Pattern | None:
        return re.compile(self.article_pattern) if self.article_pattern else None

    @classmethod
    def of_site(cls, site) -> ListOptions:
        return cls(site.list_mode, site.article_links, site.article_pattern, site.next_page, dict(site.list_params or {}))
