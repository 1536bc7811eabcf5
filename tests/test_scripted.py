"""What a page's scripts print with document.write is read when it needs no running:
TRS-built templates print header fields that way (real scripts from the development
set's tune pages)."""

from __future__ import annotations

from datetime import date

import pytest

from parsers import parse_page
from parsers.scripted import printed

DAOZHEN_DATE = """var  pubdata='2020年11月24日';
if(pubdata!=''){
    document.write(pubdata);
}"""  # m001
DAOZHEN_SOURCE = """var wzly='';
if(wzly!=''){
    document.write('文章来源：'+wzly+'&emsp;');
}"""  # m001
CHONGQING_SOURCE = """if("国际交流合作处 重庆国际文旅之窗"!=""){document.write('<span class="tit">来源：</span><span class="con">国际交流合作处 重庆国际文旅之窗</span>');}"""  # g006
SHENZHEN_SOURCE = """var   csource = "深圳特区报";
var  chntime = "2023-11-16";
var ct = new Date(chntime.replace(/-/g, '/'));
if(csource){
    document.write(csource);
}else if(ct>=myDate){
    document.write("市文化广电旅游体育局");
}else{
    document.write("市文体旅游局");
}"""  # j006
ATTACHMENT_LOOP = """var hasFJ='';
if(hasFJ!=''){
    var FJarr=hasFJ.split("<BR/>")
    document.write('<p>附件下载：</p>');
    for(var i=1;i<=FJarr.length;i++){ document.write(i+"."+FJarr[i-1]+"<br/>"); }
}"""  # g006


@pytest.mark.parametrize("script, expected", [
    (DAOZHEN_DATE, "2020年11月24日"),
    (DAOZHEN_SOURCE, ""),  # the guard says the field is empty
    (CHONGQING_SOURCE, "来源：  国际交流合作处 重庆国际文旅之窗"),
    (SHENZHEN_SOURCE, "深圳特区报"),  # the first branch that prints
    (ATTACHMENT_LOOP, ""),
    ("document.write(new Date().getFullYear())", ""),  # computed: not printed
])
def test_what_a_script_prints(script, expected):
    assert printed(script) == expected


def test_a_date_printed_by_a_script_dates_the_page():
    html = ("<html><body><h1>道真县2020年公开招聘事业单位工作人员体检结果公示</h1>"
            f"<div class='info'>发布时间：<script>{DAOZHEN_DATE}</script> <script>{DAOZHEN_SOURCE}</script></div>"
            "<div class='TRS_UEDITOR'><p>根据《道真自治县2020年公开招聘事业单位工作人员简章》规定，现将体检结果予以公示，公示期为七个工作日。</p>"
            "<p>公示期间如有异议，请以书面形式向县人力资源和社会保障局反映。</p></div></body></html>")
    article = parse_page(html, ref_date=date(2020, 12, 31))
    assert (article.published_at[:10], article.date_source) == ("2020-11-24", "label")
    assert article.source is None
