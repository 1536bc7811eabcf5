"""`govnews serve`: the database in Datasette, with its search, facets, canned queries and
Atom feed; asked through Datasette's own test client, and once through a real browser."""

from __future__ import annotations

import asyncio
import json
import shutil
import subprocess
import sys
import urllib.parse
import xml.etree.ElementTree as ET

import pytest
from click.testing import CliRunner

from conftest import ROOT, demo_site_toml
from crawler.cli import cli
from crawler.demo.site import DemoServer

pytest.importorskip("datasette")
from crawler.outputs.datasette import datasette_app  # noqa: E402

ATOM = "{http://www.w3.org/2005/Atom}"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    """A database crawled from the demo site, in a process of its own."""
    directory = tmp_path_factory.mktemp("served")
    with DemoServer(port=0) as demo:
        sites = directory / "sites.toml"
        sites.write_text(demo_site_toml(demo.base_url), encoding="utf-8")
        db = directory / "news.db"
        done = subprocess.run([sys.executable, "-m", "crawler.cli", "crawl", "--sites", str(sites), "--db", str(db),
                               "-s", "GOVNEWS_RETRY_BACKOFF=0.05", "-s", "AUTOTHROTTLE_ENABLED=False"],
                              cwd=ROOT, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr
    return db


def get(db, path: str):
    async def ask():
        return await datasette_app(db).client.get(path)
    return asyncio.run(ask())


def quoted(path: str) -> str:
    return urllib.parse.quote(path, safe="/?=&._-")


@pytest.mark.slow
def test_datasette_search_finds_articles_of_a_crawled_database(crawled):
    rows = get(crawled, quoted("/news/articles.json?_search=项目建设&_shape=array&_col=title")).json()
    assert "全区项目建设动员大会召开 按下项目攻坚“快进键” 跑出项目突破“加速度”" in {r["title"] for r in rows}


@pytest.mark.slow
def test_sqlite_utils_search_finds_articles_of_a_crawled_database(crawled):
    from sqlite_utils.cli import cli as sqlite_utils_cli

    result = CliRunner().invoke(sqlite_utils_cli, ["search", str(crawled), "articles", "项目建设", "-c", "title"])
    assert result.exit_code == 0, result.output
    assert "全区项目建设动员大会召开" in result.output


@pytest.mark.slow
def test_the_articles_page_has_a_search_box_facets_and_short_cells(crawled):
    page = get(crawled, "/news/articles").text
    assert 'name="_search"' in page
    for facet in ("site", "published_date", "dup_kind"):
        assert f'data-column="{facet}"' in page
    facets = get(crawled, "/news/articles.json?_facet=site").json()["facet_results"]
    assert "site" in facets
    assert "…" in page or "&hellip;" in page  # long bodies cut


@pytest.mark.slow
def test_the_canned_queries_answer(crawled):
    originals = get(crawled, "/news/latest_originals.json?_shape=array").json()
    assert originals and all("title" in r for r in originals)
    dupes = get(crawled, "/news/duplicates.json?_shape=array").json()
    assert dupes and all(r["original_id"] < r["id"] for r in dupes)
    health = get(crawled, "/news/site_health.json?site=demo&_shape=array").json()
    assert health and health[0]["status"] == "done"


@pytest.mark.slow
def test_the_search_query_finds_two_character_words_in_traditional_and_has_an_atom_feed(crawled):
    rows = get(crawled, quoted("/news/search.json?q=宜興&_shape=array")).json()
    assert "封晓春带队赴经开区调研项目推进情况" in {r["title"] for r in rows}
    feed = get(crawled, quoted("/news/search.atom?q=宜兴"))
    assert feed.status_code == 200
    titles = [e.findtext(f"{ATOM}title") for e in ET.fromstring(feed.content).iter(f"{ATOM}entry")]
    assert "封晓春带队赴经开区调研项目推进情况" in titles


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("chromium") is None, reason="needs chromium (apt-get install chromium)")
def test_a_browser_shows_the_matching_headlines_of_a_served_database(crawled, tmp_path):
    serving = subprocess.Popen([sys.executable, "-m", "crawler.cli", "serve", "--db", str(crawled), "--port", "0"],
                               cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        base = _served_at(serving)
        url = f"{base}news/articles?_search=" + urllib.parse.quote("封晓春")
        dom = subprocess.run(["chromium", *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", url],
                             capture_output=True, text=True, timeout=120).stdout
    finally:
        serving.terminate()
        serving.wait(timeout=30)
    assert "封晓春带队赴经开区调研项目推进情况" in dom
    assert "全区项目建设动员大会召开" not in dom


def _served_at(process: subprocess.Popen) -> str:
    """The address `govnews serve` says it listens on (it says so once the port is bound)."""
    for line in process.stderr:
        if line.startswith("serving "):
            return line.split(" on ")[1].split()[0]
    raise AssertionError("govnews serve ended without serving")


def test_serve_on_a_missing_database_is_one_line(tmp_path):
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "none.db")])
    assert (result.exit_code, result.stderr) == (1, f"govnews: no database at {tmp_path / 'none.db'}: run `govnews crawl` first\n")


def test_the_shipped_metadata_is_package_data():
    from importlib import resources

    shipped = json.loads(resources.files("crawler.outputs.datasette").joinpath("metadata.json").read_text(encoding="utf-8"))
    assert {"search", "latest_originals", "duplicates", "site_health"} <= set(shipped["queries"])


def test_every_table_of_the_database_can_be_counted(tmp_path):
    """Datasette and `sqlite-utils tables --counts` count every table, the bigram index too."""
    from crawler.store import Store

    Store(tmp_path / "news.db").close()
    page = get(tmp_path / "news.db", "/news.json").json()
    assert all(t["count"] is not None for t in page["tables"]), [t["name"] for t in page["tables"] if t["count"] is None]
