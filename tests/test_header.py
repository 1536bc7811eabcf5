"""The header model: every line around a story gets a role, the headline is chosen among
headline lines only. Lines are real ones, from the development set's tune pages and the
issue's survey of real pages."""

from __future__ import annotations

from datetime import date

import pytest

from parsers import header, parse_page
from parsers.blocks import Block
from parsers.header import line_role, read_header, story_start, unlabelled_source


def block(text: str, tag: str = "p", link_chars: int = 0) -> Block:
    return Block(text, text, tag, link_chars)


@pytest.mark.parametrize("line", ["首页 > 公示公告", "当前位置： 首页 > 要闻动态 > 柘城要闻", "网易首页 > 财经频道 > 证券新闻 > 正文",
                                  "2020年10月28日 星期三 | 我的位置:首页 > 货币政策司 > 货币政策执行报告 > 货币政策大事记",
                                  "评论 > 海外观察"])  # c001, d001, f001, e001 (tune); the last from the survey
def test_breadcrumb(line):
    assert line_role(block(line)) == header.BREADCRUMB


@pytest.mark.parametrize("line", [
    "发稿时间：2021/7/20 【字体：大中小】",
    "内乡政府门户网站 www.neixiangxian.gov.cn 2018-04-19 17:32:17 来源：内乡县政府网站",
    "2021-01-21 09:05:59 来源:诸城新闻网",
    "更新时间：2023-03-01 10:12",
    "发布日期：2018-07-24 23:04:37 来源：县委办 发布者：李亚博 浏览次数： 字体大小： 大 中 小",  # d001 (tune)
    "责任编辑：管理员",  # c001 (tune)
])
def test_metadata_line(line):
    assert line_role(block(line)) == header.META


@pytest.mark.parametrize("line", ["2023-01-21", "二〇一八年四月十九日", "2020-02-19 20:28:58",  # c001, e001 (tune)
                                  "2021-01-21 09:05 诸城新闻网", "www.zc.gov.cn 2021-01-21",
                                  "李光斗 2015-07-03 11:31:09 0人参与评论"])
def test_dateline(line):
    assert line_role(block(line)) == header.DATELINE


@pytest.mark.parametrize("line", ["2023年10月10日 星期二"])
def test_a_site_clock_is_chrome(line):
    assert line_role(block(line)) == header.CHROME


@pytest.mark.parametrize("line", ["齐鲁晚报·齐鲁壹点记者 王某某", "本网讯 (记者 张三)"])
def test_byline(line):
    assert line_role(block(line)) == header.BYLINE


@pytest.mark.parametrize("line", ["大 中 小】", "分享到:", "【打印】【关闭】", "【 字体：大 中 小 】",
                                  "返回顶部打印关闭", "打印本页 关闭窗口", "字号 大 中 小", "分享：",  # d001, e001, c001 (tune)
                                  "用微信扫码二维码", "分享至好友和朋友圈", "T + -",  # f003 (tune)
                                  "分享到● [qzone] [linkedin] [facebook] [twitter]"])  # e004 (tune)
def test_widget(line):
    assert line_role(block(line)) in (header.WIDGET, header.META)
    assert line_role(block(line)) != header.HEADLINE


@pytest.mark.parametrize("line", ["(资料图片仅供参考)", "[logo]", "[20210720143732003200]", "[交友 ] []"])
def test_photo_note(line):
    assert line_role(block(line)) == header.PHOTO_NOTE


def test_a_row_of_short_names_is_a_menu():
    # e001_pbc_2019_huobi_dashiji (tune) as w3m prints it
    assert line_role(block("信息公开 新闻发布 法律法规 货币政策 宏观审慎 信贷政策 金融市场 金融稳定 调查统计 银行会计 支付体系")) == header.CHROME


@pytest.mark.parametrize("line", ["交友__________________ Submit",  # f001 (tune) as lynx prints it
                                  "________________ [index_r3_c57.jpg] 高级搜索"])  # e001 (tune) as lynx prints it
def test_a_forms_leftover_is_chrome(line):
    assert line_role(block(line)) == header.CHROME


def test_an_embedded_players_leftover_is_chrome():
    assert line_role(block("embed(http://img1.126.net/channel3/018690_96050_151127.swf)")) == header.CHROME  # f004 (tune)


def test_the_headline_is_found_above_a_long_run_of_share_widgets():
    # f003_163news_chongqing_gongjiao (tune), a text capture: headline, dateline with source,
    # a counter, a share widget of eight lines, a font-size control, the 原标题 line, the story
    lines = ["重庆公交坠江：已提取家属DNA以确认失联者身份", "2018-10-30 07:42:55　来源: 新京报(北京)", "0", "分享到：", "易信", "微信",
             "QQ空间", "微博", "更多", "用微信扫码二维码", "分享至好友和朋友圈", "T + -",
             "（原标题：重庆公交坠江事故：已提取家属DNA以确认失联者身份）",
             "10月28日，重庆万州22路公交车与一辆红色轿车撞击后，坠入长江。新京报记者从万州区委外宣办获悉，初步核实失联人员15人。"]
    blocks = [block(line) for line in lines]
    assert read_header(blocks, len(lines) - 1).title_at == 0


@pytest.mark.parametrize("line", ["（原标题：“农业第一股”被追缴3亿税款 税收减免条件或为政府企业争议点）",  # f001 (tune)
                                  "（原标题：今年前11个月我国进出口总值22.08万亿元）"])  # f004 (tune)
def test_original_title_line(line):
    assert line_role(block(line)) == header.ORIGINAL_TITLE


@pytest.mark.parametrize("line", ["美摄影师展现城市变幻之美", "图文直播"])  # f004, e001 (tune): a headline, a menu item
def test_a_credit_word_inside_a_title_makes_no_byline(line):
    assert line_role(block(line)) != header.BYLINE


@pytest.mark.parametrize("line", ["内乡宝天曼峡谷漂流景区开漂公告", "热烈祝贺集团董事长魏华山先生受聘担任湖北理工学院武汉校友会名誉会长！"])
def test_headline_candidate(line):
    assert line_role(block(line)) == header.HEADLINE


def test_an_arrow_in_a_headline_makes_no_breadcrumb():
    assert line_role(block("从“制造”→“智造”")) == header.HEADLINE


def test_a_dash_line_is_a_subtitle():
    assert line_role(block("——记某某区招商引资工作")) == header.SUBTITLE


def test_the_headline_group_standing_on_the_metadata_line_wins_and_its_first_line_is_the_headline():
    # c003_hbws_qiye_wenhua (tune): headline, metadata line, then two centred sub-headline lines
    blocks = [block("热烈祝贺娲石集团荣获全国建材企业文化建设示范基地", "div"), block("发稿时间：2021/7/19 【 字体：大 中 小 】", "div"),
              block("臻于至善追求卓越超越自我"), block("娲石集团以企业文化建设推动高质量发展"),
              block("2021年7月15日，中国建筑材料企业管理协会在西安开展评选表彰活动。")]
    found = read_header(blocks, 4)
    assert found.title_at == 0
    assert story_start(blocks, found.title_at, 4) == 4


def test_a_subtitle_under_the_headline_is_not_the_headline():
    blocks = [block("某区举行重大项目集中签约仪式", "h1"), block("总投资超百亿元 涉及先进制造业等领域", "h2"),
              block("发布时间：2023-01-03"), block("1月3日，某区举行重大项目集中签约仪式，共签约项目12个。")]
    assert read_header(blocks, 3).title_at == 0


def test_a_metadata_line_or_a_date_is_never_the_headline():
    blocks = [block("2023年10月10日 星期二"), block("2021-01-21 09:05:59 来源:诸城新闻网"), block("大 中 小】"),
              block("1月3日，某区举行重大项目集中签约仪式，共签约项目12个，总投资超百亿元。")]
    assert read_header(blocks, 3).title_at is None


def test_the_line_the_title_names_is_the_headline():
    blocks = [block("某区举行重大项目集中签约仪式"), block("百亿元项目落户"), block("来源：某区融媒体中心"),
              block("1月3日，某区举行重大项目集中签约仪式，共签约项目12个。")]
    assert read_header(blocks, 3, ("百亿元项目落户",)).title_at == 1


def test_a_short_first_paragraph_the_density_missed_starts_the_story():
    blocks = [block("某区召开大会", "h1"), block("发布时间：2023-01-03"), block("大会于今天上午召开。"),
              block("会议强调，要坚持项目为王，抓好招商引资和项目建设，推动项目早落地、早开工、早投产。")]
    assert story_start(blocks, 0, 3) == 2


def test_an_original_title_line_does_not_start_the_story():
    blocks = [block("某区召开大会", "h1"), block("（原标题：某区召开重点项目推进会）"),
              block("会议强调，要坚持项目为王，抓好招商引资和项目建设，推动项目早落地、早开工、早投产。")]
    assert story_start(blocks, 0, 1) == 2


@pytest.mark.parametrize("line, source", [("2021-01-21 09:05 诸城新闻网", "诸城新闻网"), ("2021年3月5日 区委召开会议 部署工作", None),
                                          ("3月5日区委召开会议", None), ("大众日报 2023年10月10日", "大众日报"),
                                          ("李光斗 2015-07-03 11:31:09", None)])
def test_an_unlabelled_source_is_the_name_after_the_opening_date(line, source):
    assert unlabelled_source(line) == source


SECTION_TITLED = (
    "<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
    "<div class='nav'><a href='/'>首页</a> <a href='/news/'>新闻中心</a> <a href='/dt/'>新闻动态</a></div>"
    "<div class='crumb'>当前位置：<a href='/'>首页</a> &gt; <a href='/news/'>新闻中心</a></div>"
    "<div class='t'>区委书记带队调研重大项目建设</div><div class='info'>2023年01月03日 来源：区发改委 【字号 大 中 小】</div>"
    "<p>1月3日上午，区委书记带队调研重大项目建设情况，现场察看了多个产业项目推进情况。</p>"
    "<p>调研中，区委书记强调，要坚持项目为王，抓好招商引资和项目建设，推动项目早落地、早开工、早投产。</p>"
    "<p>区领导及相关部门负责人参加调研。</p></body></html>"
)


@pytest.mark.parametrize("title", ["新闻中心", "新闻动态", "新闻动态 - 某某区人民政府"])
def test_a_title_that_names_only_the_section_is_not_the_headline(title):
    article = parse_page(SECTION_TITLED.format(title=title), ref_date=date(2023, 1, 5))
    assert (article.title, article.source, article.published_at) == ("区委书记带队调研重大项目建设", "区发改委", "2023-01-03T00:00:00+08:00")


def test_a_source_line_closing_the_story_is_its_source_not_its_text():
    html = SECTION_TITLED.replace(" 来源：区发改委", "").replace("<p>区领导及相关部门负责人参加调研。</p>",
                                                              "<p>区领导及相关部门负责人参加调研。</p><p>来源：区融媒体中心</p>")
    article = parse_page(html.format(title="新闻中心"), ref_date=date(2023, 1, 5))
    assert article.source == "区融媒体中心"
    assert article.text.split("\n")[-1] == "区领导及相关部门负责人参加调研。"


def test_a_site_name_left_on_the_end_of_the_title_is_not_the_headlines():
    html = SECTION_TITLED.replace("<div class='t'>区委书记带队调研重大项目建设</div>", "")
    article = parse_page(html.format(title="区委书记带队调研重大项目建设 东区办事处"), ref_date=date(2023, 1, 5))
    assert article.title == "区委书记带队调研重大项目建设"


def test_a_story_told_as_a_numbered_list_is_kept_whole():
    items = ["为加快重大项目建设，现将有关事项通知如下。", "一、总体要求", "坚持项目为王。", "工作目标",
             "二、重点任务", "全年新开工亿元以上项目100个，竣工投产项目60个，完成重大项目投资500亿元，招引落地一批产业链关键项目。",
             "三、保障措施", "各地各部门要建立项目推进机制，实行挂图作战、清单管理，每月调度通报项目进展，确保各项任务按期完成。"]
    html = ("<html><head><meta charset='utf-8'></head><body><h1>关于加快重大项目建设的通知</h1><div>发布时间：2023-01-03</div>"
            + "".join(f"<p>{p}</p>" for p in items) + "<div>上一篇：某某</div></body></html>")
    assert parse_page(html, ref_date=date(2023, 1, 5)).text.split("\n") == items


def test_a_logos_alt_text_before_a_metadata_line_changes_nothing():
    assert line_role(block("[yule] 来源：搜狐娱乐")) == header.META  # bench/pages/008 as w3m prints it


def test_a_label_cell_and_its_value_cell_are_metadata():
    html = ("<html><head><meta charset='utf-8'></head><body><div class='crumb'>首页 &gt; 新闻中心</div>"
            "<h2>区委书记带队调研重大项目建设</h2><table><tr><td>来源：</td><td>某区人民政府办公室</td>"
            "<td>发布时间：</td><td>2023-01-03</td></tr></table>"
            "<p>1月3日上午，区委书记带队调研重大项目建设情况，现场察看了多个产业项目推进情况。</p>"
            "<p>调研中，区委书记强调，要坚持项目为王，抓好招商引资和项目建设，推动项目早落地、早开工、早投产。</p></body></html>")
    article = parse_page(html, ref_date=date(2023, 1, 5))
    assert (article.title, article.source, article.published_at) == (
        "区委书记带队调研重大项目建设", "某区人民政府办公室", "2023-01-03T00:00:00+08:00")


@pytest.mark.parametrize("line", ["新闻中心", "工作动态", "通知公告"])
def test_a_column_name_on_its_own_line_is_a_menu_item(line):
    assert line_role(block(line)) == header.CHROME


def test_a_headline_a_text_capture_broke_at_the_cells_width_is_joined():
    # w3m wraps a fixed-width table cell (e001_pbc_2019_huobi_dashiji as it prints it): every
    # line stopping mid-sentence has the cell's width, the headline's first line too
    story = ("1月4日，中国人民银行宣布下调金融机构存款准备金率1个百分点，其中，1月15日和1月25日分别下调0.5个百分点。同时，"
             "第一季度到期的中期借贷便利不再续做，1月17日，在中国人民银行指导下，中国银行间市场交易商协会组织市场成员制定了业务"
             "指引，促进了境外非金融企业债务融资工具规范发展，进一步提升银行间债券市场对外开放水平。")
    lines, line = [], ""
    for char in story:  # wrapped at 52 columns, as w3m wraps the cell
        if header.display_width(line + char) > 52:
            lines.append(line)
            line = ""
        line += char
    lines.append(line)
    capture = "\n".join(["关于进一步做好重大项目建设和招商引资工作推进会议精神", "的贯彻落实情况通报", "发布时间：2020-02-19", *lines])
    article = parse_page(capture, ref_date=date(2023, 1, 5))
    assert article.title == "关于进一步做好重大项目建设和招商引资工作推进会议精神的贯彻落实情况通报"
    assert article.text.startswith("1月4日")


def test_a_publishing_office_in_the_header_is_the_source_when_no_laiyuan_is_printed():
    html = SECTION_TITLED.replace("来源：区发改委", "发布机构：区发改委")
    assert parse_page(html.format(title="新闻中心"), ref_date=date(2023, 1, 5)).source == "区发改委"
