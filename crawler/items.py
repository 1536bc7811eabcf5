"""What the spider hands the pipeline: a fetched article page, undecoded."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ListLinks:
    """Article links a list page showed that are not settled yet: recorded as pending
    before they are fetched, so that a crawl stopped half-way forgets none."""

    site: str
    urls: list[str]


@dataclass
class ArticlePage:
    """One article URL's answer. `body` is the bytes as fetched; `revisit` says the URL was
    stored before and fetched again to look for edits or withdrawal."""

    url: str
    site: str
    status: int
    body: bytes = field(repr=False)
    content_type: str | None
    charset: str | None
    etag: str | None
    last_modified: str | None
    revisit: bool = False
    error: str | None = None  # why no page came back (status 0) or why it is an error
    requested_url: str | None = None  # the link as found, when a redirect led elsewhere
    skipped: bool = False  # not fetched at all: robots.txt, or off the allowed domains
    # For a request that failed: the fetch outcome its link comes to (crawler.store.fetches
    # FETCH_OUTCOMES: error, skipped, off_domain, redirect_loop, bad_link), `error` saying why.
    outcome: str | None = None

    def __post_init__(self) -> None:
        if self.outcome == "skipped":
            self.skipped = True
