"""format = "wecom": a WeCom (企业微信) group bot, markdown message. The webhook's `key`
is its only credential (no signing). Answers {"errcode": 0} or a refusal code."""

from __future__ import annotations

NAME = "wecom"
SIGNED = False
PER_MINUTE = 18  # the bot takes 20 messages a minute
PERMANENT = {
    93000: "invalid webhook key",
    93004: "the bot was stopped",
    93008: "the bot is not in the group",
    40008: "invalid message type",
    40058: "invalid parameter",
    44004: "empty message",
    40054: "invalid URL in the message",
}


def body(message) -> dict:
    return {"msgtype": "markdown", "markdown": {"content": message.markdown}}


def signed(url: str, body: dict, secret: str | None, now: float) -> tuple[str, dict]:
    return url, body


def refusal(reply: dict) -> tuple[int, str] | None:
    code = reply.get("errcode", 0)
    return None if code in (0, None) else (code, str(reply.get("errmsg") or code))
