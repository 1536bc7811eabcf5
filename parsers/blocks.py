"""A page as the reader sees it: one block of text a line, whatever the input.

Saved text captures are already that (one line a block); HTML gets there through an lxml
tree, block elements becoming lines. Both give the same blocks for the same page, so
every site parser works on either.

The tree is lxml's own, walked with `iterwalk`: a portal page is a thousand elements of
menus and link lists around a few paragraphs, and building BeautifulSoup's Python objects
for all of them was half the cost of parsing a page (docs/benchmarks.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from lxml import etree

from . import columns, markdown_capture, normalize, scripted
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
# Inline elements that mean nothing to the blocks but their text (links do: they are
# counted, and <br> ends a line).
FORMATTING_TAGS = frozenset(
    "abbr b big cite code del dfn em font i img ins kbd label mark q s samp small span strike "
    "strong sub sup time tt u var wbr".split()
)
CELL_TAGS = frozenset({"td", "th"})
# An image's name as a text browser prints it, in brackets: w3m's [b48a391828],
# [W020200422350301545039]; lynx's file names, [zoomplus.gif].
# (Not a date in brackets: 发布时间:[2019-3-5].)
IMAGE_EXTENSIONS = r"(?:gif|png|jpe?g|bmp|webp|svg|ico)"
IMAGE_NAME = re.compile(rf"\[(?!(?:19|20)\d\d[-./]\d{{1,2}}[-./]\d{{1,2}}\])(?:(?=[A-Za-z_.\-]*\d)[A-Za-z0-9_.\-]{{6,40}}|[^\[\]\s]{{1,60}}\.{IMAGE_EXTENSIONS})\]", re.I)
# What lynx prints for what it does not draw: a frame's address (IFRAME: /sfclient/mySave.html)
# and a button's mark ((BUTTON) Print); neither is text of the page.
FRAME_LINE = re.compile(r"^\s*I?FRAME:\s*\S*\s*$")
BUTTON_MARK = re.compile(r"\(BUTTON\)\s*")
# A table's edge a capture leaves at a line's ends (《卓越高新区》…秋蟹开塘捕捞 |): no text. (A
# Markdown capture's leftover borders go after rendering: markdown_capture.EDGE_PIPES.)
TABLE_EDGE = re.compile(r"^\s*\|(?:\s*\|)*\s*|\s*\|(?:\s*\|)*\s*$")
# visibility:hidden with opacity:0 is where a fade-in starts: a script shows the element
# (WeChat articles ship their whole story so, #js_content); display:none hides for good.
REVEALED_LATER = re.compile(r"opacity\s*:\s*0(?![.\d]*[1-9])", re.I)
# A page does not hide its whole self: <body style='visibility: hidden'> waits for a script
# to show it once the page is ready (a gkmlpt document page), as a reader then sees it.
SHOWN_LATER = frozenset({"html", "body"})
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
READ_MORE = etree.XPath("//a[contains(., '阅读全文') or contains(., '展开全文') or contains(., '查看全文')]")
# (Matching the attributes and going up is three times as fast as testing every element.)
MAYBE_HIDDEN = etree.XPath("//@style/.. | //@hidden/..")
# Links to documents, found before the walk (it keeps link text, not addresses).
DOCUMENT_LINKS = etree.XPath("//a[@href]")
MAYBE_DOCUMENT = re.compile(r"\.(?:pdf|docx?|xlsx?|wps|ofd|zip)\b", re.I)  # in the raw page: worth a look
DOCUMENT_HREF = re.compile(r"\.(?:pdf|docx?|xlsx?|wps|ofd|zip)(?:$|[?#])", re.I)
DOCUMENT_NAME = re.compile(r"\.(?:pdf|docx?|xlsx?|wps|ofd|zip)$", re.I)
# What marks a document as HTML rather than a text capture that merely shows leaked tags.
# (<meta> or <title> alone is not enough: spam tags leak into text captures as text.)
HTML_MARKERS = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.I)
HTML_SNIFF_CHARS = 2048
LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# How deep a tree gets built for pages nested past libxml2's own limit (Chromium caps its
# tree at 512 levels in the same way).
MAX_TREE_DEPTH = 1000


@dataclass(slots=True)
class Block:
    """One line of the page: `text` as published, `norm` as readers want it."""

    text: str
    norm: str
    tag: str = "line"
    link_chars: int = 0
    list_item: bool = False
    cell: bool = False  # inside a table cell

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
    links: list[tuple[str, str]] = field(default_factory=list)  # (text, href) of document links
    # The pruned lxml tree of an HTML page, for the rare reader that needs a table's
    # columns, which lines do not keep (an empty cell leaves no line).
    tree: object | None = field(default=None, repr=False)

    @cached_property
    def joined(self) -> str:
        """The page's reading text, a line a block: one search of it tells a template's
        marker or a captcha's prompt is nowhere, as on most pages."""
        return "\n".join([b.norm for b in self.blocks])


def make_blocks(lines: list[tuple[str, str, int, bool, bool]]) -> list[Block]:
    """Blocks from (raw text, tag, link characters, list item, table cell) lines, blank ones left out,
    each with its reading text: whitespace, bullets and reading text are done for the
    whole page at once, not line by line."""
    kept = []
    for (_, tag, link_chars, list_item, cell), text in zip(lines, normalize.collapse_lines([line[0] for line in lines])):
        if text[:1] in normalize.BULLET_FIRST:
            text, bulleted = normalize.strip_bullet(text)
            list_item = list_item or bulleted
        if text:
            kept.append((text, tag, link_chars, list_item, cell))
    norms = normalize.reading_texts([k[0] for k in kept], tidy=True)
    return [
        Block(text, norm, tag, min(link_chars, len(text)), list_item, cell)
        for (text, tag, link_chars, list_item, cell), norm in zip(kept, norms)
        if norm
    ]


def looks_like_html(text: str) -> bool:
    return bool(HTML_MARKERS.search(text[:HTML_SNIFF_CHARS]))


def text_to_page(text: str) -> Page:
    """A saved text capture: one block a line. An image's name in brackets, as w3m prints
    it ([b48a391828], [W020200422350301545039]) or lynx ([zoomplus.gif]), goes, as an <img>
    gives an HTML page no text; so do lynx's frame addresses and button marks. A capture
    saved as Markdown is read as the page its marks describe."""
    if markdown_capture.looks_like_markdown(text):
        page = html_to_page(markdown_capture.markdown_to_html(text))
        page.is_html = False
        return page
    lines = columns.unwrapped_page(columns.reading_order(text.splitlines()))
    if "[" in text:
        lines = [IMAGE_NAME.sub("", line) if "[" in line else line for line in lines]
    if "FRAME:" in text or "(BUTTON)" in text:
        lines = [BUTTON_MARK.sub("", line) for line in lines if not FRAME_LINE.match(line)]
    if "|" in text:
        lines = [TABLE_EDGE.sub("", line) if "|" in line else line for line in lines]
    return Page(make_blocks([(line, "line", 0, False, False) for line in lines]))


def _remove(element) -> None:
    """Take an element and its content out of the tree, keeping the text that follows it."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


def _prune(root) -> None:
    """Drop what no reader sees: unseen elements, hidden ones, small forms."""
    etree.strip_elements(root, *DROPPED_TAGS, with_tail=False)
    hidden = [element for element in MAYBE_HIDDEN(root) if element.tag not in SHOWN_LATER and (element.get("hidden") is not None or (
        (style := element.get("style")) and HIDDEN_STYLE.search(style) and not REVEALED_LATER.search(style)))]
    folded = _folded(hidden, root)
    for element in hidden:
        if element not in folded:
            _remove(element)
    for form in list(root.iter("form")):
        if sum(len(s.strip()) for s in form.itertext()) < SMALL_FORM_CHARS:
            _remove(form)
    # What is left of inline formatting only joins its text to its parent's: done in C
    # here, it spares the walk a third of the elements of a portal page.
    etree.strip_tags(root, *FORMATTING_TAGS)


def _folded(hidden: list, root) -> set:
    """Paragraphs a page hides to fold its story behind a read-more button (打开APP阅读全文):
    hidden <p>s that go on from the story's visible <p>s, on a page with such a button.
    They are the story's second half, not hidden spam, and a reader who taps sees them."""
    candidates, unseen = set(), set(hidden)
    for element in hidden:
        before = element.getprevious()
        if element.tag == "p" and before is not None and before.tag == "p" and (before in candidates or before not in unseen):
            candidates.add(element)
    if not candidates or not READ_MORE(root):
        return set()
    return candidates


def _lines(root) -> list[tuple[str, str, int, bool, bool]]:
    """The page's lines in reading order: (text, tag, link characters, list item, table cell).

    A line is the text between two block boundaries; its tag is the innermost block
    element open at its end. `iterwalk` keeps no Python recursion, so no nesting depth a
    page can reach exhausts the stack. (The hot loop of parsing: kept flat on purpose,
    with a stack for block elements only; links do not nest in a parsed tree.)
    """
    lines: list[tuple[str, str, int, bool, bool]] = []
    append = lines.append
    block_tags, cell_tags = BLOCK_TAGS, CELL_TAGS
    parts: list[str] = []
    add, clear, join = parts.append, parts.clear, "".join
    link_chars = 0
    tag, list_item, in_cell = "p", False, False  # the innermost open block
    stack: list[tuple[str, bool, bool]] = []
    push, pop = stack.append, stack.pop
    in_link = False
    link_lists = _link_lists(root)
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        name = element.tag
        if event == "start":
            if name in block_tags or name == "br":
                if parts:
                    line = join(parts)
                    if not line.isspace():
                        append((line, tag, link_chars, list_item, in_cell))
                    clear()
                    link_chars = 0
                if name != "br":
                    push((tag, list_item, in_cell))
                    tag = name
                    if name == "li":
                        list_item = True
                    elif name in cell_tags:
                        in_cell = True
                    elif name == "ul" and element in link_lists:
                        # (a menu: its lines as the walk would make them, without walking it)
                        for line, linked in link_lists[element]:
                            append((line, "li", linked, True, in_cell))
                        walker.skip_subtree()
                        continue
            elif name == "a":
                in_link = True
            text = element.text
        else:
            if name in block_tags:
                if parts:
                    line = join(parts)
                    if not line.isspace():
                        append((line, tag, link_chars, list_item, in_cell))
                    clear()
                    link_chars = 0
                tag, list_item, in_cell = pop()
            elif name == "a":
                in_link = False
            text = element.tail
        if text:
            add(text)
            if in_link:
                link_chars += len(text.strip())
    if parts:
        append((join(parts), tag, link_chars, list_item, in_cell))
    return lines


def _link_lists(root) -> dict:
    """The lists that hold one link an item and nothing else (a portal's menus, most of its
    lines): each with the lines `_lines` would make of it, (text, link characters), read in
    one pass over the list instead of four walk events an item."""
    found = {}
    for ul in root.iter("ul"):
        if ul.text and not ul.text.isspace():
            continue
        lines = []
        for li in ul:
            if li.tag != "li" or len(li) != 1 or (li.tail and not li.tail.isspace()):
                break
            link = li[0]
            if link.tag != "a" or len(link):
                break
            text = link.text or ""
            line = (li.text or "") + text + (link.tail or "")
            if line and not line.isspace():
                lines.append((line, len(text.strip())))
        else:
            found[ul] = lines
    return found


def _head(root) -> tuple[str | None, dict[str, str]]:
    """The page's <title> and its <meta name|property|http-equiv content>, keyed by
    lower-cased name."""
    title = next(root.iter("title"), None)
    title_text = normalize.collapse_whitespace("".join(title.itertext())) if title is not None else ""
    head = root.find("head")
    meta = {}
    for tag in (head if head is not None else root).iter("meta"):
        key = tag.get("name") or tag.get("property") or tag.get("http-equiv")
        content = tag.get("content")
        if key and content and key.lower() not in meta:
            meta[key.lower()] = normalize.collapse_whitespace(content)
    return title_text or None, meta


class _DepthCappedBuilder:
    """A tree builder for pages nested deeper than libxml2 builds trees (it stops at 2048
    levels and drops the rest). Like a browser, which caps the depth of its tree too, it
    keeps the text of the deeper elements; their tags are left out, and the content of
    unseen ones (DROPPED_TAGS) with them."""

    def __init__(self) -> None:
        self.builder = etree.TreeBuilder()
        self.depth = 0
        self.dropped = 0

    def start(self, tag, attrib):
        self.depth += 1
        if self.depth <= MAX_TREE_DEPTH:
            self.builder.start(tag, dict(attrib))
        elif tag in DROPPED_TAGS:
            self.dropped += 1

    def end(self, tag):
        if self.depth <= MAX_TREE_DEPTH:
            self.builder.end(tag)
        elif tag in DROPPED_TAGS:
            self.dropped -= 1
        self.depth -= 1

    def data(self, data):
        if not self.dropped:
            self.builder.data(data)

    def close(self):
        return self.builder.close()


def _with_trailing_content(root):
    """The tree with what follows </html> moved into its <body>: libxml2 keeps such
    content in a second top-level element, browsers show it at the end of the body, and
    broken templates close the document before the story."""
    if root is None:
        return None
    target = root.find("body")
    target = root if target is None else target
    for extra in list(root.itersiblings()):
        if not isinstance(extra.tag, str):
            continue
        if extra.text and extra.text.strip():
            orphan = etree.SubElement(target, "p")
            orphan.text = extra.text
        target.extend(list(extra))
    return root


def _parse_html(html: str):
    """The page's lxml tree, or None when nothing in it is markup lxml can read."""
    # libxml2 reads scripts, styles and comments as browsers do (a script ends only at
    # </script>, or with the page when unclosed); they are dropped from the tree after.
    data = html.encode("utf-8", "replace")
    # (collect_ids=False: no id table is built, as nothing looks elements up by id.)
    parser = etree.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True, collect_ids=False)
    try:
        root = etree.fromstring(data, parser)
        if not any(error.type == etree.ErrorTypes.ERR_RESOURCE_LIMIT for error in parser.error_log):
            return _with_trailing_content(root)
        capped = etree.HTMLParser(encoding="utf-8", target=_DepthCappedBuilder(), no_network=True)
        return etree.fromstring(data, capped)
    except etree.LxmlError:
        return None


def _document_links(root) -> list[tuple[str, str]]:
    """(text, href) of the links to documents (PDF, Word…): attachments, maybe."""
    found = []
    for link in DOCUMENT_LINKS(root):
        href = link.get("href").strip()
        text = normalize.collapse_whitespace("".join(link.itertext()))
        if not DOCUMENT_HREF.search(href):
            if DOCUMENT_HREF.search(kept := (link.get("oldsrc") or "").strip()):
                href = kept  # TRS keeps the uploaded file's path there
            elif not DOCUMENT_NAME.search(text):
                continue  # (a download script's link, ReadAttachFile.aspx?AttachID=…, names its file in its text)
        found.append((text, href))
    return found


def html_to_page(html: str) -> Page:
    """An HTML page: block elements become lines; scripts, styles and small forms go."""
    root = _parse_html(html)
    if root is None:
        return Page([], is_html=True)
    title, meta = _head(root)
    if "document.write" in html:
        scripted.print_writes(root)
    _prune(root)
    links = _document_links(root) if MAYBE_DOCUMENT.search(html) else []
    return Page(make_blocks(_lines(root)), title, meta, is_html=True, links=links, tree=root)


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
