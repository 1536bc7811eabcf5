"""Watches: saved searches that POST each new matching article to a webhook.

Defined in the config file beside the sites:

    [[watch]]
    name = "招商引资"
    query = "招商引资"                 # full-text, as `govnews search`
    webhook = "https://oapi.dingtalk.com/robot/send?access_token=…"
    format = "dingtalk"                # dingtalk | wecom | feishu | json (default)
    site = "investchn"                 # optional: one site only
    include_duplicates = false         # optional: also copies of stories already sent

A watch sees articles stored after it first ran (no backlog). Every match is queued in the
database before any attempt, so a failed delivery is retried with growing pauses, logged
each time, and given up only after MAX_ATTEMPTS, with an ERROR line: never dropped silently.
"""

from __future__ import annotations

import json
import logging
import tomllib
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from crawler.config import SiteConfigError, _check, _is_http_url
from crawler.store import Store

log = logging.getLogger(__name__)

FORMATS = ("json", "dingtalk", "wecom", "feishu")
TIMEOUT_SECONDS = 10
FIRST_RETRY_SECONDS = 30
MAX_RETRY_SECONDS = 3600
MAX_ATTEMPTS = 12  # about half a day of retries
SUMMARY_CHARS = 200


@dataclass(frozen=True)
class Watch:
    name: str
    query: str
    webhook: str
    format: str = "json"
    site: str | None = None
    include_duplicates: bool = False


def parse_watches(data: dict, source: str) -> list[Watch]:
    entries = data.get("watch", [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise SiteConfigError(f"{source}: watches are [[watch]] tables")
    watches = []
    for i, entry in enumerate(entries):
        where = f"{source}: watch {entry.get('name', f'#{i + 1}')!r}"
        known = set(Watch.__dataclass_fields__)
        unknown = sorted(set(entry) - known)
        _check(not unknown, where, unknown[0] if unknown else "", f"unknown field (known: {', '.join(sorted(known))})")
        for name in ("name", "query", "webhook"):
            _check(isinstance(entry.get(name), str) and bool(entry[name].strip()), where, name, "required: a non-empty string")
        _check(_is_http_url(entry["webhook"]), where, "webhook", "must be an http(s) URL")
        _check(entry.get("format", "json") in FORMATS, where, "format", f"one of {', '.join(FORMATS)}")
        _check(isinstance(entry.get("include_duplicates", False), bool), where, "include_duplicates", "true or false")
        watches.append(Watch(**entry))
    names = [w.name for w in watches]
    for name in names:
        _check(names.count(name) == 1, f"{source}: watch {name!r}", "name", "used by more than one watch")
    return watches


def load_watches(path: str | Path) -> list[Watch]:
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise SiteConfigError(f"{path}: cannot read watches ({error})") from None
    return parse_watches(data, str(path))


def payload(watch: Watch, article: dict) -> dict:
    """The POST body: a bot message for DingTalk, WeCom or Feishu, or the record as JSON."""
    summary = article["text"][:SUMMARY_CHARS] + ("…" if len(article["text"]) > SUMMARY_CHARS else "")
    meta = " · ".join(v for v in (article.get("source"), (article.get("published_at") or "")[:10], article.get("site")) if v)
    markdown = f"### {article['title']}\n\n{meta}\n\n{summary}\n\n[原文]({article['url']})"
    if watch.format == "dingtalk":
        return {"msgtype": "markdown", "markdown": {"title": article["title"], "text": markdown}}
    if watch.format == "wecom":
        return {"msgtype": "markdown", "markdown": {"content": markdown}}
    if watch.format == "feishu":
        return {"msg_type": "text", "content": {"text": f"{article['title']}\n{meta}\n{summary}\n{article['url']}"}}
    return {"watch": watch.name, "id": article["id"], "url": article["url"], "title": article["title"],
            "published_at": article["published_at"], "source": article["source"], "site": article["site"],
            "region": article["region"], "zone": article["zone"], "duplicate_of": article["duplicate_of"], "summary": summary}


class DeliveryError(Exception):
    pass


def post_json(url: str, body: dict) -> None:
    """POST the body; a non-2xx answer, or a bot's non-zero errcode/code, is a DeliveryError."""
    request = urllib.request.Request(url, data=json.dumps(body, ensure_ascii=False).encode("utf-8"),
                                     headers={"Content-Type": "application/json; charset=utf-8"}, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:
            answer = response.read(65536)
    except urllib.error.HTTPError as error:
        raise DeliveryError(f"HTTP {error.code}") from None
    except (urllib.error.URLError, OSError) as error:
        raise DeliveryError(str(getattr(error, "reason", error))) from None
    try:
        reply = json.loads(answer or b"{}")
    except ValueError:
        return
    code = reply.get("errcode", reply.get("code", 0)) if isinstance(reply, dict) else 0
    if code not in (0, None):
        raise DeliveryError(f"the bot answered {reply.get('errmsg') or reply.get('msg') or code}")


def next_attempt(attempts: int, now: datetime) -> str | None:
    """When to try again after `attempts` failures, or None to give up."""
    if attempts >= MAX_ATTEMPTS:
        return None
    delay = min(MAX_RETRY_SECONDS, FIRST_RETRY_SECONDS * 2 ** (attempts - 1))
    return (now + timedelta(seconds=delay)).isoformat(timespec="seconds")


def run_watches(store: Store, watches: list[Watch], post=post_json) -> dict[str, int]:
    """Queue new matches of every watch, then attempt every delivery that is due."""
    counts = {"queued": 0, "delivered": 0, "retrying": 0, "given_up": 0}
    by_name = {w.name: w for w in watches}
    for watch in watches:
        counts["queued"] += store.queue_deliveries(watch.name, watch.query, watch.site, watch.include_duplicates)
    now = datetime.now(timezone.utc)
    for due in store.due_deliveries(now.isoformat(timespec="seconds")):
        watch = by_name.get(due["watch"])
        if watch is None:
            continue  # the watch left the config; its queue waits for it to come back
        try:
            post(watch.webhook, payload(watch, due))
        except DeliveryError as error:
            retry_at = next_attempt(due["attempts"] + 1, now)
            store.delivery_failed(due["delivery_id"], str(error), retry_at)
            if retry_at:
                counts["retrying"] += 1
                log.warning("watch %s: delivering %s failed (%s); retrying at %s", watch.name, due["url"], error, retry_at)
            else:
                counts["given_up"] += 1
                log.error("watch %s: gave up delivering %s after %d attempts (%s)", watch.name, due["url"], due["attempts"] + 1, error)
            continue
        store.delivery_done(due["delivery_id"])
        counts["delivered"] += 1
        log.info("watch %s: delivered %s", watch.name, due["url"])
    return counts
