"""Storing saved pages from disk: what `govnews ingest` does, without the printing."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from parsers import NotAnArticle, ParseError, parse_page

from crawler.store import OUTCOME_COUNTERS, Store, StoreError, Stored

log = logging.getLogger(__name__)

PAGE_SUFFIXES = (".html", ".htm", ".shtml", ".xhtml", ".txt")


@dataclass(frozen=True)
class Ingested:
    """One file's fate: stored (with its outcome) or failed (with a one-line reason)."""

    path: str
    outcome: str
    stored: Stored | None = None
    reason: str | None = None


def page_files(paths: list[str]) -> Iterator[Path | str]:
    """The files to read: each path as given, directories expanded to their pages.
    A path that does not exist is passed on as a string, to be reported."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in PAGE_SUFFIXES)
        elif path.exists():
            yield path
        else:
            yield raw


def ingest_file(store: Store, path: Path | str, url: str | None, ref_date: date | None, crawl_id: int) -> Ingested:
    if isinstance(path, str):
        return Ingested(path, "failed", reason="no such file")
    try:
        content = path.read_bytes()
    except OSError as error:
        return Ingested(str(path), "failed", reason=f"cannot read ({error.strerror})")
    try:
        article = parse_page(content, url=url or path.resolve().as_uri(), ref_date=ref_date)
    except NotAnArticle as error:
        return Ingested(str(path), "failed", reason=f"not an article: {error}")
    except ParseError as error:
        return Ingested(str(path), "failed", reason=str(error))
    stored = store.add(article, crawl_id=crawl_id)
    return Ingested(str(path), stored.outcome, stored=stored)


def ingest(store: Store, paths: list[str], url: str | None = None, ref_date: date | None = None) -> Iterator[Ingested]:
    """Parse and store each page, yielding as each is committed; the run is a row in
    `crawls`, closed with its counts whatever happens."""
    crawl_id = store.start_crawl("ingest")
    counts: Counter[str] = Counter()
    errors: list[str] = []
    status = "interrupted"
    try:
        for path in page_files(paths):
            result = ingest_file(store, path, url, ref_date, crawl_id)
            counts["pages"] += 1
            counts[OUTCOME_COUNTERS.get(result.outcome, result.outcome)] += 1
            if result.reason:
                errors.append(f"{result.path}: {result.reason}")
                log.info("failed %s: %s", result.path, result.reason)
            yield result
        status = "done"
    except StoreError as error:  # the database failed (disk full, file gone): so the row says
        status = "failed"
        errors.append(str(error))
        raise
    finally:
        try:
            store.finish_crawl(crawl_id, counts, errors, status)
        except StoreError:
            pass  # the database is gone: the next run marks the row interrupted (its process is dead)
