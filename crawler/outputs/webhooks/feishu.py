"""format = "feishu": a Feishu/Lark (飞书) custom group bot, text message.

Signing ("签名校验"): timestamp in seconds; HmacSHA256 keyed by "timestamp\\nsecret" over
an empty message, base64; sent as "timestamp" and "sign" in the JSON body. The bot
answers {"code": 0} (older bots {"StatusCode": 0}) or a refusal code.
"""

from __future__ import annotations

import base64
import hashlib
import hmac

NAME = "feishu"
SIGNED = True
PER_MINUTE = 90  # the bot takes 100 messages a minute (and 5 a second)
PERMANENT = {
    19001: "invalid webhook token",
    19002: "malformed message",
    19007: "the bot is not in the group, or was stopped",
    19021: "signature wrong, or the clock is off by more than an hour",
    19022: "IP not allowed",
    19024: "keyword missing",
}


def body(message) -> dict:
    return {"msg_type": "text", "content": {"text": message.text}}


def signature(secret: str, timestamp: int) -> str:
    digest = hmac.new(f"{timestamp}\n{secret}".encode(), b"", hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


def signed(url: str, body: dict, secret: str | None, now: float) -> tuple[str, dict]:
    if not secret:
        return url, body
    timestamp = int(now)
    return url, {"timestamp": str(timestamp), "sign": signature(secret, timestamp), **body}


def refusal(reply: dict) -> tuple[int, str] | None:
    code = reply.get("code", reply.get("StatusCode", 0))
    return None if code in (0, None) else (code, str(reply.get("msg") or reply.get("StatusMessage") or code))
