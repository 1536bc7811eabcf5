"""Which date is the article's: the precedence of docs/parsers.md, one rule a test."""

from __future__ import annotations

from datetime import date

import pytest

from parsers import parse_page

REF = date(2024, 12, 1)
STORY = ("<p>会议强调，要坚持项目为王，抓好招商引资和项目建设，推动项目早落地、早开工、早投产，为全年目标打下坚实基础。</p>"
         "<p>区领导及相关部门负责人参加会议，各街道汇报了重点项目推进情况。</p>")


def page(header: str = "", head: str = "", above: str = "", after: str = "") -> str:
    return (f"<html><head><meta charset='utf-8'>{head}</head><body>{above}<h1>某区召开重点项目推进会</h1>{header}"
            f"<div class='content'>{STORY}</div>{after}</body></html>")


def dated(html: str, url: str | None = None) -> tuple[str | None, str | None]:
    article = parse_page(html, url=url, ref_date=REF)
    return article.published_at and article.published_at[:10], article.date_source


def test_a_labelled_date_by_the_headline_beats_the_cms_meta():
    html = page("<div>发布时间：2024-03-05 来源：区发改委</div>", "<meta name='PubDate' content='2024-11-20 08:00'>")
    assert dated(html) == ("2024-03-05", "label")


def test_an_update_label_is_a_date_label():
    assert dated(page("<div>更新时间：2024-03-05 10:12</div>")) == ("2024-03-05", "label")


def test_the_info_disclosure_table_beats_the_cms_meta_that_is_the_generation_time():
    table = ("<table><tr><td>索引号：</td><td>11410000-2024-00012</td><td>发布机构：</td><td>某区发展和改革委员会</td></tr>"
             "<tr><td>发文字号：</td><td>某发改〔2024〕3号</td><td>成文日期：</td><td>2024-03-01</td></tr>"
             "<tr><td>发布日期：</td><td>2024-03-05</td><td>有效性：</td><td>有效</td></tr></table>")
    html = page(head="<meta name='PubDate' content='2024-11-20 08:00'>", above=table)
    assert dated(html) == ("2024-03-05", "table")


def test_a_printed_dateline_beats_the_meta_that_is_the_generation_time():
    # (as a provincial portal in the development set does, a month later: it prints the
    # date under the headline, and its PubDate meta is when the page was generated)
    html = page("<ul><li>2024年11月07日 08时01分</li><li>来源：</li></ul>",
                "<meta name='PubDate' content='2024-11-10 08:23:48'><meta name='others' content='页面生成时间 2024-11-10 08:23:48'>")
    assert dated(html) == ("2024-11-07", "header")


def test_the_meta_beats_the_url():
    html = page(head="<meta name='PubDate' content='2024-03-06 08:00'>")
    assert dated(html, "http://x.gov.cn/art/2024/3/7/t20240307_1.html") == ("2024-03-06", "meta")


def test_an_unlabelled_dateline_by_the_headline_counts():
    assert dated(page("<div>2024-03-05 09:30 某区融媒体中心</div>")) == ("2024-03-05", "header")


def test_a_site_clock_never_counts():
    html = page(above="<div class='top'>2024年11月30日 星期六</div><div class='crumb'>首页 &gt; 新闻中心</div>")
    assert dated(html) == (None, None)


def test_a_forum_footer_and_a_comment_time_never_count():
    after = ("<div class='comments'><p>网友评论：</p><p>张三 2024-11-19 13:43 支持！</p></div>"
             "<div class='footer'>GMT+8, 2024-11-19 13:43 , Processed in 0.03 second(s)</div>")
    assert dated(page(after=after)) == (None, None)


def test_an_epaper_issue_date_counts_when_nothing_else_is_printed():
    above = "<div class='paper'>2024年03月05日 星期二 第A03版：要闻</div><div class='crumb'>首页 &gt; 电子报</div>"
    assert dated(page(above=above)) == ("2024-03-05", "issue")


def test_a_yearless_date_takes_its_year_from_the_page_metadata():
    html = page("<div>发布时间：03-05 10:30</div>".replace("03-05", "3月5日"), "<meta name='PubDate' content='2021-03-05'>")
    assert dated(html) == ("2021-03-05", "label")


def test_a_metadata_line_just_above_the_headline_counts_when_none_is_under_it():
    html = page(above="<div>发布时间：2024-03-05 来源：区发改委</div>")
    assert dated(html) == ("2024-03-05", "label")
    assert parse_page(html, ref_date=REF).source == "区发改委"


def test_a_forum_posts_own_time_is_labelled():
    assert dated(page("<div>楼主 发表于 2024-11-19 13:43:12</div>")) == ("2024-11-19", "label")


def test_a_comment_under_the_story_is_not_its_closing_line():
    after = "<div><p>张三 2024-11-19 13:43</p><p>李四 2024-11-20 08:10</p></div>"
    text = parse_page(page(after=after), ref_date=REF).text
    assert "张三" not in text and "李四" not in text


def test_an_epaper_issue_date_may_stand_a_line_away_from_its_page_mark():
    above = "<div>2024年03月05日 星期二</div><div>第A03版：要闻</div><div class='crumb'>首页 &gt; 电子报</div>"
    assert dated(page(above=above)) == ("2024-03-05", "issue")


def test_the_edition_a_papers_site_shows_labelled_so_is_its_issue_date():
    capture = ("您好!今天是\n設為主頁收藏本頁\n社交網站:\n當前報章2016年07月29日\n今日導讀\n本報新聞\n字體: 放大 還原 縮小\n"  # r40g006
               "消防局呼籲盂蘭化寶莫留火種\n"
               "    【特訊】盂蘭節將至,按中國人的傳統習俗,居民會在農曆七月期間進行祭祀活動,消防局提醒居民注意防火安全,切勿留下火種。\n"
               "    於七月廿八日消防局派員拜訪「台山坊眾互助會」,就盂蘭節期間的防火工作及行動部署等方面交換意見。\n昔日新聞\n")
    article = parse_page(capture, ref_date=REF)
    assert (article.published_at[:10], article.date_source) == ("2016-07-29", "issue")


def test_a_date_beside_an_empty_readers_counter_is_the_headers_dateline():
    capture = ("关于清明节放假安排的通知\n2024-03-26       浏览人数:\n"  # r43a010
               "各县(市、区)人民政府,城乡一体化示范区、高新区管委会,市直各单位:\n"
               "  根据《国务院办公厅关于2024年部分节假日安排的通知》精神,为便于各地、各单位及早合理安排工作,现将2024年清明节放假安排通知如下:\n"
               "  4月4日至6日放假调休,共3天。4月7日(星期日)上班。\n平顶山市人民政府办公室\n2024年3月25日\n")
    assert parse_page(capture, ref_date=REF).published_at[:10] == "2024-03-26"


def test_a_database_records_field_set_apart_by_an_equals_sign_is_labelled():
    from parsers import dates as date_grammar
    assert date_grammar.labelled_date("【日期】= 2002.01.01", REF).value.date().isoformat() == "2002-01-01"  # r43a005


def test_a_taiwan_items_last_change_under_its_fields_dates_it_when_nothing_else_does():
    capture = ("新聞櫥窗\n轉寄\n列印\n點閱數:16\n北竿塘岐衛生所道路興建 工務處7月2日舉辦土地徵收第2次公聽會\n"  # r41f002
               "【本報訊】北竿塘岐衛生所道路興建所需經費已正式獲營建署審查通過補助,因道路拓寬需徵收部分私有土地,縣府將召開公聽會。\n"
               " 為辦理北竿鄉塘岐衛生所道路改善及部分路段拓寬工程土地徵收,縣府依法辦理第2次公聽會,歡迎土地所有權人踴躍參加。\n"
               "發布單位:工務處\n最後異動時間:108/06/27\ntop\n")
    article = parse_page(capture, ref_date=REF)
    assert (article.published_at[:10], article.date_source, article.source) == ("2019-06-27", "trailer", "工务处")


def test_a_yearless_dateline_takes_the_year_of_the_notice_it_posts_signed_days_before():
    capture = ("通城县人民政府关于 在主汛期全面禁止河道采砂活动的通告\n\n05-25 10:06   通城县融媒体中心  \n\n"  # r41f011
               "为有效保护我县水生态环境,确保河道防洪安全和人民群众生命财产安全,县人民政府决定在我县主汛期期间全面禁止河道采砂活动。现将有关事项通告如下:\n\n"
               "一、禁采时间:2020年6月1日至8月31日。\n\n二、自本通告发布之日起,全县河道水域范围内禁止一切采砂活动。\n\n"
               "通城县人民政府 \n\n 2020年5月22日\n")
    article = parse_page(capture, ref_date=REF)
    assert (article.published_at[:16], article.date_source) == ("2020-05-25T10:06", "header")
    # (no day printed whole within weeks before it: an unlabelled month and day dates nothing)
    assert parse_page(capture.replace("2020年5月22日", "2019年3月2日").replace("2020年6月1日", "2019年6月1日"), ref_date=REF).published_at is None


def test_a_numeric_yearless_date_with_its_time_takes_the_year_from_the_meta():
    html = page("<div>发布时间：11-19 13:43</div>", "<meta name='PubDate' content='2023-11-19'>")
    assert dated(html) == ("2023-11-19", "label")


def test_the_sites_name_is_not_the_storys_source():
    html = page("<div>发布时间：2024-03-05</div>", "<meta property='og:site_name' content='某区人民政府门户网站'>")
    assert parse_page(html, ref_date=REF).source is None


@pytest.mark.parametrize("line, day, source", [
    ("发稿时间：2021/7/20 【字体：大中小】", "2021-07-20", "label"),  # b002 (tune)
    ("发布日期：2018-07-24 23:04:37 来源：县委办 发布者：李亚博 浏览次数： 字体大小： 大 中 小", "2018-07-24", "label"),  # d001 (tune)
    ("内乡政府门户网站 www.neixiangxian.gov.cn 2018-04-19 17:32:17 来源：内乡县政府网站", "2018-04-19", "header"),  # c001 (tune)
    ("字号大中小 文章来源：货币政策司 2020-02-19 20:28:58", "2020-02-19", "header"),  # e001 (tune), as w3m prints it
    ("内蒙古新闻网 16-05-17 09:22 【打印本页】 来源： 新华网", "2016-05-17", "header"),  # r8b003 (tune since round 8): a two-digit year with its time
    ("發稿日期：111年5月17日", "2022-05-17", "label"),  # r8h003: a Republic-of-China year after a date label
    ("www.txnews.com.cn 07年08月24日 08:58 [ 大 中 小 ]", "2007-08-24", "header"),  # r8i018 (tune since round 8): 07年 with its time
])
def test_real_header_lines_give_their_date(line, day, source):
    assert dated(page(f"<div>{line}</div>")) == (day, source)


def test_a_dotted_roc_date_in_the_header_needs_no_label():
    html = page("<div>區域動態 115.03.19 發布單位：政治作戰局</div>")  # r14c005 (tune since round 14)
    article = parse_page(html, ref_date=date(2026, 11, 30))
    assert (article.published_at[:10], article.date_source, article.source) == ("2026-03-19", "header", "政治作战局")


def test_a_two_digit_year_or_a_roc_year_without_its_context_is_no_date():
    assert dated(page("<div>编号：16-05-17 联系电话：0937-253438 112-06-13</div>")) == (None, None)
    assert dated(page("<div>96年5月17日 09:22</div>")) == (None, None)  # (a Taiwan page's 民國 96, printed bare)
    assert dated(page("<div>服务器 115.03.19.2 发布单位：信息中心</div>")) == (None, None)  # (an address's numbers)


def test_a_labelled_publish_date_under_the_story_beats_the_cms_meta():
    after = "<div>相關檔案</div><ul><li><a href='/f.pdf'>pdf(2.96 MB)</a></li><li>上版日期：113-10-21</li></ul>"  # r8h004 (tune since round 8)
    html = page(head="<meta name='DC.Date' content='2024-10-22'>", after=after)
    assert dated(html) == ("2024-10-21", "trailer")
    assert dated(page(head="<meta name='DC.Date' content='2024-10-22'>", after="<div>更新时间：2024-11-20</div>")) == ("2024-10-22", "meta")


def test_a_word_ending_in_shijian_is_no_date_label():
    lead = "<p>当地时间8月1日，巴黎奥运会拳击女子66公斤级16强赛，46秒“脆败”的意大利拳手安杰拉·卡里尼在赛后的一“跪”一“哭”，再次引发了人们对于变性人参与体育运动的讨论。</p>"
    html = page("<div>2024-08-03 17:12:01 稿源： 澎湃新闻</div>").replace("<div class='content'>", f"<div class='content'>{lead}")  # r8i002 (tune since round 8)
    assert dated(html) == ("2024-08-03", "header")
    assert parse_page(html, ref_date=REF).text.startswith("当地时间8月1日")


def test_a_date_label_under_the_story_with_its_value_on_the_next_line():
    capture = ("跳到主要內容區塊\n\n清明期間加強墓地防火宣導\n\n"  # r41f012, a Taipei district office's page
               "清明掃墓慎終追遠的時節又到了,由於掃墓焚燒香燭、紙錢及雜草等易引發火災,為防範未然,請市民朋友上山掃墓後確實撲滅燃燒物。\n\n"
               "清明掃墓預防火災「四不二記得」,雜草「不」亂燒、菸蒂「不」亂丟、紙錢「不」飛揚、爆竹「不」燃放、「記得」收垃圾、「記得」滅餘燼。\n\n"
               "發布日期\n\n109-03-31\n")
    article = parse_page(capture, ref_date=date(2026, 11, 30))
    assert str(article.published_at)[:10] == "2020-03-31"


def test_a_reprints_credit_under_the_story_dates_it_after_the_labelled_dates_and_before_the_meta():
    html = page(after="<p>摘自:银川新闻网 2007年8月18日</p>")  # r57e020
    assert dated(html) == ("2007-08-18", "trailer")
    meta = "<meta name='PubDate' content='2024-11-20 08:00'>"
    assert dated(page(head=meta, after="<p>摘自:银川新闻网 2007年8月18日</p>")) == ("2007-08-18", "trailer")  # (the meta: the page's making)
    assert dated(page("<div>发布时间：2024-03-05</div>", meta, after="<p>摘自:银川新闻网 2007年8月18日</p>")) == ("2024-03-05", "label")


def test_a_credit_naming_a_paper_in_title_marks_is_dated_too():
    assert dated(page(after="<p>摘自:《人民日报》2023年12月30日</p>")) == ("2023-12-30", "trailer")
