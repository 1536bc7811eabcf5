"""`govnews ingest`: saved pages from disk into the store."""

from __future__ import annotations

import contextlib
import json
import sys
from collections import Counter
from pathlib import Path

import click

from crawler.cli.common import EXIT_FAILED, BadInput, db_option, open_store, parse_ref_date, stop_on_sigterm

# Outcomes a file can have, in the order the summary gives them.
INGEST_OUTCOMES = ("new", "duplicate", "revised", "unchanged", "failed")


@click.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("--url", help="The page's URL (one PATH only); default: the file's file:// URI.")
@click.option("--ref-date", metavar="YYYY-MM-DD", help="Day the pages were fetched: resolves dates without a year (default: today).")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object: the counts and every file's outcome.")
def ingest(paths: tuple[str, ...], url: str | None, ref_date: str | None, db_path: str, as_json: bool) -> None:
    """Parse saved pages (files or folders of them) and store them, flagging duplicates.

    Each file is reported as it is stored; a file that fails is reported and skipped.
    Exit code 1 when any file failed.
    """
    from crawler.jobs.ingest import ingest as ingest_pages
    from crawler.outputs import records

    reference = parse_ref_date(ref_date) if ref_date else None
    stop_on_sigterm()
    if url and (len(paths) > 1 or Path(paths[0]).is_dir()):
        raise BadInput("--url names one page: give exactly one PATH with it")
    counts: Counter[str] = Counter()
    results = []
    # closing(): a stop between two files closes the run's row before the store closes.
    with open_store(db_path) as store, contextlib.closing(ingest_pages(store, list(paths), url=url, ref_date=reference)) as pages:
        for result in pages:
            counts[result.outcome] += 1
            if as_json:
                results.append(records.ingested_record(result))
            elif result.reason:
                click.echo(f"failed     {result.path}: {result.reason}", err=True)
            else:
                click.echo(records.ingested_line(result))
        total = store.count()
    if as_json:
        click.echo(json.dumps({"pages": sum(counts.values()), **{k: counts[k] for k in INGEST_OUTCOMES},
                               "articles": total, "db": db_path, "files": results}, ensure_ascii=False, indent=1))
    else:
        click.echo(
            f"{sum(counts.values())} pages: {counts['new']} new, {counts['duplicate']} duplicate, "
            f"{counts['revised']} revised, {counts['unchanged']} unchanged, {counts['failed']} failed; "
            f"{total} articles in {db_path}"
        )
    if counts["failed"]:
        sys.exit(EXIT_FAILED)
