"""One time zone for people: China time (+08:00), the zone the sites and their readers
live in. The database keeps UTC (`utc_now`); everything a person reads — tables, `status`,
log lines — shows China time with its offset, so a time never needs a note beside it."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta, timezone

CHINA = timezone(timedelta(hours=8), "Asia/Shanghai")


def for_people(iso: str | None) -> str | None:
    """An ISO 8601 time (any offset) as China time, to the second; None stays None, and a
    value that is not a time is shown as it is."""
    if not iso:
        return iso
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(CHINA).isoformat(timespec="seconds")


class ChinaTimeFormatter(logging.Formatter):
    """Log lines stamped in China time with the offset (2026-11-30T09:15:02+08:00)."""

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:
        return datetime.fromtimestamp(record.created, CHINA).isoformat(timespec="seconds")


LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure_logging(level: int | str) -> None:
    """Log lines on stderr in China time, at `level`: Scrapy's loggers set their own levels,
    so the handler decides. The command line and each crawl process of the daemon alike."""
    logging.basicConfig(level=level)
    for handler in logging.root.handlers:
        handler.setLevel(level)
        handler.setFormatter(ChinaTimeFormatter(LOG_FORMAT))
