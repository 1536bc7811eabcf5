#!/usr/bin/env python3
"""Compare article extraction quality on the saved pages in bench/pages/.

Extractors compared:
  * ours         -- parsers.parse_page(html_bytes, url=..., ref_date=date(2026, 11, 21))
  * gne          -- gne.GeneralNewsExtractor().extract(html_str)
  * trafilatura  -- trafilatura.bare_extraction(html_str, with_metadata=True)

Ground truth lives next to each page in NNN_name.json (written by hand, see
bench/pages/SOURCES.md).  Per page we score:
  title_exact   extracted title == gold title (after normalisation)
  title_soft    one of the two contains the other (after normalisation)
  date          YYYY-MM-DD part equals the gold date
  first         gold body_first occurs in the extracted text
  last          gold body_last occurs in the extracted text
  clean         the story was found (first or last hit) and none of the gold
                boilerplate strings occurs in the extracted text
There is no full gold body, so no character-level F1 is computed.

Normalisation (applied to both sides): HTML-entity unescape, NFKC, OpenCC t2s
(Traditional -> Simplified), and removal of all whitespace (incl. U+3000, NBSP).

Usage (from the project root, with the project venv):
    python bench/extract_quality.py              # per-page table + summary
    python bench/extract_quality.py --markdown   # summary as a Markdown table
    python bench/extract_quality.py --only 003 --show   # one page, print extracted snippets
    python bench/extract_quality.py --native-bytes      # feed `ours` the page re-encoded to its
                                                        # original charset (GB2312/GBK pages)

Note on encodings: every page is stored as UTF-8 text but keeps its original
<meta charset> declaration (several say gb2312/gbk).  GNE and trafilatura get a
decoded str, so they are unaffected; `ours` gets bytes and therefore sees a
charset declaration that does not match the bytes unless --native-bytes is used.

The script never touches the network.
"""
from __future__ import annotations

import argparse
import html as htmllib
import json
import re
import sys
import traceback
import unicodedata
from datetime import date
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
PAGES_DIR = BENCH_DIR / "pages"
ROOT = BENCH_DIR.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

REF_DATE = date(2026, 11, 21)
METRICS = ["title_exact", "title_soft", "date", "first", "last", "clean"]

# --------------------------------------------------------------------------- normalisation
try:
    import opencc  # type: ignore

    _T2S = opencc.OpenCC("t2s")

    def _t2s(s: str) -> str:
        return _T2S.convert(s)
except Exception:  # pragma: no cover - opencc is installed in the venv
    def _t2s(s: str) -> str:
        return s

_WS = re.compile(r"\s+", re.UNICODE)


def norm(s: str | None) -> str:
    if not s:
        return ""
    s = htmllib.unescape(s)
    s = unicodedata.normalize("NFKC", s)
    s = _t2s(s)
    s = s.replace("\u200b", "").replace("\ufeff", "")
    return _WS.sub("", s)


_DATE_RE = re.compile(r"((?:19|20)\d{2})\s*[-/年.]\s*(\d{1,2})\s*[-/月.]\s*(\d{1,2})")


def ymd(value) -> str | None:
    """Best effort YYYY-MM-DD from an ISO string, '2009年11月09日00:00', a date, ..."""
    if value is None:
        return None
    if hasattr(value, "strftime"):
        try:
            return value.strftime("%Y-%m-%d")
        except Exception:
            return None
    m = _DATE_RE.search(str(value))
    if not m:
        return None
    y, mo, d = (int(x) for x in m.groups())
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


# --------------------------------------------------------------------------- extractors
class Unavailable(Exception):
    pass


def load_ours():
    try:
        import parsers  # type: ignore

        parse_page = parsers.parse_page
        not_article = getattr(parsers, "NotAnArticle", None)
    except Exception as exc:  # ImportError while the parsers are being written, or any import-time bug
        return None, f"{type(exc).__name__}: {exc}"

    def run(raw: bytes, text: str, url: str | None):
        try:
            art = parse_page(raw, url=url, ref_date=REF_DATE)
        except Exception as exc:
            if not_article is not None and isinstance(exc, not_article):
                return {"title": None, "date": None, "text": None, "error": "NotAnArticle"}
            raise
        return {
            "title": getattr(art, "title", None),
            "date": ymd(getattr(art, "published_at", None)),
            "text": getattr(art, "text", None),
        }

    return run, None


def load_gne():
    try:
        from gne import GeneralNewsExtractor  # type: ignore
    except Exception as exc:
        return None, f"{type(exc).__name__}: {exc}"

    def run(raw: bytes, text: str, url: str | None):
        res = GeneralNewsExtractor().extract(text)
        return {
            "title": res.get("title"),
            "date": ymd(res.get("publish_time")),
            "text": res.get("content"),
        }

    return run, None


def load_trafilatura():
    try:
        import trafilatura  # type: ignore
    except Exception as exc:
        return None, f"{type(exc).__name__}: {exc}"

    def run(raw: bytes, text: str, url: str | None):
        doc = trafilatura.bare_extraction(text, with_metadata=True)
        if doc is None:
            return {"title": None, "date": None, "text": None}
        get = doc.get if isinstance(doc, dict) else (lambda k: getattr(doc, k, None))
        return {"title": get("title"), "date": ymd(get("date")), "text": get("text")}

    return run, None


# --------------------------------------------------------------------------- scoring
def score(gold: dict, out: dict) -> dict:
    t_gold, t_out = norm(gold.get("title")), norm(out.get("title"))
    body = norm(out.get("text"))
    res = {
        "title_exact": bool(t_out) and t_out == t_gold,
        "title_soft": bool(t_out) and bool(t_gold) and (t_gold in t_out or t_out in t_gold),
        "date": None,
        "first": bool(body) and norm(gold["body_first"]) in body,
        "last": bool(body) and norm(gold["body_last"]) in body,
        "clean": False,
    }
    # "clean" only counts when the story was actually found (body_first or body_last present):
    # an empty, wrong-block or mojibake extraction trivially contains no boilerplate.
    if res["first"] or res["last"]:
        res["clean"] = not any(norm(b) and norm(b) in body for b in gold.get("boilerplate", []))
    gold_date = ymd(gold.get("published"))
    if gold_date is not None:
        res["date"] = out.get("date") == gold_date
    elif out.get("date") is None:
        res["date"] = True  # page shows no date and none was invented
    else:
        res["date"] = False
    return res


def load_pages(only: str | None):
    pages = []
    for html_path in sorted(PAGES_DIR.glob("*.html")):
        if only and only not in html_path.name:
            continue
        meta_path = html_path.with_suffix(".json")
        if not meta_path.exists():
            print(f"warning: no ground truth for {html_path.name}", file=sys.stderr)
            continue
        gold = json.loads(meta_path.read_text(encoding="utf-8"))
        raw = html_path.read_bytes()
        text = raw.decode("utf-8")  # pages are stored as UTF-8 text (see SOURCES.md)
        pages.append((html_path.stem, raw, text, gold))
    return pages


def fmt_cell(v) -> str:
    if v is None:
        return "-"
    return "Y" if v else "."


def print_table(headers, rows):
    widths = [max(len(str(h)), *(len(str(r[i])) for r in rows)) if rows else len(str(h)) for i, h in enumerate(headers)]
    line = "  ".join(str(h).ljust(w) for h, w in zip(headers, widths))
    print(line)
    print("  ".join("-" * w for w in widths))
    for r in rows:
        print("  ".join(str(c).ljust(w) for c, w in zip(r, widths)))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--markdown", action="store_true", help="print the summary as a Markdown table")
    ap.add_argument("--only", help="only pages whose file name contains this string")
    ap.add_argument("--show", action="store_true", help="print extracted title/date/text snippets per page")
    ap.add_argument(
        "--native-bytes",
        action="store_true",
        help="give `ours` the page re-encoded to its original charset (gold field original_encoding, e.g. gb2312) "
        "instead of the stored UTF-8 bytes; by default ours gets the file bytes as stored",
    )
    args = ap.parse_args(argv)

    extractors = {}
    unavailable = {}
    for name, loader in (("ours", load_ours), ("gne", load_gne), ("trafilatura", load_trafilatura)):
        fn, why = loader()
        if fn is None:
            unavailable[name] = why
        else:
            extractors[name] = fn
    for name, why in unavailable.items():
        print(f"{name}: not available ({why})")

    pages = load_pages(args.only)
    if not pages:
        print("no pages found in", PAGES_DIR)
        return 1

    results = {name: {} for name in extractors}
    errors = {name: {} for name in extractors}
    for stem, raw, text, gold in pages:
        for name, fn in extractors.items():
            page_bytes = raw
            enc = (gold.get("original_encoding") or "utf-8").lower()
            if args.native_bytes and name == "ours" and enc not in ("utf-8", "utf8"):
                # GB2312/GBK pages: gb18030 is a superset, so the round trip is lossless
                page_bytes = text.encode("gb18030" if enc in ("gb2312", "gbk", "gb18030") else enc)
            try:
                out = fn(page_bytes, text, gold.get("url"))
            except Exception as exc:
                errors[name][stem] = f"{type(exc).__name__}: {exc}"
                if args.show:
                    traceback.print_exc()
                out = {"title": None, "date": None, "text": None}
            if out.get("error"):
                errors[name][stem] = out["error"]
            results[name][stem] = score(gold, out)
            if args.show:
                body = (out.get("text") or "").replace("\n", " / ")
                print(f"[{stem}] {name}: title={out.get('title')!r} date={out.get('date')!r}")
                print(f"    text[{len(out.get('text') or '')}]: {body[:160]!r} ... {body[-120:]!r}")

    # per-page table
    short = {"title_exact": "T", "title_soft": "t", "date": "D", "first": "F", "last": "L", "clean": "C"}
    headers = ["page"] + [f"{name}:{''.join(short[m] for m in METRICS)}" for name in extractors]
    rows = []
    for stem, _raw, _text, _gold in pages:
        row = [stem]
        for name in extractors:
            r = results[name][stem]
            cell = "".join(fmt_cell(r[m]) for m in METRICS)
            if stem in errors[name]:
                cell += " !" + errors[name][stem][:30]
            row.append(cell)
        rows.append(row)
    if not args.markdown:
        print("\nPer page (T=title exact, t=title contains, D=date, F=body_first, L=body_last, C=no boilerplate; Y=hit, .=miss)\n")
        print_table(headers, rows)

    # summary
    sum_headers = ["extractor", "pages", "title %", "title~ %", "date %", "body_first %", "body_last %", "clean %", "errors"]
    sum_rows = []
    n = len(pages)
    for name in ("ours", "gne", "trafilatura"):
        if name in unavailable:
            sum_rows.append([name, n, "n/a", "n/a", "n/a", "n/a", "n/a", "n/a", "not available"])
            continue
        r = results[name]
        pct = []
        for m in METRICS:
            vals = [r[s][m] for s in r if r[s][m] is not None]
            pct.append(f"{100.0 * sum(vals) / len(vals):.0f}" if vals else "n/a")
        sum_rows.append([name, n, *pct, len(errors[name])])
    if args.markdown:
        print("| " + " | ".join(sum_headers) + " |")
        print("|" + "|".join("---" for _ in sum_headers) + "|")
        for row in sum_rows:
            print("| " + " | ".join(str(c) for c in row) + " |")
    else:
        print("\nSummary\n")
        print_table(sum_headers, sum_rows)
        for name in extractors:
            for stem, err in errors[name].items():
                print(f"  {name} error on {stem}: {err}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
