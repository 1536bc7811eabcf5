"""Site health, read from the crawls table: is each site still crawling, and still
yielding articles? The daemon logs a WARNING when one is not; `govnews status` shows it."""

from __future__ import annotations

from dataclasses import dataclass, field

from crawler.outputs.clock import for_people

FAILED_STATUSES = ("failed", "timeout", "interrupted")
# Consecutive crawls showing the same trouble before it is worth a warning.
REPEATED = 2


@dataclass
class SiteHealth:
    site: str
    last_run: str | None = None
    last_status: str | None = None
    last_success: str | None = None
    new_last_day: int = 0
    new_last_week: int = 0
    consecutive_failures: int = 0
    warnings: list[str] = field(default_factory=list)
    last_error: str | None = None  # the latest crawl's last error message, if it had any

    @property
    def state(self) -> str:
        if self.last_run is None:
            return "never run"
        if self.consecutive_failures:
            return "failing"
        return "warning" if self.warnings else "ok"

    @property
    def reason(self) -> str | None:
        """Why the site is not ok, in one line: its first warning, else its last error."""
        return self.warnings[0] if self.warnings else self.last_error

    def to_dict(self) -> dict:
        return {"site": self.site, "state": self.state, "last_run": self.last_run, "last_status": self.last_status,
                "last_success": self.last_success, "new_last_day": self.new_last_day, "new_last_week": self.new_last_week,
                "consecutive_failures": self.consecutive_failures, "warnings": self.warnings}


def crawl_failed(row: dict) -> bool:
    """A crawl that did not finish, could not read a single list page, or read list pages
    that yielded no article link (a layout change, or a list filled by script): failing
    from the first time. A 304 on an unchanged list is no such failure."""
    return row["status"] in FAILED_STATUSES or (row["list_pages"] == 0 and row["failed"] > 0) or lists_without_links(row)


def lists_without_links(row: dict) -> bool:
    """List pages answered with content, yet no article link was found on them."""
    return row["lists_changed"] > 0 and row["links"] == 0


def parser_failing(row: dict) -> bool:
    """Article pages came back, but the parser found articles in fewer than half of them."""
    found = row["new"] + row["duplicates"] + row["revised"] + row["unchanged"]
    return row["not_articles"] > 0 and row["not_articles"] >= found


def _streak(history: list[dict], test) -> int:
    count = 0
    for row in history:
        if not test(row):
            break
        count += 1
    return count


def evaluate(site: str, history: list[dict], new_last_day: int = 0, new_last_week: int = 0) -> SiteHealth:
    """The health of a site from its crawls, newest first."""
    health = SiteHealth(site, new_last_day=new_last_day, new_last_week=new_last_week)
    if not history:
        return health
    latest = history[0]
    health.last_run, health.last_status = for_people(latest["started_at"]), latest["status"]
    health.last_success = for_people(next((r["finished_at"] for r in history if not crawl_failed(r)), None))
    health.consecutive_failures = _streak(history, crawl_failed)
    health.last_error = _last_error(latest) if crawl_failed(latest) else None
    if lists_without_links(latest):
        health.warnings.append("its list pages yield no article link: has the layout changed, or is the list filled by "
                               "script? (govnews add-site URL finds its CMS family)")
    if health.consecutive_failures >= REPEATED:
        health.warnings.append(f"{health.consecutive_failures} crawls in a row failed (last: {_last_error(latest)})")
    if _streak(history, parser_failing) >= REPEATED:
        health.warnings.append(f"the parser finds no article in {latest['not_articles']} of its pages: has the layout changed?")
    return health


def _last_error(row: dict) -> str:
    import json

    errors = json.loads(row["errors"] or "[]")
    return errors[-1] if errors else row["status"]
