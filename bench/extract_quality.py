#!/usr/bin/env python3
"""Extraction quality on real pages: ours, GNE and trafilatura, same pages, one run.

Sets
  * the development set (default bench/devset/pages, or --pages DIR): real HTML pages and
    text captures with gold written by reading (bench/devset/README.md). Reported apart
    for HTML and text captures, and apart for `tune` and `holdout` pages.
  * bench/pages (--legacy DIR): the 16 older evaluation pages, whose gold gives only the
    story's first and last sentence (no full body, no source).

Extractors
  * ours         -- parsers.parse_page(page bytes, url=gold url, ref_date=REF_DATE)
  * gne          -- gne.GeneralNewsExtractor().extract(html)
  * trafilatura  -- trafilatura.bare_extraction(html, with_metadata=True)
GNE and trafilatura read HTML only: an HTML page is decoded for them (its declared
charset, GBK read as GB18030); a text capture is given as an HTML page whose body is
one <p> per line, each line HTML-escaped (no <pre>). Neither reports a 来源, so their
source column is n/a.

Scores, per page (both sides normalised: entities unescaped, NFKC, pinyin glued after a character removed, Traditional to
Simplified, the Japanese middle dot ・ read as ·, whitespace removed)
  headline  the extracted headline equals the gold one (a page without one: a derived
            headline counts, as the gold says nothing)
  date      same day as the gold (gold null: nothing found, or a date the scorer can't
            check -- counted as a hit only when the extractor returned none)
  source    equal to the gold 来源 (gold null: none returned)
  body      the gold body's first and last sentence occur in the extracted text, and
            its length is 0.7-1.4 times the gold's; a gold ending in a closing credit
            ((记者 胡海林), 通讯员杨叶、王雨婷 摄, 姚东民) may end with it or with the sentence
            before it, as readers split on keeping it (docs/benchmarks.md)
(legacy set: body = first and last sentence found; no length, no source)

Holdout pages: per-page results are printed for tune pages only, unless --holdout-failures
is given (done once, at the very end, after the code stops changing).

Usage (project root, project venv):
    python bench/extract_quality.py                         # summary + tune failures
    python bench/extract_quality.py --markdown              # summary tables for the docs
    python bench/extract_quality.py --show a012             # one tune page, extracted fields
    python bench/extract_quality.py --pages /work/main/bench/devset/pages
    python bench/extract_quality.py --w3m                   # also every HTML page as w3m renders it
    python bench/extract_quality.py --lynx                  # and as lynx does (a second text browser)
    python bench/extract_quality.py --retitle               # and with a <title> that says nothing of the story
    python bench/extract_quality.py --w3m --width 80        # as w3m dumps it by default, wrapped at 80 columns
    python bench/extract_quality.py --html2text             # and saved as Markdown by html2text
"""
from __future__ import annotations

import argparse
import hashlib
import html as htmllib
import json
import re
import sys
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
DEVSET_DIR = BENCH_DIR / "devset" / "pages"
LEGACY_DIR = BENCH_DIR / "pages"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

REF_DATE = date(2026, 11, 30)
EXTRACTORS = ("ours", "gne", "trafilatura")
METRICS = ("headline", "date", "source", "body", "gov_meta", "attachments")
# Body length within these bounds of the gold's counts (with first and last sentence found).
LENGTH_BOUNDS = (0.7, 1.4)
SENTENCE_END = re.compile(r"(?<=[。！？!?；;])")
# A story's closing credit -- the reporter's, photographer's or contributing office's name on
# its own ((记者 胡海林), 通讯员杨叶、王雨婷 摄, 文字报道市人大研究室, ■ 曹天伟 高庆贺, 姚东民) --
# is kept by some readers and left out by others: two readers of the same 160 pages
# differed on it on 8, and on one other body only (docs/benchmarks.md, "How far readers
# agree"). So a story whose gold ends in one may end with it or with the sentence before.
CREDIT_MAX_CHARS = 40
MAX_CREDIT_LINES = 2  # (a closing credit's lines: a reporter's, then a photographer's)
CREDIT_WORD = re.compile(r"记者|通讯员|摄影?|[文图]\s*[/／]|[/／]\s*[文图]|供稿|报道|实习生|整理|作者|撰稿|撰文|执笔")
CREDIT_NOT = re.compile(r"[\d。！？!?；;]|特此|此函|附件|谢谢|(?:通知|公告|通告|公示)$")
# (A signer is no name: 高新区, 徐州市.)
SIGNER_END = re.compile(r"[区县市镇乡村局委办处厅部站所院会社队组]$")
_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔"
    "向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕"
    "单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚"
    "娄窦戚岑景党宫费卜冷晏席卫米杭洪诸钮郁池乐"
)
CREDIT_NAMES = re.compile(rf"[■□●]?\s*[(（]?[{_SURNAMES}][\u4e00-\u9fff]{{1,2}}(?:[\s、,，]+[{_SURNAMES}][\u4e00-\u9fff]{{1,2}}){{0,5}}[)）]?")

try:
    import opencc  # type: ignore

    _T2S = opencc.OpenCC("t2s").convert
except Exception:  # pragma: no cover
    def _T2S(s: str) -> str:
        return s

_WS = re.compile(r"\s+")
# The Japanese middle dot (・) a page prints for the Chinese one (·): one character to a reader,
# as the reading text makes it (parsers/normalize.py), so compared as one.
_MIDDLE_DOTS = {0x30FB: 0x00B7}
# Pinyin a mirror glues after a character (區(qū), 項(xiàng)): noise the gold keeps as printed and a
# reader drops, as the Traditional script is read as Simplified. A tone mark tells it from a
# bracketed abbreviation (AI).
_GLUED_PINYIN = re.compile(r"(?<=[\u3400-\u9fff])\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)")


def norm(s: str | None) -> str:
    if not s:
        return ""
    s = unicodedata.normalize("NFKC", htmllib.unescape(s))
    s = _T2S(_GLUED_PINYIN.sub("", s)).replace("\u200b", "").replace("\ufeff", "").translate(_MIDDLE_DOTS)
    return _WS.sub("", s)


_DATE_RE = re.compile(r"((?:19|20)\d{2})\s*[-/年.]\s*(\d{1,2})\s*[-/月.]\s*(\d{1,2})")


def source_norm(s: str | None) -> str:
    """A source compared as `norm` does, a paper's name in book-title marks (《廊坊日报》) as the name."""
    s = norm(s)
    return s[1:-1] if s.startswith("《") and s.endswith("》") and s.count("《") == 1 else s


def ymd(value) -> str | None:
    if value is None:
        return None
    if hasattr(value, "strftime"):
        return value.strftime("%Y-%m-%d")
    m = _DATE_RE.search(str(value))
    if not m:
        return None
    y, mo, d = (int(x) for x in m.groups())
    return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else None


def is_holdout(page_id: str) -> bool:
    """The devset README's split rule (the JSON's `split` is authoritative; this checks it): a
    text capture `<id>_txt` of a page of the set falls on its page's side."""
    page = page_id.removesuffix("_txt")
    return int(hashlib.sha1(page.encode()).hexdigest(), 16) % 3 == 0


# --------------------------------------------------------------------------- pages
@dataclass
class Page:
    id: str
    kind: str          # html | text
    split: str         # tune | holdout | legacy
    raw: bytes
    gold: dict

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.id}"

    @property
    def label(self) -> str:
        return f"{self.kind}/{self.split}"


def load_devset(directory: Path) -> list[Page]:
    pages, missing = [], 0
    for meta in sorted(directory.glob("*.json")):
        try:
            gold = json.loads(meta.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            print(f"warning: {meta.name}: unreadable gold ({exc})", file=sys.stderr)
            continue
        kind = gold.get("kind") or "html"
        path = meta.with_suffix(".txt" if kind == "text" else ".html")
        if not path.exists():
            missing += 1  # not committed: bench/devset/get_pages.py rebuilds it
            continue
        split = gold.get("split") or ("holdout" if is_holdout(meta.stem) else "tune")
        pages.append(Page(meta.stem, kind, split, path.read_bytes(), gold))
    if missing:
        print(f"warning: {missing} pages of {directory} are not there (python bench/devset/get_pages.py --clone "
              "rebuilds them); scored without them", file=sys.stderr)
    return pages


def load_legacy(directory: Path) -> list[Page]:
    pages = []
    for path in sorted(directory.glob("*.html")):
        meta = path.with_suffix(".json")
        if meta.exists():
            pages.append(Page(path.stem, "html", "legacy", path.read_bytes(), json.loads(meta.read_text(encoding="utf-8"))))
    return pages


# How each text browser dumps a page (a UTF-8 page on stdin, UTF-8 text out).
BROWSERS = {
    "w3m": ["w3m", "-dump", "-cols", "{width}", "-T", "text/html", "-I", "{charset}", "-O", "utf-8"],
    "lynx": ["lynx", "-dump", "-nolist", "-width={width}", "-force_html", "-stdin", "-assume_charset={charset}",
             "-display_charset=utf-8"],
}
WIDE = 4000  # the devset's captures: no line wrapped (a browser's own default is 80 columns)


def rendered_as_text(pages: list[Page], browser: str = "w3m", width: int = WIDE) -> list[Page]:
    """The HTML pages as text captures made by a text browser (w3m -dump -cols 4000, the
    devset's way, or lynx -dump), with the HTML page's gold: more text captures to check on
    (set names prefixed `w3m:` or `lynx:`, or `w3m-80:` for a width). The gold was written on the HTML page, so a
    capture that breaks a paragraph differently can miss where the page would not: an
    approximate check. lynx obeys the page's own charset declaration over any option, so
    the page is given to it in the charset it declares (characters outside it as
    character references)."""
    import shutil
    import subprocess

    from parsers.decode import canonical_charset, declared_charset, decode_page

    if not shutil.which(browser):
        print(f"{browser}: not installed, --{browser} ignored", file=sys.stderr)
        return []
    out = []
    for page in pages:
        if page.kind != "html":
            continue
        charset = (canonical_charset(declared_charset(page.raw) or "") or "utf-8") if browser == "lynx" else "utf-8"
        html = decode_page(page.raw, None).encode(charset, "xmlcharrefreplace")
        named = "gb2312" if charset == "gb18030" else charset  # (lynx knows the GB family by that name only)
        command = [part.replace("{charset}", named).replace("{width}", str(width)) for part in BROWSERS[browser]]
        text = subprocess.run(command, input=html, capture_output=True, check=False).stdout
        label = browser if width == WIDE else f"{browser}-{width}"
        out.append(Page(page.id, f"{label}:text", page.split, text, page.gold))
    return out


def converted_to_markdown(pages: list[Page]) -> list[Page]:
    """The HTML pages as Markdown captures, as html2text saves them with its default settings
    (links kept, lines wrapped at 78 columns), the form crawl tools and language-model
    pipelines keep pages in (set names prefixed `html2text:`); the gold is the HTML page's."""
    try:
        import html2text
    except ImportError:
        print("html2text: not installed (pip install -e '.[bench]'), --html2text ignored", file=sys.stderr)
        return []
    from parsers.decode import decode_page

    return [Page(page.id, "html2text:text", page.split, html2text.html2text(decode_page(page.raw, None)).encode("utf-8"), page.gold)
            for page in pages if page.kind == "html"]


COLUMN_TITLE = "新闻中心"  # a <title> that names only the section, as many templates print it
TITLE_ELEMENT = re.compile(r"<title\b[^>]*>.*?</title\s*>", re.I | re.S)
CHARSET_META = re.compile(r"<meta\b[^>]*charset[^>]*>", re.I)


def retitled(pages: list[Page], title: str | None = COLUMN_TITLE) -> list[Page]:
    """The HTML pages with a <title> that says nothing of the story (only the column's
    name, or none at all: `title=None`), with their own gold: how the headline, and what
    hangs on it, fare when <title> cannot help, as on a page whose template titles every
    page alike and in a text capture (set names prefixed `column-title:` or `no-title:`).
    The page is decoded as the parser reads it and given back as UTF-8."""
    from parsers.decode import decode_page

    out = []
    for page in pages:
        if page.kind != "html":
            continue
        element = "" if title is None else f"<title>{title}</title>"
        html = CHARSET_META.sub("", decode_page(page.raw, None))
        html, found = TITLE_ELEMENT.subn(lambda m: element, html, count=1)
        if not found and title is not None:
            html = re.sub(r"(<head\b[^>]*>)", lambda m: m.group(1) + element, html, count=1, flags=re.I)
        raw = ('<meta charset="utf-8">' + html).encode("utf-8", "surrogatepass")
        out.append(Page(page.id, f"{'no-title' if title is None else 'column-title'}:html", page.split, raw, page.gold))
    return out


def html_for_others(page: Page) -> str:
    """What GNE and trafilatura read: the decoded page, or a text capture as <p> lines."""
    from parsers.decode import decode_page

    text = decode_page(page.raw, None) if page.kind == "html" else page.raw.decode("utf-8", "replace")
    if page.kind == "html":
        return text
    paragraphs = "\n".join(f"<p>{htmllib.escape(line.strip())}</p>" for line in text.splitlines() if line.strip())
    return f"<html><head><meta charset=\"utf-8\"></head><body>\n{paragraphs}\n</body></html>"


# --------------------------------------------------------------------------- extractors
def run_ours(page: Page, html: str) -> dict:
    import parsers

    try:
        art = parsers.parse_page(page.raw, url=page.gold.get("url"), ref_date=REF_DATE)
    except parsers.ParseError as exc:
        return {"error": type(exc).__name__}
    return {"title": art.title, "date": ymd(art.published_at), "source": art.source, "text": art.text,
            "derived": art.title_derived, "gov_meta": art.gov_meta, "attachments": art.attachments}


def run_gne(page: Page, html: str) -> dict:
    from gne import GeneralNewsExtractor  # type: ignore

    res = GeneralNewsExtractor().extract(html)
    return {"title": res.get("title"), "date": ymd(res.get("publish_time")), "text": res.get("content")}


def run_trafilatura(page: Page, html: str) -> dict:
    import trafilatura  # type: ignore

    doc = trafilatura.bare_extraction(html, with_metadata=True)
    if doc is None:
        return {}
    get = doc.get if isinstance(doc, dict) else (lambda k: getattr(doc, k, None))
    return {"title": get("title"), "date": ymd(get("date")), "text": get("text")}


RUNNERS = {"ours": run_ours, "gne": run_gne, "trafilatura": run_trafilatura}


# --------------------------------------------------------------------------- scoring
def sentences(text: str) -> list[str]:
    return [s for s in (norm(p) for p in SENTENCE_END.split(text)) if s]


# 陈 勇: a two-character name spaced out to the width of a three-character one, as credits print them
_SPACED_NAME = re.compile(r"^([\u4e00-\u9fff])\s+([\u4e00-\u9fff])$")


def is_credit(sentence: str) -> bool:
    """A reporter's, photographer's or contributing office's credit: a name line, no sentence."""
    # (彭遠賀、何華文 攝影報道: a mirror's credit, read as Simplified like the rest, and without the pinyin
    # a mirror glues on: 任夢婷 徐子淳 報(bào)道)
    text = _SPACED_NAME.sub(r"\1\2", _T2S(_GLUED_PINYIN.sub("", sentence.strip())))
    if not text or len(text) > CREDIT_MAX_CHARS or CREDIT_NOT.search(text):
        return False
    return bool(CREDIT_WORD.search(text) or (CREDIT_NAMES.fullmatch(text) and not SIGNER_END.search(text)))


def body_bounds(gold: dict) -> tuple[str, tuple[str, ...], int]:
    """(first sentence, the last sentences any of which may end the story, length) of
    the gold story, normalised. A story whose gold ends in a closing credit may end with
    it or with the sentence before it (CREDIT_WORD), a credit printed over two lines
    (陈 勇 / 董 超摄) with either line or the sentence before both."""
    if "body" in gold and gold["body"]:
        raw = [s for p in gold["body"].split("\n") if p.strip() for s in SENTENCE_END.split(p) if norm(s)]
        first = norm(raw[0])
        k = len(raw) - 1
        while k > 0 and len(raw) - 1 - k < MAX_CREDIT_LINES and is_credit(raw[k]):
            k -= 1
        lasts = tuple(norm(s) for s in reversed(raw[k:]))
        return first, lasts, len(norm(gold["body"]))
    return norm(gold.get("body_first")), (norm(gold.get("body_last")),), 0


def score(page: Page, out: dict, extractor: str) -> dict:
    gold = page.gold
    res: dict = {}
    t_gold, t_out = norm(gold.get("title")), norm(out.get("title"))
    res["headline"] = (t_out == t_gold) if t_gold else (not t_out or bool(out.get("derived")))
    gold_date, out_date = ymd(gold.get("published") or gold.get("published_in_url")), out.get("date")
    res["date"] = out_date == gold_date
    if extractor == "ours" and page.split != "legacy":
        res["source"] = source_norm(out.get("source")) == source_norm(gold.get("source"))
    else:
        res["source"] = None
    ours = extractor == "ours" and page.split != "legacy"
    # gov_meta: every gold key's value; attachments: the same URLs. Pages whose gold has them only.
    res["gov_meta"] = (all(norm((out.get("gov_meta") or {}).get(k)) == norm(v) for k, v in gold["gov_meta"].items())
                       if ours and gold.get("gov_meta") else None)
    res["attachments"] = (sorted(a.get("url") or "" for a in out.get("attachments") or []) == sorted(a.get("url") or "" for a in gold["attachments"])
                          if ours and gold.get("attachments") is not None and page.kind == "html"
                          # (a page whose saver replaced its links names no URL to compare)
                          and all(a.get("url") for a in gold["attachments"]) else None)
    body = norm(out.get("text"))
    first, lasts, length = body_bounds(gold)
    found = bool(body) and first in body and any(last in body for last in lasts)
    if length:
        found = found and LENGTH_BOUNDS[0] <= len(body) / length <= LENGTH_BOUNDS[1]
    res["body"] = found
    return res


def why(page: Page, out: dict, res: dict) -> list[str]:
    """One line per miss: what the gold says and what came out (tune pages only)."""
    gold, lines = page.gold, []
    if res["headline"] is False:
        lines.append(f"headline: {out.get('title')!r} (gold {gold.get('title')!r})")
    if res["date"] is False:
        lines.append(f"date: {out.get('date')} (gold {ymd(gold.get('published'))})")
    if res["source"] is False:
        lines.append(f"source: {out.get('source')!r} (gold {gold.get('source')!r})")
    if res.get("gov_meta") is False:
        lines.append(f"gov_meta: {out.get('gov_meta')} (gold {gold.get('gov_meta')})")
    if res.get("attachments") is False:
        lines.append(f"attachments: {[a['url'] for a in out.get('attachments') or []]} (gold {[a['url'] for a in gold.get('attachments')]})")
    if res["body"] is False:
        body = norm(out.get("text"))
        first, lasts, length = body_bounds(gold)
        last = lasts[0]
        parts = []
        if first not in body:
            parts.append(f"first sentence missing ({first[:30]}…)")
        if not any(end in body for end in lasts):
            parts.append(f"last sentence missing (…{last[-30:]})")
        if length and body:
            parts.append(f"length {len(body) / length:.2f}x")
        lines.append("body: " + ("; ".join(parts) or "empty") + (f" [{out['error']}]" if out.get("error") else ""))
    return lines


# --------------------------------------------------------------------------- report
def evaluate(pages: list[Page], extractors: tuple[str, ...]) -> dict:
    results: dict = {}
    for page in pages:
        html = html_for_others(page) if set(extractors) - {"ours"} else ""
        for name in extractors:
            try:
                out = RUNNERS[name](page, html)
            except Exception as exc:  # an extractor crashing on a page is a miss, not the end
                out = {"error": f"{type(exc).__name__}: {exc}"[:60]}
            results[(page.key, name)] = (out, score(page, out, name))
    return results


def summary_rows(pages: list[Page], results: dict, extractors: tuple[str, ...]) -> list[list]:
    groups: dict[str, list[Page]] = {}
    for page in pages:
        groups.setdefault(page.label, []).append(page)
    order = ["html/tune", "html/holdout", "text/tune", "text/holdout", "html/legacy",
             "w3m:text/tune", "w3m:text/holdout", "w3m:text/legacy"]
    rows = []
    for label in sorted(groups, key=lambda g: order.index(g) if g in order else 99):
        members = groups[label]
        for name in extractors:
            cells = []
            for metric in METRICS:
                values = [results[(p.key, name)][1][metric] for p in members]
                values = [v for v in values if v is not None]
                cells.append(f"{100 * sum(values) / len(values):.0f}" if values else "n/a")
            errors = sum(1 for p in members if results[(p.key, name)][0].get("error"))
            rows.append([label, len(members), name, *cells, errors])
    return rows


def print_table(headers, rows, markdown: bool) -> None:
    if markdown:
        print("| " + " | ".join(headers) + " |")
        print("|" + "|".join("---" for _ in headers) + "|")
        for row in rows:
            print("| " + " | ".join(str(c) for c in row) + " |")
        return
    widths = [max(len(str(h)), *(len(str(r[i])) for r in rows)) for i, h in enumerate(headers)]
    print("  ".join(str(h).ljust(w) for h, w in zip(headers, widths)))
    for row in rows:
        print("  ".join(str(c).ljust(w) for c, w in zip(row, widths)))


def show(page: Page, results: dict, extractors) -> None:
    for name in extractors:
        out, res = results[(page.key, name)]
        text = (out.get("text") or "").replace("\n", " / ")
        print(f"[{page.id}] {name}: {res}")
        print(f"  title={out.get('title')!r} date={out.get('date')} source={out.get('source')!r} error={out.get('error')}")
        print(f"  text[{len(text)}]: {text[:300]!r} … {text[-200:]!r}")
    print(f"  gold: title={page.gold.get('title')!r} published={page.gold.get('published')} source={page.gold.get('source')!r}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=Path, default=DEVSET_DIR, help="development set directory (default bench/devset/pages)")
    ap.add_argument("--legacy", type=Path, default=LEGACY_DIR, help="the older 16-page set (default bench/pages)")
    ap.add_argument("--no-legacy", action="store_true", help="leave the older set out")
    ap.add_argument("--only", help="only pages whose id contains this")
    ap.add_argument("--ours-only", action="store_true", help="run ours alone (quick, while tuning)")
    ap.add_argument("--show", help="print every extractor's fields for the tune pages whose id contains this")
    ap.add_argument("--markdown", action="store_true", help="tables as Markdown")
    ap.add_argument("--w3m", action="store_true", help="also score every HTML page rendered as a text capture by w3m")
    ap.add_argument("--lynx", action="store_true", help="also score every HTML page rendered as a text capture by lynx")
    ap.add_argument("--html2text", action="store_true", help="also score every HTML page converted to Markdown by html2text")
    ap.add_argument("--width", type=int, default=WIDE, help="columns --w3m and --lynx wrap at (default 4000: none; 80 is their own default)")
    ap.add_argument("--retitle", action="store_true", help="also score every HTML page with a <title> that only names the column, and with none")
    ap.add_argument("--holdout-failures", action="store_true", help="also list holdout pages' failures (the very end only)")
    ap.add_argument("--tune-only", action="store_true", help="leave the holdout pages out, figures too (while a round is held back)")
    args = ap.parse_args(argv)

    pages = load_devset(args.pages) if args.pages.is_dir() else []
    if not args.no_legacy and args.legacy.is_dir():
        pages += load_legacy(args.legacy)
    if args.only:
        pages = [p for p in pages if args.only in p.id]
    if args.tune_only:
        pages = [p for p in pages if p.split != "holdout"]
    rendered = [browser for browser in ("w3m", "lynx") if getattr(args, browser)]
    pages += [capture for browser in rendered for capture in rendered_as_text(pages, browser, args.width)]
    if args.html2text:
        pages += converted_to_markdown(pages)
    if args.retitle:
        pages += retitled(pages) + retitled(pages, None)
    if not pages:
        print(f"no pages found in {args.pages}", file=sys.stderr)
        return 1
    extractors = ("ours",) if args.ours_only else EXTRACTORS
    for name, module in (("gne", "gne"), ("trafilatura", "trafilatura")):
        if name in extractors:
            try:
                __import__(module)
            except Exception as exc:  # say so instead of scoring an import error as misses
                print(f"{name}: not available ({type(exc).__name__}: {exc})", file=sys.stderr)
                extractors = tuple(e for e in extractors if e != name)
    results = evaluate(pages, extractors)

    print(f"Pages: {len(pages)} ({', '.join(f'{k} {v}' for k, v in sorted(_count(pages).items()))}); ref date {REF_DATE}\n")
    print_table(["set", "pages", "extractor", "headline %", "date %", "source %", "body %", "gov_meta %", "attachments %", "errors"],
                summary_rows(pages, results, extractors), args.markdown)

    if args.show:
        for page in pages:
            if args.show in page.id and page.split != "holdout":
                show(page, results, extractors)
        return 0
    listed = [p for p in pages if p.split != "holdout" or args.holdout_failures]
    print("\nFailures of ours" + ("" if args.holdout_failures else " (tune and legacy pages only)") + ":\n")
    for page in listed:
        out, res = results[(page.key, "ours")]
        lines = why(page, out, res)
        if lines:
            print(f"- `{page.id}` ({page.label}): " + " · ".join(lines))
    return 0


def _count(pages: list[Page]) -> dict:
    counts: dict = {}
    for p in pages:
        counts[p.label] = counts.get(p.label, 0) + 1
    return counts


if __name__ == "__main__":
    sys.exit(main())
