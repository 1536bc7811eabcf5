"""Saved text captures rendered back into HTML pages.

The demo site, the tests and the benchmarks all need the seed pages as a server would
send them: as HTML, in UTF-8 or in GBK with a <meta charset>, optionally inside the
navigation, sidebars and footers real portals wrap around a story.
"""

from __future__ import annotations

import html
import random
import re

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
