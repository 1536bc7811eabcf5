"""Date rules: shapes, labels, missing years, priorities, and refusals."""

from __future__ import annotations

from datetime import date

import pytest

from parsers import dates, parse_page

REF = date(2023, 1, 5)


def iso(found):
    return dates.to_iso(found.value) if found else None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2021-11-30", "2021-11-30T00:00:00+08:00"),
        ("2023-02-12 19:15", "2023-02-12T19:15:00+08:00"),
        ("2021-11-30 08:05:09", "2021-11-30T08:05:09+08:00"),
        ("2022/3/4", "2022-03-04T00:00:00+08:00"),
        ("2022.2.21", "2022-02-21T00:00:00+08:00"),
        ("2021年11月30日", "2021-11-30T00:00:00+08:00"),
        ("2021年1月5日 10:30", "2021-01-05T10:30:00+08:00"),
        ("二〇二二年十一月三十日", "2022-11-30T00:00:00+08:00"),
        ("二○二一年一月九日", "2021-01-09T00:00:00+08:00"),
        ("12月29日上午", "2022-12-29T00:00:00+08:00"),
        ("十二月二十九日", "2022-12-29T00:00:00+08:00"),
        ("12 月 29 日", "2022-12-29T00:00:00+08:00"),
        ("2021 年 11 月 30 日", "2021-11-30T00:00:00+08:00"),
        ("2009年11月09日11:58", "2009-11-09T11:58:00+08:00"),
        ("30-10-2008 - 輕軌第一期沿線地下管線普查", "2008-10-30T00:00:00+08:00"),  # r23i012: Macau's day first, the year last
        ("发布时间:Oct 1, 2022 | 作者:", "2022-10-01T00:00:00+08:00"),  # r23i005: a template's English date
        ("September 3, 2020", "2020-09-03T00:00:00+08:00"),
        ("Published November 12th, 2024 at 3:00 PM", "2024-11-12T15:00:00+08:00"),  # r29d013: an ordinal day, a 12-hour time
        ("Dec 1st, 2023, 12:15 am", "2023-12-01T00:15:00+08:00"),
    ],
)
def test_shapes(text, expected):
    assert iso(dates.first_date(text, REF)) == expected


@pytest.mark.parametrize("text", ["2021-13-01", "2021-02-30", "1985-01-01", "13月5日", "电话 0512-53660867", "第20211130号",
                                  "2018年1-8月份招商引资签约和跟踪在谈项目情况", "31-02-2008", "电话 0755-30-10-2008", "Mayor 3, 2020", "1.2.2023年工作回顾", "v2.3.2021", "Junuary 3, 2020"])  # r20t021 (tune since round 20): a period, January to August
def test_not_dates(text):
    assert dates.first_date(text, REF) is None


@pytest.mark.parametrize(
    "month_day, ref, expected",
    [
        ("12月29日", date(2023, 1, 5), "2022-12-29"),  # across the new year
        ("1月5日", date(2023, 1, 5), "2023-01-05"),  # the reference day itself
        ("1月6日", date(2023, 1, 5), "2022-01-06"),  # one day later: last year's
        ("2月29日", date(2023, 3, 1), "2020-02-29"),  # the latest leap day not after
    ],
)
def test_a_missing_year_is_the_latest_such_day_not_after_the_reference(month_day, ref, expected):
    assert dates.first_date(month_day, ref).value.date().isoformat() == expected


@pytest.mark.parametrize(
    "line",
    ["发布时间:2021-11-30 来源:某地", "发布日期：2021-11-30", "日期: 2021-11-30", "时间 :2021-11-30", "发表时间：2021年11月30日",
     "【发布时间】2021-11-30", "[日期]2021-11-30", "发布时间 2021-11-30", "来源:某地 发布时间：2021-11-30"],
)
def test_labels(line):
    assert iso(dates.labelled_date(line, REF)) == "2021-11-30T00:00:00+08:00"


def test_traditional_labels_are_read_through_the_reading_text():
    page = "標題在這裡的新聞\n發(fā)布時間:2022-05-06 來源:某日報\n" + "這是新聞正文的第一段,內容足夠長,用來測試日期標籤的識別。" * 3
    article = parse_page(page, ref_date=REF)
    assert (article.published_at, article.date_source) == ("2022-05-06T00:00:00+08:00", "label")


def test_a_date_without_a_label_is_not_a_labelled_date():
    assert dates.labelled_date("会议于2021-11-30召开", REF) is None


def test_url_dates():
    assert iso(dates.url_date("http://www.wuxi.gov.cn/doc/2021/11/30/3527.shtml")) == "2021-11-30T00:00:00+08:00"
    assert iso(dates.url_date("http://fgw.sz.gov.cn/t20211130_9431.htm")) == "2021-11-30T00:00:00+08:00"
    assert dates.url_date("http://example.gov.cn/art_1234.html") is None
    # a Hanweb (大汉) path writes its month and day without zeros: r22d042 (tune since round 22)
    assert iso(dates.url_date("http://www.xiangshan.gov.cn/art/2025/3/6/art_1229056238_59187165.html")) == "2025-03-06T00:00:00+08:00"
    assert dates.url_date("http://example.gov.cn/col/2025/13/6/") is None
    # an e-paper's issue folder, its month and day without zeros: r23i011 (tune since round 23)
    assert iso(dates.url_date("http://jrwcold.mirror.cnbksj.com/2010-1-27/html/30162.html")) == "2010-01-27T00:00:00+08:00"
    assert dates.url_date("http://example.gov.cn/2010-1/27/") is None
    # the year's and month's folders, then the whole day with the file's id glued on (r58a002); a month-day folder (r58e015)
    assert iso(dates.url_date("http://www-822834.com/news/shizheng/2021/06/2021-06-21476706.html")) == "2021-06-21T00:00:00+08:00"
    assert dates.url_date("http://example.com/news/2021/06/2021-07-21476706.html") is None  # (the folders name another month)
    assert iso(dates.url_date("http://58188.com/news/2012/5-15/2374.html")) == "2012-05-15T00:00:00+08:00"
    assert dates.url_date("http://example.com/news/2012/13-15/2374.html") is None
    # a column's prefix before the month and day (r20t006, r24i002: every such page that prints a date prints the path's)
    assert iso(dates.url_date("http://www.aqyx.gov.cn/html/2017/tsyx_0406/38987.html")) == "2017-04-06T00:00:00+08:00"
    # a longer column's name, or one of words joined by underscores (r34f013, r34h005)
    assert iso(dates.url_date("https://mzzj.yn.gov.cn/html/2013/minzongyaowen_0320/151.html")) == "2013-03-20T00:00:00+08:00"
    assert iso(dates.url_date("http://dfjrjgj.yn.gov.cn/html/2024/jr_zx_df_0909/19103.html")) == "2024-09-09T00:00:00+08:00"
    # two dates in the path: the last, nearest the file, is the page's (r25k034: a channel's number, then the day)
    assert iso(dates.url_date("https://shaanxi.china.com/baoji/20000908/20250311/25953850.html")) == "2025-03-11T00:00:00+08:00"
    # a portal's two-digit year, month and day, then the hour (r26k041)
    assert iso(dates.url_date("https://sx.news.163.com/changzhi/25/0218/16/JOMNNLAM04148EQR.html")) == "2025-02-18T00:00:00+08:00"
    assert iso(dates.url_date("http://x.gov.cn/2021/11/30/b.html?id=2022-12-31")) == "2021-11-30T00:00:00+08:00"  # (the path, not the query)
    # a month folder, then an id whose first digits are no day (r24f026)
    assert dates.url_date("http://www.nkjx.gov.cn/nkqxxgk/nk224/202412/07e1564c32884930a915cd91a69bc6fb.shtml") is None


def test_meta_dates_in_any_offset_become_china_time():
    assert iso(dates.parse_meta_date("2021-11-30T02:00:00Z", REF)) == "2021-11-30T10:00:00+08:00"
    assert iso(dates.parse_meta_date("2021-11-30 10:00", REF)) == "2021-11-30T10:00:00+08:00"


def test_future_dates_are_refused():
    with pytest.raises(dates.DateRefused):
        dates.check_not_future(dates.first_date("2023-01-06", REF), REF)


STORY = "　　这是正文第一段，内容足够长，用来测试发布日期的选择规则是否正确。" * 2


def page(header: str, body: str = STORY, sidebar: str = "") -> str:
    return f"<html><head><title>某区召开项目推进会_某区人民政府</title></head><body><h1>某区召开项目推进会</h1><div>{header}</div><p>{body}</p>{sidebar}</body></html>"


def test_a_labelled_date_by_the_headline_beats_every_other_date():
    html = page("发布时间:2022-12-01", body="12月20日,某区召开会议。" + STORY).replace("<head>", '<head><meta name="PubDate" content="2022-11-11">')
    article = parse_page(html, url="http://x.gov.cn/2022/10/10/a.html", ref_date=REF)
    assert (article.published_at, article.date_source) == ("2022-12-01T00:00:00+08:00", "label")


def test_the_day_a_document_was_made_dates_its_page_after_the_table_s_publish_date():
    # j001 (tune since round 1): a catalogue's 生成日期 above the title, its 发布日期 under the story
    capture = "\n".join(["当前位置：首页 > 公开", "信息名称：    教育部办公厅关于举办2024年高校“礼敬中华优秀传统文化”宣传教育活动的通知",
                          "信息索引：    360A12-07-2024-0008-1       生成日期：  2024-06-04                   发文机构：  教育部办公厅",
                          "发文字号：    教思政厅函〔2024〕10号      信息类别：  高等教育",
                          "教育部办公厅关于举办", "2024年高校“礼敬中华优秀传统文化”", "宣传教育活动的通知", "教思政厅函〔2024〕10号",
                          "各省、自治区、直辖市教育厅（教委），新疆生产建设兵团教育局，部属各高等学校、部省合建各高等学校：",
                          "　　为深入贯彻落实党的二十大精神和习近平文化思想，大力培育和践行社会主义核心价值观，教育部决定举办2024年高校“礼敬中华优秀传统文化”宣传教育活动。现将有关事项通知如下。",
                          "　　一、活动主题", "　　赓续文化血脉筑牢信仰根基谱写青春华章", "教育部办公厅", "2024年5月30日",
                          "发布日期：2024-06-13　来源：教育部　下载　收藏"])
    article = parse_page(capture, ref_date=date(2026, 11, 30))
    assert (article.published_at, article.date_source, article.gov_meta["written_date"]) == ("2024-06-13T00:00:00+08:00", "table", "2024-06-04")
    # with no 发布日期 printed, the day it was made dates the page
    alone = parse_page(capture.replace("发布日期：2024-06-13　", ""), ref_date=date(2026, 11, 30))
    assert alone.published_at == "2024-06-04T00:00:00+08:00"


def test_meta_dates_past_the_calendar_are_ignored():
    assert dates.parse_meta_date("9999-12-31T23:00:00Z", REF) is None


@pytest.mark.parametrize("where", ["after", "before"])
def test_dates_in_sidebars_never_count(where):
    sidebar = "<h3>通知公告</h3><ul>" + "".join(
        f"<li><a href='/{i}'>热点新闻标题{i}</a> 时间：2022-12-0{i}</li>" for i in range(1, 9)) + "</ul>"
    html = page("", sidebar=sidebar) if where == "after" else page("").replace("<body>", f"<body>{sidebar}")
    article = parse_page(html, ref_date=REF)
    assert (article.title, article.published_at, article.date_source) == ("某区召开项目推进会", None, None)


def test_a_labelled_date_below_the_story_is_not_the_headline():
    html = ("<html><body><h1>某区召开项目推进会</h1>" + f"<p>{STORY}</p>" + f"<p>{STORY.replace('第一段', '第二段')}</p>"
            + "<p>发布时间：2022-11-11</p></body></html>")
    article = parse_page(html, ref_date=REF)
    assert article.title == "某区召开项目推进会" and len(article.text.split("\n")) == 2


def test_with_no_publish_date_the_lead_s_date_is_the_event_s_not_the_page_s():
    # 47 of round 20's 84 captures print no date of their own; their leads name the event's day
    # (r20v010's 2月18日，县委副书记、县长…) and the gold, read off the page, names none.
    article = parse_page(page("", body="12月29日上午,全市项目推进会召开。" + STORY), ref_date=REF)
    assert (article.published_at, article.date_source) == (None, None)
    assert article.event_date == "2022-12-29T00:00:00+08:00"


def test_a_lead_s_yearless_date_is_the_most_recent_past_one():
    capture = "县政府召开常务会议\n2月18日,县长主持召开县政府常务会议。" + STORY  # r20v010 (tune since round 20)
    assert parse_page(capture, ref_date=REF).event_date == "2022-02-18T00:00:00+08:00"


def test_a_planned_date_in_the_lead_is_passed_over_quietly():
    article = parse_page(page("", body="项目计划于2024年6月30日建成。1月3日上午,区领导前往调研。" + STORY), ref_date=REF)
    assert (article.published_at, article.event_date) == (None, "2023-01-03T00:00:00+08:00")
    assert not any("refused" in w for w in article.warnings)


def test_an_unlabelled_dated_line_by_the_headline():
    article = parse_page(page("<span>2022年12月30日 09:12</span> <span>来源：某区融媒体中心</span>"), ref_date=REF)
    assert (article.published_at, article.date_source) == ("2022-12-30T09:12:00+08:00", "header")


def test_a_future_labelled_date_is_refused_and_the_next_candidate_used():
    article = parse_page(page("发布时间:2023-06-01", body="1月3日,某区召开会议。" + STORY), ref_date=REF)
    assert (article.published_at, article.date_source, article.event_date) == (None, None, "2023-01-03T00:00:00+08:00")
    assert any("refused" in w and "2023-06-01" in w for w in article.warnings)


def test_no_date_anywhere_leaves_it_empty_with_a_warning():
    article = parse_page(page(""), ref_date=REF)
    assert article.published_at is None
    assert "no publish date found" in article.warnings


def test_a_chinese_year_typed_with_a_zero_is_a_year():
    from parsers import dates
    found = dates.find_dates("二0一三年十二月二日", date(2026, 11, 30))  # q005
    assert [f.value.date() for f in found] == [date(2013, 12, 2)]


def test_an_e_paper_s_page_bar_under_the_story_gives_its_issue_s_date():
    story = ["    四川省凉山彝族自治州持续开展移风易俗重点领域突出问题专项治理,州上成立了移风易俗工作领导小组及其办公室,全面统筹负责全州移风易俗工作。",
             "    在全州广大干部群众的共同努力下,凉山州移风易俗工作取得阶段性成果,高价彩礼问题得到有效遏制,文明聚餐得到全面推广,人居环境得到切实改善。"]
    capture = "\n".join(["凉山州全力构建移风易俗新格局", "马海阿加"] + story + ["当前:B3版(2023年01月18日) 上一版 下一版"])  # r23h013 (tune since round 23)
    article = parse_page(capture, ref_date=date(2026, 11, 30))
    assert (article.published_at, article.date_source) == ("2023-01-18T00:00:00+08:00", "issue")
    # the page's code without 版, its issue's date in brackets after it (r34a023, tune since round 34)
    article = parse_page(capture.replace("当前:B3版(2023年01月18日)", "当前:B3(2020年04月21日)"), ref_date=date(2026, 11, 30))
    assert (article.published_at, article.date_source) == ("2020-04-21T00:00:00+08:00", "issue")


def test_a_date_and_time_glued_with_dashes():
    found = dates.find_dates("2025-12-1910-57-18来源:福州日报", date(2026, 11, 30))  # r33d038: Y-m-dH-i-s
    assert [(d.value.isoformat(), d.has_time) for d in found] == [("2025-12-19T10:57:18+08:00", True)]
    assert dates.find_dates("编号2025-12-1910-57-181", date(2026, 11, 30)) == []  # (digits run on: no stamp)


def test_an_american_date_with_its_half_of_the_day_is_month_first():
    # r38f017 (tune since round 38): an ASP.NET county paper's dateline, 3/7/2013 11:54:41 AM
    found = dates.find_dates("3/7/2013 11:54:41 AM", date(2026, 11, 30))
    assert [(d.value.strftime("%Y-%m-%d %H:%M"), d.has_time) for d in found] == [("2013-03-07 11:54", True)]
    assert dates.find_dates("12/1/2020 12:05 AM", date(2026, 11, 30))[0].value.strftime("%Y-%m-%d %H:%M") == "2020-12-01 00:05"
    assert dates.find_dates("3/7/2013", date(2026, 11, 30)) == []  # (no half of the day: either order)


def test_a_posting_date_under_the_story_dates_it():
    page = ("跳到主要內容區塊\n\n仁德分隊黃昏市場防火宣導踩街活動\n\n"  # r39g029: 張貼日期, a Taiwan office's posting date, its ROC year
            "為希望民眾提高防火警覺,降低火災發生率及提醒民眾對火災預防之重視,強化民眾避難逃生技巧之觀念,保障自身生命財產安全,第五救災救護大隊仁德分隊特於112年2月12日(星期日)下午15時至19時止,假仁義黃昏市場辦理防火宣導。\n\n"
            "此次活動結合仁德義消分隊2月份常年訓練,以走動踩街方式進行,各位義消弟兄手拿著各式宣導標語旗幟,一同深入至仁德黃昏市場內進行宣導,義消們一一的詳細解答民眾的疑惑。\n\n"
            "張貼者:仁德分隊 隊員 邱鴻恩\n\n張貼日期:112年2月12日\n")
    article = parse_page(page, ref_date=date(2026, 11, 30))
    assert (article.published_at, article.date_source) == ("2023-02-12T00:00:00+08:00", "trailer")


@pytest.mark.parametrize("line, expected", [
    ("2024 07/17 08:54:34", "2024-07-17T08:54:34+08:00"),  # r40b008, r40c021: a news site's year, then month/day and the time
    ("刊登日期: 31/08/2015", "2015-08-31T00:00:00+08:00"),  # r40g016: Macau's day first, slashed
    ("栏目:首页 来源: 发布:2020-01-29", "2020-01-29T00:00:00+08:00"),  # r40f016: 发布 alone labels the date
])
def test_more_shapes_and_labels_of_a_headers_date(line, expected):
    labelled = "日期" in line or "发布" in line
    found = dates.labelled_date(line, date(2026, 11, 30)) if labelled else dates.first_date(line, date(2026, 11, 30))
    assert iso(found) == expected


def test_a_slashed_date_with_am_or_pm_stays_month_first_and_a_bare_year_month_day_reads_no_time():
    assert iso(dates.first_date("3/7/2013 11:54:41 AM", date(2026, 11, 30))) == "2013-03-07T11:54:41+08:00"
    assert dates.find_dates("2024 07/17", date(2026, 11, 30)) == []  # (no time: a year and a fraction, no date)


def test_a_month_folder_then_a_file_named_by_its_time_dates_the_url():
    found = dates.url_date("https://hunan.voc.com.cn/mobile/article/202303/202303240657305102.html")  # r41e020
    assert found is not None and found.value.date() == date(2023, 3, 24)
    assert dates.url_date("https://example.cn/202303/2023099.html") is None  # (no day and time after the month)
    assert dates.url_date("https://example.cn/202412/07e1564c.shtml") is None


@pytest.mark.parametrize("url, expected", [
    ("http://www.bibet18.com/tlx/xxgk/fdzdgknr/qtfdxx/zfhy/cwhy/2023011406412849305/index.html", date(2023, 1, 14)),  # r39a014: a folder named by its time
    ("http://big5.china.com.cn/gate/big5/sc.china.com.cn/2023/difang/1329/0317/486174.html", date(2023, 3, 17)),  # r39g011: year, column, then month and day
    ("http://example.cn/2023/news/1234/", None),  # (an id after the column is no month and day)
    ("http://example.cn/cms/2023099912345/index.html", None),  # (no month 99)
])
def test_a_url_dated_by_a_time_named_folder_or_by_month_and_day_under_a_years_column(url, expected):
    found = dates.url_date(url)
    assert (found.value.date() if found else None) == expected


@pytest.mark.parametrize("url, expected", [
    ("http://m.gqsoso.com/xinwen/data/202204/07202715.html", date(2022, 4, 7)),  # r49e020 (tune since round 49): the day and the time
    ("http://example.cn/news/202204/123456.html", None),  # (an id under the month: no day and time)
    ("https://cncx.gov.cn/gongkai/show/20210408180218268.html", date(2021, 4, 8)),  # r44e005 (tune): a file named by its time alone
])
def test_a_month_folder_then_a_file_named_by_its_day_and_time_dates_the_url(url, expected):
    found = dates.url_date(url)
    assert (found.value.date() if found else None) == expected


@pytest.mark.parametrize("text, expected", [
    ("16-05-17 09:22", "2016-05-17T09:22:00+08:00"),  # (each shape the cheap questions let through)
    ("2025-12-1910-57-18", "2025-12-19T10:57:18+08:00"),
    ("2024 07/17 08:54:34", "2024-07-17T08:54:34+08:00"),
    ("Oct 1, 2022", "2022-10-01T00:00:00+08:00"),
    ("3/7/2013 11:54:41 AM", "2013-03-07T11:54:41+08:00"),
    ("民国111年3月5日", "2022-03-05T00:00:00+08:00"),
    ("115.03.19", "2026-03-19T00:00:00+08:00"),
    ("二〇二二年十一月三十日", "2022-11-30T00:00:00+08:00"),
])
def test_every_dated_shape_survives_the_cheap_questions(text, expected):
    found = dates.find_dates(text, date(2026, 11, 30))
    assert found and found[0].value.isoformat() == expected


@pytest.mark.parametrize("url, expected", [
    ("http://www.wcglj.com/news/20160225065728.html", date(2016, 2, 25)),  # r71a018: a file named by the time it was made
    ("http://www.nibeiya.com/news/qz/2011021219290798265.htm", date(2011, 2, 12)),  # r71d016
    ("https://view.inews.qq.com/a/20220628A03SQX00?refer=wx_hot", date(2022, 6, 28)),  # r71c005: a story's id, its day first
    ("http://example.cn/news/20160225995728.html", None),  # (hour 99: no time, an id)
    ("http://example.cn/a/20221399A03SQX00", None),  # (month 13: no day)
    ("http://example.cn/news/2016022506.html", None),  # (a day and an hour are no time to the second)
])
def test_a_file_named_by_its_time_alone_or_a_story_id_opening_with_its_day_dates_the_url(url, expected):
    found = dates.url_date(url)
    assert (found.value.date() if found else None) == expected
