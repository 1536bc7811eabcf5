"""List adapters on the family fixtures: every article link, in page order, and nothing
else; the next list request; malformed links reported one by one; the site fields."""

from __future__ import annotations

import json
from datetime import date

import pytest
from click.testing import CliRunner

from crawler.cli import cli
from crawler.config import SiteConfigError, parse_sites
from crawler.lists import registry
from crawler.lists.options import ListOptions
from crawler.lists.page import ListPage, ListRequest
from list_fixtures import FIXTURES, load_fixtures

FIXTURE_LIST = load_fixtures()


@pytest.mark.parametrize("fixture", FIXTURE_LIST, ids=[f.name for f in FIXTURE_LIST])
def test_each_fixture_yields_exactly_its_articles_in_page_order(fixture):
    page = fixture.page()
    assert registry.family_for(page, "auto").NAME == fixture.family
    listing = registry.read(page, ListOptions("auto"))
    assert [link.url for link in listing.links] == list(fixture.gold)
    assert listing.errors == []


@pytest.mark.parametrize("fixture", [f for f in FIXTURE_LIST if f.next], ids=[f.name for f in FIXTURE_LIST if f.next])
def test_each_fixture_names_its_next_list_page(fixture):
    assert registry.read(fixture.page(), ListOptions("auto")).next[0].url == fixture.next


def test_hanweb_asks_for_the_rows_after_the_datastore_by_post_with_the_column_fields():
    fixture = next(f for f in FIXTURE_LIST if f.name == "hanweb/col1229063381")
    request = registry.read(fixture.page(), ListOptions("hanweb")).next[0]
    assert (request.method, request.url) == ("POST", "http://www.example.gov.cn/module/jpage/dataproxy.jsp?startrecord=6&endrecord=50&perpage=15")
    assert dict(request.form)["columnid"] == "1229063381" and dict(request.form)["unitid"] == "7123773"
    get = registry.read(fixture.page(), ListOptions("hanweb", params={"method": "GET"})).next[0]
    assert get.method == "GET" and "startrecord=6" in get.url and "columnid=1229063381" in get.url


def test_a_hanweb_answer_past_the_last_record_asks_for_nothing_more():
    text = "<datastore><totalrecord>7</totalrecord><recordset>" + "<record><![CDATA[<li><a href='/art/1.html'>一二三四五六七八</a></li>]]></record>" + "</recordset></datastore>"
    request = ListRequest("http://x.gov.cn/module/web/jpage/dataproxy.jsp?startrecord=6&endrecord=10&perpage=5", "hanweb", "hanweb-data", "POST")
    assert registry.read(ListPage(request.url, text, request), ListOptions("hanweb")).next == []


def test_the_gkmlpt_shell_asks_its_api_for_the_category_in_the_url():
    shell = "<html><script>window._CONFIG = {SID: '755031', ROOT: '/gkmlpt'};</script><div id='app'></div></html>"
    page = ListPage("http://fgw.example.gov.cn/gkmlpt/index#2815", shell, ListRequest("http://fgw.example.gov.cn/gkmlpt/index#2815", "auto"))
    listing = registry.read(page, ListOptions("auto"))
    assert listing.links == [] and listing.awaits_data
    assert listing.next[0].url == "http://fgw.example.gov.cn/gkmlpt/api/all/2815?page=1&sid=755031"


def test_one_malformed_link_is_an_error_of_its_own_and_hides_none_of_its_siblings():
    rows = "".join(f"<li><a href='{href}'>第{i}条重大项目建设新闻标题</a><span>2023-05-0{i}</span></li>"
                   for i, href in enumerate(["/a/1.html", "http://[::1/a", "http://x.gov.cn:99999/a/2.html", "/a/3.html", "/a/4.html"], 1))
    page = ListPage("http://x.gov.cn/list.html", f"<html><body><ul>{rows}</ul></body></html>")
    listing = registry.read(page, ListOptions("html", article_links="ul a"))
    assert [link.url for link in listing.links] == ["http://x.gov.cn/a/1.html", "http://x.gov.cn/a/3.html", "http://x.gov.cn/a/4.html"]
    assert len(listing.errors) == 2 and all("bad link" in e for e in listing.errors)


def test_links_prints_a_saved_pages_article_links_with_titles_and_dates():
    fixture = next(f for f in FIXTURE_LIST if f.name == "trs/xwdt_index")
    done = CliRunner().invoke(cli, ["links", str(FIXTURES / "trs" / "xwdt_index.html"), "--url", fixture.url, "--json"])
    assert done.exit_code == 0
    assert json.loads(done.output)[0] == {"url": fixture.gold[0], "title": "我市召开重大项目建设推进会", "date": "2023-03-06"}


def test_links_without_url_keeps_a_trs_columns_own_rows_not_its_sidebar(tmp_path):
    from crawler.demo.site import DemoSite

    site = DemoSite(today="2026-11-30")
    page = tmp_path / "index.html"
    page.write_bytes(site.reply("/xwzx/tzgg/index.html").body)
    done = CliRunner().invoke(cli, ["links", str(page), "--json"])
    trs = next(c for c in site.columns if c.family == "trs")
    assert [link["url"] for link in json.loads(done.output)] == ["./" + s.path.split("/xwzx/tzgg/")[1] for s in trs.stories[:10]]


@pytest.mark.parametrize("fixture", FIXTURE_LIST, ids=lambda f: f.name)
def test_links_reads_every_saved_page_and_data_answer_with_no_hint_of_its_family(fixture, tmp_path):
    saved = tmp_path / "saved.txt"
    saved.write_text(fixture.text, encoding="utf-8")
    done = CliRunner().invoke(cli, ["links", str(saved), "--url", fixture.url.split("#")[0], "--json"])
    assert done.exit_code == 0, done.output
    assert [link["url"] for link in json.loads(done.output)] == list(fixture.gold)


def test_links_on_an_article_refuses_it_and_names_its_list_page(tmp_path):
    from crawler.demo.site import DemoSite

    site = DemoSite(today="2026-11-30")
    story = next(c for c in site.columns if c.family == "trs").stories[0]
    page = tmp_path / "article.html"
    page.write_bytes(site.reply(story.path).body)
    done = CliRunner().invoke(cli, ["links", str(page), "--url", "http://127.0.0.1" + story.path])
    assert (done.exit_code, done.output) == (2, f"govnews: {page}: an article, not a list page (its list page: http://127.0.0.1/xwzx/tzgg/index.html)\n")


@pytest.mark.parametrize("args, message", [
    (["binary.dat"], "binary.dat: binary file, not a text or HTML page"),
    (["list.html", "--url", "http://[::1/a"], "--url http://[::1/a: not a URL (Invalid IPv6 URL)"),
    (["list.html", "--url", "www.example.gov.cn/list.html"], "--url www.example.gov.cn/list.html: not an http(s) URL"),
])
def test_links_refuses_a_binary_file_or_a_url_that_is_none_with_one_line(tmp_path, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "binary.dat").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "list.html").write_text("<ul><li><a href='/a/1.html'>经开区召开招商引资工作推进会议</a></li></ul>", encoding="utf-8")
    done = CliRunner().invoke(cli, ["links", *args])
    assert (done.exit_code, done.output) == (2, f"govnews: {message}\n")


def test_links_on_a_page_with_no_list_is_one_line_and_exit_2(tmp_path):
    page = tmp_path / "empty.html"
    page.write_text("<html><body><p>本栏目暂无信息</p></body></html>", encoding="utf-8")
    done = CliRunner().invoke(cli, ["links", str(page)])
    assert done.exit_code == 2 and done.output == f"govnews: {page}: no article links found (not a list page?)\n"


@pytest.mark.parametrize("field, message", [
    ("list_mode = 'wordpress'", "field 'list_mode': must be one of auto, html"),
    ("list_params = 'GET'", "field 'list_params'"),
    ("list_params = {method = 'PUT'}", "field 'list_params': 'method' must be \"GET\" or \"POST\" \\(list_mode hanweb\\)"),
    ("list_params = {perpage = 'abc'}", "'perpage' must be a whole number, at least 1"),
    ("list_params = {methd = 'GET'}", "'methd' is no setting here \\(known: form, method, perpage, proxy, window\\)"),
    ("list_params = {form = {columnid = true}}", "'form' must be a table of strings and numbers"),
    ("list_params = {proxy = 12}", "'proxy' must be a path or URL"),
    ("max_list_pages = 0", "field 'max_list_pages'"),
    ("article_links = 'ul >> a['", "field 'article_links': not a CSS selector"),
])
def test_the_list_fields_are_validated_with_one_line(field, message):
    with pytest.raises(SiteConfigError, match=message):
        parse_sites(f"[[site]]\nname = 'x'\nlist_mode = 'hanweb'\nstart_urls = ['http://x.gov.cn/']\ninterval_minutes = 5\n{field}\n".replace(
            "list_mode = 'hanweb'\n", "" if field.startswith("list_mode") else "list_mode = 'hanweb'\n"))


@pytest.mark.parametrize("template, ok", [
    ("index_{n0}.html", True), ("list.html?page={n}", True), ("index_{x}.html", False), ("index_{n0.html", False),
    ("index.html", False), ("p{n}_{0}.html", False),
])
def test_a_page_template_must_number_its_pages_with_n_or_n0_alone(template, ok):
    text = f"[[site]]\nname = 'x'\nstart_urls = ['http://x.gov.cn/']\ninterval_minutes = 5\nlist_params = {{page_template = '{template}'}}\n"
    if ok:
        assert parse_sites(text)[0].list_params == {"page_template": template}
    else:
        with pytest.raises(SiteConfigError, match="field 'list_params': 'page_template'"):
            parse_sites(text)


def test_a_family_entry_needs_no_selector_and_old_entries_stay_plain_html():
    family, plain = parse_sites("[[site]]\nname = 'a'\nlist_mode = 'trs'\nstart_urls = ['http://x.gov.cn/']\ninterval_minutes = 5\n"
                                "[[site]]\nname = 'b'\nstart_urls = ['http://x.gov.cn/']\narticle_links = 'a'\ninterval_minutes = 5\n")
    assert (family.list_mode, plain.list_mode, plain.max_list_pages) == ("trs", "html", None)


def test_links_on_a_shell_page_says_where_its_rows_come_from(tmp_path):
    page = tmp_path / "index.html"
    page.write_text("<html><script>window._CONFIG = {SID: '755031'};</script></html>", encoding="utf-8")
    done = CliRunner().invoke(cli, ["links", str(page), "--url", "http://fgw.example.gov.cn/gkmlpt/index#2815"])
    assert done.exit_code == 2
    assert done.output == (f"govnews: {page}: a gkmlpt page with no rows of its own: they come from "
                           "http://fgw.example.gov.cn/gkmlpt/api/all/2815?page=1&sid=755031 (govnews add-site URL fetches them)\n")


@pytest.mark.parametrize("script, expected", [
    ('createPageHTML(28, 0, "index", "html");', "index_1.html"),
    ("createPageHTML('6','2','list','shtml');", "list_3.shtml"),
    ("var countPage = 28//共多少页\nvar currentPage = 4;\ncreatePageHTML(countPage, currentPage, \"index\", \"htm\");", "index_5.htm"),
    ('function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){}\ncreatePageHTML(3, 2, "index", "html");', None),
])
def test_the_trs_pager_call_names_the_next_page(script, expected):
    page = ListPage("http://x.gov.cn/col/index.html", f"<html><body><script>{script}</script></body></html>")
    found = [r.url for r in registry.read(page, ListOptions("trs")).next]
    assert found == ([f"http://x.gov.cn/col/{expected}"] if expected else [])


@pytest.mark.parametrize("pager, expected", [
    ("<link rel='next' href='list_2.html'>", "list_2.html"),
    ("<a href='?p=2'>下一页</a>", "list.html?p=2"),
    ("<a href='list_9.html'>末页</a><a href='list_2.html'>下页</a>", "list_2.html"),
    ("<a href='list_2.html'>»</a>", "list_2.html"),
    ("<span class='current'>3</span><a href='list_2.html'>2</a><a href='list_4.html'>4</a>", "list_4.html"),
    ("<a class='active' href='list_3.html'>3</a><a href='list_4.html'>4</a>", "list_4.html"),
    ("<ul class='pagination'><li class='active'><span>1</span></li><li><a href='?page=2'>2</a></li></ul>", "list.html?page=2"),
    ("<ul class='pagination'><li class='active'><a href='?page=1'>1</a></li><li><a href='?page=2'>2</a></li></ul>", "list.html?page=2"),
    ("<a href='list_2.html'>2</a>", None),
])
def test_the_next_page_of_a_plain_list(pager, expected):
    page = ListPage("http://x.gov.cn/news/list.html", f"<html><body><ul><li><a href='/a/1.html'>一</a></li></ul><div>{pager}</div></body></html>")
    found = [r.url for r in registry.read(page, ListOptions("html", article_links="ul a")).next]
    assert found == ([f"http://x.gov.cn/news/{expected}"] if expected else [])


def test_url_arithmetic_guesses_page_2_most_usual_first():
    from crawler.lists.nextpage import arithmetic_candidates

    guesses = arithmetic_candidates("http://x.gov.cn/col/index.html")
    assert guesses[:2] == [("http://x.gov.cn/col/index_1.html", "index_{n0}.html"), ("http://x.gov.cn/col/index_2.html", "index_{n}.html")]
    assert ("http://x.gov.cn/col/index.html?page=2", "index.html?page={n}") in guesses
    assert ("http://x.gov.cn/col/list.php?id=7&pageNum=2", "list.php?id=7&pageNum={n}") in arithmetic_candidates("http://x.gov.cn/col/list.php?id=7")


def test_a_list_split_into_blocks_is_found_whole():
    blocks = "".join("<ul class='list'>" + "".join(
        f"<li><a href='/xwzx/2023/05/{b * 5 + i}.html'>第{b * 5 + i}条园区项目建设新闻标题</a><span>2023-05-{i + 1:02d}</span></li>"
        for i in range(5)) + "</ul><div class='line'></div>" for b in range(4))
    nav = "<ul class='nav'>" + "".join(f"<li><a href='/c{i}/'>栏目{i}</a></li>" for i in range(6)) + "</ul>"
    page = ListPage("http://x.gov.cn/xwzx/index.html", f"<html><body>{nav}<div class='main'>{blocks}</div></body></html>")
    links = registry.read(page, ListOptions("html")).links
    assert [link.url for link in links] == [f"http://x.gov.cn/xwzx/2023/05/{n}.html" for n in range(20)]


def test_every_demo_column_article_parses_to_its_own_headline_and_day():
    import parsers
    from crawler.demo.site import DemoSite

    site = DemoSite(today="2026-11-30")
    read = [(parsers.parse_page(site.reply(s.path).body, url="http://127.0.0.1" + s.path, ref_date=date(2026, 11, 30)), s)
            for column in site.columns for s in column.stories]
    assert [(a.title, a.published_at[:10]) for a, _ in read] == [(s.title, s.day) for _, s in read]
