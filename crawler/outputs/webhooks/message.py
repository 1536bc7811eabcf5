"""What an alert says, whatever carries it: the watch's name in 【】 first (a keyword-
secured bot refuses a message without its keyword, and users name a watch after the word
they follow), the words of the query found in the article, then the story.

A Message holds the same alert as markdown (DingTalk, WeCom), plain text (Feishu) and a
record (JSON receivers); the formats pick the one they send.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from parsers import normalize

from crawler.store import FTS_OPERATORS, FTS_WORD

if TYPE_CHECKING:  # the config is read above the outputs; they only use its fields
    from crawler.config import Watch

SUMMARY_CHARS = 200
ITEMS_PER_MESSAGE = 20  # a summary of 20 titles and links stays under WeCom's 4,096 bytes
TITLE_CHARS = 60  # a title in a list is cut here: 20 lines of it, with links, fit the smallest bot
RECORD_FIELDS = ("id", "url", "title", "published_at", "source", "site", "region", "zone", "duplicate_of")


@dataclass(frozen=True)
class Message:
    watch: str
    title: str
    markdown: str
    text: str
    record: dict = field(default_factory=dict)


def header(watch: Watch) -> str:
    """【name】, or 【name｜keyword】 when the bot's keyword is not already in the name."""
    if watch.keyword and watch.keyword not in watch.name:
        return f"【{watch.name}｜{watch.keyword}】"
    return f"【{watch.name}】"


def matched_words(query: str, article: dict) -> list[str]:
    """The query's words that the article contains (read as the search reads them)."""
    words = [w.strip('"()*') for w in FTS_WORD.findall(normalize.reading_text(query)) if w not in FTS_OPERATORS]
    haystack = normalize.reading_text(f"{article.get('title', '')}\n{article.get('text', '')}")
    return list(dict.fromkeys(w for w in words if w and w in haystack))


def _meta(article: dict) -> str:
    return " · ".join(v for v in (article.get("source"), (article.get("published_at") or "")[:10], article.get("site")) if v)


def article_message(watch: Watch, article: dict) -> Message:
    """One new article."""
    text = article.get("text") or ""
    summary = text[:SUMMARY_CHARS] + ("…" if len(text) > SUMMARY_CHARS else "")
    words = matched_words(watch.query, article)
    hit = f"命中：{'、'.join(words)}" if words else f"检索：{watch.query}"
    title = f"{header(watch)}{article['title']}"
    markdown = f"### {title}\n\n{hit}\n\n{_meta(article)}\n\n{summary}\n\n[原文]({article['url']})"
    plain = f"{title}\n{hit}\n{_meta(article)}\n{summary}\n{article['url']}"
    record = {k: article.get(k) for k in RECORD_FIELDS} | {"summary": summary, "matched": words}
    return Message(watch.name, title, markdown, plain, record)


def _short(title: str) -> str:
    return title if len(title) <= TITLE_CHARS else title[:TITLE_CHARS] + "…"


def list_message(watch: Watch, kind: str, heading: str, articles: list[dict], counts: dict[int, int] | None = None) -> Message:
    """Several articles in one message: a burst (kind "summary") or a day (kind "digest");
    `counts` gives how many copies of each original other sites carried."""
    counts = counts or {}
    words = list(dict.fromkeys(w for a in articles for w in matched_words(watch.query, a)))
    hit = f"命中：{'、'.join(words)}" if words else f"检索：{watch.query}"
    title = f"{header(watch)}{heading}"

    def copies(article: dict) -> str:
        return f"（另有 {counts[article['id']]} 篇转载）" if counts.get(article["id"]) else ""

    markdown = "\n".join([f"### {title}", "", hit, "", *(f"- [{_short(a['title'])}]({a['url']}){copies(a)}" for a in articles)])
    plain = "\n".join([title, hit, *(f"· {_short(a['title'])}{copies(a)} {a['url']}" for a in articles)])
    record = {"kind": kind, "matched": words,
              "articles": [{k: a.get(k) for k in RECORD_FIELDS} | {"copies": counts.get(a["id"], 0)} for a in articles]}
    return Message(watch.name, title, markdown, plain, record)


def summary_message(watch: Watch, articles: list[dict]) -> Message:
    """A burst over the bot's rate limit, in one message rather than dropped."""
    return list_message(watch, "summary", f"{len(articles)} 篇新文章", articles)


def trial_message(watch: Watch) -> Message:
    title = f"{header(watch)}测试消息"
    text = f"govnews 监测“{watch.query}”的消息将发到这里。"
    return Message(watch.name, title, f"### {title}\n\n{text}", f"{title}\n{text}", {"kind": "test"})


def chunks(items: list, size: int = ITEMS_PER_MESSAGE) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)]
