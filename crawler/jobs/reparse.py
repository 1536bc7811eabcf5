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
from crawler.store import Store

def reparse(store: Store, sites: dict[str, Site], only_site: str | None = None) -> Counter:
    """Parse every kept page again (of one site) and store the result; return the counts."""
    counts: Counter[str] = Counter()
    crawl_id = store.start_crawl("reparse", only_site)
    errors: list[str] = []
    for page in store.raw_pages(only_site):
        site = sites.get(page["site"])
        parser = site.parser if site and site.parser != "auto" else None
        fetched = date.fromisoformat(page["fetched_at"][:10])  # dates without a year read as on that day
        try:
            article = parsers.parse_page(page["body"], url=page["url"], ref_date=fetched, parser=parser,
                                         charset=charset_from_content_type(page["content_type"]))
        except (NotAnArticle, ParseError) as error:
            counts["failed"] += 1
            errors.append(f"{page['url']}: {error}")
            continue
        stored = store.add(article, crawl_id=crawl_id, site=page["site"])
        counts[stored.outcome] += 1
    counts["pages"] = sum(counts.values())
    store.finish_crawl(crawl_id, {"pages": counts["pages"], "revised": counts["revised"], "unchanged": counts["unchanged"],
                                  "new": counts["new"], "duplicates": counts["duplicate"], "failed": counts["failed"]}, errors)
    return counts
