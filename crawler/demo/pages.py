"""Saved text captures rendered back into HTML pages.

The demo site, the tests and the benchmarks all need the seed pages as a server would
send them: as HTML, in UTF-8 or in GBK with a <meta charset>, optionally inside the
navigation, sidebars and footers real portals wrap around a story.
"""

from __future__ import annotations

import html
import random
import re
from functools import lru_cache

import opencc

# Glosses the mirrors in seeds/pages glue after characters (區(qū)), by Traditional character.
PINYIN_GLOSSES = {
    "業": "yè", "習": "xí", "鄉": "xiāng", "產": "chǎn", "優": "yōu", "關": "guān", "內": "nèi", "準": "zhǔn",
    "創": "chuàng", "務": "wù", "區": "qū", "協": "xié", "衛": "wèi", "發": "fā", "團": "tuán", "學": "xué",
    "導": "dǎo", "應": "yīng", "當": "dāng", "態": "tài", "戰": "zhàn", "擴": "kuò", "擔": "dān", "數": "shù",
    "機": "jī", "構": "gòu", "標": "biāo", "濟": "jì", "環": "huán", "現": "xiàn", "礎": "chǔ", "穩": "wěn",
    "經": "jīng", "結": "jié", "統": "tǒng", "續": "xù", "節": "jié", "補": "bǔ", "認": "rèn", "設": "shè",
    "調": "diào", "負": "fù", "責": "zé", "質": "zhì", "貿": "mào", "轉": "zhuǎn", "達": "dá", "進": "jìn",
    "鎮": "zhèn", "領": "lǐng",
}
NUMBER = re.compile(r"\d+")
BULLET_LINE = re.compile(r"^\s*(?:•|-\s)\s*")
NAV_SECTIONS = ["首页", "政务公开", "新闻中心", "投资促进", "招商引资", "项目建设", "开发区", "政策法规", "办事服务", "互动交流"]
SIDEBAR_ITEMS = 190
LINK_ROWS = 12
SIDEBAR_WORDS = ["重大项目", "集中开工", "签约仪式", "招商推介会", "产业园", "营商环境", "高新区", "经开区", "督查推进会", "现场观摩"]


def _body_lines(text: str) -> list[str]:
    """HTML for each line of a capture: bulleted lines become list items, the rest paragraphs."""
    out: list[str] = []
    in_list = False
    for line in text.splitlines():
        if not line.strip():
            continue
        bulleted = BULLET_LINE.match(line)
        if bulleted and not in_list:
            out.append("<ul>")
        elif not bulleted and in_list:
            out.append("</ul>")
        in_list = bool(bulleted)
        content = html.escape(line[bulleted.end():] if bulleted else line.strip(), quote=False)
        out.append(f"<li>{content}</li>" if bulleted else f"<p>{content}</p>")
    if in_list:
        out.append("</ul>")
    return out


@lru_cache(maxsize=1)
def _s2t() -> opencc.OpenCC:
    return opencc.OpenCC("s2t")


def traditional_mirror(text: str, every: int = 2) -> str:
    """What a mirror makes of a page: Traditional script, with pinyin glued after every
    `every`-th glossed character, as the mirrors in seeds/pages do."""
    seen = 0

    def gloss(match: re.Match) -> str:
        nonlocal seen
        seen += 1
        return f"{match.group(0)}({PINYIN_GLOSSES[match.group(0)]})" if seen % every == 0 else match.group(0)

    return re.sub(f"[{''.join(PINYIN_GLOSSES)}]", gloss, _s2t().convert(text))


def edited_copy(paragraphs: list[str], drop: int = 1, seed: int = 0) -> list[str]:
    """What a republisher makes of a story: `drop` paragraphs left out (never the first)
    and one number rewritten."""
    rng = random.Random(seed)
    kept = list(paragraphs)
    for _ in range(min(drop, len(kept) - 2)):
        kept.pop(rng.randrange(1, len(kept)))
    for i, paragraph in enumerate(kept):
        if NUMBER.search(paragraph):
            kept[i] = NUMBER.sub(lambda m: str(int(m.group(0)) + 1), paragraph, count=1)
            break
    return kept


def _navigation(rng: random.Random) -> list[str]:
    """A portal's header: menus of short links, the bulk of a real page's markup."""
    out = ['<div class="header"><div class="logo"><a href="/">首页</a></div><ul class="nav">']
    for section in NAV_SECTIONS:
        out.append(f'<li><a href="/{rng.randrange(10**6)}/">{section}</a><ul class="sub">')
        out.extend(f'<li><a href="/{section}/{i}/" title="{section}{i}">{section}{i}栏目</a></li>' for i in range(16))
        out.append("</ul></li>")
    out.append("</ul></div>")
    return out


def _sidebar(rng: random.Random, items: int) -> list[str]:
    """"Hot / latest" link lists with their own dates, which must never become the story's."""
    out = ['<div class="sidebar"><h3>热点新闻</h3><ul>']
    for _ in range(items):
        words = "".join(rng.sample(SIDEBAR_WORDS, 3))
        date = f"2022-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        out.append(f'<li><a href="/news/{rng.randrange(10**8)}.html">{words}取得新进展</a><span>{date}</span></li>')
    out.append("</ul></div>")
    return out


HEAD_SCRIPT = """<script>var _hmt = _hmt || [];(function() {var hm = document.createElement("script");
hm.src = "/stat/hm.js?%s";var s = document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm, s);})();
function setFont(size){document.getElementById("zoom").style.fontSize=size+"px";}</script>"""
HEAD_STYLE = """<style>body{margin:0;font:14px/1.8 "Microsoft YaHei",SimSun}.nav li{float:left;width:%dpx}
.sidebar{width:300px;float:right}.content p{text-indent:2em;margin:0 0 1em}.footer{clear:both;text-align:center}</style>"""


def _link_rows(rng: random.Random, rows: int) -> list[str]:
    """Friendly links as rows of <a> separated by |, and a table of department links."""
    out = ['<div class="links"><h4>友情链接</h4>']
    for _ in range(rows):
        links = " | ".join(f'<a href="http://www.{rng.randrange(10**4)}.gov.cn/" target="_blank">{rng.choice(SIDEBAR_WORDS)}网</a>' for _ in range(6))
        out.append(f"<p>{links}</p>")
    out.append('</div><table class="depts"><tr>')
    for i in range(rows * 3):
        out.append(f'<td><a href="/dept/{i}/"><img src="/img/{i}.png" alt="">部门{i}</a></td>' + ("</tr><tr>" if i % 6 == 5 else ""))
    out.append("</tr></table>")
    return out


def render_capture(text: str, charset: str = "utf-8", title: str | None = None, chrome: bool = False, seed: int = 0) -> bytes:
    """A text capture as the HTML page a server sends, encoded in `charset`.

    With `chrome`, the story sits inside navigation menus and sidebars that bring the page
    to the 40-60 KB of a real portal page.
    """
    rng = random.Random(seed)
    head = [f'<meta charset="{charset}">']
    if title:
        head.append(f"<title>{html.escape(title)}</title>")
    if chrome:
        head += [HEAD_SCRIPT % rng.randrange(10**8), HEAD_STYLE % rng.randint(80, 120)]
    body = _navigation(rng) + _sidebar(rng, items=SIDEBAR_ITEMS) + _link_rows(rng, LINK_ROWS) if chrome else []
    body += ['<div class="content">', *_body_lines(text), "</div>"]
    page = "<!DOCTYPE html>\n<html><head>" + "".join(head) + "</head><body>\n" + "\n".join(body) + "\n</body></html>\n"
    return page.encode(charset, errors="xmlcharrefreplace")
