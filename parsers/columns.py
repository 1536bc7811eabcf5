"""A text capture's side-by-side columns, read one after the other.

A text browser draws a layout table's cells side by side: the story's cell wraps its
lines at the cell's width and the sidebar's cell goes on at the right of the same lines,
after a run of spaces (近日，晨报报道了…社会公众 ……… - 清华阳光率先夺取中国名). Read
line by line, every story line gets a sidebar item glued on and the story is cut into
pieces the density cannot join. Where lines share a border — a column at which a run of
spaces ends on several lines and which no line's text crosses — the left column's lines
are read first, then the right column's, as a reader's eye does.

A table of labels and values (索引号 | 000014349/2013-00123) shares borders too, but its
rows belong together: columns are read apart only where one of them holds prose, lines
with sentence punctuation, as a story's cell does.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from unicodedata import east_asian_width

# The spaces a text browser pads a cell with: two spaces can stand inside a line (after a
# full stop in Latin text, between a date and a time), a cell border leaves more.
CELL_GAP = re.compile(r" {3,}")
# Lines of a stretch on which both columns hold text, and lines of prose on one side of it.
MIN_SIDE_BY_SIDE = 3
MIN_WRAPPED_PROSE = 2
MIN_PROSE_CHARS = 12
PROSE_MARK = re.compile(r"[，。；！？,;]")  # (an enumeration comma 、 runs through a table cell too)
MAX_BORDERS = 8  # borders read per page (a portal has two or three)
MAX_CANDIDATES = 12  # columns tried as a border each time, the commonest
# A paragraph's first line is indented so; a wrapped line ends this close to the cell's edge
# (a wide character that does not fit goes to the next line).
PARAGRAPH_INDENT = ("\u3000", " ")
# A whole capture wrapped at a width: no line longer than it, and this many prose lines filling it.
MAX_WRAPPED_LINE = 160
MIN_WRAPPED_PAGE_LINES = 5
WRAP_SLACK = 2
SENTENCE_END = ("。", "！", "？", "!", "?", "”", "」")


@dataclass(slots=True)
class Piece:
    """The text of one cell on one line, and the display columns it takes."""

    start: int
    end: int
    text: str


def width(text: str) -> int:
    """Display columns: two for a Han character or a full-width sign, as a terminal draws them."""
    if text.isascii():
        return len(text)
    return sum(2 if east_asian_width(c) in "WF" else 1 for c in text)


def pieces(line: str) -> list[Piece]:
    """The line's cells: its text split at runs of spaces, each piece at its column."""
    found = []
    column = 0
    at = 0
    for gap in CELL_GAP.finditer(line):
        text = line[at : gap.start()]
        if text.strip():
            lead = len(text) - len(text.lstrip(" "))
            found.append(Piece(column + lead, column + width(text), text.strip(" ")))
        column += width(text) + len(gap.group())
        at = gap.end()
    text = line[at:]
    if text.strip():
        lead = len(text) - len(text.lstrip(" "))
        found.append(Piece(column + lead, column + width(text.rstrip(" ")), text.strip(" ")))
    return found


def _is_prose(side: list[list[Piece]]) -> bool:
    """Whether the side holds a cell of flowing text: MIN_WRAPPED_PROSE lines with sentence
    punctuation that fill the cell's width and go on in the next line. A table of names or
    of labels and values has no such lines."""
    fill = cell_width(side)
    if fill is None:
        return False
    return sum(1 for row, nxt in zip(side, side[1:]) if len(row) == 1 and len(nxt) == 1 and _fills(row[0], fill)
               and PROSE_MARK.search(row[0].text)) >= MIN_WRAPPED_PROSE


def cell_width(side: list[list[Piece]]) -> int | None:
    """The width the side's prose was wrapped at: the commonest width of its long lines
    with sentence punctuation that stop mid-sentence, when MIN_WRAPPED_PROSE of them share
    it (a centred or justified cell starts its lines at different columns, but fills the
    same width)."""
    widths = _prose_widths(side)
    if not widths:
        return None
    found, count = widths.most_common(1)[0]
    return found if count >= MIN_WRAPPED_PROSE else None


def _prose_widths(rows: list[list[Piece]]) -> Counter:
    """The widths of the rows' long one-cell lines of prose that stop mid-sentence."""
    return Counter(row[0].end - row[0].start for row in rows
                   if len(row) == 1 and len(row[0].text) >= MIN_PROSE_CHARS and not row[0].text.endswith(SENTENCE_END)
                   and PROSE_MARK.search(row[0].text))


def _fills(piece: Piece, fill: int) -> bool:
    """Whether the line reaches the cell's width (within a wide character that did not fit)."""
    return fill - WRAP_SLACK <= piece.end - piece.start <= fill + WRAP_SLACK and not piece.text.endswith(SENTENCE_END)


def _stretches(rows: list[list[Piece]], border: int) -> list[tuple[int, int]]:
    """(first, end) of each run of lines no piece crosses `border` on, where both sides
    hold text on MIN_SIDE_BY_SIDE lines and one side reads as prose."""
    found = []
    first = 0
    for i in range(len(rows) + 1):
        crossed = i == len(rows) or any(p.start < border < p.end for p in rows[i])
        if not crossed:
            continue
        run = rows[first:i]
        left = [[p for p in row if p.end <= border] for row in run]
        right = [[p for p in row if p.start >= border] for row in run]
        both = sum(1 for a, b in zip(left, right) if a and b)
        if both >= MIN_SIDE_BY_SIDE and (_is_prose(left) or _is_prose(right)):
            found.append((first, i))
        first = i + 1
    return found


def _borders(rows: list[list[Piece]], tried: set[int]) -> list[int]:
    """Columns where a piece that is not a line's first starts, commonest first."""
    counts = Counter(p.start for row in rows for p in row[1:])
    return [c for c, n in counts.most_common() if n >= MIN_SIDE_BY_SIDE and c not in tried]


def reading_order(lines: list[str]) -> list[str]:
    """The capture's lines with side-by-side columns read one after the other (each cell's
    text a line of its own there); a capture without them comes back as it was."""
    if not any(CELL_GAP.search(line.strip(" ")) for line in lines):
        return lines  # (most captures: no line holds two cells)
    rows = [pieces(line) for line in lines]
    tried: set[int] = set()
    changed = False
    for _ in range(MAX_BORDERS):
        # the border that puts the most lines side by side first (a column's text starts
        # at 340 on some lines and at 342 after a bullet on others: 340 is its border)
        found = [(sum(e - f for f, e in stretches), border, stretches)
                 for border in _borders(rows, tried)[:MAX_CANDIDATES] if (stretches := _stretches(rows, border))]
        if not found:
            break
        _, border, stretches = max(found, key=lambda f: (f[0], -f[1]))
        tried.add(border)
        rows = _read_apart(rows, border, stretches)
        changed = True
    if not changed:
        return lines
    return [" ".join(p.text for p in row) for row in rows]


def unwrapped_page(lines: list[str]) -> list[str]:
    """A capture wrapped at a fixed width (`w3m -dump` at its default 80 columns, `lynx
    -dump` at 79) with each paragraph's lines joined back, as `unwrapped` joins a prose
    cell's: a paragraph cut into lines of forty characters weighs as many short lines, and
    its first line, a lead's dateline and reporter, reads as a byline. A capture made wide
    (-cols 4000) holds lines longer than any such width and comes back as it was."""
    if not lines or max(map(len, lines)) > MAX_WRAPPED_LINE:
        return lines
    rows = [pieces(line) for line in lines]
    # (w3m wraps at a number of display columns, lynx at a number of characters)
    by_chars = [[Piece(p.start, p.start + len(p.text), p.text) for p in row] for row in rows]
    best = max((rows, by_chars), key=_wraps)
    if _wraps(best) < MIN_WRAPPED_PAGE_LINES:
        return lines
    return [" ".join(p.text for p in row) if row else "" for row in unwrapped(best)]


def _wraps(rows: list[list[Piece]]) -> int:
    """How many prose lines stop mid-sentence at the rows' commonest width."""
    widths = _prose_widths(rows)
    return widths.most_common(1)[0][1] if widths else 0


def _read_apart(rows: list[list[Piece]], border: int, stretches: list[tuple[int, int]]) -> list[list[Piece]]:
    """The rows with each stretch's left column put before its right column, a prose
    column's wrapped lines joined; the rows between stretches as they were."""
    out: list[list[Piece]] = []
    at = 0
    for first, end in stretches:
        out.extend(rows[at:first])
        run = rows[first:end]
        for side in ([[p for p in row if p.end <= border] for row in run],
                     [[p for p in row if p.start >= border] for row in run]):
            out.extend(unwrapped(side) if _is_prose(side) else side)
            out.append([])  # (a blank line between the columns)
        at = end
    out.extend(rows[at:])
    return out


def unwrapped(side: list[list[Piece]]) -> list[list[Piece]]:
    """A prose cell's lines joined back into its paragraphs: a line that fills the cell's
    width goes on in the next line, unless that one opens a paragraph (indented with
    full-width spaces) or is wider than the cell (another cell's). A line a browser wrapped
    is no paragraph of its own, and weighing it as one would cost the story a short line's
    penalty for every line the cell is narrower than its paragraphs. (A sentence that ends
    at the edge may end its paragraph: the line after it stays apart.)"""
    fill = cell_width(side)
    out: list[list[Piece]] = []
    open_line = False
    for row in side:
        piece = row[0] if len(row) == 1 else None
        if (open_line and piece is not None and not piece.text.startswith(PARAGRAPH_INDENT)
                and piece.end - piece.start <= fill + WRAP_SLACK):
            last = out[-1][0]
            glue = " " if last.text[-1:].isascii() and piece.text[:1].isascii() else ""
            out[-1] = [Piece(last.start, piece.end, last.text + glue + piece.text)]
        else:
            out.append(row)
        open_line = piece is not None and fill is not None and _fills(piece, fill)
    return out
