"""Text captures saved as Markdown read as the page their marks describe.

The lines are html2text's (default settings) of dev-set pages: h003 (广西壮族自治区人民政府门户网站),
h008 (a Hanweb page of 新北区), r13b003 (南方网).
"""

from __future__ import annotations

import pytest

from parsers import parse_page
from parsers.blocks import page_to_blocks
from parsers.markdown_capture import looks_like_markdown

GUANGXI = """\
  * 网站首页
  * 政府信息公开
    * 政策
    * 政府信息公开指南

当前位置： [首页](/) > [自治区重要信息](/zzqzyxx/)

微信

![](static/picture/ts.png)

##  国务院150项重大水利工程之一

#  下六甲灌区工程重要节点全面开工

来源： 广西日报 2024-10-17 08:03

大 小 打印

广西来宾市下六甲灌区工程是国务院150项重大水利工程之一。10月15日，在金秀瑶族自治县大樟乡施工现场，一车车混凝土缓缓倒入灌区工程游龙枢纽坝基，标志着该工程迈出全面建设的第一步。

据了解，作为下六甲灌区工程重要节点的6个枢纽以及2个泵站工程完工后，灌区水流量将提升到最高4.94立方米每秒，直接灌溉面积达7.46万亩，能够极大缓解灌区内水资源时间、空间分布不均问题，对保障桂中地区粮食安全和蔗糖业发展具有重要意义。（李晟 韦鑫）

文件下载：

扫一扫在手机打开当前页

##  广西要闻

  * [清廉广西建设提质增效工作现场推进会在贵港召开 刘宁作批示 王维平出席](/zzqzyxx/t1.shtml)
"""


def test_a_markdown_capture_s_marks_are_read_not_printed():
    article = parse_page(GUANGXI)
    assert article.title == "下六甲灌区工程重要节点全面开工"
    assert article.source == "广西日报"
    assert article.published_at.startswith("2024-10-17T08:03")
    assert article.text.startswith("广西来宾市下六甲灌区工程是国务院150项重大水利工程之一。")
    assert article.text.endswith("具有重要意义。（李晟 韦鑫）")
    assert "](" not in article.text and "#" not in article.text


def test_headings_list_items_and_links_keep_what_they_are():
    blocks = page_to_blocks(GUANGXI).blocks
    by_text = {b.text.strip(): b for b in blocks}
    assert by_text["下六甲灌区工程重要节点全面开工"].tag == "h1"
    assert by_text["政策"].list_item
    assert by_text["当前位置： 首页 > 自治区重要信息"].link_chars == len("首页自治区重要信息")
    assert not any("static/picture" in b.text for b in blocks)  # an image has no text


def test_strong_marks_against_cjk_punctuation_and_table_borders_leave_no_trace():
    # CommonMark leaves **…：** open before a CJK character; a converter's one-column
    # table leaves | borders around the headline.
    capture = """\
![](static/picture/location.png)

**您当前的位置：**[首页](/) > [新服务](/xfw/) > 内容

|  | 百丈社区开展学生暑期教育活动
---
发布日期：2016-07-20  来源：春江镇  浏览次数：  字号：〖大 中 小〗

为丰富辖内中小学生的暑期生活，使社区青少年在接受学校第一课堂教育的同时还可以积极接受第二课堂的教育，春江镇百丈社区开展了学生暑期教育活动。

活动中，社区工作人员为孩子们讲解了暑期安全知识。
"""
    article = parse_page(capture)
    assert article.title == "百丈社区开展学生暑期教育活动"
    assert article.source == "春江镇"
    assert article.published_at.startswith("2016-07-20")
    assert "*" not in article.text and "|" not in article.text


def test_an_address_wrapped_by_the_converter_is_one_link_again():
    # html2text wraps at 78 columns, inside a share link's address too.
    capture = """\
[](http://sns.qzone.qq.com/cgi-
bin/qzshare/cgi_qzshare_onekey?url=https%3A%2F%2Fculture.southcn.com%2Fnode_dc1e5bf0b1%2F61b91efd7b.shtml&pics=http%3A%2F%2Fnfcms-
mainsiteoss.southcn.com%2Fnfw%2F__tpl_asset%2F68e544a3d8.jpg)

# 彻底的“角色转换”

2010-03-16 10:21 来源：[南方网](http://www.southcn.com)

在电影里，男演员扮演女性角色并不少见，而让人印象深刻的，往往是那些彻底完成“角色转换”的表演。

这样的表演，考验的是演员对人物内心的把握。
"""
    blocks = page_to_blocks(capture).blocks
    assert not any("bin/qzshare" in b.text or "mainsiteoss" in b.text for b in blocks)
    assert parse_page(capture).title == "彻底的“角色转换”"


@pytest.mark.parametrize("capture", [
    # lynx marks nested list items with # and *, and a story may quote one bold phrase
    "新闻中心\n   * 首页\n      # 通知公告\n      # 工作动态\n关于开展**安全生产月**活动的通知\n各有关单位：\n",
    # w3m's captures and the seed pages: no Markdown at all
    "您现在的位置:首页 > 开发区新闻\n发布时间:2021-11-30  来源:宜兴经济技术开发区\n--------\n正文。\n",
])
def test_plain_captures_are_not_taken_for_markdown(capture):
    assert not looks_like_markdown(capture)
