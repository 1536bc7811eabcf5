"""An Atom feed (RFC 4287) of the newest articles, for any feed reader."""

from __future__ import annotations

import hashlib
import xml.etree.ElementTree as ET
from datetime import datetime, timezone

ATOM = "http://www.w3.org/2005/Atom"
SUMMARY_CHARS = 200


def _text(parent: ET.Element, tag: str, text: str, **attrs) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
    element.text = text
    return element


def atom_feed(articles: list[dict], title: str, filters: str) -> bytes:
    """The feed's XML. Entries are the stories themselves: ids are their URLs, `updated`
    when govnews last saw a change, `published` the page's own date."""
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    _text(feed, "id", "urn:govnews:feed:" + hashlib.sha1(filters.encode("utf-8")).hexdigest()[:16])
    _text(feed, "title", title)
    newest = max((a["last_seen_at"] for a in articles), default=datetime.now(timezone.utc).isoformat(timespec="seconds"))
    _text(feed, "updated", newest)
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    _text(author, "name", "govnews")
    _text(feed, "generator", "govnews")
    for article in articles:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        _text(entry, "id", article["url"])
        _text(entry, "title", article["title"])
        ET.SubElement(entry, f"{{{ATOM}}}link", {"rel": "alternate", "href": article["url"]})
        _text(entry, "updated", article["last_seen_at"])
        if article.get("published_at"):
            _text(entry, "published", article["published_at"])
        if article.get("source") or article.get("site"):
            entry_author = ET.SubElement(entry, f"{{{ATOM}}}author")
            _text(entry_author, "name", article.get("source") or article["site"])
        if article.get("site"):
            ET.SubElement(entry, f"{{{ATOM}}}category", {"term": article["site"]})
        text = article["text"]
        _text(entry, "summary", text[:SUMMARY_CHARS] + ("…" if len(text) > SUMMARY_CHARS else ""))
        _text(entry, "content", text, type="text")
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)
