"""format = "json": the article's record POSTed as JSON, for receivers of one's own."""

from __future__ import annotations

NAME = "json"
SIGNED = False
PER_MINUTE = 600  # a receiver of one's own: paced only against a runaway loop
PERMANENT: dict[int, str] = {}


def body(message) -> dict:
    """The record (an article's fields, or a list of them), with the watch and the text a bot would show."""
    return {"watch": message.watch, "title": message.title, "text": message.text, **message.record}


def signed(url: str, body: dict, secret: str | None, now: float) -> tuple[str, dict]:
    return url, body


def refusal(reply: dict) -> tuple[int, str] | None:
    """A JSON receiver refuses with its HTTP status alone."""
    return None
