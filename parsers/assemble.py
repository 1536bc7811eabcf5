"""From a site parser's parts to the normalised Article: the same rules for every site.

Which date wins, how a missing headline is derived, what counts as a warning: decided
here once, so that no site parser has its own idea of them.
"""

from __future__ import annotations

import re
from datetime import date
from itertools import takewhile

from . import dates, disclosure, fields, normalize, roles
from .article import Article
from .blocks import Block, Page
from .errors import NotAnArticle
from .extract import Extract

# <meta> names CMSs put publish dates and sources in (lower-cased).
META_DATE_KEYS = ("pubdate", "publishdate", "article:published_time", "og:release_date", "publishtime", "firstpublishedtime", "datepublished", "dc.date.issued", "dc.date")
# (og:site_name is the site's name, not the 来源 of the story: not read.)
META_SOURCE_KEYS = ("contentsource", "source")
SITE_NAME_KEYS = ("sitename", "og:site_name", "application-name")
TITLE_PARTS = re.compile(r"\s*[_|｜]\s*|\s+[-—–]+\s+")
# The story's lead date is looked for in its first paragraphs only.
LEAD_PARAGRAPHS = 3
MAX_POSTING_DELAY_DAYS = 31  # a page goes up days, at most weeks, after the notice it posts was signed
# A body shorter than this (characters of reading text) is no article.
MIN_BODY_CHARS = 40
# Time words that date a lead clause but say nothing about the story (either script);
# the dates themselves are found by `dates.find_dates`.
TIME_WORDS = re.compile(
    r"\d{1,2}[时時:：]\d{0,2}分?"
    r"|(?<![第\d])(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日?\s*[至到\-—~～－]\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日"  # a span of days (7月19-22日; not 第10—12日)
    r"|(?<![第\d])[至到\-—~～－]\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日"  # its end, once the first day went (12月8日至11日)
    r"|(?<![第\d])(?:\d{1,2}\s*月\s*)?\d{1,2}\s*[号號](?=上午|下午|中午|晚|早上|凌晨|傍晚)"  # 4月25号上午: the day said as it is spoken
    r"|上午|下午|中午|晚上|晚間|晚间|早上|凌晨|傍晚|今天|今日|昨天|昨日|近日|日前|當天|当天|當日|当日|當晚|当晚"
)
# 本网讯(林志鑫 见习记者 魏庭飞), 新华社北京1月2日电: who sent the lead, not what it says
# (the brackets hold a credit or names: 国网湖州供电(集团)公司… opens with no credit)
LEAD_CREDIT = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9·/／\-]{0,20}?(?:(?:讯|电|訊|電)\s*[(（](?:[^()（）]{0,30}(?:记者|記者|通讯员|通訊員|实习生|摄|攝|图|圖|文)[^()（）]{0,30}"
                         r"|[\u4e00-\u9fff]{3,4}|[\u4e00-\u9fff]{2,4}(?:[\s、]+[\u4e00-\u9fff]{2,4})+)[)）]"
                         rf"|{roles.LEAD_DATELINE_MARK}\s*(?:[(（][^()（）]{{0,30}}[)）])?"
                         r"|(?<=[网报台網報臺])(?:讯|訊|消息)(?:\s*[:：]\s*|\s+)|" + roles.WIRE_DAY + r"消息\s+)")  # (人民网讯 岳西…, 今日竹山网消息 7月23日…, 天津北方網訊:日前…, 央广网北京10月17日消息 据…: a site's wire mark and a space or a colon)
# (记者 李硕)日前,…: the reporters' credit in brackets opening the lead, with no 讯 before it
OPENING_CREDIT = re.compile(r"^\s*[(（][^()（）]{0,30}(?:记者|記者|通讯员|通訊員|实习生|實習生)[^()（）]{0,30}[)）]")
# 各有关单位：, 广大市民朋友：, 尊敬的游客：: a notice's greeting over its lead (会议指出： opens a sentence)
SALUTATION = re.compile(r"^(?:各[^，,。；;]{1,38}|尊敬的[^，,。；;]{1,30}|[^，,。；;]{0,30}(?:朋友们?|同志们))[:：]$")
LEAD_MARKS = re.compile(r"[，,。]")
CLAUSE_END = re.compile(r"[,，;；。!！?？:：]")
MIN_TITLE_CHARS = 4
POINTERS = roles.ARROWS_DOWN + " "  # (…名单进行公示↓↓↓: the arrows point at what follows, no word of the title)
WHEN_ONLY = re.compile(r"^(?:截至|截止|到)?(?:(?:19|20)\d{2}年|今年|去年|近年|近期|年初|年底)(?:以来|来|初|底|末|上半年|下半年)?$")  # 2025年以来, 截至2024年底: when, not what
CITED = re.compile(r"^(?:据[^，,。]{2,24}(?:消息|报道|统计|了解)|记者(?:从|在|近日从)[^，,。]{2,60}(?:获悉|了解到|得知))$")  # 据…消息, 记者从…了解到: whom the lead cites, not what


def without_dates(text: str) -> str:
    """The text with its dates and time words taken out."""
    for found in reversed(dates.find_dates(text, date.max)):
        text = text[: found.start] + text[found.end :]
    return TIME_WORDS.sub("", text)


def _lead(body: list[Block]) -> Block:
    """The paragraph a headline is derived from: the first, or the one under a notice's
    greeting (各有关单位： greets and tells nothing) when that one tells something, or under
    the story's opening credit on a line of its own, or under a document's adoption note."""
    if len(body) > 1 and SALUTATION.match(body[0].norm) and LEAD_MARKS.search(body[1].norm):
        return body[1]
    while len(body) > 1 and (roles.ADOPTION_OPEN.match(body[0].norm) or roles.ADOPTION_CLOSE.match(body[0].norm)):
        body = body[1:]  # (2016年12月10日…大会 / 第一次会议通过): the document's adoption note, over what it adopted
    if len(body) > 1 and roles.LEAD_DAY.match(body[0].norm):
        # 4月25号上午 / 首场乡村大舞台活动 / 在渭沱镇…举行: the first sentence broken over short lines, read whole
        lines = list(takewhile(lambda b: not LEAD_MARKS.search(b.norm), body[: roles.MAX_BROKEN_LEAD]))
        return Block("".join(b.text for b in lines), "".join(b.norm for b in lines), body[0].tag)
    if len(body) > 1 and (roles.line_role(body[0]) == roles.BYLINE or roles.WIRE_MARK_ALONE.match(body[0].norm)):
        return body[1]  # 楚天金报讯 记者 严华 通讯员 刘宝生 (or 德州新闻网讯 alone) over the lead: who reported it, not what
    if len(body) > 1 and roles.SECTION_ORDINAL.match(body[0].norm) and not LEAD_MARKS.search(body[0].norm):
        return body[1]  # 一、征收土地目的 over its paragraph: the section's name, no sentence
    return body[0]


def derive_title(lead: Block) -> tuple[str, str]:
    """A headline from the lead's first clause that says something once date words go."""
    for clause in CLAUSE_END.split(LEAD_CREDIT.sub("", OPENING_CREDIT.sub("", lead.text, count=1), count=1)):
        original = _unclosed_quote_off(normalize.collapse_whitespace(without_dates(clause))).rstrip(POINTERS)
        title = normalize.reading_text(original)
        if len(title) >= MIN_TITLE_CHARS and not CITED.match(title) and not WHEN_ONLY.match(title):
            return title, original
    return lead.norm[:30], lead.text[:30]


def _unclosed_quote_off(clause: str) -> str:
    """The clause without a quotation mark it opens and does not close (the lead's quote
    goes on past the clause: “我们是…的工作人员, …)."""
    for opening, closing in ("“”", "「」"):
        if clause.startswith(opening) and closing not in clause:
            return clause[1:]
    return clause


def _date_candidates(extract: Extract, page: Page, url: str | None, ref: date):
    """(source, found date) pairs in the stated precedence (docs/parsers.md), best first.

    A labelled publish date by the headline, then the info-disclosure table's 发布日期 and
    成文日期, then a labelled 成文日期 by the headline, then an unlabelled dateline by the headline, a date
    labelled as the page's change (更新时间, 最后更新) by the headline, a labelled publish date under the story, the
    CMS's <meta> (often the time the page was generated), the URL, and an e-paper's issue date.
    (The dates the story itself prints, a signed notice's closing date and the lead's, are the
    document's and the event's: `event_date`.) Site clocks, comment times, forum footers and
    list dates are never read: only the header's metadata lines and datelines are (see `header`).
    """
    lines = ([extract.title] if extract.title else []) + extract.header
    for block in lines:
        yield "label", dates.labelled_date(block.norm, ref, published_only=True, written=False)
    for key in ("published_date", "written_date"):
        if extract.gov_meta.get(key):
            yield "table", dates.first_date(extract.gov_meta[key], ref)
    for block in lines:  # (成文日期：… by the headline: the document's day, after the table's 发布日期)
        yield "label", dates.labelled_date(block.norm, ref, written=True)
    for block in extract.header:
        # An unlabelled date by the headline (2009年11月09日11:58), when it gives its year (a
        # dateline's month, day and time without it, 05-25 10:06, when the page or its story
        # gives the year: choose_date)
        found = dates.find_dates(dates.UPDATE_STAMP.sub(" ", block.norm), ref)  # (a change stamp's date is read below, last of the header's)
        yield "header", next((d for d in found if d.has_year), None) or next((d for d in found if d.has_time), None)
    for block in lines:  # (更新时间, 最后更新 by the headline: when the page changed, its day only when nothing else gives one)
        yield "label", dates.labelled_date(block.norm, ref, written=False)
    for block in extract.trailer:
        # A labelled publish date under the story (上版日期：, 发布时间：), printed where the
        # CMS's <meta> is not: it beats the meta, as the header's does.
        yield "trailer", dates.labelled_date(block.norm, ref, published_only=True)
    for block in extract.trailer:
        yield "trailer", _credit_date(block.norm, ref)
    for key in META_DATE_KEYS:
        if key in page.meta:
            yield "meta", dates.parse_meta_date(page.meta[key], ref)
    if url:
        yield "url", dates.url_date(url)
    for block in extract.issue:
        yield "issue", next((d for d in dates.find_dates(block.norm, ref) if d.has_year), None)


def _credit_date(text: str, ref: date) -> dates.FoundDate | None:
    """The day right after the source's name on a credit line under the story (摘自:银川新闻网
    2007年8月18日): the day that source printed the story, with its year."""
    for found in fields.read_fields(text):
        if found.key == "source" and found.value and (at := text.find(found.value, found.start)) >= 0:
            after = text[at + len(found.value) :].lstrip(" \u3000》」”\"")  # (摘自:《人民日报》2023年12月30日)
            day = dates.first_date(after, ref)
            if day and day.start == 0 and day.has_year:
                return day
    return None


def event_date(extract: Extract, ref: date) -> str | None:
    """The day the story itself names, for a page that prints no date of its own: a signed
    notice's closing date (the signer, then 2013年10月28日: the day the document was made, the
    days before the page put it up), else the day its lead names (2月18日，县长…主持召开…: when
    the reported event took place). Neither is a publish date (an archived page read years later
    would get this year's date from a lead without its year). A date without its year is the
    most recent past one; a future date is a plan."""
    if (closing := _closing_date(extract.body, ref)) is not None and not _in_future(closing, ref):
        return dates.to_iso(closing.value)
    for block in extract.body[:LEAD_PARAGRAPHS]:
        for found in dates.find_dates(block.norm, ref):
            if not _in_future(found, ref):
                return dates.to_iso(found.value)
    return None


def _in_future(found: dates.FoundDate, ref: date) -> bool:
    try:
        dates.check_not_future(found, ref)
    except dates.DateRefused:
        return True
    return False


def _closing_date(body: list[Block], ref: date) -> dates.FoundDate | None:
    """The date a notice closes with: a bare date as its last line, under a short line (its signer)."""
    if len(body) < 3 or not roles.is_bare_date(body[-1].norm) or len(body[-2].norm) > roles.MAX_SIGNATURE_CHARS:
        return None
    found = dates.find_dates(body[-1].norm, ref)
    return found[0] if found and found[0].has_year else None


def _page_year(extract: Extract, page: Page, url: str | None, ref: date) -> int | None:
    """The year the page's metadata gives (table, <meta>, URL), for a date printed without one."""
    for source, found in _date_candidates(extract, page, url, ref):
        if source in ("table", "meta", "url") and found is not None and found.has_year:
            return found.value.year
    return None


def _story_year(extract: Extract, found: dates.FoundDate, ref: date) -> int | None:
    """The year of a day the story prints whole a few weeks before a yearless header date (a
    notice signed 2020年5月22日, posted 05-25 10:06): the page went up days after what it reports."""
    day = found.value.date()
    for block in extract.body:
        for printed in dates.find_dates(block.norm, ref):
            if not printed.has_year:
                continue
            try:
                posted = day.replace(year=printed.value.year)
            except ValueError:  # 29 February
                continue
            if 0 <= (posted - printed.value.date()).days <= MAX_POSTING_DELAY_DAYS:
                return printed.value.year
    return None


def choose_date(extract: Extract, page: Page, url: str | None, ref: date, warnings: list[str]) -> tuple[str | None, str | None]:
    """The publish date and where it came from; future dates are refused with a warning.
    A date printed without its year takes the year of the page's metadata when it has one."""
    for source, found in _date_candidates(extract, page, url, ref):
        if found is None:
            continue
        if not found.has_year and source in ("label", "header"):
            year = _page_year(extract, page, url, ref)
            if year is None:
                year = _story_year(extract, found, ref)
            if year is None and source == "header":
                continue  # (an unlabelled month and day, no year anywhere: no date)
            if year is not None:
                try:
                    found = dates.FoundDate(found.value.replace(year=year), found.start, found.end, True, found.has_time)
                except ValueError:  # 29 February
                    pass
        try:
            dates.check_not_future(found, ref)
        except dates.DateRefused as refused:
            warnings.append(f"date refused ({source}): {refused}")
            continue
        return dates.to_iso(found.value), source
    return None, None


def _source(extract: Extract, page: Page) -> str | None:
    if extract.source:
        return normalize.reading_text(extract.source)
    for key in META_SOURCE_KEYS:
        value = page.meta.get(key)
        if value and not _names_site(value, page) and _printed(named := normalize.reading_text(value), page):
            return named
    return None


def _printed(name: str, page: Page) -> bool:
    """Whether the page prints a <meta> source as text: one it never prints is no 来源, nor
    one it prints only as a link (a neighbouring government in the footer's list of sites)."""
    return name in page.joined and any(name in b.norm and b.link_chars * 2 < len(b.text) for b in page.blocks)


def _names_site(value: str, page: Page) -> bool:
    """Whether a <meta> source is the site's own name: its SiteName, og:site_name or
    application-name, or a part of <title> after the headline (… | 社會 | 三立新聞網 SETN.COM)."""
    names = [page.meta.get(key) for key in SITE_NAME_KEYS]
    names += TITLE_PARTS.split(page.html_title)[1:] if page.html_title else []
    return any(name and name.startswith(value) for name in names)


def assemble(extract: Extract, page: Page, url: str | None, parser: str, ref: date) -> Article:
    """The normalised Article for a site parser's parts; NotAnArticle when there is no story."""
    body = extract.body
    if sum(len(b.norm) for b in body) < MIN_BODY_CHARS:
        raise NotAnArticle("no article body found (a list page or an empty page?)")
    warnings: list[str] = []
    if not extract.gov_meta:
        extract.gov_meta = disclosure.gov_meta(page)
    if extract.title:
        title, title_original, derived = extract.title.norm, extract.title.text, False
    else:
        (title, title_original), derived = derive_title(_lead(body)), True
        warnings.append("no headline on the page: title derived from the lead")
    published_at, date_source = choose_date(extract, page, url, ref, warnings)
    event = None
    if published_at is None:
        warnings.append("no publish date found")
        event = event_date(extract, ref)
    for block in ([extract.title] if extract.title else []) + body:
        warnings.extend(f"garbled characters (bad decode): {s}" for s in normalize.find_garbled(block.text))
    return Article(
        url=url,
        parser=parser,
        title=title,
        title_original=title_original,
        title_derived=derived,
        published_at=published_at,
        date_source=date_source,
        source=_source(extract, page),
        region=extract.region,
        zone=normalize.reading_text(extract.zone) if extract.zone else None,
        keywords=[normalize.reading_text(k) for k in extract.keywords],
        text="\n".join(b.norm for b in body),
        text_original="\n".join(b.text for b in body),
        warnings=warnings,
        gov_meta={k: normalize.reading_text(v) for k, v in extract.gov_meta.items()},
        attachments=extract.attachments or (disclosure.attachments(page, body, _after(page, body)) if page.links else []),
        event_date=event,
    )


def _after(page: Page, body: list[Block]) -> list[Block]:
    """The page's lines after the story."""
    last = body[-1]
    at = next((i for i, b in enumerate(page.blocks) if b is last), None)
    return page.blocks[at + 1 :] if at is not None else []
