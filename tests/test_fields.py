"""The label grammar: label: value pairs on header lines and info-disclosure rows.

Lines are real ones, from the development set's tune pages and the issue's survey."""

from __future__ import annotations

import pytest

from parsers import dates, normalize
from parsers.fields import LABELS, fields_by_key, label_only, read_fields


def pairs(line: str) -> list[tuple[str, str]]:
    return [(f.key, f.value) for f in read_fields(line)]


@pytest.mark.parametrize("line, expected", [
    ("发稿时间：2021/7/20 【字体：大中小】", [("date", "2021/7/20"), ("widget", "大中小")]),
    ("内乡政府门户网站 www.neixiangxian.gov.cn 2018-04-19 17:32:17 来源：内乡县政府网站", [("source", "内乡县政府网站")]),
    ("2021-01-21 09:05:59 来源:诸城新闻网", [("source", "诸城新闻网")]),
    ("发布时间：2021-11-30来源：宜兴", [("date", "2021-11-30"), ("source", "宜兴")]),
])
def test_a_metadata_line_reads_as_its_fields(line, expected):
    assert pairs(line) == expected


@pytest.mark.parametrize("line, expected", [
    # r14d003's capture (tune since round 14): a red block over the story, labels in 【】 with no colon
    ("【文    号】晋医保发〔2021〕14号", [("doc_no", "晋医保发〔2021〕14号")]),
    ("【成文日期】 2021-07-28", [("written_date", "2021-07-28")]),
    ("【是否有效】全文有效", [("validity", "全文有效")]),
])
def test_a_label_in_brackets_needs_no_colon_whatever_its_key(line, expected):
    assert pairs(line) == expected


@pytest.mark.parametrize("line, expected", [
    # r15f015 (tune since round 15): a disclosure list whose cells are padded with dashes
    ("[发文机构] ----北京市农业农村局", [("publisher", "北京市农业农村局")]),
    ("[主题分类] 农业、林业、水利/农业、畜牧业、渔业----", [("category", "农业、林业、水利/农业、畜牧业、渔业")]),
    ("[文件来源] 政府公报 2025年 第25期(总第901期)", [("source", "政府公报 2025年 第25期(总第901期)")]),  # a periodical's issue
])
def test_a_table_s_padding_goes_and_a_periodical_s_issue_stays(line, expected):
    assert pairs(line) == expected


@pytest.mark.parametrize("line, source", [
    ("来源：市商务局  收集编辑：张三", "市商务局"),        # the next label
    ("来源：大众日报 2023-05-06 举报", "大众日报"),         # a date glued after it
    ("来源: 中国日报网 参与互动", "中国日报网"),             # link text
    ("来源：新华网 | 打印 | 关闭", "新华网"),               # a bar and widgets
    ("【来源】新华社", "新华社"),                            # a bracketed label
    ("发布日期：2018-07-20 01:04:19 来源：张桥镇发布者：管理员浏览次数：字体大小：大中小", "张桥镇"),  # d004 (tune): a label glued to it
    ("2018-10-14 07:57:57 来源: 经济观察报(北京)", "经济观察报(北京)"),  # f001 (tune): its own bracket kept
    ("来源： [64c77908a3] 中国日报网", "中国日报网"),  # e004 (tune): a logo's alt text before it
    ("2009年11月09日00:00 来源：人民网-《人民日报》", "人民网-《人民日报》"),  # bench/pages/001
    ("来源：新浪科技 酷勤网收集", "新浪科技"),  # bench/pages/002: who collected it
    ("2011-06-30 08:00:40　来源: 网易娱乐　有0人参与手机看新闻", "网易娱乐"),  # v004 (tune since round 3): a comment counter
    ("2012-11-26 15:39:39　来源： 7706娱乐网　　查看评论　进入光明网BBS", "7706娱乐网"),  # p001 (tune since round 5)
    ("来源：中国青年网-- 2014-04-09 07:38:36 字号：TT", "中国青年网"),  # r8b006 (tune since round 8): dashes before the date
    ("2023-04-13 10:51来源:霍邱县住建局文字大小:[ ]   背景色:", "霍邱县住建局"),  # r42e009: a reader's settings glued after it
    ("「本文来源:天眼新闻」", "天眼新闻"),  # r43e012: corner brackets round the field
    ("(来源:郑集镇 组织部)", "郑集镇 组织部"),  # r40b016: a town and its department, one name (in brackets too)
    ("(来源:新华网 查看)", "新华网"),
    ("2012-11-10 10:09:06 来源:现代快报 大字体 小字体 扫码带走", "现代快报"),  # r8h027: a font button's whole word
    ("2012年11月11日 09:09 来源：荆楚网 进入电子报手机看新闻", "荆楚网"),  # r8i011: the e-paper's links
    ("2017年04月19日 07:13:43 来源： 浙江在线 浙江在线记者 何丽娜 俞跃", "浙江在线"),  # r8b017: the reporter's credit, the name again
    ("内蒙古新闻网 16-05-17 09:22 【打印本页】来源： 新华网 ● 今日推荐", "新华网"),  # r8b003's capture: a box's bullet
    ("2014-07-07 10:16 作者：来源：新华网 • 济宁：健康路1200米人行道有了盲道", "新华网"),  # r8i010's capture: a ticker's bullet
    ("xm.fjsen.com 2012-09-07 09:38 宗禾 来源：广州日报 我来说两句", "广州日报"),  # r11q012 (tune since round 11): a comment link
    ("2021-02-01 18:42:41 发布来源：大众报业·大众日报客户端", "大众报业·大众日报客户端"),  # r11q004's capture: the date's verb before 来源
    ("转自于：家庭医生", "家庭医生"),  # r11q009 (tune since round 11): a reposted explainer's origin
    ("来源｜南都周刊", "南都周刊"),  # r11p007's capture (tune since round 11): a bar after the label
    ("发稿单位：性别平等办公室", "性别平等办公室"),  # r8h003 (its reading text): a press release's issuing unit
    ("来源/第一财经", "第一财经"),  # r8b019: a slash after the label
    ("Data Source: 國際及兩岸教育司", "國際及兩岸教育司"),  # r9a008 (tune since round 9): a Latin label of two words
    ("2022-07-06 09:22 来源：南方plus 陈伊纯", "南方plus"),  # r8h021: the reporter's name after it
    ("来源：市人力资源社会保障局 市劳动就业服务管理中心", "市人力资源社会保障局 市劳动就业服务管理中心"),  # r15f006 (tune since round 15): two offices
    ("来源：市人力资源社会保障局 社保中心", "市人力资源社会保障局 社保中心"),  # r15f008: together
    ("2017年04月19日 07:13:43 来源：浙江在线浙江在线记者 何丽娜", "浙江在线"),  # r8b017's capture: the name printed twice
    ("2012-11-10 10:09:06 来源:现代快报大字体小字体扫码带走", "现代快报"),  # r8h027's capture: the button glued to it
])
def test_a_source_stops_at_what_was_glued_after_it(line, source):
    assert dict(pairs(line))["source"] == source


@pytest.mark.parametrize("line", ["一审：李琪", "二审：黄娟", "三审：丁兴威", "流程编辑：u070", "微信编辑：皮小姐"])  # r10b014, r10b001, r10b017
def test_a_paper_s_review_chain_and_desk_editors_are_editors(line):
    assert [key for key, _ in pairs(line)] == ["editor"]


@pytest.mark.parametrize("line", ["总编辑:杨彪", "副总编辑:尹红梅", "监制：刘芳"])  # r43d021: a media centre's chiefs under the story
def test_a_media_centre_s_masthead_names_editors(line):
    assert [key for key, _ in pairs(line)] == ["editor"]


def test_a_review_word_without_its_colon_is_a_word():
    assert pairs("法院一审判决被告人有期徒刑三年") == []
    assert pairs("总编辑部召开选题会") == pairs("监制工作正在进行") == []


def test_lai_zi_with_a_colon_labels_a_source_and_alone_is_a_word():
    # s001/s002 (tune since round 2): a Discuz! portal's header
    assert pairs("2016-11-14 |来自:市旅游局") == [("source", "市旅游局")]
    assert pairs("来自全国各地的客商参加签约仪式") == []


def test_a_label_word_inside_a_word_is_no_label():
    assert pairs("资金来源：市级财政补助") == []
    assert pairs("图片来源：视觉中国") == []  # a photo credit names no source


def test_longer_source_labels_are_labels():
    assert dict(pairs("稿件来源：区融媒体中心 发布时间：2023-01-03"))["source"] == "区融媒体中心"
    assert dict(pairs("供稿来源:连城县融媒体中心"))["source"] == "连城县融媒体中心"  # r44c021: who sent the story
    # r45d006: the writers' unit is the author's field, no source and no headline
    assert pairs("作者单位:万安县融媒体中心") == [("author", "万安县融媒体中心")]


def test_a_date_in_the_cell_after_an_empty_source_label_is_no_source():
    # a001 (tune since round 6): 文章来源： empty, the page's date in the next cell
    from parsers.fields import fields_by_key
    found = fields_by_key(["文章来源：", "2023-02-24 18:32:00", "打印本页 关闭窗口"])
    assert not found.get("source")


def test_a_label_alone_is_a_table_cell_waiting_for_its_value():
    assert label_only("索引号：") == "index_no"
    assert label_only("发布机构：") == "publisher"
    assert label_only("索引号：11410000-2021-00012") is None


def test_every_date_label_of_the_grammar_introduces_a_labelled_date():
    for label, key in LABELS.items():
        if key in ("date", "published_date", "written_date"):
            assert dates.has_labelled_date(f"{label}：2021-11-30"), label


def test_the_labels_of_the_day_a_document_was_made_are_the_grammar_s_written_date():
    assert set(dates.WRITTEN_LABELS) == {label for label, key in LABELS.items() if key == "written_date"}


# --- Rules added on the development set's second collection (tune pages named) ----------

def fields_of(line: str) -> dict[str, str]:
    return {f.key: f.value for f in read_fields(line) if f.value}


def test_a_date_label_glued_to_the_value_before_it_ends_that_value():
    assert fields_of("来源：北京机关党建时间：2024-05-20") == {"source": "北京机关党建", "date": "2024-05-20"}  # g005
    assert fields_of("来源：省森防总站时间：2019-03-04")["source"] == "省森防总站"  # m007


def test_a_label_right_after_a_date_is_read():
    assert fields_of("2019年10月08日来源: 《廊坊日报》作者: 记者郑晨子")["source"] == "廊坊日报"  # h012 (text capture)


def test_a_source_stops_at_its_reporter():
    assert fields_of("来源：河源乡情报记者 陈镔超 通讯员 何柔")["source"] == "河源乡情报"  # n004


def test_a_value_cut_short_keeps_its_dots():
    assert fields_of("【来源：综合自学习强国、川观新闻、成都体育学院附属体...】")["source"] == "综合自学习强国、川观新闻、成都体育学院附属体..."  # i007


def test_spaced_out_labels_are_labels():
    assert fields_of("索 引 号：002482330/2020-10091") == {"index_no": "002482330/2020-10091"}  # k008
    assert fields_of("名  称： 工业设计城打造创新设计“联合国”")["title"] == "工业设计城打造创新设计“联合国”"  # j011


def test_an_event_time_is_no_date_label():
    assert "date" not in fields_of("开始时间：2024-05-08 结束时间：2024-05-10")  # k006


def test_a_table_bar_ends_a_value():
    assert fields_of("│发布机构: 省教育厅 │")["publisher"] == "省教育厅"  # i010 (text capture)


def test_a_label_cell_under_a_label_cell_is_no_value():
    from parsers.fields import fields_by_key
    assert "publisher" not in fields_by_key(["发布机构", "文件编号", "备注"])  # j008: the row of labels, one cell a line


def test_after_a_field_a_glued_label_is_a_label():
    assert fields_of("作者：谷慧文来源：海洋生命学院发布时间：2024-09-25") == {
        "author": "谷慧文", "source": "海洋生命学院", "date": "2024-09-25"}  # g013
    assert fields_of("资金来源：财政拨款") == {}  # a word in prose, as before


@pytest.mark.parametrize("line, source", [
    ("来源：新华社 北京", "新华社"),  # a place after a space: what a space parts from a source is no part of it
    ("来源：人民日报 海外版", "人民日报 海外版"),  # an edition of the paper is
    ("2022-07-06 09:22 来源：南方plus • 南都即时", "南方plus • 南都即时"),  # so is what a joiner joins (r11q017's account)
    ("来源：校友工作办公室/文 宣传部/图  供稿：葛新浩", "校友工作办公室/文 宣传部/图"),  # n010: who wrote, then who shot
    ("来源:冰城+ 客户端", "冰城+ 客户端"),  # r45a002: the paper's app is
    ("发布日期:2018-04-12 08:20 信息来源: 辛村镇(乡镇部门 > 辛村镇) 访问量:", "辛村镇"),  # r45b001: the CMS's column path in brackets is not
])
def test_a_source_is_one_name_unless_joined(line, source):
    assert dict(pairs(line))["source"] == source


def test_a_slash_parts_only_a_name_from_its_label():
    assert pairs("时间/2024-01-01") == [] and pairs("图片来源/新华社") == []


def test_a_source_slot_left_empty_before_a_label_the_grammar_does_not_know():
    line = "发布时间:2021-12-15 来源: 编审:网管中心 浏览量:1983"  # r23f024 (tune since round 23)
    assert {f.key: f.value for f in read_fields(line)}["source"] == ""


def test_a_table_row_printed_with_bars_parts_each_cell():
    # r24g008 (tune since round 24): a disclosure table as a capture prints it, label | value | label | value
    assert [(f.key, f.value) for f in read_fields("发布机构 | 湖北省文化和旅游厅 | 发文日期 | 2025-07-14")] == [
        ("publisher", "湖北省文化和旅游厅"), ("written_date", "2025-07-14")]
    assert [(f.key, f.value) for f in read_fields("文件名称 | 关于调整2025年文化广场项目3个建设地点的公示")] == [
        ("title", "关于调整2025年文化广场项目3个建设地点的公示")]
    assert read_fields("时间/2024-01-01") == []  # (a slash still parts no date from its label)


def test_a_bar_of_the_kind_丨_parts_a_name_from_its_label():
    assert [(f.key, f.value) for f in read_fields("来源丨兰溪市融媒体中心")] == [("source", "兰溪市融媒体中心")]  # r26j021 (tune since round 26)


@pytest.mark.parametrize("line, expected", [
    ("名称：      （转载）广州市人民政府办公厅关于印发广州市公共租赁住房管理办法的通知",  # r15f013: the title's own bracket
     [("title", "（转载）广州市人民政府办公厅关于印发广州市公共租赁住房管理办法的通知")]),
    ("来源：新华社（北京）", [("source", "新华社（北京）")]),
    ("来源：（市政府办）", [("source", "市政府办")]),  # brackets around the whole value go
])
def test_a_bracket_that_pairs_inside_the_value_stays(line, expected):
    assert pairs(line) == expected


def test_a_summary_label_alone_is_read():
    assert pairs("概述:我盟农村牧区公路续建项目进展情况") == [("summary", "我盟农村牧区公路续建项目进展情况")]  # r27q015
    assert pairs("项目概述显示全市投资增长") == []  # (a word in a sentence: only with its separator)


@pytest.mark.parametrize("line, expected", [
    ("发布日期: | 2023-04-03 | 成文日期: | 2023-04-03 |", [("published_date", "2023-04-03"), ("written_date", "2023-04-03")]),  # r30b003
    ("索引号: | nfqrmzf-2023-00409 | 发布机构: | 南芬区人民政府 |", [("index_no", "nfqrmzf-2023-00409"), ("publisher", "南芬区人民政府")]),
])
def test_a_labels_value_in_the_next_cell_of_a_table_printed_with_bars(line, expected):
    assert pairs(line) == expected


def test_a_source_slot_left_empty_before_a_counters_words():
    assert dict(pairs("时间:2022-04-09 14:48:59  来源:    本文被阅读次数:"))["source"] == ""  # r31h045


def test_a_label_spaced_between_its_words_only_is_no_label():
    found = dict(pairs("作者: 来源:西昌发布 时间:2022-10-17 08:45:26 阅读量:"))  # r33f003
    assert (found["source"], found["date"]) == ("西昌发布", "2022-10-17 08:45:26")  # (时间: read on after the name)
    assert dict(pairs("索 引 号：0001-2021-00012"))["index_no"] == "0001-2021-00012"  # (spaced out evenly, a table's)


@pytest.mark.parametrize("line, expected", [
    ("制发机关 | 宜兴市人民政府 |", [("publisher", "宜兴市人民政府")]),  # r36b017's disclosure rows
    ("文件类别 | 批复 |", [("genre", "批复")]),
])
def test_a_documents_issuing_office_and_its_kind_are_disclosure_fields(line, expected):
    assert pairs(line) == expected


@pytest.mark.parametrize("line", ["信息来源:暂无来源", "来源:未知来源", "作者:暂无作者"])  # r36a009, r26m006
def test_a_slot_that_names_its_own_emptiness_names_no_one(line):
    assert pairs(line) == [(read_fields(line)[0].key, "")]


@pytest.mark.parametrize("line, source", [
    ("资料来源:区政协委工委", "区政协委工委"),  # r27p010, under the story
    ("资料来源:台中市政府地方税务局 回上页友善列印", "台中市政府地方税务局"),  # r38f005, under a Taiwan mirror's headline
])
def test_zi_liao_lai_yuan_labels_a_source(line, source):
    assert pairs(line) == [("source", source)]


def test_a_source_is_the_office_before_its_writers_name():
    assert pairs("来源:泥窝潭乡党政办:梁樱") == [("source", "泥窝潭乡党政办")]  # r38d027, under the story


def test_labels_that_open_with_the_articles_word_and_a_registers_dates():
    fields = read_fields("发布时间:2018-09-28 10:38:48  文章来源:  文章作者:史琳")  # r41e001
    assert [(f.key, f.value) for f in fields] == [("date", "2018-09-28 10:38:48"), ("source", ""), ("author", "史琳")]
    fields = read_fields("签署日期:2012-09-20 登记日期:2012-09-20 所属机构:")  # r41c011, a normative document's register
    assert [(f.key, f.value) for f in fields] == [("written_date", "2012-09-20"), ("registered", "2012-09-20"), ("publisher", "")]


def test_a_value_keeps_its_brackets_closed_but_adds_no_mark_a_reversed_pair_already_has():
    assert read_fields("来源：经济观察报(北京)")[0].value == "经济观察报(北京)"
    # r48b021 (tune since round 48): the disclosure table's title cell, its quotation marks reversed
    assert read_fields("| 标题: 紫金街道举办”三下乡“暨全民健身广场舞活动 | |")[0].value == "紫金街道举办”三下乡“暨全民健身广场舞活动"


def test_a_note_on_rights_after_the_source_is_no_part_of_it():
    # r48b018 (tune since round 48): the mirror's note, its 作者 read as a label
    assert read_fields("文章来源:平度市卫生和计划生育局,版权与荣誉属于原作者")[0].value == "平度市卫生和计划生育局"


def test_the_site_s_mark_for_a_story_it_edited_is_one_name():
    # r48f007 (tune since round 48): 本站编辑, not 本站 and then an editor
    assert read_fields("时间:2016-03-31 12:01:57 来源:本站编辑 访问量: -")[1].value == "本站编辑"
    assert read_fields("来源:浙江在线 编辑 张三")[0].value == "浙江在线"


def test_the_bracket_closing_a_mirror_s_pinyin_gloss_stays():
    # r49d005, r50b001 (tune since rounds 49, 50): a copy site's pinyin, 報 lost to ? and the gloss's opening bracket with it
    assert read_fields("2016-10-26 来源:三峡日?qǐng)?bào) 编辑:宜都融媒体")[0].value == "三峡日?qǐng)?bào)"
    assert read_fields("来源:新华网)")[0].value == "新华网"  # (a stray bracket after a name goes, as before)


# Round 55's captures (tune since round 55).
@pytest.mark.parametrize("line, fields", [
    ("来源︱大河镇", [("source", "大河镇")]),  # r55e020: the label parted by a presentation form's bar (U+FE31)
    ("编辑︱向婷婷", [("editor", "向婷婷")]),
    ("来源:大栗港镇???作者:何崎", [("source", "大栗港镇"), ("author", "何崎")]),  # r55e003: the spaces a bad decode left as ?
    ("作者:王??", [("author", "王??")]),  # (a name's rare characters lost to ?: kept, as the page shows them)
])
def test_labels_and_value_ends_of_round_55(line, fields):
    assert [(f.key, f.value) for f in read_fields(line)] == fields


def test_an_issue_s_date_label_names_no_source():
    from datetime import date

    from parsers import parse_page

    capture = "\n".join(["發(fā)刊日期:2024-08-14", "返回", "推進(jìn)城北綠色低碳 經(jīng)濟(jì)產(chǎn)業(yè)園項(xiàng)目建設(shè)",  # r55e010: 发刊日期, whole
                         "本報(bào)訊 8月7日,我縣召開(kāi)城北綠色低碳經(jīng)濟(jì)產(chǎn)業(yè)園項(xiàng)目建設(shè)推進(jìn)會(huì)。",
                         "城北綠色低碳經(jīng)濟(jì)產(chǎn)業(yè)園是湖北省“十四五”重點(diǎn)建設(shè)項(xiàng)目,總投資50億元。"])
    article = parse_page(capture, ref_date=date(2026, 11, 30))
    assert (article.published_at[:10], article.source) == ("2024-08-14", None)


@pytest.mark.parametrize("line, expected", [
    ("摘自:银川新闻网 2007年8月18日", [("source", "银川新闻网")]),  # r57e020: a reprint's credit under the story
    ("本文来源于上饶新闻网[www.srxww.com]", [("source", "上饶新闻网")]),  # r57b002: its site's address in brackets after the name
    ("时间:2021-02-22 14:57:36 来源:小编 点击数:", [("date", "2021-02-22 14:57:36"), ("source", ""), ("views", "")]),  # r57a002: "the editor", no one named
])
def test_a_reprints_credit_names_its_source_and_the_editor_names_none(line, expected):
    assert pairs(line) == expected


def test_a_sentence_on_where_money_comes_from_is_no_source():
    assert pairs("项目资金来源于财政拨款和社会投资") == []


@pytest.mark.parametrize("line, expected", [
    ("来源:光明网(gmw.cn)", [("source", "光明网")]),  # a site's address in round brackets after its name
    ("来源：(www.gov.cn)", [("source", "www.gov.cn")]),  # (the address alone is the name printed)
])
def test_a_sites_address_after_its_name_is_left_off(line, expected):
    assert pairs(line) == expected


def test_a_label_whose_spaces_a_wrong_encoding_turned_into_question_marks_is_read():
    line = "標??題: | 安徽省人民政府關于銅陵市省級以上開發區優化整合方案的批復"  # r59e012 (text capture), as its norm reads it
    assert [(f.key, f.value) for f in read_fields(normalize.reading_text(line))] == [("title", "安徽省人民政府关于铜陵市省级以上开发区优化整合方案的批复")]


def test_a_source_naming_no_one_yields_to_one_naming_someone_and_本文主要来源_is_a_source_label():
    assert fields_by_key(["本文来源: 政府", "(来源:新乐市政府网)"])["source"] == "新乐市政府网"  # r59a018 (text capture)
    assert fields_by_key(["来源:本站"])["source"] == "本站"  # (alone, it stays what the page says)
    assert fields_by_key(["来源:新乐市政府网", "来源:河北日报"])["source"] == "新乐市政府网"  # (a named one stays the first)
    assert [(f.key, f.value) for f in read_fields("(本文主要来源:天津日报)")] == [("source", "天津日报")]  # r59a011
    assert not [f for f in read_fields("资金主要来源:中央财政衔接推进乡村振兴补助资金") if f.key == "source"]  # (a project's funds)


def test_a_paper_s_reporting_station_is_part_of_the_source_s_name():
    found = read_fields("来源:中国日报新疆记者站(记者 毛卫华) 编辑:冯媛")  # r60b009 (text capture), its pinyin glosses left out
    assert [(f.key, f.value) for f in found if f.key == "source"] == [("source", "中国日报新疆记者站")]
    assert [(f.key, f.value) for f in read_fields("来源:河源乡情报记者 陈镔超") if f.key == "source"] == [("source", "河源乡情报")]


def test_a_mirror_s_lost_pinyin_gloss_after_a_paper_s_name_is_dropped():
    assert [(f.key, f.value) for f in read_fields("来源: 天津日报?")] == [("source", "天津日报")]  # r61e007 (text capture)
    assert [(f.key, f.value) for f in read_fields("作者:王??")] == [("author", "王??")]  # (a name's characters lost to ? stay)


def test_a_page_s_address_names_no_source_and_a_numeral_set_as_a_bar_ends_a_value():
    assert [f.value for f in read_fields("来源:https://www.jingchucn.com/60580/")] == [""]  # r62a013 (text capture)
    assert [f.value for f in read_fields("来源:www.gov.cn")] == ["www.gov.cn"]  # (a site's address alone names the site)
    assert [f.value for f in read_fields("来源：中国政府网www.gov.cn/zhengce")] == ["中国政府网www.gov.cn/zhengce"]  # (a name before it)
    assert [f.value for f in read_fields("来源:陇西县农村供水管理所〡")] == ["陇西县农村供水管理所"]  # r62d016
    assert [f.key for f in read_fields("发布文号: 筑府通[2006]35号")] == ["doc_no"]  # r62d013


def test_a_source_label_glued_to_the_writer_s_name_after_the_hour_is_a_label():
    found = read_fields("2020-03-12 10:03:14吴火招来源:三明日报责任编辑:林张清我来说两句")  # r62c008 (text capture)
    assert [(f.key, f.value) for f in found if f.key == "source"] == [("source", "三明日报")]
    assert not [f for f in read_fields("今年资金来源:中央财政补助") if f.key == "source"]  # (no hour before it: a word)
    assert not read_fields("截至4月11日24:00 数据来源：市卫健委")  # (a reviewer's cases: a story's words after an hour)
    assert not read_fields("3月15日9:00 资格审核：县人社局三楼会议室")


@pytest.mark.parametrize("line, value", [
    ("来源:( 湖南省商务公众信息网 )", "湖南省商务公众信息网"),  # r62e001 (text capture)
    ("来源：（ 新华社 ）", "新华社"),
    ("来源:经济观察报(北京)", "经济观察报(北京)"),  # (a bracket the name holds stays)
])
def test_a_source_in_padded_brackets_is_read(line, value):
    assert [f.value for f in read_fields(line) if f.key == "source"] == [value]


# Round 64's captures (held back, measured once, tune since).
@pytest.mark.parametrize("line, expected", [
    ("资讯来源:金华发展和改革", [("source", "金华发展和改革")]),  # r64e002: a label the grammar did not know
    ("导语 为保障民主广场及周边道路交通有序、安全、畅通。", [("summary", "为保障民主广场及周边道路交通有序、安全、畅通")]),  # r64d017: a digest's label
    ("发布时间:2022-07-22 15:30:24来源:A+A-", [("date", "2022-07-22 15:30:24"), ("source", "")]),  # r64d014: the font buttons after an empty 来源
    ("来源:新华网 A-A+", [("source", "新华网")]),  # (after a name: the name stays)
])
def test_lines_of_round_64(line, expected):
    assert pairs(line) == expected


def test_a_document_number_under_an_empty_source_stays_whole():
    # r64d018: 发布时间:… 来源: broken off, the document's number the next line; a number names no one, and whole
    # it is seen to be one (cut at its bracket, 长绿府议 looked like a name)
    assert fields_by_key(["发布时间:2019-01-09 14:21来源:", "长绿府议[2019]1号"]).get("source") == "长绿府议[2019]1号"


@pytest.mark.parametrize("line, value", [
    ("文号:黔府办函[2019]101", "黔府办函[2019]101"),  # (a reviewer's cases: a number without 号 under its own label)
    ("发文字号:筑府通[2006]35", "筑府通[2006]35"),
])
def test_a_document_number_without_its_hao_keeps_its_bracketed_year(line, value):
    assert pairs(line) == [("doc_no", value)]


# Round 65's captures (held back, measured once, tune since).
@pytest.mark.parametrize("line, expected", [
    ("专业号:鄱湖人家", [("author", "鄱湖人家")]),  # r65c008: a platform's account
    ("【来源:故城县人民政府_故城要闻】", [("source", "故城县人民政府")]),  # r65b014: its column glued on with an underscore
    ("来源:调度,项目,建设,工作 发布时间:2013-07-03 00:00:00", [("source", ""), ("date", "2013-07-03 00:00:00")]),  # r65a022: tags
    ("来源:人民网,新华网,央视网", [("source", "人民网,新华网,央视网")]),  # (names, three characters each: no tags)
    ("来源:故城要闻_故城县人民政府", [("source", "故城要闻_故城县人民政府")]),  # (a reviewer's: a column first, no office's name before _)
    ("来源:工会,妇联,团委", [("source", "工会,妇联,团委")]),  # (three bodies' short names: no tags)
    ("媒体:请问今年供暖季,我市在保障群众温暖过冬方面有哪些新举措?", []),  # (a press conference's questioner: no label)
])
def test_lines_of_round_65(line, expected):
    assert pairs(line) == expected


@pytest.mark.parametrize("line, value", [
    ("来源:保定日报相关新闻:", "保定日报"),  # r66a005 (a mirror's, as the parser reads it: Simplified)
    ("来源：经济日报延伸阅读", "经济日报"),
    ("来源：综合相关新闻报道", "综合相关新闻报道"),  # (a reviewer's: the words inside the value)
])
def test_a_related_stories_label_glued_after_the_source_ends_it(line, value):
    assert pairs(line) == [("source", value)]


# Round 68's captures (held back, measured once, tune since).
@pytest.mark.parametrize("line, expected", [
    ("最后更新:22-10-08 01:20:07", [("date", "22-10-08 01:20:07")]),  # r68d004: a wiki's stamp, its only date
    ("内容出处: 《盘锦日报》 报纸", [("source", "盘锦日报")]),  # r68c007: a paper archive's record
    ("唯一号: 061120020220004165", [("record", "061120020220004165")]),
])
def test_lines_of_round_68(line, expected):
    assert pairs(line) == expected


# Round 69's captures (held back, measured once, tune since).
@pytest.mark.parametrize("line, expected", [
    ("时间: 2017-10-05 08:38:30 来源: 次浏览", [("date", "2017-10-05 08:38:30"), ("source", "")]),  # r69e024: a counter's unit and word
    ("文章来源:武汉市商务局11月11日,市商务局组织召开全市商务经济重点工作座谈会", [("source", "武汉市商务局")]),  # r69e016: the lead run in
])
def test_lines_of_round_69(line, expected):
    assert pairs(line) == expected
