"""Dates as Chinese news pages write them, resolved to ISO 8601 in China time.

Pages write 2021-11-30, 2021年11月30日, 二〇二二年十一月三十日, or 12月29日 with no
year, the year being obvious to a reader on the day. A missing year is resolved
against a reference date (the day the page was fetched): the latest such day not after
it. Nothing after the reference date is accepted: a publish date cannot be in the future.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

CHINA = timezone(timedelta(hours=8), "Asia/Shanghai")
EARLIEST_YEAR = 1990

# --- Labels that introduce a publish date (matched on Simplified text) ---------------
# (parsers/fields.py reads the same labels as fields; a test keeps the two lists agreeing.)
DATE_LABELS = ("发布时间", "发布日期", "发表时间", "发表日期", "发稿时间", "发稿日期", "上版日期", "成文日期", "发文日期", "印发日期", "签署日期",
               "更新时间", "最后更新时间", "最后更新", "上传时间", "录入时间", "添加时间", "创建时间", "刊发时间", "出版日期", "生成日期", "公开日期", "张贴日期", "刊登日期", "发刊日期", "发布于", "发布", "发表于", "创建于", "日期", "时间",
               "最后异动时间", "最后异动日期")  # (a Taiwan office's item, under its fields: its only date, as 最後異動日期 reads)
# The two-character labels that end words too (当地时间, 北京时间, 同一日期): glued to a
# character before them, they are no label.
GLUED_LABELS = ("时", "日")
HAN_BEFORE = re.compile("[\u3400-\u9fff]")
# Labels of when a page was changed, not published: a footer's or a record's stamp.
UPDATE_LABELS = ("更新时间", "最后更新时间", "最后更新")
# 最后更新:2026-11-28 16:05, 更新时间：2024年3月5日: a change stamp and its date, left out of a line's unlabelled dates.
UPDATE_STAMP = re.compile(rf"(?:{'|'.join(sorted(UPDATE_LABELS, key=len, reverse=True))})\s*[:：]?\s*[\d年月日/.:：\s-]{{6,24}}")
# Labels of when the document was made (GB/T 21063's 成文日期, a catalogue's 生成日期): the
# days before its page was put up, which 发布日期 gives when the page prints it too.
WRITTEN_LABELS = ("成文日期", "生成日期", "发文日期", "印发日期", "签署日期")
# 发布时间：, 【发布时间】, [日期], or the label and a space: 发布时间 2022-12-30
LABELLED = re.compile(rf"[【\[]?\s*(?:{'|'.join(sorted(DATE_LABELS, key=len, reverse=True))})\s*[】\]]?\s*[:：=]?\s*")  # (【日期】= 2002.01.01: a database record's field)

# --- Date shapes -----------------------------------------------------------------------
# (10时11分 ends with its 分, as 10时11分30秒 with its 秒)
TIME = r"(?:\s*(?:T|\s)?\s*(?P<H>[01]?\d|2[0-3])\s*[:：时]\s*(?P<M>[0-5]\d)(?:\s*[:：分]\s*(?P<S>[0-5]\d)(?:\s*秒)?|分)?)?"
# (年 goes on with 月: 2018年1-8月份 is a period, January to August, no date.)
NUMERIC_YMD = re.compile(
    rf"(?<!\d)(?P<y>(?:19|20)\d\d)\s*(?:[-/.]|年(?=\s*\d{{1,2}}\s*月))\s*(?P<m>\d{{1,2}})\s*(?:[-/.]|月)\s*(?P<d>\d{{1,2}})(?!\d)\s*日?{TIME}"
)
# 2025-12-1910-57-18: a template's date and time glued, the time's parts set apart by dashes too (Y-m-dH-i-s).
GLUED_STAMP = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?P<H>[01]\d|2[0-3])-(?P<M>[0-5]\d)-(?P<S>[0-5]\d)(?!\d)")
# 16-05-17 09:22: a two-digit year, read only with its time (without one, 16-05-17 is too
# often a number of another kind).
SHORT_YEAR_YMD = re.compile(
    r"(?<![\d/.:-])(?P<y>\d\d)-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)\s+(?P<H>[01]?\d|2[0-3])[:：](?P<M>[0-5]\d)(?:[:：](?P<S>[0-5]\d))?(?![\d-])"
)
# 30-10-2008: Macau's and Hong Kong's day first, the four-digit year last (a year first is
# the mainland's order; no Chinese page writes the month first).
# (dotted, day and month take two digits each: 1.2.2023年 is an item's number and a year)
# (slashed, day and month take two digits each too, and no AM or PM follows: 31/08/2015, Macau's 刊登日期)
DAY_FIRST = re.compile(rf"(?<![\d/.:-])(?:(?P<d>[0-3]?\d)-(?P<m>[01]?\d)-|(?P<dd>[0-3]\d)[./](?P<mm>[01]\d)[./])(?P<y>(?:19|20)\d\d)(?![\d.\-年/])"
                       rf"(?!\s+\d{{1,2}}:\d{{2}}(?::\d{{2}})?\s*[AaPp][Mm]){TIME}")
# 2024 07/17 08:54:34: a news site's year, then its month and day after a slash, then the time (read only with it)
YEAR_THEN_MONTH_DAY = re.compile(r"(?<![\d/.:-])(?P<y>20\d\d)\s+(?P<m>[01]\d)/(?P<d>[0-3]\d)\s+(?P<H>[01]\d|2[0-3]):(?P<M>[0-5]\d)(?::(?P<S>[0-5]\d))?(?![\d/])")
# Oct 1, 2022: a template's English date (PHP's M j, Y), as some Chinese CMSs print it after 发布时间:.
# 3/7/2013 11:54:41 AM: an ASP.NET page's date in the American order, month first; its AM or PM tells
# the order (a bare 3/7/2013 may be either).
US_MDY = re.compile(r"(?<![\d/])(?P<m>[01]?\d)/(?P<d>[0-3]?\d)/(?P<y>(?:19|20)\d\d)\s+(?P<H>[01]?\d):(?P<M>[0-5]\d)(?::(?P<S>[0-5]\d))?\s*(?P<half>[AaPp][Mm])(?![A-Za-z])")
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")
MONTH_ABBREVIATIONS = tuple(name[:3] for name in MONTH_NAMES)
MONTH_INITIALS = frozenset(name[0] for name in MONTH_NAMES)  # (ENGLISH_MDY's months are capitalised)
ENGLISH_MDY = re.compile(r"(?<![A-Za-z])(?P<mon>" + "|".join(f"{name[:3]}(?:{name[3:]})?" for name in MONTH_NAMES) + r"|Sept)"
                         r"(?![A-Za-z])\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)(?!\d)"
                         # (November 12th, 2024 at 3:00 PM: an ordinal day, and the time after it)
                         r"(?:,?\s+(?:at\s+)?(?P<H>[01]?\d|2[0-3]):(?P<M>[0-5]\d)(?:\s*(?P<half>[AaPp])\.?[Mm]\.?(?![A-Za-z]))?)?")
# 07年08月24日 08:58: a two-digit year before 年, with its time; only this century's years
# (a Taiwan page's 96年5月17日 is a Republic-of-China year, read below).
SHORT_YEAR_CJK = re.compile(
    r"(?<![\d/.:-])(?P<y>[0-4]\d)\s*年\s*(?P<m>[01]?\d)\s*月\s*(?P<d>[0-3]?\d)\s*日\s*(?P<H>[01]?\d|2[0-3])[:：](?P<M>[0-5]\d)(?:[:：](?P<S>[0-5]\d))?(?!\d)"
)
# Taiwan's pages count years from 1912 (民国 111 = 2022): read with 民国 before the year,
# or right after a date label (发稿日期：111年5月17日, 上版日期：112-06-13).
ROC_YEAR_OFFSET = 1911
DATE_HINT = re.compile(r"\d|月")  # what every date pattern holds
ROC_DATE = r"(?P<y>1[0-4]\d|[4-9]\d)\s*(?:年|[-/.])\s*(?P<m>\d{1,2})\s*(?:月|[-/.])\s*(?P<d>\d{1,2})(?!\d)\s*日?"
ROC_YMD = re.compile(rf"民国\s*{ROC_DATE}{TIME}")
ROC_LABELLED = re.compile(rf"{ROC_DATE}{TIME}")
# 區域動態 115.03.19 發布單位：…: a three-digit year with dots or slashes is one, label or not
# (no Western date is written so; an address's four numbers are no date).
ROC_DOTTED = re.compile(rf"(?<![\d.])(?P<y>1[0-4]\d)([./])(?P<m>[01]?\d)\2(?P<d>[0-3]?\d)(?![\d.]){TIME}")
CN_DIGITS = "〇零一二三四五六七八九"
# (二0一三年: a typist's 0 for 〇, and O or ○, are zeros in a Chinese year too)
CN_DIGIT_VALUES = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0, "Ｏ": 0, "0": 0, "O": 0, "０": 0}
CN_NUMBER = "[一二三四五六七八九十]{1,3}"
CHINESE_YMD = re.compile(rf"(?P<y>[一二][{CN_DIGITS}○Ｏ0O０][{CN_DIGITS}○Ｏ0O０]{{2}})\s*年\s*(?P<m>{CN_NUMBER})\s*月\s*(?P<d>{CN_NUMBER})\s*日")
MONTH_DAY = re.compile(rf"(?<![\d年/.-])(?P<m>\d{{1,2}})\s*月\s*(?P<d>\d{{1,2}})\s*日{TIME}")
# 11-19 13:43: a month and day with a time (without the time, 1-2 is too often no date).
NUMERIC_MONTH_DAY = re.compile(r"(?<![\d/.:-])(?P<m>[01]?\d)-(?P<d>[0-3]?\d)\s+(?P<H>[01]?\d|2[0-3])[:：](?P<M>[0-5]\d)(?:[:：](?P<S>[0-5]\d))?(?![\d-])")
CHINESE_MONTH_DAY = re.compile(rf"(?<![年{CN_DIGITS}十])(?P<m>{CN_NUMBER})月(?P<d>{CN_NUMBER})日")
# Dates in URLs: /2021/11/30/, /202111/30/, t20211130_123.html, /2021-11-30/
# /2021/11/30/, t20211130_1.html, Hanweb's /art/2025/3/6/art_… and an e-paper's /2010-1-27/html/: a path's year, month and day.
# (a day the id's letters go on from is no day: /202412/07e1564c….shtml; a column's prefix may
# stand before the month and day: /html/2021/ss_1025/)
URL_DATE = re.compile(r"(?<!\d)(?P<y>20\d\d)[-/_]?(?P<m>[01]\d)[-/_]?(?P<d>[0-3]\d)(?![0-9A-Za-z])"
                      r"|/(?P<y2>20\d\d)(?P<sep>[/-])(?P<m2>1[0-2]|0?[1-9])(?P=sep)(?P<d2>3[01]|[12]\d|0?[1-9])/"
                      r"|/(?P<y3>20\d\d)/[A-Za-z][A-Za-z_]{0,19}_(?P<m3>[01]\d)(?P<d3>[0-3]\d)/"
                      # (a portal's /25/0218/16/: a two-digit year, the month and day, the hour)
                      r"|/(?P<y4>[12]\d)/(?P<m4>[01]\d)(?P<d4>[0-3]\d)/[0-2]\d/"
                      # (a month's folder, then a file named by the time it was made: /202303/202303240657305102.html)
                      r"|/(?P<y5>20\d\d)(?P<m5>[01]\d)/(?P=y5)(?P=m5)(?P<d5>[0-3]\d)[0-2]\d[0-5]\d"
                      # (a folder named by the time it was made, to the second and more: /2023011406412849305/)
                      r"|/(?P<y6>20\d\d)(?P<m6>0[1-9]|1[0-2])(?P<d6>0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])[0-5]\d[0-5]\d\d*/"
                      # (a year's folder, a column or two, then the month and day: /2023/difang/1329/0317/486174.html)
                      r"|/(?P<y7>20\d\d)/(?:[A-Za-z][A-Za-z0-9]{0,11}/)(?:\d{1,6}/)?(?P<m7>0[1-9]|1[0-2])(?P<d7>0[1-9]|[12]\d|3[01])/"
                      # (a month's folder, then a file named by the day and the time: /202204/07202715.html)
                      r"|/(?P<y8>20\d\d)(?P<m8>0[1-9]|1[0-2])/(?P<d8>0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])[0-5]\d[0-5]\d\d*\.[A-Za-z]+$"
                      # (the year's and the month's folders, then a file named by the whole day, the id glued on:
                      # /2021/06/2021-06-21476706.html; the folders say where the day ends)
                      r"|/(?P<y9>20\d\d)/(?P<m9>0[1-9]|1[0-2])/(?P=y9)-(?P=m9)-(?P<d9>0[1-9]|[12]\d|3[01])"
                      # (a year's folder, then one named by the month and day: /2012/5-15/2374.html)
                      r"|/(?P<y10>20\d\d)/(?P<m10>1[0-2]|0?[1-9])-(?P<d10>3[01]|[12]\d|0?[1-9])/"
                      # (a file named by the time it was made, to the second and more: /news/20160225065728.html)
                      r"|/(?P<y11>20\d\d)(?P<m11>0[1-9]|1[0-2])(?P<d11>0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])[0-5]\d[0-5]\d\d*\.[A-Za-z]+$"
                      # (a story's id, its day then a capital and a code: /a/20220628A03SQX00, /omn/20220628A03SQX00.html)
                      r"|/(?P<y12>20\d\d)(?P<m12>0[1-9]|1[0-2])(?P<d12>0[1-9]|[12]\d|3[01])[A-Z][0-9A-Z]{6,8}(?:\.html?)?$")
URL_DATE_SUFFIXES = tuple(name[1:] for name in URL_DATE.groupindex if name[0] == "y")  # y, y2, …: each shape's year group


@dataclass(frozen=True)
class FoundDate:
    """A date found in text: where it stands and whether the page gave its year and time."""

    value: datetime
    start: int
    end: int
    has_year: bool
    has_time: bool


class DateRefused(ValueError):
    """A date that is well formed but cannot be a publish date (it lies in the future)."""


def chinese_number(text: str) -> int:
    """一 -> 1, 十 -> 10, 十二 -> 12, 二十九 -> 29; year digits 二〇二二 -> 2022."""
    if "十" not in text:
        return int("".join(str(CN_DIGIT_VALUES[c]) for c in text))
    tens, _, units = text.partition("十")
    return (chinese_number(tens) if tens else 1) * 10 + (chinese_number(units) if units else 0)


def _make(y: int, m: int, d: int, hh: str | None = None, mm: str | None = None, ss: str | None = None) -> datetime | None:
    if y < EARLIEST_YEAR:
        return None
    try:
        return datetime(y, m, d, int(hh or 0), int(mm or 0), int(ss or 0), tzinfo=CHINA)
    except ValueError:
        return None


def resolve_year(month: int, day: int, ref: date) -> int | None:
    """The year of the latest month/day that is not after the reference date."""
    for year in range(ref.year, ref.year - 8, -1):
        try:
            if date(year, month, day) <= ref:
                return year
        except ValueError:
            continue
    return None


def _with_year(text: str) -> list[FoundDate]:
    found = []
    for match in NUMERIC_YMD.finditer(text):
        g = match.groupdict()
        value = _make(int(g["y"]), int(g["m"]), int(g["d"]), g["H"], g["M"], g["S"])
        if value:
            found.append(FoundDate(value, match.start(), match.end(), True, g["H"] is not None))
    # (the shaped patterns below are asked only of a line holding a character they cannot match without: the cheap question first)
    dashed, slashed, timed = "-" in text, "/" in text, ":" in text or "：" in text
    for match in SHORT_YEAR_YMD.finditer(text) if dashed and timed else ():
        if short := _offset_year(match, 1900 if int(match["y"]) >= 90 else 2000):
            found.append(short)
    for pattern in (GLUED_STAMP,) * dashed + (YEAR_THEN_MONTH_DAY,) * (slashed and timed):
        for match in pattern.finditer(text):
            if glued := _offset_year(match, 0):
                found.append(glued)
    for match in ENGLISH_MDY.finditer(text) if any(c in text for c in MONTH_INITIALS) else ():
        hour = match["H"]
        if hour is not None and match["half"] and int(hour) <= 12:
            hour = str(int(hour) % 12 + (12 if match["half"] in "Pp" else 0))  # (12:30 AM is half past midnight)
        if value := _make(int(match["y"]), MONTH_ABBREVIATIONS.index(match["mon"][:3]) + 1, int(match["d"]), hour, match["M"]):
            found.append(FoundDate(value, match.start(), match.end(), True, hour is not None))
    for match in US_MDY.finditer(text) if slashed else ():
        hour = str(int(match["H"]) % 12 + (12 if match["half"] in "Pp" else 0))
        if value := _make(int(match["y"]), int(match["m"]), int(match["d"]), hour, match["M"], match["S"]):
            found.append(FoundDate(value, match.start(), match.end(), True, True))
    for match in DAY_FIRST.finditer(text):
        if value := _make(int(match["y"]), int(match["m"] or match["mm"]), int(match["d"] or match["dd"]), match["H"], match["M"], match["S"]):
            found.append(FoundDate(value, match.start(), match.end(), True, match["H"] is not None))
    if "年" in text:
        found.extend(filter(None, (_offset_year(match, 2000) for match in SHORT_YEAR_CJK.finditer(text))))
    for pattern in (ROC_YMD,) * ("民国" in text) + (ROC_DOTTED,) * ("." in text or slashed):
        for match in pattern.finditer(text):
            if roc := _offset_year(match, ROC_YEAR_OFFSET):
                found.append(roc)
    for match in CHINESE_YMD.finditer(text) if "年" in text else ():
        y = chinese_number(match["y"])
        value = _make(y, chinese_number(match["m"]), chinese_number(match["d"]))
        if value:
            found.append(FoundDate(value, match.start(), match.end(), True, False))
    return found


def _offset_year(match: re.Match, offset: int) -> FoundDate | None:
    """The date a match of a year counted from `offset` gives (16-05-17: 2000; 民国111: 1911)."""
    value = _make(int(match["y"]) + offset, int(match["m"]), int(match["d"]), match["H"], match["M"], match["S"])
    return FoundDate(value, match.start(), match.end(), True, match["H"] is not None) if value else None


def _without_year(text: str, ref: date) -> list[FoundDate]:
    found = []
    for pattern, number in ((MONTH_DAY, int), (NUMERIC_MONTH_DAY, int), (CHINESE_MONTH_DAY, chinese_number)):
        for match in pattern.finditer(text):
            g = match.groupdict()
            month, day = number(g["m"]), number(g["d"])
            year = resolve_year(month, day, ref) if 1 <= month <= 12 else None
            value = _make(year, month, day, g.get("H"), g.get("M"), g.get("S")) if year else None
            if value:
                found.append(FoundDate(value, match.start(), match.end(), False, g.get("H") is not None))
    return found


def find_dates(text: str, ref: date) -> list[FoundDate]:
    """Every date in the text, in reading order; years resolved against `ref`."""
    if not DATE_HINT.search(text):
        return []  # (no digit and no 月: most lines, decided without a dozen patterns)
    with_year = _with_year(text)
    without = _without_year(text, ref)
    if not without:
        return sorted(with_year, key=lambda d: d.start) if len(with_year) > 1 else with_year
    taken = {d.start for d in with_year}
    # A month/day inside a full date (2021年11月30日) is the same date, not a second one.
    spans = [(m.start(), m.end()) for p in (NUMERIC_YMD, GLUED_STAMP, YEAR_THEN_MONTH_DAY, CHINESE_YMD, SHORT_YEAR_YMD, SHORT_YEAR_CJK, ROC_YMD, DAY_FIRST, ENGLISH_MDY, US_MDY) for m in p.finditer(text)]
    without = [d for d in without if not any(s <= d.start < e for s, e in spans) and d.start not in taken]
    return sorted(with_year + without, key=lambda d: d.start)


def first_date(text: str, ref: date) -> FoundDate | None:
    dates = find_dates(text, ref)
    return dates[0] if dates else None


def has_labelled_date(text: str) -> bool:
    """Whether the text shows a labelled date of any day (a metadata line does)."""
    return labelled_date(text, date.max) is not None


def labelled_date(text: str, ref: date, published_only: bool = False, written: bool | None = None) -> FoundDate | None:
    """The date written right after a label such as 发布时间: in the text, if any (with
    `published_only`, not after a label of when the page changed, 更新时间; with `written`
    True or False, only after a label of when the document was made, 成文日期, or never)."""
    for match in LABELLED.finditer(text):
        if published_only and any(label in match.group(0) for label in UPDATE_LABELS):
            continue
        if written is not None and any(label in match.group(0) for label in WRITTEN_LABELS) is not written:
            continue
        if match.group(0)[:1] in GLUED_LABELS and match.start() > 0 and HAN_BEFORE.match(text, match.start() - 1):
            continue  # 当地时间8月1日, 北京时间8月10日: a word ending in 时间, not a label
        after = text[match.end() : match.end() + 40]
        found = first_date(after, ref)
        if found and found.start == 0:
            return found
        if (match := ROC_LABELLED.match(after)) and (roc := _offset_year(match, ROC_YEAR_OFFSET)):
            return roc
    return None


def url_date(url: str) -> FoundDate | None:
    """The date a CMS put into the article's URL (/2021/11/30/, t20211130_1.html): the last
    one, nearest the file (/baoji/20000908/20250311/…: a channel's number, then the day)."""
    found = None
    for match in URL_DATE.finditer(urlsplit(url).path):  # (not its query: ?id=2022-12-31 is no folder)
        y, m, d = next((match[f"y{n}"], match[f"m{n}"], match[f"d{n}"]) for n in URL_DATE_SUFFIXES if match[f"y{n}"])
        value = _make(int(y) + (2000 if len(y) == 2 else 0), int(m), int(d))
        if value:
            found = FoundDate(value, match.start(), match.end(), True, False)
    return found


def parse_meta_date(value: str, ref: date) -> FoundDate | None:
    """A date from a <meta> tag: ISO 8601 with any offset, or any shape the text uses."""
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return first_date(value, ref)
    try:
        parsed = parsed.replace(tzinfo=CHINA) if parsed.tzinfo is None else parsed.astimezone(CHINA)
    except OverflowError:  # 9999-12-31T23:00Z has no China time
        return None
    return FoundDate(parsed, 0, len(value), True, True) if parsed.year >= EARLIEST_YEAR else None


def check_not_future(found: FoundDate, ref: date) -> FoundDate:
    """Refuse a publish date after the reference date."""
    if found.value.date() > ref:
        raise DateRefused(f"{found.value.date().isoformat()} is after the reference date {ref.isoformat()}")
    return found


def to_iso(value: datetime) -> str:
    """ISO 8601 in China time: 2021-11-30T00:00:00+08:00."""
    return value.astimezone(CHINA).isoformat(timespec="seconds")
