"""Webhook formats: one module per kind of receiver (a chat bot or plain JSON), each with
the same few names, and one line each in `FORMATS`. The sender never asks which format it
holds: it calls the module's `body`, `signed` and `refusal`.

A format module has:
    NAME         the `format = "…"` of a watch
    SIGNED       whether a `secret` signs its messages
    PER_MINUTE   messages a minute it is sent at most (the bot's own limit, with room)
    body(message) -> dict              the JSON to POST
    signed(url, body, secret, now) -> (url, body)
    refusal(reply) -> (code, reason) | None   what the bot's answer refuses, if anything
    PERMANENT    the refusal codes retrying will not cure (keyword, signature, token)
"""

from crawler.outputs.webhooks import dingtalk, feishu, plain, wecom
from crawler.outputs.webhooks.message import Message

FORMATS = {
    plain.NAME: plain,
    dingtalk.NAME: dingtalk,
    wecom.NAME: wecom,
    feishu.NAME: feishu,
}

__all__ = ["FORMATS", "Message"]
