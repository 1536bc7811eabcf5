"""How records look on a terminal and in exports: plain text, JSON lines, CSV."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import IO

from parsers import Article

from crawler.tally import SUMMARY_COUNTS as SUMMARY_COLUMNS

# How much of the body the readable summary shows.
SUMMARY_PARAGRAPHS = 3
SUMMARY_PARAGRAPH_CHARS = 120
EXPORT_COLUMNS = (
    "id", "url", "site", "parser", "title", "title_original", "title_derived", "published_at", "published_date",
    "date_source", "source", "region", "zone", "keywords", "text", "text_original", "warnings", "gov_meta", "attachments",
    "content_hash",
    "duplicate_of", "duplicate_of_url", "dup_kind", "similarity", "revision", "first_seen_at", "last_seen_at", "withdrawn_at",
    "crawl_id", "event_date",
)


def article_summary(article: Article) -> str:
    """The record as a person reads it: fields first, then the opening of the body."""
    paragraphs = article.text.split("\n")
    lines = [
        f"title:        {article.title}" + ("  (derived from the lead)" if article.title_derived else ""),
        f"published_at: {article.published_at or '-'}" + (f"  ({article.date_source})" if article.date_source else ""),
        *([f"event_date:   {article.event_date}  (the day the story names; the page prints no date)"] if article.event_date else []),
        f"source:       {article.source or '-'}",
        f"region:       {article.region or '-'}",
        f"zone:         {article.zone or '-'}",
        f"keywords:     {', '.join(article.keywords) or '-'}",
        *(f"gov_meta:     {key}: {value}" for key, value in article.gov_meta.items()),
        *(f"attachment:   {a['name']} ({a['type']}) {a['url']}" for a in article.attachments),
        f"parser:       {article.parser}",
        f"url:          {article.url or '-'}",
        f"body:         {len(paragraphs)} paragraphs, {len(article.text)} characters",
        "",
    ]
    for paragraph in paragraphs[:SUMMARY_PARAGRAPHS]:
        cut = paragraph[:SUMMARY_PARAGRAPH_CHARS]
        lines.append("  " + cut + ("…" if len(paragraph) > len(cut) else ""))
    if len(paragraphs) > SUMMARY_PARAGRAPHS:
        lines.append(f"  … {len(paragraphs) - SUMMARY_PARAGRAPHS} more paragraphs")
    lines.extend(f"warning: {w}" for w in article.warnings)
    return "\n".join(lines)


def duplicate_record(row: dict) -> dict:
    """A flagged article beside its original, with the keys scripts rely on."""
    return {
        "id": row["id"], "url": row["url"], "title": row["title"],
        "duplicate_of": row["original_id"], "duplicate_of_url": row["original_url"],
        "duplicate_of_title": row["original_title"], "kind": row["kind"], "similarity": row["similarity"],
        "first_seen_at": row["first_seen_at"],
    }


def duplicate_lines(row: dict) -> str:
    return (f"#{row['id']} {row['title']}\n    {row['url']}\n"
            f"  = {row['kind']} copy ({row['similarity']:.2f}) of #{row['original_id']} {row['original_title']}\n"
            f"    {row['original_url']}")


def search_lines(row: dict) -> str:
    flag = f"  [duplicate of #{row['duplicate_of']}]" if row["duplicate_of"] else ""
    return f"#{row['id']} {row['published_at'] or '-'} {row['title']}{flag}\n    {row['url']}\n    {row['snippet']}"


def write_jsonl(rows: Iterable[dict], out: IO[str]) -> int:
    count = 0
    for row in rows:
        out.write(json.dumps({c: row.get(c) for c in EXPORT_COLUMNS}, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(rows: Iterable[dict], out: IO[str]) -> int:
    """CSV with a header row; list fields as JSON so that they survive a round trip."""
    writer = csv.DictWriter(out, fieldnames=EXPORT_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow({c: json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v for c, v in row.items()})
        count += 1
    return count


def ingested_record(result) -> dict:
    """One file's outcome for `ingest --json`."""
    stored = result.stored
    return {"path": str(result.path), "outcome": result.outcome, "id": stored.id if stored else None,
            "duplicate_of": stored.duplicate_of if stored else None, "dup_kind": stored.dup_kind if stored else None,
            "similarity": stored.similarity if stored else None, "reason": result.reason}


def ingested_line(result) -> str:
    """One stored file: outcome, path, article id, and what it duplicates."""
    stored = result.stored
    line = f"{result.outcome:<10} {result.path}  #{stored.id}"
    if stored.duplicate_of:
        line += f"  ({stored.dup_kind} copy of #{stored.duplicate_of}, similarity {stored.similarity:.2f})"
    return line




def crawl_totals(summaries: list[dict]) -> dict:
    """Totals over the sites, with the keys scripts rely on."""
    total = {name: sum(s[name] for s in summaries) for name in SUMMARY_COLUMNS}
    return {"articles_new": total["new"], "article_pages_fetched": total["article_pages"], "duplicates": total["duplicates"],
            "errors": total["errors"], "list_pages": total["list_pages"], "revised": total["revised"],
            "unchanged": total["unchanged"], "blocked": total["blocked"], "withdrawn": total["withdrawn"]}


def crawl_summary(summaries: list[dict], totals: dict, db_path: str) -> str:
    """A table a site a line, the errors under it, and the totals."""
    headers = ["site", *(name.replace("_pages", "") for name in SUMMARY_COLUMNS)]
    lines = [table([[s["site"], *(s[name] for name in SUMMARY_COLUMNS)] for s in summaries], headers)]
    for s in summaries:
        lines.extend(f"  error: {message}" for message in s["error_messages"])
    lines.append(f"{totals['articles_new']} new articles from {totals['article_pages_fetched']} article pages "
                 f"({totals['duplicates']} duplicates, {totals['errors']} errors) in {db_path}")
    return "\n".join(lines)


def status_table(report: list) -> str:
    """Site health as a table (times in China time), warnings under it."""
    headers = ["site", "state", "last run", "last success", "new 1d", "new 7d", "fails"]
    rows = [[h.site, h.state, h.last_run or "-", h.last_success or "-", h.new_last_day, h.new_last_week,
             h.consecutive_failures] for h in report]
    lines = [table(rows, headers)]
    for h in report:
        lines.extend(f"  warning: {h.site}: {w}" for w in h.warnings)
    failing = sum(h.state == "failing" for h in report)
    lines.append(f"{len(report)} sites, {failing} failing")
    return "\n".join(lines)


def table(rows: list[list], headers: list[str]) -> str:
    """Columns aligned by display width, so Chinese text (two columns a character) lines up:
    tabulate measures with wcwidth when it is installed, and it is a dependency."""
    from tabulate import tabulate  # 0.06 s to import: only the commands that print tables pay it

    return tabulate(rows, headers=headers, tablefmt="simple")
