"""Bytes to text, decoded once, the way Scrapy does it.

Pages declared GBK or GB2312 are decoded as GB18030, the superset: real pages declared
GB2312 routinely use characters outside it. Undeclared pages are tried as UTF-8, then
handed to charset-normalizer.
"""

from __future__ import annotations

import codecs
import re

from bs4.dammit import EncodingDetector
from charset_normalizer import from_bytes

from .errors import NotAnArticle

# Enough of the head to find a <meta charset>, as browsers do (they look at 1024 bytes).
SNIFF_BYTES = 4096
# Codec names (as codecs.lookup resolves them) that stand for GB18030's subsets.
GB_FAMILY = {"gb2312", "gbk", "gb18030", "hz"}
# A page cannot declare itself UTF-16/32 in ASCII; browsers read such pages as UTF-8.
WIDE_UNICODE = {"utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"}
BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# A declared charset "does not fit" when, of the non-ASCII characters it yields (at least
# MISFIT_MIN_CHARS of them), under MISFIT_CJK_SHARE are Chinese, while GB18030 gives over
# FIT_CJK_SHARE: ISO-8859-1 or a stale UTF-8 over GBK bytes, say.
MISFIT_MIN_CHARS = 20
MISFIT_CJK_SHARE = 0.3
FIT_CJK_SHARE = 0.9
# ... or when another CJK charset (Big5, Shift_JIS) yields Chinese-looking text with at
# least this share of undecodable characters, where GB18030 yields fewer: GBK bytes read as
# Big5 give 4% of U+FFFD; a real Big5 page, a few stray ones in thousands.
MISFIT_ERROR_SHARE = 0.02
BROKEN_UTF8_RATIO = 50  # whole non-ASCII characters needed for each broken one, in nearly UTF-8 bytes
CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")
NON_ASCII = re.compile(r"[^\x00-\x7f]")
# A binary file has NUL bytes or lots of control characters; text never does.
CONTROL_BYTES = bytes(range(0, 9)) + bytes(range(14, 32))


def canonical_charset(name: str) -> str | None:
    """The codec to use for a declared charset, or None when it is no text encoding we know."""
    try:
        info = codecs.lookup(name.strip().lower().replace("x-gbk", "gbk"))
    except LookupError:
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name in ("idna", "punycode", "undefined"):
        return None
    if info.name in GB_FAMILY:
        return "gb18030"
    return "utf-8" if info.name in WIDE_UNICODE else info.name


CONTENT_TYPE_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)


def charset_from_content_type(content_type: str | None) -> str | None:
    """The charset an HTTP Content-Type header names, if any."""
    match = CONTENT_TYPE_CHARSET.search(content_type or "")
    return match.group(1) if match else None


def declared_charset(data: bytes) -> str | None:
    """The charset the page declares in an XML prolog or a <meta> tag (found by
    BeautifulSoup's EncodingDetector, within the first SNIFF_BYTES)."""
    name = EncodingDetector.find_declared_encoding(data[:SNIFF_BYTES], is_html=True, search_entire_document=True)
    return canonical_charset(name) if name else None


def looks_binary(data: bytes) -> bool:
    """True for images, archives and other files that are not text at all."""
    sample = data[:SNIFF_BYTES]
    if b"\x00" in sample:
        return True
    controls = sum(sample.count(bytes([b])) for b in CONTROL_BYTES)
    return controls > len(sample) // 50


def strict_utf8(data: bytes) -> str | None:
    """The text if the bytes are valid UTF-8 with multibyte characters in them.

    GBK text essentially never forms valid UTF-8 across a page, so such bytes are UTF-8
    whatever the page declares: saved and re-served pages often keep a stale
    <meta charset="gb2312"> over UTF-8 bytes.
    """
    if data.isascii():
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def nearly_utf8(data: bytes) -> str | None:
    """The text if the bytes are UTF-8 but for a few broken sequences, with those replaced:
    a text browser's capture cuts a character in two where it pads a form field
    ([站内搜索��搜索]), and one such cut makes no other encoding fit. GBK bytes read as
    UTF-8 break at nearly every character, so they never pass."""
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    return text if broken * BROKEN_UTF8_RATIO <= len(NON_ASCII.findall(text)) - broken else None


def cjk_share(text: str) -> tuple[int, float]:
    """(non-ASCII characters, the share of them that are Chinese characters or punctuation)."""
    wide = len(NON_ASCII.findall(text))
    return wide, (len(CJK.findall(text)) / wide if wide else 1.0)


def refit(data: bytes, codec: str, text: str) -> str | None:
    """The page read as GB18030 when the declared `codec` yields no Chinese where GB18030
    yields Chinese text; None when the declaration fits (or GB18030 fits no better)."""
    if codec == "gb18030":
        return None
    wide, share = cjk_share(text)
    errors = text.count("\ufffd")
    if wide < MISFIT_MIN_CHARS or (share >= MISFIT_CJK_SHARE and errors < wide * MISFIT_ERROR_SHARE):
        return None
    candidate = data.decode("gb18030", errors="replace")
    if share >= MISFIT_CJK_SHARE and candidate.count("\ufffd") >= errors:
        return None  # GB18030 does no better than the declared CJK charset
    return candidate if cjk_share(candidate)[1] > FIT_CJK_SHARE else None


def decode_page(data: bytes, http_charset: str | None = None) -> str:
    """Decode a fetched page: valid multibyte UTF-8 as UTF-8, else the HTTP header's
    charset, then the page's own declaration, then detection. Raises NotAnArticle for
    binary files."""
    return decode_noting(data, http_charset)[0]


def decode_noting(data: bytes, http_charset: str | None = None) -> tuple[str, str | None]:
    """`decode_page`, and a warning when the declared charset did not fit the bytes and
    GB18030 was used instead (kept on the article: the text may still hold errors)."""
    text, codec = _decode(data, http_charset)
    fixed = refit(data, codec, text) if codec else None
    if fixed is None:
        return text, None
    return fixed, f"the page declares charset {codec} but its bytes are not that: read as GB18030"


def _decode(data: bytes, http_charset: str | None) -> tuple[str, str | None]:
    """The text and the declared codec it was read with (None if not a declared one)."""
    if looks_binary(data) and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise NotAnArticle("binary file, not a text or HTML page")
    for bom, codec in BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace"), None
    text = strict_utf8(data)
    if text is not None:
        return text, None
    codec = (canonical_charset(http_charset) if http_charset else None) or declared_charset(data)
    if codec:
        try:
            return data.decode(codec, errors="replace"), codec
        except (LookupError, UnicodeError):
            pass
    if data.isascii():
        return data.decode("ascii"), None
    if (text := nearly_utf8(data)) is not None:
        return text, None
    best = from_bytes(data).best()
    if best is None:
        try:  # (GB18030, the legacy encoding of Chinese text, when detection gives up: a capture of Traditional text saved in it)
            return data.decode("gb18030"), None
        except UnicodeDecodeError:
            raise NotAnArticle("undecodable bytes: no text encoding fits") from None
    encoding = canonical_charset(best.encoding) or best.encoding
    return data.decode(encoding, errors="replace"), None
