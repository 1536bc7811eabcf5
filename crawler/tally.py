"""The running count of one site's crawl, shared by its spider, its pipeline and the
progress line, and turned into the crawls row and the closing summary."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

# Outcomes of an article fetch that the summary reports, in its order.
SUMMARY_COUNTS = ("list_pages", "links", "article_pages", "new", "duplicates", "revised", "unchanged", "blocked", "withdrawn", "errors")
MAX_ERRORS_KEPT = 200


@dataclass
class SiteTally:
    site: str
    counts: Counter = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    list_validators: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    crawl_id: int | None = None
    finished: bool = False
    store_error: str | None = None  # the first failure to store, said by the command line
    stop_reason: str | None = None  # Scrapy's reason for closing the spider (finished, shutdown, …)

    def add(self, name: str, amount: int = 1) -> None:
        self.counts[name] += amount

    def error(self, message: str) -> None:
        self.counts["errors"] += 1
        if len(self.errors) < MAX_ERRORS_KEPT:
            self.errors.append(message)

    def bad_link(self, message: str) -> None:
        """A malformed link on a list page: an error, counted also apart, since it says
        nothing about whether the crawl reached everything else."""
        self.counts["bad_links"] += 1
        self.error(message)

    def store_failure(self, message: str) -> None:
        """A page fetched and not stored (disk full, database gone): the crawl failed."""
        self.counts["store_failures"] += 1
        self.store_error = self.store_error or message
        self.error(message)

    @property
    def clean(self) -> bool:
        """Finished with nothing missed: the next crawl may skip unchanged list pages."""
        c = self.counts
        return self.finished and not c["blocked"] and c["errors"] == c["bad_links"]

    def summary(self) -> dict:
        return {"site": self.site, **{name: self.counts[name] for name in SUMMARY_COUNTS}, "bad_links": self.counts["bad_links"],
                "store_failures": self.counts["store_failures"], "store_error": self.store_error,
                "stop_reason": self.stop_reason, "error_messages": list(self.errors)}

    def crawl_row_counts(self) -> dict[str, int]:
        """The counts as the crawls table names them."""
        c = self.counts
        return {"pages": c["list_pages"] + c["article_pages"], "list_pages": c["list_pages"], "article_pages": c["article_pages"],
                "new": c["new"], "duplicates": c["duplicates"], "revised": c["revised"], "unchanged": c["unchanged"],
                "blocked": c["blocked"], "withdrawn": c["withdrawn"], "failed": c["errors"], "links": c["links"],
                "lists_changed": c["lists_changed"], "not_articles": c["not_article"]}
