"""Text captures saved as Markdown.

html2text, markdownify and the crawl tools that feed language models save a page as
Markdown: `# 标题`, `* 首页`, `![](logo.png)`, `[更多](/list.html)`, `**来源：**`. Read as
plain lines, every mark is text and the headline is `## 下六甲灌区工程…`. Yet the marks say
what a plain capture cannot — which line is a heading, which a list item, which a link —
so such a capture is read as the HTML page it describes (markdown-it-py, CommonMark).
"""

from __future__ import annotations

import re
from functools import lru_cache

# What only Markdown prints: an image or a link with its address, a heading's hashes at the
# start of a line, a table's separator row. (A lone `#` or `*` is no sign: lynx marks
# nested list items so, and a story may start a line with **.)
MARKDOWN_SIGN = re.compile(
    r"!\[[^\]\n]*\]\([^)\n]*\)"  # ![alt](src)
    r"|\[[^\]\n]+\]\((?:https?:|/|\.|#|javascript:)[^)\n]*\)"  # [text](href)
    r"|^#{1,6}[ \t]+\S"  # ## heading
    r"|^\|?[ \t]*:?-{3,}:?[ \t]*\|"  # |---|---|
    r"|\*\*[^*\n]+\*\*",  # **bold**
    re.M,
)
# Signs enough to read a capture as Markdown: a story may quote one such thing, a page of
# Markdown prints them everywhere; a heading's hashes at a line's start count for two.
MIN_SIGNS = 2
# Strong emphasis: CommonMark does not close ** after CJK punctuation (**来源：**广西日报),
# and converters print empty pairs (****); marks only, never text, so they go before parsing.
STRONG_MARK = re.compile(r"\*\*|(?<!_)__(?!_)")  # (a form's blank, 姓名：________, is no mark)
# A paragraph's lines are one line in Markdown. A converter (html2text) puts a blank line
# between blocks and may wrap a paragraph; a capture of one block a line has few blank lines,
# and each of its line breaks is kept.
MIN_BLANK_SHARE = 0.2
# A link's or an image's address that a converter wrapped (html2text breaks lines at 78
# columns, inside addresses too): its pieces are one address again.
OPEN_ADDRESS = re.compile(r"\]\([^()\s]*$")
# What is left of a table's cell borders at the ends of a line that is no table row (a
# converter's one-column table, or a row of a nested one), and an emphasis mark against CJK.
EDGE_PIPES = re.compile(r"(?<=>)(\n*)(?:[ \t]*\|)+[ \t]*|(?:[ \t]*\|)+[ \t]*(?=<)")
# A table's separator row where no table is (a nested table's, as a converter flattens it).
STRAY_SEPARATOR = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*(?::?-{3,}:?)?[ \t]*(?=<br />|</p>|$)", re.M)
CJK_EMPHASIS = re.compile(r"(?<=>)_(?!_)|(?<!_)_(?=<)")  # (_强调_ at an element's edges; 微信图片_2021….jpg keeps its _)


def looks_like_markdown(text: str) -> bool:
    """Whether a text capture is Markdown: a few of its signs, found without reading it all."""
    if "](" not in text and "#" not in text and "--" not in text and "**" not in text:
        return False
    count = 0
    for sign in MARKDOWN_SIGN.finditer(text):
        count += 2 if sign[0][0] == "#" else 1  # (a heading's hashes: nothing else prints them)
        if count >= MIN_SIGNS:
            return True
    return False


@lru_cache(maxsize=2)
def _renderer(breaks: bool):
    from markdown_it import MarkdownIt

    # HTML in the capture stays text, as leaked spam tags do in plain captures; fenced code
    # is no page's layout. Every link is a link, javascript:void(0) too: its text is what
    # counts, and nothing here is ever followed or shown.
    renderer = MarkdownIt("commonmark", {"breaks": breaks, "html": False}).enable("table").disable("fence")
    renderer.validateLink = lambda url: True
    return renderer


def markdown_to_html(text: str) -> str:
    """The HTML page a Markdown capture describes. Lines lose their indent first: a capture
    indents paragraphs and nested list items with spaces, which CommonMark would read as
    code."""
    lines: list[str] = []
    for line in STRONG_MARK.sub("", text).splitlines():
        if lines and OPEN_ADDRESS.search(lines[-1]):
            lines[-1] += line.strip()
        else:
            lines.append(line.lstrip())
    blank_share = sum(not line for line in lines) / max(len(lines), 1)
    html = _renderer(blank_share < MIN_BLANK_SHARE).render("\n".join(lines))
    html = EDGE_PIPES.sub(r"\1", STRAY_SEPARATOR.sub("", html))
    return f"<html><body>{CJK_EMPHASIS.sub('', html)}</body></html>"
