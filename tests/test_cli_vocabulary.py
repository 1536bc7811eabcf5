"""One vocabulary on the command line: --config everywhere (--sites an alias), missing files
and unknown sites are errors, --json on the reporting commands, tables aligned for Chinese,
China time for people, and a package that carries its own seed pages."""

from __future__ import annotations

import importlib.resources
import json
import logging
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import SEED_DIR
from crawler.cli import cli
from crawler.outputs.clock import ChinaTimeFormatter, for_people
from crawler.outputs.records import table

SITES = """
[[site]]
name = "one"
start_urls = ["http://127.0.0.1:9/list.html"]
article_pattern = "/a/"
interval_minutes = 60
"""


@pytest.fixture
def db(tmp_path, monkeypatch):
    monkeypatch.delenv("GOVNEWS_DB", raising=False)
    path = str(tmp_path / "news.db")
    run("ingest", str(SEED_DIR), "--db", path, "--ref-date", "2023-03-01")
    return path


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.mark.parametrize("command", [["crawl"], ["reparse"], ["status"], ["run", "--once"]])
@pytest.mark.parametrize("flag", ["--config", "--sites"])
def test_a_named_site_list_that_does_not_exist_is_an_error(command, flag, tmp_path):
    result = run(*command, flag, str(tmp_path / "nosuch.toml"), "--db", str(tmp_path / "news.db"))
    assert result.exit_code == 2
    assert result.stderr == f"govnews: {tmp_path / 'nosuch.toml'}: no such file (config file)\n"


@pytest.mark.parametrize("flag", ["--config", "--sites"])
def test_status_reads_the_site_list_named_by_either_flag(flag, db, tmp_path):
    sites = tmp_path / "sites.toml"
    sites.write_text(SITES, encoding="utf-8")
    result = run("status", flag, str(sites), "--db", db, "--json")
    assert result.exit_code == 0
    assert [h["site"] for h in json.loads(result.stdout)] == ["one"]


def test_crawl_of_an_unknown_site_is_an_error(tmp_path):
    sites = tmp_path / "sites.toml"
    sites.write_text(SITES, encoding="utf-8")
    result = run("crawl", "--config", str(sites), "--site", "two", "--db", str(tmp_path / "news.db"))
    assert result.exit_code == 2
    assert result.stderr == f"govnews: no site named 'two' in {sites} (known: one)\n"


def test_feed_of_an_unknown_site_is_an_error(db):
    result = run("feed", "--site", "nosuchsite", "--db", db)
    assert result.exit_code == 2
    assert result.stderr.startswith("govnews: no site named 'nosuchsite' in ")
    assert result.stdout == ""


def test_reparse_of_an_unknown_site_is_an_error(db):
    result = run("reparse", "--site", "nosuchsite", "--db", db)
    assert result.exit_code == 2
    assert "no site named 'nosuchsite'" in result.stderr


def test_ingest_json_gives_counts_and_every_file(tmp_path, monkeypatch):
    monkeypatch.delenv("GOVNEWS_DB", raising=False)
    db = str(tmp_path / "news.db")
    result = run("ingest", str(SEED_DIR), "--db", db, "--ref-date", "2023-03-01", "--json")
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    assert (report["pages"], report["new"], report["failed"], report["articles"]) == (5, 5, 0, 5)
    assert [f["outcome"] for f in report["files"]] == ["new"] * 5
    assert all(isinstance(f["id"], int) for f in report["files"])


def test_reparse_json_gives_its_counts(db):
    result = run("reparse", "--db", db, "--json")
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    assert report["pages"] == 0 and report["failed"] == 0 and report["db"] == db


def test_tables_align_chinese_text_by_display_width():
    lines = table([["投资促进局网站", "ok", 3], ["demo", "failing", 12]], ["site", "state", "n"]).splitlines()
    # Each Chinese character takes two columns: the second column starts at the same place.
    from wcwidth import wcswidth

    starts = [wcswidth(line[: line.index(state)]) for line, state in zip(lines[2:], ("ok", "failing"))]
    assert starts[0] == starts[1]


def test_times_for_people_are_china_time():
    assert for_people("2026-11-30T00:00:00+00:00") == "2026-11-30T08:00:00+08:00"
    assert for_people(None) is None
    record = logging.LogRecord("govnews", logging.INFO, __file__, 1, "hello", (), None)
    record.created = 0  # 1970-01-01T00:00:00Z
    assert ChinaTimeFormatter("%(asctime)s %(message)s").format(record) == "1970-01-01T08:00:00+08:00 hello"


def test_seed_pages_and_site_list_are_package_data():
    """Read through importlib.resources, so a wheel install finds them (CI installs one)."""
    from crawler.config import DEFAULT_SITES
    from crawler.demo.site import SEED_PAGES

    package = importlib.resources.files("seeds")
    assert Path(str(DEFAULT_SITES)) == Path(str(package / "sites.toml"))
    assert len(list(SEED_PAGES.glob("*.txt"))) == 5


def test_a_crawl_with_a_bad_site_list_makes_no_database(tmp_path):
    sites = tmp_path / "sites.toml"
    sites.write_text(SITES.replace('interval_minutes = 60', 'interval_minutes = "often"'), encoding="utf-8")
    result = run("crawl", "--config", str(sites), "--db", str(tmp_path / "news.db"))
    assert result.exit_code == 2 and "interval_minutes" in result.stderr
    assert not (tmp_path / "news.db").exists()
