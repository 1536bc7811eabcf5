"""The spider's list handling, with Scrapy responses built by hand (no crawl, no server):
each family's page read, data requests made GET or POST, malformed links and pages with
no link recorded as errors."""

from __future__ import annotations

import logging

import scrapy
from scrapy.http import HtmlResponse, TextResponse

from crawler.config import Site
from crawler.items import ListLinks
from crawler.lists.page import ListRequest
from crawler.spiders.site_spider import CrawlPlan, SiteSpider
from crawler.tally import SiteTally
from list_fixtures import load_fixtures

FIXTURES = {f.name: f for f in load_fixtures()}


def spider(mode: str = "auto", **fields) -> SiteSpider:
    site = Site(name="s", list_mode=mode, start_urls=("http://www.example.gov.cn/",), max_list_pages=10, **fields)
    return SiteSpider(site=site, plan=CrawlPlan(), tally=SiteTally("s"))


def answer(spider_: SiteSpider, url: str, text: str, request: ListRequest | None = None, cls=HtmlResponse) -> list:
    request = request or ListRequest(url, spider_.site.list_mode)
    made = spider_.list_request(request)
    response = cls(url=request.url.split("#")[0], body=text.encode("utf-8"), encoding="utf-8", request=made)
    return list(spider_.parse_list(response))


def test_a_hanweb_page_yields_its_datastore_rows_then_a_post_to_dataproxy():
    fixture = FIXTURES["hanweb/col1229063381"]
    s = spider("hanweb")
    out = answer(s, fixture.url, fixture.text)
    links = next(o for o in out if isinstance(o, ListLinks))
    assert links.urls == list(fixture.gold)
    data = [o for o in out if isinstance(o, scrapy.Request) and o.meta.get("kind") == "list"]
    assert len(data) == 1 and data[0].method == "POST" and b"columnid=1229063381" in data[0].body
    assert data[0].url == "http://www.example.gov.cn/module/jpage/dataproxy.jsp?startrecord=6&endrecord=50&perpage=15"
    assert s.tally.counts["links"] == 5 and s.tally.errors == []


def test_hanweb_by_get_when_the_site_says_so():
    fixture = FIXTURES["hanweb/col1229063381"]
    out = answer(spider("hanweb", list_params={"method": "GET"}), fixture.url, fixture.text)
    data = next(o for o in out if isinstance(o, scrapy.Request) and o.meta.get("kind") == "list")
    assert data.method == "GET" and "columnid=1229063381" in data.url and not data.body


def test_a_gkmlpt_shell_is_no_failure_and_asks_its_api_without_validators():
    s = spider("gkmlpt")
    s.plan.validators["http://fgw.example.gov.cn/gkmlpt/api/all/0?page=1&sid=755031"] = ('"x"', None)
    out = answer(s, "http://fgw.example.gov.cn/gkmlpt/index", "<html><script>window._CONFIG = {SID: '755031'};</script></html>")
    (api,) = out
    assert api.url == "http://fgw.example.gov.cn/gkmlpt/api/all/0?page=1&sid=755031" and b"If-None-Match" not in api.headers
    assert s.tally.errors == [] and s.tally.list_validators == {}


def test_a_data_answer_goes_back_to_the_family_that_asked():
    fixture = FIXTURES["gkmlpt/api_all_2815"]
    s = spider("gkmlpt")
    out = answer(s, fixture.url, fixture.text, ListRequest(fixture.url, "gkmlpt", "gkmlpt-api"), cls=TextResponse)
    assert next(o for o in out if isinstance(o, ListLinks)).urls == list(fixture.gold)
    assert [o.url for o in out if isinstance(o, scrapy.Request) and o.meta.get("kind") == "list"] == [fixture.next]


def test_a_malformed_link_is_an_error_and_its_siblings_are_followed():
    rows = "".join(f"<li><a href='{h}'>第{i}条招商引资项目新闻标题</a><span>2023-05-0{i}</span></li>"
                   for i, h in enumerate(["/a/1.html", "http://[::1/a", "/a/3.html"], 1))
    s = spider("html", article_links="ul a")
    out = answer(s, "http://www.example.gov.cn/list.html", f"<html><body><ul>{rows}</ul></body></html>")
    assert next(o for o in out if isinstance(o, ListLinks)).urls == ["http://www.example.gov.cn/a/1.html", "http://www.example.gov.cn/a/3.html"]
    assert len(s.tally.errors) == 1 and "bad link" in s.tally.errors[0]


def test_a_list_page_with_no_link_is_an_error_with_a_warning(caplog):
    s = spider("html", article_links="ul.news a")
    with caplog.at_level(logging.WARNING):
        out = answer(s, "http://www.example.gov.cn/list.html", "<html><body><p>栏目改版中</p></body></html>")
    assert out == [] and s.tally.counts["links"] == 0
    assert s.tally.errors == ["http://www.example.gov.cn/list.html: list page yields no article link (list_mode html)"]
    assert "yields no article link" in caplog.text


def test_max_list_pages_bounds_the_pages_and_data_requests_followed():
    fixture = FIXTURES["trs/yzq_zwyw"]
    s = spider("trs")
    s.site = Site(name="s", list_mode="trs", start_urls=(fixture.url,), max_list_pages=1)
    out = answer(s, fixture.url, fixture.text)
    assert not [o for o in out if isinstance(o, scrapy.Request) and o.meta.get("kind") == "list"]
    assert len([o for o in out if isinstance(o, scrapy.Request)]) == 25


def test_a_redirected_list_page_resolves_its_links_where_it_landed():
    s = spider("html", article_links="ul a")
    made = s.list_request(ListRequest("http://www.example.gov.cn/xwzx/tzgg", "html"))
    page = "<html><body><ul><li><a href='./202311/t20231101_1.html'>经开区召开招商引资工作推进会议</a></li></ul></body></html>"
    response = HtmlResponse(url="http://www.example.gov.cn/xwzx/tzgg/index.html", body=page.encode(), encoding="utf-8", request=made)
    out = list(s.parse_list(response))
    assert next(o for o in out if isinstance(o, ListLinks)).urls == ["http://www.example.gov.cn/xwzx/tzgg/202311/t20231101_1.html"]


def test_a_guessed_page_past_the_last_that_lists_nothing_ends_the_list_quietly():
    s = spider("html", article_pattern=r"/a/\d+\.html", list_params={"page_template": "list.html?page={n}"})
    guessed = ListRequest("http://www.example.gov.cn/list.html?page=4", "html", page=4, state=(("guessed", "1"),))
    out = answer(s, guessed.url, "<html><body><ul class='list'></ul><p>暂无信息</p></body></html>", guessed)
    assert out == [] and s.tally.errors == []


def test_a_redirected_list_pages_validators_are_kept_under_the_url_asked_for():
    s = spider("html", article_links="ul a")
    made = s.list_request(ListRequest("http://www.example.gov.cn/xwzx/tzgg", "html"))
    page = "<html><body><ul><li><a href='./202311/t20231101_1.html'>经开区召开招商引资工作推进会议</a></li></ul></body></html>"
    response = HtmlResponse(url="http://www.example.gov.cn/xwzx/tzgg/index.html", body=page.encode(), encoding="utf-8", request=made,
                            headers={"ETag": '"v1"'})
    list(s.parse_list(response))
    assert s.tally.list_validators == {"http://www.example.gov.cn/xwzx/tzgg": ('"v1"', None)}


def test_the_plain_fetcher_and_the_dry_run_speak_and_stop_as_the_crawl_does():
    from crawler import settings
    from crawler.lists import fetch, walk

    assert fetch.USER_AGENT == settings.USER_AGENT and walk.DEFAULT_MAX_LIST_PAGES == settings.GOVNEWS_MAX_LIST_PAGES


def test_a_link_with_a_chinese_query_on_a_gbk_page_is_encoded_in_gbk_as_browsers_do():
    s = spider("html", article_links="ul a")
    made = s.list_request(ListRequest("http://www.example.gov.cn/list.asp", "html"))
    page = "<html><head><meta charset='gbk'></head><body><ul><li><a href='/show.asp?kw=新闻&id=1'>新闻</a></li></ul></body></html>"
    response = HtmlResponse(url="http://www.example.gov.cn/list.asp", body=page.encode("gbk"), request=made)
    out = list(s.parse_list(response))
    # The query in GBK bytes (%D0%C2%CE%C5), not UTF-8 (%E6%96%B0%E9%97%BB); the URL Scrapy then fetches is the same.
    (url,) = next(o for o in out if isinstance(o, ListLinks)).urls
    assert url == "http://www.example.gov.cn/show.asp?kw=%D0%C2%CE%C5&id=1"
    assert scrapy.Request(url).url == url
