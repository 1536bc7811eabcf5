"""Text clean-up shared by every parser: what mirrors and bad pages do to the words.

Order matters: leaked tags and pinyin annotations go first (they would survive script
conversion), then Traditional becomes Simplified, then widths and whitespace are tidied.
Nothing here guesses a destroyed character; `find_garbled` only reports it.
"""

from __future__ import annotations

import re
from functools import lru_cache

import opencc

# --- Pinyin annotations glued after characters by mirrors: 區(qū), 發（fā） ---------
TONE_VOWELS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
# One syllable: an initial, one to four vowels (one of them tone-marked), an n/ng/r coda.
# café has an f where no syllable can, so (café) is left alone.
PINYIN_SYLLABLE = (
    rf"(?=[a-zü]*[{TONE_VOWELS}])(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[aeiouüv{TONE_VOWELS}]{{1,4}}(?:ng|n|r)?"
)
HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# The parenthesis comes first so that the search skips to parentheses; the character
# before it is checked after (four times as fast on a whole page as a lookbehind first).
PINYIN_ANNOTATION = re.compile(rf"[(（](?<=[{HAN}][(（]){PINYIN_SYLLABLE}[)）]")
# Every annotation has a tone mark: a page without one has none (most pages), and looking
# for the marks alone is three times as fast as looking for annotations.
TONE_MARK = re.compile(f"[{TONE_VOWELS}]")

# --- Spam markup that leaked into the page as text: <ul id="sq8o2"></ul> -----------
LEAKED_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s+[a-zA-Z_:][-\w:.]*(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>]+))?)*\s*/?>")

# --- List bullets a browser draws in front of <li> items ------------------------------
# A heavy mark glued to its sentence (●一名刚满20岁的妙龄少女…) was typed into the story and
# stays; set apart by a space, or drawn by a text browser (•), it marks a list item.
LIST_BULLET = re.compile(rf"^(?:[•·○◇□▪▫☆]|[●◆■►▶★※\-*+#](?=\s)|o(?=\s+[{HAN}]))\s*")

# --- Widths and whitespace -----------------------------------------------------------
# Full-width digits and Latin letters become ASCII; Chinese punctuation keeps its width.
# The Japanese middle dot (・, and its half-width ･) is the Chinese one (·) a Japanese input
# method or a text browser (lynx) put in its place: 湘潭日报・新湘潭客户端.
FULL_WIDTH_ALNUM = {
    **{0xFF10 + i: 0x30 + i for i in range(10)},
    **{0xFF21 + i: 0x41 + i for i in range(26)},
    **{0xFF41 + i: 0x61 + i for i in range(26)},
    0x30FB: 0x00B7, 0xFF65: 0x00B7,
}
WHITESPACE = re.compile(r"[\s\u00a0\u3000\u200b\ufeff]+")
# The two characters of WHITESPACE that str.split() does not take for whitespace (it
# takes all the rest, as the pattern's \s does, and does it six times as fast).
ZERO_WIDTH = ("\u200b", "\ufeff")

# --- A table's frame as a text browser draws it: │货物类 │, │名称：…│ -------------------
# The vertical strokes stand between cells: no words, a space.
FRAME_STROKES = "\u2502\u2503\u2551"  # │ ┃ ║
FRAME_TO_SPACE = {ord(c): " " for c in FRAME_STROKES}

# --- Letter-spaced text: 财 政 司 司 长 出 席 … (an old template's way of spacing a line) --
# A space between every two characters, punctuation included, is typesetting, not words.
CJK_MARK = rf"{HAN}\u3001-\u3003\u3008-\u3011\u3014-\u301b\uff01\uff08\uff09\uff0c\uff1a\uff1b\uff1f"
LETTER_SPACED = re.compile(rf"[{HAN}] [{HAN}] [{HAN}] [{HAN}]")  # (four characters apart: a quick first look)
SPACED_PAIR = re.compile(rf"(?<=[{CJK_MARK}]) (?=[{CJK_MARK}])")
TIGHT_PAIR = re.compile(rf"(?<=[{CJK_MARK}])(?=[{CJK_MARK}])")
MIN_SPACED_SHARE = 3  # so many spaced pairs to each tight one make a letter-spaced line

# --- Characters destroyed by a bad decode: ?qū)用?, U+FFFD ----------------------------
# A real question mark may stand before a character (持有?长期, 5G?还是); a destroyed one
# stands where no question mark can: before a pinyin remnant or punctuation, or in a run.
GARBLED = re.compile(rf"\ufffd|\?{{2,}}|\?(?=[a-zü{TONE_VOWELS}]+[)）])|\?(?=[,，。、;；:：!！？])")
GARBLED_CONTEXT = 6


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def collapse_whitespace(text: str) -> str:
    """All runs of whitespace, full-width and non-breaking spaces included, become one space."""
    if ZERO_WIDTH[0] in text or ZERO_WIDTH[1] in text:
        return WHITESPACE.sub(" ", text).strip()
    return " ".join(text.split())


def close_letter_spacing(text: str) -> str:
    """一 九 九 八 年 九 月 七 日 -> 一九九八年九月七日: a line whose characters a template set
    apart one by one reads as the words it spells (a line spacing only some words apart,
    区委书记 调研 重大项目, keeps its spaces)."""
    if not LETTER_SPACED.search(text):
        return text
    spaced = len(SPACED_PAIR.findall(text))
    if spaced < MIN_SPACED_SHARE * len(TIGHT_PAIR.findall(text)):
        return text
    return SPACED_PAIR.sub("", text)


def strip_bullet(text: str) -> tuple[str, bool]:
    """Remove a leading list bullet; say whether there was one."""
    stripped = LIST_BULLET.sub("", text, count=1)
    return stripped, stripped != text


def strip_pinyin(text: str) -> str:
    """Remove pinyin annotations written after characters: 區(qū) -> 區."""
    return PINYIN_ANNOTATION.sub("", text) if TONE_MARK.search(text) else text


def strip_leaked_tags(text: str) -> str:
    """Remove markup that reached the page as visible text."""
    return LEAKED_TAG.sub("", text)


def to_simplified(text: str) -> str:
    """Traditional to Simplified script with OpenCC's t2s tables."""
    return _t2s().convert(text)


def fold_width(text: str) -> str:
    """Full-width digits and letters to ASCII, so dates and numbers read the same everywhere."""
    return text.translate(FULL_WIDTH_ALNUM)


def _framed(text: str) -> bool:
    return any(stroke in text for stroke in FRAME_STROKES)


def clean_text(text: str) -> str:
    """The published text without leaked tags, pinyin, bullets or a table's drawn frame, in its own script."""
    if _framed(text):
        text = text.translate(FRAME_TO_SPACE)
    if "<" in text:
        text = strip_leaked_tags(text)
    if "(" in text or "（" in text:
        text = strip_pinyin(text)
    return strip_bullet(collapse_whitespace(text))[0]


def reading_text(text: str) -> str:
    """The text as readers want it: clean and in Simplified script."""
    return close_letter_spacing(collapse_whitespace(fold_width(to_simplified(clean_text(text)))))


# Joins a page's lines for one pass of the rules: not whitespace, not a character any rule
# matches, passed through unchanged by OpenCC. A page that holds it itself (a private-use
# character) is done line by line instead.
LINE_JOINER = "\ue000"
BULLET_FIRST = frozenset("•·●○◆◇■□▪▫►▶★☆※-*+#o")
FULL_WIDTH_ANY = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\u30fb\uff65]")


def _joined(texts: list[str]) -> str | None:
    joined = LINE_JOINER.join(texts)
    return None if joined.count(LINE_JOINER) != len(texts) - 1 else joined


def collapse_lines(texts: list[str]) -> list[str]:
    """`collapse_whitespace` of many lines at once."""
    joined = _joined(texts)
    if joined is None:
        return [collapse_whitespace(text) for text in texts]
    return [line.strip(" ") for line in collapse_whitespace(joined).split(LINE_JOINER)] if texts else []


def reading_texts(texts: list[str], tidy: bool = False) -> list[str]:
    """`reading_text` of many lines at once: each rule runs once over the whole page
    instead of once a line, the same result for a fraction of the cost. `tidy` says the
    lines are already collapsed and without bullets (blocks are), which spares redoing
    that unless leaked tags were cut out of them."""
    joined = _joined(texts)
    if joined is None:
        return [reading_text(text) for text in texts]
    if not texts:
        return []
    if _framed(joined):
        joined, tidy = joined.translate(FRAME_TO_SPACE), False
    if "<" in joined:
        cut = strip_leaked_tags(joined)
        tidy = tidy and cut == joined
        joined = cut
    if "(" in joined or "（" in joined:
        joined = strip_pinyin(joined)
    joined = to_simplified(joined)
    if FULL_WIDTH_ANY.search(joined):
        joined = fold_width(joined)
    lines = joined.split(LINE_JOINER) if tidy else collapse_lines(joined.split(LINE_JOINER))
    lines = [collapse_whitespace(strip_bullet(line)[0]) if line[:1] in BULLET_FIRST else line for line in lines]
    return [close_letter_spacing(line) for line in lines] if LETTER_SPACED.search(joined) else lines


def find_garbled(text: str) -> list[str]:
    """Snippets around characters destroyed by a bad decode, for the record's warnings.

    Nearby damage is reported once, in one snippet.
    """
    spans: list[list[int]] = []
    for match in GARBLED.finditer(text):
        start, end = match.start() - GARBLED_CONTEXT, match.end() + GARBLED_CONTEXT
        if spans and start <= spans[-1][1]:
            spans[-1][1] = end
        else:
            spans.append([start, end])
    return [text[max(0, start) : end] for start, end in spans]
