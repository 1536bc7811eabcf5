"""format = "dingtalk": a DingTalk (钉钉) custom group bot, markdown message.

Signing ("加签"): timestamp in milliseconds; HmacSHA256 keyed by the secret over
"timestamp\\nsecret", base64, URL-encoded, added to the webhook as &timestamp=…&sign=….
The bot answers HTTP 200 with {"errcode": 0} or a refusal code.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from urllib.parse import quote_plus

NAME = "dingtalk"
SIGNED = True
PER_MINUTE = 18  # the bot takes 20 messages a minute, then refuses for ten minutes
PERMANENT = {
    310000: "keyword missing, signature wrong or IP not allowed (the bot's security settings)",
    300001: "no such bot: the access_token is wrong",
    300005: "no such bot: the access_token is wrong",
    400101: "the bot was removed or stopped",
    400102: "the bot was stopped",
    400013: "the group was dissolved",
    40035: "the message is malformed",
}


def body(message) -> dict:
    return {"msgtype": "markdown", "markdown": {"title": message.title, "text": message.markdown}}


def signature(secret: str, timestamp_ms: int) -> str:
    digest = hmac.new(secret.encode(), f"{timestamp_ms}\n{secret}".encode(), hashlib.sha256).digest()
    return quote_plus(base64.b64encode(digest))


def signed(url: str, body: dict, secret: str | None, now: float) -> tuple[str, dict]:
    if not secret:
        return url, body
    timestamp = int(now * 1000)
    return f"{url}{'&' if '?' in url else '?'}timestamp={timestamp}&sign={signature(secret, timestamp)}", body


def refusal(reply: dict) -> tuple[int, str] | None:
    code = reply.get("errcode", 0)
    return None if code in (0, None) else (code, str(reply.get("errmsg") or code))
