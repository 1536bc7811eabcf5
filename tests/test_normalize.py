"""Normalisation rules: pinyin, script, leaked tags, bullets, widths, destroyed characters."""

from __future__ import annotations

from datetime import date

import pytest

from parsers import normalize, parse_page


@pytest.mark.parametrize(
    "published, clean",
    [
        ("全區(qū)項目", "全區項目"),
        ("發(fā)布時間", "發布時間"),
        ("創（chuàng）新", "創新"),  # full-width parentheses
        ("產(chǎn)業(yè)", "產業"),  # two annotations in a row
        ("服務(wù)企業", "服務企業"),
    ],
)
def test_pinyin_annotations_are_removed(published, clean):
    assert normalize.strip_pinyin(published) == clean


@pytest.mark.parametrize(
    "text",
    [
        "通州日報訊 (通訊員施偉辦 記者顧艷)",  # a byline in parentheses is content
        "各鎮(街)、有關部門",
        "西部(重慶)科學城",
        "Plan (a) and (b)",  # Latin in parentheses, no tone marks
        "2023年(第一季度)",
        "比亞迪(BYD)",
        "(qū)開頭",  # not glued to a character
        "咖啡馆(café)",  # tone-marked Latin that is no pinyin syllable
    ],
)
def test_parentheses_that_are_not_pinyin_stay(text):
    assert normalize.strip_pinyin(text) == text


def test_traditional_becomes_simplified_with_opencc():
    assert normalize.to_simplified("鹽城經濟技術開發區 鉚足幹勁 發展") == "盐城经济技术开发区 铆足干劲 发展"


def test_reading_text_applies_every_rule():
    raw = "  • 全區(qū)項目建設動員大會召開　ＡＢＣ１２３  "
    assert normalize.reading_text(raw) == "全区项目建设动员大会召开 ABC123"


@pytest.mark.parametrize(
    "leaked",
    ['<ul id="sq8o2"></ul>', '<li id="sq8o2"><option id="sq8o2"></option></li>', "<strike id='x'></strike>", "<br/>", "<sup id=sq8o2></sup>"],
)
def test_leaked_tags_are_dropped(leaked):
    assert normalize.reading_text(leaked) == ""
    assert normalize.reading_text(f"正文{leaked}继续") == "正文继续"


def test_comparisons_in_text_are_not_tags():
    assert normalize.reading_text("增长率 < 5% 且 > 3%") == "增长率 < 5% 且 > 3%"


@pytest.mark.parametrize("line", ["• 联系电话", "  •  联系电话", "- 联系电话", "· 联系电话", "■ 联系电话"])
def test_list_bullets_are_dropped(line):
    assert normalize.strip_bullet(normalize.collapse_whitespace(line)) == ("联系电话", True)


@pytest.mark.parametrize("line", [
    "●一名刚满20岁的妙龄少女，过去却一直把自己当成男孩子，从小到大没穿过女孩的衣服；",  # r10b002: the story's own mark
    "●海普瑞根据市场情况、上下游产业状况和战略需要，",  # v002
])
def test_a_heavy_mark_glued_to_its_sentence_is_the_story_s_own(line):
    assert normalize.strip_bullet(line) == (line, False)
    second = ("“我现在只想尽快变成男子，不然，我会发疯的。”4月18日，家住名山县城的蒋蓉蓉约见记者时说，她知道变性后将面对"
              "什么样的压力和后果，但所有的后果比起自己目前的痛苦心理算不了什么。")  # (r10b002's next paragraph)
    page = f"<html><body><h1>20岁少女8年梦想当男儿</h1><p>{line}</p><p>{second}</p></body></html>"
    assert parse_page(page, ref_date=date(2024, 1, 1)).text.startswith(line)


def test_a_minus_sign_is_not_a_bullet():
    assert normalize.strip_bullet("-5℃") == ("-5℃", False)


@pytest.mark.parametrize("line, item", [
    ("+ 公职人员利益冲突回避身分揭露专区", "公职人员利益冲突回避身分揭露专区"),  # r8h001 as lynx dumps it: a nested list's mark
    ("+ Y4:今日咸阳·热线版面概览", "Y4:今日咸阳·热线版面概览"),  # r11q005 as lynx dumps it
    ("o 关于我们", "关于我们"),  # (lynx's third level)
])
def test_lynx_s_marks_of_nested_list_items_are_bullets(line, item):
    assert normalize.strip_bullet(line) == (item, True)
    assert normalize.strip_bullet("+86 0519-85576566") == ("+86 0519-85576566", False)  # (a telephone's country code)
    assert normalize.strip_bullet("o2o 平台") == ("o2o 平台", False)


def test_full_width_letters_and_digits_fold_but_chinese_punctuation_stays():
    assert normalize.fold_width("２０２１年，ＧＤＰ增长５％。") == "2021年，GDP增长5％。"


def test_the_japanese_middle_dot_is_the_chinese_one():
    assert normalize.reading_text("湘潭日报・新湘潭客户端") == "湘潭日报·新湘潭客户端"  # i005's source line, as lynx prints it
    assert normalize.reading_texts(["第二届中国基础教育高质量发展･北京论坛举办"]) == ["第二届中国基础教育高质量发展·北京论坛举办"]


def test_whitespace_of_every_kind_collapses():
    assert normalize.collapse_whitespace(" a\u3000\u00a0b\t\nc\u200b ") == "a b c"


@pytest.mark.parametrize(
    "text, snippets",
    [
        ("今年在區(qū)域?qū)用?,要把綠色低碳", ["區(qū)域?qū)用?,要把綠色低"]),  # ?qū): before a pinyin remnant
        ("真正把不可能變?yōu)榭赡?。挖掘開放潛力", ["正把不可能變?yōu)榭赡?。挖掘開放潛"]),  # ? before a full stop
        ("这是\ufffd乱码", ["这是\ufffd乱码"]),  # U+FFFD, the replacement character
        ("全市重大项目??建设推进会", ["全市重大项目??建设推进会"]),  # a run of ?
        ("第一处?,很远很远很远很远很远很远的第二处?。", ["第一处?,很远很远很", "很远的第二处?。"]),  # apart: two reports
    ],
)
def test_destroyed_characters_are_reported(text, snippets):
    assert normalize.find_garbled(text) == snippets


@pytest.mark.parametrize(
    "text", ["基金是否要長期持有?長期持有可以購買哪些", "鉈是什麼東西?", "What? 好", "正常的句子。", "5G?还是4G", "NFC?支持"]
)
def test_real_question_marks_are_not_reported(text):
    assert normalize.find_garbled(text) == []


def test_nearby_damage_is_one_report_and_nothing_is_guessed():
    text = "真正把不可能變?yōu)榭赡?。挖掘開放潛力"
    assert normalize.find_garbled(text) == ["正把不可能變?yōu)榭赡?。挖掘開放潛"]
    assert "?" in normalize.reading_text(text)  # the text keeps the damage: nothing guessed


def test_a_page_normalised_at_once_reads_as_line_by_line():
    """reading_texts runs the rules once over a page; it must agree with reading_text."""
    from pathlib import Path

    lines = []
    for page in sorted((Path(__file__).parent.parent / "seeds" / "pages").glob("*.txt")):
        lines += [normalize.strip_bullet(normalize.collapse_whitespace(line))[0] for line in page.read_text(encoding="utf-8").splitlines()]
    lines += ["a <b", "c> d", "區(", "qū)後", "ＡＢＣ１", "• <li id=x></li>", "", "汽車級IHLE?集成", "2022年(第一季度)"]
    assert normalize.reading_texts(lines) == [normalize.reading_text(line) for line in lines]


@pytest.mark.parametrize("spaced, read", [
    # r16k001 and r16k002 (tune since round 16): an old template sets every character apart
    ("一 九 九 八 年 九 月 七 日 （星 期 一）", "一九九八年九月七日（星期一）"),
    ("财 政 司 司 长： 上 月 十 四 日， 当 政 府 入 市 后，", "财政司司长：上月十四日，当政府入市后，"),
    ("会 从 优 质 教 育 基 金 中 拨 出 2 亿 元 来 资 助", "会从优质教育基金中拨出 2 亿元来资助"),
    # r10b010 (tune since round 10), h005 (tune): a space between words stays
    ("男子有“异装癖” 专偷女性内衣", "男子有“异装癖” 专偷女性内衣"),
    ("四川省医药健康产业供需对接活动在成都举行 现场发布医药健康产业供需清单", "四川省医药健康产业供需对接活动在成都举行 现场发布医药健康产业供需清单"),
])
def test_a_letter_spaced_line_reads_as_its_words(spaced, read):
    assert normalize.reading_text(spaced) == read
    assert normalize.reading_texts([spaced, "另一行"]) == [read, "另一行"]


@pytest.mark.parametrize("framed, read", [
    ("│货物类                          │", "货物类"),  # r18p002's capture (tune since round 18): w3m frames a bordered table's cells
    ("│名称：常州市肿瘤医院医用液氧供应│", "名称：常州市肿瘤医院医用液氧供应"),
])
def test_a_table_s_drawn_frame_is_no_text(framed, read):
    assert normalize.reading_text(framed) == read
    assert normalize.reading_texts([framed]) == [read]
