"""The daily digest of a watch (`digest = "08:30"`): the last day's matching originals in
one message (several if the day was long), each with the number of copies other sites
carried beside it, instead of one message per article."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING

from crawler.outputs.webhooks.message import Message, chunks, list_message
from crawler.outputs.webhooks.transport import DeliveryError
from crawler.store import Store

if TYPE_CHECKING:  # the config is read above the outputs; they only use its fields
    from crawler.config import Watch

log = logging.getLogger(__name__)

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


def deliver_digest(store: Store, watch: Watch, post, send, now: datetime | None = None) -> DeliveryError | None:
    """Send the digest due at `now` through `send(watch, message, post)`; the error that
    stopped it (None when delivered), logged either way."""
    for message in digest_messages(store, watch, now):
        try:
            send(watch, message, post)
        except DeliveryError as error:
            log.log(logging.ERROR if error.permanent else logging.WARNING, "watch %s: the digest was not delivered: %s",
                    watch.name, error)
            return error
    log.info("watch %s: digest delivered", watch.name)
    return None
