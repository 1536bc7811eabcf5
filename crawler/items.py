"""What the spider hands the pipeline: a fetched article page, undecoded."""

from __future__ import annotations

from dataclasses import dataclass, field


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
