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
    "id", "url", "site", "parser", "title", "title_original", "title_derived", "published_at", "date_source",
    "source", "region", "zone", "keywords", "text", "text_original", "warnings", "content_hash",
    "duplicate_of", "duplicate_of_url", "dup_kind", "similarity", "revision", "first_seen_at", "last_seen_at", "withdrawn_at",
    "crawl_id",
)


def article_summary(article: Article) -> str:
    """The record as a person reads it: fields first, then the opening of the body."""
    paragraphs = article.text.split("\n")
    lines = [
        f"title:        {article.title}" + ("  (derived from the lead)" if article.title_derived else ""),
        f"published_at: {article.published_at or '-'}" + (f"  ({article.date_source})" if article.date_source else ""),
        f"source:       {article.source or '-'}",
        f"region:       {article.region or '-'}",
        f"zone:         {article.zone or '-'}",
        f"keywords:     {', '.join(article.keywords) or '-'}",
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
        writer.writerow({c: json.dumps(v, ensure_ascii=False) if isinstance(v, list) else v for c, v in row.items()})
        count += 1
    return count


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
    header = f"{'site':<20}" + "".join(f"{name.replace('_pages', ''):>11}" for name in SUMMARY_COLUMNS)
    lines = [header]
    for s in summaries:
        lines.append(f"{s['site']:<20}" + "".join(f"{s[name]:>11}" for name in SUMMARY_COLUMNS))
    for s in summaries:
        lines.extend(f"  error: {message}" for message in s["error_messages"])
    lines.append(f"{totals['articles_new']} new articles from {totals['article_pages_fetched']} article pages "
                 f"({totals['duplicates']} duplicates, {totals['errors']} errors) in {db_path}")
    return "\n".join(lines)


def status_table(report: list) -> str:
    """Site health as a table, warnings under it."""
    lines = [f"{'site':<20} {'state':<10} {'last run':<26} {'last success':<26} {'new 1d':>7} {'new 7d':>7} {'fails':>6}"]
    for h in report:
        lines.append(f"{h.site:<20} {h.state:<10} {h.last_run or '-':<26} {h.last_success or '-':<26} "
                     f"{h.new_last_day:>7} {h.new_last_week:>7} {h.consecutive_failures:>6}")
    for h in report:
        lines.extend(f"  warning: {h.site}: {w}" for w in h.warnings)
    failing = sum(h.state == "failing" for h in report)
    lines.append(f"{len(report)} sites, {failing} failing")
    return "\n".join(lines)
