"""Page to blocks: HTML and text captures agree; decoding follows the page's charset."""

from __future__ import annotations

import pytest

from conftest import SEEDS
from crawler.demo.pages import render_capture
from parsers import NotAnArticle, parse_page
from parsers.blocks import page_to_blocks


def texts(page):
    return [(b.text, b.list_item) for b in page.blocks]


@pytest.mark.parametrize("seed", SEEDS, ids=lambda s: s.name[:3])
@pytest.mark.parametrize("charset", ["utf-8", "gbk", "gb2312", "gb18030"])
def test_html_and_text_capture_give_the_same_blocks(seed, charset):
    html = render_capture(seed.text, charset=charset)
    assert texts(page_to_blocks(html)) == texts(page_to_blocks(seed.path.read_bytes()))


def test_block_elements_become_lines_and_inline_ones_do_not():
    html = "<html><body><div>一<span>二</span><b>三</b></div><p>四<br>五</p><table><tr><td>六</td><td>七</td></tr></table></body></html>"
    assert [b.text for b in page_to_blocks(html).blocks] == ["一二三", "四", "五", "六", "七"]


def test_scripts_styles_forms_and_hidden_elements_are_dropped():
    html = """<html><head><title>T</title><style>p{color:red}</style></head><body>
    <script>var x = "<p>不是正文</p>";</script><noscript>请启用脚本</noscript>
    <form action="/search"><input name="q"><button>搜索</button>站内搜索</form>
    <div style="display: none">隐藏的垃圾链接</div><div hidden>也隐藏</div>
    <!-- 注释 --><p>正文</p></body></html>"""
    assert [b.text for b in page_to_blocks(html).blocks] == ["正文"]


def test_a_form_wrapping_the_whole_page_is_kept():
    story = "这是一段很长的正文内容。" * 30
    html = f'<html><body><form id="form1" method="post"><div><p>{story}</p></div></form></body></html>'
    assert [b.text for b in page_to_blocks(html).blocks] == [story]


def test_link_text_is_counted():
    (block,) = page_to_blocks("<html><body><p>前往<a href='/x'>市政府网站</a>查看</p></body></html>").blocks
    assert (block.text, block.link_chars) == ("前往市政府网站查看", 5)


@pytest.mark.parametrize("extra", ["", "<li><a href='/x'>更多</a><span>新</span></li>", "<li>专题</li>", "说明"])
def test_a_menu_of_links_gives_the_lines_a_walk_would(extra):
    # a list of one link an item is read in one pass, not walked: the same lines, whatever else a list holds
    items = "".join(f"<li> <a href='/c{i}/'>栏目{i}</a> </li>\n" for i in range(3))
    page = page_to_blocks(f"<html><body><div><ul>\n{items}{extra}</ul>结尾<a href='/z'>链接</a></div><table><tr><td><ul><li><a href='/t'>表内</a></li></ul></td></tr></table></body></html>")
    blocks = [(b.norm, b.tag, b.link_chars, b.list_item, b.cell) for b in page.blocks]
    assert blocks[:3] == [(f"栏目{i}", "li", 3, True, False) for i in range(3)]
    assert ("结尾链接", "div", 2, False, False) in blocks and ("表内", "li", 2, True, True) in blocks


def test_head_meta_and_title_are_read():
    html = '<html><head><title> 新闻 _ 某市 </title><meta name="ArticleTitle" content="新闻"><meta name="PubDate" content="2021-11-30"></head><body><p>x</p></body></html>'
    page = page_to_blocks(html)
    assert (page.html_title, page.meta["articletitle"], page.meta["pubdate"]) == ("新闻 _ 某市", "新闻", "2021-11-30")


def test_gb2312_declared_pages_are_decoded_as_gb18030():
    # 镕 and 喆 are outside GB2312 but in GBK/GB18030; real "gb2312" pages use them.
    html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>朱镕基 陶喆 €</p></body></html>'
    (block,) = page_to_blocks(html.encode("gb18030")).blocks
    assert block.text == "朱镕基 陶喆 €"


def test_undeclared_gbk_is_detected():
    text = "<html><body><p>" + "全市高质量发展项目推进会召开，市委书记主持会议并讲话。" * 5 + "</p></body></html>"
    (block,) = page_to_blocks(text.encode("gbk")).blocks
    assert block.text.startswith("全市高质量发展项目推进会召开")


def test_utf8_bom_and_undeclared_utf8():
    assert page_to_blocks("\ufeff第一行\n第二行".encode("utf-8")).blocks[0].text == "第一行"
    assert page_to_blocks("第一行\n第二行".encode("utf-8")).blocks[1].text == "第二行"


def test_a_text_capture_with_leaked_tags_is_not_mistaken_for_html():
    page = page_to_blocks('<ul id="sq8o2"></ul>\n标题\n正文')
    assert not page.is_html and [b.text for b in page.blocks] == ["标题", "正文"]


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"", "empty page"),
        (b"   \n\n  ", "empty page"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file"),
        (bytes(range(256)) * 4, "binary file"),
        ("<html><body><p>请输入验证码</p><input name=code></body></html>".encode(), "captcha"),
        ("<html><body><ul>" + "".join(f"<li><a href='/{i}.html'>某区召开第{i}次项目推进会</a><span>2022-01-{i:02d}</span></li>" for i in range(1, 29)) + "</ul></body></html>", "no article body"),
        ("\n".join(f"- 某区召开第{i}次项目推进会 2022-01-{i:02d}" for i in range(1, 29)), "no article body"),
    ],
    ids=["empty", "blank", "png", "binary", "captcha", "list-page-html", "list-page-text"],
)
def test_pages_that_are_not_articles(content, reason):
    with pytest.raises(NotAnArticle, match=reason):
        parse_page(content)


def test_utf8_bytes_under_a_stale_gb2312_declaration_are_read_as_utf8():
    """Saved pages keep <meta charset=gb2312> over bytes a browser re-encoded as UTF-8."""
    html = '<html><head><meta charset="gb2312"></head><body><p>全市项目推进会召开</p></body></html>'
    (block,) = page_to_blocks(html.encode("utf-8")).blocks
    assert block.text == "全市项目推进会召开"


def test_an_unknown_declared_charset_falls_back_to_detection():
    html = '<html><head><meta charset="x-no-such-charset"></head><body><p>' + "全市项目推进会召开，会议强调。" * 5 + "</p></body></html>"
    assert page_to_blocks(html.encode("gbk")).blocks[0].text.startswith("全市项目推进会召开")


@pytest.mark.parametrize("charset", ["base64", "rot13", "hex", "zlib", "undefined", "idna", "punycode", "utf-16", "chinese", "gb2312-80", "x-gbk"])
def test_any_declared_charset_decodes_without_error(charset):
    html = f'<html><head><meta charset="{charset}"></head><body><p>朱镕基 陶喆 参加项目建设推进会</p></body></html>'
    encoding = "utf-8" if charset == "utf-16" else "gb18030"  # a UTF-16 claim over ASCII-compatible bytes
    (block,) = page_to_blocks(html.encode(encoding)).blocks
    assert block.text == "朱镕基 陶喆 参加项目建设推进会"


@pytest.mark.parametrize("tag", ["div", "span", "b", "section", "table"])
def test_deep_nesting_does_not_exhaust_recursion(tag):
    html = "<html><body>" + f"<{tag}>" * 3000 + "正文在最深处" + f"</{tag}>" * 3000 + "</body></html>"
    assert [b.text for b in page_to_blocks(html).blocks] == ["正文在最深处"]


def test_text_after_a_hidden_or_dropped_element_stays_on_its_line():
    html = '<html><body><p>前<span style="display:none">藏</span>中<button>按钮</button>后<br>下一行</p></body></html>'
    assert [b.text for b in page_to_blocks(html).blocks] == ["前中后", "下一行"]


@pytest.mark.parametrize("html", [
    "<html><body><p>页头</p></body></html><div>正文第一段</div><p>正文第二段</p>",
    "<html><body><p>页头</p></body></html>正文第一段<p>正文第二段</p>",
    "<html><body><p>页头</p></body></html><html><body><div>正文第一段</div><p>正文第二段</p></body></html>",
])
def test_what_follows_the_closing_html_tag_is_read_as_browsers_show_it(html):
    assert [b.text for b in page_to_blocks(html).blocks] == ["页头", "正文第一段", "正文第二段"]


def test_a_page_holding_the_line_joiner_keeps_every_line_its_own_text():
    from parsers.normalize import LINE_JOINER

    html = f"<html><body><p>甲{LINE_JOINER}乙</p><p>丙</p><p>（責任編輯：丁）</p></body></html>"
    assert [(b.text, b.norm) for b in page_to_blocks(html).blocks] == [
        (f"甲{LINE_JOINER}乙", f"甲{LINE_JOINER}乙"), ("丙", "丙"), ("（責任編輯：丁）", "（责任编辑：丁）")]


def test_an_xml_prolog_and_entities_are_read_as_a_browser_would():
    html = '<?xml version="1.0" encoding="gb2312"?><!DOCTYPE html><html><body><p>A&amp;B&nbsp;C &lt;D&gt; &#x4E2D;&unknown;</p></body></html>'
    assert [b.text for b in page_to_blocks(html).blocks] == ["A&B C <D> 中&unknown;"]


def test_an_unclosed_script_hides_the_rest_of_the_page_as_in_a_browser():
    html = "<html><body><p>正文</p><script>var a = 1;" + "<p>x</p>" * 5000
    assert [b.text for b in page_to_blocks(html).blocks] == ["正文"]


def test_a_self_closing_svg_does_not_swallow_the_story():
    html = '<html><body><svg class="icon" /><p>正文第一段</p><p>正文第二段</p><svg><text>图标</text></svg></body></html>'
    assert [b.text for b in page_to_blocks(html).blocks] == ["正文第一段", "正文第二段"]


def test_a_text_capture_with_leaked_meta_and_title_tags_stays_a_text_capture():
    seed = SEEDS[1]
    leaked = '<meta id="sq8o2"></meta>\n<title id="x"></title>\n' + seed.text
    assert texts(page_to_blocks(leaked)) == texts(page_to_blocks(seed.text))


def test_lone_surrogates_in_text_input_are_replaced():
    assert page_to_blocks("正文\ud800第一段").blocks[0].text == "正文\ufffd第一段"


def test_a_story_that_mentions_a_captcha_word_is_kept():
    story = "市公安局提醒，遇到要求安全验证的陌生链接不要点击。" * 10
    article = parse_page(f"<html><body><h1>警方提醒</h1><p>{story}</p><p>请输入验证码</p></body></html>")
    assert article.text == story


@pytest.mark.parametrize("padding, found", [(0, "gb18030"), (2500, "gb18030"), (5000, None)])
def test_a_charset_is_read_from_the_first_4_kb(padding, found):
    from parsers.decode import declared_charset

    head = "<script>var x = '" + "a" * padding + "';</script>"
    html = f'<html><head>{head}<meta http-equiv="Content-Type" content="text/html; charset=gbk"></head><body><p>朱镕基</p></body></html>'
    assert declared_charset(html.encode("gbk")) == found


def test_an_element_waiting_to_fade_in_is_read_and_display_none_is_not():
    html = ("<html><body><h1>应急在线｜新书捐赠会暨相关法规标准公益宣贯活动在北京举办</h1>"
            "<div id='js_content' style='visibility: hidden; opacity: 0; '><p>今年6月是第23个全国“安全生产月”，主题为“人人讲安全、个个会应急”。</p></div>"
            "<div style='display:none'><p>隐藏的朗读副本</p></div></body></html>")  # h013 (a WeChat article)
    texts = [b.text for b in page_to_blocks(html).blocks]
    assert "今年6月是第23个全国“安全生产月”，主题为“人人讲安全、个个会应急”。" in texts and "隐藏的朗读副本" not in texts


def test_a_body_hidden_until_a_script_shows_it_is_read():
    html = ("<html><head><title>（转载）广州市人民政府办公厅关于印发广州市公共租赁住房管理办法的通知</title></head>"
            "<body style='visibility: hidden'><div class='content-container'><h1 class='title'>（转载）广州市人民政府办公厅关于印发广州市公共租赁住房管理办法的通知</h1>"
            "<p>各区人民政府，市政府各部门、各直属机构：</p><p style='display:none'>隐藏的朗读副本</p></div></body></html>")  # r15f013 (tune since round 15)
    texts = [b.text for b in page_to_blocks(html).blocks]
    assert texts == ["（转载）广州市人民政府办公厅关于印发广州市公共租赁住房管理办法的通知", "各区人民政府，市政府各部门、各直属机构："]


def test_a_capture_with_a_character_cut_in_two_is_read_as_utf8_all_the_same():
    # g003's capture made by lynx: a search field padded by cutting 内 in two ([站内搜索\x86\x85搜索])
    capture = ("[站内搜索".encode() + b"\x86\x85" + "搜索]\n科兴佳园社区民族大团结书法笔友会活动\n".encode()
               + "为进一步推动社区内民族团结进步工作，充分体现社区睦邻、友邻的理念，科兴佳园社区开展了书法展览笔会活动。\n".encode() * 3)
    texts = [b.text for b in page_to_blocks(capture).blocks]
    assert texts[1:3] == ["科兴佳园社区民族大团结书法笔友会活动", "为进一步推动社区内民族团结进步工作，充分体现社区睦邻、友邻的理念，科兴佳园社区开展了书法展览笔会活动。"]


def test_a_traditional_capture_saved_in_gb18030_is_read_when_detection_gives_up():
    lines = ["新聞公報", "簡體版英文版寄給朋友政府新聞網", "已接受整項性別重置手術變性人士的婚姻登記事宜", "＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊＊",
             "　　政府發言人今日（七月十六日）表示，隨着終審法院在Ｗ訴婚姻登記官（FACV　4/2012）（Ｗ案）的司法覆核案中作出的命令於二○一四年七月十七日生效，"
             "從該日起，就婚姻登記而言，已接受整項性別重置手術的人的重置性別，會被婚姻登記官視為該人的性別。"]  # r13c002's capture, saved in GB18030
    page = page_to_blocks("\n".join(lines).encode("gb18030"))
    assert [b.text for b in page.blocks][:3] == lines[:3]


def test_gbk_bytes_are_never_taken_for_broken_utf8():
    story = "全市高质量发展项目推进会召开，市委书记主持会议并讲话。" * 5
    assert page_to_blocks(story.encode("gbk")).blocks[0].text == story


def test_what_lynx_prints_for_frames_buttons_and_images_goes():
    capture = "\n".join(["IFRAME: /sfclient/mySave.html", "澎湖重度殘障男子陳屍馬公水仙宮旁空屋",  # r7a007's page, as lynx prints it
                         "文字： [zoomplus.gif] 大 [zoomequal.gif] 中 [zoomsubtract.gif] 小 [print.gif]",  # r11q007's
                         "日本：跨性别人士遭强制绝育(BUTTON) Print"])  # r9a015's
    assert [b.text for b in page_to_blocks(capture).blocks] == [
        "澎湖重度殘障男子陳屍馬公水仙宮旁空屋", "文字： 大 中 小", "日本：跨性别人士遭强制绝育Print"]


def test_a_capture_s_image_names_go_as_an_html_page_s_images_give_no_text():
    capture = "\n".join(["道真自治县召开2020年就业扶贫工作会议", "发布时间：2020-04-22",
                         "4月20日，道真自治县召开[W020200422350301545039]了2020年就业扶贫工作会，副县长出席会议并讲话。",  # m002 (text capture)
                         "[a38bddbd59]", "[459444c8db][872a45926e]", "[logo] 首页"])
    texts = [b.text for b in page_to_blocks(capture).blocks]
    assert texts[2] == "4月20日，道真自治县召开了2020年就业扶贫工作会，副县长出席会议并讲话。"
    assert texts[3:] == ["[logo] 首页"]


def test_a_story_folded_behind_a_read_more_button_is_read_whole_but_hidden_spam_is_not():
    visible = "".join(f"<p>张薛吃“糖”一个多月后，发现了身体的变化，这是第{i}段。</p>" for i in range(3))
    folded = "".join(f"<p style=\"display: none;\">刚刚16岁的高中生刘玥，也是药娘吧的常客，这是折叠的第{i}段。</p>" for i in range(3))
    button = "<a href=\"javascript:;\">打开APP阅读全文</a>"  # r11p007 (tune since round 11): 南方+'s share page
    page = f"<html><body><div class='article'>{visible}{folded}</div>{button}</body></html>"
    found = [b.text for b in page_to_blocks(page).blocks]
    assert "刚刚16岁的高中生刘玥，也是药娘吧的常客，这是折叠的第2段。" in found
    without_button = f"<html><body><div class='article'>{visible}{folded}</div></body></html>"
    assert not any("折叠" in b.text for b in page_to_blocks(without_button).blocks)


def test_a_table_s_edge_at_a_capture_s_line_ends_is_no_text():
    capture = "《卓越高新区》南夏墅街道塘洋村秋蟹开塘捕捞 |\n| 近日,南夏墅街道塘洋村的秋蟹开塘捕捞,村民们忙着分拣、装箱。 |"  # r22c015 (tune since round 22)
    assert [b.text for b in page_to_blocks(capture).blocks] == ["《卓越高新区》南夏墅街道塘洋村秋蟹开塘捕捞", "近日,南夏墅街道塘洋村的秋蟹开塘捕捞,村民们忙着分拣、装箱。"]
