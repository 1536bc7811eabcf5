"""The daily digest of a watch (`digest = "08:30"`): the last day's matching originals in
one message (several if the day was long), each with the number of copies other sites
carried beside it, instead of one message per article."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from crawler.config import Watch
from crawler.outputs.webhooks.message import Message, chunks, list_message
from crawler.store import Store

SPAN = timedelta(days=1)


def digest_messages(store: Store, watch: Watch, now: datetime | None = None) -> list[Message]:
    """The messages of the digest due at `now`: the articles first stored in the day
    before it. Nothing found, one message saying so: a silent digest looks broken."""
    now = now or datetime.now(timezone.utc)
    since = (now - SPAN).astimezone(timezone.utc).isoformat(timespec="seconds")
    until = now.astimezone(timezone.utc).isoformat(timespec="seconds")
    originals, counts = store.digest_articles(watch.query, watch.site, since, until)
    day = now.date().isoformat()
    if not originals:
        return [list_message(watch, "digest", f"{day} 日报：无新文章", [])]
    parts = chunks(originals)
    return [list_message(watch, "digest", f"{day} 日报：{len(originals)} 篇" + (f"（{i}/{len(parts)}）" if len(parts) > 1 else ""),
                         part, counts) for i, part in enumerate(parts, 1)]
