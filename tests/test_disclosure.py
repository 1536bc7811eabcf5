"""gov_meta (the info-disclosure table) and attachments: parsed, stored, exported."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

from click.testing import CliRunner

from crawler.cli import cli
from crawler.outputs import records
from crawler.store import Store
from parsers import parse_page

REF = date(2024, 12, 1)
TABLE = ("<table class='xxgk'><tr><td>索引号：</td><td>11410000-2024-00012</td><td>发布机构：</td><td>某区发展和改革委员会</td></tr>"
         "<tr><td>发文字号：</td><td>某发改〔2024〕3号</td><td>成文日期：</td><td>2024-03-01</td></tr>"
         "<tr><td>发布日期：</td><td>2024-03-05</td><td>主题分类：</td><td>综合政务</td></tr>"
         "<tr><td>有效性：</td><td>有效</td><td>名称：</td><td>关于做好重点项目申报工作的通知</td></tr></table>")
GOV_META = {"index_no": "11410000-2024-00012", "publisher": "某区发展和改革委员会", "doc_no": "某发改〔2024〕3号",
            "written_date": "2024-03-01", "published_date": "2024-03-05", "category": "综合政务", "validity": "有效",
            "title": "关于做好重点项目申报工作的通知"}
STORY = ("<p>各街道、各部门：为做好2024年重点项目申报工作，现将有关事项通知如下，请认真抓好落实，确保项目按时申报。</p>"
         "<p>一、申报范围。全区拟于年内开工建设的产业项目和基础设施项目，详见附件<a href='/files/2024/sb.xls'>重点项目申报表.xls</a>。</p>"
         "<p>附件：<a href='./P020240305.pdf'>申报指南</a> <a href='/files/tj.docx'>汇总表</a></p>"
         "<p>特此通知。</p><p>某区发展和改革委员会</p><p>2024年3月1日</p>")
PAGE = (f"<html><head><meta charset='utf-8'><title>关于做好重点项目申报工作的通知_某区人民政府</title></head><body>"
        f"<div class='nav'><a href='/'>首页</a><a href='/manual.pdf'>网站使用手册</a></div>{TABLE}"
        f"<h1>关于做好重点项目申报工作的通知</h1><div class='content'>{STORY}</div>"
        f"<div class='footer'>版权所有：某区人民政府</div></body></html>")
ATTACHMENTS = [{"name": "重点项目申报表.xls", "url": "/files/2024/sb.xls", "type": "xls"},
               {"name": "申报指南", "url": "./P020240305.pdf", "type": "pdf"},
               {"name": "汇总表", "url": "/files/tj.docx", "type": "docx"}]


def test_a_normative_document_s_basic_information_list_is_a_disclosure_table_too():
    listing = ("<div>基本信息</div><ul><li>统一编号： GZ0320250043</li><li>文　　号： 穗民规字〔2025〕2号</li>"
               "<li>实施日期： 2025年06月01日</li><li>失效日期： 2026年06月01日</li><li>发布机关： 广州市民政局</li><li>文件状态：</li></ul>")  # r15f004 (tune since round 15)
    page = PAGE.replace(TABLE, listing)
    assert parse_page(page, ref_date=date(2025, 12, 31)).gov_meta == {"publisher": "广州市民政局", "doc_no": "穗民规字〔2025〕2号"}


def test_the_info_disclosure_table_becomes_gov_meta_under_english_keys():
    assert parse_page(PAGE, ref_date=REF).gov_meta == GOV_META


def test_a_document_without_a_number_has_no_doc_no():
    page = PAGE.replace("<td>某发改〔2024〕3号</td>", "<td>无</td>")  # r12a003, r12a004 (tune since round 12): 文号：无
    assert parse_page(page, ref_date=REF).gov_meta == {k: v for k, v in GOV_META.items() if k != "doc_no"}


def test_a_text_capture_prints_the_table_row_by_row():
    capture = "\n".join([
        "索引号：  11410000-2024-00012          发布机构：  某区发展和改革委员会",
        "发文字号：  某发改〔2024〕3号          成文日期：  2024-03-01",
        "关于做好重点项目申报工作的通知",
        "各街道、各部门：为做好2024年重点项目申报工作，现将有关事项通知如下，请认真抓好落实，确保项目按时申报。",
        "特此通知。",
    ])
    assert parse_page(capture, ref_date=REF).gov_meta == {
        "index_no": "11410000-2024-00012", "publisher": "某区发展和改革委员会", "doc_no": "某发改〔2024〕3号", "written_date": "2024-03-01"}


def test_a_table_printed_in_columns_is_read_by_its_columns():
    table = ("<table><thead><tr><th>索取号</th><th>发布时间</th><th>发布机构</th><th>文件编号</th><th>备注</th></tr></thead>"
             "<tbody><tr><td>076478684Q/2024-00112</td><td></td><td>上海市卫生健康委员会</td><td>沪卫基层〔2024〕5号</td><td>-</td></tr>"
             "</tbody></table>")  # j008 (tune): an empty cell leaves no line, so the lines do not pair
    assert parse_page(PAGE.replace(TABLE, table), ref_date=REF).gov_meta == {
        "index_no": "076478684Q/2024-00112", "publisher": "上海市卫生健康委员会", "doc_no": "沪卫基层〔2024〕5号"}


def test_a_catalogue_s_generation_date_is_the_written_date_and_spaced_labels_are_read():
    table = ("<table><tr><td>索 引 号：</td><td>002482330/2020-10091</td><td>发布机构：</td><td>省文化和旅游厅</td></tr>"
             "<tr><td>生成日期：</td><td>2020-12-29</td><td>文　　号：</td><td></td></tr></table>")  # k008, i010 (tune)
    assert parse_page(PAGE.replace(TABLE, table), ref_date=REF).gov_meta == {
        "index_no": "002482330/2020-10091", "publisher": "省文化和旅游厅", "written_date": "2020-12-29"}


def test_a_ministry_s_catalogue_labels_are_read_and_its_name_joins_a_headline_broken_over_lines():
    capture = "\n".join([  # j001 (tune), as w3m prints it
        "当前位置：首页 > 公开",
        "信息名称：    教育部办公厅关于举办2024年高校“礼敬中华优秀传统文化”宣传教育活动的通知",
        "信息索引：    360A12-07-2024-0008-1       生成日期：  2024-06-04                   发文机构：  教育部办公厅",
        "发文字号：    教思政厅函〔2024〕10号      信息类别：  高等教育",
        "内容概述：    教育部办公厅关于举办2024年高校“礼敬中华优秀传统文化”宣传教育活动的通知",
        "", "教育部办公厅关于举办", "2024年高校“礼敬中华优秀传统文化”", "宣传教育活动的通知", "",
        "教思政厅函〔2024〕10号", "",
        "各省、自治区、直辖市教育厅（教委），新疆生产建设兵团教育局，部属各高等学校、部省合建各高等学校：",
        "为深入学习贯彻习近平文化思想，教育部决定举办2024年高校“礼敬中华优秀传统文化”宣传教育活动。现将有关事项通知如下。",
    ])
    article = parse_page(capture, ref_date=REF)
    assert article.title == "教育部办公厅关于举办 2024年高校“礼敬中华优秀传统文化” 宣传教育活动的通知"
    assert article.gov_meta == {"title": "教育部办公厅关于举办2024年高校“礼敬中华优秀传统文化”宣传教育活动的通知",
                                "index_no": "360A12-07-2024-0008-1", "written_date": "2024-06-04", "publisher": "教育部办公厅",
                                "doc_no": "教思政厅函〔2024〕10号", "category": "高等教育"}


def test_a_page_without_the_table_has_no_gov_meta():
    html = PAGE.replace(TABLE, "<div>发布时间：2024-03-05 来源：区发改委</div>")
    assert parse_page(html, ref_date=REF).gov_meta == {}


def test_the_story_keeps_its_signature_and_date():
    assert parse_page(PAGE, ref_date=REF).text.split("\n")[-3:] == ["特此通知。", "某区发展和改革委员会", "2024年3月1日"]


def test_attachments_are_the_storys_document_links_not_the_pages():
    assert parse_page(PAGE, ref_date=REF).attachments == ATTACHMENTS


def test_gov_meta_and_attachments_are_stored_and_exported(tmp_path):
    db = tmp_path / "news.db"
    with Store(db) as store:
        store.add(parse_page(PAGE, url="http://x.gov.cn/a.html", ref_date=REF))
        row = store.article("http://x.gov.cn/a.html")
        assert (row["gov_meta"], row["attachments"]) == (GOV_META, ATTACHMENTS)
        out = io.StringIO()
        records.write_csv(store.articles(), out)
    (exported,) = csv.DictReader(io.StringIO(out.getvalue()))
    assert json.loads(exported["gov_meta"]) == GOV_META and json.loads(exported["attachments"]) == ATTACHMENTS
    line = CliRunner().invoke(cli, ["export", "--db", str(db)]).stdout.splitlines()[0]
    assert json.loads(line)["gov_meta"] == GOV_META


def test_parse_json_has_gov_meta_and_attachments(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    record = json.loads(CliRunner().invoke(cli, ["parse", str(page), "--json", "--ref-date", "2024-12-01"]).stdout)
    assert (record["gov_meta"], record["attachments"]) == (GOV_META, ATTACHMENTS)


def test_a_trs_attachment_s_path_kept_in_oldsrc():
    story = STORY.replace("<a href='/files/2024/sb.xls'>", "<a href='javascript:;' appendix='true' oldsrc='/protect/P0202011/P020201124689368345573.xlsx'>")  # m001
    found = parse_page(PAGE.replace(STORY, story), ref_date=REF).attachments
    assert {"name": "重点项目申报表.xls", "url": "/protect/P0202011/P020201124689368345573.xlsx", "type": "xlsx"} in found


def test_a_download_script_s_link_is_an_attachment_by_the_file_its_text_names():
    # r17n001 (tune since round 17): an Epoint page's 附件下载 under the signature
    link = ("<a href='http://220.191.225.245:81/EpointWebService_ForWeb/ReadAttachFile.aspx?AttachID=7a00cfa0-4d67-457e-9d8f-e62286e79bec'>"
            "施工补充公告修改.docx</a>")
    story = STORY.replace("<a href='/files/2024/sb.xls'>重点项目申报表.xls</a>", link)
    found = parse_page(PAGE.replace(STORY, story), ref_date=REF).attachments
    assert {"name": "施工补充公告修改.docx", "type": "docx",
            "url": "http://220.191.225.245:81/EpointWebService_ForWeb/ReadAttachFile.aspx?AttachID=7a00cfa0-4d67-457e-9d8f-e62286e79bec"} in found
    page_link = story.replace("EpointWebService_ForWeb/ReadAttachFile.aspx", "news/show.aspx")  # (a page, whatever its text says)
    assert not [a for a in parse_page(PAGE.replace(STORY, page_link), ref_date=REF).attachments if "show.aspx" in a["url"]]


def test_the_file_links_under_an_attachment_printed_in_the_page_are_the_notice_s():
    # r8d001 (tune since round 8): the signed notice, 附件 and its table printed in the page, then the PDF's link
    cells = "".join(f"<tr><td>{n}</td><td>安置单位{n}</td><td>1</td><td>事业</td></tr>" for n in range(1, 30))
    printed = f"<p>附件</p><p>2023年市区符合政府安排工作条件退役士兵和退出消防员安置任务</p><table>{cells}</table>"
    link = ("<p><a href='/module/download/downfile.jsp?classid=0&filename=be5f1a4be0294db7abf660dd336b3fa5.pdf'>"
            "丽水市人民政府关于下达2023年市区符合政府安排工作条件退役士兵和退出消防员安置任务的通知 (1).pdf</a></p>")
    page = PAGE.replace("<div class='footer'>", printed + link + "<div class='footer'>")
    found = parse_page(page, ref_date=REF).attachments
    assert found[-1]["url"] == "/module/download/downfile.jsp?classid=0&filename=be5f1a4be0294db7abf660dd336b3fa5.pdf"



def test_a_document_number_keeps_its_year_in_square_brackets():
    capture = "\n".join([
        "发布部门: 贵州省贵阳市人民政府",
        "发布文号: 筑府通[2006]35号",  # r62d013 (tune since round 62)
        "发布日期: 2006-09-20",
        "关于开阳县地质灾害治理项目的批复",
        "市国土资源局、市财政局:",
        "报来的请示收悉。经市人民政府研究,现批复如下:同意立项对其开展治理,你们要确保市级配套治理资金及时到位。",
        "此复。",
    ])
    assert parse_page(capture.encode(), ref_date=REF).gov_meta["doc_no"] == "筑府通[2006]35号"
