"""`govnews add-site` on a column of each government CMS family, served on 127.0.0.1 by
the demo site: the entry it writes, crawled in a fresh process, stores every article of
the column and nothing else. Blocked pages, pages with no list and article pages stop it
with one line and a non-zero exit."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import tomllib
from contextlib import closing
from datetime import date

import pytest
from click.testing import CliRunner

from conftest import ROOT
from crawler.cli import cli
from crawler.demo.columns import PlainColumn
from crawler.demo.site import DemoServer, DemoSite, Reply

FAST = ["-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_DELAY=0", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8"]


@pytest.fixture(scope="module")
def demo():
    with DemoServer(port=0) as server:
        yield server


def column(demo, family_or_path):
    return next(c for c in demo.site.columns if family_or_path in (c.family, c.start_path))


def add_site(*args: str):
    return CliRunner().invoke(cli, ["add-site", *args], catch_exceptions=False)


def crawl(sites_file, db) -> dict:
    done = subprocess.run([sys.executable, "-m", "crawler.cli", "crawl", "--sites", str(sites_file), "--db", str(db), "--json", *FAST],
                          cwd=ROOT, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


COLUMNS = {"trs": "/xwzx/tzgg/index.html", "hanweb-post": "/col/col1001/index.html", "hanweb-get": "/col/col1002/index.html",
           "gkmlpt": "/gkmlpt/index", "truecms": "/xxgk/bmdt/index.html", "html": "/zwgk/gzdt/list.html",
           "html-script-pager": "/xwzx/gsgg/index.html"}


@pytest.mark.slow
@pytest.mark.parametrize("label", COLUMNS)
def test_the_written_entry_crawls_every_article_of_the_column_and_nothing_else(demo, tmp_path, label):
    path = COLUMNS[label]
    sites = tmp_path / "sites.toml"
    done = add_site(demo.base_url + path, "--name", label, "--write", str(sites))
    assert done.exit_code == 0, done.output
    entry = tomllib.loads(sites.read_text(encoding="utf-8"))["site"][0]
    assert entry["name"] == label and entry["list_mode"] == column(demo, path).family
    summary = crawl(sites, tmp_path / "news.db")
    with closing(sqlite3.connect(tmp_path / "news.db")) as conn:
        stored = {url for (url,) in conn.execute("SELECT url FROM articles")}
    assert stored == {demo.base_url + p for p in column(demo, path).gold}
    assert summary["errors"] == 0 and summary["duplicates"] == 0 and summary["sites"][0]["links"] == len(stored)


def test_hanweb_data_requests_go_by_post_or_by_get_as_the_server_wants(demo):
    post = json.loads(add_site(demo.base_url + COLUMNS["hanweb-post"], "--json").output)
    get = json.loads(add_site(demo.base_url + COLUMNS["hanweb-get"], "--json").output)
    assert post["page2"].startswith("POST ") and "list_params" not in post["entry"]
    assert get["entry"]["list_params"] == {"method": "GET"} and not get["page2"].startswith("POST")


def test_the_evidence_shows_links_with_titles_and_dates_page_2_and_samples(demo):
    done = add_site(demo.base_url + COLUMNS["trs"], "--json")
    evidence = json.loads(done.output)
    first = column(demo, "trs").stories[0]
    assert evidence["links"][0] == {"url": demo.base_url + first.path, "title": first.title, "date": first.day}
    assert evidence["page2"] == demo.base_url + "/xwzx/tzgg/index_1.html" and len(evidence["page2_links"]) == 10
    assert [s["ok"] for s in evidence["samples"]] == [True, True, True] and evidence["ok"]


@pytest.mark.parametrize("path, message", [
    ("/news/verify.html", "blocked by a challenge page"),
    ("/private/secret.html", "kept out by robots.txt"),
    ("/column/empty.html", "no list of article links found"),
    ("/news/missing.html", "answered HTTP 404"),
])
def test_a_page_that_is_no_usable_list_is_one_line_and_exit_1(demo, tmp_path, path, message):
    sites = tmp_path / "sites.toml"
    done = CliRunner().invoke(cli, ["add-site", demo.base_url + path, "--write", str(sites)])
    assert done.exit_code == 1 and message in done.output and done.output.count("\n") == 1, done.output
    assert not sites.exists()


def test_an_article_url_is_answered_with_the_list_page_of_its_breadcrumb(demo):
    story = column(demo, "trs").stories[3]
    done = CliRunner().invoke(cli, ["add-site", demo.base_url + story.path])
    assert done.exit_code == 1
    assert done.output == f"govnews: {demo.base_url}{story.path} is an article, not a list page: try govnews add-site {demo.base_url}/xwzx/tzgg/index.html\n"


def test_an_article_without_a_breadcrumb_link_is_still_named_an_article(demo):
    done = CliRunner().invoke(cli, ["add-site", demo.base_url + "/news/000.html"])
    assert (done.exit_code, done.output) == (1, f"govnews: {demo.base_url}/news/000.html is an article, not a list page "
                                                "(its breadcrumb links to no list page)\n")


def test_write_refuses_a_name_the_file_already_has(demo, tmp_path):
    sites = tmp_path / "sites.toml"
    assert add_site(demo.base_url + COLUMNS["trs"], "--name", "x", "--write", str(sites)).exit_code == 0
    again = CliRunner().invoke(cli, ["add-site", demo.base_url + COLUMNS["truecms"], "--name", "x", "--write", str(sites)])
    assert again.exit_code == 1 and again.output.endswith("has a site named 'x' already (nothing written; --name NAME gives this one another)\n")
    assert len(tomllib.loads(sites.read_text(encoding="utf-8"))["site"]) == 1


@pytest.mark.slow
def test_a_crawl_whose_list_yields_no_link_shows_the_site_failing_in_status(demo, tmp_path):
    sites = tmp_path / "sites.toml"
    sites.write_text(f'[[site]]\nname = "hollow"\nlist_mode = "auto"\nstart_urls = ["{demo.base_url}/column/empty.html"]\n'
                     'interval_minutes = 60\ndelay = 0\n', encoding="utf-8")
    summary = crawl(sites, tmp_path / "news.db")
    assert summary["sites"][0]["links"] == 0 and summary["errors"] == 1
    assert "list page yields no article link" in summary["sites"][0]["error_messages"][0]
    status = subprocess.run([sys.executable, "-m", "crawler.cli", "status", "--config", str(sites), "--db", str(tmp_path / "news.db"), "--json"],
                            cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert json.loads(status.stdout)[0]["state"] == "failing"
    assert "WARNING govnews: site hollow is failing: its list pages yield no article link" in status.stderr


def test_dry_run_shows_the_pages_an_entry_would_fetch_and_stores_nothing(demo, tmp_path):
    sites = tmp_path / "sites.toml"
    assert add_site(demo.base_url + COLUMNS["hanweb-post"], "--name", "col", "--write", str(sites)).exit_code == 0
    done = CliRunner().invoke(cli, ["crawl", "--dry-run", "--json", "--sites", str(sites), "--db", str(tmp_path / "news.db")])
    assert done.exit_code == 0, done.output
    walked = json.loads(done.output)["sites"][0]
    assert [p["links"] for p in walked["list_pages"]] == [5, 12] and walked["list_pages"][1]["request"].startswith("POST ")
    assert walked["would_fetch"] == [demo.base_url + p for p in column(demo, "/col/col1001/index.html").gold]
    assert not (tmp_path / "news.db").exists()


def test_a_page_2_found_by_url_arithmetic_becomes_the_page_template(demo):
    evidence = json.loads(add_site(demo.base_url + COLUMNS["html-script-pager"], "--json").output)
    assert evidence["page2"] == demo.base_url + "/xwzx/gsgg/index_1.html"
    assert evidence["entry"]["list_params"] == {"page_template": "index_{n0}.html"}
    assert evidence["entry"]["article_pattern"] == r"/xwzx/gsgg/\d+/\d+/\d+\.html(?:$|\?)"


class RedirectingSite(DemoSite):
    """The demo site, with a column's directory URL (no trailing slash) redirecting to its
    index, and an old address redirecting to another host."""

    def reply(self, target, method="GET", body=b"", base=""):
        if target == "/xwzx/tzgg":
            return Reply(301, location="/xwzx/tzgg/index.html")
        if target == "/moved":  # to the same server under another host name
            return Reply(301, location=base.replace("127.0.0.1", "localhost") + "/xwzx/tzgg/index.html")
        return super().reply(target, method, body, base)


def test_a_list_url_that_redirects_is_read_where_it_lands():
    with DemoServer(port=0, site=RedirectingSite()) as server:
        evidence = json.loads(add_site(server.base_url + "/xwzx/tzgg", "--json").output)
    trs = column(server, "trs")
    assert [link["url"] for link in evidence["links"]] == [server.base_url + s.path for s in trs.stories[:10]]
    assert evidence["ok"] and evidence["entry"]["start_urls"] == [server.base_url + "/xwzx/tzgg"]


def test_an_entry_whose_list_redirects_to_another_host_allows_both_hosts():
    with DemoServer(port=0, site=RedirectingSite()) as server:
        evidence = json.loads(add_site(server.base_url + "/moved", "--json").output)
    assert evidence["entry"]["allowed_domains"] == ["127.0.0.1", "localhost"] and "redirects to" in evidence["notes"][0]


@pytest.mark.parametrize("args, message", [
    (["seeds/sites.toml"], "seeds/sites.toml: not an http(s) URL (for a saved page: govnews links PAGE)"),
    (["ftp://example.gov.cn/list.html"], "not an http(s) URL"),
    (["http://[::1/a"], "http://[::1/a: not a URL (Invalid IPv6 URL)"),
    (["http://127.0.0.1:99999/list.html"], "not a URL (Port out of range"),
    (["http://127.0.0.1:9/list.html", "--name", "Bad Name"], "--name 'Bad Name': lower-case letters"),
])
def test_a_url_or_name_that_can_never_make_an_entry_is_refused_before_any_fetch(args, message):
    done = CliRunner().invoke(cli, ["add-site", *args])
    assert done.exit_code == 2 and message in done.output and done.output.count("\n") == 1, done.output


def test_the_fetcher_turns_a_malformed_url_into_a_fetch_error():
    from crawler.lists.fetch import Fetcher, FetchError

    with pytest.raises(FetchError, match="Invalid IPv6 URL"):
        Fetcher().get("http://[::1/a")


@pytest.mark.parametrize("target, message", [
    (".", "is a directory"),
    ("missing/sites.toml", "no such directory"),
    ("latin1.toml", "cannot read"),
    ("broken.toml", "not valid TOML"),
])
def test_a_write_file_that_cannot_take_the_entry_is_refused_before_any_fetch(tmp_path, monkeypatch, target, message):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "latin1.toml").write_bytes(b"# caf\xe9\n")
    (tmp_path / "broken.toml").write_text("[[site]\n", encoding="utf-8")
    done = CliRunner().invoke(cli, ["add-site", "http://127.0.0.1:9/list.html", "--write", target])
    assert done.exit_code == 2 and message in done.output and done.output.count("\n") == 1, done.output


def test_dry_run_honours_max_list_pages_set_for_the_run(demo, tmp_path):
    sites = tmp_path / "sites.toml"
    assert add_site(demo.base_url + COLUMNS["trs"], "--name", "trs", "--write", str(sites)).exit_code == 0
    done = CliRunner().invoke(cli, ["crawl", "--dry-run", "--json", "--sites", str(sites), "--db", str(tmp_path / "news.db"),
                                    "-s", "GOVNEWS_MAX_LIST_PAGES=1"])
    assert [p["links"] for p in json.loads(done.output)["sites"][0]["list_pages"]] == [10]


@pytest.mark.parametrize("path, message", [
    ("/news/verify.html", "list page blocked (captcha or challenge page)"),
    ("/news/missing.html", "HTTP 404"),
])
def test_dry_run_that_reads_no_list_page_says_why_and_exits_1(demo, tmp_path, path, message):
    sites = tmp_path / "sites.toml"
    sites.write_text(f'[[site]]\nname = "s"\nstart_urls = ["{demo.base_url}{path}"]\narticle_pattern = "/art/"\ninterval_minutes = 60\n',
                     encoding="utf-8")
    done = CliRunner().invoke(cli, ["crawl", "--dry-run", "--sites", str(sites), "--db", str(tmp_path / "news.db")])
    assert done.exit_code == 1 and done.output.endswith(f"govnews: no list page could be read: {demo.base_url}{path}: {message}\n"), done.output


class OnePageSite(DemoSite):
    """A plain column short enough for one page, with or without a pager link to a page
    that is not there."""

    def __init__(self, broken_pager: bool) -> None:
        super().__init__()
        self.columns = [(BrokenPagerColumn if broken_pager else PlainColumn)(5, 6, date.today(), 89)]


class BrokenPagerColumn(PlainColumn):
    def list_page(self, number: int) -> bytes:
        return super().list_page(number).replace(b"</ul>", "</ul><a href='list.html?page=9'>下一页</a>".encode())


def test_a_one_page_list_is_added_with_a_note_and_a_pager_to_nowhere_is_a_problem(tmp_path):
    with DemoServer(port=0, site=OnePageSite(broken_pager=False)) as server:
        short = add_site(server.base_url + "/zwgk/gzdt/list.html", "--json")
    assert short.exit_code == 0 and "the entry reads page 1 only" in json.loads(short.output)["notes"][0]
    with DemoServer(port=0, site=OnePageSite(broken_pager=True)) as server:
        broken = CliRunner().invoke(cli, ["add-site", server.base_url + "/zwgk/gzdt/list.html", "--write", str(tmp_path / "s.toml")])
    assert broken.exit_code == 1 and broken.output.endswith(
        f"govnews: checks failed, nothing written: page 2: {server.base_url}/zwgk/gzdt/list.html?page=9: answered HTTP 404\n")
    assert not (tmp_path / "s.toml").exists()


@pytest.mark.slow
def test_demo_site_names_a_column_of_each_family_to_try_add_site_on():
    server = subprocess.Popen([sys.executable, "-m", "crawler.cli", "demo-site", "--port", "0"], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        lines = [server.stdout.readline() for _ in range(2 + len(COLUMNS))]
    finally:
        server.terminate()
        server.wait(timeout=30)
    base = lines[0].split()[3].removesuffix("/news/list_1.html")
    assert lines[1] == "columns to try govnews add-site on:\n"
    assert sorted(line.split()[1] for line in lines[2:]) == sorted(base + path for path in COLUMNS.values())


@pytest.mark.parametrize("label", ["gkmlpt", "hanweb-get", "truecms"])
def test_a_data_request_given_for_a_list_page_is_refused_with_one_line(demo, label):
    data_url = json.loads(add_site(demo.base_url + COLUMNS[label], "--json").output)["page2"]
    done = CliRunner().invoke(cli, ["add-site", data_url])
    assert (done.exit_code, done.output) == (1, f"govnews: {data_url} answers with data (JSON or XML), not a list page: "
                                                "give the address of the column's page that asks for it\n")


@pytest.mark.slow
def test_dry_run_after_a_crawl_plans_as_the_crawl_does_nothing_new_and_the_revisits_due(demo, tmp_path):
    sites, db = tmp_path / "sites.toml", tmp_path / "news.db"
    assert add_site(demo.base_url + COLUMNS["truecms"], "--name", "tc", "--write", str(sites)).exit_code == 0
    crawl(sites, db)
    with closing(sqlite3.connect(db)) as conn, conn:  # as if the articles were last fetched two days ago
        conn.execute("UPDATE fetches SET fetched_at = strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now', '-2 days') WHERE kind = 'article'")
        runs_before = conn.execute("SELECT count(*) FROM crawls").fetchone()
    done = CliRunner().invoke(cli, ["crawl", "--dry-run", "--json", "--sites", str(sites), "--db", str(db)])
    walked = json.loads(done.output)["sites"][0]
    assert walked["would_fetch"] == [] and sorted(walked["revisit"]) == sorted(demo.base_url + p for p in column(demo, "truecms").gold)
    assert sqlite3.connect(db).execute("SELECT count(*) FROM crawls").fetchone() == runs_before
