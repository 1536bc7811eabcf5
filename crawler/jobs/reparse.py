"""Re-running today's parsers over the pages kept from earlier crawls, so that a parser
fix reaches everything already stored: changed records become revisions, and duplicate
flags are worked out again for them."""

from __future__ import annotations

from collections import Counter
from datetime import date

import parsers
from parsers import NotAnArticle, ParseError
from parsers.decode import charset_from_content_type

from crawler.config import Site
from crawler.store import Store, StoreError

def reparse(store: Store, sites: dict[str, Site], only_site: str | None = None) -> Counter:
    """Parse every kept page again (of one site) and store the result; return the counts.

    Each page is read on its own and written in its own short transaction, so crawls,
    ingests and the daemon write beside it. The run's row in `crawls` always ends `done`,
    `failed` (the database failed: StoreError is raised on) or `interrupted`."""
    counts: Counter[str] = Counter()
    crawl_id = store.start_crawl("reparse", only_site)
    errors: list[str] = []
    status = "interrupted"
    try:
        for page in store.raw_pages(only_site):
            outcome, error = reparse_page(store, page, sites.get(page["site"]), crawl_id)
            counts[outcome] += 1
            if error:
                errors.append(error)
        status = "done"
    except StoreError as error:
        status = "failed"
        errors.append(str(error))
        raise
    finally:
        counts["pages"] = sum(n for k, n in counts.items() if k != "pages")
        row = {"pages": counts["pages"], "revised": counts["revised"], "unchanged": counts["unchanged"], "new": counts["new"],
               "duplicates": counts["duplicate"], "failed": counts["failed"]}
        try:
            store.finish_crawl(crawl_id, row, errors, status=status)
        except StoreError:
            pass  # the database is gone: the next run marks the row interrupted (its process is dead)
    return counts


def reparse_page(store: Store, page: dict, site: Site | None, crawl_id: int) -> tuple[str, str | None]:
    """One kept page parsed again and stored: (outcome, error or None)."""
    parser = site.parser if site and site.parser != "auto" else None
    fetched = date.fromisoformat(page["fetched_at"][:10])  # dates without a year read as on that day
    try:
        article = parsers.parse_page(page["body"], url=page["url"], ref_date=fetched, parser=parser,
                                     charset=charset_from_content_type(page["content_type"]))
    except (NotAnArticle, ParseError) as error:
        return "failed", f"{page['url']}: {error}"
    except Exception as error:  # noqa: BLE001 - a parser bug costs one page, not the run
        return "failed", f"{page['url']}: {type(error).__name__}: {error}"
    return store.add(article, crawl_id=crawl_id, site=page["site"]).outcome, None
