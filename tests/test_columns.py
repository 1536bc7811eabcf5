"""Reading a text capture's side-by-side columns (real lines from the development set)."""

from __future__ import annotations

from parsers.columns import reading_order

# 青岛新闻网 (r8i017): the story's cell wraps at its width, the sidebar's items go on at the
# right of the same lines.
BESIDE_A_SIDEBAR = [
    '              \u3000\u3000近日，晨报报道了上海患病小伙苏州变性的消息后，引起了广大读者和社会公众               -   清华阳光率先夺取中国名',
    '              的关注。昨日，晨报记者获悉，陈瑜的变性手术进展                                               牌',
    '                                                                                                       -   文明山东从我做起FLASH大',
    '                                                                                                           赛',
    '                                                                                                       -   山东省首届电子商务大赛',
    '              顺利，隆胸手术已经全部完成，估计将于近日拆线。据院方透露，陈瑜接下来将做面               -   富城贷款年投资收益7%以',
    '              部整容手术，但具体时间尚未确定。经过陈瑜的介绍，记者了解到他们群体保持联系                   上',
    '              的网站，并有幸采访到另外两位变性人。                                                     -   中秋“申遗”全球华人同行',
]

# 大众网·济宁 (r8i009): a centred cell (its wrapped lines start at different columns), a
# sidebar at the right whose items start at 340 or, after a bullet, 342.
CENTRED_BESIDE_A_SIDEBAR = [
    '                                                                                 \u3000\u30004月17日，南昌航空航天大学前湖校区一学生宿舍内发现一具腐烂的遗体，死者疑为该校研                                                                                                                                                                                打造天蓝地绿美丽济宁',
    '                                                                                                        究生彭某。图为死者尸体从宿舍楼内拖出。',
    '                                                                                                                                                                                                                                                                                                                                                    保护生态环境，让我们的家园更加靓丽。',
    '                                                                                 \u3000\u3000据悉，尸体从公寓抬出，浓郁的尸臭味蔓延。死者双脚穿白色高跟鞋，下身还疑似穿了女性',
    '                                                                                                                       紧身衣。                                                                                                                                                                                                                     QQ截图20130306180057.jpg',
    '',
    '                                                                                 \u3000\u3000红角洲派出所民警透露，死者为男性，腐烂尸体位于南昌航空大学前湖校区第三公寓楼604                                                                                                                                                                                  • 2013春节过年攻略',
    '                                                                                                                 ，是一个研究生宿舍。                                                                                                                                                                                                                 • 大众网济宁站揭牌上线',
    '                                                                                                                                                                                                                                                                                                                                                      • 至圣2013济宁两会(图)',
    '                                                                                 \u3000\u3000随后，南昌航空大学党委宣传部部长饶国宾表示，死者疑为住在该宿舍的2011级研究生彭某                                                                                                                                                                                 • 大雾围城如何破局',
    '                                                                                 ，男生，湖北省天门市人。事发寝室其他3名研究生于2012年9月在校外学习实践，目前均已取得',
    '                                                                                          联系。饶国宾向记者证实，“网上所传死者身穿丝光袜、高跟鞋一事属实。”                                                                                                                                                                                        记者调查',
]

# 浙江省文化和旅游厅 (k008): a 公示's table of names, one row a line, its units' cells wrapped
# (with enumeration commas 、, no sentence).
TABLE_OF_NAMES = [
    '',
    '7        朱海燕     宁波市鄞州区文物保护管理中心              副研究馆员',
    '',
    '8        徐宏鸣     慈溪市文物保护中心（慈溪市越窑博物馆、慈  副研究馆员',
    '                    溪市上林湖越窑遗址文物保护管理所）',
    '',
    '9        方长山     温州博物馆（温州市文物保护考古所、温州市  副研究馆员',
    '                    东瓯文化研究保护中心）',
    '',
    '10       王丽苹     温州博物馆（温州市文物保护考古所、温州市  副研究馆员',
    '                    东瓯文化研究保护中心）',
    '',
    '11       温巧燕     温州博物馆（温州市文物保护考古所、温州市  副研究馆员',
    '                    东瓯文化研究保护中心）',
]


def _text(lines: list[str]) -> list[str]:
    return [" ".join(line.split()) for line in lines if line.strip()]


def test_the_story_beside_a_sidebar_is_read_before_the_sidebar():
    lines = _text(reading_order(BESIDE_A_SIDEBAR))
    assert lines[:2] == [
        "近日，晨报报道了上海患病小伙苏州变性的消息后，引起了广大读者和社会公众的关注。昨日，晨报记者获悉，陈瑜的变性手术进展",
        "顺利，隆胸手术已经全部完成，估计将于近日拆线。据院方透露，陈瑜接下来将做面部整容手术，但具体时间尚未确定。经过陈瑜的介绍，记者了解到他们群体保持联系的网站，并有幸采访到另外两位变性人。",
    ]
    assert lines[2:] == ["- 清华阳光率先夺取中国名", "牌", "- 文明山东从我做起FLASH大", "赛", "- 山东省首届电子商务大赛",
                         "- 富城贷款年投资收益7%以", "上", "- 中秋“申遗”全球华人同行"]


def test_a_centred_cell_s_wrapped_lines_are_joined_into_paragraphs():
    lines = _text(reading_order(CENTRED_BESIDE_A_SIDEBAR))
    assert lines[:4] == [
        "4月17日，南昌航空航天大学前湖校区一学生宿舍内发现一具腐烂的遗体，死者疑为该校研究生彭某。图为死者尸体从宿舍楼内拖出。",
        "据悉，尸体从公寓抬出，浓郁的尸臭味蔓延。死者双脚穿白色高跟鞋，下身还疑似穿了女性紧身衣。",
        "红角洲派出所民警透露，死者为男性，腐烂尸体位于南昌航空大学前湖校区第三公寓楼604，是一个研究生宿舍。",
        "随后，南昌航空大学党委宣传部部长饶国宾表示，死者疑为住在该宿舍的2011级研究生彭某，男生，湖北省天门市人。"
        "事发寝室其他3名研究生于2012年9月在校外学习实践，目前均已取得联系。饶国宾向记者证实，“网上所传死者身穿丝光袜、高跟鞋一事属实。”",
    ]
    assert lines[4:] == ["打造天蓝地绿美丽济宁", "保护生态环境，让我们的家园更加靓丽。", "QQ截图20130306180057.jpg",
                         "• 2013春节过年攻略", "• 大众网济宁站揭牌上线", "• 至圣2013济宁两会(图)", "• 大雾围城如何破局", "记者调查"]


def test_a_table_of_names_keeps_its_rows():
    assert reading_order(TABLE_OF_NAMES) == TABLE_OF_NAMES


def test_a_capture_without_cells_side_by_side_comes_back_as_it_was():
    lines = ["　　近日，晨报报道了上海患病小伙苏州变性的消息后，引起了广大读者和社会公众", "的关注。", "", "来源：中新网  作者：张三"]
    assert reading_order(lines) == lines
