"""Reading a text capture's side-by-side columns (real lines from the development set)."""

from __future__ import annotations

from parsers.columns import reading_order, unwrapped_page

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


# 东南网 (r10b012, tune since round 10) as `w3m -dump` prints it at its default 80 columns:
# every paragraph cut into lines of forty characters.
WRAPPED_AT_80 = [
    "东南网12月9日讯（海峡都市报记者陈燕燕）1岁多的可可（化名）长相甜美，但只有父母",
    "知道，她的裙子下藏着一个形状怪异的“小鸡鸡”，橄榄般大小，还有一个睾丸。她的性别",
    "成了谜，父母很纠结。",
    "",
    "上个月，在省妇幼保健院，小儿外科的主任医师周朝明检查发现，可可同时拥有男、女两",
    "套生殖器官，既有睾丸又有卵巢，但染色体是46XX，正常女性的染色体。周医师说，这是",
    "一种两性畸形，又叫“阴阳人”，很罕见，他从医21年，还是第一次碰到。如今，到底该让",
    "孩子做男孩，还是做女孩？可可父母陷入两难。",
    "",
    "女儿养到1岁，发现长了“小鸡鸡”",
    "",
    "可可出生在宁德，出生证明写着“女”，父母没多想，一直把“她”当闺女养。不久，父母惊",
    "讶地发现，“她”的阴蒂特别大，像个小小的阴茎。但阴茎一直没长大，可可只能蹲着小便",
    "。"
]


def test_a_capture_wrapped_at_a_fixed_width_gets_its_paragraphs_back():
    lines = unwrapped_page(WRAPPED_AT_80)
    assert lines[0] == "".join(WRAPPED_AT_80[0:3])  # the lead, its dateline and reporter no line of their own
    assert lines[2] == "".join(WRAPPED_AT_80[4:8])
    assert lines[4] == "女儿养到1岁，发现长了“小鸡鸡”"  # a crosshead, its own paragraph


def test_a_wide_capture_is_not_unwrapped():
    wide = ["东南网12月9日讯（海峡都市报记者陈燕燕）1岁多的可可（化名）长相甜美，但只有父母知道，她的裙子下藏着一个形状怪异的“小鸡鸡”，"
            "橄榄般大小，还有一个睾丸。她的性别成了谜，父母很纠结。" * 2] + WRAPPED_AT_80  # (-cols 4000: a line longer than any wrap)
    assert unwrapped_page(wide) == wide
