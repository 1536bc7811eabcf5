"""A page as the reader sees it: one block of text a line, whatever the input.

Saved text captures are already that (one line a block); HTML gets there through
BeautifulSoup with lxml, block elements becoming lines. Both give the same blocks for the
same page, so every site parser works on either.
"""

from __future__ import annotations

import html as html_lib
import re
import secrets
from dataclasses import dataclass, field

from bs4 import BeautifulSoup, CData, NavigableString, Tag

from . import normalize
from .decode import decode_page
from .errors import NotAnArticle

# Elements whose content never reaches the reader.
DROPPED_TAGS = frozenset(
    "script style noscript template iframe object embed svg canvas select option button "
    "input textarea head map audio video".split()
)
# A <form> that holds little text is a search box or a login; a large one wraps the page
# (ASP.NET sites put the whole body in one form) and is kept.
SMALL_FORM_CHARS = 200
# Elements that start a new line in a browser.
BLOCK_TAGS = frozenset(
    "address article aside blockquote body caption center dd details dialog div dl dt "
    "fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr html legend li "
    "main nav ol p pre section summary table tbody td tfoot th thead tr ul".split()
)
# Comments, doctypes and processing instructions are strings too, but nobody sees them.
READABLE_STRINGS = (NavigableString, CData)
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
# What marks a document as HTML rather than a text capture that merely shows leaked tags.
# (<meta> or <title> alone is not enough: spam tags leak into text captures as text.)
HTML_MARKERS = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.I)
HTML_SNIFF_CHARS = 2048
# Regions no reader sees, cut before BeautifulSoup builds a tree for them. A browser ends
# a script or style at the first matching end tag (or the end of the page), and so does
# `cut_unseen`, in one linear pass.
UNSEEN_START = re.compile(r"<!--|<(script|style|noscript|template)\b[^>]*>", re.I)
# Link lists (menus, "hot / latest" lists) are most of a portal page's markup and never
# story text. A well-formed one, every item a single link with at most a date beside it,
# is turned into its blocks right here and left to BeautifulSoup as one placeholder
# element: the same blocks, without a tree of hundreds of elements to build.
LINK_LIST = re.compile(
    r"<(ul|ol)\b[^>]*>(?:\s*<li\b[^>]*>\s*<a\b[^>]*>[^<]*</a>\s*(?:<(span|em|i|font)\b[^>]*>[^<]*</\2>\s*)?</li>)+\s*</\1\s*>",
    re.I,
)
LINK_LIST_ITEM = re.compile(r"<li\b[^>]*>(.*?)</li>", re.I | re.S)
LINK_TEXT = re.compile(r"<a\b[^>]*>([^<]*)</a>", re.I)
ANY_TAG = re.compile(r"<[^>]+>")
LONE_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(slots=True)
class Block:
    """One line of the page: `text` as published, `norm` as readers want it."""

    text: str
    norm: str
    tag: str = "line"
    link_chars: int = 0
    list_item: bool = False

    @property
    def link_density(self) -> float:
        return self.link_chars / len(self.text) if self.text else 0.0


@dataclass
class Page:
    """The blocks of a page and what its <head> says about it."""

    blocks: list[Block]
    html_title: str | None = None
    meta: dict[str, str] = field(default_factory=dict)
    is_html: bool = False


def make_block(raw: str, tag: str = "line", link_chars: int = 0, list_item: bool = False) -> Block | None:
    """A block from a line of text, its reading text still to come (`with_reading_text`);
    None when the line is blank."""
    text, bulleted = normalize.strip_bullet(normalize.collapse_whitespace(raw))
    if not text:
        return None
    return Block(text, "", tag, min(link_chars, len(text)), list_item or bulleted)


def with_reading_text(blocks: list[Block]) -> list[Block]:
    """The blocks with their reading text, computed for the whole page in one pass; blocks
    with nothing readable left (leaked tags, bare bullets) are dropped."""
    for block, norm in zip(blocks, normalize.reading_texts([b.text for b in blocks])):
        block.norm = norm
    return [b for b in blocks if b.norm]


def looks_like_html(text: str) -> bool:
    return bool(HTML_MARKERS.search(text[:HTML_SNIFF_CHARS]))


def text_to_page(text: str) -> Page:
    """A saved text capture: one block a line."""
    blocks = [make_block(line) for line in text.splitlines()]
    return Page(with_reading_text([b for b in blocks if b]))


class _BlockWriter:
    """Collects inline text until a block boundary, then emits it as one block."""

    def __init__(self, link_lists: list[list[Block]] | None = None) -> None:
        self.link_lists = link_lists or []
        self.blocks: list[Block] = []
        self.parts: list[str] = []
        self.link_chars = 0
        self.tag = "p"
        self.list_item = False

    def add(self, text: str, in_link: bool) -> None:
        self.parts.append(text)
        if in_link:
            self.link_chars += len(text.strip())


    def flush(self) -> None:
        if self.parts:
            block = make_block("".join(self.parts), self.tag, self.link_chars, self.list_item)
            if block:
                self.blocks.append(block)
        self.parts, self.link_chars = [], 0


def _hidden(attrs: dict) -> bool:
    if "hidden" in attrs:
        return True
    style = attrs.get("style")
    return bool(style and HIDDEN_STYLE.search(style))


def _walk(root: Tag, out: _BlockWriter, placeholder: str) -> None:
    """Emit the blocks under `root` in reading order.

    Iterative, with a stack of open elements, so that no nesting depth a page can reach
    (lxml sets none) exhausts Python's recursion limit.
    """
    # Each frame: the element's remaining children, whether they are inside a link or a
    # list item, and, for a block element, the writer state to restore when it closes.
    frames: list[tuple] = [(iter(root.contents), False, False, None)]
    while frames:
        children, in_link, in_li, restore = frames[-1]
        child = next(children, None)
        if child is None:
            frames.pop()
            if restore is not None:
                out.flush()
                out.tag, out.list_item = restore
            continue
        kind = type(child)
        if kind is not Tag:
            if kind in READABLE_STRINGS:
                out.add(child, in_link)
            continue
        name = child.name
        if name in DROPPED_TAGS or (child.attrs and _hidden(child.attrs)):
            continue
        if name == "form" and len(child.get_text(strip=True)) < SMALL_FORM_CHARS:
            continue
        if name == "br" or name == placeholder:
            out.flush()
            if name == placeholder:
                out.blocks.extend(out.link_lists[int(child["n"])])
        elif name in BLOCK_TAGS:
            out.flush()
            restore = (out.tag, out.list_item)
            out.tag, out.list_item = name, in_li or name == "li"
            frames.append((iter(child.contents), in_link, out.list_item, restore))
        else:
            frames.append((iter(child.contents), in_link or name == "a", in_li, None))


def cut_unseen(html: str) -> str:
    """The page without comments, scripts, styles, noscript and template content."""
    lower = html.lower()
    kept, position = [], 0
    while match := UNSEEN_START.search(html, position):
        kept.append(html[position : match.start()])
        closing = "-->" if match.group(1) is None else f"</{match.group(1).lower()}"
        end = lower.find(closing, match.end())
        if end == -1:
            return " ".join(kept)
        position = lower.find(">", end) + 1 or len(html)
        kept.append(" ")
    kept.append(html[position:])
    return "".join(kept)


def cut_link_lists(html: str, placeholder: str) -> tuple[str, list[list[Block]]]:
    """Replace well-formed link lists by `placeholder` elements; return the blocks each
    stood for, in order."""
    lists: list[list[Block]] = []

    def replace(match: re.Match) -> str:
        markup = match.group(0)
        if HIDDEN_STYLE.search(markup) or " hidden" in markup:
            return markup  # hidden lists are dropped by the walk; leave them to it
        items = []
        for inner in LINK_LIST_ITEM.findall(markup):
            link_chars = sum(len(html_lib.unescape(t).strip()) for t in LINK_TEXT.findall(inner))
            block = make_block(html_lib.unescape(ANY_TAG.sub("", inner)), "li", link_chars, True)
            if block:
                items.append(block)
        lists.append(items)
        return f'<{placeholder} n="{len(lists) - 1}"></{placeholder}>'

    return LINK_LIST.sub(replace, html), lists


def _head_meta(soup: BeautifulSoup) -> dict[str, str]:
    """<meta name|property|http-equiv content> as a dict keyed by lower-cased name."""
    meta = {}
    for tag in (soup.head or soup).find_all("meta"):
        key = tag.get("name") or tag.get("property") or tag.get("http-equiv")
        content = tag.get("content")
        if key and content and key.lower() not in meta:
            meta[key.lower()] = normalize.collapse_whitespace(content)
    return meta


def html_to_page(html: str) -> Page:
    """An HTML page: block elements become lines; scripts, styles and small forms go."""
    # The placeholder's name is new for every page, so no page can forge one.
    placeholder = f"gn-links-{secrets.token_hex(6)}"
    html, link_lists = cut_link_lists(cut_unseen(html), placeholder)
    soup = BeautifulSoup(html, "lxml", multi_valued_attributes=None)
    title = soup.title.get_text() if soup.title else None
    meta = _head_meta(soup)
    out = _BlockWriter(link_lists)
    _walk(soup, out, placeholder)
    out.flush()
    html_title = normalize.collapse_whitespace(title) if title else None
    return Page(with_reading_text(out.blocks), html_title or None, meta, is_html=True)


def decode(content: bytes | str, charset: str | None = None) -> str:
    """The page's text: bytes decoded (an HTTP header's charset first), text cleaned."""
    return decode_page(content, charset) if isinstance(content, bytes) else LONE_SURROGATE.sub("\ufffd", content)


def page_from_text(text: str) -> Page:
    """A decoded page, HTML or text capture, to its blocks."""
    if not text.strip():
        raise NotAnArticle("empty page")
    return html_to_page(text) if looks_like_html(text) else text_to_page(text)


def page_to_blocks(content: bytes | str, charset: str | None = None) -> Page:
    """Any page, HTML or text capture, bytes or text, to its blocks."""
    return page_from_text(decode(content, charset))
